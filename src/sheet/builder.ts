/**
 * SheetBuilder: every template lays out its sheet plans with it, by 0-based row and column instead
 * of hand-written A1 addresses. It also sizes columns and rows so that headers and wrapped text stay
 * readable (neither Excel nor LibreOffice sizes them for text a program wrote).
 */
import { cellAddress, parseCell, parseRange, rangeAddress } from "./a1";
import type {
  CellPlan,
  CellStyle,
  ChartPlan,
  ColumnPlan,
  ConditionalFormatPlan,
  NamePlan,
  RowPlan,
  Scalar,
  SheetPlan,
  ShapePlan,
  TablePlan,
  ValidationPlan,
} from "./plan";

export interface CellOptions {
  style?: CellStyle;
  numberFormat?: string;
  note?: string;
  spill?: CellPlan["spill"];
  /** Wrap the text at word breaks; the builder makes the row tall enough (see `rowHeights`). */
  wrap?: boolean;
}

export class SheetBuilder {
  private readonly cells = new Map<string, CellPlan>();
  private readonly plan: SheetPlan;

  constructor(key: string, name: string) {
    this.plan = {
      key,
      name,
      cells: [],
      columns: [],
      merges: [],
      tables: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      shapes: [],
      names: [],
    };
  }

  get key(): string {
    return this.plan.key;
  }

  /** A constant (or a formula, when the text starts with "="). */
  put(row: number, col: number, content: Scalar, options: CellOptions = {}): this {
    const address = cellAddress(row, col);
    const isFormula = typeof content === "string" && content.startsWith("=");
    const cell: CellPlan = {
      address,
      ...(isFormula ? { formula: content as string } : { value: content }),
    };
    if (options.style) cell.style = options.style;
    if (options.numberFormat) cell.numberFormat = options.numberFormat;
    if (options.note) cell.note = options.note;
    if (options.spill) cell.spill = options.spill;
    if (options.wrap) cell.wrap = true;
    if (this.cells.has(address))
      throw new Error(`template writes ${this.plan.name}!${address} twice`);
    this.cells.set(address, cell);
    return this;
  }

  /** The formula written at (row, col); a template bug if there is none. */
  formulaAt(row: number, col: number): string {
    const formula = this.cells.get(cellAddress(row, col))?.formula;
    if (formula === undefined)
      throw new Error(`${this.plan.name}!${cellAddress(row, col)} holds no formula`);
    return formula;
  }

  /** A row of contents from (row, col) rightwards, sharing options. */
  putRow(row: number, col: number, contents: Scalar[], options: CellOptions = {}): this {
    contents.forEach((content, k) => this.put(row, col + k, content, options));
    return this;
  }

  /** Styles an empty cell (an input cell waiting for a value). */
  blank(row: number, col: number, options: CellOptions): this {
    return this.put(row, col, null, options);
  }

  width(col: number, width: number): this {
    this.plan.columns!.push({ index: col, width });
    return this;
  }

  /** Hides a helper column (its header says it is one); its width stays for when it is shown. */
  hide(col: number): this {
    const column = this.plan.columns!.filter((c) => c.index === col).pop();
    if (column) column.hidden = true;
    else this.plan.columns!.push({ index: col, width: DEFAULT_COLUMN_CHARS, hidden: true });
    return this;
  }

  widths(widths: number[], startCol = 0): this {
    widths.forEach((w, k) => this.width(startCol + k, w));
    return this;
  }

  merge(top: number, left: number, bottom: number, right: number): this {
    this.plan.merges!.push(rangeAddress(top, left, bottom, right));
    return this;
  }

  table(table: TablePlan): this {
    this.plan.tables!.push(table);
    return this;
  }

  validate(validation: ValidationPlan): this {
    this.plan.validations!.push(validation);
    return this;
  }

  format(rule: ConditionalFormatPlan): this {
    this.plan.conditionalFormats!.push(rule);
    return this;
  }

  formatAll(rules: ConditionalFormatPlan[]): this {
    rules.forEach((rule) => this.format(rule));
    return this;
  }

  chart(chart: ChartPlan): this {
    this.plan.charts!.push(chart);
    return this;
  }

  shape(shape: ShapePlan): this {
    this.plan.shapes!.push(shape);
    return this;
  }

  name(name: NamePlan): this {
    this.plan.names!.push(name);
    return this;
  }

  freeze(rows: number, columns: number): this {
    this.plan.freeze = { rows, columns };
    return this;
  }

  tab(color: string, showGridlines = false): this {
    this.plan.tabColor = color;
    this.plan.showGridlines = showGridlines;
    return this;
  }

  build(): SheetPlan {
    const cells = Array.from(this.cells.values());
    this.plan.columns = widenForHeaders(cells, this.plan.columns ?? [], this.plan.merges ?? []);
    const rows = rowHeights(cells, this.plan.columns, this.plan.merges ?? []);
    const plan: SheetPlan = { ...this.plan, cells, ...(rows.length > 0 ? { rows } : {}) };
    // Leave out empty collections so plans stay readable in tests and snapshots of structure.
    for (const key of [
      "columns",
      "merges",
      "tables",
      "validations",
      "conditionalFormats",
      "charts",
      "shapes",
      "names",
    ] as const) {
      if ((plan[key] as unknown[]).length === 0) delete plan[key];
    }
    return plan;
  }
}

