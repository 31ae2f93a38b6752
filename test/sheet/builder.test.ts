/**
 * Rows are made tall enough for their wrapped headers and text (neither Excel nor LibreOffice grows
 * a row for text a program wrote), and both writers apply the height the plan gives.
 */
import ExcelJS from "exceljs";
import { SheetBuilder, fittingWidth, rowHeights, wrappedLines } from "../../src/sheet/builder";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { sheetOperations } from "../../src/workbook/office-writer";
import { writePlanToXlsx } from "../../src/workbook/xlsx-writer";
import { anchorAtPoint, sheetGeometry } from "../../src/workbook/xlsx-drawings";

describe("wrappedLines: greedy word wrap at 0.9 characters per unit of column width", () => {
  test.each([
    ["Weight", 10, 1], // 9 characters fit per line
    ["Performance index", 16, 2], // 14 per line: "Performance" / "index"
    ["Performance index", 20, 1], // 18 per line
    ["Worst (L0)", 9, 2], // 8 per line: "Worst" / "(L0)"
    ["Pencapaian", 5, 3], // 4 per line, one long word broken: 4 + 4 + 2
    ["", 8, 1],
  ])("%j in a column %d wide takes %d line(s)", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

describe("fittingWidth: the longest text plus one character, between min and max", () => {
  test.each([
    [["Revenue", "Customer retention"], 14, 30, 19], // 18 characters + 1
    [["Revenue"], 14, 30, 14], // shorter than min
    [["Net promoter score of the retail customers"], 14, 30, 30], // 42 characters, capped
    [["A label far longer than any other label in the column"], 20, Infinity, 54], // no cap
  ] as const)("%j within %d…%d is %d", (texts, min, max, width) => {
    expect(fittingWidth(texts, min, max)).toBe(width);
  });

  test("only texts count: a column of blanks and numbers is `empty` wide (min by default)", () => {
    expect(fittingWidth([null, "", 123456789012345], 14, 66, 30)).toBe(30);
    expect(fittingWidth([null, ""], 14, 66)).toBe(14);
    expect(fittingWidth([null, "Retail"], 14, 66, 30)).toBe(14);
  });
});

describe("row heights: SheetBuilder.build makes rows tall enough for wrapped text (rowHeights)", () => {
  test("15 pt per line of the tallest header in the row, at most 3 lines; other styles ignored", () => {
    const sheet = new SheetBuilder("s", "S");
    sheet.putRow(2, 0, ["Code", "Performance index"], { style: "header" });
    sheet.putRow(5, 0, ["A much longer header label than fits", "x"], { style: "header" });
    sheet.put(8, 1, "Performance index but not a header", { style: "label" });
    sheet.put(9, 1, "=1+1", { style: "header" });
    sheet.widths([6, 10]);
    const plan = sheet.build();
    expect(plan.rows).toEqual([
      { index: 2, height: 30 },
      { index: 5, height: 45 },
    ]);
    // The heights follow the column widths: in wider columns every header fits on one line.
    expect(
      rowHeights(
        plan.cells,
        [
          { index: 1, width: 40 },
          { index: 0, width: 60 },
        ],
        []
      )
    ).toEqual([]);
  });

  test("wrapped text: 1.15 characters per unit, across its merge, at most 6 lines; a taller merge keeps its rows", () => {
    const sheet = new SheetBuilder("s", "S").widths([8, 10, 10]);
    const text = "one two three four five six"; // 11 per line in 10: "one two" / "three four" / "five six"
    const long = "word ".repeat(40).trim();
    sheet.put(1, 1, text, { wrap: true });
    sheet.put(3, 1, text, { wrap: true }).merge(3, 1, 3, 2); // 23 per line in 20: 2 lines
    sheet.put(5, 1, long, { wrap: true }); // 20 lines' worth, capped at 6
    sheet.put(7, 1, long, { wrap: true }).merge(7, 1, 8, 2);
    sheet.put(10, 1, long, { style: "label" }); // not wrapped: runs on, the row stays
    expect(sheet.build().rows).toEqual([
      { index: 1, height: 45 },
      { index: 3, height: 30 },
      { index: 5, height: 90 },
    ]);
  });

  test("a sheet whose headers fit leaves `rows` out of the plan", () => {
    const sheet = new SheetBuilder("s", "S");
    sheet.putRow(0, 0, ["Code", "KPI"], { style: "header" });
    expect(sheet.build().rows).toBeUndefined();
  });

  test("the templates' wrapped headers get heights (BSC register: 'Perspective weight' in 11 wide)", () => {
    const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true, lang: "en" });
    const register = plan.sheets.find((s) => s.key === "register")!;
    const header = register.cells.find((c) => c.value === "Perspective weight")!;
    const row = Number(header.address.replace(/^[A-Z]+/, "")) - 1;
    expect(register.rows).toContainEqual({ index: row, height: 30 });
  });
});

describe("both writers apply the row heights", () => {
  const plan: WorkbookPlan = {
    template: "umkm",
    lang: "en",
    title: "t",
    activate: "s",
    sheets: [
      {
        key: "s",
        name: "S",
        cells: [{ address: "B3", value: "Performance index", style: "header" }],
        columns: [{ index: 1, width: 10 }],
        rows: [{ index: 2, height: 30 }],
      },
    ],
  } as unknown as WorkbookPlan;

  test("Office.js: one rowHeight operation for row 3, in points", () => {
    const ops = sheetOperations(plan.sheets[0], {
      sheetNames: new Map([["s", "S"]]),
      tableNames: new Map(),
      localNames: new Map(),
      lang: "en",
      notes: false,
    });
    expect(ops.filter((op) => op.kind === "rowHeight")).toEqual([
      { kind: "rowHeight", address: "3:3", points: 30 },
    ]);
  });

  test(".xlsx: row 3 is 30 pt high; the others keep the default", async () => {
    const buffer = await writePlanToXlsx(plan, { now: new Date("2024-06-30T12:00:00Z") });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("S")!;
    expect(sheet.getRow(3).height).toBe(30);
    expect(sheet.getRow(2).height).toBeUndefined();
  });

  test("drawings anchor below a taller row: 40 pt down is 5 pt into row 3 when row 2 is 30 pt", () => {
    // Default rows are 15 pt (20 px); row 2 (index 1) here is 30 pt.
    const geometry = sheetGeometry([], [{ index: 1, height: 30 }]);
    expect(anchorAtPoint(geometry, 0, 50)).toMatchObject({ row: 2, rowOff: 5 * 12700 });
  });
});
