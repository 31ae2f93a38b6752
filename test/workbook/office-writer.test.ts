import type { ApplyProgress } from "../../src/workbook/port";
import type { WorkbookPlan } from "../../src/sheet/plan";
import {
  applyPlanWithExcel,
  arrowGeometry,
  borderEdges,
  columnWidthPoints,
  conditionalRule,
  ExcelStepError,
  rectangles,
  textInput,
  validationRule,
  workbookOperations,
} from "../../src/workbook/office-writer";
import { CELL_FORMATS, PALETTE } from "../../src/workbook/styles";
import { parseCell } from "../../src/sheet/a1";
import { FakeExcel } from "./fake-excel";
import { FIRST_KPI_ROW, syntheticPlan } from "./synthetic-plan";
import { SPILL_ANCHOR_PLAN } from "./xlsx-fixture";

const noNamesInUse = { sheets: [], tables: [], names: [] };

function block(top: number, left: number, bottom: number, right: number) {
  const cells = [];
  for (let row = top; row <= bottom; row++)
    for (let col = left; col <= right; col++) cells.push({ row, col });
  return cells;
}

describe("office-writer, pure part: plan → operations", () => {
  test("200 rows × 6 columns of content are one rectangle", () => {
    expect(rectangles(block(3, 0, 202, 5))).toEqual([{ top: 3, left: 0, bottom: 202, right: 5 }]);
  });

  test("a gap splits a row in two runs; runs over different columns do not stack", () => {
    const cells = ["A1", "B1", "D1", "A2", "B2", "A3", "B3", "C3"].map((a) => parseCell(a));
    expect(rectangles(cells)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 3, bottom: 0, right: 3 },
      { top: 2, left: 0, bottom: 2, right: 2 },
    ]);
  });

  test("content and number formats bridge gaps with null (left as is): A3, B3, D3 are one write", () => {
    const plan: WorkbookPlan = {
      ...syntheticPlan(1),
      sheets: [
        {
          key: "s",
          name: "S",
          cells: [
            { address: "A3", value: "Weight", numberFormat: "@" },
            { address: "B3", value: 0.5, numberFormat: "0%" },
            { address: "D3", formula: "=B3*2" },
          ],
        },
      ],
      activate: "s",
    };
    const ops = workbookOperations(plan, noNamesInUse).sheets[0].operations;
    expect(ops).toEqual([
      { kind: "numberFormat", address: "A3:B3", matrix: [["@", "0%"]] },
      {
        kind: "cells",
        address: "A3:D3",
        property: "formulas",
        matrix: [["Weight", 0.5, null, "=B3*2"]],
      },
    ]);
  });

  test("content inside a merge, other than its top-left cell, is a plan bug", () => {
    const plan: WorkbookPlan = {
      ...syntheticPlan(1),
      sheets: [
        {
          key: "s",
          name: "S",
          cells: [
            { address: "A1", value: "Title" },
            { address: "B1", value: "lost" },
          ],
          merges: ["A1:D1"],
        },
      ],
      activate: "s",
    };
    expect(() => workbookOperations(plan, noNamesInUse)).toThrow(
      "invalid plan (inside-merge): sheet «s» B1: has content inside the merge A1:D1, which hides it"
    );
  });

  test("10 and 200 KPIs give the same number of operations on every sheet", () => {
    const small = workbookOperations(syntheticPlan(10), noNamesInUse);
    const large = workbookOperations(syntheticPlan(200), noNamesInUse);
    expect(large.sheets.map((s) => s.operations.length)).toEqual(
      small.sheets.map((s) => s.operations.length)
    );
    const register = large.sheets[0].operations.filter((op) => op.kind === "cells");
    // Title and note, then the header and 200 KPI rows as one block.
    expect(register.map((op) => op.address)).toEqual(["A1:A2", "A3:F203"]);
  });

  test("text that Excel would read as a number, date, formula or boolean keeps an apostrophe", () => {
    for (const text of [
      "1.1",
      "2024",
      "50%",
      "Rp 1.000",
      "(5)",
      "1/2",
      "12:30",
      "Jan 2024",
      "31 Desember 2024",
    ]) {
      expect(textInput(text)).toBe(`'${text}`);
    }
    for (const text of ["=not a formula", "-", "+62 811", "#1", "TRUE", "false"])
      expect(textInput(text)).toBe(`'${text}`);
    for (const text of ["Revenue growth", "K1", "Q1 2024", "KPI number 1", "5 kg"])
      expect(textInput(text)).toBe(text);
  });

  test("a text-format cell ('@') gets its text without the apostrophe", () => {
    const plan: WorkbookPlan = {
      ...syntheticPlan(1),
      sheets: [
        { key: "s", name: "S", cells: [{ address: "A1", value: "007", numberFormat: "@" }] },
      ],
      activate: "s",
    };
    const ops = workbookOperations(plan, noNamesInUse).sheets[0].operations;
    expect(ops.map((op) => op.kind)).toEqual(["numberFormat", "cells"]);
    expect(ops[1]).toMatchObject({ property: "values", matrix: [["007"]] });
  });

  test("borders: a one-row total has only its top edge; a 3-row block adds the inside lines", () => {
    expect(borderEdges(CELL_FORMATS.total, { top: 9, left: 0, bottom: 9, right: 5 })).toEqual([
      { edge: "EdgeTop", line: { weight: "thin", color: PALETTE.teal } },
    ]);
    const edges = borderEdges(CELL_FORMATS.input, { top: 3, left: 2, bottom: 5, right: 3 }).map(
      (e) => e.edge
    );
    expect(edges).toEqual([
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideHorizontal",
      "InsideVertical",
    ]);
  });

  test("8.43 characters, Excel's default column, is 48 points", () => {
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  test('textEquals GREEN on F4:F13 is the custom rule =F4="GREEN"; textNotEquals skips blanks', () => {
    expect(
      conditionalRule({
        range: "F4:F13",
        type: "textEquals",
        text: "GREEN",
        fill: "#C6EFCE",
        font: "#006100",
      })
    ).toEqual({
      type: "custom",
      formula: '=F4="GREEN"',
      fill: "#C6EFCE",
      font: "#006100",
    });
    expect(
      conditionalRule({
        range: "G4:G9",
        type: "textNotEquals",
        text: "OK",
        fill: "#FFC7CE",
        font: "#9C0006",
      })
    ).toMatchObject({
      formula: '=AND(G4<>"",G4<>"OK")',
    });
  });

  test("validation: min 0 is ≥ 0; min and max are Between; no bounds is ISNUMBER; a list is its choices", () => {
    expect(validationRule({ range: "C4:C9", type: "decimal", min: 0 }, "C4")).toEqual({
      decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 },
    });
    expect(validationRule({ range: "C4:C9", type: "whole", min: 1, max: 9 }, "C4")).toEqual({
      wholeNumber: { operator: "Between", formula1: 1, formula2: 9 },
    });
    expect(validationRule({ range: "C4:C9", type: "decimal" }, "C4")).toEqual({
      custom: { formula: "=ISNUMBER(C4)" },
    });
    expect(
      validationRule({ range: "B2", type: "list", values: ["monthly", "yearly"] }, "B2")
    ).toEqual({
      list: { inCellDropDown: true, source: "monthly,yearly" },
    });
  });

  test("an arrow from a lower box to a higher one leaves by the top (site 0) and enters by the bottom (site 2)", () => {
    const box = (key: string, top: number) => ({
      kind: "box" as const,
      key,
      text: key,
      left: 40,
      top,
      width: 160,
      height: 50,
      fill: "#fff",
      line: "#000",
      fontColor: "#000",
    });
    const arrow = arrowGeometry("a", box("cause", 200), box("effect", 100), "#0F6C5C");
    expect(arrow).toMatchObject({
      beginSite: 0,
      endSite: 2,
      start: { left: 120, top: 200 },
      end: { left: 120, top: 150 },
    });
  });

  test("a plan bug (unknown «key») is reported with the sheet, before anything is written", () => {
    const plan = syntheticPlan(3);
    plan.sheets[1].cells.push({ address: "Z1", formula: "=«nowhere»!A1" });
    expect(() => workbookOperations(plan, noNamesInUse)).toThrow(
      "invalid plan (sheet-ref): sheet «dashboard» Z1: refers to sheet «nowhere», which is not in the plan"
    );
  });
});

