/**
 * Reading a KPI register back from a sheet: found by its header labels in either language, the KPI
 * rows down to the totals line, and the column of each field — wherever the register sits. The
 * reader learns its words from the registers the templates declare, so writer and reader agree:
 * every declared header is read as its field, and every template's register is read back with each
 * field where its layout put it.
 */
import { buildPlan } from "../../src/templates";
import type { TemplateOptions } from "../../src/templates/options";
import type { Lang, Scalar, TemplateId } from "../../src/sheet/plan";
import { registerLayout } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import {
  cellOf,
  findRegister,
  findRegisters,
  readRegister,
} from "../../src/readers/register-reader";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";
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

/**
 * [template, example, KPI rows, rows of room, kind, weights add up to, middle anchor level, weight
 * parts]. Room: UMKM's ten rows; two per KPI block of an OMAX register (BSC's perspectives, Prism's
 * facets of a stakeholder, IPMS's stakeholders).
 */
const CASES: [
  TemplateId,
  boolean,
  number,
  number,
  "umkm" | "omax",
  1 | 100,
  number | null,
  number,
][] = [
  ["umkm", true, 8, 10, "umkm", 100, null, 0],
  ["umkm", false, 6, 10, "umkm", 100, null, 0],
  ["bsc", true, 10, 8, "omax", 1, 3, 2],
  ["bsc", false, 8, 8, "omax", 1, 3, 2],
  // The 11 coded KPIs seed 002 prints, and I-3, the placeholder that gives Investor a second
  // facet: 11 facets with KPIs.
  ["prism", true, 12, 22, "omax", 1, 8, 3],
  ["prism", false, 50, 50, "omax", 1, 8, 3],
  ["ipms", true, 29, 10, "omax", 100, 3, 2],
  ["ipms", false, 10, 10, "omax", 100, 3, 2],
];

const from = (first: number, length: number) => Array.from({ length }, (_, k) => first + k);

describe.each(["id", "en"] as const)("every template's register, %s", (lang) => {
  test.each(CASES)(
    "%s example=%s: %d KPI rows and %d rows of room from row 7, %s, weights total %d, mid level %p",
    async (id, example, count, room, kind, total, midLevel, parts) => {
      const snapshots = await built(id, { example, lang });
      const registers = findRegisters(snapshots);
      expect(registers).toHaveLength(1);
      const register = registers[0];
      expect(register.name).toBe(snapshots[1].name); // the first sheet after Sheet1
      expect(register).toMatchObject({ kind, lang, headerRow: 5, weightTotal: total, midLevel });
      // The table: the KPIs and the room for more (UMKM's under them, OMAX's under each block's
      // KPIs, with their group), then the totals line.
      expect(register.rows).toHaveLength(count);
      expect(register.room).toHaveLength(room);
      expect([...register.rows, ...register.room].sort((a, b) => a - b)).toEqual(
        from(6, count + room)
      );
      expect(register.totalRow).toBe(6 + count + room);
      if (kind === "umkm") expect(register.rows).toEqual(from(6, count));
      for (const row of register.room) {
        expect(cellOf(register.snapshot, row, register.columns.code!)).toBe("");
        if (kind === "omax")
          expect(cellOf(register.snapshot, row, register.columns.group!)).not.toBe("");
      }
      expect(register.weightParts).toHaveLength(parts);
      // The first KPI row's code is in the code column.
      expect(cellOf(register.snapshot, 6, register.columns.code!)).toMatch(/^[A-Z]+-?\d+$/);
    }
  );
});

describe("writer and reader agree: the reader's words are the registers' declarations", () => {
  /** A sheet holding one register's header row, in `lang`, from column B, and one KPI row. */
  const headerOnly = (id: TemplateId, lang: Lang) => {
    const headers: Scalar[] = ["", ...REGISTERS[id].columns.map((column) => column.header[lang])];
    const row: Scalar[] = ["", "K1", ...headers.slice(2).map(() => "x")];
    return { name: id, address: "A4:AZ5", values: [headers, row], formulas: [headers, row] };
  };

  test.each(
    Object.keys(REGISTERS).flatMap((id) => (["id", "en"] as const).map((lang) => [id, lang]))
  )("%s, %s: every declared header is read as its field, in its column", (id, lang) => {
    const schema = REGISTERS[id as TemplateId];
    const register = readRegister(headerOnly(id as TemplateId, lang as Lang))!;
    expect(register).not.toBeNull();
    const read = schema.columns.map((column) => [column.field, register.columns[column.field]]);
    expect(read).toEqual(schema.columns.map((column, c) => [column.field, 1 + c]));
    expect(register.lang).toBe(lang);
    expect(register.weightParts).toEqual(
      schema.columns.flatMap((column, c) => (column.isWeightPart ? [1 + c] : []))
    );
    expect(register.weightTotal).toBe(schema.weightTotal);
    expect(register.midLevel).toBe(schema.scoring.kind === "omax" ? schema.scoring.midLevel : null);
  });

  test.each(TEMPLATE_VARIANTS)(
    "$id example=$example $lang $periods: read back with every field where the layout put it",
    async ({ id, example, lang, periods }) => {
      const snapshots = await built(id, { example, lang, periods });
      const register = findRegister(snapshots)!;
      // An OMAX register writes its rows of room with the KPIs' (each under its block).
      const written = register.rows.length + (register.kind === "omax" ? register.room.length : 0);
      const layout = registerLayout(REGISTERS[id], written);
      expect(register.headerRow).toBe(layout.headerRow);
      expect(register.rows[0]).toBe(layout.firstRow);
      expect(Math.max(...register.rows, ...register.room)).toBe(layout.lastRow);
      expect(register.totalRow).toBe(layout.totalRow);
      const fields = REGISTERS[id].columns.map((column) => column.field);
      expect(fields.map((field) => [field, register.columns[field]])).toEqual(
        fields.map((field) => [field, layout.columnOf(field)])
      );
      expect(Object.keys(register.columns).sort()).toEqual([...fields].sort());
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
