/**
 * The values a formula computes with, and Excel's rules for reading one value as another (a number
 * for arithmetic, text for &, an order for comparisons).
 */
import type { Scalar } from "../sheet/plan";
import { generalText } from "./number-format";

export interface ErrorValue {
  error: "#VALUE!" | "#N/A" | "#DIV/0!" | "#NAME?" | "#REF!" | "#NUM!" | "#SPILL!" | "#CYCLE!";
  message?: string;
}
/** What one cell holds: a constant (null when empty) or an error. */
export type CellResult = Scalar | ErrorValue;
/** The cells of a range, row by row. */
export type Grid = CellResult[][];
/** What an expression computes: one value or a range of them. */
export type Value = CellResult | Grid;

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

export const err = (error: ErrorValue["error"], message?: string): ErrorValue => ({
  error,
  message,
});

/** A range's top-left cell; a single value is itself. */
export function scalarOf(value: Value): CellResult {
  return Array.isArray(value) ? (value[0]?.[0] ?? null) : value;
}

/** The cells of a range, row by row (a single value is a 1×1 range). */
export function cellsOf(value: Value): CellResult[] {
  return Array.isArray(value) ? value.flat() : [value];
}

export function gridOf(value: Value): Grid {
  return Array.isArray(value) ? value : [[value]];
}

/**
 * A value as arithmetic reads it (Excel's rules): an empty cell is 0, TRUE/FALSE are 1/0, text that
 * reads as a number is that number; other text, the empty text "" included, is #VALUE!.
 */
export function toNumber(value: CellResult): number | ErrorValue {
  if (isErrorValue(value)) return value;
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = value.trim() === "" ? NaN : Number(value);
  return Number.isFinite(n) ? n : err("#VALUE!", `"${value}" is not a number`);
}

/** A value as & and text functions read it; numbers as Excel's General format, 15 significant digits. */
export function toText(value: CellResult): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return generalText(value);
  return String(value);
}

/**
 * Excel's order of values: numbers < text < logical values; text without regard to case; an empty
 * cell is 0, "" or FALSE, whichever the other side is. Negative, zero or positive, as a sort compares.
 */
export function compare(a: CellResult, b: CellResult): number {
  const blankA = a === null;
  const blankB = b === null;
  if (blankA && blankB) return 0;
  const av = blankA ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const bv = blankB ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  const rank = (v: unknown) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(av) !== rank(bv)) return rank(av) - rank(bv);
  if (typeof av === "string" && typeof bv === "string") {
    const x = av.toLowerCase();
    const y = bv.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(av);
  const y = Number(bv);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a comparison's outcome (negative, zero, positive) satisfies the operator `op`. */
export function holds(op: string, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    default:
      return order >= 0;
  }
}
