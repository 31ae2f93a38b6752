/**
 * The sidebar's workbook port (SheetsWorkbook) on a stub google.script.run that runs the add-on's
 * server code on the recording fake: every pane action is one server call, what lands in the
 * spreadsheet is in Sheets' dialect, what comes back is in Excel's (the pane's), refusals come back
 * as the WorkbookErrors the pane words, and a build that fails leaves the spreadsheet as it was.
 */
import { buildPlan } from "../../src/templates";
import { sheetsFormulaProblems } from "../../src/gsheets/dialect";
import { SheetsWorkbook } from "../../src/workbook/google-sheets";
import { isWorkbookError, type WorkbookProblem } from "../../src/workbook/port";
import { FakeSpreadsheet } from "../gsheets/fake-spreadsheet";
import { stubScriptRun } from "./stub-script-run";

const PLAN = buildPlan("bsc", {
  example: true,
  lang: "en",
  periods: "quarterly",
  year: 2026,
  kpisPerGroup: 2,
});

function setUp() {
  const fake = new FakeSpreadsheet();
  fake.seedSheet("Sheet1", { A1: "my own data", B2: 42, C3: "=B2*2" });
  fake.seedNamedRange("MyWeights", "Sheet1", "B2");
  const { run, log } = stubScriptRun(fake);
  return { fake, port: new SheetsWorkbook(run), log };
}

/** Everything a user could see of the spreadsheet: sheets in order, their cells, the names. */
function stateOf(fake: FakeSpreadsheet) {
  return {
    sheets: fake.sheets.map((sheet) => [sheet.name, [...sheet.contents()]]),
    names: [...fake.namedRanges],
  };
}

async function problemOf(promise: Promise<unknown>): Promise<WorkbookProblem> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  if (!isWorkbookError(error)) throw new Error(`expected a WorkbookError, got ${String(error)}`);
  return error.problem;
}

describe("the sidebar's port: one server call per pane action", () => {
  test("Build BSC (example, quarterly): one call, applyPlan; the sheets land after the user's", async () => {
    const { fake, port, log } = setUp();
    const phases: string[] = [];
    const result = await port.applyPlan(PLAN, (p) => phases.push(p.phase));
    expect(log.names).toEqual(["applyPlan"]);
    expect(result.syncs).toBe(1);
    expect(phases).toEqual(["writing", "done"]);
    expect(fake.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...result.sheets.map((sheet) => sheet.name),
    ]);
    expect(result.sheets.map((s) => s.key)).toEqual(PLAN.sheets.map((s) => s.key));
    expect(fake.active?.name).toBe(result.activated);
    // The user's sheet and name are as they were.
    expect([...fake.sheet("Sheet1").contents()]).toEqual([
      ["A1", "my own data"],
      ["B2", 42],
      ["C3", "=B2*2"],
    ]);
    expect(fake.namedRanges.get("myweights")).toEqual({ sheet: "Sheet1", range: "B2" });
    // Every formula that landed is Sheets' dialect (=AHP_WEIGHTS, never =AHP.WEIGHTS).
    const formulas = fake.sheets
      .slice(1)
      .flatMap((s) => [...s.cells.values()].map((c) => c.formula));
    const written = formulas.filter((f): f is string => f !== undefined);
    expect(written.length).toBeGreaterThan(50);
    expect(written.filter((f) => sheetsFormulaProblems(f).length > 0)).toEqual([]);
    expect(written.some((f) => /\bAHP_WEIGHTS\(/.test(f))).toBe(true);
  });

  test("each other action is one call of its own name", async () => {
    const { fake, port, log } = setUp();
    const actions: [string, () => Promise<unknown>][] = [
      ["listSheets", () => port.listSheets()],
      ["readSheet", () => port.readSheet("Sheet1")],
      ["readSheets", () => port.readSheets()],
      ["readSheetHeads", () => port.readSheetHeads(30)],
      ["getSelection", () => port.getSelection()],
      ["insertAtSelection", () => port.insertAtSelection({ rows: [["x"]] })],
      ["insertAt", () => port.insertAt("Sheet1", "H8", { rows: [["y"]] })],
      ["readCellContext", () => port.readCellContext()],
      ["replaceCells", () => port.replaceCells("Sheet1", [{ address: "B2", from: 42, to: 43 }])],
      [
        "replaceCellsOnSheets",
        () =>
          port.replaceCellsOnSheets([
            { sheet: "Sheet1", changes: [{ address: "B2", from: 43, to: 44 }] },
          ]),
      ],
      ["goTo", () => port.goTo("Sheet1", "B2")],
      ["savePaneState", () => port.savePaneState("wizard", "{}")],
      ["loadPaneState", () => port.loadPaneState("wizard")],
    ];
    fake.select("Sheet1", "E5");
    for (const [name, action] of actions) {
      log.names.length = 0;
      await action();
      expect(log.names).toEqual([name]);
    }
  });
});