/** Excel's default row height and column width (characters of the default font). */
const LINE_HEIGHT_PT = 15;
const DEFAULT_COLUMN_CHARS = 8.43;
/** Header labels are bold: a little wider than the digits column widths are measured in. */
export const BOLD_CHARS_PER_WIDTH = 0.9;

/**
 * Plain text in wrapped cells: Calibri (the workbook's font) fits about 1.3 characters per unit of
 * column width (a unit is one digit); 1.15 leaves room for wider text without rows of blank lines.
 */
export const CHARS_PER_WIDTH = 1.15;
/** Wrapped text cells grow to at most this many lines; longer text should go elsewhere. */
const MAX_WRAPPED_LINES = 6;

/** How many lines `text` takes when wrapped at word breaks in a column `width` characters wide. */
export function wrappedLines(
  text: string,
  width: number,
  charsPerWidth = BOLD_CHARS_PER_WIDTH
): number {
  const perLine = Math.max(1, Math.floor(width * charsPerWidth));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used === 0) {
      lines += Math.ceil(length / perLine) - 1;
      used = length % perLine || perLine;
    } else if (used + 1 + length <= perLine) {
      used += 1 + length;
    } else {
      lines += Math.ceil(length / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}

/**
 * A text column as wide as its longest text (plus a character), between `min` and `max`; `empty`
 * when `values` hold no text (a blank sheet keeps room to type). Values that are not text are not
 * measured.
 *
 * @example fittingWidth(["Revenue", "Customer retention"], 14, 30) // 19
 */
export function fittingWidth(
  values: readonly Scalar[],
  min: number,
  max = Infinity,
  empty = min
): number {
  const lengths = values
    .filter((value): value is string => typeof value === "string" && value !== "")
    .map((text) => text.length);
  return lengths.length === 0 ? empty : Math.min(max, Math.max(min, Math.max(...lengths) + 1));
}

/**
 * Columns at least as wide as their headers need: the longest word on one line (a header wraps at
 * word breaks, never inside "Achievement") and the whole label in at most 3 lines. A column that
 * holds no header keeps its width; the order of the plan's columns is kept.
 */
export function widenForHeaders(
  cells: readonly CellPlan[],
  columns: readonly ColumnPlan[],
  merges: readonly string[]
): ColumnPlan[] {
  const widths = new Map(columns.map((column) => [column.index, column.width]));
  const spans = merges.map((merge) => parseRange(merge));
  const needs = new Map<number, number>();
  for (const cell of cells) {
    if (cell.style !== "header" || typeof cell.value !== "string") continue;
    const { row, col } = parseCell(cell.address);
    if (spans.some((s) => s.top === row && s.left === col && s.right > s.left)) continue;
    const longestWord = Math.max(0, ...cell.value.split(/\s+/).map((word) => word.length));
    let width = Math.max(
      widths.get(col) ?? DEFAULT_COLUMN_CHARS,
      Math.ceil(longestWord / BOLD_CHARS_PER_WIDTH)
    );
    while (wrappedLines(cell.value, width) > 3) width++;
    needs.set(col, Math.max(needs.get(col) ?? 0, width));
  }
  const result = columns.map((column) => ({
    ...column,
    width: Math.max(column.width, needs.get(column.index) ?? 0),
  }));
  for (const [index, width] of needs)
    if (!widths.has(index) && width > DEFAULT_COLUMN_CHARS) result.push({ index, width });
  return result;
}

/**
 * Rows tall enough for their wrapped text: header labels (bold, at most 3 lines) and cells marked
 * `wrap` (plain text, at most MAX_WRAPPED_LINES), in their column or across their merge. Neither
 * Excel nor LibreOffice grows a row for wrapped text written by a program, so the plan says how
 * tall; both writers apply it.
 */
export function rowHeights(
  cells: readonly CellPlan[],
  columns: readonly ColumnPlan[],
  merges: readonly string[]
): RowPlan[] {
  const widths = new Map(columns.map((column) => [column.index, column.width]));
  const widthOf = (col: number) => widths.get(col) ?? DEFAULT_COLUMN_CHARS;
  const spans = merges.map((merge) => parseRange(merge));
  const lines = new Map<number, number>();
  for (const cell of cells) {
    const isHeader = cell.style === "header";
    if ((!isHeader && !cell.wrap) || typeof cell.value !== "string") continue;
    const { row, col } = parseCell(cell.address);
    const span = spans.find((s) => s.top === row && s.left === col);
    // A merge several rows tall has its own height: the rows stay as the plan lays them out.
    if (span && span.bottom > span.top) continue;
    let width = widthOf(col);
    if (span) for (let c = col + 1; c <= span.right; c++) width += widthOf(c);
    const needed = isHeader
      ? Math.min(3, wrappedLines(cell.value, width))
      : Math.min(MAX_WRAPPED_LINES, wrappedLines(cell.value, width, CHARS_PER_WIDTH));
    if (needed > (lines.get(row) ?? 1)) lines.set(row, needed);
  }
  return [...lines]
    .sort(([a], [b]) => a - b)
    .map(([index, count]) => ({ index, height: count * LINE_HEIGHT_PT }));
}
