/** Typing into the in-memory workbook as a user would, for the tests that change a built workbook. */
import { parseCell } from "../../src/sheet/a1";
import type { Scalar } from "../../src/sheet/plan";
import type { MemoryWorkbook } from "../../src/workbook/memory";

/** What a cell holds now (formula or value), as replaceCells's `from` wants it. */
export async function held(wb: MemoryWorkbook, sheet: string, address: string): Promise<Scalar> {
  const snapshot = await wb.readSheet(sheet);
  const { row, col } = parseCell(address);
  return snapshot.formulas[row]?.[col] ?? "";
}

/** Types `to` into cells, as a user would (checking each still holds what it held). */
export async function type(wb: MemoryWorkbook, sheet: string, cells: Record<string, Scalar>) {
  const changes = [];
  for (const [address, to] of Object.entries(cells))
    changes.push({ address, from: await held(wb, sheet, address), to });
  await wb.replaceCells(sheet, changes);
}

/** The value a cell shows now (what Excel's range.values gives). */
export function shown(wb: MemoryWorkbook, sheet: string, address: string): Scalar {
  const { row, col } = parseCell(address);
  return wb.snapshot(sheet).cells[row]?.[col]?.value ?? null;
}
