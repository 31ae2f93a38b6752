/**
 * A1 addresses: column letters, cells and ranges. Rows and columns are 0-based inside the code and
 * 1-based in the text, as in Excel. The one home of every address helper: parse, print, normalise
 * ("$b$4" → "B4") and make absolute ("B4" → "$B$4").
 *
 * Hand-written: exceljs has such helpers (lib/utils/col-cache.js) but not as public API, and these
 * few functions are all the templates, readers and writers need.
 */

/** Excel's grid: 1,048,576 rows and 16,384 columns (A to XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Cell address from 0-based row and column: (3, 1) → "B4". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export interface CellPosition {
  row: number;
  col: number;
}

export interface RangePosition {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B4" or "$B$4" → { row: 3, col: 1 }. */
export function parseCell(address: string): CellPosition {
  const match = CELL.exec(address.trim());
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** The cell `address` names on Excel's grid (A1 to XFD1048576), or null when it names none. */
export function cellOnSheet(address: string): CellPosition | null {
  const match = CELL.exec(address.trim());
  if (!match) return null;
  const row = Number(match[2]) - 1;
  const col = columnIndex(match[1]);
  return row >= 0 && row < MAX_ROWS && col < MAX_COLUMNS ? { row, col } : null;
}

/** "B4:D9" (or a single cell) → its corners. */
export function parseRange(range: string): RangePosition {
  const [first, second] = range.split(":");
  const a = parseCell(first);
  return corners(a, second ? parseCell(second) : a);
}

/** The range `range` names on Excel's grid ("B4:D9" or one cell), or null when it names none. */
export function rangeOnSheet(range: string): RangePosition | null {
  const parts = range.split(":");
  if (parts.length > 2) return null;
  const a = cellOnSheet(parts[0]);
  const b = parts.length === 2 ? cellOnSheet(parts[1]) : a;
  return a && b ? corners(a, b) : null;
}

/** The rectangle two opposite corners span, whichever corners they are. */
function corners(a: CellPosition, b: CellPosition): RangePosition {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Whether two ranges share a cell. */
export function rangesOverlap(a: RangePosition, b: RangePosition): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Corners → "B4:D9" ("B4" for one cell). */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  return top === bottom && left === right ? start : `${start}:${cellAddress(bottom, right)}`;
}

/** "$b$4" → "B4": the form maps of cells are keyed by. */
export function normalCell(address: string): string {
  const { row, col } = parseCell(address);
  return cellAddress(row, col);
}

/** "b4:$d$9" → "B4:D9", "D9:B4" → "B4:D9", "B4:B4" → "B4". */
export function normalRange(range: string): string {
  const { top, left, bottom, right } = parseRange(range);
  return rangeAddress(top, left, bottom, right);
}

/** "B4" → "$B$4", "b4:D9" → "$B$4:$D$9". */
export function absolute(address: string): string {
  return address
    .split(":")
    .map((part) => {
      const { row, col } = parseCell(part);
      return `$${columnLetter(col)}$${row + 1}`;
    })
    .join(":");
}

/** "$E$5:$E$12"-style absolute range from 0-based corners ("$E$5" for one cell). */
export function absRange(top: number, left: number, bottom: number, right: number): string {
  return absolute(rangeAddress(top, left, bottom, right));
}

/** (4, 4) → "$E$5". */
export function absCell(row: number, col: number): string {
  return absolute(cellAddress(row, col));
}

/**
 * Where a quoted run of a formula that starts at `i` ends (just past its closing quote): text in
 * double quotes, a sheet name in single quotes ("" and '' are escaped quotes); `i` when none starts
 * there. What the formula scanners skip.
 */
export function quotedRunEnd(formula: string, i: number): number {
  const quote = formula[i];
  if (quote !== '"' && quote !== "'") return i;
  let j = i + 1;
  while (j < formula.length && !(formula[j] === quote && formula[j + 1] !== quote))
    j += formula[j] === quote ? 2 : 1;
  return Math.min(j + 1, formula.length);
}

/** A cell reference in a formula: its column part, its row part ($ kept); not part of a longer word. */
const REFERENCE = /\$?[A-Za-z]{1,3}(\$?)(\d+)(?![\w.(!])/y;

/**
 * `formula` as it reads `rows` rows further down: every relative row (B7, $B7, B7:C7) moves, absolute
 * rows ($B$7) stay, as when Excel fills a formula down a table column. Text in double quotes and
 * sheet names in quotes are left alone; a word that continues another ("LOG10(", "Sheet1!") is no
 * reference.
 */
export function shiftRows(formula: string, rows: number): string {
  return replaceOutsideQuotes(formula, /[A-Za-z$]/, REFERENCE, ([text, rowDollar, row]) =>
    rowDollar ? text : text.slice(0, text.length - row.length) + String(Number(row) + rows)
  );
}

/**
 * `formula` with each match of the sticky `pattern` replaced by `replace(match)`, where a match
 * starts at a character that `starts` accepts and that does not continue a word ("B" in "AB(",
 * "10" in "LOG10", "B" in "$B"). Text in double quotes and sheet names in single quotes are copied
 * as they are, unless `starts` accepts the opening quote and `pattern` matches from it (a reference
 * on a quoted sheet name, 'My sheet'!B7).
 */
export function replaceOutsideQuotes(
  formula: string,
  starts: RegExp,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string
): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    pattern.lastIndex = i;
    const match =
      starts.test(ch) && !/[\w.$]/.test(formula[i - 1] ?? "") ? pattern.exec(formula) : null;
    if (match) {
      out += replace(match);
      i += match[0].length;
      continue;
    }
    const end = quotedRunEnd(formula, i);
    if (end > i) {
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** "$E6:$P6": one row from `left` to `right`, columns fixed and the row relative (filled down, it moves). */
export function rowSpan(row: number, left: number, right: number): string {
  return `$${columnLetter(left)}${row + 1}:$${columnLetter(right)}${row + 1}`;
}
