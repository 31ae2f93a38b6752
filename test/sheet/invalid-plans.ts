/**
 * One broken copy of the .xlsx fixture plan per rule validatePlan enforces, with the message every
 * writer must refuse it with. validate.test.ts checks validatePlan against each; the writers' test
 * (test/workbook/writers-refuse.test.ts) checks that the Office.js writer, the .xlsx writer and the
 * in-memory workbook refuse each one with that same message.
 */
import type { SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import type { PlanRule } from "../../src/sheet/validate";
import { FIXTURE_PLAN } from "../workbook/xlsx-fixture";

export interface InvalidPlan {
  /** The example, as the test's name. */
  example: string;
  rule: PlanRule;
  plan: WorkbookPlan;
  message: string;
}

/** A deep copy of the fixture (sheet "data" = Data (input), "dash" = Dashboard), broken by `breakIt`. */
function broken(
  breakIt: (data: SheetPlan, dash: SheetPlan, plan: WorkbookPlan) => void
): WorkbookPlan {
  const plan = JSON.parse(JSON.stringify(FIXTURE_PLAN)) as WorkbookPlan;
  breakIt(plan.sheets[0], plan.sheets[1], plan);
  return plan;
}

const box = (key: string) => ({
  kind: "box" as const,
  key,
  text: key,
  left: 0,
  top: 0,
  width: 50,
  height: 20,
  fill: "#FFFFFF",
  line: "#000000",
  fontColor: "#000000",
});

export const INVALID_PLANS: InvalidPlan[] = [
  {
    example: "two sheets keyed «data»",
    rule: "sheet-key-twice",
    plan: broken((_data, dash) => (dash.key = "data")),
    message: "invalid plan (sheet-key-twice): sheet «data»: two sheets have this key",
  },
  {
    example: "the sheet to open, «nope», is not in the plan",
    rule: "activate-unknown",
    plan: broken((_data, _dash, plan) => (plan.activate = "nope")),
    message: "invalid plan (activate-unknown): the sheet to open, «nope», is not in the plan",
  },
  {
    example: 'a sheet named "Q1/Q2" (Excel refuses "/")',
    rule: "sheet-name",
    plan: broken((_data, dash) => (dash.name = "Q1/Q2")),
    message:
      'invalid plan (sheet-name): sheet «dash»: Excel refuses the sheet name "Q1/Q2" (1 to 31 characters, none of [ ] : * ? / \\, no \' first or last, not "History")',
  },
  {
    example: 'a cell at "4B"',
    rule: "address",
    plan: broken((data) => data.cells.push({ address: "4B", value: 1 })),
    message: 'invalid plan (address): sheet «data» 4B: "4B" is not a cell on the sheet',
  },
  {
    example: "a merge A1:XFE1, past the last column XFD",
    rule: "address",
    plan: broken((data) => (data.merges = ["A1:XFE1"])),
    message:
      'invalid plan (address): sheet «data» A1:XFE1: merge "A1:XFE1" is not a range on the sheet',
  },
  {
    example: "B4 written twice (as $b$4)",
    rule: "cell-twice",
    plan: broken((data) => data.cells.push({ address: "$b$4", value: 0.4 })),
    message: "invalid plan (cell-twice): sheet «data» B4: the plan writes this cell twice",
  },
  {
    example: 'a formula "SUM(B4:B6)" without "="',
    rule: "formula",
    plan: broken((data) => data.cells.push({ address: "B8", formula: "SUM(B4:B6)" })),
    message:
      'invalid plan (formula): sheet «data» B8: formula "SUM(B4:B6)" does not start with "="',
  },
  {
    example: "a cell holding NaN",
    rule: "number",
    plan: broken((data) => data.cells.push({ address: "B8", value: NaN })),
    message: "invalid plan (number): sheet «data» B8: holds NaN, which Excel cannot store",
  },
  {
    example: "a formula reading «nowhere»!A1",
    rule: "sheet-ref",
    plan: broken((_data, dash) => dash.cells.push({ address: "Z1", formula: "=«nowhere»!A1" })),
    message:
      "invalid plan (sheet-ref): sheet «dash» Z1: refers to sheet «nowhere», which is not in the plan",
  },
  {
    example: "a drop-down whose source is on «nowhere»",
    rule: "sheet-ref",
    plan: broken((data) =>
      data.validations!.push({ range: "E8", type: "list", source: "=«nowhere»!$A$1:$A$3" })
    ),
    message:
      "invalid plan (sheet-ref): sheet «data» E8: refers to sheet «nowhere», which is not in the plan",
  },
  {
    example: "a spill of 0 rows",
    rule: "spill",
    plan: broken((data) =>
      data.cells.push({ address: "K4", formula: "=F4:G5", spill: { rows: 0, columns: 2 } })
    ),
    message: "invalid plan (spill): sheet «data» K4: spills 0 × 2 cells",
  },
  {
    example: "a spill on a constant",
    rule: "spill",
    plan: broken((data) =>
      data.cells.push({ address: "K4", value: 1, spill: { rows: 2, columns: 1 } })
    ),
    message:
      "invalid plan (spill): sheet «data» K4: only a formula spills; this cell holds a value",
  },
  {
    example: "G3 spilling 2 × 2 (G3:H4) onto H4, where another spill starts",
    rule: "spill-overlap",
    plan: broken((data) =>
      data.cells.push({ address: "G3", formula: "=F4:G4", spill: { rows: 2, columns: 2 } })
    ),
    message:
      "invalid plan (spill-overlap): sheet «data» G3: its spill and the spill of H4 both cover H4",
  },
  {
    example: "H5 typed under =AHP.WEIGHTS at H4 (2 rows)",
    rule: "under-spill",
    plan: broken((data) => data.cells.push({ address: "H5", value: 1 })),
    message:
      "invalid plan (under-spill): sheet «data» H5: has content inside the spill of H4; Excel would show #SPILL! there",
  },
  {
    example: "a merge H5:I5 where H4's spill arrives",
    rule: "spill-merge",
    plan: broken((data) => data.merges!.push("H5:I5")),
    message:
      "invalid plan (spill-merge): sheet «data» H5:I5: the spill of H4 reaches into this merge; Excel would show #SPILL!",
  },
  {
    example: "B1 typed inside the title's merge A1:D1",
    rule: "inside-merge",
    plan: broken((data) => data.cells.push({ address: "B1", value: "lost" })),
    message:
      "invalid plan (inside-merge): sheet «data» B1: has content inside the merge A1:D1, which hides it",
  },
  {
    example: "merges A1:D1 and D1:E1",
    rule: "merge-overlap",
    plan: broken((data) => data.merges!.push("D1:E1")),
    message: "invalid plan (merge-overlap): sheet «data» D1:E1: overlaps the merge A1:D1",
  },
  {
    example: 'a table named "KPI list" (a space)',
    rule: "table-name",
    plan: broken((data) => (data.tables![0].name = "KPI list")),
    message:
      'invalid plan (table-name): sheet «data» A3:D6: table name "KPI list" is not a valid Excel name',
  },
  {
    example: "a table of its header row alone",
    rule: "table-size",
    plan: broken((data) => (data.tables![0].range = "A3:D3")),
    message:
      "invalid plan (table-size): sheet «data» A3:D3: table KPIs needs a header row and a data row",
  },
  {
    example: "a table whose header F4 holds a number",
    rule: "table-header",
    plan: broken((data) => (data.tables = [{ name: "Bad", range: "F4:G5" }])),
    message:
      "invalid plan (table-header): sheet «data» F4: table Bad: a header cell must hold a column name (text)",
  },
  {
    example: 'a table whose headers say "Score" and "score"',
    rule: "table-header",
    plan: broken((data) => (data.cells.find((c) => c.address === "D3")!.value = "score")),
    message:
      'invalid plan (table-header): sheet «data» D3: table KPIs: the column name "score" appears twice',
  },
  {
    example: "a calculated column D whose D5 does not hold D4's formula moved down",
    rule: "table-calculated",
    plan: broken((data) => {
      data.tables![0].calculated = [
        { col: 3, formula: '=IF(C4>=7,"GREEN",IF(C4>=4,"YELLOW","RED"))' },
      ];
      data.cells.find((c) => c.address === "D5")!.formula =
        '=IF(C5>=8,"GREEN",IF(C5>=4,"YELLOW","RED"))';
    }),
    message:
      'invalid plan (table-calculated): sheet «data» D5: table KPIs: a calculated column\'s cell must hold =IF(C5>=7,"GREEN",IF(C5>=4,"YELLOW","RED"))',
  },
  {
    example: "tables A3:D6 and D5:E7",
    rule: "table-overlap",
    plan: broken((data) => data.tables!.push({ name: "More", range: "D5:E7" })),
    message: "invalid plan (table-overlap): sheet «data» D5:E7: overlaps the table KPIs",
  },
  {
    example: "a table over the merge A1:D1",
    rule: "table-overlap",
    plan: broken((data) => (data.tables![0].range = "A1:D6")),
    message: "invalid plan (table-overlap): sheet «data» A1:D6: overlaps the merge A1:D1",
  },
  {
    example: 'a drop-down choice "a,b"',
    rule: "list",
    plan: broken((data) => data.validations!.push({ range: "E8", type: "list", values: ["a,b"] })),
    message:
      'invalid plan (list): sheet «data» E8: the choice "a,b" holds a comma or a quote, which Excel reads as a separator',
  },
  {
    example: "26 drop-down choices of 10 characters (285 with the commas)",
    rule: "list",
    plan: broken((data) =>
      data.validations!.push({
        range: "E8",
        type: "list",
        values: Array.from({ length: 26 }, (_, k) => `choice ${String(k).padStart(3, "0")}`),
      })
    ),
    message: "invalid plan (list): sheet «data» E8: the choices exceed Excel's 255 characters",
  },
  {
    example: 'a name "B12" (it reads as a cell)',
    rule: "name",
    plan: broken((data) => (data.names = [{ name: "B12", range: "A1" }])),
    message: 'invalid plan (name): sheet «data» A1: "B12" is not a valid Excel name',
  },
  {
    example: 'the name "Weights" twice on a sheet',
    rule: "name-twice",
    plan: broken((data) => data.names!.push({ name: "weights", range: "C4:C6" })),
    message:
      'invalid plan (name-twice): sheet «data» C4:C6: the name "weights" is defined twice on this sheet',
  },
  {
    example: "a chart of one column (no categories)",
    rule: "chart-data",
    plan: broken((_data, dash) => (dash.charts![0].data = "B3:B6")),
    message:
      "invalid plan (chart-data): sheet «dash» B3:B6: chart trend needs a header row and a category column",
  },
  {
    example: 'a box keyed "trend", like a chart',
    rule: "drawing-key-twice",
    plan: broken((_data, dash) => dash.shapes!.push(box("trend"))),
    message:
      'invalid plan (drawing-key-twice): sheet «dash»: two charts or shapes have the key "trend"',
  },
  {
    example: 'an arrow to "nowhere"',
    rule: "arrow-ends",
    plan: broken((_data, dash) =>
      dash.shapes!.push({
        kind: "arrow",
        key: "lost",
        from: "cus",
        to: "nowhere",
        color: "#000000",
      })
    ),
    message:
      'invalid plan (arrow-ends): sheet «dash»: arrow "lost" joins "cus" and "nowhere", which are not both boxes on this sheet',
  },
  {
    example: 'a tab colour "navy"',
    rule: "colour",
    plan: broken((data) => (data.tabColor = "navy")),
    message: 'invalid plan (colour): sheet «data»: "navy" is not a colour as #RRGGBB',
  },
  {
    example: "a column 0 characters wide",
    rule: "size",
    plan: broken((data) => data.columns!.push({ index: 5, width: 0 })),
    message: "invalid plan (size): sheet «data»: column 5 cannot be 0 characters wide",
  },
  {
    example: "a row 500 points tall (Excel's limit is 409)",
    rule: "size",
    plan: broken((data) => (data.rows = [{ index: 2, height: 500 }])),
    message: "invalid plan (size): sheet «data»: row 2 cannot be 500 points tall",
  },
];
