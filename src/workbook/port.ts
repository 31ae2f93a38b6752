/**
 * The small workbook interface the pane, the template writer and the tests share. The pane never
 * calls Excel.run itself: it talks to a WorkbookPort, which is Excel (src/workbook/office.ts) inside
 * Office and an in-memory workbook (src/workbook/memory.ts) in preview mode and in tests.
 */
import type { Scalar, WorkbookPlan } from "../sheet/plan";
import type { CellChange, SheetHead, SheetSnapshot } from "../sheet/snapshot";

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

/** What a port was doing when Excel failed, for the pane to name in its language. */
export type WorkbookStep =
  | { kind: "listSheets" }
  | { kind: "readSheet"; sheet: string }
  | { kind: "readHeads" }
  | { kind: "readSheets" }
  | { kind: "readSelection" }
  | { kind: "insert" }
  | { kind: "changeCells"; sheet: string }
  | { kind: "goTo"; sheet: string; address: string }
  | { kind: "build" };

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
  /** Excel refused a step; `reason` is Excel's own message (already in Office's language). */
  | { code: "excelFailed"; step: WorkbookStep; reason: string };

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
    case "excelFailed":
      return `Kinerja could not ${stepWords(problem.step)}: ${problem.reason}`;
  }
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
    case "insert":
      return "insert at the selection";
    case "changeCells":
      return `change cells on sheet '${step.sheet}'`;
    case "goTo":
      return `go to ${step.address} on sheet '${step.sheet}'`;
    case "build":
      return "build the scorecard";
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
  readonly kind: "excel" | "memory";
  /** Sheet names in tab order. */
  listSheets(): Promise<string[]>;
  /**
   * Builds a plan's sheets. Never overwrites or deletes anything the user has: a sheet or table name
   * in use gets a free one, and nothing outside the new sheets changes.
   */
  applyPlan(
    plan: WorkbookPlan,
    onProgress?: (progress: ApplyProgress) => void
  ): Promise<ApplyResult>;
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
   * user typed is lost.
   */
  insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }>;
  /**
   * Changes cells of an existing sheet (the catalogue filling placeholder rows). All or nothing:
   * if any cell no longer holds `from`, nothing is written and the promise rejects with a
   * WorkbookError "cellChanged" naming that cell.
   */
  replaceCells(sheet: string, changes: CellChange[]): Promise<void>;
  /** Selects a cell (links from the checker). */
  goTo(sheet: string, address: string): Promise<void>;
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
