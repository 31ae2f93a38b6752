/**
 * The Office.js writer on office-addin-mock: real template plans go through ExcelWorkbook.applyPlan
 * (office.ts) → applyPlanWithExcel (office-writer.ts) into an in-memory workbook whose object model
 * is OfficeMockObject (test/workbook/mock-workbook.ts says which members are mocked explicitly on
 * top of it, and why). Checked: the round trips, that every value, formula and number format of the
 * plan lands in its cell of the new sheets and nothing else is written, and that the user's own
 * sheet of the same name is left as it was while the new one takes a free name.
 */
import { buildPlan, DEFAULT_OPTIONS, TEMPLATE_IDS } from "../../src/templates";
import { parseCell, cellAddress } from "../../src/sheet/a1";
import type { Scalar, WorkbookPlan } from "../../src/sheet/plan";
import { resolveSheetRefs } from "../../src/sheet/plan";
import { ExcelWorkbook } from "../../src/workbook/office";
import type { ApplyResult } from "../../src/workbook/port";
import { dropMockExcel, MockWorkbook, useMockExcel, type MockCell } from "./mock-workbook";
import { syntheticPlan } from "./synthetic-plan";

afterEach(dropMockExcel);

/** What the plan puts in each cell it writes, as Excel would hold it: formula (sheet names final) or value. */
function expectedCells(
  plan: WorkbookPlan,
  result: ApplyResult
): Map<string, Map<string, MockCell>> {
  const names = new Map(result.sheets.map((s) => [s.key, s.name]));
  const out = new Map<string, Map<string, MockCell>>();
  for (const sheet of plan.sheets) {
    const cells = new Map<string, MockCell>();
    for (const cell of sheet.cells) {
      const { row, col } = parseCell(cell.address);
      const address = cellAddress(row, col);
      if (cell.formula !== undefined)
        cells.set(address, { formula: resolveSheetRefs(cell.formula, names) });
      else if (cell.value !== undefined && cell.value !== null)
        cells.set(address, { value: cell.value as Scalar });
    }
    out.set(names.get(sheet.key) as string, cells);
  }
  return out;
}

/** The fake's cells without their number formats (compared separately). */
function contents(cells: Map<string, MockCell>): Map<string, MockCell> {
  const out = new Map<string, MockCell>();
  for (const [address, cell] of cells) {
    const content: MockCell = { ...cell };
    delete content.numberFormat;
    if (Object.keys(content).length > 0) out.set(address, content);
  }
  return out;
}

const USER_SHEET = {
  cells: { A1: "My own figures", B2: 42, C2: "=B2*2", D5: "2024" } as Record<string, Scalar>,
};

