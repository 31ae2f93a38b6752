import { renameFunctions } from "../../src/formula";

describe("renameFunctions: a formula's function names changed, nothing else", () => {
  const upper = (name: string) => `<${name.toUpperCase()}>`;

  test("calls are renamed, nested ones too; references and operators are not", () => {
    expect(renameFunctions("=IF(A1>0,ahp.weights(B2:C3),-SUM(D1))", upper)).toBe(
      "=<IF>(A1>0,<AHP.WEIGHTS>(B2:C3),-<SUM>(D1))"
    );
  });

  test("text in quotes and quoted sheet names stay as written, escaped quotes included", () => {
    expect(renameFunctions(`="SUM(1)"&'It''s SUM(2)'!A1&"say ""IF("""&N(A1)`, upper)).toBe(
      `="SUM(1)"&'It''s SUM(2)'!A1&"say ""IF("""&<N>(A1)`
    );
  });

  test("a name is renamed whole: the B in AB( is part of AB", () => {
    expect(renameFunctions("=AB(1)+X.Y(2)", upper)).toBe("=<AB>(1)+<X.Y>(2)");
  });
});
