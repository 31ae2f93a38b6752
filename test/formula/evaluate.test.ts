import { isErrorValue, parseFormula } from "../../src/formula";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import type { CellPlan, WorkbookPlan } from "../../src/templates/plan";

function plan(cells: Record<string, CellPlan[]>): WorkbookPlan {
  return {
    template: "umkm",
    lang: "en",
    title: "test",
    activate: Object.keys(cells)[0],
    sheets: Object.entries(cells).map(([key, list]) => ({
      key,
      name: key === "data" ? "Data (input)" : key,
      cells: list,
    })),
  };
}

const v = (address: string, value: CellPlan["value"]): CellPlan => ({ address, value });
const f = (address: string, formula: string, spill?: CellPlan["spill"]): CellPlan => ({
  address,
  formula,
  spill,
});

describe("plan evaluator: the formula subset the templates use", () => {
  test("arithmetic with Excel precedence, percent, text and comparison", () => {
    const e = evaluatePlan(
      plan({
        s: [
          v("A1", 2),
          v("A2", 3),
          f("B1", "=A1+A2*2^2"),
          f("B2", "=-A1^2"),
          f("B3", "=(A1+A2)/4"),
          f("B4", "=50%*A2"),
          f("B5", '=A1&"-"&A2'),
          f("B6", "=A1<>A2"),
          f("B7", '=A9=""'),
          f("B8", "=A1/0"),
        ],
      })
    );
    expect(e.value("s", "B1")).toBe(14);
    expect(e.value("s", "B2")).toBe(4); // Excel: unary minus binds tighter than ^
    expect(e.value("s", "B3")).toBe(1.25);
    expect(e.value("s", "B4")).toBe(1.5);
    expect(e.value("s", "B5")).toBe("2-3");
    expect(e.value("s", "B6")).toBe(true);
    expect(e.value("s", "B7")).toBe(true);
    expect(e.value("s", "B8")).toEqual({ error: "#DIV/0!", message: undefined });
  });

  test("ranges, SUM/SUMPRODUCT/COUNTIF/INDEX/MATCH/IF/IFERROR/LARGE/SMALL", () => {
    const e = evaluatePlan(
      plan({
        s: [
          v("A1", "GREEN"),
          v("A2", "RED"),
          v("A3", "GREEN"),
          v("B1", 0.5),
          v("B2", 0.3),
          v("B3", 0.2),
          v("C1", 6),
          v("C2", 8),
          v("C3", 10),
          f("D1", "=SUM(B1:B3)"),
          f("D2", "=SUMPRODUCT(B1:B3,C1:C3)"),
          f("D3", '=COUNTIF(A1:A3,"GREEN")'),
          f("D4", '=INDEX(C1:C3,MATCH("RED",A1:A3,0))'),
          f("D5", '=IF(D1=1,"OK","SUM "&D1)'),
          f("D6", '=IFERROR(MATCH("X",A1:A3,0),"none")'),
          f("D7", "=LARGE(C1:C3,1)+SMALL(C1:C3,1)"),
          f("D8", '=SUMPRODUCT(--(A1:A3="GREEN"),C1:C3)'),
          f("D9", '=COUNTIF(C1:C3,">=8")'),
        ],
      })
    );
    expect(e.value("s", "D1")).toBeCloseTo(1, 15);
    expect(e.value("s", "D2")).toBeCloseTo(7.4, 12);
    expect(e.value("s", "D3")).toBe(2);
    expect(e.value("s", "D4")).toBe(8);
    expect(e.value("s", "D5")).toBe("OK");
    expect(e.value("s", "D6")).toBe("none");
    expect(e.value("s", "D7")).toBe(16);
    expect(e.value("s", "D8")).toBe(16);
    expect(e.value("s", "D9")).toBe(2);
  });

  test("cross-sheet references by «key» and by quoted name", () => {
    const e = evaluatePlan(
      plan({ data: [v("B2", 7)], s: [f("A1", "=«data»!B2*2"), f("A2", "='Data (input)'!$B$2+1")] })
    );
    expect(e.value("s", "A1")).toBe(14);
    expect(e.value("s", "A2")).toBe(8);
  });

  test("Kinerja's custom functions run through the Excel adapters, spills included", () => {
    const e = evaluatePlan(
      plan({
        s: [
          v("A1", 1),
          v("B1", 3),
          v("C1", 5),
          v("B2", 1),
          v("C2", 3),
          v("C3", 1),
          f("E1", "=AHP.WEIGHTS(A1:C3)", { rows: 3, columns: 1 }),
          f("F1", "=SUM(E1:E3)"),
          f("F2", "=AHP.CR(A1:C3)"),
          f("F3", "=OMAX.LEVEL(92.4,70,85,99)"),
          f("F4", "=TRAFFIC(KPI.ACHIEVEMENT(95,100))"),
          f("F5", '=OMAX.LEVEL("",70,85,99)'),
          f("G1", "=OMAX.LEVELS(70,85,99)", { rows: 1, columns: 11 }),
        ],
      })
    );
    expect(e.value("s", "E1")).toBeCloseTo(0.6369855717, 9);
    expect(e.value("s", "E3")).toBeCloseTo(0.1047294339, 9);
    expect(e.value("s", "F1")).toBeCloseTo(1, 12);
    expect(e.value("s", "F2")).toBeCloseTo(0.033199216, 9);
    expect(e.value("s", "F3")).toBe(6);
    expect(e.value("s", "F4")).toBe("YELLOW");
    const blank = e.value("s", "F5");
    expect(isErrorValue(blank) && blank.error).toBe("#N/A");
    expect(e.value("s", "Q1")).toBe(99);
    expect(e.results().get("s")?.get("K1")).toBe(87);
  });

  test("a formula whose whole result is an empty cell shows 0 (=A1, INDEX, IF, a spilled =A1:A2), as Excel", () => {
    const e = evaluatePlan(
      plan({
        s: [
          v("A2", 5),
          f("B1", "=A1"),
          f("B2", "=«data»!C9"),
          f("B3", "=INDEX(A1:A3,1)"),
          f("B4", "=IF(TRUE,A1)"),
          f("B5", "=A1:A2", { rows: 2, columns: 1 }),
          f("B7", "=IF(FALSE,1)"),
          f("B8", "=IF(FALSE,1,)"),
        ],
        data: [v("A1", 1)],
      })
    );
    expect(e.value("s", "B1")).toBe(0);
    expect(e.value("s", "B2")).toBe(0);
    expect(e.value("s", "B3")).toBe(0);
    expect(e.value("s", "B4")).toBe(0);
    expect([e.value("s", "B5"), e.value("s", "B6")]).toEqual([0, 5]);
    expect(e.value("s", "B7")).toBe(false); // no else branch: FALSE
    expect(e.value("s", "B8")).toBe(0); // an else branch left empty: 0
    // The cached value the .xlsx writer stores: 0, not "no value".
    expect(e.results().get("s")?.get("B1")).toBe(0);
  });

  test('inside a formula a blank stays blank: ISBLANK, COUNT, COUNTA, COUNTBLANK, =""', () => {
    const e = evaluatePlan(
      plan({
        s: [
          v("A2", 5),
          v("A3", "txt"),
          f("B1", "=ISBLANK(A1)"),
          f("B2", '=A1=""'),
          f("B3", "=COUNT(A1:A3)"),
          f("B4", "=COUNTA(A1:A3)"),
          f("B5", "=COUNTBLANK(A1:A3)"),
          f("B6", '=IF(A1="","",A1)'),
          // A formula cell is never blank, even when it shows 0 or "".
          f("C1", "=ISBLANK(C9)"),
          f("C9", "=A1"),
          f("C2", "=ISBLANK(B6)"),
          f("C3", "=COUNTA(B6)"),
          f("C4", "=COUNTBLANK(B6)"),
          f("C5", '=COUNTIF(A1:A3,"")'),
        ],
      })
    );
    expect(["B1", "B2", "B3", "B4", "B5", "B6"].map((a) => e.value("s", a))).toEqual([
      true,
      true,
      1,
      2,
      1,
      "",
    ]);
    // Excel: COUNTA counts a formula's "" (it is text); COUNTBLANK counts it as blank.
    expect(["C1", "C2", "C3", "C4", "C5"].map((a) => e.value("s", a))).toEqual([
      false,
      false,
      1,
      1,
      1,
    ]);
  });

  test('Excel\'s conversions: "" and text are #VALUE! in arithmetic, skipped by SUM over references, counted when typed', () => {
    const e = evaluatePlan(
      plan({
        s: [
          v("A2", 5),
          v("A3", "txt"),
          f("A4", '=IF(A1="","",1)'),
          f("B1", "=A4+1"),
          f("B2", "=-A4"),
          f("B3", "=A3*2"),
          f("B4", '=" 5"+1'),
          f("B5", "=TRUE+1"),
          f("B6", "=SUM(A4,A2,A3)"),
          f("B7", '=SUM(2,"3",TRUE)'),
          f("B8", "=MAX(A3,A1)"),
          f("B9", '=COUNT(A1:A3,"4",TRUE,"x")'),
        ],
      })
    );
    expect(e.value("s", "B1")).toMatchObject({ error: "#VALUE!" });
    expect(e.value("s", "B2")).toMatchObject({ error: "#VALUE!" });
    expect(e.value("s", "B3")).toMatchObject({ error: "#VALUE!" });
    expect(["B4", "B5", "B6", "B7", "B8", "B9"].map((a) => e.value("s", a))).toEqual([
      6, 2, 5, 6, 0, 3,
    ]);
  });

  test("numbers as text: 15 significant digits; ROUND and TEXT half away from zero on the decimal value", () => {
    const e = evaluatePlan(
      plan({
        s: [
          f("A1", '=1/3&""'),
          f("A2", '=(0.1+0.2)&""'),
          f("A3", '=10^-7&""'),
          f("A4", '=123456789012345678&""'),
          f("A5", '=-2.5&"|"&TRUE'),
          f("B1", "=ROUND(1.005,2)"),
          f("B2", "=ROUND(-2.5,0)"),
          f("B3", "=ROUND(1234.5678,-2)"),
          f("B4", "=ROUND(2.4999999999,0)"),
          f("C1", '=TEXT(1.005,"0.00")'),
          f("C2", '=TEXT(0.12345,"0.0%")'),
          f("C3", '=TEXT(-1234567.891,"#,##0.00")'),
          f("C4", '=TEXT(2.5,"0")'),
          f("C5", '=TEXT(45000,"mmm yyyy")'),
        ],
      })
    );
    expect(["A1", "A2", "A3", "A4", "A5"].map((a) => e.value("s", a))).toEqual([
      "0.333333333333333",
      "0.3",
      "0.0000001",
      "1.23456789012346E+17",
      "-2.5|TRUE",
    ]);
    expect(["B1", "B2", "B3", "B4"].map((a) => e.value("s", a))).toEqual([1.01, -3, 1200, 2]);
    expect(["C1", "C2", "C3", "C4"].map((a) => e.value("s", a))).toEqual([
      "1.01",
      "12.3%",
      "-1,234,567.89",
      "3",
    ]);
    // A format outside the subset is not guessed at.
    expect(e.value("s", "C5")).toMatchObject({ error: "#NAME?" });
  });

  test("unknown functions are #NAME?, cycles are reported", () => {
    const e = evaluatePlan(
      plan({ s: [f("A1", "=VLOOKUP(1,B1:C2,2)"), f("A2", "=A3"), f("A3", "=A2+1")] })
    );
    expect(e.value("s", "A1")).toMatchObject({ error: "#NAME?" });
    expect(e.value("s", "A3")).toMatchObject({ error: "#CYCLE!" });
  });

  test("the parser rejects malformed formulas", () => {
    expect(() => parseFormula("=SUM(A1:A2")).toThrow();
    expect(() => parseFormula("=1+")).toThrow();
  });
});
