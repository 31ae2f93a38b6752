/**
 * The small workbook interface the pane, the template writer and the tests share. The pane never
 * calls Excel.run itself: it talks to a WorkbookPort, which is Excel (src/workbook/office.ts) inside
 * Office and an in-memory workbook (src/workbook/memory.ts) in preview mode and in tests.
 */
import type { Scalar, WorkbookPlan } from "../sheet/plan";
import type { CellChange, CellContext, SheetHead, SheetSnapshot } from "../sheet/snapshot";

export interface ApplyProgress {
  /** What is being done, for the pane's progress bar: "checking names", "writing", "done". */
  phase: "checking" | "writing" | "finishing" | "done";
  /** 0…1 */
  fraction: number;
}

export interface ApplyResult {
  /** The sheets made, by plan key, with the names they finally got (a taken name gets " (2)"). */
  sheets: { key: string; name: string }[];
  /** Tables made: preferred name → final name. */
  tables: { name: string; finalName: string }[];
  /** The sheet activated at the end (the plan's `activate`). */
  activated: string;
  /** context.sync() round trips used (0 for the in-memory workbook). */
  syncs: number;
}

export interface CellBlock {
  /** Values and formulas by row: a formula is a string starting with "=". */
  rows: Scalar[][];
  numberFormat?: string[][];
  /**
   * Formulas that spill (e.g. =AHP.WEIGHTS over a 4×4 block fills 4 rows): 0-based offsets inside
   * the block and the size they fill. Excel spills on its own; the in-memory workbook needs to know.
   */
  spills?: { row: number; col: number; rows: number; columns: number }[];
}

/**
 * The rows and columns a block covers from its top-left cell: its rows, widened to what its
 * formulas spill. An empty block is refused (WorkbookError "nothingToInsert").
 */
export function blockExtent(block: CellBlock): { rows: number; columns: number } {
  const spills = block.spills ?? [];
  const rows = Math.max(block.rows.length, ...spills.map((s) => s.row + s.rows));
  const columns = Math.max(
    0,
    ...block.rows.map((row) => row.length),
    ...spills.map((s) => s.col + s.columns)
  );
  if (block.rows.length === 0 || rows === 0 || columns === 0)
    throw new WorkbookError({ code: "nothingToInsert" });
  return { rows, columns };
}

/** What a port was doing when Excel failed, for the pane to name in its language. */
export type WorkbookStep =
  | { kind: "listSheets" }
  | { kind: "readSheet"; sheet: string }
  | { kind: "readHeads" }
  | { kind: "readSheets" }
  | { kind: "readSelection" }
  | { kind: "readCell" }
  | { kind: "insert" }
  | { kind: "changeCells"; sheet: string }
  | { kind: "goTo"; sheet: string; address: string }
  | { kind: "build" }
  | { kind: "addSheets" };

/**
 * What went wrong in the workbook, as data (a code and what it concerns), so the pane can word it
 * in Bahasa Indonesia or English. The user reads only the pane's wording (src/taskpane/strings.ts);
 * `WorkbookError.message` is the developer's English, for logs and tests.
 */
export type WorkbookProblem =
  /** insertAtSelection: a target cell holds something (a value, a formula or a spilled value). */
  | { code: "cellNotEmpty"; sheet: string; cell: string; rows: number; columns: number }
  /** replaceCells: a cell no longer holds what the change expected; nothing was written. */
  | { code: "cellChanged"; sheet: string; cell: string; expected: Scalar; held: Scalar }
  /** Building needs a newer Excel (ExcelApi `required`). */
  | { code: "excelTooOld"; required: string }
  | { code: "noSheet"; sheet: string }
  | { code: "nothingToInsert" }
  /** addTableRow: the cell is in no table (a register typed by hand, not built as one). */
  | { code: "noTable"; sheet: string; cell: string }
  /**
   * Excel refused a step; `reason` is Excel's own message (already in Office's language). A step
   * that writes says what became of what it had already written (`rollback`).
   */
  | { code: "excelFailed"; step: WorkbookStep; reason: string; rollback?: Rollback };

/**
 * What became of a write that failed part-way (Excel has no transactions: a batch that fails keeps
 * what ran before the failing operation).
 */
export type Rollback =
  /** What the write had put in the workbook was taken out again (or it had put nothing there). */
  | { undone: true }
  /**
   * Taking it out failed too (`reason`, e.g. the connection is gone): these may still hold part of
   * the write — sheets it added (each under `name`, or, when Excel could not say whether it had
   * renamed it yet, `or`), and cells it wrote on sheets that were there before.
   */
  | {
      undone: false;
      reason: string;
      sheets: LeftSheet[];
      cells: { sheet: string; address: string }[];
    };

