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

/** A scalar argument that may arrive as a single cell or a 1×1 range. */
export function readScalar(
  value: CellValue | Grid,
  arg: string,
  expected = "a number",
  blankIsMissing = false
): number {
  const cell = Array.isArray(value) ? singleCell(value as Grid, arg) : (value as CellValue);
  return readNumber(cell, arg, expected, blankIsMissing);
}

/** An optional scalar: blank or omitted gives `fallback`. */
export function readOptionalScalar(
  value: CellValue | Grid,
  arg: string,
  fallback: number,
  expected = "a number"
): number {
  const cell = Array.isArray(value) ? singleCell(value as Grid, arg) : (value as CellValue);
  return isBlank(cell) ? fallback : readNumber(cell, arg, expected);
}

/** An optional text option (a method or a table name): blank or omitted gives `fallback`. */
export function readOption<T extends string>(
  value: CellValue | Grid,
  arg: string,
  choices: readonly T[],
  fallback: T
): T {
  const cell = Array.isArray(value) ? singleCell(value as Grid, arg) : (value as CellValue);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "string") {
    const wanted = cell.trim().toLowerCase();
    const match = choices.find((choice) => choice.toLowerCase() === wanted);
    if (match) return match;
  }
  throw unknownChoice(arg, choices, cell);
}

/** The content of an argument that must be one cell (a value, or a 1×1 range). */
export function readCell(value: CellValue | Grid, arg: string): CellValue {
  return Array.isArray(value) ? singleCell(value as Grid, arg) : (value as CellValue);
}

function singleCell(grid: Grid, arg: string): CellValue {
  const rows = grid.length;
  const cols = rows > 0 ? grid[0].length : 0;
  if (rows !== 1 || cols !== 1) {
    throw invalid(
      `${arg} must be a single cell, got a range of ${count(rows, "row")} × ${count(cols, "column")}`
    );
  }
  return grid[0][0];
}

/** The shape of a grid; throws when it is empty or ragged. */
export function gridShape(grid: Grid, arg: string): { rows: number; cols: number } {
  const rows = grid.length;
  if (rows === 0 || grid[0].length === 0)
    throw invalid(`${arg} is empty; expected at least one cell`);
  const cols = grid[0].length;
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

/** A plain number array, checked: for library callers who pass numbers rather than cells. */
export function checkFinite(values: readonly number[], arg: string, expected = "a number"): void {
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw notANumber(value as CellValue, `${arg}, item ${k + 1}`, expected);
    }
  }
}
