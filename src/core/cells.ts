/**
 * Reading spreadsheet input (spec §0).
 *
 * Excel and Google Sheets hand a function its ranges as 2-D arrays of numbers, text, booleans and
 * blanks (`null`, `undefined` or `""`). These helpers turn such a grid into plain numbers once, at
 * the edge, and name the argument and the cell when something is not what was expected.
 */
import { count, describeValue, invalid, notAvailable, unknownChoice } from "./errors";

export type CellValue = number | string | boolean | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

export function isBlank(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** "row 2, column 3" for a matrix; "row 2" in a column; "column 3" in a row; "" for a single cell. */
export function cellPosition(row: number, col: number, rows: number, cols: number): string {
  if (rows === 1 && cols === 1) return "";
  if (cols === 1) return `row ${row + 1}`;
  if (rows === 1) return `column ${col + 1}`;
  return `row ${row + 1}, column ${col + 1}`;
}

/** "matrix" or "matrix, row 2, column 3": the argument and, inside a range, the cell. */
export function where(arg: string, row = 0, col = 0, rows = 1, cols = 1): string {
  const position = cellPosition(row, col, rows, cols);
  return position ? `${arg}, ${position}` : arg;
}

/** Why a non-number is not accepted, in words a spreadsheet user acts on. */
function notANumber(value: CellValue, place: string, expected: string): Error {
  if (isBlank(value)) return invalid(`${place} is blank; expected ${expected}`);
  if (typeof value === "string") {
    const text = value.trim();
    if (text !== "" && Number.isFinite(Number(text.replace(",", ".")))) {
      return invalid(
        `${place} holds ${describeValue(value)}, a number stored as text; expected ${expected}`
      );
    }
    if (/^\s*\d+(?:[.,]\d+)?\s*\/\s*\d+(?:[.,]\d+)?\s*$/.test(text)) {
      return invalid(
        `${place} holds the fraction "${text}" as text; type it as a formula, e.g. =${text.replace(/\s+/g, "")}`
      );
    }
  }
  return invalid(`${place} must be ${expected}, got ${describeValue(value)}`);
}

/**
 * One number from one cell. `place` is the wording used in errors ("actual", "matrix, row 2").
 * A blank is `#N/A` when `blankIsMissing` (a value not yet entered) and `#VALUE!` otherwise.
 */
export function readNumber(
  value: CellValue,
  place: string,
  expected = "a number",
  blankIsMissing = false
): number {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw invalid(`${place} must be ${expected}, got ${String(value)}`);
  }
  if (blankIsMissing && isBlank(value))
    throw notAvailable(`${place} is blank (no value entered yet)`);
  throw notANumber(value, place, expected);
}

/**
 * An argument the caller left out. Excel passes an omitted argument as null (sometimes ""), and a
 * call with fewer arguments than declared puts its invocation object, a plain object, where the
 * first missing one would be. Cell values are never objects: Excel returns an error argument's
 * error itself, without calling the function.
 */
export function isOmitted(value: unknown): boolean {
  return isBlank(value as CellValue) || (typeof value === "object" && !Array.isArray(value));
}

/**
 * The content of an argument that must be one cell: a value, or a 1×1 range. An omitted argument
 * reads as a blank, which the caller then takes as its default or refuses.
 */
export function readCell(value: unknown, arg: string): CellValue {
  if (Array.isArray(value)) {
    const { rows, cols } = gridShape(value, arg, "a single cell");
    if (rows !== 1 || cols !== 1) {
      throw invalid(
        `${arg} must be a single cell, got a range of ${count(rows, "row")} × ${count(cols, "column")}`
      );
    }
    return value[0][0];
  }
  return isOmitted(value) ? null : (value as CellValue);
}

/** A scalar argument that may arrive as a single cell or a 1×1 range. */
export function readScalar(
  value: unknown,
  arg: string,
  expected = "a number",
  blankIsMissing = false
): number {
  return readNumber(readCell(value, arg), arg, expected, blankIsMissing);
}

/** An optional scalar: blank or omitted gives `fallback`. */
export function readOptionalScalar(
  value: unknown,
  arg: string,
  fallback: number,
  expected = "a number"
): number {
  const cell = readCell(value, arg);
  return isBlank(cell) ? fallback : readNumber(cell, arg, expected);
}

/** An optional text option (a method or a table name): blank or omitted gives `fallback`. */
export function readOption<T extends string>(
  value: unknown,
  arg: string,
  choices: readonly T[],
  fallback: T
): T {
  const cell = readCell(value, arg);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "string") {
    const wanted = cell.trim().toLowerCase();
    const match = choices.find((choice) => choice.toLowerCase() === wanted);
    if (match) return match;
  }
  throw unknownChoice(arg, choices, cell);
}

/**
 * A range argument, checked before anything reads it: given, two-dimensional, not empty and
 * rectangular. A single value counts as a 1×1 range.
 */
export function readRange(value: unknown, arg: string, expected = "a range"): Grid {
  if (isOmitted(value)) throw invalid(`${arg} is required; expected ${expected}`);
  const grid = Array.isArray(value) ? (value as Grid) : [[value as CellValue]];
  gridShape(grid, arg, expected);
  return grid;
}

/** The shape of a grid; throws when it is not rows of cells, empty or ragged. */
export function gridShape(
  grid: Grid,
  arg: string,
  expected = "a range"
): { rows: number; cols: number } {
  if (!Array.isArray(grid)) throw invalid(`${arg} must be ${expected}, got ${describeValue(grid)}`);
  const rows = grid.length;
  if (rows === 0) throw invalid(`${arg} is empty; expected at least one cell`);
  for (let r = 0; r < rows; r++) {
    if (!Array.isArray(grid[r])) {
      throw invalid(
        `${arg} must be ${expected}, got a one-dimensional list of ${count(rows, "value")}`
      );
    }
  }
  const cols = grid[0].length;
  if (cols === 0) throw invalid(`${arg} is empty; expected at least one cell`);
  for (let r = 1; r < rows; r++) {
    if (grid[r].length !== cols) {
      throw invalid(
        `${arg}: row ${r + 1} has ${count(grid[r].length, "cell")} but row 1 has ${cols}`
      );
    }
  }
  return { rows, cols };
}

export interface Vector {
  values: number[];
  /** True when the input was a single row (with more than one cell): results then spill as a row. */
  isRow: boolean;
}

/** A vector from a single row or a single column; every cell must be a number. */
export function readVector(
  grid: Grid,
  arg: string,
  expected = "a number",
  /** What a blank means here, when it is not simply a wrong input (e.g. "not measured yet"). */
  blank?: (place: string) => Error
): Vector {
  const { rows, cols } = gridShape(grid, arg);
  if (rows > 1 && cols > 1) {
    throw invalid(
      `${arg} must be a single row or column, got ${count(rows, "row")} × ${count(cols, "column")}`
    );
  }
  const isRow = rows === 1 && cols > 1;
  const length = isRow ? cols : rows;
  const values = new Array<number>(length);
  for (let k = 0; k < length; k++) {
    const r = isRow ? 0 : k;
    const c = isRow ? k : 0;
    const place = where(arg, r, c, rows, cols);
    if (blank && isBlank(grid[r][c])) throw blank(place);
    values[k] = readNumber(grid[r][c], place, expected);
  }
  return { values, isRow };
}
