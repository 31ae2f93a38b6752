/**
 * A sheet plan: a scorecard template as plain data. Templates build plans with pure functions from
 * options; the writers in src/workbook apply a plan to the open workbook (Office.js), to an .xlsx file
 * (exceljs) or to the in-memory workbook of the preview. Nothing here touches Office.
 *
 * Formulas are written as in English Excel ("=SUM(B4:B9)"). A reference to another sheet of the same
 * plan is written «key»!A1 (see `sheetRef`); the writer replaces «key» with the quoted name the sheet
 * finally gets, because a name in use ("BSC") makes it pick a free one ("BSC (2)").
 */
import type { Text } from "./text";

export type Lang = "id" | "en";
export type TemplateId = "umkm" | "bsc" | "prism" | "ipms";
export type PeriodKind = "monthly" | "quarterly" | "yearly";

export type Scalar = string | number | boolean | null;

/** Named cell styles: each writer maps them to its own formatting (fills, fonts, borders). */
export type CellStyle =
  | "title" // sheet title, large
  | "subtitle" // a line under the title
  | "section" // a band heading (perspective, stakeholder)
  | "header" // table header row
  | "label" // a row label
  | "input" // a value the user types (light yellow)
  | "formula" // a computed value (light grey)
  | "total" // a total / index (bold, top border)
  | "check" // a check result (OK / message)
  | "note" // explanatory text, italic
  | "muted"; // placeholders and hints

export interface CellPlan {
  /** A1 address on its sheet, e.g. "B4". For a formula that spills, its top-left cell. */
  address: string;
  value?: Scalar;
  /** "=…" in English Excel syntax; other sheets of the plan as «key»!A1. */
  formula?: string;
  /**
   * A formula that returns an array fills rows × columns cells (a dynamic array in Excel). The whole
   * area takes the cell's style and number format; `numberFormats` (rows × columns, null = the
   * cell's) gives a cell of the area its own, e.g. a label/value check whose rows differ. The anchor
   * is the area's [0][0]: `numberFormats[0][0]`, when set, wins over its `numberFormat` too (see
   * `spillNumberFormat`, which both writers follow).
   */
  spill?: { rows: number; columns: number; numberFormats?: (string | null)[][] };
  numberFormat?: string;
  style?: CellStyle;
  /** A note for auditors: what the cell holds and where it comes from. */
  note?: string;
  /** Wrap the text at word breaks, in a row the plan makes tall enough. */
  wrap?: boolean;
}

export interface ColumnPlan {
  /** 0-based column index (0 = A). */
  index: number;
  /** Width in characters of the default font. */
  width: number;
  /** A helper column (a sort key): hidden, so the sheet shows what a reader needs. */
  hidden?: boolean;
}

/** An Excel table over `range` (header row included); the header cells name its columns. */
export interface TablePlan {
  /** Preferred table name (letters, digits, underscores); the writer picks a free one if taken. */
  name: string;
  range: string;
  style?: string;
  /**
   * Calculated columns: one formula for every row of the column (Excel fills it into a row added to
   * the table). `col` is the sheet's 0-based column; `formula` is the one on the table's first row
   * below the header, whose relative references move down with each row (see `shiftRows`).
   */
  calculated?: { col: number; formula: string }[];
}

export type ValidationPlan =
  /** A drop-down of typed choices (Excel caps the list at 255 characters). */
  | { range: string; type: "list"; values: string[]; prompt?: Text }
  /**
   * A drop-down of the cells in a range, as a formula: "=$E$5:$P$5", or «key»!$A$7:$A$16 for a range
   * on another sheet of the plan. It shows what those cells hold now, and has no length limit.
   */
  | { range: string; type: "list"; source: string; prompt?: Text }
  | { range: string; type: "decimal" | "whole"; min?: number; max?: number; prompt?: Text }
  /**
   * Any value: no rule, only the prompt shown while the cell is selected (Excel's input message,
   * Sheets' help text) — what to type in an empty cell, which is not cell content and so goes away.
   */
  | { range: string; type: "any"; prompt: Text };

export type ConditionalFormatPlan =
  /** Fill and font colours when the cell's text equals `text` (GREEN / YELLOW / RED, OK, …). */
  | { range: string; type: "textEquals"; text: string; fill: string; font: string }
  /**
   * Excel's 3-traffic-lights icon set with `number` criteria (spec §4.3: never `percent`):
   * green from `green`, yellow from `yellow`, red below.
   */
  | { range: string; type: "trafficIcons"; green: number; yellow: number }
  /** Fill when a non-empty cell's text differs from `text` (a check that is not OK); blanks stay plain. */
  | { range: string; type: "textNotEquals"; text: string; fill: string; font: string }
  /** Font colour for cells showing #N/A ("no value yet"), e.g. to grey them out of a table. */
  | { range: string; type: "noValue"; font: string };

