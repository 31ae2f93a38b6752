/**
 * One call's re-performance laid out as a single block of cells, for a caller that writes it in one
 * place — a row of the audit sheet, or "write the steps beside this cell": the reference tables the
 * call reads stacked in a first lane, its steps beside them, and the native formula of each cell of
 * its result. `footprint` says up front how many rows and columns that needs, so the caller can find
 * free cells first. (The native version of a whole plan shares tables and steps between calls
 * instead: see plan.ts.)
 */
import { absolute, rangeAddress } from "../sheet/a1";
import type { CellPlan } from "../sheet/plan";
import {
  localise,
  type Placement,
  type Reperformance,
  type SharedTable,
  type TableRefs,
} from "./model";

/** Rows and columns a laid-out re-performance takes. */
export interface Footprint {
  rows: number;
  columns: number;
}

/** A re-performance laid out: the cells to write, and the native formula of each result cell. */
export interface LaidOut extends Footprint {
  cells: CellPlan[];
  /** Result cell (r, c) as a formula for a cell on the host sheet: "=BP3", "=IF(…)". */
  results: string[][];
}

const GAP = 1;

/** The tables' lane (stacked, a row apart), then the steps beside it. */
function lanes(reperformance: Reperformance): {
  tableRows: number[];
  tableColumns: number;
  stepsColumn: number;
  footprint: Footprint;
} {
  const tables = distinct(reperformance.tables);
  const tableRows: number[] = [];
  let height = 0;
  for (const table of tables) {
    tableRows.push(height);
    height += table.rows + GAP;
  }
  const tableColumns = Math.max(0, ...tables.map((t) => t.columns));
  const stepsColumn = tables.length > 0 ? tableColumns + GAP : 0;
  const steps = reperformance.steps;
  return {
    tableRows,
    tableColumns,
    stepsColumn,
    footprint: {
      rows: Math.max(height - (tables.length > 0 ? GAP : 0), steps?.rows ?? 0),
      columns: steps ? stepsColumn + steps.columns : tableColumns,
    },
  };
}

function distinct(tables: readonly SharedTable[]): SharedTable[] {
  const seen = new Map<string, SharedTable>();
  for (const table of tables) if (!seen.has(table.key)) seen.set(table.key, table);
  return [...seen.values()];
}

/** How many rows and columns `layOut` will fill (0 × 0 for a call that is one plain formula). */
export function footprint(reperformance: Reperformance): Footprint {
  return lanes(reperformance).footprint;
}

/**
 * The call's tables and steps placed from `at` (its top-left cell), and its result formulas for
 * cells on sheet `host` (the calling sheet, or an audit sheet).
 */
export function layOut(reperformance: Reperformance, at: Placement, host: string): LaidOut {
  const { tableRows, stepsColumn, footprint: size } = lanes(reperformance);
  const tables = distinct(reperformance.tables);
  const placedTables = new Map<string, Placement>(
    tables.map((table, k) => [table.key, { ...at, row: at.row + tableRows[k] }])
  );
  const tableRefs: TableRefs = (table, part) => {
    const where = placedTables.get(table.key) as Placement;
    const { top, left, bottom, right } = table.parts[part];
    const range = rangeAddress(
      where.row + top,
      where.col + left,
      where.row + bottom,
      where.col + right
    );
    return `«${where.sheet}»!${absolute(range)}`;
  };
  const steps = reperformance.steps ? { ...at, col: at.col + stepsColumn } : null;
  const cells = [
    ...tables.flatMap((table) => table.cells(placedTables.get(table.key) as Placement, tableRefs)),
    ...(reperformance.steps && steps ? reperformance.steps.cells(steps, tableRefs) : []),
  ];
  const { rows, columns } = reperformance.shape;
  const results = Array.from({ length: rows }, (_, r) =>
    Array.from(
      { length: columns },
      (_, c) => `=${localise(reperformance.result(r, c, { steps, tables: tableRefs }), host)}`
    )
  );
  return { ...size, cells, results };
}
