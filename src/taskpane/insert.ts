/**
 * Inserting a block of cells whose formulas refer to cells of the same block (the wizard's matrix,
 * a function example). Formulas carry absolute A1 addresses, so the block is built for the cell it
 * will start at: the selection is read first and must be a single cell — the port writes at the
 * active cell, which is that cell only when one cell is selected.
 */
import { parseRange } from "../sheet/a1";
import type { CellBlock, WorkbookPort } from "../workbook/port";

export interface Origin {
  row: number;
  col: number;
}

/** "Sheet1" + "B2:F12" → "Sheet1!B2:F12" (quoted when the name needs it, as Excel shows it). */
export function where(sheet: string, address: string): string {
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}

/** More than one cell is selected (`where`): the pane words it (strings.selectOneCell). */
export class SelectionError extends Error {
  constructor(readonly where: string) {
    super(`${where} is selected; select a single empty cell where the block should start`);
    this.name = "SelectionError";
  }
}

export async function insertBuiltBlock(
  port: WorkbookPort,
  build: (origin: Origin) => CellBlock
): Promise<{ sheet: string; address: string }> {
  const selection = await port.getSelection();
  const cell = singleCell(selection.address);
  if (!cell) throw new SelectionError(where(selection.sheet, selection.address));
  return port.insertAtSelection(build(cell));
}

/** The cell of a one-cell address ("B2"), or null for a range, a whole row or column ("A:A"). */
export function singleCell(address: string): Origin | null {
  try {
    const { top, left, bottom, right } = parseRange(address);
    return top === bottom && left === right ? { row: top, col: left } : null;
  } catch {
    return null;
  }
}
