/**
 * A blank template's KPI-name cells are empty input cells that prompt for a name while selected
 * (Excel's input message, Sheets' help text): nothing typed in them to type over. Every sheet that
 * shows a KPI's name shows nothing for one still to be typed — no 0, no error — and the dashboard
 * still counts those KPIs. Checked on the plans and in the in-memory workbook, which computes every
 * formula as Excel would.
 */
import { parseCell, parseRange } from "../../src/sheet/a1";
import type { Lang, TemplateId, WorkbookPlan } from "../../src/sheet/plan";
import { buildPlan } from "../../src/templates";
import { DEFAULT_OPTIONS } from "../../src/templates/options";
import { registerLayout, type RegisterField } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shown, type } from "../helpers/typing";

const PROMPT = {
  id: "Ketik nama KPI (mis. Penjualan bulanan)",
  en: "Type the KPI's name (e.g. Monthly sales)",
};
const KINDS = ["umkm", "bsc", "prism", "ipms"] as const;
const CASES = KINDS.flatMap((id) => (["id", "en"] as const).map((lang) => [id, lang] as const));

const blank = (id: TemplateId, lang: Lang): WorkbookPlan =>
  buildPlan(id, { ...DEFAULT_OPTIONS, example: false, lang, year: 2026, kpisPerGroup: 2 });

/** The register's layout, its KPI count read off the plan: the table's rows less its room. */
function layoutOf(id: TemplateId, plan: WorkbookPlan) {
  const register = plan.sheets.find((s) => s.key === "register")!;
  const schema = REGISTERS[id];
  const rows = parseRange(register.tables![0].range).bottom - registerLayout(schema, 0).headerRow;
  return registerLayout(schema, rows - (schema.room ?? 0));
}

describe.each(CASES)("%s, blank (%s)", (id, lang) => {
  const plan = blank(id, lang);
  const register = plan.sheets.find((s) => s.key === "register")!;
  const layout = layoutOf(id, plan);

  test("every KPI-name cell is an empty input cell; the whole column prompts for a name in the sheet's language", () => {
    const nameCol = layout.columnOf("name");
    const names = register.cells.filter((c) => {
      const { row, col } = parseCell(c.address);
      return col === nameCol && row >= layout.firstRow && row <= layout.lastRow;
    });
    expect(names).toHaveLength(layout.rows);
    for (const cell of names) {
      expect(cell.style).toBe("input");
      expect(cell.value ?? null).toBeNull();
      expect(cell.formula).toBeUndefined();
    }
    const prompt = register.validations!.find((v) => v.type === "any")!;
    expect(prompt).toEqual({ range: layout.range("name"), type: "any", prompt: PROMPT });
    const { left, right } = parseRange(prompt.range);
    expect([left, right]).toEqual([nameCol, nameCol]);
    expect(layout.count).toBeGreaterThanOrEqual(2);
  });

  test("no sheet shows an error, and every cell reading a KPI name shows it empty, not 0", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    // No error but the charts' deliberate #N/A (a period not reported yet is left out of a line).
    for (const sheet of plan.sheets) {
      const grid = wb.snapshot(sheet.name);
      for (const row of grid.cells)
        for (const cell of row)
          if (cell.formula && !cell.formula.includes("NA()"))
            expect([sheet.name, cell.formula, String(cell.value)]).not.toEqual([
              sheet.name,
              cell.formula,
              expect.stringMatching(/^#/),
            ]);
    }
    // The cells of other sheets whose formula reads a register name cell (not a range) show "".
    const nameCells = new Set(
      Array.from({ length: layout.count }, (_, k) => layout.ref("name", k).replace(/\$/g, ""))
    );
    let readers = 0;
    for (const sheet of plan.sheets) {
      if (sheet.key === "register") continue;
      for (const cell of sheet.cells) {
        const refs =
          (cell.formula ?? "").replace(/\$/g, "").match(/«register»![A-Z]+\d+(?![:\d])/g) ?? [];
        if (!refs.some((ref) => nameCells.has(ref))) continue;
        readers++;
        const value = shown(wb, sheet.name, cell.address);
        // IPMS's record title is "KPI I1" until the name is typed; every other reader shows "".
        const expected = cell.formula!.startsWith('="KPI "&') ? /^KPI [A-Z]+-?\d+$/ : /^$/;
        expect([sheet.key, cell.address, value]).toEqual([
          sheet.key,
          cell.address,
          expect.stringMatching(expected),
        ]);
      }
    }
    // Tracking (twice), the OMAX sheet, IPMS's specification read every name.
    expect(readers).toBeGreaterThanOrEqual(2 * layout.count);
  });
});

/** The cell of a register field on row k, and the sheet names, of a blank workbook in memory. */
async function built(id: TemplateId) {
  const plan = blank(id, "en");
  const wb = new MemoryWorkbook();
  await wb.applyPlan(plan);
  const name = (key: string) => plan.sheets.find((s) => s.key === key)!.name;
  const layout = layoutOf(id, plan);
  const at = (field: RegisterField, k: number) => layout.cell(field, k);
  return { wb, name, at, count: layout.count };
}

describe("a KPI still to be named counts, and shows empty where it is listed", () => {
  test("UMKM, blank: 6 KPIs not measured; K1 measured (weight 10, target 4, actual 2) is the weakest, its name empty", async () => {
    const { wb, name, at, count } = await built("umkm");
    expect(count).toBe(6);
    const dashboard = name("dashboard");
    // The status counts (green, yellow, red, not measured) in B7:B10.
    expect(["B7", "B8", "B9", "B10"].map((a) => shown(wb, dashboard, a))).toEqual([0, 0, 0, 6]);
    await type(wb, name("register"), {
      [at("weightPct", 0)]: 10,
      [at("target", 0)]: 4,
    });
    await type(wb, name("tracking"), { E6: 2 });
    // 2 / 4 = 50% < 95%: red, and one KPI fewer not measured.
    expect(["B7", "B8", "B9", "B10"].map((a) => shown(wb, dashboard, a))).toEqual([0, 0, 1, 5]);
    const weakest = wb.snapshot(dashboard).cells.find((row) => row[1]?.value === "K1");
    expect(weakest).toBeDefined();
    expect(weakest![2].value).toBe("");
    expect(weakest![2].text).toBe("");
  });
});
