/**
 * The native version of a sheet plan: every cell that calls a Kinerja function gets the native
 * formula that re-performs it, so the workbook computes the same numbers in Excel 2016+, LibreOffice
 * and Google Sheets without the add-in. What a function did inside — the AHP iteration, λmax, CR —
 * becomes cells on the same sheet, in a helper area to the right of everything the sheet holds:
 * shared tables (the random index, the priority classes) in the first lane, each call's steps beside
 * the rows they belong to in the next. A result that spilled is written cell by cell.
 *
 * Works on any plan, not only the templates': the cells a call reads stay where they are.
 */
import { formulaParts } from "../formula";
import { absolute, cellAddress, parseCell, parseRange, rangeAddress } from "../sheet/a1";
import type { CellPlan, SheetPlan, TablePlan, WorkbookPlan } from "../sheet/plan";
import { spillNumberFormat } from "../sheet/plan";
import { isKinerjaFunction } from "./calls";
import {
  NotNative,
  localise,
  type Block,
  type Placement,
  type Reperformance,
  type ResultContext,
  type SharedTable,
  type TableRefs,
} from "./model";
import { kinerjaCalls, reperform, rewriteFormula, type FoundCall } from "./reperform";

/** What the native version changed. */
export interface NativeReport {
  /**
   * Cells (spilled cells counted one by one) that held a Kinerja function, by function name; a cell
   * with two calls counts under each.
   */
  cells: Record<string, number>;
  /** Cells (spilled cells one by one) whose Kinerja result was re-performed, each counted once. */
  results: number;
  /** Cells of steps and reference tables added. */
  stepCells: number;
  /** Each block of steps or table, where it went. */
  blocks: { block: Block; at: Placement }[];
}

interface KinerjaCell {
  sheet: SheetPlan;
  cell: CellPlan;
  calls: { found: FoundCall; reperformance: Reperformance }[];
}

/** A block waiting for its place: where it would like to go, and on which sheet. */
interface Pending {
  block: Block;
  sheet: string;
  row: number;
  isTable: boolean;
}

/** Columns left free between a sheet's content and its helper area, and between lanes. */
const GAP = 1;

/**
 * The plan with every Kinerja function replaced by native formulas, and what changed. Throws
 * NotNative, naming the cell, when a call cannot be re-performed natively.
 */
export function nativePlanWithReport(plan: WorkbookPlan): {
  plan: WorkbookPlan;
  report: NativeReport;
} {
  const kinerjaCells = findKinerjaCells(plan);
  const report: NativeReport = { cells: {}, results: 0, stepCells: 0, blocks: [] };

  // Tables a call writes in place (OMAX.LEVELS of one KPI) are read where they are.
  const provided = new Map<string, string>();
  for (const { sheet, cell, calls } of kinerjaCells)
    for (const { found, reperformance } of calls)
      if (reperformance.provides && found.isCellResult && fills(cell, reperformance.shape)) {
        const { row, col } = parseCell(cell.address);
        const { rows, columns } = reperformance.shape;
        provided.set(
          reperformance.provides,
          `«${sheet.key}»!${absolute(rangeAddress(row, col, row + rows - 1, col + columns - 1))}`
        );
      }

  const sheetsByKey = new Map(plan.sheets.map((sheet) => [sheet.key, sheet]));
  const steps = placeSteps(
    kinerjaCells.flatMap(({ calls }) =>
      calls.map(({ reperformance }) => ({
        reperformance,
        sheet: reperformance.anchor.sheet,
        row: reperformance.anchor.row,
      }))
    ),
    (key) => rightmostColumn(sheetsByKey.get(key) as SheetPlan) + 1 + GAP,
    provided
  );
  const { contextOf } = steps;

  // The Kinerja cells rewritten, spilled results cell by cell.
  const replaced = new Map<SheetPlan, Map<CellPlan, CellPlan[]>>();
  for (const { sheet, cell, calls } of kinerjaCells) {
    const { rows, columns } = cell.spill ?? { rows: 1, columns: 1 };
    const cells: CellPlan[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < columns; c++) {
        const formula = localise(
          rewriteFormula(cell.formula as string, calls, r, c, contextOf),
          sheet.key
        );
        cells.push(rewrittenCell(cell, r, c, formula));
      }
    for (const { reperformance } of calls)
      report.cells[reperformance.name] = (report.cells[reperformance.name] ?? 0) + rows * columns;
    report.results += rows * columns;
    if (!replaced.has(sheet)) replaced.set(sheet, new Map());
    replaced.get(sheet)?.set(cell, cells);
  }

  for (const placed of steps.blocks) {
    report.stepCells += placed.cells;
    report.blocks.push({ block: placed.block, at: placed.at });
  }

  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const swaps = replaced.get(sheet);
    const extra = steps.cells.get(sheet.key) ?? [];
    if (!swaps && extra.length === 0) return sheet;
    const cells = sheet.cells.flatMap((cell) => swaps?.get(cell) ?? [cell]);
    assertFree(sheet, cells, extra);
    return {
      ...sheet,
      cells: [...cells, ...extra],
      columns: [...(sheet.columns ?? []), ...steps.columns(sheet.key)],
      tables: sheet.tables && swaps ? withoutRewrittenColumns(sheet.tables, swaps) : sheet.tables,
    };
  });
  return { plan: { ...plan, sheets }, report };
}

