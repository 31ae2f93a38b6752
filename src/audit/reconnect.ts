/**
 * Kinerja cells that do not calculate, and the change that reconnects them. Excel saves a call to a
 * JavaScript custom function as _xldudf_AHP_WEIGHTS(…); opened where the add-in's functions are not
 * (yet) bound to it, such a cell — or one typed before the add-in was installed — shows #NAME?, and
 * entering its formula again is what binds it (README, "For auditors"). Reconnect re-enters each one
 * in the add-in's form (=AHP.WEIGHTS(…)), in one batch, and only where the cell still holds what was
 * read.
 */
import { parseRange, cellAddress } from "../sheet/a1";
import type { CellChange, SheetSnapshot } from "../sheet/snapshot";
import { addinFormula, type StoredForm } from "./formula-text";

export interface Disconnected {
  sheet: string;
  address: string;
  /** The formula as the workbook holds it. */
  stored: string;
  /** The same formula in the add-in's form. */
  formula: string;
  /** How its Kinerja calls are stored ("xldudf", "plain", …). */
  forms: StoredForm[];
  /** What the cell shows now: #NAME? usually. */
  value: unknown;
}

/**
 * The cells of `sheets` that call a Kinerja function and do not calculate: stored in a form Excel
 * does not bind to the add-in (_xldudf_…, an add-in file's prefix, the KINERJA. namespace) or
 * showing #NAME?.
 */
export function disconnectedCells(sheets: readonly SheetSnapshot[]): Disconnected[] {
  const found: Disconnected[] = [];
  for (const sheet of sheets) {
    if (!sheet.address) continue;
    const { top, left } = parseRange(sheet.address);
    sheet.formulas.forEach((row, r) =>
      row.forEach((held, c) => {
        if (typeof held !== "string" || !held.startsWith("=")) return;
        const { formula, forms } = addinFormula(held);
        if (forms.length === 0) return;
        const value = sheet.values[r]?.[c];
        const isStoredForm = forms.some((form) => form !== "plain");
        if (!isStoredForm && value !== "#NAME?") return;
        found.push({
          sheet: sheet.name,
          address: cellAddress(top + r, left + c),
          stored: held,
          formula,
          forms,
          value,
        });
      })
    );
  }
  return found;
}

/** Reconnect's changes, sheet by sheet: each formula entered again in the add-in's form. */
export function reconnectChanges(
  cells: readonly Disconnected[]
): { sheet: string; changes: CellChange[] }[] {
  const bySheet = new Map<string, CellChange[]>();
  for (const cell of cells) {
    const changes = bySheet.get(cell.sheet) ?? [];
    changes.push({ address: cell.address, from: cell.stored, to: cell.formula });
    bySheet.set(cell.sheet, changes);
  }
  return Array.from(bySheet, ([sheet, changes]) => ({ sheet, changes }));
}