export interface LeftSheet {
  name: string;
  or?: string;
}

export class WorkbookError extends Error {
  constructor(
    readonly problem: WorkbookProblem,
    message: string = workbookMessage(problem),
    options?: { cause?: unknown }
  ) {
    super(message, options);
    this.name = "WorkbookError";
  }
}

/** True for a WorkbookError (also across bundles, where instanceof may not hold). */
export function isWorkbookError(error: unknown): error is WorkbookError {
  return (
    error instanceof WorkbookError ||
    (error instanceof Error && error.name === "WorkbookError" && "problem" in error)
  );
}

/**
 * A problem in the developer's English, for logs and tests (WorkbookError.message). Not for the
 * user: the pane words a problem from src/taskpane/strings.ts, in either language.
 */
export function workbookMessage(problem: WorkbookProblem): string {
  switch (problem.code) {
    case "cellNotEmpty":
      return `cell ${problem.cell} on sheet '${problem.sheet}' is not empty; select a cell with ${problem.rows} × ${problem.columns} empty cells from it`;
    case "cellChanged":
      return `cell ${problem.cell} on sheet '${problem.sheet}' no longer holds ${shownContent(problem.expected)} (it holds ${shownContent(problem.held)}); nothing was changed`;
    case "excelTooOld":
      return (
        `this version of Excel is too old (Kinerja needs ExcelApi ${problem.required}: ` +
        "Excel 2019 or later, Microsoft 365, or Excel on the web)"
      );
    case "noSheet":
      return `there is no sheet '${problem.sheet}' in this workbook`;
    case "nothingToInsert":
      return "there is nothing to insert";
    case "noTable":
      return `cell ${problem.cell} on sheet '${problem.sheet}' is in no table; nothing was changed`;
    case "excelFailed":
      return (
        `Kinerja could not ${stepWords(problem.step)}: ${problem.reason}` +
        (problem.rollback ? `; ${rollbackMessage(problem.rollback)}` : "")
      );
  }
}

/** What became of a failed write, in the developer's English (the pane words it from strings.ts). */
export function rollbackMessage(rollback: Rollback): string {
  if (rollback.undone) return "what it had written was taken out again, nothing else changed";
  const left = [
    ...rollback.sheets.map((s) => `sheet '${s.name}'${s.or ? ` (or '${s.or}')` : ""}`),
    ...rollback.cells.map((c) => `cells ${c.address} on sheet '${c.sheet}'`),
  ];
  return `taking it out failed too (${rollback.reason}); these may remain: ${left.join(", ")}`;
}

function stepWords(step: WorkbookStep): string {
  switch (step.kind) {
    case "listSheets":
      return "list the sheets";
    case "readSheet":
      return `read sheet '${step.sheet}'`;
    case "readHeads":
      return "read the sheets' first rows";
    case "readSheets":
      return "read the sheets";
    case "readSelection":
      return "read the selection";
    case "readCell":
      return "read the selected cell and the cells its formula reads";
    case "insert":
      return "insert at the selection";
    case "changeCells":
      return `change cells on sheet '${step.sheet}'`;
    case "goTo":
      return `go to ${step.address} on sheet '${step.sheet}'`;
    case "build":
      return "build the scorecard";
    case "addSheets":
      return "add the sheet";
  }
}

/**
 * A cell's content in a message: `empty` for an empty cell ("nothing"; the pane passes its
 * language's word), else JSON ("KPI 2", 42, "=SUM(A1)").
 */
export function shownContent(value: unknown, empty = "nothing"): string {
  return value === "" || value === null || value === undefined ? empty : JSON.stringify(value);
}