/**
 * A table's calculated columns, less those whose cells were re-performed: each row's native formula
 * reads its own steps, so the column no longer holds one formula moved down. Such a column is
 * filled in a row added to the table only in the Kinerja version.
 */
function withoutRewrittenColumns(
  tables: TablePlan[],
  swaps: ReadonlyMap<CellPlan, CellPlan[]>
): TablePlan[] {
  const rewritten = new Set([...swaps.keys()].map((cell) => parseCell(cell.address).col));
  return tables.map((table) =>
    table.calculated
      ? { ...table, calculated: table.calculated.filter(({ col }) => !rewritten.has(col)) }
      : table
  );
}

/** Whether a cell's formula fills exactly `shape` (its spill, or the cell alone). */
function fills(cell: CellPlan, shape: { rows: number; columns: number }): boolean {
  const { rows, columns } = cell.spill ?? { rows: 1, columns: 1 };
  return rows === shape.rows && columns === shape.columns;
}

/** The plan with every Kinerja function replaced by native formulas (see nativePlanWithReport). */
export function nativePlan(plan: WorkbookPlan): WorkbookPlan {
  return nativePlanWithReport(plan).plan;
}

/** Whether any cell of the plan still calls a Kinerja function. */
export function callsKinerja(plan: WorkbookPlan): boolean {
  return plan.sheets.some((sheet) =>
    sheet.cells.some(
      (cell) => cell.formula && formulaParts(cell.formula).calls.some(isKinerjaFunction)
    )
  );
}

function findKinerjaCells(plan: WorkbookPlan): KinerjaCell[] {
  const found: KinerjaCell[] = [];
  for (const sheet of plan.sheets)
    for (const cell of sheet.cells) {
      if (!cell.formula || !formulaParts(cell.formula).calls.some(isKinerjaFunction)) continue;
      const calls = kinerjaCalls(cell.formula, sheet.key, cell.address).map((call) => {
        const nested = call.call.args.some(
          (arg) => arg && arg.node && formulaParts(`=${arg.text}`).calls.some(isKinerjaFunction)
        );
        if (nested)
          throw new NotNative(
            call.call.name,
            `${sheet.name}!${cell.address}: a Kinerja function inside its arguments`
          );
        try {
          return { found: call, reperformance: reperform(call.call, plan.lang) };
        } catch (error) {
          if (error instanceof NotNative)
            throw new NotNative(
              error.functionName,
              `${sheet.name}!${cell.address}: ${error.message}`
            );
          throw error;
        }
      });
      found.push({ sheet, cell, calls });
    }
  return found;
}