describe("the sidebar's port: what it reads and writes", () => {
  test("reads back formulas in Excel's names and the selection's values", async () => {
    const { fake, port } = setUp();
    fake.seedSheet("AHP", { A1: "Cost", B1: "=AHP_WEIGHTS(B2:C3)", C1: "=traffic_omax(A1)" });
    const [sheet1, ahp] = await port.readSheets();
    expect(sheet1).toEqual({
      name: "Sheet1",
      address: "A1:C3",
      values: [
        ["my own data", "", ""],
        ["", 42, ""],
        ["", "", ""],
      ],
      formulas: [
        ["my own data", "", ""],
        ["", 42, ""],
        ["", "", "=B2*2"],
      ],
    });
    expect(ahp.formulas[0]).toEqual(["Cost", "=AHP.WEIGHTS(B2:C3)", "=TRAFFIC.OMAX(A1)"]);
    expect(await port.readSheetHeads(1)).toEqual([
      { name: "Sheet1", address: "A1:C1", values: [["my own data", "", ""]] },
      { name: "AHP", address: "A1:C1", values: [["Cost", "", ""]] },
    ]);
    fake.select("Sheet1", "A1:B2");
    expect(await port.getSelection()).toEqual({
      sheet: "Sheet1",
      address: "A1:B2",
      values: [
        ["my own data", ""],
        ["", 42],
      ],
    });
  });

  test("a date comes back as Excel's serial day number (2026-01-31 → 46053)", async () => {
    const { fake, port } = setUp();
    const sheet = fake.seedSheet("Dates");
    sheet.cell("A1").value = new Date(2026, 0, 31) as unknown as number;
    const read = await port.readSheet("Dates");
    expect(read.values).toEqual([[46053]]);
  });

  test("insert at E5: Sheets' names in the formulas, spill cells left empty", async () => {
    const { fake, port } = setUp();
    fake.select("Sheet1", "E5");
    const placed = await port.insertAtSelection({
      rows: [
        [1, 3, "=AHP.WEIGHTS(E5:F6)"],
        ["=1/F5", 1, null],
      ],
      spills: [{ row: 0, col: 2, rows: 2, columns: 1 }],
    });
    expect(placed).toEqual({ sheet: "Sheet1", address: "E5:G6" });
    const cells = fake.sheet("Sheet1").contents();
    expect(cells.get("G5")).toBe("=AHP_WEIGHTS(E5:F6)");
    expect(cells.get("E6")).toBe("=1/F5");
    expect(cells.has("G6")).toBe(false);
  });

  test("insert over B2 is refused with the cell, and nothing is written", async () => {
    const { fake, port } = setUp();
    fake.select("Sheet1", "A1");
    const before = stateOf(fake);
    fake.select("Sheet1", "B1");
    expect(await problemOf(port.insertAtSelection({ rows: [["a"], ["b"]] }))).toEqual({
      code: "cellNotEmpty",
      sheet: "Sheet1",
      cell: "B2",
      rows: 2,
      columns: 1,
    });
    expect(stateOf(fake)).toEqual(before);
  });

  test("replaceCells: all or nothing when a cell no longer holds what the pane read", async () => {
    const { fake, port } = setUp();
    const before = stateOf(fake);
    const changes = [
      { address: "A1", from: "my own data", to: "KPI 1" },
      { address: "C3", from: "=B2*3", to: "=B2*4" },
    ];
    expect(await problemOf(port.replaceCells("Sheet1", changes))).toEqual({
      code: "cellChanged",
      sheet: "Sheet1",
      cell: "C3",
      expected: "=B2*3",
      held: "=B2*2",
    });
    expect(stateOf(fake)).toEqual(before);
    await port.replaceCells("Sheet1", [
      { address: "A1", from: "my own data", to: "KPI 1" },
      { address: "C3", from: "=b2*2", to: "=AHP.CR(B2)" },
    ]);
    expect(fake.sheet("Sheet1").contents().get("C3")).toBe("=AHP_CR(B2)");
    expect(fake.sheet("Sheet1").contents().get("A1")).toBe("KPI 1");
  });

  test("explain: the active cell's formula in Excel's names and the values of the ranges it reads", async () => {
    const { fake, port } = setUp();
    fake.seedSheet("AHP", { A1: 1, B1: 3, A2: "=1/B1", B2: 1, D1: "=AHP_CR(A1:B2)" });
    fake.select("AHP", "D1");
    const context = await port.readCellContext();
    expect([context.sheet, context.address, context.formula]).toEqual([
      "AHP",
      "D1",
      "=AHP.CR(A1:B2)",
    ]);
    expect(context.ranges.map((r) => [r.sheet, r.address, r.values[0]])).toEqual([
      ["AHP", "A1:B2", [1, 3]],
    ]);
  });

  test("write the steps beside a cell: insertAt writes from the cell named, refuses a taken one", async () => {
    const { fake, port } = setUp();
    expect(await port.insertAt("Sheet1", "E2", { rows: [["Step", "=B2*2"]] })).toEqual({
      sheet: "Sheet1",
      address: "E2:F2",
    });
    expect(fake.sheet("Sheet1").contents().get("F2")).toBe("=B2*2");
    const before = stateOf(fake);
    expect(await problemOf(port.insertAt("Sheet1", "A1", { rows: [["x"]] }))).toMatchObject({
      code: "cellNotEmpty",
      cell: "A1",
    });
    expect(stateOf(fake)).toEqual(before);
  });

  test("Reconnect: replaceCellsOnSheets writes nothing on any sheet when one cell changed", async () => {
    const { fake, port } = setUp();
    fake.seedSheet("AHP", { A1: "=_xldudf_AHP_CR(B1:C2)" });
    const before = stateOf(fake);
    const changes = [
      {
        sheet: "AHP",
        changes: [{ address: "A1", from: "=_xldudf_AHP_CR(B1:C2)", to: "=AHP.CR(B1:C2)" }],
      },
      { sheet: "Sheet1", changes: [{ address: "C3", from: "=B2*3", to: "=B2*4" }] },
    ];
    expect(await problemOf(port.replaceCellsOnSheets(changes))).toMatchObject({
      code: "cellChanged",
      sheet: "Sheet1",
      cell: "C3",
    });
    expect(stateOf(fake)).toEqual(before);
    changes[1].changes[0].from = "=B2*2";
    await port.replaceCellsOnSheets(changes);
    expect(fake.sheet("AHP").contents().get("A1")).toBe("=AHP_CR(B1:C2)");
    expect(fake.sheet("Sheet1").contents().get("C3")).toBe("=B2*4");
  });

  test("a missing sheet is 'noSheet'; Apps Script's own failure is 'excelFailed' with its message", async () => {
    const { fake, port } = setUp();
    expect(await problemOf(port.readSheet("Gone"))).toEqual({ code: "noSheet", sheet: "Gone" });
    fake.failWhen = (call) =>
      call.method === "getSheets" ? "Service Spreadsheets timed out" : undefined;
    expect(await problemOf(port.listSheets())).toEqual({
      code: "excelFailed",
      step: { kind: "listSheets" },
      reason: "Service Spreadsheets timed out",
    });
  });

  test("the pane's state is kept with the spreadsheet, and removed", async () => {
    const { fake, port } = setUp();
    expect(await port.loadPaneState("wizard")).toBeNull();
    await port.savePaneState("wizard", '{"a":1}');
    await port.savePaneState("wizard", '{"a":2}');
    expect([...fake.metadata]).toEqual([["kinerja.pane.wizard", '{"a":2}']]);
    expect(await port.loadPaneState("wizard")).toBe('{"a":2}');
    await port.savePaneState("wizard", null);
    expect(fake.metadata.size).toBe(0);
  });
});

