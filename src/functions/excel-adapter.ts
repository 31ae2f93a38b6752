/**
 * The small layer between Excel and the maths core: Excel's arguments in, core calls, Excel values
 * out. No maths here. Every custom function runs its body through `guard`, so nothing escapes into
 * Excel uncaught and no NaN or Infinity is ever returned (spec §0).
 */
import {
  CellValue,
  Grid,
  KinerjaError,
  gridShape,
  invalid,
  isKinerjaError,
  isOmitted,
  readRange,
  where,
} from "../core";

export type ExcelCell = number | string | boolean | CustomFunctions.Error;
export type ExcelResult = ExcelCell | ExcelCell[][];

function errorCode(kind: KinerjaError["kind"]): CustomFunctions.ErrorCode {
  switch (kind) {
    case "NA":
      return CustomFunctions.ErrorCode.notAvailable;
    case "DIV0":
      return CustomFunctions.ErrorCode.divisionByZero;
    default:
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** A core error becomes the matching Excel error; anything else is a bug, still reported, never thrown. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (isKinerjaError(error)) {
    // Excel shows messages only for #VALUE! and #N/A; #DIV/0! carries none.
    return error.kind === "DIV0"
      ? new CustomFunctions.Error(errorCode(error.kind))
      : new CustomFunctions.Error(errorCode(error.kind), error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `Kinerja could not compute this (${detail}); please report it with the inputs`
  );
}

function isBadNumber(value: unknown): boolean {
  return typeof value === "number" && !Number.isFinite(value);
}

/**
 * Runs the body of a function declared with a matrix result (it may spill): the answer is always a
 * 2-D array — a single value or a single error comes back as a 1×1 array.
 */
export function guardSpill(body: () => ExcelResult): ExcelCell[][] {
  const result = guard(body);
  return Array.isArray(result) ? result : [[result]];
}

/** Runs a function body: errors become Excel errors, and a non-finite number is never returned. */
export function guard(body: () => ExcelResult): ExcelResult {
  try {
    const result = body();
    if (Array.isArray(result)) {
      for (const row of result) for (const cell of row) if (isBadNumber(cell)) return nonFinite();
    } else if (isBadNumber(result)) {
      return nonFinite();
    }
    return result;
  } catch (error) {
    return toExcelError(error);
  }
}

function nonFinite(): CustomFunctions.Error {
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    "the result is not a finite number; check that the inputs are in a sensible range"
  );
}

/**
 * A repeating range parameter (=AHP.GROUP(B2:D4, F2:H4, …)): Excel passes all of its arguments as
 * one array, one 2-D range per argument; each is checked as a range named `name` (one range) or
 * `name1`, `name2`, … (several).
 */
export function readRanges(arg: unknown, name: string): Grid[] {
  if (!Array.isArray(arg)) return [];
  return arg.map((range, k) => readRange(range, rangeName(name, k, arg.length)));
}

/** "matrix" when there is one range, "matrix2" for the second of several. */
export function rangeName(name: string, k: number, ranges: number): string {
  return ranges === 1 ? name : `${name}${k + 1}`;
}

/** A vector as a spilled column, or as a row when the input was a row (spec §0). */
export function spill<T>(values: readonly T[], asRow = false): T[][] {
  return asRow ? [values.slice()] : values.map((value) => [value]);
}

/**
 * The core names an argument at the start of its messages ("level must be from 0 to 10, …") but
 * cannot know the row of a spilled call: add it ("level, row 3 of 5 must be …").
 */
function located(error: unknown, names: string[], place: (argIndex: number) => string): unknown {
  if (!isKinerjaError(error)) return error;
  for (let k = 0; k < names.length; k++) {
    const name = names[k];
    if (!error.message.startsWith(`${name} `)) continue;
    const placed = place(k);
    if (placed === name) return error;
    return new KinerjaError(error.kind, placed + error.message.slice(name.length));
  }
  return error;
}

/** A computed element-by-element result over arguments of one shape, or single cells broadcast. */
export type ElementFn = (
  cells: CellValue[],
  place: (argIndex: number) => string
) => number | string;

/**
 * Applies `compute` to each position of the (broadcast) arguments, so =TRAFFIC(C2:C40) spills one
 * status per row. Shapes are checked first: each argument is a cell or a rectangular range, and
 * the first `required` are given. A bad element becomes an error in its own cell, naming the
 * argument and the row; a single-cell call returns a single value (the hot path: no arrays are
 * built).
 */
export function elementwise(
  args: unknown[],
  names: string[],
  compute: ElementFn,
  required = args.length
): ExcelResult {
  let rows = 1;
  let cols = 1;
  let shapeFrom = -1;
  for (let k = 0; k < args.length; k++) {
    const arg = args[k];
    if (!Array.isArray(arg)) {
      if (k < required && isOmitted(arg))
        throw invalid(`${names[k]} is required; expected a cell or a range`);
      continue;
    }
    const { rows: r, cols: c } = gridShape(arg, names[k], "a cell or a range");
    if (r === 1 && c === 1) continue;
    if (shapeFrom < 0) {
      rows = r;
      cols = c;
      shapeFrom = k;
    } else if (r !== rows || c !== cols) {
      throw invalid(
        `${names[k]} is ${r}×${c} but ${names[shapeFrom]} is ${rows}×${cols}; give ranges of the same size or single cells`
      );
    }
  }
  const isSingle = (arg: Grid) => arg.length === 1 && arg[0].length === 1;
  const cellOf = (arg: unknown, r: number, c: number): CellValue => {
    if (!Array.isArray(arg)) return isOmitted(arg) ? null : (arg as CellValue);
    return isSingle(arg) ? arg[0][0] : arg[r][c];
  };
  const cells = new Array<CellValue>(args.length);
  if (shapeFrom < 0) {
    for (let k = 0; k < args.length; k++) cells[k] = cellOf(args[k], 0, 0);
    return compute(cells, (k) => names[k]);
  }
  const out: ExcelCell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array<ExcelCell>(cols);
    for (let c = 0; c < cols; c++) {
      for (let k = 0; k < args.length; k++) cells[k] = cellOf(args[k], r, c);
      const place = (k: number): string => {
        const arg = args[k];
        return Array.isArray(arg) && !isSingle(arg) ? where(names[k], r, c, rows, cols) : names[k];
      };
      try {
        const value = compute(cells, place);
        row[c] = isBadNumber(value) ? nonFinite() : value;
      } catch (error) {
        row[c] = toExcelError(located(error, names, place));
      }
    }
    out[r] = row;
  }
  return out;
}