/**
 * Cell (r, c) of a Kinerja cell's result, with its native formula: it keeps the cell's look (the
 * number format a spill gave that cell), and the anchor keeps its note.
 */
function rewrittenCell(cell: CellPlan, r: number, c: number, formula: string): CellPlan {
  const { row, col } = parseCell(cell.address);
  const numberFormat = spillNumberFormat(cell, r, c);
  return {
    address: cellAddress(row + r, col + c),
    ...constantOr(formula),
    ...(cell.style ? { style: cell.style } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    ...(cell.wrap ? { wrap: true } : {}),
    ...(r === 0 && c === 0 && cell.note ? { note: cell.note } : {}),
  };
}

/** A formula whose whole result is a constant ("CI", 0) is written as that constant. */
function constantOr(formula: string): Pick<CellPlan, "value" | "formula"> {
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return { value: text[1].replace(/""/g, '"') };
  if (/^=-?\d+(\.\d+)?$/.test(formula)) return { value: Number(formula.slice(1)) };
  return { formula };
}

/** A call whose steps and tables are wanted on `sheet`, beside row `row`. */
export interface WantedSteps {
  reperformance: Reperformance;
  sheet: string;
  row: number;
}

/** The blocks of steps and tables placed, and what the result formulas need to read them. */
export interface PlacedSteps {
  /** Where a call's steps and tables lie, for its result formulas. */
  contextOf(reperformance: Reperformance): ResultContext;
  /** The placed blocks' cells, by sheet key. */
  cells: ReadonlyMap<string, CellPlan[]>;
  /** Each block, where it went and how many cells it has. */
  blocks: { block: Block; at: Placement; cells: number }[];
  /** The helper area's column widths on a sheet. */
  columns(sheet: string): { index: number; width: number }[];
}

/**
 * Places the steps and tables of re-performed calls on free cells: each block once (by key), on the
 * sheet it is wanted on, in the helper area from column `startColumn(sheet)` — tables in a first
 * lane from the top of the area down, steps in a second lane, each at the row it wants or the first
 * free row below the block before it. `provided` names tables that are already in the workbook (a
 * key → its range), read where they are.
 */
export function placeSteps(
  wanted: readonly WantedSteps[],
  startColumn: (sheet: string) => number,
  provided: ReadonlyMap<string, string> = new Map()
): PlacedSteps {
  // Each block once (by key), wanted beside the first row that needs it; a block another serves
  // (Block.serves) on the same sheet is that other block.
  const pending = new Map<string, Pending>();
  const servedBy = new Map<string, string>();
  const keyOf = (key: string) => servedBy.get(key) ?? key;
  const want = (block: Block, sheet: string, row: number, isTable: boolean) => {
    const top = Math.max(0, row - block.alignRow);
    const known = pending.get(keyOf(block.key));
    if (known) {
      if (known.sheet === sheet) known.row = Math.min(known.row, top);
      return;
    }
    let first = top;
    for (const served of block.serves ?? []) {
      const other = pending.get(served);
      if (servedBy.has(served) || (other && other.sheet !== sheet)) continue;
      if (other) {
        pending.delete(served);
        first = Math.min(first, other.row);
      }
      servedBy.set(served, block.key);
    }
    pending.set(block.key, { block, sheet, row: first, isTable });
  };
  for (const { reperformance, sheet, row } of wanted) {
    if (reperformance.steps) want(reperformance.steps, sheet, row, false);
    for (const table of reperformance.tables)
      if (!provided.has(table.key)) want(table, sheet, row, true);
  }

  const placements = placeBlocks([...pending.values()], startColumn);
  const tableRefs: TableRefs = (table: SharedTable, part: string) => {
    const known = provided.get(table.key);
    if (known) return known;
    const at = placements.get(table.key);
    if (!at) throw new Error(`table ${table.key} was not placed`);
    const { top, left, bottom, right } = table.parts[part];
    return `«${at.sheet}»!${absolute(rangeAddress(at.row + top, at.col + left, at.row + bottom, at.col + right))}`;
  };

  const cells = new Map<string, CellPlan[]>();
  const blocks: PlacedSteps["blocks"] = [];
  for (const { block, sheet } of pending.values()) {
    const at = placements.get(block.key) as Placement;
    const placed = block.cells(at, tableRefs);
    blocks.push({ block, at, cells: placed.length });
    cells.set(sheet, [...(cells.get(sheet) ?? []), ...placed]);
  }
  return {
    contextOf: (reperformance) => ({
      steps: reperformance.steps ? (placements.get(keyOf(reperformance.steps.key)) ?? null) : null,
      tables: tableRefs,
    }),
    cells,
    blocks,
    columns: (sheet) => helperColumns(sheet, pending, placements),
  };
}

/** Each sheet's blocks in its helper area (see placeSteps). */
function placeBlocks(
  blocks: readonly Pending[],
  startColumn: (sheet: string) => number
): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  for (const sheet of new Set(blocks.map((b) => b.sheet))) {
    const mine = blocks.filter((b) => b.sheet === sheet);
    const tables = mine.filter((b) => b.isTable).sort((a, b) => a.row - b.row);
    const steps = mine.filter((b) => !b.isTable).sort((a, b) => a.row - b.row);
    const start = startColumn(sheet);
    const tableWidth = Math.max(0, ...tables.map((t) => t.block.columns));
    const stepsColumn = tables.length > 0 ? start + tableWidth + GAP : start;
    let next = Math.min(...mine.map((b) => b.row));
    for (const { block } of tables) {
      placements.set(block.key, { sheet, row: next, col: start });
      next += block.rows + 1;
    }
    next = 0;
    for (const { block, row } of steps) {
      const top = Math.max(row, next);
      placements.set(block.key, { sheet, row: top, col: stepsColumn });
      next = top + block.rows + 1;
    }
  }
  return placements;
}

