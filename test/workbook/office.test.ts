import { OfficeMockObject } from "office-addin-mock";
import {
  ExcelWorkbook,
  blockInput,
  firstOccupiedCell,
  isSameContent,
  localAddress,
} from "../../src/workbook/office";
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

    await expect(new ExcelWorkbook().insertAtSelection(block)).rejects.toThrow(
      "Kinerja could not insert at the selection: cell C2 on sheet 'Sheet1' is not empty"
    );
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
    await expect(new ExcelWorkbook().replaceCells("BSC", changes)).rejects.toThrow(
      "Kinerja could not change cells on sheet 'BSC': cell C5 no longer holds \"=SUM(A1)\" (it holds 42); nothing was changed"
    );
    expect(globals.Excel.context.workbook.worksheets.sheet.range.formulas).toEqual([
      ["(KPI name)", 42],
    ]);
  });
});

describe("ExcelWorkbook with the recording fake", () => {
  test("applyPlan refuses an Excel without ExcelApi 1.9, before touching the workbook", async () => {
    const excel = new FakeExcel();
    useFake(excel, []);
    await expect(new ExcelWorkbook().applyPlan(syntheticPlan(3))).rejects.toThrow(
      "Kinerja could not build the scorecard: this version of Excel is too old (Kinerja needs ExcelApi 1.9"
    );
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
    await expect(workbook.readSheet("Gone")).rejects.toThrow(
      "Kinerja could not read sheet 'Gone':"
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
