/**
 * Excel's operators on computed values: arithmetic, & and comparisons, each applied element by
 * element when a side is a range (array formulas: SUMPRODUCT(--(A1:A9="GREEN"), B1:B9)).
 */
import {
  compare,
  err,
  holds,
  isErrorValue,
  toNumber,
  toText,
  type CellResult,
  type Grid,
  type Value,
} from "./values";

/** A binary operator on two values; a range pairs cell by cell, a single row or column repeats. */
export function binary(op: string, left: Value, right: Value): Value {
  if (!Array.isArray(left) && !Array.isArray(right)) return binaryScalar(op, left, right);
  const l = Array.isArray(left) ? left : [[left]];
  const r = Array.isArray(right) ? right : [[right]];
  const rows = Math.max(l.length, r.length);
  const cols = Math.max(l[0].length, r[0].length);
  // Outside a smaller range: #N/A, as in Excel. An empty cell inside it is null, not missing.
  const pick = (m: Grid, i: number, j: number): CellResult => {
    const row = m[m.length === 1 ? 0 : i];
    const col = m[0].length === 1 ? 0 : j;
    return row !== undefined && col < row.length ? row[col] : err("#N/A");
  };
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => binaryScalar(op, pick(l, i, j), pick(r, i, j)))
  );
}

const COMPARISONS = new Set(["=", "<>", "<", ">", "<=", ">="]);

function binaryScalar(op: string, a: CellResult, b: CellResult): CellResult {
  if (isErrorValue(a)) return a;
  if (isErrorValue(b)) return b;
  if (op === "&") return toText(a) + toText(b);
  if (COMPARISONS.has(op)) return holds(op, compare(a, b));
  const x = toNumber(a);
  const y = toNumber(b);
  if (isErrorValue(x)) return x;
  if (isErrorValue(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!") : x / y;
    case "^":
      return Math.pow(x, y);
  }
  return err("#NAME?", `operator ${op}`);
}

/** A numeric operation on a value or, element by element, on a range (unary minus, percent). */
export function mapNumbers(value: Value, fn: (v: number) => number): Value {
  const one = (cell: CellResult): CellResult => {
    const n = toNumber(cell);
    return isErrorValue(n) ? n : fn(n);
  };
  return Array.isArray(value) ? value.map((row) => row.map(one)) : one(value);
}