describe.each(TEMPLATE_IDS)(
  "template %s (example, en) through ExcelWorkbook on office-addin-mock",
  (id) => {
    const plan = buildPlan(id, { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2026 });
    const register = plan.sheets.find((s) => s.key === "register")!;
    let workbook: MockWorkbook;
    let result: ApplyResult;

    beforeAll(async () => {
      // The user already has a sheet named like the register, and a table named like ours.
      workbook = new MockWorkbook({
        sheets: [{ name: "Sheet1" }, { name: register.name, ...USER_SHEET }],
        tables: [register.tables![0].name],
      });
      useMockExcel(workbook);
      result = await new ExcelWorkbook().applyPlan(plan);
    });

    test("three context.sync() calls; the new register sheet takes a free name", () => {
      expect(workbook.syncs).toBe(3);
      expect(result.syncs).toBe(3);
      expect(result.sheets.find((s) => s.key === "register")!.name).toBe(`${register.name} (2)`);
      expect(workbook.sheets.map((s) => s.name)).toEqual([
        "Sheet1",
        register.name,
        ...result.sheets.map((s) => s.name),
      ]);
    });

    test("every value and formula of the plan is in its cell, with final sheet names; nothing else is written", () => {
      for (const [name, expected] of expectedCells(plan, result)) {
        expect([name, contents(workbook.sheet(name).cells)]).toEqual([name, expected]);
      }
    });

    test("number formats land on the plan's cells", () => {
      for (const sheet of plan.sheets) {
        const name = result.sheets.find((s) => s.key === sheet.key)!.name;
        const cells = workbook.sheet(name).cells;
        for (const cell of sheet.cells.filter((c) => c.numberFormat)) {
          const { row, col } = parseCell(cell.address);
          expect([name, cell.address, cells.get(cellAddress(row, col))?.numberFormat]).toEqual([
            name,
            cell.address,
            cell.numberFormat,
          ]);
        }
      }
    });

    test("the user's sheet of the same name is untouched; the user's table keeps its name", () => {
      const own = workbook.sheet(register.name);
      expect(Object.fromEntries(own.cells)).toEqual({
        A1: { value: "My own figures" },
        B2: { value: 42 },
        C2: { formula: "=B2*2" },
        D5: { value: "2024" },
      });
      expect([own.tables, own.merges, own.validations, own.conditionalFormats, own.charts]).toEqual(
        [[], [], [], [], []]
      );
      const newRegister = workbook.sheet(`${register.name} (2)`);
      expect(newRegister.tables).toHaveLength(1);
      expect(newRegister.tables[0].name).not.toBe(register.tables![0].name);
      expect(newRegister.tables[0].name).toBe(
        result.tables.find((t) => t.name === register.tables![0].name)!.finalName
      );
    });

    test("tables, validations, conditional formats, charts and shapes are added to the plan's sheets", () => {
      for (const sheet of plan.sheets) {
        const written = workbook.sheet(result.sheets.find((s) => s.key === sheet.key)!.name);
        expect([sheet.key, written.tables.map((t) => t.address)]).toEqual([
          sheet.key,
          (sheet.tables ?? []).map((t) => t.range),
        ]);
        expect([sheet.key, written.validations.length]).toEqual([
          sheet.key,
          (sheet.validations ?? []).length,
        ]);
        expect([sheet.key, written.conditionalFormats.length]).toEqual([
          sheet.key,
          (sheet.conditionalFormats ?? []).length,
        ]);
        expect([sheet.key, written.charts.map((c) => c.name)]).toEqual([
          sheet.key,
          (sheet.charts ?? []).map((c) => c.key),
        ]);
        expect([sheet.key, written.shapes.length]).toEqual([
          sheet.key,
          (sheet.shapes ?? []).length,
        ]);
      }
    });

    test("the landing sheet is opened at A1", () => {
      expect(workbook.activeSheet).toBe(result.activated);
      expect(workbook.sheet(result.activated).selected).toBe("A1");
    });
  }
);

describe("synthetic plans on office-addin-mock: the round trips do not grow with the KPIs", () => {
  test.each([10, 200])("%d KPIs: 3 context.sync() calls, every row written", async (kpis) => {
    const workbook = new MockWorkbook({ sheets: [{ name: "BSC", ...USER_SHEET }] });
    useMockExcel(workbook);
    const plan = syntheticPlan(kpis);
    const result = await new ExcelWorkbook().applyPlan(plan);
    expect(workbook.syncs).toBe(3);
    expect(result.sheets[0]).toEqual({ key: "register", name: "BSC (2)" });
    for (const [name, expected] of expectedCells(plan, result))
      expect([name, contents(workbook.sheet(name).cells)]).toEqual([name, expected]);
    expect(workbook.sheet("BSC (2)").cells.get(`A${3 + kpis}`)?.value).toBe(`K${kpis}`);
    expect(workbook.sheet("BSC").cells.size).toBe(4);
  });
});