describe("a build that fails leaves the spreadsheet as it was", () => {
  test.each([
    ["the third sheet's first setValues", 3, "setValues"],
    ["the second named range", 2, "setNamedRange"],
    ["the flush at the end (a refusal Apps Script held back)", 1, "flush"],
  ])("%s fails: the sheets and names it added are taken out", async (_, nth, method) => {
    const { fake, port } = setUp();
    const before = stateOf(fake);
    let seen = 0;
    fake.failWhen = (call) =>
      call.method === method && ++seen === nth ? "Service error: Spreadsheets" : undefined;
    const problem = await problemOf(port.applyPlan(PLAN));
    expect(problem).toEqual({
      code: "excelFailed",
      step: expect.objectContaining({ kind: "build" }),
      reason: "Service error: Spreadsheets",
      rollback: { undone: true },
    });
    expect(stateOf(fake)).toEqual(before);
  });

  test("when taking out fails too, the answer names the sheets that may remain", async () => {
    const { fake, port } = setUp();
    fake.failWhen = (call) =>
      call.method === "flush" || call.method === "deleteSheet" ? "Lost connection" : undefined;
    const problem = await problemOf(port.applyPlan(PLAN));
    expect(problem).toMatchObject({
      code: "excelFailed",
      reason: "Lost connection",
      rollback: {
        undone: false,
        reason: "Lost connection",
        sheets: PLAN.sheets.map((sheet) => ({ name: sheet.name })),
        cells: [],
      },
    });
  });
});
