/**
 * Reading a KPI register back from a sheet: found by its header labels in either language, the KPI
 * rows down to the totals line, and the column of each field — wherever the register sits.
 */
import { buildPlan } from "../../src/templates";
import type { TemplateOptions } from "../../src/templates/options";
import type { TemplateId } from "../../src/sheet/plan";
import {
  cellOf,
  findRegister,
  findRegisters,
  readRegister,
} from "../../src/readers/register-reader";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { SheetSnapshot } from "../../src/sheet/snapshot";

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  example: true,
  lang: "id",
  periods: "quarterly",
  year: 2026,
  kpisPerGroup: 2,
  ...over,
});

async function built(
  id: TemplateId,
  over: Partial<TemplateOptions> = {}
): Promise<SheetSnapshot[]> {
  const wb = new MemoryWorkbook();
  await wb.applyPlan(buildPlan(id, options(over)));
  return Promise.all(wb.sheetNames.map((name) => wb.readSheet(name)));
}

/** [template, example, KPI rows, kind, weights add up to, middle anchor level, weight parts]. */
const CASES: [TemplateId, boolean, number, "umkm" | "omax", 1 | 100, number | null, number][] = [
  ["umkm", true, 8, "umkm", 100, null, 0],
  ["umkm", false, 6, "umkm", 100, null, 0],
  ["bsc", true, 10, "omax", 1, 3, 2],
  ["bsc", false, 8, "omax", 1, 3, 2],
  // The 11 coded KPIs seed 002 prints, and I-3, the placeholder that gives Investor a second facet.
  ["prism", true, 12, "omax", 1, 8, 3],
  ["prism", false, 50, "omax", 1, 8, 3],
  ["ipms", true, 29, "omax", 100, 3, 2],
  ["ipms", false, 10, "omax", 100, 3, 2],
];

describe.each(["id", "en"] as const)("every template's register, %s", (lang) => {
  test.each(CASES)(
    "%s example=%s: %d KPI rows from row 7, %s, weights total %d, mid level %p",
    async (id, example, count, kind, total, midLevel, parts) => {
      const snapshots = await built(id, { example, lang });
      const registers = findRegisters(snapshots);
      expect(registers).toHaveLength(1);
      const register = registers[0];
      expect(register.name).toBe(snapshots[1].name); // the first sheet after Sheet1
      expect(register).toMatchObject({ kind, lang, headerRow: 5, weightTotal: total, midLevel });
      expect(register.rows).toEqual(Array.from({ length: count }, (_, k) => 6 + k));
      expect(register.totalRow).toBe(6 + count);
      expect(register.weightParts).toHaveLength(parts);
      const c = register.columns;
      expect(c.code).toBe(0);
      for (const field of [
        "name",
        "unit",
        "target",
        "actual",
        "status",
        "weighted",
        "rankKey",
      ] as const)
        expect([field, c[field]]).toEqual([field, expect.any(Number)]);
      if (kind === "umkm") {
        expect(c).toMatchObject({
          name: 1,
          group: 2,
          weightPct: 3,
          priorityClass: 4,
          classCheck: 5,
          direction: 7,
          target: 8,
        });
      } else {
        expect(c.globalWeight).toBeGreaterThan(c.target!);
        expect([c.worst, c.mid, c.target]).toEqual([c.name! + 2, c.name! + 3, c.name! + 4]);
      }
      // The first KPI row's code is in the code column.
      expect(cellOf(register.snapshot, 6, 0)).toMatch(/^[A-Z]+-?\d+$/);
    }
  );
});

describe("what is not a register", () => {
  test("Tracking, Dashboard, OMAX, AHP and Review sheets, and a user's sheet, have none", async () => {
    const snapshots = await built("bsc");
    const names = snapshots.filter((s) => readRegister(s)).map((s) => s.name);
    expect(names).toEqual(["BSC"]);
    expect(readRegister({ name: "Empty", address: null, values: [], formulas: [] })).toBeNull();
  });

  test("a header with Code and KPI but no weight or target is not a register", () => {
    const values = [
      ["Kode", "KPI", "Satuan", "Bobot"],
      ["K1", "Omzet", "Rp", 0.5],
    ];
    expect(readRegister({ name: "S", address: "A1:D2", values, formulas: values })).toBeNull();
  });
});

describe("a register wherever it sits", () => {
  test("moved to C3 with a column inserted: positions are the sheet's, the totals line ends the rows", () => {
    const values = [
      ["Code", "KPI", "Note", "Weight (%)", "Unit", "Direction", "Target", "Status"],
      ["K1", "Sales", "x", 60, "Rp", "higher", 100, "GREEN"],
      ["", "A row without a code", "", 40, "", "higher", 5, ""],
      ["", "Total", "", 100, "", "", "", ""],
      ["K9", "below the totals", "", 1, "", "", "", ""],
    ];
    const register = readRegister({ name: "Mine", address: "C3:J7", values, formulas: values })!;
    expect(register).toMatchObject({
      kind: "umkm",
      lang: "en",
      headerRow: 2,
      rows: [3, 4],
      totalRow: 5,
      columns: { code: 2, name: 3, weightPct: 5, unit: 6, direction: 7, target: 8, status: 9 },
    });
    expect(cellOf(register.snapshot, 3, 3)).toBe("Sales");
  });

  test("findRegister prefers the given sheet, else the first in tab order", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(buildPlan("umkm", options()));
    await wb.applyPlan(buildPlan("bsc", options({ lang: "en" })));
    const snapshots = await Promise.all(wb.sheetNames.map((name) => wb.readSheet(name)));
    expect(findRegisters(snapshots).map((r) => r.name)).toEqual(["KPI UMKM", "BSC"]);
    expect(findRegister(snapshots)!.name).toBe("KPI UMKM");
    expect(findRegister(snapshots, "bsc")!.name).toBe("BSC");
    expect(findRegister(snapshots, "Dasbor")!.name).toBe("KPI UMKM");
    expect(findRegister([])).toBeNull();
  });
});
