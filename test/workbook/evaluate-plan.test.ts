import { isErrorValue, kinerjaFunctions } from "../../src/formula";
import type { CellPlan, WorkbookPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";

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

describe("a plan through the evaluator", () => {
  test("cross-sheet references by «key» and by quoted name", () => {
    const e = evaluatePlan(
      plan({ data: [v("B2", 7)], s: [f("A1", "=«data»!B2*2"), f("A2", "='Data (input)'!$B$2+1")] })
    );
    expect(e.value("s", "A1")).toBe(14);
    expect(e.value("s", "A2")).toBe(8);
  });

  test("a plan's addresses are read as Excel reads them ($B$2 and b2 are B2)", () => {
    const e = evaluatePlan(plan({ s: [v("$b$2", 3), f("c1", "=B2*2")] }));
    expect(e.value("s", "C1")).toBe(6);
    expect([...(e.results().get("s")?.keys() ?? [])]).toEqual(["C1"]);
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

  test("a repeating parameter takes every range: AHP.GLOBAL(B2:B3,C2:C3,D2:D3) = 0.026591136, 0.074132864", () => {
    // Seed 002's path Investor 0.298 × Satisfaction 0.338 × KPI 0.264 (and 0.736), one range per level.
    const e = evaluatePlan(
      plan({
        s: [
          v("B2", 0.298),
          v("B3", 0.298),
          v("C2", 0.338),
          v("C3", 0.338),
          v("D2", 0.264),
          v("D3", 0.736),
          f("E2", "=AHP.GLOBAL(B2:B3,C2:C3,D2:D3)", { rows: 2, columns: 1 }),
        ],
      })
    );
    expect(e.value("s", "E2")).toBeCloseTo(0.298 * 0.338 * 0.264, 12);
    expect(e.value("s", "E3")).toBeCloseTo(0.298 * 0.338 * 0.736, 12);
    expect(e.value("s", "E2")).toBeCloseTo(0.026591136, 9);
  });

  test("a call Excel would refuse (too few or too many arguments) is #NAME?, saying what it takes", () => {
    const e = evaluatePlan(
      plan({
        s: [v("A1", 0.6), f("E1", "=OMAX.INDEX(A1)"), f("E2", '=TRAFFIC(A1,0.9,0.5,"en",1)')],
      })
    );
    expect([e.value("s", "E1"), e.value("s", "E2")]).toEqual([
      { error: "#NAME?", message: "OMAX.INDEX takes 2 arguments, not 1" },
      { error: "#NAME?", message: "TRAFFIC takes 1 to 4 arguments, not 5" },
    ]);
  });

  test("binding Kinerja's functions fails at once when an adapter is missing", () => {
    expect(() => kinerjaFunctions({})).toThrow("no adapter AHP_WEIGHTS");
  });
});
