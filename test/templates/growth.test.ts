/**
 * A register grows: a KPI typed into the register's room for more (the empty rows of its table,
 * whose calculated columns are already there) counts at once on Tracking, on the dashboard and in
 * the index, with nothing else to extend. Checked in the in-memory workbook, which computes every
 * formula as Excel would; the expected index is recomputed from the values before the KPI was added.
 */
import { buildPlan } from "../../src/templates";
import { DEFAULT_OPTIONS } from "../../src/templates/options";
import { registerLayout } from "../../src/templates/register";
import { UMKM_REGISTER } from "../../src/templates/umkm";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { cellAddress, columnLetter } from "../../src/sheet/a1";
import type { Scalar } from "../../src/sheet/plan";
import { shown as value, type } from "../helpers/typing";

const num = (v: Scalar): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

describe("a KPI typed into the register's room counts everywhere", () => {
  test("UMKM example, monthly: a ninth KPI (weight 10, target 4, actual 5) moves the index as recomputed", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2024 });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const layout = registerLayout(UMKM_REGISTER, 8);
    const at = (field: Parameters<typeof layout.cell>[0], k: number) => layout.cell(field, k);
    const reg = "UMKM KPIs";

    // Before: the index and the weight of the KPIs measured this period, read off the register.
    const before = num(value(wb, "Dashboard", "B4"));
    let measuredWeight = 0;
    for (let k = 0; k < 8; k++)
      if (value(wb, reg, at("achievement", k)) !== "")
        measuredWeight += num(value(wb, reg, at("weightPct", k)));
    const greenBefore = num(value(wb, "Dashboard", "B6"));

    // The owner types a KPI into the first empty row of the table (row 15) …
    const k = 8;
    await type(wb, reg, {
      [at("code", k)]: "K9",
      [at("name", k)]: "Repeat customers",
      [at("group", k)]: "Sales",
      [at("weightPct", k)]: 10,
      [at("priorityClass", k)]: "Important",
      [at("direction", k)]: "higher",
      [at("target", k)]: 4,
      [at("frequency", k)]: "Monthly",
    });
    expect(at("name", k)).toBe("B15");
    // … and its actual on Tracking, in the row beside it, under the selected period.
    const period = num(value(wb, "Tracking", "C3"));
    const trackingRow = 5 + k; // 0-based: the actuals start on row 6
    const actualCell = cellAddress(trackingRow, 4 + period - 1);
    expect(value(wb, "Tracking", `B${trackingRow + 1}`)).toBe("Repeat customers");
    await type(wb, "Tracking", { [actualCell]: 5 });

    // The register's calculated columns score it …
    expect(value(wb, reg, at("actual", k))).toBe(5);
    expect(num(value(wb, reg, at("achievement", k)))).toBeCloseTo(5 / 4, 12);
    expect(value(wb, reg, at("status", k))).toBe("GREEN");
    // … and the index is the weighted mean over the KPIs measured, the new one included.
    const expected = (before * measuredWeight + (5 / 4) * 10) / (measuredWeight + 10);
    expect(num(value(wb, "Dashboard", "B4"))).toBeCloseTo(expected, 12);
    expect(expected).not.toBeCloseTo(before, 3);
    expect(num(value(wb, "Dashboard", "B6"))).toBe(greenBefore + 1);
    // The weights now add up to 110: the register's check says so.
    const totalRow = layout.totalRow + 1;
    expect(value(wb, reg, `${columnLetter(layout.columnOf("weightPct"))}${totalRow}`)).toBe(110);
  });
});
