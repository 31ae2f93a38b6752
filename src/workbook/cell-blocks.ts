/**
 * How a writer that talks to a live spreadsheet batches a sheet plan: cells grouped into rectangles
 * (one write per rectangle, so the number of writes does not grow with the KPI rows), the look of the
 * cells a formula spills into, and text kept as text. Shared by the Office.js writer
 * (office-writer.ts) and the Google Sheets writer (src/gsheets), which both read what they are given
 * as if the user typed it.
 */
import type { CellPlan, SheetPlan } from "../sheet/plan";
import { spillNumberFormat } from "../sheet/plan";
import { spilledCells } from "../sheet/spill";
import { parseCell, rangeAddress, type CellPosition, type RangePosition } from "../sheet/a1";

/** The style and number format of each cell a formula spills into (its top-left excepted). */
export function spillAreaLooks(
  sheet: SheetPlan
): Map<string, Pick<CellPlan, "style" | "numberFormat">> {
  const looks = new Map<string, Pick<CellPlan, "style" | "numberFormat">>();
  for (const cell of sheet.cells) {
    for (const { address, r, c } of spilledCells(cell)) {
      const numberFormat = spillNumberFormat(cell, r, c);
      looks.set(address, {
        ...(cell.style ? { style: cell.style } : {}),
        ...(numberFormat ? { numberFormat } : {}),
      });
    }
  }
  return looks;
}

/** The positions of the cells (by address) that have a key, grouped by key, in first-seen order. */
export function groupPositions<K, C>(
  cells: ReadonlyMap<string, C>,
  keyOf: (cell: C) => K | undefined
): Map<K, CellPosition[]> {
  const groups = new Map<K, CellPosition[]>();
  for (const [address, cell] of cells) {
    const key = keyOf(cell);
    if (key === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push(parseCell(address));
    groups.set(key, list);
  }
  return groups;
}

/**
 * Covers the cells with rectangles: runs of adjacent cells along each row, stacked while the next row
 * has a run over exactly the same columns. A register of 200 KPI rows is one rectangle. With
 * `bridgeGaps`, a row's run goes from its first cell to its last, over any gap (for writes where a
 * gap can be given as null or ""); given a test instead, only over gap cells that pass it (e.g. not
 * over cells a formula spills into).
 */
export function rectangles(
  positions: readonly CellPosition[],
  bridgeGaps: boolean | ((row: number, col: number) => boolean) = false
): RangePosition[] {
  const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
  const mayBridge = (row: number, from: number, to: number) => {
    if (typeof bridgeGaps === "boolean") return bridgeGaps;
    for (let col = from; col <= to; col++) if (!bridgeGaps(row, col)) return false;
    return true;
  };
  const runs: { row: number; left: number; right: number }[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    const joins =
      last &&
      last.row === row &&
      (col <= last.right + 1 || mayBridge(row, last.right + 1, col - 1));
    if (joins) last.right = Math.max(last.right, col);
    else runs.push({ row, left: col, right: col });
  }
  const open = new Map<string, RangePosition>();
  const result: RangePosition[] = [];
  for (const run of runs) {
    const span = `${run.left}:${run.right}`;
    const rect = open.get(span);
    if (rect && rect.bottom === run.row - 1) {
      rect.bottom = run.row;
    } else {
      const fresh = { top: run.row, bottom: run.row, left: run.left, right: run.right };
      open.set(span, fresh);
      result.push(fresh);
    }
  }
  return result;
}

/**
 * Rectangles covering `positions` for a write that may also write the cells between them (as "" or
 * null, an empty cell on a new sheet): consecutive rows with no blocked cell across the positions'
 * columns become one rectangle, empty rows included, so record after record down a sheet is one
 * write; a row with a blocked cell (one a formula spills into) is covered run by run around it.
 */
export function blocks(
  positions: readonly CellPosition[],
  blocked: readonly CellPosition[] = []
): RangePosition[] {
  if (positions.length === 0) return [];
  const left = positions.reduce((min, p) => Math.min(min, p.col), Infinity);
  const right = positions.reduce((max, p) => Math.max(max, p.col), -Infinity);
  const blockedKeys = new Set(blocked.map(({ row, col }) => `${row},${col}`));
  const rowsBlocked = new Set(
    blocked.filter(({ col }) => col >= left && col <= right).map(({ row }) => row)
  );
  const result: RangePosition[] = [];
  let band: RangePosition | null = null;
  const aside: CellPosition[] = [];
  const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const position of sorted) {
    if (rowsBlocked.has(position.row)) {
      aside.push(position);
      continue;
    }
    // A band goes on over empty rows, not over a row with a blocked cell.
    let crossesBlocked = false;
    for (let row = (band?.bottom ?? position.row) + 1; row < position.row; row++)
      if (rowsBlocked.has(row)) crossesBlocked = true;
    if (band && !crossesBlocked) {
      band.bottom = position.row;
      band.left = Math.min(band.left, position.col);
      band.right = Math.max(band.right, position.col);
    } else {
      band = { top: position.row, bottom: position.row, left: position.col, right: position.col };
      result.push(band);
    }
  }
  return [...result, ...rectangles(aside, (row, col) => !blockedKeys.has(`${row},${col}`))];
}

/** "B4:F9" for a rectangle. */
export const addressOf = (rect: RangePosition) =>
  rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
/** The rows, then the columns, of a rectangle, in order. */
export const rowsOf = (rect: RangePosition) => span(rect.top, rect.bottom);
export const columnsOf = (rect: RangePosition) => span(rect.left, rect.right);
const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Text as a spreadsheet should keep it. Excel and Google Sheets read what they are given as if
 * typed, so "1.1" becomes a number, "Jan 2024" or "12/3" a date, "=x" a formula and "TRUE" a
 * boolean; a leading apostrophe keeps such text as text (the apostrophe is not part of the value).
 * Other text is left alone, so labels do not show a stray apostrophe in the formula bar.
 */
export function textInput(text: string): string {
  return mayNotStayText(text) ? `'${text}` : text;
}

function mayNotStayText(text: string): boolean {
  if (/^[=+\-@'#]/.test(text) || /^\s*(true|false)\s*$/i.test(text)) return true;
  if (!/\d/.test(text)) return false;
  // Numbers, percentages, money, dates and times: every piece is a number, a month, a currency or AM/PM.
  return text
    .split(/[\s/\-.,:]+/)
    .filter(Boolean)
    .every((piece) => NUMBER_PIECE.test(piece) || WORD_PIECE.test(piece));
}

const NUMBER_PIECE = /^[($€£¥]*\d+(e[+-]?\d+)?[%)]*$/i;
// English and Indonesian month names (spreadsheets parse dates in the user's language), currencies, AM/PM.
const WORD_PIECE =
  /^(jan(uary|uari)?|feb(ruary|ruari)?|mar(ch|et)?|apr(il)?|may|mei|jun[ei]?|jul[yi]?|aug(ust)?|agu(stus)?|sep(t|tember)?|o[ck]t(ober)?|nov(ember)?|de[cs](ember)?|rp|idr|usd|am|pm)$/i;
