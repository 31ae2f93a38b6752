/**
 * The in-memory workbook (preview mode and tests): it applies plans as the Excel writer does and
 * reads back what Excel would show — the plan evaluator's values, errors as "#N/A"… text.
 */
import { buildPlan } from "../../src/templates";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import type { TemplateOptions } from "../../src/templates/options";
import type { Scalar, TemplateId, WorkbookPlan } from "../../src/sheet/plan";
import { isErrorValue, type CellResult } from "../../src/formula";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { registerLayout } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import type { SheetSnapshot } from "../../src/sheet/snapshot";
import type { ApplyProgress } from "../../src/workbook/port";
import { isWorkbookError, WorkbookError } from "../../src/workbook/port";

const TEMPLATES: TemplateId[] = ["umkm", "bsc", "prism", "ipms"];

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  example: true,
  lang: "id",
  periods: "monthly",
  year: 2026,
  kpisPerGroup: 2,
  ...over,
});

/** A cell of a snapshot by A1 address ("" outside its used range). */
function at(snapshot: SheetSnapshot, address: string, what: "values" | "formulas" = "values") {
  if (!snapshot.address) return "";
  const { top, left } = parseRange(snapshot.address);
  const { row, col } = parseCell(address);
  return snapshot[what][row - top]?.[col - left] ?? "";
}

/** What Excel's range.values shows for an evaluator result. */
function shown(result: CellResult): Scalar {
  if (isErrorValue(result)) return result.error;
  return result === null ? "" : result;
}

describe("a new workbook", () => {
  test("has Excel's empty Sheet1, selected at A1", async () => {
    const wb = new MemoryWorkbook();
    expect(wb.kind).toBe("memory");
    expect(await wb.listSheets()).toEqual(["Sheet1"]);
    expect(wb.activeSheet).toBe("Sheet1");
    expect(await wb.getSelection()).toEqual({ sheet: "Sheet1", address: "A1", values: [[""]] });
    expect(await wb.readSheet("Sheet1")).toEqual({
      name: "Sheet1",
      address: null,
      values: [],
      formulas: [],
    });
  });

  test("a seed's constants and formulas are computed: B2 = B1 × 2 = 200", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { A1: "Kas", B1: 100, B2: "=B1*2", C3: "=1/0" } });
    const sheet = await wb.readSheet("Sheet1");
    expect(sheet.address).toBe("A1:C3");
    expect(sheet.values).toEqual([
      ["Kas", 100, ""],
      ["", 200, ""],
      ["", "", "#DIV/0!"],
    ]);
    expect(sheet.formulas).toEqual([
      ["Kas", 100, ""],
      ["", "=B1*2", ""],
      ["", "", "=1/0"],
    ]);
  });

  test("the used range starts where the content starts (C3:D4), as getUsedRange(true)", async () => {
    const wb = new MemoryWorkbook({ Data: { C3: 1, D4: "=C3+1" } });
    const sheet = await wb.readSheet("data");
    expect(sheet).toEqual({
      name: "Data",
      address: "C3:D4",
      values: [
        [1, ""],
        ["", 2],
      ],
      formulas: [
        [1, ""],
        ["", "=C3+1"],
      ],
    });
  });
});

const BUILDS = TEMPLATES.flatMap((id) => [
  { id, example: true, lang: "id" as const },
  { id, example: false, lang: "en" as const },
]);

