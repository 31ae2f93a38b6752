/**
 * What the native-formula generator hands its callers. A Kinerja call becomes a `Reperformance`: the
 * native formula of each cell of its result, and the cells that show the working (`steps`) and the
 * reference tables (`tables`) those formulas read. The caller decides where steps and tables go — on
 * free cells beside the call (a template, "write the steps beside this cell") or on an audit sheet —
 * because every block says up front how many rows and columns it needs.
 *
 * References in the formulas it returns name their sheet as «key»!A1 (the plan's notation; see
 * src/templates/plan.ts), so a block may sit on another sheet than the cells it reads; `localise`
 * drops the sheet where a formula lands on that very sheet.
 */
import type { Text } from "../sheet/text";
import type { CellPlan } from "../sheet/plan";
import type { RangePosition } from "../sheet/a1";

/** Where a block's top-left cell goes: the sheet's plan key, 0-based row and column. */
export interface Placement {
  sheet: string;
  row: number;
  col: number;
}

/** A rectangle of cells a caller places on free cells. */
export interface Block {
  /** Equal keys are the same cells: a block several calls need is placed once. */
  key: string;
  rows: number;
  columns: number;
  /** Width of each of its columns, in characters. */
  widths: number[];
  /** The block's row that should line up with the row it belongs beside (its first data row). */
  alignRow: number;
  /**
   * Keys of other blocks whose cells this one holds too, at the same places (the eigen band of a
   * matrix checked against any RI table holds the weights AHP.WEIGHTS reads): placed, it stands in
   * for them, so the steps are not written twice.
   */
  serves?: readonly string[];
  /** Its cells, placed at `at`; `tables` locates the shared tables its formulas read. */
  cells(at: Placement, tables: TableRefs): CellPlan[];
  /**
   * The steps worth naming, in reading order, relative to the block's top-left cell: what a help
   * page or an "explain this cell" view shows (a block of one kind of cell may name none).
   */
  guide?: readonly GuideCell[];
}

/** A named cell of a block: "CR" at row 6, column 40. */
export interface GuideCell {
  label: Text;
  row: number;
  col: number;
}

/** A reference table several blocks read (the random index, the priority classes, a level table). */
export interface SharedTable extends Block {
  /** The ranges formulas read, by name, relative to the table's top-left cell. */
  parts: Readonly<Record<string, RangePosition>>;
}

/** The range (qualified, absolute: «ahp»!$R$7:$R$21) where a placed table's part lies. */
export type TableRefs = (table: SharedTable, part: string) => string;

/** The cells a result formula may read besides the call's own inputs. */
export interface ResultContext {
  /** Where the call's steps were placed (null when it has none). */
  steps: Placement | null;
  tables: TableRefs;
}

/** One Kinerja call, re-performed with native formulas. */
export interface Reperformance {
  /** The function, as called: "AHP.WEIGHTS". */
  name: string;
  /** Rows × columns of the function's result (1 × 1 for a single value). */
  shape: { rows: number; columns: number };
  /** The working, for a call that needs more than one formula; null for a plain formula. */
  steps: Block | null;
  /** The sheet and row the steps belong beside (the matrix's first row, or the calling cell's). */
  anchor: { sheet: string; row: number };
  /** Shared tables the steps or the result formulas read. */
  tables: SharedTable[];
  /**
   * The key of a shared table this call's own result cells are, once written in place (OMAX.LEVELS
   * of one KPI is that KPI's level table): a caller may let other calls read those cells instead.
   */
  provides?: string;
  /**
   * Result cell (r, c) as a native expression (no "="): a formula over the call's inputs, its steps
   * and tables, or a constant (a label AHP.CHECK writes is the text "CI").
   */
  result(r: number, c: number, context: ResultContext): string;
}

/** A call the generator cannot re-perform with native formulas, and why (in English, for logs). */
export class NotNative extends Error {
  constructor(
    readonly functionName: string,
    reason: string
  ) {
    super(`${functionName}: ${reason}`);
    this.name = "NotNative";
  }
}

/** A formula for a cell on `sheet`: references to that sheet lose their «sheet»! prefix. */
export function localise(formula: string, sheet: string): string {
  return formula.split(`«${sheet}»!`).join("");
}

/** A number as a formula writes it: 1e-9 as 1E-9. */
export function num(value: number): string {
  return String(value).toUpperCase();
}

/** A text constant inside a formula: "a ""quoted"" word". */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
