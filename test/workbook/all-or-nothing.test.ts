/**
 * Every write is all or nothing: a round trip failed in turn — each of the build's three, and each
 * of Insert's and the catalogue's two, at several points inside the batch — leaves the workbook as it
 * was before the write: every sheet's cells (values, formulas, number formats), tables, names,
 * validations, charts and shapes, and the workbook's tables and names. Checked on the
 * office-addin-mock workbook through ExcelWorkbook (office.ts) and on the in-memory workbook, with
 * the user's own sheets beside — for every template, the build's second round trip failed after
 * each of its operations and the third at five points (mock), every operation of each (in memory),
 * beside a user's sheet named as the template's first; the Audit sheet's read-and-add likewise.
 * Also: a sheet name taken by the user between two round trips, a
 * user's sheet added meanwhile (never removed), and a clean-up that fails too (the connection lost),
 * which names exactly what may remain.
 */
import { auditSheetFor } from "../../src/native";
import type { SheetSnapshot } from "../../src/sheet/snapshot";
import { groupBlock } from "../../src/taskpane/wizard/group-block";
import { matrixOf } from "../../src/taskpane/wizard/model";
import { buildPlan, DEFAULT_OPTIONS, TEMPLATE_IDS } from "../../src/templates";
import type { Scalar, WorkbookPlan } from "../../src/sheet/plan";
import { MemoryWorkbook, type MemoryFault } from "../../src/workbook/memory";
import { ExcelWorkbook } from "../../src/workbook/office";
import { ExcelUndo, excelTransaction } from "../../src/workbook/office-transaction";
import type {
  CellBlock,
  Rollback,
  WorkbookPort,
  WorkbookProblem,
  WorkbookStep,
} from "../../src/workbook/port";
import { dropMockExcel, MockWorkbook, useMockExcel, type MockFailure } from "./mock-workbook";

afterEach(dropMockExcel);

const PLAN: WorkbookPlan = buildPlan("umkm", {
  ...DEFAULT_OPTIONS,
  example: true,
  lang: "en",
  year: 2026,
});
const SHEETS = PLAN.sheets.map((s) => s.name);

/** The user's workbook: a sheet with figures, a table of theirs (named as `plan`'s first), a name. */
function userMock(plan: WorkbookPlan = PLAN): MockWorkbook {
  const table = plan.sheets.flatMap((sheet) => sheet.tables ?? [])[0].name;
  const workbook = new MockWorkbook({
    sheets: [
      { name: "Sheet1", cells: { A1: "My own figures", B2: 42, C2: "=B2*2", D5: "2024" } },
      { name: "Data", cells: { A1: "Region", A2: "North" } },
    ],
    tables: [table],
    names: ["MyRate"],
    selection: { sheet: "Sheet1", address: "F3" },
  });
  workbook.sheet("Data").tables.push({ name: table, address: "A1:A2" });
  return workbook;
}

/** Everything the mock keeps, but where the selection is (an empty cell in General = untouched). */
function mockState(workbook: MockWorkbook) {
  return {
    sheets: workbook.sheets.map(({ cells, ...sheet }) => ({
      ...sheet,
      selected: undefined,
      cells: Object.fromEntries(
        [...cells]
          .map(([address, cell]) => {
            const kept = { ...cell };
            if (kept.numberFormat === "General") delete kept.numberFormat;
            return [address, kept] as const;
          })
          .filter(([, cell]) => Object.keys(cell).length > 0)
          .sort(([a], [b]) => a.localeCompare(b))
      ),
    })),
    tables: workbook.tables.map((t) => t.name),
    names: workbook.names.map((n) => n.name),
  };
}

async function failureOf(
  write: Promise<unknown>
): Promise<WorkbookProblem & { code: "excelFailed" }> {
  const error = await write.then(
    () => {
      throw new Error("the write succeeded; it was meant to fail");
    },
    (e: { problem?: WorkbookProblem }) => e
  );
  expect(error.problem?.code).toBe("excelFailed");
  return error.problem as WorkbookProblem & { code: "excelFailed" };
}