export interface ChartPlan {
  key: string;
  type: "line" | "column" | "bar";
  title: string;
  /** Data range on this sheet, headers included: first row = series names, first column = categories. */
  data: string;
  /** Series run down the columns of `data` (one series per column) or along its rows. */
  seriesBy: "columns" | "rows";
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
  axisTitle?: string;
  /** Lowest value on the value axis (0 keeps bars honest); automatic when absent. */
  axisMin?: number;
  /** Highest value on the value axis (10 for OMAX levels); automatic when absent. */
  axisMax?: number;
  /** Number format of the value axis labels ("0%" for achievement); General when absent. */
  axisNumberFormat?: string;
}

/** A box on a drawing (strategy map): placed over cells, with text. */
export interface BoxShapePlan {
  kind: "box";
  key: string;
  text: string;
  /** Position and size in points from the sheet's top-left corner. */
  left: number;
  top: number;
  width: number;
  height: number;
  fill: string;
  line: string;
  fontColor: string;
}

/** An arrow from one box to another (cause → effect). */
export interface ArrowShapePlan {
  kind: "arrow";
  key: string;
  from: string;
  to: string;
  color: string;
}

export type ShapePlan = BoxShapePlan | ArrowShapePlan;

/** A sheet-scoped name (the workbook's Name Box), for navigation; formulas use A1 references. */
export interface NamePlan {
  name: string;
  range: string;
  comment?: string;
}

/** A row taller than the default 15 pt, e.g. a header whose labels wrap onto two lines. */
export interface RowPlan {
  /** 0-based row. */
  index: number;
  /** Height in points. */
  height: number;
}

export interface SheetPlan {
  /** Stable key within the plan ("register", "tracking", "dashboard"…), used by «key»! references. */
  key: string;
  /** Preferred sheet name (≤ 31 characters, none of []:*?/\). */
  name: string;
  cells: CellPlan[];
  columns?: ColumnPlan[];
  rows?: RowPlan[];
  merges?: string[];
  tables?: TablePlan[];
  validations?: ValidationPlan[];
  conditionalFormats?: ConditionalFormatPlan[];
  charts?: ChartPlan[];
  shapes?: ShapePlan[];
  names?: NamePlan[];
  /** Rows and columns kept in view while scrolling. */
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  showGridlines?: boolean;
}

export interface WorkbookPlan {
  /** The template it was built from; none for a sheet Kinerja adds to a workbook (the Audit sheet). */
  template?: TemplateId;
  lang: Lang;
  title: string;
  sheets: SheetPlan[];
  /** The sheet the user lands on after building (the dashboard). */
  activate: string;
}

/**
 * The number format of the cell (r, c) of `cell`'s spill area, (0, 0) being `cell` itself:
 * `spill.numberFormats[r][c]`, else the cell's `numberFormat`. For a cell that does not spill,
 * (0, 0) is its `numberFormat`.
 */
export function spillNumberFormat(cell: CellPlan, r: number, c: number): string | undefined {
  return cell.spill?.numberFormats?.[r]?.[c] ?? cell.numberFormat;
}

/** «key»!A1: a reference to a cell of another sheet of the same plan. */
export function sheetRef(key: string, address: string): string {
  return `«${key}»!${address}`;
}

const SHEET_REF = /«([^»]+)»!/g;

/** Sheet names quoted for a formula: 'BSC (2)'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as a formula spells it ('My ''data''' or Data) → the name itself (My 'data', Data). */
export function unquoteSheetName(spelt: string): string {
  return /^'.*'$/.test(spelt) ? spelt.slice(1, -1).replace(/''/g, "'") : spelt;
}

/** Replaces «key»! with the final quoted sheet name; an unknown key is a bug in the template. */
export function resolveSheetRefs(formula: string, finalNames: ReadonlyMap<string, string>): string {
  return formula.replace(SHEET_REF, (_, key: string) => {
    const name = finalNames.get(key);
    if (name === undefined)
      throw new Error(`formula refers to sheet «${key}», which is not in the plan`);
    return `${quoteSheetName(name)}!`;
  });
}

/** The sheet keys a formula refers to. */
export function referencedSheetKeys(formula: string): string[] {
  // Most formulas read their own sheet only: no «, no regular expression.
  if (!formula.includes("«")) return [];
  return Array.from(formula.matchAll(SHEET_REF), (m) => m[1]);
}
