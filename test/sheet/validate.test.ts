import type { WorkbookPlan } from "../../src/sheet/plan";
import {
  isValidExcelName,
  isValidSheetName,
  PlanError,
  validatePlan,
} from "../../src/sheet/validate";
import { buildPlan } from "../../src/templates";
import { goldenOptions } from "../helpers/golden";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";
import { FIXTURE_PLAN, SPILL_ANCHOR_PLAN } from "../workbook/xlsx-fixture";
import { INVALID_PLANS } from "./invalid-plans";

/** The PlanError validatePlan throws for `plan`, or null when it passes. */
function refusal(plan: WorkbookPlan): PlanError | null {
  try {
    validatePlan(plan);
    return null;
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
}

describe("validatePlan: every template variant and the writers' fixtures are valid", () => {
  test.each(TEMPLATE_VARIANTS)("$id example=$example $lang $periods", (variant) => {
    expect(refusal(buildPlan(variant.id, goldenOptions(variant)))).toBeNull();
    expect(
      refusal(buildPlan(variant.id, { ...goldenOptions(variant), kpisPerGroup: 6 }))
    ).toBeNull();
  });

  test("the .xlsx fixture (every feature a writer handles) and the spill-anchor plan", () => {
    expect([refusal(FIXTURE_PLAN), refusal(SPILL_ANCHOR_PLAN)]).toEqual([null, null]);
  });
});

describe("validatePlan refuses, rule by rule, naming the sheet, the cell and the rule", () => {
  test.each(INVALID_PLANS)("$rule: $example", ({ plan, rule, message }) => {
    const error = refusal(plan);
    expect(error).toBeInstanceOf(PlanError);
    expect([error?.rule, error?.message]).toEqual([rule, message]);
  });

  test("every rule has an example", () => {
    const rules: PlanError["rule"][] = [
      "sheet-key-twice",
      "activate-unknown",
      "sheet-name",
      "address",
      "cell-twice",
      "formula",
      "number",
      "sheet-ref",
      "spill",
      "spill-overlap",
      "under-spill",
      "spill-merge",
      "inside-merge",
      "merge-overlap",
      "table-name",
      "table-size",
      "table-header",
      "table-overlap",
      "table-calculated",
      "list",
      "name",
      "name-twice",
      "chart-data",
      "drawing-key-twice",
      "arrow-ends",
      "colour",
      "size",
    ];
    expect(new Set(INVALID_PLANS.map((c) => c.rule))).toEqual(new Set(rules));
  });

  test("the error carries the sheet's key and the cell apart from its message", () => {
    const underSpill = INVALID_PLANS.find((c) => c.rule === "under-spill")!;
    expect(refusal(underSpill.plan)).toMatchObject({ sheet: "data", cell: "H5" });
    const activate = INVALID_PLANS.find((c) => c.rule === "activate-unknown")!;
    expect(refusal(activate.plan)).toMatchObject({ sheet: null, cell: null });
  });
});

describe("Excel's names", () => {
  test('sheet names: "BSC (2)" and "Dasbor" pass; "", 32 characters, "a:b", "\'x", "History" do not', () => {
    expect(["BSC (2)", "Dasbor", "x".repeat(31)].every(isValidSheetName)).toBe(true);
    expect(
      ["", "x".repeat(32), "a:b", "a[1]", "'x", "x'", "History", "history"].filter(isValidSheetName)
    ).toEqual([]);
  });

  test('defined and table names: "Weights", "_w.1" pass; "A1", "xfd100", "R1C1", "c", "2x", "two words" do not', () => {
    expect(["Weights", "_w.1", "Bobot_Perspektif"].every(isValidExcelName)).toBe(true);
    expect(["A1", "xfd100", "R1C1", "c", "2x", "two words"].filter(isValidExcelName)).toEqual([]);
  });
});