export interface WorkbookPort {
  readonly kind: "excel" | "memory" | "sheets";
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /**
   * Builds a plan's sheets. Never overwrites or deletes anything the user has: a sheet or table name
   * in use gets a free one, and nothing outside the new sheets changes. All or nothing: if a round
   * trip fails, the sheets this build added are removed again and the WorkbookError "excelFailed"
   * says so (its `rollback`).
   */
  applyPlan(
    plan: WorkbookPlan,
    onProgress?: (progress: ApplyProgress) => void
  ): Promise<ApplyResult>;
  /**
   * Adds the sheets `build` makes from every sheet's used range (values and formulas, as readSheets
   * gives them), read in the same transaction as the write: the Audit sheet. As applyPlan, all or
   * nothing; null from `build` writes nothing and resolves to null.
   */
  addSheetsFrom(
    build: (sheets: SheetSnapshot[]) => WorkbookPlan | null
  ): Promise<ApplyResult | null>;
  /** Values and formulas of a sheet's used range (the catalogue reads the register it fills). */
  readSheet(name: string): Promise<SheetSnapshot>;
  /**
   * Every sheet's used range, values and formulas, in tab order and in one batch (Excel: one
   * Excel.run, two round trips whatever the number of sheets): what "Check this workbook" reads.
   */
  readSheets(): Promise<SheetSnapshot[]>;
  /**
   * Every sheet's first `rows` rows of its used range, values only, in one batch (Excel: one
   * Excel.run): what finding the KPI registers needs, without reading whole sheets.
   */
  readSheetHeads(rows: number): Promise<SheetHead[]>;
  /** The selected range: sheet, address and values (for the wizard and the catalogue). */
  getSelection(): Promise<{ sheet: string; address: string; values: Scalar[][] }>;
  /**
   * Writes a block with its top-left at the active cell; refuses (rejects with a WorkbookError
   * "cellNotEmpty" naming the first occupied cell) if any target cell is not empty, so nothing the
   * user typed is lost. All or nothing, as applyPlan.
   */
  insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }>;
  /**
   * As insertAtSelection, with the block's top-left at `address` on `sheet` ("write the steps
   * beside this cell"): refused, nothing written, if any target cell is not empty.
   */
  insertAt(
    sheet: string,
    address: string,
    block: CellBlock
  ): Promise<{ sheet: string; address: string }>;
  /**
   * The active cell (the first of the selection), its formula and value, and the values of every
   * range its formula references: what "Explain this cell" reads (Excel: one Excel.run, two round
   * trips whatever the number of references).
   */
  readCellContext(): Promise<CellContext>;
  /**
   * Changes cells of an existing sheet (the catalogue filling free rows). All or nothing:
   * if any cell no longer holds `from`, nothing is written and the promise rejects with a
   * WorkbookError "cellChanged" naming that cell; if the write itself fails part-way, the cells
   * written get their content back (as applyPlan).
   */
  replaceCells(sheet: string, changes: CellChange[]): Promise<void>;
  /**
   * replaceCells on several sheets in one batch (Excel: one Excel.run, two round trips): every cell
   * is checked before any is written, so a changed cell on any sheet leaves all of them as they were.
   */
  replaceCellsOnSheets(changes: { sheet: string; changes: CellChange[] }[]): Promise<void>;
  /**
   * Adds a row at the end of the table that holds `at` on `sheet`, as Excel's table.rows.add: the
   * cells under the table, in its columns, move down a row (nothing is overwritten), references to
   * them follow, and the calculated columns are filled into the new row; then makes `changes` on
   * it, checked as replaceCells. All or nothing; WorkbookError "noTable" if `at` is in no table.
   * Absent where a workbook has no tables (Google Sheets): a register there grows only into its
   * room.
   */
  addTableRow?(sheet: string, at: string, changes: CellChange[]): Promise<void>;
  /** Selects a cell (links from the checker). */
  goTo(sheet: string, address: string): Promise<void>;
  /**
   * Text the pane keeps with the document (the wizard's work between sessions), by key: Excel's
   * document settings (saved into the workbook with it), the in-memory workbook's own store (the
   * browser's localStorage in preview mode). null when nothing is kept under `key`.
   */
  loadPaneState(key: string): Promise<string | null>;
  /** Keeps `text` under `key` with the document; null removes it. */
  savePaneState(key: string, text: string | null): Promise<void>;
  /**
   * Calls `listener` after the workbook's sheets change (added, removed or renamed; the in-memory
   * workbook also after every cell change), so what the pane read can be read again; returns the
   * unsubscribe. Excel calls it once per sheet (a Build adding 7 sheets: 7 calls). Optional.
   */
  subscribe?(listener: () => void): () => void;
  /**
   * True when `subscribe` hears every change, cells included (the in-memory workbook): what the pane
   * read stays true until the listener is called. Otherwise (Excel: no cell edits, renames only from
   * ExcelApi 1.17, nothing if listening failed) the events are hints, and the pane reads again
   * when it needs the workbook as it is now.
   */
  readonly reportsEveryChange?: boolean;
}

/** Picks `preferred`, or "preferred (2)", "(3)"… not in `taken` (case-insensitive, ≤ 31 characters). */
export function freeSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  const clean = preferred.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = clean.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Picks a table name not in `taken`: "BSC_Register", "BSC_Register2"… (table names are workbook-wide). */
export function freeTableName(preferred: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (name) => name.toLowerCase()));
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let k = 2; ; k++) {
    const candidate = `${preferred}${k}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