describe("the mock behaves like Office where the writer depends on it", () => {
  test("a second build beside the first: every sheet and table name in use gets a free one", async () => {
    const workbook = new MockWorkbook();
    useMockExcel(workbook);
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: false, lang: "en", year: 2026 });
    const first = await new ExcelWorkbook().applyPlan(plan);
    const second = await new ExcelWorkbook().applyPlan(plan);
    expect(first.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(second.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => `${s.name} (2)`));
    expect(second.tables.map((t) => t.finalName)).not.toEqual(first.tables.map((t) => t.finalName));
    expect(workbook.syncs).toBe(6);
    // The first build's sheets are as the first build left them.
    for (const [name, expected] of expectedCells(plan, first))
      expect([name, contents(workbook.sheet(name).cells)]).toEqual([name, expected]);
  });

  test("text that Excel would read as a number, percentage, boolean or formula arrives as text", async () => {
    const workbook = new MockWorkbook();
    useMockExcel(workbook);
    const texts = ["1.5", "50%", "TRUE", "=not a formula", "-", "KPI 1"];
    const plan: WorkbookPlan = {
      template: "umkm",
      lang: "en",
      title: "texts",
      activate: "s",
      sheets: [
        {
          key: "s",
          name: "Texts",
          cells: [
            ...texts.map((value, k) => ({ address: `A${k + 1}`, value })),
            { address: "B1", value: 1.5 },
            { address: "B2", value: true },
          ],
        },
      ],
    };
    await new ExcelWorkbook().applyPlan(plan);
    const cells = workbook.sheet("Texts").cells;
    expect(texts.map((_, k) => cells.get(`A${k + 1}`))).toEqual(texts.map((value) => ({ value })));
    expect([cells.get("B1"), cells.get("B2")]).toEqual([{ value: 1.5 }, { value: true }]);
  });

  test("writes wait for sync, and a matrix of the wrong size fails it, as in Office", async () => {
    const workbook = new MockWorkbook({ sheets: [{ name: "S" }] });
    const context = workbook.context as Excel.RequestContext;
    const sheet = context.workbook.worksheets.add("T");
    sheet.getRange("A1:B1").values = [[1, "=A1*2"]];
    expect(() => workbook.sheet("T")).toThrow("no sheet 'T'");
    await context.sync();
    expect(Object.fromEntries(workbook.sheet("T").cells)).toEqual({
      A1: { value: 1 },
      B1: { formula: "=A1*2" },
    });
    sheet.getRange("A1:B2").values = [[1, 2]];
    await expect(context.sync()).rejects.toThrow("does not match A1:B2 (2×2)");
    context.workbook.worksheets.add("s");
    await expect(context.sync()).rejects.toThrow("ItemAlreadyExists");
  });

  test("a collection's items cannot be read before load and sync (office-addin-mock)", async () => {
    const workbook = new MockWorkbook({ sheets: [{ name: "S" }] });
    const context = workbook.context as Excel.RequestContext;
    const sheets = context.workbook.worksheets;
    expect(sheets.items).toEqual(expect.stringContaining("not loaded"));
    sheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["S"]);
  });
});

describe("a blank register's KPI-name cells through ExcelWorkbook on office-addin-mock", () => {
  test("blank UMKM (id): B7:B22 get an input message and no rule (any value); the cells stay empty", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: false, lang: "id", year: 2026 });
    const workbook = new MockWorkbook({ sheets: [{ name: "Sheet1" }] });
    useMockExcel(workbook);
    const result = await new ExcelWorkbook().applyPlan(plan);
    const register = workbook.sheet(result.sheets.find((s) => s.key === "register")!.name);
    expect(register.validations.find((v) => v.address === "B7:B22")).toEqual({
      address: "B7:B22",
      prompt: {
        showPrompt: true,
        title: "Kinerja",
        message: "Ketik nama KPI (mis. Penjualan bulanan)",
      },
    });
    expect(register.cells.get("B7")).toBeUndefined();
    expect(register.cells.get("A7")).toEqual({ value: "K1" });
  });
});
