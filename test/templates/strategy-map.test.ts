/**
 * The strategy map's tables read the register by formula: an objective renamed in the register (in
 * its first KPI's row) is renamed in the links and in "KPIs per objective", and a code changed there
 * is changed in the objective's list of KPIs. Checked in the in-memory workbook, which computes
 * every formula as Excel would.
 */
import type { Lang, Scalar, WorkbookPlan } from "../../src/sheet/plan";
import { buildPlan } from "../../src/templates";
import { BSC_REGISTER } from "../../src/templates/bsc";
import { DEFAULT_OPTIONS } from "../../src/templates/options";
import { registerLayout } from "../../src/templates/register";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { type } from "../helpers/typing";

/** The map's table rows below the boxes, as shown: [column B, column C] from the links' title down. */
function tables(wb: MemoryWorkbook, plan: WorkbookPlan): Scalar[][] {
  const map = plan.sheets.find((s) => s.key === "map")!;
  const grid = wb.snapshot(map.name).cells;
  const top = grid.findIndex(
    (row) =>
      row[1]?.value === (plan.lang === "en" ? "Cause → effect links" : "Hubungan sebab → akibat")
  );
  return grid.slice(top).map((row) => [row[1]?.value ?? "", row[2]?.value ?? ""]);
}

async function built(example: boolean, lang: Lang) {
  const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example, lang, year: 2026 });
  const wb = new MemoryWorkbook();
  await wb.applyPlan(plan);
  const register = plan.sheets.find((s) => s.key === "register")!;
  return { plan, wb, register: register.name };
}

describe("the strategy map reads the register", () => {
  test("BSC example (en): the tables list the objectives' names and codes as the register holds them", async () => {
    const { plan, wb } = await built(true, "en");
    const [staff, processes, parts, cost] = [
      "Skilled, certified staff",
      "Accurate planning and warehouse processes",
      "Parts available on time",
      "Lower logistics cost",
    ];
    expect(tables(wb, plan)).toEqual([
      ["Cause → effect links", ""],
      ["Cause", "Effect"],
      [staff, processes],
      [processes, parts],
      [parts, cost],
      [processes, cost],
      ["", ""],
      ["KPIs per objective", ""],
      ["Strategic objective", "KPI"],
      [cost, "F1, F2, F3"],
      [parts, "C1, C2, C3"],
      [processes, "B1"],
      [staff, "L1, L2, L3"],
    ]);
    // Formulas, not typed copies: every name and code cell below the headers reads the register.
    const map = plan.sheets.find((s) => s.key === "map")!;
    const typed = map.cells.filter(
      (c) => typeof c.value === "string" && [staff, processes, parts, cost].includes(c.value)
    );
    expect(typed).toEqual([]);
  });

  test("blank BSC (id): renaming the financial objective (C7) and the code F2 in the register renames them on the map", async () => {
    const { plan, wb, register } = await built(false, "id");
    const layout = registerLayout(BSC_REGISTER, 8);
    const before = tables(wb, plan);
    expect(before).toContainEqual(["Sasaran keuangan", "F1, F2"]);
    expect(before).toContainEqual(["Sasaran pelanggan", "Sasaran keuangan"]);

    await type(wb, register, {
      [layout.cell("objective", 0)]: "Laba naik 10%",
      [layout.cell("code", 1)]: "F9",
    });
    expect(layout.cell("objective", 0)).toBe("C7");
    const after = tables(wb, plan);
    // The objective's row of "KPIs per objective", and the link into it (customer → financial).
    expect(after).toContainEqual(["Laba naik 10%", "F1, F9"]);
    expect(after).toContainEqual(["Sasaran pelanggan", "Laba naik 10%"]);
    expect(after.flat()).not.toContain("Sasaran keuangan");
  });
});
