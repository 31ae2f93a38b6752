/**
 * Spill geometry: the cells a formula that returns an array fills (a dynamic array in Excel). The
 * writers, the in-memory workbook and validatePlan ask these functions, so they agree on which cells
 * a spill covers and which formula a spilled value comes from.
 */
import { cellAddress, normalCell, parseCell, type CellPosition } from "./a1";
import type { CellPlan } from "./plan";

/** How many rows and columns a spilling formula fills, its own cell included. */
export interface SpillSize {
  rows: number;
  columns: number;
}

/** One cell of a spill area: where it is, and its offset (r, c) from the anchor, which is (0, 0). */
export interface SpillCell extends CellPosition {
  address: string;
  r: number;
  c: number;
}

/**
 * The cells a formula at `anchor` fills, row by row, the anchor first.
 *
 * @example spillArea({ row: 3, col: 7 }, { rows: 2, columns: 1 }) // H4 (0, 0), H5 (1, 0)
 */
export function spillArea(anchor: CellPosition, size: SpillSize): SpillCell[] {
  const area: SpillCell[] = [];
  for (let r = 0; r < size.rows; r++) {
    for (let c = 0; c < size.columns; c++) {
      const row = anchor.row + r;
      const col = anchor.col + c;
      area.push({ row, col, r, c, address: cellAddress(row, col) });
    }
  }
  return area;
}

/** A plan cell's spill: only a formula spills (a constant with `spill` fills its own cell). */
export function spillOf(cell: CellPlan): CellPlan["spill"] {
  return cell.formula === undefined ? undefined : cell.spill;
}

/** True for a formula that fills more cells than its own. */
export function isSpilling(cell: CellPlan): boolean {
  const spill = spillOf(cell);
  return !!spill && (spill.rows > 1 || spill.columns > 1);
}

/** The cells a plan cell's formula spills into, its own cell excepted; none when it does not spill. */
export function spilledCells(cell: CellPlan): SpillCell[] {
  const spill = spillOf(cell);
  return spill ? spillArea(parseCell(cell.address), spill).slice(1) : [];
}

/**
 * Every cell under a spill on a sheet, with the anchor (its normal address, "H4") whose formula
 * fills it. A cell is under a spill when this map has it.
 */
export function spilledFrom(cells: readonly CellPlan[]): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const cell of cells) {
    const spilled = spilledCells(cell);
    if (spilled.length === 0) continue;
    const anchor = normalCell(cell.address);
    for (const { address } of spilled) anchors.set(address, anchor);
  }
  return anchors;
}