/**
 * `write` on the mock, with `failure` injected: it must fail, say it was undone, and leave the
 * workbook exactly as it was. Returns the problem reported.
 */
async function undoneOnMock(
  workbook: MockWorkbook,
  failure: MockFailure,
  write: () => Promise<unknown>
): Promise<WorkbookProblem & { code: "excelFailed" }> {
  const before = structuredClone(mockState(workbook));
  workbook.failSync(failure);
  const problem = await failureOf(write());
  expect(problem.rollback).toEqual({ undone: true });
  expect(mockState(workbook)).toEqual(before);
  return problem;
}

/**
 * One test per case: `write` on the workbook `make` gives, failed as the case says, is undone,
 * leaves the workbook as it was, and names `step`.
 */
function eachFailureUndone(
  cases: [string, MockFailure][],
  make: () => MockWorkbook,
  write: () => Promise<unknown>,
  step: WorkbookStep
): void {
  test.each(cases)("round trip %s", async (_what, failure) => {
    const workbook = make();
    useMockExcel(workbook);
    const problem = await undoneOnMock(workbook, failure, write);
    expect(problem.step).toEqual(step);
  });
}

/** A build on the user's workbook whose round trips fail as `fail` sets, and a clean-up that fails. */
async function leftBehind(fail: (workbook: MockWorkbook) => void) {
  const workbook = userMock();
  useMockExcel(workbook);
  fail(workbook);
  const problem = await failureOf(new ExcelWorkbook().applyPlan(PLAN));
  const rollback = problem.rollback as Extract<Rollback, { undone: false }>;
  expect(rollback.undone).toBe(false);
  return { workbook, rollback };
}