describe.each(BUILDS)("building $id (example $example, $lang)", ({ id, example, lang }) => {
  const plan = buildPlan(id, options({ example, lang }));

  test("sheets under the plan's names, tables, progress checking → writing → finishing → done, no syncs", async () => {
    const wb = new MemoryWorkbook();
    const progress: ApplyProgress[] = [];
    const result = await wb.applyPlan(plan, (p) => progress.push(p));
    expect(result.sheets).toEqual(plan.sheets.map((s) => ({ key: s.key, name: s.name })));
    expect(result.tables.map((t) => t.finalName)).toEqual(
      plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name))
    );
    expect(result.syncs).toBe(0);
    expect(await wb.listSheets()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    const phases = progress.map((p) => p.phase).filter((p, k, all) => p !== all[k - 1]);
    expect(phases).toEqual(["checking", "writing", "finishing", "done"]);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
    // Lands on the dashboard, at A1.
    const dashboard = plan.sheets.find((s) => s.key === plan.activate)!.name;
    expect(result.activated).toBe(dashboard);
    expect(wb.selection).toEqual({ sheet: dashboard, address: "A1" });
  });

  test("readSheet shows evaluatePlan's value in every cell the plan writes or spills into", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const evaluated = evaluatePlan(plan);
    const results = evaluated.results();
    let compared = 0;
    for (const sheetPlan of plan.sheets) {
      const snapshot = await wb.readSheet(sheetPlan.name);
      for (const cell of sheetPlan.cells) {
        const expected = cell.formula
          ? shown(evaluated.value(sheetPlan.key, cell.address))
          : (cell.value ?? "");
        expect([sheetPlan.name, cell.address, at(snapshot, cell.address)]).toEqual([
          sheetPlan.name,
          cell.address,
          expected,
        ]);
        compared++;
      }
      for (const [address, result] of results.get(sheetPlan.key)!) {
        expect([sheetPlan.name, address, at(snapshot, address)]).toEqual([
          sheetPlan.name,
          address,
          shown(result),
        ]);
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  test("formulas read back with their sheet references resolved to the final names", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const register = plan.sheets[0];
    const snapshot = await wb.readSheet(register.name);
    for (const cell of register.cells) {
      const held = at(snapshot, cell.address, "formulas");
      if (cell.formula)
        expect(held).toBe(
          cell.formula.replace(
            /«(\w+)»!/g,
            (_, key: string) => `'${plan.sheets.find((s) => s.key === key)!.name}'!`
          )
        );
      else expect(held).toBe(cell.value ?? "");
    }
  });
});

describe("nothing the user has is changed", () => {
  test("building BSC twice: the second gets 'BSC (2)', 'AHP (2)'… and table BSC_KPI2, and reads its own sheets", async () => {
    const wb = new MemoryWorkbook();
    const plan = buildPlan("bsc", options());
    await wb.applyPlan(plan);
    const first = await wb.readSheet("BSC");
    const second = await wb.applyPlan(plan);
    expect(second.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => `${s.name} (2)`));
    expect(second.tables).toEqual([
      { name: "BSC_KPI", finalName: "BSC_KPI2" },
      { name: "BSC_Review", finalName: "BSC_Review2" },
    ]);
    const copy = await wb.readSheet("BSC (2)");
    // The weights read 'AHP (2)', not 'AHP'; the values are the same as the first build's.
    expect(at(copy, "J7", "formulas")).toMatch(/^='AHP \(2\)'!\$[A-Z]+\$\d+$/);
    expect(copy.values).toEqual(first.values);
    expect(await wb.readSheet("BSC")).toEqual(first);
  });

  test("a user's Sheet1 and a user's sheet called 'BSC' survive every template", async () => {
    const seed = { Sheet1: { A1: "Kas", B1: 100, B2: "=B1*2" }, BSC: { A1: "mine" } };
    const wb = new MemoryWorkbook(seed);
    const before = await Promise.all(["Sheet1", "BSC"].map((n) => wb.readSheet(n)));
    for (const id of TEMPLATES) await wb.applyPlan(buildPlan(id, options()));
    expect(await Promise.all(["Sheet1", "BSC"].map((n) => wb.readSheet(n)))).toEqual(before);
    const names = await wb.listSheets();
    expect(names.slice(0, 2)).toEqual(["Sheet1", "BSC"]);
    expect(names).toContain("BSC (2)");
    expect(names.filter((n) => /^AHP/.test(n))).toEqual(["AHP", "AHP (2)", "AHP (3)"]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test("a plan bug (a reference to a sheet not in the plan) writes nothing", async () => {
    const wb = new MemoryWorkbook();
    const plan: WorkbookPlan = {
      template: "umkm",
      lang: "en",
      title: "broken",
      activate: "a",
      sheets: [{ key: "a", name: "A", cells: [{ address: "A1", formula: "=«nowhere»!A1" }] }],
    };
    await expect(wb.applyPlan(plan)).rejects.toThrow("«nowhere»");
    expect(await wb.listSheets()).toEqual(["Sheet1"]);
  });
});

describe("speed", () => {
  test("reading every sheet of all four templates (one evaluation) takes well under a second", async () => {
    const wb = new MemoryWorkbook();
    for (const id of TEMPLATES) await wb.applyPlan(buildPlan(id, options()));
    const start = Date.now();
    for (const name of await wb.listSheets()) await wb.readSheet(name);
    expect(Date.now() - start).toBeLessThan(1000);
    // After a change only the evaluation is redone.
    await wb.replaceCells("Sheet1", [{ address: "A1", from: null, to: 1 }]);
    const again = Date.now();
    for (const name of await wb.listSheets()) await wb.readSheet(name);
    expect(Date.now() - again).toBeLessThan(1000);
  });
});

describe("insertAtSelection", () => {
  const block = {
    rows: [
      [1, 3],
      ["=1/C2", 1],
    ],
  };

  test("writes at the active cell and returns the range it filled", async () => {
    const wb = new MemoryWorkbook();
    await wb.goTo("Sheet1", "B2");
    expect(await wb.insertAtSelection(block)).toEqual({ sheet: "Sheet1", address: "B2:C3" });
    const sheet = await wb.readSheet("Sheet1");
    expect(sheet.values).toEqual([
      [1, 3],
      [1 / 3, 1],
    ]);
    expect(sheet.formulas[1][0]).toBe("=1/C2");
  });

  test("honours a declared spill: =AHP.WEIGHTS fills the column under it, and the area must be empty", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { A5: "mine" } });
    const matrix = {
      rows: [
        [1, 3, 5, "=AHP.WEIGHTS(A1:C3)"],
        ["=1/B1", 1, 3],
        ["=1/C1", "=1/C2", 1],
      ],
      numberFormat: [["0", "0", "0", "0.000"]],
      spills: [{ row: 0, col: 3, rows: 3, columns: 1 }],
    };
    expect(await wb.insertAtSelection(matrix)).toEqual({ sheet: "Sheet1", address: "A1:D3" });
    const sheet = await wb.readSheet("Sheet1");
    expect((at(sheet, "D1") as number).toFixed(10)).toBe("0.6369855717");
    expect((at(sheet, "D3") as number).toFixed(10)).toBe("0.1047294339");
    expect(at(sheet, "D2", "formulas")).toBe(at(sheet, "D2")); // a spilled value, as range.formulas shows it
    expect(wb.snapshot("Sheet1").cells[0][3].text).toBe("0.637");
    expect(wb.snapshot("Sheet1").cells[1][3].spilled).toBe(true);

    // A block whose spill would land on A5 ("mine") is refused, naming A5.
    await wb.goTo("Sheet1", "A4");
    await expect(
      wb.insertAtSelection({
        rows: [["=AHP.WEIGHTS(A1:C3)"]],
        spills: [{ row: 0, col: 0, rows: 3, columns: 1 }],
      })
    ).rejects.toThrow(
      "cell A5 on sheet 'Sheet1' is not empty; select a cell with 3 × 1 empty cells from it"
    );
  });

  test("refuses over a constant, a formula or a spilled value, naming the first occupied cell; writes nothing", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { B1: 2, C1: "=B1*2" } });
    await wb.goTo("Sheet1", "A1");
    await expect(wb.insertAtSelection({ rows: [[1, 2, 3]] })).rejects.toThrow(
      "cell B1 on sheet 'Sheet1'"
    );
    expect((await wb.readSheet("Sheet1")).values).toEqual([[2, 4]]);
    await wb.goTo("Sheet1", "A3");
    await wb.insertAtSelection({
      rows: [["=B1:C1"]],
      spills: [{ row: 0, col: 0, rows: 1, columns: 2 }],
    });
    await wb.goTo("Sheet1", "B3");
    await expect(wb.insertAtSelection({ rows: [[9]] })).rejects.toThrow(
      "cell B3 on sheet 'Sheet1' is not empty"
    );
  });

  test("a spill fills cells the block left empty but formatted (null with a number format)", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { A1: 0.25, A2: 0.75 } });
    await wb.goTo("Sheet1", "B1");
    await wb.insertAtSelection({
      rows: [["=A1:A2"], [null]],
      numberFormat: [["0%"], ["0%"]],
      spills: [{ row: 0, col: 0, rows: 2, columns: 1 }],
    });
    expect((await wb.readSheet("Sheet1")).values).toEqual([
      [0.25, 0.25],
      [0.75, 0.75],
    ]);
    expect(wb.snapshot("Sheet1").cells[1][1]).toMatchObject({ text: "75%", spilled: true });
  });

  test("a value typed into a spill area shows #SPILL! at the anchor, as in Excel", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { A1: 1, A2: 2 } });
    await wb.goTo("Sheet1", "B1");
    await wb.insertAtSelection({
      rows: [["=A1:A2"]],
      spills: [{ row: 0, col: 0, rows: 2, columns: 1 }],
    });
    expect((await wb.readSheet("Sheet1")).values).toEqual([
      [1, 1],
      [2, 2],
    ]);
    await wb.replaceCells("Sheet1", [{ address: "B2", from: 2, to: "x" }]);
    expect((await wb.readSheet("Sheet1")).values).toEqual([
      [1, "#SPILL!"],
      [2, "x"],
    ]);
  });
});

