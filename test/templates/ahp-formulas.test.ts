import { AHP_CHECK_FORMATS, ahpCheckFormula } from "../../src/templates/ahp-formulas";

describe("ahpCheckFormula", () => {
  test('B7:E10: =AHP.CHECK(B7:E10,"eigen","saaty1980"), English by default', () => {
    expect(ahpCheckFormula("B7:E10")).toBe('=AHP.CHECK(B7:E10,"eigen","saaty1980")');
  });

  test('B7:E10 in Indonesian names the language: ,"id"; in English when asked: ,"en"', () => {
    expect(ahpCheckFormula("B7:E10", "id")).toBe('=AHP.CHECK(B7:E10,"eigen","saaty1980","id")');
    expect(ahpCheckFormula("C4:E6", "en")).toBe('=AHP.CHECK(C4:E6,"eigen","saaty1980","en")');
  });

  test("a template's block passes the Settings choice of RI table instead of a name", () => {
    expect(ahpCheckFormula("B7:E10", "id", "«settings»!$B$12")).toBe(
      '=AHP.CHECK(B7:E10,"eigen",«settings»!$B$12,"id")'
    );
  });
});

test("AHP.CHECK's six rows: λmax, CI 0.0000, RI 0.00, CR 0.0000, the verdict as text, a count", () => {
  expect(AHP_CHECK_FORMATS).toEqual(["0.0000", "0.0000", "0.00", "0.0000", null, "0"]);
});