describe("Build on office-addin-mock: each round trip failed in turn leaves the workbook as it was", () => {
  // umkm has 4 sheets: round trip 2 runs 4 adds (+ their id loads); round trip 3 renames them,
  // writes them and opens the dashboard.
  const cases: [string, MockFailure][] = [
    ["1 (reading the names)", { at: 1 }],
    ["2, before any sheet is added", { at: 2, after: 0 }],
    ["2, after 3 of the 4 sheets were added (no ids came back)", { at: 2, after: 6 }],
    ["2, after every sheet was added (the answer lost)", { at: 2, after: 999 }],
    ["3, after the first rename", { at: 3, after: 3 }],
    ["3, half-way through the writes", { at: 3, after: 400 }],
    ["3, at the very end (the dashboard opened)", { at: 3, after: 99999 }],
  ];
  test.each(cases)("round trip %s", async (_what, failure) => {
    const workbook = userMock();
    useMockExcel(workbook);
    const problem = await undoneOnMock(
      workbook,
      { ...failure, message: "The workbook is busy." },
      () => new ExcelWorkbook().applyPlan(PLAN)
    );
    expect(problem.reason).toContain("The workbook is busy.");
    // The clean-up took at most two more round trips.
    expect(workbook.syncs).toBeLessThanOrEqual(failure.at + 2);
  });

  test("the build that fails at round trip 3 really had written: sheets, tables and names were there", async () => {
    const workbook = userMock();
    useMockExcel(workbook);
    workbook.failSync({ at: 3, after: 99999 });
    const seen: string[][] = [];
    // Just before the clean-up runs (sync 4), the build's sheets and tables are in the workbook.
    workbook.beforeSync(4, () =>
      seen.push(
        workbook.sheets.map((s) => s.name),
        workbook.tables.map((t) => t.name)
      )
    );
    await failureOf(new ExcelWorkbook().applyPlan(PLAN));
    expect(seen[0]).toEqual(["Sheet1", "Data", ...SHEETS]);
    const planTables = PLAN.sheets.flatMap((sheet) => sheet.tables ?? []);
    expect(seen[1]).toHaveLength(1 + planTables.length);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
  });

  test("a sheet name taken by the user between round trips 2 and 3: the build is undone, the user's sheet stays", async () => {
    const workbook = userMock();
    useMockExcel(workbook);
    workbook.beforeSync(3, () => workbook.userAddsSheet("Dashboard", { A1: "mine" }));
    const before = mockState(workbook);
    const problem = await failureOf(new ExcelWorkbook().applyPlan(PLAN));
    expect(problem.reason).toMatch(/ItemAlreadyExists.*Dashboard/);
    expect(problem.rollback).toEqual({ undone: true });
    const after = mockState(workbook);
    expect(after.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data", "Dashboard"]);
    expect(after.sheets[2].cells).toEqual({ A1: { value: "mine" } });
    expect({ ...after, sheets: after.sheets.slice(0, 2) }).toEqual(before);
  });

  test("a sheet the user added while round trip 2 failed is not taken for one of the build's", async () => {
    const workbook = userMock();
    useMockExcel(workbook);
    workbook.beforeSync(2, () => workbook.userAddsSheet("KPI register", { B2: 7 }));
    workbook.failSync({ at: 2, after: 4 });
    await failureOf(new ExcelWorkbook().applyPlan(PLAN));
    expect(workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Data", "KPI register"]);
    expect(workbook.sheet("KPI register").cells.get("B2")).toEqual({ value: 7 });
  });

  test("the connection lost at round trip 3: the clean-up fails too and names each sheet that may remain", async () => {
    const { workbook, rollback } = await leftBehind((w) =>
      w.failSync({ at: 3, after: 5, connectionLost: true })
    );
    expect(rollback.reason).toMatch(/connection/);
    expect(rollback.cells).toEqual([]);
    // Excel could not say how far it got: each sheet under its name, or the one it was added under.
    expect(rollback.sheets.map((s) => s.name)).toEqual(SHEETS);
    expect(rollback.sheets.every((s) => s.or && /^Kinerja \w{6} \d$/.test(s.or))).toBe(true);
    const left = workbook.sheets.slice(2).map((s) => s.name);
    expect(left).toHaveLength(SHEETS.length);
    for (const name of left)
      expect(rollback.sheets.some((s) => s.name === name || s.or === name)).toBe(true);
    // The user's own sheets are not among them.
    expect(rollback.sheets.flatMap((s) => [s.name, s.or])).not.toContain("Sheet1");
  });

  test("the connection lost at round trip 2: the sheets that may remain are named as they were added", async () => {
    const { workbook, rollback } = await leftBehind((w) =>
      w.failSync({ at: 2, after: 4, connectionLost: true })
    );
    expect(rollback.sheets).toHaveLength(SHEETS.length);
    expect(rollback.sheets.every((s) => /^Kinerja \w{6} \d$/.test(s.name) && !s.or)).toBe(true);
    expect(workbook.sheets.slice(2).map((s) => s.name)).toEqual(
      rollback.sheets.slice(0, 2).map((s) => s.name)
    );
  });

  test("a failure that Excel reports with its traces: the sheets renamed are named by their new names", async () => {
    // Round trip 3 fails after its first two renames (each with a trace before and after it, the
    // batch's own trace after the first); the clean-up then loses the connection.
    const { workbook, rollback } = await leftBehind((w) => {
      w.failSync({ at: 3, after: 7 });
      w.beforeSync(4, () => w.failSync({ at: 4, connectionLost: true }));
    });
    expect(rollback.sheets.slice(0, 2)).toEqual([{ name: SHEETS[0] }, { name: SHEETS[1] }]);
    expect(rollback.sheets.slice(2).every((s) => /^Kinerja \w{6} \d$/.test(s.name) && !s.or)).toBe(
      true
    );
    expect(workbook.sheets.slice(2).map((s) => s.name)).toEqual(rollback.sheets.map((s) => s.name));
  });
});

/**
 * Where a round trip of `size` operations is failed: after each of them when there are few (the
 * build's second round trip adds the sheets), else before any, at a third, at two thirds, before the
 * last, and after all of them (the answer lost).
 */
function failurePoints(size: number): number[] {
  if (size <= 20) return Array.from({ length: size + 1 }, (_, after) => after);
  return [0, Math.floor(size / 3), Math.floor((2 * size) / 3), size - 1, size];
}

describe.each(TEMPLATE_IDS)(
  "Build %s on office-addin-mock, beside a user's sheet of the same name: each round trip failed at each operation or five points",
  (template) => {
    const plan = buildPlan(template, { ...DEFAULT_OPTIONS, example: true, lang: "id", year: 2026 });
    /** The user's workbook, with a sheet named as the plan's first (so the build names its own " (2)"). */
    const workbook = () => {
      const mock = userMock(plan);
      mock.userAddsSheet(plan.sheets[0].name, { A1: "mine", B3: "=1+1" });
      useMockExcel(mock);
      return mock;
    };
    // The round trips of a build that succeeds, and the operations each holds.
    let sizes: number[] = [];
    beforeAll(async () => {
      const mock = workbook();
      await new ExcelWorkbook().applyPlan(plan);
      sizes = [...mock.batchSizes];
      dropMockExcel();
    });

    test("three round trips, the second and third holding every sheet's operations", () => {
      expect(sizes).toHaveLength(3);
      expect(sizes[1]).toBeGreaterThanOrEqual(plan.sheets.length);
      expect(sizes[2]).toBeGreaterThan(sizes[1]);
    });

    test.each([1, 2, 3])(
      "round trip %d: the workbook is as it was, whichever operation failed",
      async (at) => {
        const points = failurePoints(sizes[at - 1]);
        expect(points.length).toBeGreaterThanOrEqual(at === 1 ? 1 : 5); // round trip 1 only reads
        for (const after of points) {
          const mock = workbook();
          await undoneOnMock(mock, { at, after }, () => new ExcelWorkbook().applyPlan(plan));
          expect(mock.sheet(plan.sheets[0].name).cells.get("A1")).toEqual({ value: "mine" });
          dropMockExcel();
        }
      }
    );
  }
);

/** A block with number formats (Insert writes those first): 2 × 3 from the selected cell. */
const BLOCK: CellBlock = {
  rows: [
    ["Weights", "=1/2", "=AHP.WEIGHTS(G3:H4)"],
    ["0.5", 2, null],
  ],
  // The second row keeps its formats (a short row: nothing to set there).
  numberFormat: [["@", "0.00", "0.0000"]],
};

describe("Insert on office-addin-mock: the block lands whole or not at all", () => {
  eachFailureUndone(
    [
      ["1 (reading the target)", { at: 1 }],
      ["2, before anything is written", { at: 2, after: 0 }],
      ["2, after the number formats (the contents refused)", { at: 2, after: 1 }],
      ["2, after everything (the answer lost)", { at: 2, after: 99 }],
    ],
    () => {
      const workbook = userMock();
      workbook.sheet("Sheet1").cells.set("G3", { numberFormat: "0%" });
      return workbook;
    },
    () => new ExcelWorkbook().insertAtSelection(BLOCK),
    { kind: "insert" }
  );

  test("without a failure the block lands at F3:H4, formats first", async () => {
    const workbook = userMock();
    useMockExcel(workbook);
    await expect(new ExcelWorkbook().insertAtSelection(BLOCK)).resolves.toEqual({
      sheet: "Sheet1",
      address: "F3:H4",
    });
    const cells = workbook.sheet("Sheet1").cells;
    expect(cells.get("F3")).toEqual({ numberFormat: "@", value: "Weights" });
    expect(cells.get("G4")).toEqual({ value: 2 });
    expect(cells.get("H3")).toEqual({ numberFormat: "0.0000", formula: "=AHP.WEIGHTS(G3:H4)" });
  });

  test("the connection lost while writing: the cells that may hold part of the block are named", async () => {
    const workbook = userMock();
    useMockExcel(workbook);
    workbook.failSync({ at: 2, after: 1, connectionLost: true });
    const problem = await failureOf(new ExcelWorkbook().insertAtSelection(BLOCK));
    expect(problem.rollback).toEqual({
      undone: false,
      reason: expect.stringMatching(/connection/),
      sheets: [],
      cells: [{ sheet: "Sheet1", address: "F3:H4" }],
    });
  });
});

describe("Add KPIs (replaceCells) on office-addin-mock: every cell changes or none", () => {
  // Two blocks: B5:C5 and B9 (the catalogue's changes are rectangles of cells).
  const changes = [
    { address: "B5", from: "(KPI name)", to: "On-time delivery" },
    { address: "C5", from: "=SUM(A1)", to: "%" },
    { address: "B9", from: null, to: "Returns" },
  ];
  const register = () =>
    new MockWorkbook({
      sheets: [{ name: "BSC", cells: { B5: "(KPI name)", C5: "=SUM(A1)", A9: "K9" } }],
    });
  eachFailureUndone(
    [
      ["1 (reading the cells)", { at: 1 }],
      ["2, before anything is written", { at: 2, after: 0 }],
      ["2, after the first block", { at: 2, after: 1 }],
      ["2, after both blocks (the answer lost)", { at: 2, after: 99 }],
    ],
    register,
    () => new ExcelWorkbook().replaceCells("BSC", changes),
    { kind: "changeCells", sheet: "BSC" }
  );

  test("without a failure every cell changes", async () => {
    const workbook = register();
    useMockExcel(workbook);
    await new ExcelWorkbook().replaceCells("BSC", changes);
    expect(Object.fromEntries(workbook.sheet("BSC").cells)).toEqual({
      A9: { value: "K9" },
      B5: { value: "On-time delivery" },
      C5: { value: "%" },
      B9: { value: "Returns" },
    });
  });
});

describe("Write the steps beside it (insertAt) on office-addin-mock: the block lands whole or not at all", () => {
  eachFailureUndone(
    [
      ["1 (reading the target)", { at: 1 }],
      ["2, before anything is written", { at: 2, after: 0 }],
      ["2, after the number formats (the contents refused)", { at: 2, after: 1 }],
      ["2, after everything (the answer lost)", { at: 2, after: 99 }],
    ],
    () => userMock(),
    () => new ExcelWorkbook().insertAt("Data", "C4", BLOCK),
    { kind: "insert" }
  );

  test("without a failure the block lands at Data!C4:E5, beside the user's cells", async () => {
    const workbook = userMock();
    useMockExcel(workbook);
    await expect(new ExcelWorkbook().insertAt("Data", "C4", BLOCK)).resolves.toEqual({
      sheet: "Data",
      address: "C4:E5",
    });
    const cells = workbook.sheet("Data").cells;
    expect(cells.get("E4")).toEqual({ numberFormat: "0.0000", formula: "=AHP.WEIGHTS(G3:H4)" });
    expect(cells.get("A2")).toEqual({ value: "North" });
  });
});

describe("Reconnect (replaceCellsOnSheets) on office-addin-mock: every sheet's cells or none", () => {
  const changes = [
    {
      sheet: "AHP",
      changes: [{ address: "F2", from: "=_xldudf_AHP_CR(B2:D4)", to: "=AHP.CR(B2:D4)" }],
    },
    {
      sheet: "KPI",
      changes: [
        { address: "E1", from: "=_xldudf_OMAX_LEVEL(A1,B1,C1,D1)", to: "=OMAX.LEVEL(A1,B1,C1,D1)" },
        { address: "E2", from: "=TRAFFIC(A2)", to: "=TRAFFIC(A2)" },
      ],
    },
  ];
  const saved = () =>
    new MockWorkbook({
      sheets: [
        { name: "AHP", cells: { B2: 1, F2: "=_xldudf_AHP_CR(B2:D4)" } },
        {
          name: "KPI",
          cells: { A1: 92.4, E1: "=_xldudf_OMAX_LEVEL(A1,B1,C1,D1)", E2: "=TRAFFIC(A2)" },
        },
      ],
    });
  eachFailureUndone(
    [
      ["1 (reading every sheet's cells)", { at: 1 }],
      ["2, before anything is written", { at: 2, after: 0 }],
      ["2, after the first sheet", { at: 2, after: 1 }],
      ["2, after every sheet (the answer lost)", { at: 2, after: 99 }],
    ],
    saved,
    () => new ExcelWorkbook().replaceCellsOnSheets(changes),
    { kind: "changeCells", sheet: "AHP" }
  );

  test("without a failure both sheets' formulas are entered again in one batch (two round trips)", async () => {
    const workbook = saved();
    useMockExcel(workbook);
    await new ExcelWorkbook().replaceCellsOnSheets(changes);
    expect(workbook.sheet("AHP").cells.get("F2")).toEqual({ formula: "=AHP.CR(B2:D4)" });
    expect(workbook.sheet("KPI").cells.get("E1")).toEqual({ formula: "=OMAX.LEVEL(A1,B1,C1,D1)" });
    expect(workbook.sheet("KPI").cells.get("E2")).toEqual({ formula: "=TRAFFIC(A2)" });
  });
});

describe("excelTransaction for writes to come (workbook-scoped names, tables on the user's sheets)", () => {
  test.each([
    [2, "the cells and the name written, the table not"],
    [99, "everything written, the answer lost"],
  ])(
    "a name and a table recorded, round trip 2 failing after %d operations (%s): all taken out",
    async (after) => {
      const workbook = userMock();
      useMockExcel(workbook);
      await undoneOnMock(workbook, { at: 2, after }, () =>
        excelTransaction({ kind: "insert" }, async (context, undo: ExcelUndo) => {
          const range = context.workbook.worksheets.getItem("Data").getRange("C1:C2");
          range.load("formulas");
          await context.sync();
          undo.wroteCells({ sheet: "Data", address: "C1:C2", formulas: range.formulas });
          range.formulas = [["Audit"], ["=A2"]];
          undo.addedName("AuditTrail");
          context.workbook.names.add("AuditTrail", range);
          undo.addedTable("Audit");
          const table = (context.workbook.worksheets.getItem("Data") as any).tables.add(
            range,
            true
          );
          table.name = "Audit";
          await context.sync();
        })
      );
    }
  );
});

// ---------------------------------------------------------------------------------------------
// The in-memory workbook

/**
 * Everything a user sees of the in-memory workbook — sheets (values, formulas, formats, styles),
 * tables, selection — and what it keeps inside (a number format on a cell outside the used range
 * shows in no grid).
 */
async function memoryState(workbook: MemoryWorkbook) {
  const inside = workbook as unknown as { sheets: unknown; tables: unknown };
  return {
    sheets: await workbook.readSheets(),
    grids: workbook.sheetNames.map((name) => workbook.snapshot(name)),
    tables: workbook.tableNames,
    selection: workbook.selection,
    kept: structuredClone({ sheets: inside.sheets, tables: inside.tables }),
  };
}

/** The user's workbook: a sheet with figures, another of data, and any `more` (name → cells). */
function userMemory(more: Record<string, Record<string, Scalar>> = {}): MemoryWorkbook {
  const workbook = new MemoryWorkbook({
    Sheet1: { A1: "My own figures", B2: 42, C2: "=B2*2", D5: "2024" },
    Data: { A1: "Region", A2: "North" },
    ...more,
  });
  void workbook.goTo("Sheet1", "F3");
  return workbook;
}

async function failedOn(
  workbook: WorkbookPort & MemoryWorkbook,
  fault: MemoryFault,
  write: () => Promise<unknown>
) {
  const before = await memoryState(workbook);
  workbook.failNextWrite(fault);
  const problem = await failureOf(write());
  expect(problem.rollback).toEqual({ undone: true });
  expect(await memoryState(workbook)).toEqual(before);
  return problem;
}

/** A two-round-trip write failed in each: the read, then before, between and after its writes. */
const TWO_ROUND_TRIPS: [number, number][] = [
  [1, 0],
  [2, 0],
  [2, 1],
  [2, 2],
  [2, 99],
];

describe("the in-memory workbook: each round trip failed in turn leaves it as it was", () => {
  test.each([
    [1, 0],
    [2, 0],
    [2, 2],
    [2, 99],
    [3, 0],
    [3, 2],
    [3, 5],
    [3, 99],
  ])("Build: round trip %d after %d operations", async (roundTrip, after) => {
    const workbook = userMemory();
    const problem = await failedOn(workbook, { roundTrip, after, reason: "Busy." }, () =>
      workbook.applyPlan(PLAN)
    );
    expect(problem).toMatchObject({ step: { kind: "build" }, reason: "Busy." });
  });

  test.each(TWO_ROUND_TRIPS)(
    "Insert: round trip %d after %d operations",
    async (roundTrip, after) => {
      const workbook = userMemory();
      await failedOn(workbook, { roundTrip, after }, () => workbook.insertAtSelection(BLOCK));
    }
  );

  test.each(TWO_ROUND_TRIPS)(
    "the wizard's group block (two respondents, =AHP.GROUP, =AHP.CONSENSUS): round trip %d after %d operations",
    async (roundTrip, after) => {
      const workbook = userMemory();
      const block = groupBlock(
        {
          criteria: ["C1", "C2", "C3"],
          matrices: [matrixOf(3, { "0-1": -2 }), matrixOf(3, { "0-2": 3 })],
          members: [0, 1],
          maxCr: null,
          noneMeetsLimit: false,
        },
        { row: 2, col: 5 }, // F3, the selection
        "en"
      );
      await failedOn(workbook, { roundTrip, after }, () => workbook.insertAtSelection(block));
    }
  );

  test.each(TWO_ROUND_TRIPS)(
    "Add KPIs: round trip %d after %d operations",
    async (roundTrip, after) => {
      const workbook = new MemoryWorkbook({
        BSC: { B5: "(KPI name)", C5: "=SUM(A1)", A9: "K9" } as Record<string, Scalar>,
      });
      await failedOn(workbook, { roundTrip, after }, () =>
        workbook.replaceCells("BSC", [
          { address: "B5", from: "(KPI name)", to: "On-time delivery" },
          { address: "C5", from: "=SUM(A1)", to: "%" },
          { address: "B9", from: null, to: "Returns" },
        ])
      );
    }
  );

  test.each(TWO_ROUND_TRIPS)(
    "Write the steps beside it: round trip %d after %d operations",
    async (roundTrip, after) => {
      const workbook = userMemory();
      await failedOn(workbook, { roundTrip, after }, () => workbook.insertAt("Data", "C4", BLOCK));
    }
  );

  test.each(TWO_ROUND_TRIPS)(
    "Reconnect on two sheets: round trip %d after %d operations",
    async (roundTrip, after) => {
      const workbook = new MemoryWorkbook({
        AHP: { B2: 1, F2: "=_xldudf_AHP_CR(B2:D4)" },
        KPI: { A1: 92.4, E1: "=_xldudf_OMAX_LEVEL(A1,B1,C1,D1)" },
      });
      await failedOn(workbook, { roundTrip, after }, () =>
        workbook.replaceCellsOnSheets([
          {
            sheet: "AHP",
            changes: [{ address: "F2", from: "=_xldudf_AHP_CR(B2:D4)", to: "=AHP.CR(B2:D4)" }],
          },
          {
            sheet: "KPI",
            changes: [
              {
                address: "E1",
                from: "=_xldudf_OMAX_LEVEL(A1,B1,C1,D1)",
                to: "=OMAX.LEVEL(A1,B1,C1,D1)",
              },
            ],
          },
        ])
      );
    }
  );

  test("the fault is used once: the next Build succeeds, beside the user's sheets", async () => {
    const workbook = userMemory();
    workbook.failNextWrite({ roundTrip: 3, after: 2 });
    await expect(workbook.applyPlan(PLAN)).rejects.toThrow("build the scorecard");
    const result = await workbook.applyPlan(PLAN);
    expect(workbook.sheetNames).toEqual(["Sheet1", "Data", ...result.sheets.map((s) => s.name)]);
    expect(result.sheets.map((s) => s.name)).toEqual(SHEETS);
  });
});

describe.each(TEMPLATE_IDS)(
  "Build %s on the in-memory workbook, beside a user's sheet of the same name: every operation of each round trip failed in turn",
  (template) => {
    const plan = buildPlan(template, { ...DEFAULT_OPTIONS, example: true, lang: "id", year: 2026 });
    // Round trip 1 reads; 2 adds each sheet; 3 fills each, adds the tables, opens the landing sheet.
    const operations = [0, plan.sheets.length, plan.sheets.length + 2];
    test.each([1, 2, 3])("round trip %d", async (roundTrip) => {
      for (let after = 0; after <= operations[roundTrip - 1]; after++) {
        const workbook = userMemory({ [plan.sheets[0].name]: { A1: "mine", B3: "=1+1" } });
        await failedOn(workbook, { roundTrip, after }, () => workbook.applyPlan(plan));
      }
    });
  }
);

describe("Add audit sheet (addSheetsFrom): read and written in one transaction, whole or not at all", () => {
  const KINERJA_CELLS = { A1: 80, B1: 100, C1: "=KPI.ACHIEVEMENT(A1,B1)", D1: "=TRAFFIC(C1)" };
  const build = (sheets: SheetSnapshot[]) => auditSheetFor(sheets, "en").plan;

  // Round trips 1–2 read the sheets (names, used ranges); 3–5 add the sheet as a Build does.
  const cases: [string, MockFailure][] = [
    ["1 (the sheets' names)", { at: 1 }],
    ["2 (their used ranges)", { at: 2 }],
    ["3 (the names in use)", { at: 3 }],
    ["4, before the sheet is added", { at: 4, after: 0 }],
    ["4, after it was added", { at: 4, after: 999 }],
    ["5, after its rename", { at: 5, after: 1 }],
    ["5, at the very end", { at: 5, after: 99999 }],
  ];
  eachFailureUndone(
    cases,
    () =>
      new MockWorkbook({
        sheets: [
          { name: "Sheet1", cells: { A1: "My own figures", B2: 42 } },
          { name: "KPIs", cells: KINERJA_CELLS },
        ],
      }),
    () => new ExcelWorkbook().addSheetsFrom(build),
    { kind: "addSheets" }
  );

  test("without a failure the Audit sheet is added after the user's sheets, theirs unchanged", async () => {
    const workbook = new MockWorkbook({
      sheets: [{ name: "KPIs", cells: KINERJA_CELLS }],
    });
    useMockExcel(workbook);
    const before = structuredClone(mockState(workbook).sheets[0]);
    const result = await new ExcelWorkbook().addSheetsFrom(build);
    expect(result?.sheets.map((s) => s.name)).toEqual(["Audit"]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(["KPIs", "Audit"]);
    expect(mockState(workbook).sheets[0]).toEqual(before);
    expect(workbook.sheet("Audit").cells.get("C13")?.formula).toBe(
      `=IF(ISBLANK('KPIs'!C1),"",'KPIs'!C1)`
    );
  });

  test.each([
    [1, 0],
    [2, 0],
    [2, 1],
    [3, 0],
    [3, 2],
    [3, 99],
  ])("in memory: round trip %d after %d operations", async (roundTrip, after) => {
    const workbook = userMemory({ KPIs: KINERJA_CELLS });
    const problem = await failedOn(workbook, { roundTrip, after }, () =>
      workbook.addSheetsFrom(build)
    );
    expect(problem.step).toEqual({ kind: "addSheets" });
  });
});
