import { callsKinerja, readableFormula, shiftFormula } from "../../src/audit/formula-text";

const spills = new Map([
  ["ahp!E4", "E4:E6"],
  ["register!G2", "G2:G4"],
]);
const read = (stored: string, sheet = "register") =>
  readableFormula(
    stored,
    (s, address) => spills.get(`${(s ?? sheet).toLowerCase()}!${address}`) ?? null
  );

describe("readableFormula: every stored form of a Kinerja call, read as the engine reads it", () => {
  test.each([
    ["AHP.WEIGHTS(B7:E10)", "=AHP.WEIGHTS(B7:E10)", ["plain"]],
    ["ahp.weights(B7:E10)", "=ahp.weights(B7:E10)", ["plain"]],
    ["_xldudf_AHP_WEIGHTS(B4:D6)", "=AHP.WEIGHTS(B4:D6)", ["xldudf"]],
    ["_xldudf_TRAFFIC_OMAX(I2)", "=TRAFFIC.OMAX(I2)", ["xldudf"]],
    ["_xldudf_TRAFFIC(E2)", "=TRAFFIC(E2)", ["xldudf"]],
    ["_xldudf_kinerja_omax_level(D2,I2,J2,K2)", "=OMAX.LEVEL(D2,I2,J2,K2)", ["xldudf-namespace"]],
    ["KINERJA.AHP.CR(B4:D6)", "=AHP.CR(B4:D6)", ["namespace"]],
    ["[2]!_xldudf_KPI_ACHIEVEMENT(D2,C2)", "=KPI.ACHIEVEMENT(D2,C2)", ["foreign-file"]],
    [
      "'C:\\Program Files\\Microsoft Office\\root\\Office16\\Library\\Analysis\\FUNCRES.XLAM'!_xldudf_TRAFFIC(E2)",
      "=TRAFFIC(E2)",
      ["foreign-file"],
    ],
    ['_xlfn.IFNA(_xldudf_AHP_CR(B4:D6),"")', '=IFNA(AHP.CR(B4:D6),"")', ["xldudf"]],
    ["_xlfn._xlws.SORT(A1:A3)", "=SORT(A1:A3)", []],
  ])("%s → %s", (stored, formula, forms) => {
    const result = read(stored);
    expect(result.formula).toBe(formula);
    expect(result.forms).toEqual(forms);
    expect(callsKinerja(result.formula)).toBe(forms.length > 0);
  });

  test("a spill reference (F7#, stored as ANCHORARRAY) becomes the range the anchor filled", () => {
    expect(
      read("_xldudf_AHP_GLOBAL(_xlfn.ANCHORARRAY(AHP!$E$4),_xlfn.ANCHORARRAY(G2))").formula
    ).toBe("=AHP.GLOBAL(AHP!E4:E6,G2:G4)");
    // An anchor the file does not know stays as written, and the engine says it cannot compute it.
    expect(read("INDEX(_xlfn.ANCHORARRAY(Z9),1)").formula).toBe("=INDEX(ANCHORARRAY(Z9),1)");
  });

  test("text in quotes is left alone; another add-in's functions are not Kinerja's", () => {
    expect(read('CONCAT("_xldudf_AHP_WEIGHTS(",A1)').formula).toBe(
      '=CONCAT("_xldudf_AHP_WEIGHTS(",A1)'
    );
    expect(callsKinerja('=IF(A1="AHP.WEIGHTS(x)",1,2)')).toBe(false);
    expect(read("_xldudf_CONTOSO_ADD(1,2)")).toEqual({
      formula: "=_xldudf_CONTOSO_ADD(1,2)",
      forms: [],
    });
    expect(callsKinerja("=MYAHP.WEIGHTS(A1)")).toBe(false);
  });
});

describe("shiftFormula: a shared formula moved to the cell that shares it", () => {
  test.each([
    ["D7/C7", 2, 0, "D9/C9"],
    ["$D$7*E7+D$7+$D7", 3, 1, "$D$7*F10+E$7+$D10"],
    ["'Sheet A1'!B2+Tracking!C3", 1, 0, "'Sheet A1'!B3+Tracking!C4"],
    ['IF(A1="A1",LOG10(A1),0)', 1, 0, 'IF(A2="A1",LOG10(A2),0)'],
    ["SUM(A:B)+SUM(2:3)", 1, 1, "SUM(B:C)+SUM(3:4)"],
    ["A1+B2", -1, 0, "#REF!+B1"],
    ["_xldudf_OMAX_LEVEL(F7,C7,D7,E7)", 1, 0, "_xldudf_OMAX_LEVEL(F8,C8,D8,E8)"],
  ])("%s moved %i down, %i right → %s", (formula, rows, cols, shifted) => {
    expect(shiftFormula(formula, rows, cols)).toBe(shifted);
  });
});
