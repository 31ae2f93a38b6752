import { OfficeMockObject } from "office-addin-mock";
import { isSameContent } from "../../src/sheet/snapshot";
import {
  ExcelWorkbook,
  blockInput,
  firstOccupiedCell,
  localAddress,
} from "../../src/workbook/office";
import { WorkbookError } from "../../src/workbook/port";
import { FakeExcel } from "./fake-excel";
import { syntheticPlan } from "./synthetic-plan";

const globals = globalThis as any;

/** Excel.run over an office-addin-mock context. */
function mockExcel(context: Record<string, unknown>): any {
  return new OfficeMockObject({
    context,
    run: async function (this: any, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
}

/** Excel.run over the recording fake, and Office's requirement check answering from `supported`. */
function useFake(excel: FakeExcel, supported: string[] = ["1.9"]) {
  globals.Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) => batch(excel.context),
  };
  globals.Office = {
    context: {
      requirements: {
        isSetSupported: (_set: string, version: string) => supported.includes(version),
      },
    },
  };
}

/**
 * A collection the mock can load: office-addin-mock cannot follow "items/name" into an array, so
 * load() loads `items` whole — the code under test still asks for "items/name", as Office wants.
 */
function collection(items: { name: string }[]) {
  return {
    items,
    load: function (this: OfficeMockObject) {
      return OfficeMockObject.prototype.load.call(this, "items");
    },
  };
}

/** A selection for insertAtSelection: the active cell grows into `target`. */
function selection(target: { address: string; values: unknown[][]; formulas: unknown[][] }) {
  return {
    activeCell: {
      target: { ...target, numberFormat: [], worksheet: { name: "Sheet1" } },
      getResizedRange: function (this: any, rows: number, columns: number) {
        this.resizedBy = [rows, columns];
        return this.target;
      },
    },
    getActiveCell: function (this: any) {
      return this.activeCell;
    },
  };
}

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe("ExcelWorkbook with office-addin-mock", () => {
  test("listSheets: the sheet names in tab order", async () => {
    globals.Excel = mockExcel({
      workbook: { worksheets: collection([{ name: "Sheet1" }, { name: "BSC" }]) },
    });
    await expect(new ExcelWorkbook().listSheets()).resolves.toEqual(["Sheet1", "BSC"]);
  });

  test("getSelection: sheet, local address and values of the selected range", async () => {
    globals.Excel = mockExcel({
      workbook: {
        range: {
          address: "'Data 2024'!B2:C3",
          values: [
            [1, "a"],
            [2, "b"],
          ],
          worksheet: { name: "Data 2024" },
        },
        getSelectedRange: function (this: any) {
          return this.range;
        },
      },
    });
    await expect(new ExcelWorkbook().getSelection()).resolves.toEqual({
      sheet: "Data 2024",
      address: "B2:C3",
      values: [
        [1, "a"],
        [2, "b"],
      ],
    });
  });

  test("insertAtSelection refuses to overwrite and names the first occupied cell (C2)", async () => {
    const workbook = selection({
      address: "Sheet1!B2:C3",
      values: [
        ["", "typed"],
        ["", ""],
      ],
      formulas: [
        ["", "typed"],
        ["", ""],
      ],
    });
    globals.Excel = mockExcel({ workbook });
    const block = {
      rows: [
        ["KPI", 1],
        ["=B2*2", 2],
      ],
    };

    const refusal = await new ExcelWorkbook().insertAtSelection(block).catch((e) => e);
    expect(refusal.message).toBe(
      "Kinerja could not insert at the selection: cell C2 on sheet 'Sheet1' is not empty; select a cell with 2 × 2 empty cells from it"
    );
    // Typed, so the pane can say it in Indonesian: the code, the sheet, the cell, the size.
    expect(refusal).toBeInstanceOf(WorkbookError);
    expect(refusal.problem).toEqual({
      code: "cellNotEmpty",
      sheet: "Sheet1",
      cell: "C2",
      rows: 2,
      columns: 2,
    });
    const target = globals.Excel.context.workbook.activeCell.target;
    expect(target.formulas).toEqual([
      ["", "typed"],
      ["", ""],
    ]);
    expect(globals.Excel.context.workbook.activeCell.resizedBy).toEqual([1, 1]);
  });

  test("insertAtSelection writes values and formulas into an empty block", async () => {
    const workbook = selection({
      address: "Sheet1!B2:C3",
      values: [
        ["", ""],
        ["", ""],
      ],
      formulas: [
        ["", ""],
        ["", ""],
      ],
    });
    globals.Excel = mockExcel({ workbook });
    const block = { rows: [["1.1", 1], ["=B2*2"]] };

    await expect(new ExcelWorkbook().insertAtSelection(block)).resolves.toEqual({
      sheet: "Sheet1",
      address: "B2:C3",
    });
    // The short row is padded with null (left as it is); "1.1" stays text.
    expect(globals.Excel.context.workbook.activeCell.target.formulas).toEqual([
      ["'1.1", 1],
      ["=B2*2", null],
    ]);
  });
});

/** A sheet whose getRange answers with one range holding `formulas`. */
function sheetWithRange(formulas: unknown[][]) {
  return {
    worksheets: {
      sheet: {
        range: { formulas },
        getRange: function (this: any, address: string) {
          this.asked = address;
          return this.range;
        },
      },
      getItem: function (this: any) {
        return this.sheet;
      },
    },
  };
}

describe("ExcelWorkbook.replaceCells with office-addin-mock", () => {
  const changes = [
    { address: "B5", from: "(KPI name)", to: "On-time delivery" },
    { address: "C5", from: "=SUM(A1)", to: null },
  ];

  test("changes the cells that still hold what the catalogue put there; null empties a cell", async () => {
    globals.Excel = mockExcel({ workbook: sheetWithRange([["(KPI name)", "=sum(A1)"]]) });
    await new ExcelWorkbook().replaceCells("BSC", changes);
    const sheet = globals.Excel.context.workbook.worksheets.sheet;
    expect(sheet.asked).toBe("B5:C5");
    expect(sheet.range.formulas).toEqual([["On-time delivery", ""]]);
  });

  test("refuses, naming the cell the user changed, and writes nothing", async () => {
    globals.Excel = mockExcel({ workbook: sheetWithRange([["(KPI name)", 42]]) });
    const refusal = await new ExcelWorkbook().replaceCells("BSC", changes).catch((e) => e);
    expect(refusal.message).toBe(
      "Kinerja could not change cells: cell C5 on sheet 'BSC' no longer holds \"=SUM(A1)\" (it holds 42); nothing was changed"
    );
    expect(refusal.problem).toEqual({
      code: "cellChanged",
      sheet: "BSC",
      cell: "C5",
      expected: "=SUM(A1)",
      held: 42,
    });
    expect(globals.Excel.context.workbook.worksheets.sheet.range.formulas).toEqual([
      ["(KPI name)", 42],
    ]);
  });
});

describe("ExcelWorkbook with the recording fake", () => {
  test("applyPlan refuses an Excel without ExcelApi 1.9, before touching the workbook", async () => {
    const excel = new FakeExcel();
    useFake(excel, []);
    const refusal = await new ExcelWorkbook().applyPlan(syntheticPlan(3)).catch((e) => e);
    expect(refusal.message).toMatch(
      /^Kinerja could not build the scorecard: this version of Excel is too old \(Kinerja needs ExcelApi 1\.9/
    );
    expect(refusal.problem).toEqual({ code: "excelTooOld", required: "1.9" });
    expect(excel.syncs).toBe(0);
  });

  test("applyPlan builds in 3 round trips and adds notes where ExcelApi 1.18 has them", async () => {
    const excel = new FakeExcel({ sheets: ["BSC"] });
    useFake(excel, ["1.9", "1.18"]);
    const result = await new ExcelWorkbook().applyPlan(syntheticPlan(10));
    expect(result.syncs).toBe(3);
    expect(result.sheets[0]).toEqual({ key: "register", name: "BSC (2)" });
    expect(excel.writes.filter((w) => w.what === "notes.add")).toHaveLength(10);
  });

  test("readSheet: an empty sheet has address null; a used one its local address", async () => {
    const excel = new FakeExcel({
      sheets: [
        "Empty",
        {
          name: "Data",
          used: {
            address: "Data!B2:C3",
            values: [
              [1, 2],
              [3, 4],
            ],
            formulas: [
              [1, 2],
              [3, "=C2+1"],
            ],
          },
        },
      ],
    });
    useFake(excel);
    const workbook = new ExcelWorkbook();
    await expect(workbook.readSheet("Empty")).resolves.toEqual({
      name: "Empty",
      address: null,
      values: [],
      formulas: [],
    });
    await expect(workbook.readSheet("Data")).resolves.toEqual({
      name: "Data",
      address: "B2:C3",
      values: [
        [1, 2],
        [3, 4],
      ],
      formulas: [
        [1, 2],
        [3, "=C2+1"],
      ],
    });
    const failure = await workbook.readSheet("Gone").catch((e) => e);
    expect(failure.message).toMatch(/^Kinerja could not read sheet 'Gone': /);
    // Excel's own reason, and the step as data for the pane to word.
    expect(failure.problem).toMatchObject({
      code: "excelFailed",
      step: { kind: "readSheet", sheet: "Gone" },
    });
    expect(failure.problem.reason).toBe(
      failure.message.slice("Kinerja could not read sheet 'Gone': ".length)
    );
    expect(excel.syncs).toBe(3);
  });

  test("goTo activates the sheet and selects the cell in one round trip", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1", "BSC"] });
    useFake(excel);
    await new ExcelWorkbook().goTo("BSC", "F7");
    expect(excel.activeSheet).toBe("BSC");
    expect(excel.selection).toEqual({ sheet: "BSC", address: "F7" });
    expect(excel.syncs).toBe(1);
  });
});

describe("ExcelWorkbook helpers", () => {
  test("localAddress drops the sheet, even one with '!' in its name", () => {
    expect(localAddress("'Hi! there'!A1:B2")).toBe("A1:B2");
    expect(localAddress("A1")).toBe("A1");
  });

  test("a cell still holds what was put there: formulas up to case and spaces, numbers as text", () => {
    expect(isSameContent("=SUM(A1:A3)", "=sum(a1:a3)")).toBe(true);
    expect(isSameContent("", null)).toBe(true);
    expect(isSameContent(2024, "2024")).toBe(true);
    expect(isSameContent("typed", null)).toBe(false);
    expect(isSameContent(5, "=A1")).toBe(false);
  });

  test("a cell filled by someone else's spill counts as occupied", () => {
    expect(
      firstOccupiedCell(
        "D4:E5",
        [
          ["", ""],
          ["", ""],
        ],
        [
          ["", ""],
          [7, ""],
        ]
      )
    ).toBe("D5");
    expect(
      firstOccupiedCell(
        "D4:E5",
        [
          ["", ""],
          ["", ""],
        ],
        [
          ["", ""],
          ["", ""],
        ]
      )
    ).toBeNull();
  });

  test("blockInput pads short rows and number formats; an empty block is refused", () => {
    expect(blockInput({ rows: [["a"], ["b", 2]], numberFormat: [["@"]] })).toEqual({
      matrix: [
        ["a", null],
        ["b", 2],
      ],
      numberFormat: [
        ["@", null],
        [null, null],
      ],
      rows: 2,
      columns: 2,
    });
    expect(() => blockInput({ rows: [] })).toThrow("there is nothing to insert");
  });

  test("blockInput covers what the block's formulas spill: =AHP.WEIGHTS in A1 filling 4 rows checks 4 rows", () => {
    const input = blockInput({
      rows: [["=AHP.WEIGHTS(B1:E4)", 1]],
      spills: [{ row: 0, col: 0, rows: 4, columns: 1 }],
    });
    expect([input.rows, input.columns]).toEqual([4, 2]);
    expect(input.matrix[3]).toEqual([null, null]);
  });
});

/**
 * A hand-made Excel for readSheetHeads and subscribe: sheets with a used range (or none), the
 * calls made on them, the round trips, and the worksheet events registered.
 */
function headsExcel(sheets: { name: string; used?: { top: number; rows: string[][] } }[]) {
  const calls: string[] = [];
  let syncs = 0;
  const events: Record<string, ((...args: unknown[]) => Promise<void>)[]> = {};
  const removed: string[] = [];
  const event = (name: string) => ({
    add: (handler: () => Promise<void>) => {
      (events[name] ??= []).push(handler);
      return {
        context,
        remove: () => {
          removed.push(name);
        },
      };
    },
  });
  const context = {
    sync: async () => {
      syncs++;
    },
    workbook: {
      worksheets: {
        items: sheets.map(({ name, used }) => ({
          name,
          getUsedRangeOrNullObject: (valuesOnly: boolean) => {
            calls.push(`${name}.getUsedRangeOrNullObject(${valuesOnly})`);
            const width = used ? used.rows[0].length : 0;
            return {
              load: () => undefined,
              isNullObject: !used,
              rowCount: used?.rows.length ?? 0,
              address: used
                ? `'${name}'!A${used.top}:${String.fromCharCode(64 + width)}${used.top + used.rows.length - 1}`
                : "",
              values: used?.rows,
              // A formula where a value starts with "=" is typed: the value shown is its text here.
              formulas: used?.rows.map((row) => row.map((cell) => (cell === "F1" ? "=A1" : cell))),
              getRow: (row: number) => ({
                getResizedRange: (rows: number, columns: number) => {
                  calls.push(`${name}.getRow(${row}).getResizedRange(${rows}, ${columns})`);
                  const top = used!.top;
                  const width = used!.rows[0].length;
                  const last = String.fromCharCode(64 + width);
                  return {
                    load: () => undefined,
                    address: `'${name}'!A${top}:${last}${top + rows}`,
                    values: used!.rows.slice(0, rows + 1),
                  };
                },
              }),
            };
          },
        })),
        load: function (this: unknown) {
          return this;
        },
        onAdded: event("onAdded"),
        onDeleted: event("onDeleted"),
        onNameChanged: event("onNameChanged"),
      },
    },
  };
  globals.Excel = {
    run: (first: unknown, second?: (c: unknown) => Promise<unknown>) =>
      (second ?? (first as (c: unknown) => Promise<unknown>))(context),
  };
  globals.Office = {
    context: { requirements: { isSetSupported: (_: string, v: string) => v !== "1.17" } },
  };
  return { calls, events, removed, syncs: () => syncs };
}

describe("ExcelWorkbook.readSheetHeads and subscribe", () => {
  test("three round trips for any number of sheets: names, used ranges, then the first rows of each", async () => {
    const register = [
      ["Kode", "KPI"],
      ["F1", "Omzet"],
      ["F2", "Laba"],
    ];
    const excel = headsExcel([
      { name: "Sheet1" },
      { name: "KPI UMKM", used: { top: 1, rows: register } },
      { name: "Tiny", used: { top: 4, rows: [["x", "y"]] } },
    ]);
    const heads = await new ExcelWorkbook().readSheetHeads(2);
    expect(heads).toEqual([
      { name: "Sheet1", address: null, values: [] },
      { name: "KPI UMKM", address: "A1:B2", values: register.slice(0, 2) },
      { name: "Tiny", address: "A4:B4", values: [["x", "y"]] },
    ]);
    expect(excel.syncs()).toBe(3);
    expect(excel.calls).toEqual([
      "Sheet1.getUsedRangeOrNullObject(true)",
      "KPI UMKM.getUsedRangeOrNullObject(true)",
      "Tiny.getUsedRangeOrNullObject(true)",
      // Never more rows than the used range has.
      "KPI UMKM.getRow(0).getResizedRange(1, 0)",
      "Tiny.getRow(0).getResizedRange(0, 0)",
    ]);
  });

  test("readSheets: two round trips for any number of sheets, values and formulas of each used range", async () => {
    const register = [
      ["Kode", "KPI"],
      ["F1", "Omzet"],
    ];
    const excel = headsExcel([
      { name: "Sheet1" },
      { name: "KPI UMKM", used: { top: 1, rows: register } },
      { name: "Tiny", used: { top: 4, rows: [["x", "y"]] } },
    ]);
    const sheets = await new ExcelWorkbook().readSheets();
    expect(sheets).toEqual([
      { name: "Sheet1", address: null, values: [], formulas: [] },
      {
        name: "KPI UMKM",
        address: "A1:B2",
        values: register,
        formulas: [
          ["Kode", "KPI"],
          ["=A1", "Omzet"],
        ],
      },
      { name: "Tiny", address: "A4:B4", values: [["x", "y"]], formulas: [["x", "y"]] },
    ]);
    expect(excel.syncs()).toBe(2);
  });

  test("subscribe hears sheets added and deleted (renames need ExcelApi 1.17), until unsubscribed", async () => {
    const excel = headsExcel([{ name: "Sheet1" }]);
    const heard: string[] = [];
    const stop = new ExcelWorkbook().subscribe(() => heard.push("changed"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Object.keys(excel.events).sort()).toEqual(["onAdded", "onDeleted"]);
    await excel.events.onAdded[0]();
    await excel.events.onDeleted[0]();
    expect(heard).toEqual(["changed", "changed"]);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.removed.sort()).toEqual(["onAdded", "onDeleted"]);
  });

  test("subscribe: Excel refusing the events is logged, not swallowed (the pane reads again when it needs to)", async () => {
    headsExcel([{ name: "Sheet1" }]);
    globals.Excel = { run: async () => Promise.reject(new Error("Events are not supported")) };
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      const stop = new ExcelWorkbook().subscribe(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(warn.mock.calls).toEqual([
        ["Kinerja could not listen to sheet changes: Events are not supported"],
      ]);
      stop();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
    }
  });
});