describe("refusals are typed: a code and what they concern, for the pane to word", () => {
  test("insert over B3: cellNotEmpty with the sheet, the cell and the block's size", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { B3: "mine" } });
    await wb.goTo("Sheet1", "A1");
    const refusal = await wb
      .insertAtSelection({
        rows: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      })
      .catch((e) => e);
    expect(refusal).toBeInstanceOf(WorkbookError);
    expect(refusal.problem).toEqual({
      code: "cellNotEmpty",
      sheet: "Sheet1",
      cell: "B3",
      rows: 3,
      columns: 2,
    });
    expect(refusal.message).toBe(
      "cell B3 on sheet 'Sheet1' is not empty; select a cell with 3 × 2 empty cells from it"
    );
  });

  test("a cell changed meanwhile: cellChanged with what was expected and what is there", async () => {
    const wb = new MemoryWorkbook({ KPI: { B6: "Omzet" } });
    const refusal = await wb
      .replaceCells("KPI", [{ address: "B6", from: "(KPI name)", to: "Laba" }])
      .catch((e) => e);
    expect(isWorkbookError(refusal)).toBe(true);
    expect(refusal.problem).toEqual({
      code: "cellChanged",
      sheet: "KPI",
      cell: "B6",
      expected: "(KPI name)",
      held: "Omzet",
    });
  });

  test("unknown sheet: noSheet; an empty block: nothingToInsert", async () => {
    const wb = new MemoryWorkbook();
    expect((await wb.readSheet("Gone").catch((e) => e)).problem).toEqual({
      code: "noSheet",
      sheet: "Gone",
    });
    expect((await wb.insertAtSelection({ rows: [] }).catch((e) => e)).problem).toEqual({
      code: "nothingToInsert",
    });
  });
});

