/**
 * A KPI register declared once. A register is a list of columns, each saying everything about
 * itself: its field, its header in both languages, width, style and number format, what its cell
 * holds on a KPI row, its total, its validation and conditional formats, its name. `registerSheet`
 * lays the sheet out from that list (heading, header row, KPI rows, totals, table, rules, names,
 * widths, panes) and returns a `RegisterLayout` that answers where each field is; the readers of a
 * live workbook (src/readers/register-reader.ts) learn their header words from the same lists
 * (`REGISTERS`, registers.ts), so the writer and the reader cannot disagree.
 *
 * A cell's content is a function of its row (`RegisterRow`): the row's data, its index, its own
 * cells by field and its links (the KPI's actuals on the Tracking sheet).
 */
import { absRange, absolute, cellAddress, rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/builder";
import type { CellStyle, ConditionalFormatPlan, Lang, Scalar, ValidationPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import type { Scoring } from "./scorecard";
import { type Text, t } from "../sheet/text";

/** What a register column holds; the readers know a column by it. */
export type RegisterField =
  | "code"
  | "group"
  | "objective"
  | "facet"
  | "requirement"
  | "name"
  | "unit"
  | "direction"
  | "weightPct"
  | "priorityClass"
  | "classCheck"
  | "target"
  | "frequency"
  | "summed"
  | "periodTarget"
  | "worst"
  | "mid"
  | "localWeight"
  | "perspectiveWeight"
  | "stakeholderWeight"
  | "facetWeight"
  | "globalWeight"
  | "actual"
  | "achievement"
  | "level"
  | "status"
  | "weighted"
  | "rankKey"
  | "smartSpecific"
  | "smartMeasurable"
  | "smartAchievable"
  | "smartRelevant"
  | "smartTimeBound"
  | "smartChallenging";

/** Where a KPI's actuals are on the Tracking sheet, from the register's sheet. */
export interface TrackingLink {
  /** The KPI's row of actuals, one cell per period: «tracking»!$E$6:$P$6. */
  actuals: string;
  /** The selected period's position among the periods: «tracking»!$C$3. */
  periodNumber: string;
  /** The months one tracking period covers: «tracking»!$C$4. */
  monthsPerPeriod: string;
}

/** One row of the register's table, as a calculated column sees it: the same formula on every row. */
export interface TableRow {
  /** 0-based position among the table's rows (KPIs, then the room for more). */
  index: number;
  lang: Lang;
  /** This row's cell of a field, relative ("F7"), as a formula filled down the column writes it. */
  at(field: RegisterField): string;
  tracking: TrackingLink;
  /** The register's layout: where its totals and what the template keeps under them are. */
  layout: RegisterLayout;
}

/** One KPI row, as a typed value or a per-KPI link sees it. */
export interface RegisterRow<Data> extends TableRow {
  data: Data;
}

/** The totals line, as a column's total sees it. */
export interface TotalsRow {
  lang: Lang;
  /** A field's KPI rows on the register: "D7:D14". */
  range(field: RegisterField): string;
  /** A field's cell on the totals line: "L15". */
  at(field: RegisterField): string;
}

/** A rule without its range: the register gives it the column's KPI rows. */
type WithoutRange<T> = T extends unknown ? Omit<T, "range"> : never;
export type ColumnValidation = WithoutRange<ValidationPlan>;

export interface RegisterColumn<Data> {
  field: RegisterField;
  header: Text;
  /**
   * Width in characters; or fitted to the column's typed values and the
   * register's group labels (which the sheet may also show in this column, below the register).
   */
  width: number | ((column: { lang: Lang; values: Scalar[]; groups: string[] }) => number);
  style: CellStyle;
  numberFormat?: string;
  /** A typed value on a KPI row (null: an empty cell of the column's style). */
  value?: (row: RegisterRow<Data>) => Scalar;
  /**
   * A calculated column: one formula for every row of the table, the room for more KPIs included
   * (Excel fills it into a row added to the table). It reads its own row and fixed cells only.
   */
  formula?: (row: TableRow) => string;
  /**
   * A formula of its own on each KPI row (a weight read from the AHP sheet); an empty input cell on
   * the rows of room, which a KPI added there fills in.
   */
  link?: (row: RegisterRow<Data>) => string;
  /** A helper column (a sort key): hidden on the sheet. */
  hidden?: boolean;
  /** Values longer than the column is wide wrap (the row grows). */
  wrapLong?: boolean;
  /** A note for auditors on the first KPI row's cell. */
  note?: Text;
  /** A heading over the header row from this column on, naming a group of columns. */
  band?: Text;
  /** One of the weights (from the AHP sheet) whose product is the global weight. */
  isWeightPart?: boolean;
  /** The column's cell on the totals line: a label, or a formula over the KPI rows. */
  total?: { label: Text } | { formula: (totals: TotalsRow) => string; numberFormat?: string };
  /**
   * Validation of the table's rows; adjacent columns with the same rule share one. A list may read
   * cells the template keeps under the register (`layout`).
   */
  validation?: (lang: Lang, layout: RegisterLayout) => ColumnValidation;
  /** Conditional formats over the KPI rows (and the totals line, `withTotal`). */
  formats?: { rules: (range: string) => ConditionalFormatPlan[]; withTotal?: boolean };
  /** A name for the column's KPI rows (the Name Box). */
  name?: string;
}

export interface RegisterSchema<Data> {
  /** How the register scores a KPI: achievement against target (UMKM), or OMAX levels. */
  scoring: Scoring;
  /** What the weights add up to: 1 (fractions) or 100 (% or ×100). */
  weightTotal: 1 | 100;
  /** The fields the index reads: each KPI's weight and its score. */
  weightField: RegisterField;
  scoreField: RegisterField;
  /** The Excel table over the header and KPI rows. */
  tableName: string;
  /**
   * Empty rows of the table under the KPIs, room for KPIs added later: Tracking, the Dashboard and
   * the totals already cover them, so a KPI typed there counts at once.
   */
  room?: number;
  /** Columns kept in view while scrolling: up to this one. */
  frozenThrough: RegisterField;
  columns: RegisterColumn<Data>[];
}

/** Where a register keeps each field: what the other sheets and the tests ask it. */
export interface RegisterLayout {
  /** The register sheet's key in the plan. */
  key: string;
  /** 0-based sheet rows: the header, the first KPI, the last row of the table, the totals line. */
  headerRow: number;
  firstRow: number;
  /** The rows written from data: the KPIs (and an OMAX register's rows of room, `isRoom`). */
  count: number;
  /** The table's rows: the KPIs and the room for more (what Tracking and the Dashboard cover). */
  rows: number;
  lastRow: number;
  totalRow: number;
  /** The last column of the register. */
  lastCol: number;
  weightField: RegisterField;
  scoreField: RegisterField;
  has(field: RegisterField): boolean;
  /** A field's header, in both languages. */
  headerOf(field: RegisterField): Text;
  /** 0-based column of a field; a field the register lacks is a bug in the template. */
  columnOf(field: RegisterField): number;
  /** How the register shows a field's KPI cells. */
  numberFormatOf(field: RegisterField): string | undefined;
  /** Row k's cell of a field, on the register: "F7". */
  cell(field: RegisterField, k: number): string;
  /** A field's table rows, on the register: "F7:F16". */
  range(field: RegisterField): string;
  /** From another sheet: row k's cell, «register»!$F$7. */
  ref(field: RegisterField, k: number): string;
  /** From another sheet: a field's table rows, «register»!$F$7:$F$16. */
  rangeRef(field: RegisterField): string;
}

/** Title, case, help and rules above, an example's note in row 5, the header in row 6. */
const HEADER_ROW = 5;

export function registerLayout<Data>(
  schema: RegisterSchema<Data>,
  count: number,
  key = "register"
): RegisterLayout {
  const columns = new Map(schema.columns.map((column, c) => [column.field, { column, c }]));
  const firstRow = HEADER_ROW + 1;
  const rows = count + (schema.room ?? 0);
  const lastRow = firstRow + rows - 1;
  const columnOf = (field: RegisterField): number => {
    const found = columns.get(field);
    if (!found) throw new Error(`the register has no ${field} column`);
    return found.c;
  };
  return {
    key,
    headerRow: HEADER_ROW,
    firstRow,
    count,
    rows,
    lastRow,
    totalRow: lastRow + 1,
    lastCol: schema.columns.length - 1,
    weightField: schema.weightField,
    scoreField: schema.scoreField,
    has: (field) => columns.has(field),
    headerOf: (field) => schema.columns[columnOf(field)].header,
    columnOf,
    numberFormatOf: (field) => columns.get(field)?.column.numberFormat,
    cell: (field, k) => cellAddress(firstRow + k, columnOf(field)),
    range: (field) => rangeAddress(firstRow, columnOf(field), lastRow, columnOf(field)),
    ref: (field, k) => sheetRef(key, absolute(cellAddress(firstRow + k, columnOf(field)))),
    rangeRef: (field) =>
      sheetRef(key, absRange(firstRow, columnOf(field), lastRow, columnOf(field))),
  };
}

/** What fills a register: its heading, its rows and where the Tracking sheet keeps their actuals. */
export interface RegisterContent<Data> {
  lang: Lang;
  sheetName: Text;
  title: Text;
  caseName: string;
  isExample: boolean;
  help: Text;
  rules: Text;
  /** Under the rules in an example: what comes from the source and what is illustrative. */
  note?: string;
  rows: Data[];
  /** The group labels (perspectives, stakeholders, KPI groups). */
  groups: string[];
  /**
   * Rows of `rows` that are room for a KPI added later within their group (OMAX: a spare member of
   * the group's AHP block): written with their links and the values their data has (the group),
   * every other cell an empty input, no placeholder.
   */
  isRoom?: (data: Data) => boolean;
  /** Row k's actuals on the Tracking sheet (the rows of room included). */
  tracking: (k: number) => TrackingLink;
  /** The sheet's tab colour. */
  tabColor: string;
}

/**
 * The register sheet laid out from its columns. The sheet is returned unbuilt, so a template can add
 * blocks under the totals line (OMAX: the summary by group) before building it.
 */
export function registerSheet<Data>(
  schema: RegisterSchema<Data>,
  content: RegisterContent<Data>
): {
  sheet: SheetBuilder;
  layout: RegisterLayout;
  /** What a field's KPI cells show (rows of room aside): values or formulas. */
  shown: (field: RegisterField) => Scalar[];
  /** The KPI names typed ("" for a name still to be typed): what the name columns elsewhere fit. */
  kpiNames: string[];
} {
  const layout = registerLayout(schema, content.rows.length);
  const sheet = new SheetBuilder(layout.key, t(content.lang, content.sheetName)).tab(
    content.tabColor
  );
  writeHeading(sheet, schema, content, layout);
  const shown = writeRows(sheet, schema, content, layout);
  writeTotals(sheet, schema, content.lang, layout);
  writeRules(sheet, schema, content.lang, layout);
  sheet.freeze(layout.firstRow, layout.columnOf(schema.frozenThrough) + 1);
  const names = shown.get("name") ?? [];
  return {
    sheet,
    layout,
    shown: (field) => shown.get(field) ?? [],
    kpiNames: names.map((name) => (name === null ? "" : String(name))),
  };
}

/** The row of the case: an example's name, or a blank template's label and the cell to type it in. */
const CASE_ROW = 1;

/** The case's name as the other sheets show it, read from the register. */
export function caseNameFormula(isExample: boolean, key = "register"): string {
  return isExample
    ? `=${sheetRef(key, absolute(cellAddress(CASE_ROW, 0)))}`
    : `=${sheetRef(key, absolute(cellAddress(CASE_ROW, 1)))}&""`;
}

/** The row above the header: an example's note, and the band headings over groups of columns. */
const NOTE_ROW = HEADER_ROW - 1;

/** Title, case, help and rules; an example's note across the register; the header row. */
function writeHeading<Data>(
  sheet: SheetBuilder,
  schema: RegisterSchema<Data>,
  content: RegisterContent<Data>,
  layout: RegisterLayout
): void {
  const { lang } = content;
  sheet.put(0, 0, t(lang, content.title), { style: "title" });
  // A blank template: the label, and the cell to type the name in beside it.
  if (content.isExample) sheet.put(CASE_ROW, 0, content.caseName, { style: "subtitle" });
  else {
    sheet.put(CASE_ROW, 0, content.caseName, { style: "label" });
    sheet.blank(CASE_ROW, 1, { style: "input" });
  }
  sheet.put(2, 0, t(lang, content.help), { style: "note" });
  sheet.put(3, 0, t(lang, content.rules), { style: "note" });
  // The note spans the register up to the first band heading, which shares its row.
  const firstBand = schema.columns.findIndex((column) => column.band);
  if (content.note) {
    sheet.put(NOTE_ROW, 0, content.note, { style: "muted", wrap: true });
    sheet.merge(NOTE_ROW, 0, NOTE_ROW, firstBand < 0 ? layout.lastCol : firstBand - 1);
  }
  schema.columns.forEach((column, c) => {
    if (column.band) sheet.put(NOTE_ROW, c, t(lang, column.band), { style: "section" });
  });
  sheet.putRow(
    layout.headerRow,
    0,
    schema.columns.map((column) => t(lang, column.header)),
    { style: "header" }
  );
}

/**
 * Every row of the table, column by column, each column as wide as it says: the KPIs, then the room
 * for more (calculated columns filled, every other cell an empty input). Returns what each field
 * shows on the KPI rows.
 */
function writeRows<Data>(
  sheet: SheetBuilder,
  schema: RegisterSchema<Data>,
  content: RegisterContent<Data>,
  layout: RegisterLayout
): Map<RegisterField, Scalar[]> {
  const { lang } = content;
  const tableRow = (k: number): TableRow => ({
    index: k,
    lang,
    layout,
    at: (field) => layout.cell(field, k),
    tracking: content.tracking(k),
  });
  const rows = content.rows.map((data, k): RegisterRow<Data> => ({ ...tableRow(k), data }));
  const room = Array.from({ length: layout.rows - layout.count }, (_, j) =>
    tableRow(layout.count + j)
  );
  const shown = new Map<RegisterField, Scalar[]>();
  schema.columns.forEach((column, c) => {
    const values = rows.map((row) => column.value?.(row) ?? null);
    const width =
      typeof column.width === "number"
        ? column.width
        : column.width({ lang, values, groups: content.groups });
    sheet.width(c, width);
    if (column.hidden) sheet.hide(c);
    const contents: Scalar[] = [];
    rows.forEach((row, k) => {
      const value = values[k];
      const isRoom = content.isRoom?.(row.data) === true;
      const cell = column.formula?.(row) ?? column.link?.(row) ?? value;
      sheet.put(layout.firstRow + k, c, cell, {
        // An empty cell of a row of room is to be filled in.
        style: isRoom && cell === null ? "input" : column.style,
        numberFormat: column.numberFormat,
        note: k === 0 && column.note ? t(lang, column.note) : undefined,
        wrap: column.wrapLong && typeof value === "string" && value.length > width,
      });
      if (!isRoom) contents.push(cell);
    });
    for (const row of room)
      sheet.put(layout.firstRow + row.index, c, column.formula?.(row) ?? null, {
        style: column.formula ? column.style : "input",
        numberFormat: column.numberFormat,
      });
    shown.set(column.field, contents);
  });
  return shown;
}

/** The totals line: each column's label or formula over its KPI rows. */
function writeTotals<Data>(
  sheet: SheetBuilder,
  schema: RegisterSchema<Data>,
  lang: Lang,
  layout: RegisterLayout
): void {
  const totals: TotalsRow = {
    lang,
    range: layout.range,
    at: (field) => cellAddress(layout.totalRow, layout.columnOf(field)),
  };
  schema.columns.forEach((column, c) => {
    if (!column.total) return;
    if ("label" in column.total)
      sheet.put(layout.totalRow, c, t(lang, column.total.label), { style: "total" });
    else
      sheet.put(layout.totalRow, c, column.total.formula(totals), {
        style: "total",
        numberFormat: column.total.numberFormat,
      });
  });
}

/** The table over the header and KPI rows, and the columns' validations, formats and names. */
function writeRules<Data>(
  sheet: SheetBuilder,
  schema: RegisterSchema<Data>,
  lang: Lang,
  layout: RegisterLayout
): void {
  const { firstRow, lastRow, totalRow } = layout;
  const calculated = schema.columns.flatMap((column, c) =>
    column.formula ? [{ col: c, formula: sheet.formulaAt(firstRow, c) }] : []
  );
  sheet.table({
    name: schema.tableName,
    range: rangeAddress(layout.headerRow, 0, lastRow, layout.lastCol),
    style: "TableStyleLight9",
    calculated,
  });
  for (const { rule, left, right } of sharedValidations(schema.columns, lang, layout))
    sheet.validate({ range: rangeAddress(firstRow, left, lastRow, right), ...rule });
  schema.columns.forEach((column, c) => {
    if (!column.formats) return;
    const bottom = column.formats.withTotal ? totalRow : lastRow;
    sheet.formatAll(column.formats.rules(rangeAddress(firstRow, c, bottom, c)));
  });
  schema.columns.forEach((column, c) => {
    if (column.name) sheet.name({ name: column.name, range: absRange(firstRow, c, lastRow, c) });
  });
}

/** The columns' validations, one rule for a run of adjacent columns that validate alike. */
function sharedValidations<Data>(
  columns: readonly RegisterColumn<Data>[],
  lang: Lang,
  layout: RegisterLayout
): { rule: ColumnValidation; left: number; right: number }[] {
  const runs: { rule: ColumnValidation; key: string; left: number; right: number }[] = [];
  columns.forEach((column, c) => {
    const rule = column.validation?.(lang, layout);
    if (!rule) return;
    const key = JSON.stringify(rule);
    const last = runs[runs.length - 1];
    if (last && last.right === c - 1 && last.key === key) last.right = c;
    else runs.push({ rule, key, left: c, right: c });
  });
  return runs;
}
