/**
 * A table that gains a row at its end, and what that does to the formulas that read its sheet — as
 * Excel does it, for the in-memory workbook:
 *
 * - a row added with Tab in the table's last cell, Insert › Table Rows Below or the pane's Add KPI
 *   (Excel's table.rows.add) is inserted: the cells under the table, in its columns, move down a
 *   row, and every reference to a moved cell moves with it (a range that spans the new row grows);
 * - a value typed into the empty row directly under a table extends the table over that row, with
 *   nothing moved;
 * - either way, a range that reads a whole column of the table (its rows, from the header or the
 *   first row to the last) grows with it, and the calculated columns are filled into the new row.
 *
 * Hand-written: no library rewrites A1 formula text for a row insertion.
 */
import {
  cellAddress,
  columnIndex,
  columnLetter,
  replaceOutsideQuotes,
  type RangePosition,
} from "../sheet/a1";
import { unquoteSheetName } from "../sheet/plan";

/** The table as it was, and whether its new row was inserted (cells under it moved down). */
export interface TableGrowth {
  /** The sheet the table is on, and the sheet the formula is on (its own references name none). */
  sheet: string;
  formulaSheet: string;
  /** The table before it grew: its header row, columns and last row (0-based). */
  table: RangePosition;
  inserted: boolean;
}

/** A reference, optionally on a sheet ('My sheet'!$B$7, Tracking!B7:C9); not part of a longer word. */
const REFERENCE =
  /(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![\w.(!])/y;

const sheetOf = (prefix: string | undefined, own: string): string =>
  prefix === undefined ? own : unquoteSheetName(prefix);

/** `formula` as Excel rewrites it after the table of `growth` gained a row at its end. */
export function growFormula(formula: string, growth: TableGrowth): string {
  const { table } = growth;
  const newRow = table.bottom + 1;
  const inColumns = (left: number, right: number) => left >= table.left && right <= table.right;
  return replaceOutsideQuotes(formula, /['A-Za-z_$]/, REFERENCE, (match) => {
    const [, prefix, c1$, c1, r1$, r1, c2$, c2, r2$, r2] = match;
    const onSheet =
      sheetOf(prefix, growth.formulaSheet).toLowerCase() === growth.sheet.toLowerCase();
    const left = columnIndex(c1);
    const right = c2 === undefined ? left : columnIndex(c2);
    let top = Number(r1) - 1;
    let bottom = r2 === undefined ? top : Number(r2) - 1;
    if (onSheet && inColumns(Math.min(left, right), Math.max(left, right))) {
      const wholeColumn =
        r2 !== undefined && bottom === table.bottom && (top === table.top || top === table.top + 1);
      if (growth.inserted && top >= newRow) top++;
      if ((growth.inserted && bottom >= newRow) || wholeColumn) bottom++;
    }
    const cell = (c$: string, c: string, r$: string, row: number) =>
      `${c$}${c.toUpperCase()}${r$}${row + 1}`;
    return (
      (prefix === undefined ? "" : `${prefix}!`) +
      cell(c1$, c1, r1$, top) +
      (r2 === undefined ? "" : `:${cell(c2$, c2, r2$, bottom)}`)
    );
  });
}

/** The table's range after it gained a row. */
export function grownRange(table: RangePosition): string {
  return `${cellAddress(table.top, table.left)}:${columnLetter(table.right)}${table.bottom + 2}`;
}