describe("applyPlanWithExcel on a fake Excel", () => {
  test("10 KPIs and 200 KPIs take the same 3 round trips", async () => {
    const syncs = [];
    for (const kpis of [10, 200]) {
      const excel = new FakeExcel();
      const result = await applyPlanWithExcel(excel.context, syntheticPlan(kpis));
      expect(result.syncs).toBe(excel.syncs);
      syncs.push(excel.syncs);
    }
    expect(syncs).toEqual([3, 3]);
  });

  test("the user's 'BSC' sheet is left untouched; the new sheet is 'BSC (2)' and gets the writes", async () => {
    const excel = new FakeExcel({ sheets: ["BSC", "Notes"] });
    const result = await applyPlanWithExcel(excel.context, syntheticPlan(10));

    expect(result.sheets).toEqual([
      { key: "register", name: "BSC (2)" },
      { key: "dashboard", name: "Dashboard" },
      { key: "map", name: "Strategy Map" },
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual([
      "BSC",
      "Notes",
      "BSC (2)",
      "Dashboard",
      "Strategy Map",
    ]);
    expect(excel.writesOn("BSC")).toEqual([]);
    expect(excel.writesOn("Notes")).toEqual([]);
    const touched = new Set(excel.writes.map((w) => w.sheet));
    expect([...touched].sort()).toEqual(["BSC (2)", "Dashboard", "Strategy Map"]);
    expect(excel.cellsOf("BSC (2)").get("B4")).toBe("KPI number 1");
  });

  test("a table name in use ('BSC_Register') gives 'BSC_Register2'; the user's table keeps its name", async () => {
    const excel = new FakeExcel({
      sheets: ["Data"],
      tables: [{ name: "BSC_Register", sheet: "Data", address: "A1:C9" }],
    });
    const result = await applyPlanWithExcel(excel.context, syntheticPlan(10));

    expect(result.tables).toEqual([{ name: "BSC_Register", finalName: "BSC_Register2" }]);
    expect(excel.tables).toEqual([
      { name: "BSC_Register", sheet: "Data", address: "A1:C9" },
      { name: "BSC_Register2", sheet: "BSC", address: "A3:F13" },
    ]);
    expect(excel.writesOn("BSC").find((w) => w.what === "table.style")?.value).toBe(
      "TableStyleLight9"
    );
  });

  test("«register»! references become the final quoted name: ='BSC (2)'!E4:E13", async () => {
    const excel = new FakeExcel({ sheets: ["BSC"] });
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const dashboard = excel.cellsOf("Dashboard");
    expect(dashboard.get("B3")).toBe("=AVERAGE('BSC (2)'!E4:E13)");
    expect(dashboard.get("B4")).toBe("=COUNTIF('BSC (2)'!F4:F13,\"GREEN\")");
    for (const formula of dashboard.values()) expect(String(formula)).not.toContain("«");
  });

  test("a spill formula is written at its top-left cell only; its whole spill area is styled but never filled", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const dashboard = excel.cellsOf("Dashboard");
    expect(dashboard.get("A7")).toBe("=SORTBY('BSC'!B4:B13,'BSC'!E4:E13,-1)");
    for (let row = 8; row <= 16; row++) expect(dashboard.has(`A${row}`)).toBe(false);
    const styled = excel
      .writesOn("Dashboard")
      .filter((w) => w.what === "format.fill.color" && w.target.startsWith("A7:"));
    expect(styled).toEqual([
      {
        sheet: "Dashboard",
        target: "A7:A16",
        what: "format.fill.color",
        value: PALETTE.formulaGrey,
      },
    ]);
  });

  test("traffic icons: ThreeTrafficLights1 with Number criteria at 0.95 and 1, never Percent", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const iconWrites = excel.writesOn("BSC").filter((w) => /IconSet\.iconSet\./.test(w.what));
    expect(iconWrites.map((w) => [w.target, w.what.replace(/#\d+/, "#n"), w.value])).toEqual([
      ["E4:E13", "conditionalFormats#n:IconSet.iconSet.style", "ThreeTrafficLights1"],
      [
        "E4:E13",
        "conditionalFormats#n:IconSet.iconSet.criteria",
        [
          {},
          { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.95" },
          { type: "Number", operator: "GreaterThanOrEqual", formula: "=1" },
        ],
      ],
    ]);
    expect(JSON.stringify(excel.writes)).not.toContain("Percent");
  });

  test("status colours: GREEN / YELLOW / RED as custom rules with the traffic-light fills", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const rules = excel
      .writesOn("BSC")
      .filter(
        (w) => w.what.endsWith("custom.rule.formula") || w.what.endsWith("custom.format.fill.color")
      )
      .map((w) => w.value);
    expect(rules).toEqual([
      '=F4="GREEN"',
      "#C6EFCE",
      '=F4="YELLOW"',
      "#FFEB9C",
      '=F4="RED"',
      "#FFC7CE",
    ]);
  });

  test("progress arrives in order: checking → writing → finishing → done", async () => {
    const excel = new FakeExcel();
    const progress: ApplyProgress[] = [];
    await applyPlanWithExcel(excel.context, syntheticPlan(10), (p) => progress.push(p));
    const phases = progress.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1]);
    expect(phases).toEqual(["checking", "writing", "finishing", "done"]);
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toEqual({ phase: "done", fraction: 1 });
  });

  test("the input prompt is in the plan's language (id)", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10, "id"));
    const prompt = excel.writesOn("BSC").find((w) => w.what === "dataValidation.prompt");
    expect(prompt).toEqual({
      sheet: "BSC",
      target: `C${FIRST_KPI_ROW}:D13`,
      what: "dataValidation.prompt",
      value: { showPrompt: true, title: "Kinerja", message: "Isi angka nol atau lebih." },
    });
  });

  test("styles, widths, merges, names, freeze panes, tab colour and gridlines reach the sheet", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const writes = excel.writesOn("BSC").map((w) => [w.target, w.what, w.value]);
    expect(writes).toEqual(
      expect.arrayContaining([
        ["A3:F3", "format.fill.color", "#0F6C5C"],
        ["A3:F3", "format.font.color", "#FFFFFF"],
        ["A3:F3", "format.font.bold", true],
        ["C4:D13", "format.fill.color", "#FFF8DC"],
        ["C4:D13", "format.borders.InsideHorizontal.style", "Continuous"],
        ["C:E", "format.columnWidth", columnWidthPoints(12)],
        ["A1:F1", "merge()", [false]],
        ["A3:F13", "names.add", { name: "Register", comment: "The KPI register" }],
        ["freezePanes", "freezeAt()", ["A1:B3"]],
        ["sheet", "tabColor", "#0F6C5C"],
        ["sheet", "showGridlines", false],
      ])
    );
    expect(excel.writesOn("Dashboard").map((w) => [w.target, w.what, w.value])).toContainEqual([
      "freezePanes",
      "freezeRows()",
      [1],
    ]);
  });

  test("the chart is a clustered column over D3:E7, titled and placed G3:N18", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const chart = excel.writesOn("Dashboard").filter((w) => w.target.startsWith("chart#"));
    expect(chart.map((w) => [w.what, w.value])).toEqual([
      ["charts.add", { type: "ColumnClustered", data: "D3:E7", seriesBy: "Columns" }],
      ["name", "scores"],
      ["title.text", "Score by perspective"],
      ["axes.valueAxis.title.text", "OMAX score"],
      ["setPosition()", ["G3", "N18"]],
    ]);
  });

  test("strategy map: boxes are rectangles with text; arrows connect them and end in an arrowhead", async () => {
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, syntheticPlan(10));
    const map = excel.writesOn("Strategy Map");
    const shapeOf = (name: string) =>
      map.find((w) => w.what === "name" && w.value === name)?.target;
    const learning = shapeOf("learning");
    const internal = shapeOf("internal");
    expect(map).toContainEqual({
      sheet: "Strategy Map",
      target: learning,
      what: "shapes.addGeometricShape",
      value: "Rectangle",
    });
    expect(map).toContainEqual({
      sheet: "Strategy Map",
      target: learning,
      what: "textFrame.textRange.text",
      value: "Train people",
    });

    const arrow = shapeOf("l-i") as string;
    const arrowWrites = map.filter((w) => w.target === arrow).map((w) => [w.what, w.value]);
    expect(arrowWrites).toEqual(
      expect.arrayContaining([
        ["line.connectBeginShape()", [learning, 0]],
        ["line.connectEndShape()", [internal, 2]],
        ["line.endArrowheadStyle", "Triangle"],
        ["lineFormat.color", "#0F6C5C"],
      ])
    );
    // Every box exists before the first arrow is drawn.
    const firstLine = map.findIndex((w) => w.what === "shapes.addLine");
    expect(map.slice(firstLine).some((w) => w.what === "shapes.addGeometricShape")).toBe(false);
  });

  test("cell notes are written only when the Excel has them (options.notes)", async () => {
    const without = new FakeExcel();
    await applyPlanWithExcel(without.context, syntheticPlan(3));
    expect(without.writes.some((w) => w.what === "notes.add")).toBe(false);

    const withNotes = new FakeExcel();
    await applyPlanWithExcel(withNotes.context, syntheticPlan(3), undefined, { notes: true });
    const notes = withNotes.writes.filter((w) => w.what === "notes.add");
    expect(notes.map((w) => w.target)).toEqual(["E4", "E5", "E6"]);
    expect(notes[0].value).toBe("Actual ÷ target (spec §4.1)");
  });

  test("the last round trip opens the dashboard at A1", async () => {
    const excel = new FakeExcel({ sheets: ["Dashboard"] });
    const result = await applyPlanWithExcel(excel.context, syntheticPlan(10));
    expect(result.activated).toBe("Dashboard (2)");
    expect(excel.activeSheet).toBe("Dashboard (2)");
    expect(excel.selection).toEqual({ sheet: "Dashboard (2)", address: "A1" });
    expect(excel.writesOn("Dashboard")).toEqual([]);
  });

  test("text that looks like a number is written with an apostrophe so Excel keeps it as text", async () => {
    const excel = new FakeExcel();
    const plan = syntheticPlan(3);
    plan.sheets[0].cells.push({ address: "H1", value: "2024" });
    await applyPlanWithExcel(excel.context, plan);
    const register = excel.cellsOf("BSC");
    expect(register.get("A4")).toBe("K1");
    expect(register.get("C4")).toBe(100);
    expect(register.get("A3")).toBe("Code");
    expect(register.get("H1")).toBe("'2024");
  });

  test("a failing write names the sheet and part: Kinerja could not write sheet 'Dashboard' (chart): …", async () => {
    const excel = new FakeExcel({
      failWhen: (w) => (w.what === "charts.add" ? "The chart type is not supported." : undefined),
    });
    const error = await applyPlanWithExcel(excel.context, syntheticPlan(10)).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(ExcelStepError);
    expect((error as Error).message).toBe(
      "Kinerja could not write sheet 'Dashboard' (chart): The chart type is not supported. (charts.add)"
    );
    // The third round trip (names, new sheets, then the writes) is the one that failed.
    expect(excel.syncs).toBe(3);
  });

  test("a plan bug stops before the first round trip, with nothing added", async () => {
    const excel = new FakeExcel();
    const plan = syntheticPlan(3);
    plan.activate = "missing";
    await expect(applyPlanWithExcel(excel.context, plan)).rejects.toThrow(
      "invalid plan (activate-unknown): the sheet to open, «missing», is not in the plan"
    );
    expect(excel.syncs).toBe(0);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("the fake Excel itself", () => {
  test("writing to a sheet before it exists fails at sync, as in Office", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    const sheets = excel.context.workbook.worksheets;
    sheets.getItem("Later").getRange("A1").values = [[1]];
    sheets.add("Later");
    await expect(excel.context.sync()).rejects.toThrow(/doesn't exist \(sheet 'Later'\)/);
    expect(excel.writes).toEqual([]);
  });

  test("adding a sheet with a name in use fails; items cannot be read before load and sync", async () => {
    const excel = new FakeExcel({ sheets: ["BSC"] });
    const sheets = excel.context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/load/);
    sheets.add("bsc");
    await expect(excel.context.sync()).rejects.toThrow(/already exists/);
  });
});

describe("the real templates through the Office.js writer", () => {
  const { buildPlan, TEMPLATE_IDS } =
    require("../../src/templates") as typeof import("../../src/templates");
  test.each(TEMPLATE_IDS)(
    "%s: 3 syncs with 2 or 10 KPIs per group, blank or example; nothing written outside new sheets",
    async (id) => {
      for (const [example, kpisPerGroup] of [
        [false, 2],
        [false, 10],
        [true, 2],
      ] as const) {
        const excel = new FakeExcel({ sheets: ["Sheet1", "Dashboard"] });
        const plan = buildPlan(id, {
          example,
          kpisPerGroup,
          lang: "id",
          periods: "monthly",
          year: 2026,
        });
        const result = await applyPlanWithExcel(excel.context, plan);
        expect([id, example, kpisPerGroup, excel.syncs]).toEqual([id, example, kpisPerGroup, 3]);
        // The user's sheets keep their names and receive no write; the dashboard lands as "Dasbor".
        expect(excel.writes.filter((w) => w.sheet === "Sheet1" || w.sheet === "Dashboard")).toEqual(
          []
        );
        expect(result.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
      }
    }
  );

  test("a second build of the same template beside the first gets ' (2)' names everywhere", async () => {
    const excel = new FakeExcel();
    const plan = buildPlan("bsc", {
      example: true,
      kpisPerGroup: 2,
      lang: "en",
      periods: "quarterly",
      year: 2026,
    });
    await applyPlanWithExcel(excel.context, plan);
    const writesBefore = excel.writes.length;
    const second = await applyPlanWithExcel(excel.context, plan);
    expect(second.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => `${s.name} (2)`));
    expect(second.tables.every((t) => t.finalName !== t.name)).toBe(true);
    const firstSheets = new Set(plan.sheets.map((s) => s.name));
    expect(excel.writes.slice(writesBefore).filter((w) => firstSheets.has(w.sheet))).toEqual([]);
  });
});

describe("the period selector and the review log's KPI list through the Office.js writer", () => {
  const { buildPlan } = require("../../src/templates") as typeof import("../../src/templates");
  const { parseRange } = require("../../src/sheet/a1") as typeof import("../../src/sheet/a1");
  /** The entry an operation's matrix has for `address`, or undefined when the op does not cover it. */
  function entryAt(
    op: { address: string; matrix: unknown[][] },
    address: string
  ): { found: boolean; value: unknown } {
    const r = parseRange(op.address);
    const { row, col } = parseCell(address);
    const inside = row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
    return { found: inside, value: inside ? op.matrix[row - r.top][col - r.left] : undefined };
  }

  test("Tracking!C2 gets the text format before its value, which goes in without an apostrophe; its list is =$E$5:$I$5", () => {
    const plan = buildPlan("umkm", {
      example: true,
      kpisPerGroup: 2,
      lang: "en",
      periods: "yearly",
      year: 2026,
    });
    const planned = workbookOperations(plan, {
      sheets: ["UMKM KPIs", "Tracking"],
      tables: [],
      names: [],
    });
    const tracking = planned.sheets.find((s) => s.key === "tracking")!;
    expect(tracking.name).toBe("Tracking (2)");
    const ops = tracking.operations;
    const formatAt = ops.findIndex(
      (op) => op.kind === "numberFormat" && entryAt(op, "C2").value === "@"
    );
    const valueAt = ops.findIndex(
      (op) => op.kind === "cells" && entryAt(op, "C2").found && entryAt(op, "C2").value !== null
    );
    expect(formatAt).toBeGreaterThanOrEqual(0);
    expect(valueAt).toBeGreaterThan(formatAt);
    const cells = ops[valueAt] as Extract<(typeof ops)[number], { kind: "cells" }>;
    const valueOf = (address: string) =>
      ops
        .filter((op) => op.kind === "cells")
        .map((op) => entryAt(op, address))
        .find((e) => e.found && e.value !== null)?.value;
    // The year is text in a text cell: "2028", not "'2028" and not the number 2028.
    expect(entryAt(cells, "C2").value).toBe("2028");
    expect(valueOf("E5")).toBe("2026");
    expect(ops).toContainEqual(
      expect.objectContaining({
        kind: "validation",
        address: "C2",
        rule: { list: { inCellDropDown: true, source: "=$E$5:$I$5" } },
      })
    );
    expect(valueOf("C3")).toBe('=MATCH(C2&"",$E$5:$I$5,0)');

    // The review log's KPI codes come from the register under the name it finally got.
    const review = planned.sheets.find((s) => s.key === "review")!.operations;
    expect(review).toContainEqual(
      expect.objectContaining({
        kind: "validation",
        address: "B6:B35",
        rule: { list: { inCellDropDown: true, source: "='UMKM KPIs (2)'!$A$7:$A$24" } },
      })
    );
  });
});

describe("spill areas through the Office.js writer", () => {
  const { buildPlan } = require("../../src/templates") as typeof import("../../src/templates");
  test("an anchor with both a numberFormat (0.000) and numberFormats[0][0] (0.0%) shows 0.0%; the cell below 0.000", () => {
    const plan = SPILL_ANCHOR_PLAN;
    const ops = workbookOperations(plan, noNamesInUse).sheets[0].operations;
    expect(ops.filter((op) => op.kind === "numberFormat")).toEqual([
      { kind: "numberFormat", address: "H4:H5", matrix: [["0.0%"], ["0.000"]] },
    ]);
  });

  test("BSC's AHP.CHECK spill A13:B18 gets its row formats and the formula style, but no values", () => {
    const plan = buildPlan("bsc", {
      example: true,
      kpisPerGroup: 2,
      lang: "id",
      periods: "monthly",
      year: 2026,
    });
    const ops = workbookOperations(plan, noNamesInUse).sheets.find(
      (s) => s.key === "ahp"
    )!.operations;
    const formatOf = (address: string) => {
      const { row, col } = parseCell(address);
      for (const op of ops) {
        if (op.kind !== "numberFormat") continue;
        const [a, b = a] = op.address.split(":").map(parseCell);
        if (row >= a.row && row <= b.row && col >= a.col && col <= b.col)
          return op.matrix[row - a.row][col - a.col];
      }
      return undefined;
    };
    expect(["B13", "B14", "B15", "B16", "B17", "B18"].map(formatOf)).toEqual([
      "0.0000",
      "0.0000",
      "0.00",
      "0.0000",
      undefined, // the verdict keeps General: no format is written there
      "0",
    ]);
    expect(ops).toContainEqual(
      expect.objectContaining({
        kind: "style",
        address: "A13:B18",
        format: CELL_FORMATS.formula,
      })
    );
    const written = ops.filter((op) => op.kind === "cells");
    expect(
      written.some(
        (op) => op.kind === "cells" && JSON.stringify(op.matrix).includes("AHP.CHECK(B7:E10")
      )
    ).toBe(true);
    for (const op of written) {
      if (op.kind !== "cells") continue;
      const [a, b = a] = op.address.split(":").map(parseCell);
      for (const address of ["A14", "B14", "B16"]) {
        const { row, col } = parseCell(address);
        if (row >= a.row && row <= b.row && col >= a.col && col <= b.col)
          expect(op.matrix[row - a.row][col - a.col]).toBeNull();
      }
    }
  });
});

describe("wrapped cells through the Office.js writer", () => {
  const { buildPlan } = require("../../src/templates") as typeof import("../../src/templates");
  test("the IPMS example's note A5 is merged, wrapped, and its row is set taller", () => {
    const plan = buildPlan("ipms", {
      example: true,
      kpisPerGroup: 2,
      lang: "en",
      periods: "monthly",
      year: 2026,
    });
    const ops = workbookOperations(plan, noNamesInUse).sheets[0].operations;
    expect(ops).toContainEqual({
      kind: "style",
      address: "A5",
      format: { wrap: true },
      borders: [],
    });
    expect(ops).toContainEqual(
      expect.objectContaining({ kind: "merge", address: expect.stringMatching(/^A5:[A-Z]+5$/) })
    );
    const height = ops.find((op) => op.kind === "rowHeight" && op.address === "5:5");
    expect(height && height.kind === "rowHeight" && height.points).toBeGreaterThanOrEqual(30);
  });
});

describe("dashboard charts and greyed-out #N/A through the Office.js writer", () => {
  const { buildPlan } = require("../../src/templates") as typeof import("../../src/templates");
  const build = (template: "umkm" | "ipms", example: boolean) =>
    buildPlan(template, { example, kpisPerGroup: 2, lang: "en", periods: "monthly", year: 2026 });

  test("UMKM: both value axes in percent from 0; IPMS: trend 0–1000, groups 0–10", async () => {
    for (const [template, expected] of [
      [
        "umkm",
        [
          ["axes.valueAxis.minimum", 0],
          ["axes.valueAxis.numberFormat", "0%"],
        ],
      ],
      [
        "ipms",
        [
          ["axes.valueAxis.minimum", 0],
          ["axes.valueAxis.maximum", 1000],
          ["axes.valueAxis.minimum", 0],
          ["axes.valueAxis.maximum", 10],
        ],
      ],
    ] as const) {
      const excel = new FakeExcel();
      await applyPlanWithExcel(excel.context, build(template, true));
      const axes = excel
        .writesOn("Dashboard")
        .filter((w) => w.target.startsWith("chart#") && w.what.startsWith("axes.valueAxis."))
        .map((w) => [w.what, w.value]);
      expect(axes).toEqual(template === "umkm" ? [...expected, ...expected] : expected);
    }
  });

  test("blank UMKM: the index tables' #N/A get the custom rule =ISNA(B14), font only", () => {
    const ops = workbookOperations(build("umkm", false), noNamesInUse).sheets.find(
      (s) => s.key === "dashboard"
    )!.operations;
    expect(ops).toContainEqual({
      kind: "conditionalFormat",
      address: "B14:B25",
      rule: { type: "custom", formula: "=ISNA(B14)", font: "#D0D0D0" },
    });
  });
});
