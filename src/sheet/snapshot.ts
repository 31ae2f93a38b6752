/**
 * A sheet as a workbook gives it back (values and formulas of its used range), and a change to one
 * of its cells: what the readers (the checker, the register reader, the catalogue filler) take and
 * return, so that they read any workbook without knowing the ports that fetch it.
 */
import type { Scalar } from "./plan";

export interface SheetSnapshot {
  name: string;
  /** Address of the used range (e.g. "A1:H40"), or null for an empty sheet. */
  address: string | null;
  values: Scalar[][];
  formulas: Scalar[][];
}

/**
 * The first rows of a sheet's used range (values only): enough to find a KPI register's header
 * without reading the whole sheet (port.readSheetHeads).
 */
export interface SheetHead {
  name: string;
  /** Address of the rows read (e.g. "A1:H30"), or null for an empty sheet. */
  address: string | null;
  values: Scalar[][];
}

/** One cell to change, with what it must hold now: the change is refused if the user changed it. */
export interface CellChange {
  address: string;
  /** The value or formula the cell must still hold (null = empty). */
  from: Scalar;
  to: Scalar;
}

/**
 * Whether a cell (its `formulas` entry) still holds `expected`, the rule every port applies to a
 * CellChange's `from`: empty is "" or null, formulas compare without regard to case or spaces
 * (Excel rewrites "=sum(a1)" as "=SUM(A1)"), the rest as text (the text "2024" and the number 2024
 * look the same to the user).
 */
export function isSameContent(held: unknown, expected: Scalar): boolean {
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  if (blank(held) || blank(expected)) return blank(held) && blank(expected);
  if (typeof expected === "string" && expected.startsWith("=")) {
    const squeeze = (f: string) => f.replace(/\s+/g, "").toUpperCase();
    return typeof held === "string" && squeeze(held) === squeeze(expected);
  }
  return String(held) === String(expected);
}

/**
 * One cell and what its formula reads: what "Explain this cell" needs from a workbook. `ranges` are
 * the references of the formula as written (a reference without a sheet is on `sheet`), each with
 * the values it holds now.
 */
export interface CellContext {
  sheet: string;
  address: string;
  /** The formula ("=…"), or null for a constant or an empty cell. */
  formula: string | null;
  value: Scalar;
  ranges: { sheet: string; address: string; values: Scalar[][] }[];
}
