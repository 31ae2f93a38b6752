/**
 * The small workbook interface the pane, the template writer and the tests share. The pane never
 * calls Excel.run itself: it talks to a WorkbookPort, which is Excel (src/workbook/office.ts) inside
 * Office and an in-memory workbook (src/workbook/memory.ts) in preview mode and in tests.
 */
import type { Scalar, WorkbookPlan } from "../templates/plan";

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

/** One cell to change, with what it must hold now: the change is refused if the user changed it. */
export interface CellChange {
  address: string;
  /** The value or formula the cell must still hold (null = empty). */
  from: Scalar;
  to: Scalar;
}

export interface SheetSnapshot {
  name: string;
  /** Address of the used range (e.g. "A1:H40"), or null for an empty sheet. */
  address: string | null;
  values: Scalar[][];
  formulas: Scalar[][];
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
  /** Values and formulas of a sheet's used range (for "Check this workbook"). */
  readSheet(name: string): Promise<SheetSnapshot>;
  /** The selected range: sheet, address and values (for the wizard and the catalogue). */
  getSelection(): Promise<{ sheet: string; address: string; values: Scalar[][] }>;
  /**
   * Writes a block with its top-left at the active cell; refuses (rejects with a message naming the
   * first occupied cell) if any target cell is not empty, so nothing the user typed is lost.
   */
  insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }>;
  /**
   * Changes cells of an existing sheet (the catalogue filling placeholder rows). All or nothing:
   * if any cell no longer holds `from`, nothing is written and the promise rejects naming that cell.
   */
  replaceCells(sheet: string, changes: CellChange[]): Promise<void>;
  /** Selects a cell (links from the checker). */
  goTo(sheet: string, address: string): Promise<void>;
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