describe("readSheetHeads", () => {
  test("each sheet's first rows of its used range, values computed; an empty sheet has address null", async () => {
    const wb = new MemoryWorkbook({
      Sheet1: {},
      Data: { B2: "Code", C2: "KPI", B3: 1, C3: "=B3*10", B4: 2, C4: "=B4*10" },
    });
    expect(await wb.readSheetHeads(2)).toEqual([
      { name: "Sheet1", address: null, values: [] },
      {
        name: "Data",
        address: "B2:C3",
        values: [
          ["Code", "KPI"],
          [1, 10],
        ],
      },
    ]);
    expect((await wb.readSheetHeads(30))[1].address).toBe("B2:C4");
  });
});

describe("replaceCells", () => {
  test("changes cells that still hold `from`; the new values are computed at once", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { A1: 1, A2: "=A1*10" } });
    await wb.replaceCells("Sheet1", [
      { address: "A1", from: 1, to: 4 },
      { address: "b1", from: null, to: "=A2+1" },
    ]);
    expect((await wb.readSheet("Sheet1")).values).toEqual([
      [4, 41],
      [40, ""],
    ]);
  });

  test("all or nothing: rejects naming the first cell that changed meanwhile, and writes none", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { A1: "KPI 1", A2: "KPI 2", A3: "=a1" } });
    await expect(
      wb.replaceCells("Sheet1", [
        { address: "A1", from: "KPI 1", to: "Omzet" },
        { address: "A2", from: "KPI 9", to: "Laba" },
        { address: "A3", from: "=A2", to: 0 },
      ])
    ).rejects.toThrow(
      `cell A2 on sheet 'Sheet1' no longer holds "KPI 9" (it holds "KPI 2"); nothing was changed`
    );
    expect((await wb.readSheet("Sheet1")).formulas).toEqual([["KPI 1"], ["KPI 2"], ["=a1"]]);
    // Formulas compare without regard to case or spaces; the number 5 and the text "5" look alike.
    await wb.replaceCells("Sheet1", [{ address: "A3", from: "= A1", to: 5 }]);
    await wb.replaceCells("Sheet1", [{ address: "A3", from: "5", to: null }]);
    expect((await wb.readSheet("Sheet1")).values).toEqual([["KPI 1"], ["KPI 2"]]);
  });

  test("an unknown sheet rejects", async () => {
    await expect(new MemoryWorkbook().replaceCells("Nope", [])).rejects.toThrow(
      "there is no sheet 'Nope'"
    );
  });
});