/** The last column a sheet uses: its cells, merges, tables, formats and charts. */
function rightmostColumn(sheet: SheetPlan): number {
  const ranges = [
    ...sheet.cells.map((cell) => cell.address),
    ...(sheet.merges ?? []),
    ...(sheet.tables ?? []).map((t) => t.range),
    ...(sheet.conditionalFormats ?? []).map((f) => f.range),
    ...(sheet.validations ?? []).map((v) => v.range),
    ...(sheet.charts ?? []).map((chart) => chart.to),
  ];
  let right = 0;
  for (const range of ranges) right = Math.max(right, parseRange(range).right);
  for (const cell of sheet.cells)
    if (cell.spill) right = Math.max(right, parseCell(cell.address).col + cell.spill.columns - 1);
  return right;
}

/** The helper area's column widths on a sheet: for each column, the widest block's need. */
function helperColumns(
  sheet: string,
  pending: ReadonlyMap<string, Pending>,
  placements: ReadonlyMap<string, Placement>
): { index: number; width: number }[] {
  const widths = new Map<number, number>();
  for (const { block } of pending.values()) {
    const at = placements.get(block.key);
    if (!at || at.sheet !== sheet) continue;
    block.widths.forEach((width, k) =>
      widths.set(at.col + k, Math.max(widths.get(at.col + k) ?? 0, width))
    );
  }
  return [...widths].sort(([a], [b]) => a - b).map(([index, width]) => ({ index, width }));
}

/** Steps land on free cells only: never on a cell the sheet holds, nor twice on one cell. */
function assertFree(
  sheet: SheetPlan,
  cells: readonly CellPlan[],
  extra: readonly CellPlan[]
): void {
  const taken = new Set(cells.map((cell) => normal(cell.address)));
  for (const cell of extra) {
    const address = normal(cell.address);
    if (taken.has(address))
      throw new Error(`native steps would overwrite ${sheet.name}!${address}`);
    taken.add(address);
  }
}

function normal(address: string): string {
  const { row, col } = parseCell(address);
  return cellAddress(row, col);
}