describe("selection and notifications", () => {
  test("goTo selects a cell or range (the values come with it); an unknown sheet rejects", async () => {
    const wb = new MemoryWorkbook({ Sheet1: { B2: 5, C2: "=B2*2" } });
    await wb.goTo("sheet1", "b2:c2");
    expect(await wb.getSelection()).toEqual({
      sheet: "Sheet1",
      address: "B2:C2",
      values: [[5, 10]],
    });
    await expect(wb.goTo("Dasbor", "A1")).rejects.toThrow("there is no sheet 'Dasbor'");
    await expect(wb.goTo("Sheet1", "not a cell")).rejects.toThrow();
  });

  test("subscribe hears every change (build, insert, replace, goTo) until unsubscribed", async () => {
    const wb = new MemoryWorkbook();
    // …so the pane may keep what it read until it hears a change.
    expect(wb.reportsEveryChange).toBe(true);
    const heard: number[] = [];
    const stop = wb.subscribe(() => heard.push(wb.version));
    await wb.applyPlan(buildPlan("umkm", options({ example: false })));
    await wb.goTo("Sheet1", "A1");
    await wb.insertAtSelection({ rows: [[1]] });
    await wb.replaceCells("Sheet1", [{ address: "A1", from: 1, to: 2 }]);
    expect(heard).toEqual([1, 2, 3, 4]);
    stop();
    await wb.goTo("Sheet1", "B1");
    expect(heard).toHaveLength(4);
  });
});

describe("the preview grid", () => {
  test("snapshot: A1 to the used range's corner, values formatted by the cell's number format", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(buildPlan("umkm", options({ lang: "en" })));
    const grid = wb.snapshot("UMKM KPIs");
    expect(grid.rows).toBeGreaterThan(14);
    expect(grid.cells[5][0]).toMatchObject({
      value: "Code",
      text: "Code",
      style: "header",
      formula: null,
    });
    // The first KPI (row 7): weight 25 in "0.0"; its achievement in "0.0%".
    const register = registerLayout(REGISTERS.umkm, 8);
    const [weight, achievement] = [
      register.columnOf("weightPct"),
      register.columnOf("achievement"),
    ];
    expect(grid.cells[6][weight]).toMatchObject({ value: 25, text: "25.0", numberFormat: "0.0" });
    expect(grid.cells[6][achievement].formula).toMatch(
      new RegExp(`^=IF\\(${register.cell("actual", 0)}="","",.*KPI\\.ACHIEVEMENT`)
    );
    expect(grid.cells[6][achievement].text).toMatch(/^\d+\.\d%$/);
    expect(wb.snapshot("UMKM KPIs", "id").cells[6][weight].text).toBe("25,0");
    expect(grid.columnWidths[register.columnOf("name")]).toBe(34);
    expect(wb.snapshot("UMKM KPIs")).toBe(grid); // cached until a change
  });
});

describe("cells refer to one another across sheets by their final names", () => {
  test("a judgement changed on 'AHP (2)' moves the weights of 'BSC (2)' only", async () => {
    const wb = new MemoryWorkbook();
    const plan = buildPlan("bsc", options());
    await wb.applyPlan(plan);
    await wb.applyPlan(plan);
    const weight = async (sheet: string) => at(await wb.readSheet(sheet), "K7");
    const before = await weight("BSC");
    await wb.replaceCells("AHP (2)", [{ address: "C7", from: 2, to: 1 }]);
    expect(await weight("BSC")).toBe(before);
    expect(await weight("BSC (2)")).not.toBe(before);
    expect(cellAddress(6, 10)).toBe("K7");
  });
});
