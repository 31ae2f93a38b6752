/**
 * Applies a workbook plan to a Google Sheets spreadsheet through Apps Script's Spreadsheet service.
 *
 * Like the Office.js writer it is split in two:
 * - `sheetsBatches` (pure): picks free sheet and range names and turns each sheet plan into batches —
 *   values and formulas in as few rectangles as the spills allow (one `setValues` each, formulas
 *   included: Range.setValues reads a string starting with "=" as a formula, and "" is an empty
 *   cell), one RangeList per number format and per named style, validations, conditional formats,
 *   charts — so the number of Apps Script calls does not grow with the number of KPIs.
 * - `applyPlanToSpreadsheet` (thin): issues the batches. Apps Script holds writes back and sends
 *   them together at the next read or at the end; the writer reads only at the start (the names in
 *   use) and, for a sheet past Sheets' 1,000 rows or 26 columns, its size before growing it.
 *
 * It never changes what the user has: it only inserts sheets (a name in use gets " (2)"), writes
 * inside them, and names ranges with names nobody uses.
 *
 * What Sheets does differently from Excel, and what the writer does about it:
 * - Formulas: Sheets' dialect (dialect.ts). A function returning an array spills by itself, so a
 *   spill is only its anchor's formula; the cells it spills into are left empty (not even "").
 * - Tables: Sheets' Apps Script has no tables. A table becomes a filter on its range (the header's
 *   filter buttons; one filter per sheet) and a named range with the table's name.
 * - Sheet-scoped names: Sheets' named ranges are spreadsheet-wide, so each gets a free name.
 * - Icon sets do not exist in Sheets: the traffic-light icons become the number's own colour
 *   (green, amber, red text) by three formula rules. Every conditional format is a custom-formula
 *   rule on the range's top-left cell, as in the Office.js writer; Sheets applies the first rule
 *   that holds, so the rules keep the plan's order.
 * - Shapes: none in Sheets; the strategy map is drawn with cells (shapes-as-cells.ts).
 * - Freezing: Sheets refuses to freeze rows or columns that cut a merged cell in two, so it freezes
 *   up to the nearest edge no merge crosses (`freezeClearOfMerges`).
 * - Sizes are pixels: a column of c characters is round(7c + 5) px, as in Excel (7-pixel digits of
 *   the default font, 5 pixels of padding); a row of p points is round(p × 4/3) px (96 dpi).
 */
import type { ApplyResult, Rollback } from "../workbook/port";
import { freeSheetName, freeTableName } from "../workbook/port";
import type {
  CellPlan,
  ChartPlan,
  ConditionalFormatPlan,
  Scalar,
  SheetPlan,
  ValidationPlan,
  WorkbookPlan,
} from "../sheet/plan";
import { resolveSheetRefs, spillNumberFormat } from "../sheet/plan";
import { spilledFrom } from "../sheet/spill";
import { hasContent, validatePlan } from "../sheet/validate";
import {
  cellAddress,
  normalCell,
  normalRange,
  parseCell,
  parseRange,
  type RangePosition,
} from "../sheet/a1";
import {
  cellFormat,
  TRAFFIC_LIGHT_COLORS,
  type CellFormat,
  type RangeLook,
} from "../workbook/styles";
import { formulaRule, type FormulaRule } from "../workbook/rules";
import {
  addressOf,
  blocks,
  columnsOf,
  groupPositions,
  rectangles,
  rowsOf,
  spillAreaLooks,
  textInput,
} from "../workbook/cell-blocks";
import { columnWidthPixels } from "../workbook/xlsx-drawings";
import type { SheetsRangeList, SheetsServices, SheetsSheet } from "./apps-script";
import { sheetsFormula } from "./dialect";
import { drawShapesWithCells } from "./shapes-as-cells";

/** A new sheet's grid in Google Sheets. */
export const NEW_SHEET = { rows: 1000, columns: 26 } as const;
/** Google Sheets' default column width and row height, in pixels. */
export const SHEETS_DEFAULT_PX = { column: 100, row: 21 } as const;

export type SheetsValue = string | number | boolean;

/** A data-validation rule as data; `help` is the input prompt in the plan's language. */
export type SheetsValidation = { range: string; help?: string } & (
  | { kind: "list"; values: string[] }
  /** A drop-down of a range's cells; `sheet` is the quoted sheet name when it is another sheet. */
  | { kind: "listRange"; source: string; sheet?: string }
  | { kind: "between"; min: number; max: number }
  | { kind: "atLeast"; min: number }
  | { kind: "atMost"; max: number }
  | { kind: "formula"; formula: string }
  /** Any value: only the help text. */
  | { kind: "any" }
);

export interface SheetsChart {
  type: ChartPlan["type"];
  data: string;
  transpose: boolean;
  /** 1-based row and column of its top-left cell. */
  row: number;
  column: number;
  /** [option, value] pairs for EmbeddedChartBuilder.setOption, in order. */
  options: [string, string | number][];
}

/** Everything one sheet needs, as data, in the order it is written. */
export interface SheetBatch {
  key: string;
  name: string;
  /** The rows and columns the sheet needs (its last row and column, 1-based). */
  extent: { rows: number; columns: number };
  /** One RangeList per number format. */
  numberFormats: { ranges: string[]; format: string }[];
  values: { range: string; values: SheetsValue[][] }[];
  notes: { range: string; notes: (string | null)[][] }[];
  merges: string[];
  /** One RangeList each: a named style, wrapped text, or a drawn look. */
  looks: { ranges: string[]; format: CellFormat }[];
  columnWidths: { first: number; count: number; pixels: number }[];
  /** 1-based columns to hide (helper columns). */
  hiddenColumns: number[];
  rowHeights: { first: number; count: number; pixels: number }[];
  validations: SheetsValidation[];
  rules: (FormulaRule & { range: string })[];
  /** The range of the sheet's first table, which gets the filter buttons. */
  filter?: string;
  namedRanges: { name: string; finalName: string; range: string }[];
  charts: SheetsChart[];
  freeze: { rows: number; columns: number };
  tabColor?: string;
  hideGridlines: boolean;
}

export interface NamesInSpreadsheet {
  sheets: string[];
  namedRanges: string[];
}

export interface PlannedSpreadsheet {
  sheets: SheetBatch[];
  /** Tables and sheet names → the named ranges they became. */
  namedRanges: { name: string; finalName: string }[];
  activate: string;
}

/** What a build did: ApplyResult without round trips (the caller's google.script.run call is one). */
export type SheetsApplyResult = Omit<ApplyResult, "syncs">;

/** A failed step, naming the sheet: "Kinerja could not write sheet 'BSC (2)': …". */
export class SheetsStepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown,
    /** What became of the sheets the build had added (applyPlanToSpreadsheet takes them out). */
    readonly rollback: Rollback = { undone: true }
  ) {
    super(`Kinerja could not ${step}: ${reasonOf(cause)}`, { cause });
    this.name = "SheetsStepError";
  }
}

/** An error's own message (what Apps Script said). */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// Thin part: batches → Apps Script calls

/**
 * Builds `plan` in new sheets of the spreadsheet. Throws a PlanError (validatePlan) before anything
 * is read or written when the plan is not valid.
 */
export function applyPlanToSpreadsheet(
  services: SheetsServices,
  plan: WorkbookPlan
): SheetsApplyResult {
  validatePlan(plan);
  const { spreadsheet } = services;
  const existing = spreadsheet.getSheets();
  const inUse: NamesInSpreadsheet = {
    sheets: existing.map((sheet) => sheet.getName()),
    namedRanges: spreadsheet.getNamedRanges().map((range) => range.getName()),
  };
  const planned = plannedSpreadsheet(plan, inUse);
  const added = new Map<string, SheetsSheet>();
  const addedNames: string[] = [];
  let step = "build the scorecard";
  try {
    planned.sheets.forEach((batch, k) => {
      step = `write sheet '${batch.name}'`;
      const sheet = spreadsheet.insertSheet(batch.name, existing.length + k);
      added.set(batch.key, sheet);
      addedNames.push(batch.name);
      writeSheet(services, sheet, batch);
    });
    step = "build the scorecard";
    spreadsheet.setActiveSheet(added.get(plan.activate) as SheetsSheet);
    // Apps Script holds writes back; one it refuses fails here, while the build can still be undone.
    services.app.flush();
  } catch (error) {
    throw new SheetsStepError(
      step,
      error,
      takeOut(services, [...added.values()], addedNames, planned)
    );
  }
  return {
    sheets: planned.sheets.map(({ key, name }) => ({ key, name })),
    tables: planned.namedRanges,
    activated: planned.activate,
  };
}

/**
 * Takes a failed build out again: deletes exactly the sheets it inserted and the named ranges it
 * set (a deleted sheet's named range would stay behind as #REF!), so the spreadsheet is as it was.
 * Reads the named ranges once more: which of the planned ones the build got to set.
 */
function takeOut(
  { spreadsheet, app }: SheetsServices,
  sheets: SheetsSheet[],
  names: string[],
  planned: PlannedSpreadsheet
): Rollback {
  try {
    const set = new Set(spreadsheet.getNamedRanges().map((range) => range.getName().toLowerCase()));
    for (const { finalName } of planned.namedRanges)
      if (set.has(finalName.toLowerCase())) spreadsheet.removeNamedRange(finalName);
    for (const sheet of sheets.reverse()) spreadsheet.deleteSheet(sheet);
    app.flush();
    return { undone: true };
  } catch (error) {
    let left = names;
    try {
      const there = new Set(spreadsheet.getSheets().map((sheet) => sheet.getName()));
      left = names.filter((name) => there.has(name));
    } catch {
      // Cannot tell which went: name them all.
    }
    return {
      undone: false,
      reason: reasonOf(error),
      sheets: left.map((name) => ({ name })),
      cells: [],
    };
  }
}

const CHART_TYPE = { line: "LINE", column: "COLUMN", bar: "BAR" } as const;

function writeSheet(services: SheetsServices, sheet: SheetsSheet, batch: SheetBatch): void {
  const { spreadsheet, app, charts } = services;
  // Grow the grid only when the plan needs more than a new sheet has (reads are round trips).
  if (batch.extent.rows > NEW_SHEET.rows) {
    const rows = sheet.getMaxRows();
    if (batch.extent.rows > rows) sheet.insertRowsAfter(rows, batch.extent.rows - rows);
  }
  if (batch.extent.columns > NEW_SHEET.columns) {
    const columns = sheet.getMaxColumns();
    if (batch.extent.columns > columns)
      sheet.insertColumnsAfter(columns, batch.extent.columns - columns);
  }
  // Number formats first: a text format ("@") must be in place before its value arrives.
  for (const { ranges, format } of batch.numberFormats)
    sheet.getRangeList(ranges).setNumberFormat(format);
  for (const { range, values } of batch.values) sheet.getRange(range).setValues(values);
  for (const { range, notes } of batch.notes) sheet.getRange(range).setNotes(notes);
  // Merged before they are styled, so a border outlines the merged cell.
  for (const merge of batch.merges) sheet.getRange(merge).merge();
  for (const { ranges, format } of batch.looks)
    applyLook(sheet.getRangeList(ranges), format, app.BorderStyle);
  for (const { first, count, pixels } of batch.columnWidths)
    sheet.setColumnWidths(first, count, pixels);
  for (const column of batch.hiddenColumns) sheet.hideColumns(column);
  for (const { first, count, pixels } of batch.rowHeights)
    sheet.setRowHeights(first, count, pixels);

  for (const validation of batch.validations) {
    let builder = app.newDataValidation();
    switch (validation.kind) {
      case "list":
        builder = builder.requireValueInList(validation.values, true);
        break;
      case "listRange": {
        const source =
          validation.sheet === undefined
            ? sheet.getRange(validation.source)
            : spreadsheet.getRange(`${validation.sheet}!${validation.source}`);
        builder = builder.requireValueInRange(source, true);
        break;
      }
      case "between":
        builder = builder.requireNumberBetween(validation.min, validation.max);
        break;
      case "atLeast":
        builder = builder.requireNumberGreaterThanOrEqualTo(validation.min);
        break;
      case "atMost":
        builder = builder.requireNumberLessThanOrEqualTo(validation.max);
        break;
      case "formula":
        builder = builder.requireFormulaSatisfied(validation.formula);
        break;
      case "any":
        // A rule needs a criterion: one every value meets, so only the help text is left.
        builder = builder.requireFormulaSatisfied("=TRUE");
        break;
    }
    // Excel's "stop" style: a value outside the rule is refused, not only flagged.
    builder = builder.setAllowInvalid(false);
    if (validation.help !== undefined) builder = builder.setHelpText(validation.help);
    sheet.getRange(validation.range).setDataValidation(builder.build());
  }

  if (batch.rules.length > 0) {
    // The sheet is new, so this replaces no one's rules.
    sheet.setConditionalFormatRules(
      batch.rules.map(({ range, formula, fill, font }) => {
        let rule = app.newConditionalFormatRule().whenFormulaSatisfied(formula);
        if (fill !== undefined) rule = rule.setBackground(fill);
        return rule
          .setFontColor(font)
          .setRanges([sheet.getRange(range)])
          .build();
      })
    );
  }
  if (batch.filter) sheet.getRange(batch.filter).createFilter();
  for (const { finalName, range } of batch.namedRanges)
    spreadsheet.setNamedRange(finalName, sheet.getRange(range));

  for (const chart of batch.charts) {
    let builder = sheet
      .newChart()
      .setChartType(charts.ChartType[CHART_TYPE[chart.type]])
      .addRange(sheet.getRange(chart.data))
      .setNumHeaders(1)
      .setTransposeRowsAndColumns(chart.transpose)
      .setPosition(chart.row, chart.column, 0, 0);
    for (const [option, value] of chart.options) builder = builder.setOption(option, value);
    sheet.insertChart(builder.build());
  }

  if (batch.freeze.rows > 0) sheet.setFrozenRows(batch.freeze.rows);
  if (batch.freeze.columns > 0) sheet.setFrozenColumns(batch.freeze.columns);
  if (batch.tabColor) sheet.setTabColor(batch.tabColor);
  if (batch.hideGridlines) sheet.setHiddenGridlines(true);
}

const BORDER_STYLE = { thin: "SOLID", medium: "SOLID_MEDIUM" } as const;

/** One call per property of the look, whatever the number of ranges in the list. */
function applyLook(
  list: SheetsRangeList,
  format: CellFormat,
  styles: SheetsServices["app"]["BorderStyle"]
): void {
  if (format.fill) list.setBackground(format.fill);
  if (format.fontColor) list.setFontColor(format.fontColor);
  if (format.bold !== undefined) list.setFontWeight(format.bold ? "bold" : "normal");
  if (format.italic !== undefined) list.setFontStyle(format.italic ? "italic" : "normal");
  if (format.size !== undefined) list.setFontSize(format.size);
  if (format.horizontal) list.setHorizontalAlignment(format.horizontal);
  if (format.vertical) list.setVerticalAlignment(format.vertical);
  if (format.wrap !== undefined) list.setWrap(format.wrap);
  for (const group of borderGroups(format)) {
    list.setBorder(
      group.top,
      group.left,
      group.bottom,
      group.right,
      group.vertical,
      group.horizontal,
      group.color,
      styles[BORDER_STYLE[group.weight]]
    );
  }
}

/**
 * A look's border lines as setBorder calls: one per colour and weight. A style's border belongs to
 * every cell (styles.ts), so a range with lines above its cells also gets them between its rows.
 */
export function borderGroups(format: CellFormat): {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string;
  weight: "thin" | "medium";
}[] {
  const border = format.border;
  if (!border) return [];
  const groups = new Map<string, ReturnType<typeof borderGroups>[number]>();
  for (const side of ["top", "left", "bottom", "right"] as const) {
    const line = border[side];
    if (!line) continue;
    const key = `${line.color}/${line.weight}`;
    const group = groups.get(key) ?? {
      top: null,
      left: null,
      bottom: null,
      right: null,
      vertical: null,
      horizontal: null,
      color: line.color,
      weight: line.weight,
    };
    group[side] = true;
    if (side === "top" || side === "bottom") group.horizontal = true;
    else group.vertical = true;
    groups.set(key, group);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------------
// Pure part: plan → batches

/** Picks the final names and turns each sheet plan into batches; validatePlan first. */
export function sheetsBatches(plan: WorkbookPlan, inUse: NamesInSpreadsheet): PlannedSpreadsheet {
  validatePlan(plan);
  return plannedSpreadsheet(plan, inUse);
}

function plannedSpreadsheet(plan: WorkbookPlan, inUse: NamesInSpreadsheet): PlannedSpreadsheet {
  const sheetNames = new Map<string, string>();
  const takenSheets = [...inUse.sheets];
  for (const sheet of plan.sheets) {
    const name = freeSheetName(sheet.name, takenSheets);
    sheetNames.set(sheet.key, name);
    takenSheets.push(name);
  }
  const takenNames = [...inUse.namedRanges];
  const namedRanges: PlannedSpreadsheet["namedRanges"] = [];
  const sheets = plan.sheets.map((sheet) => {
    const name = sheetNames.get(sheet.key) as string;
    try {
      const batch = sheetBatch(sheet, name, sheetNames, plan.lang, takenNames);
      namedRanges.push(...batch.namedRanges.map(({ name, finalName }) => ({ name, finalName })));
      return batch;
    } catch (error) {
      throw new SheetsStepError(`write sheet '${name}'`, error);
    }
  });
  return { sheets, namedRanges, activate: sheetNames.get(plan.activate) as string };
}

function sheetBatch(
  planned: SheetPlan,
  name: string,
  sheetNames: ReadonlyMap<string, string>,
  lang: WorkbookPlan["lang"],
  takenNames: string[]
): SheetBatch {
  const { sheet, looks: drawnLooks } = adaptSheet(planned);
  const cells = new Map(sheet.cells.map((cell) => [normalCell(cell.address), cell]));
  const spillLooks = spillAreaLooks(sheet);
  const underSpill = spilledFrom(sheet.cells);

  // Number formats: one RangeList per format (a sheet has a handful), General left as it is.
  const numberFormatOf = (address: string): string | undefined => {
    const cell = cells.get(address);
    const format = (cell && spillNumberFormat(cell, 0, 0)) ?? spillLooks.get(address)?.numberFormat;
    return format === "General" ? undefined : format;
  };
  const formatted = new Map(
    [...new Set([...cells.keys(), ...spillLooks.keys()])].map((a) => [a, numberFormatOf(a)])
  );
  const numberFormats = [...groupPositions(formatted, (format) => format)].map(
    ([format, positions]) => ({ ranges: rectangles(positions).map(addressOf), format })
  );

  // Values and formulas: blocks whose gaps are written "" (an empty cell), never over a spill area.
  const spillCells = [...underSpill.keys()].map((a) => parseCell(a));
  const content = [...cells].filter(([, cell]) => hasContent(cell)).map(([a]) => parseCell(a));
  const values = blocks(content, spillCells).map((rect) => ({
    range: addressOf(rect),
    values: matrixOf(rect, (address) => {
      const cell = cells.get(address);
      return cell && hasContent(cell) ? cellValue(cell, sheetNames) : "";
    }),
  }));

  const noted = [...cells].filter(([, cell]) => cell.note).map(([a]) => parseCell(a));
  const notes = blocks(noted).map((rect) => ({
    range: addressOf(rect),
    notes: matrixOf(rect, (address) => cells.get(address)?.note ?? null),
  }));

  const styled = new Map<string, Pick<CellPlan, "style">>(spillLooks);
  for (const [address, cell] of cells) if (cell.style) styled.set(address, cell);
  const looks: SheetBatch["looks"] = [];
  for (const [style, positions] of groupPositions(styled, (cell) => cell.style))
    looks.push({ ranges: rectangles(positions).map(addressOf), format: cellFormat(style) });
  const wrapped = [...cells].filter(([, cell]) => cell.wrap).map(([a]) => parseCell(a));
  if (wrapped.length > 0)
    looks.push({ ranges: rectangles(wrapped).map(addressOf), format: WRAPPED });
  looks.push(...groupLooks(drawnLooks));

  const merges = (sheet.merges ?? []).map(normalRange);
  const tables = sheet.tables ?? [];
  const namedRanges = [
    ...tables.map((table) => ({ name: table.name, range: normalRange(table.range) })),
    ...(sheet.names ?? []).map((n) => ({ name: n.name, range: normalRange(n.range) })),
  ].map(({ name: preferred, range }) => {
    const finalName = freeTableName(namedRangeName(preferred), takenNames);
    takenNames.push(finalName);
    return { name: preferred, finalName, range };
  });

  return {
    key: sheet.key,
    name,
    extent: extentOf(sheet),
    numberFormats,
    values,
    notes,
    merges,
    looks,
    hiddenColumns: (sheet.columns ?? []).filter((c) => c.hidden).map((c) => c.index + 1),
    columnWidths: runs(
      (sheet.columns ?? []).map(({ index, width }) => ({ index, pixels: columnWidthPixels(width) }))
    ),
    rowHeights: runs(
      (sheet.rows ?? []).map(({ index, height }) => ({ index, pixels: rowHeightPixels(height) }))
    ),
    validations: (sheet.validations ?? []).map((v) => sheetsValidation(v, lang, sheetNames)),
    rules: (sheet.conditionalFormats ?? []).flatMap((format) =>
      sheetsRules(format).map((rule) => ({ ...rule, range: normalRange(format.range) }))
    ),
    filter: tables.length > 0 ? normalRange(tables[0].range) : undefined,
    namedRanges,
    charts: (sheet.charts ?? []).map((chart) => sheetsChart(chart, sheet)),
    freeze: sheet.freeze ?? { rows: 0, columns: 0 },
    tabColor: sheet.tabColor,
    hideGridlines: sheet.showGridlines === false,
  };
}

/**
 * A sheet plan as Google Sheets can show it: its shapes drawn with cells, its frozen rows and
 * columns clear of merges. The writer and the Sheets-flavoured .xlsx file both start from it.
 */
export function adaptSheet(planned: SheetPlan): { sheet: SheetPlan; looks: RangeLook[] } {
  const { sheet, looks } = drawShapesWithCells(planned);
  if (!sheet.freeze) return { sheet, looks };
  const freeze = freezeClearOfMerges(sheet.freeze, (sheet.merges ?? []).map(normalRange));
  return { sheet: { ...sheet, freeze }, looks };
}

/** What a cell marked `wrap` gets, as in the other writers. */
const WRAPPED: CellFormat = { wrap: true };

/** A plan cell's content as Range.setValues takes it. */
function cellValue(cell: CellPlan, sheetNames: ReadonlyMap<string, string>): SheetsValue {
  if (cell.formula !== undefined) return sheetsFormula(cell.formula, sheetNames);
  const value = cell.value as Exclude<Scalar, null>;
  if (typeof value === "string") return cell.numberFormat === "@" ? value : textInput(value);
  return value;
}

function matrixOf<T>(rect: RangePosition, at: (address: string) => T): T[][] {
  return rowsOf(rect).map((row) => columnsOf(rect).map((col) => at(cellAddress(row, col))));
}

/** Drawn looks with the same format share one RangeList, in the order they are first drawn. */
function groupLooks(looks: readonly RangeLook[]): SheetBatch["looks"] {
  const groups = new Map<string, SheetBatch["looks"][number]>();
  for (const { range, format } of looks) {
    const key = JSON.stringify(format);
    const group = groups.get(key) ?? { ranges: [], format };
    group.ranges.push(range);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** A row of `points` in Google Sheets' pixels (96 dpi). */
export function rowHeightPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** Adjacent rows or columns of the same size become one call (1-based first index). */
function runs(sizes: { index: number; pixels: number }[]): SheetBatch["columnWidths"] {
  const sorted = [...sizes].sort((a, b) => a.index - b.index);
  const result: { first: number; count: number; pixels: number; last: number }[] = [];
  for (const { index, pixels } of sorted) {
    const last = result[result.length - 1];
    if (last && last.last + 1 === index && last.pixels === pixels) {
      last.last = index;
      last.count++;
    } else result.push({ first: index + 1, count: 1, pixels, last: index });
  }
  return result.map(({ first, count, pixels }) => ({ first, count, pixels }));
}

/**
 * A named range's name as Sheets allows it: letters, digits and underscores, not starting with a
 * digit (an Excel name may also hold dots and backslashes).
 */
export function namedRangeName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[0-9]/.test(clean) ? `_${clean}` : clean;
}

/** Limits the frozen rows and columns to an edge no merge crosses (Sheets refuses the others). */
export function freezeClearOfMerges(
  freeze: { rows: number; columns: number },
  merges: readonly string[]
): { rows: number; columns: number } {
  const rects = merges.map((merge) => parseRange(merge));
  // A freeze after n rows cuts a merge from row top < n to bottom >= n (0-based).
  const cuts = (
    n: number,
    first: (r: RangePosition) => number,
    last: (r: RangePosition) => number
  ) => rects.some((rect) => first(rect) < n && last(rect) >= n);
  let { rows, columns } = freeze;
  while (
    rows > 0 &&
    cuts(
      rows,
      (r) => r.top,
      (r) => r.bottom
    )
  )
    rows--;
  while (
    columns > 0 &&
    cuts(
      columns,
      (r) => r.left,
      (r) => r.right
    )
  )
    columns--;
  return { rows, columns };
}

/** The last row and column (1-based) anything of the sheet reaches. */
function extentOf(sheet: SheetPlan): SheetBatch["extent"] {
  let rows = 1;
  let columns = 1;
  const reach = (rect: RangePosition) => {
    rows = Math.max(rows, rect.bottom + 1);
    columns = Math.max(columns, rect.right + 1);
  };
  for (const cell of sheet.cells) {
    const { row, col } = parseCell(cell.address);
    const spill = cell.formula !== undefined ? cell.spill : undefined;
    reach({
      top: row,
      left: col,
      bottom: row + (spill ? spill.rows - 1 : 0),
      right: col + (spill ? spill.columns - 1 : 0),
    });
  }
  const ranges = [
    ...(sheet.merges ?? []),
    ...(sheet.tables ?? []).map((t) => t.range),
    ...(sheet.validations ?? []).map((v) => v.range),
    ...(sheet.conditionalFormats ?? []).map((f) => f.range),
    ...(sheet.names ?? []).map((n) => n.range),
    ...(sheet.charts ?? []).flatMap((c) => [c.data, c.from, c.to]),
  ];
  for (const range of ranges) reach(parseRange(range));
  for (const column of sheet.columns ?? []) columns = Math.max(columns, column.index + 1);
  for (const row of sheet.rows ?? []) rows = Math.max(rows, row.index + 1);
  return { rows, columns };
}

function sheetsValidation(
  validation: ValidationPlan,
  lang: WorkbookPlan["lang"],
  sheetNames: ReadonlyMap<string, string>
): SheetsValidation {
  const range = normalRange(validation.range);
  const help = validation.prompt?.[lang];
  const base = help === undefined ? { range } : { range, help };
  if (validation.type === "list" && "source" in validation) {
    // "='BSC (2)'!$A$7:$A$16" → the sheet's quoted name and "A7:A16".
    const resolved = resolveSheetRefs(validation.source, sheetNames).replace(/^=/, "");
    const bang = resolved.lastIndexOf("!");
    const source = normalRange(resolved.slice(bang + 1));
    return bang < 0
      ? { ...base, kind: "listRange", source }
      : { ...base, kind: "listRange", source, sheet: resolved.slice(0, bang) };
  }
  if (validation.type === "any") return { ...base, kind: "any" };
  if (validation.type === "list") return { ...base, kind: "list", values: validation.values };
  const { min, max } = validation;
  if (validation.type === "decimal") {
    if (min !== undefined && max !== undefined) return { ...base, kind: "between", min, max };
    if (min !== undefined) return { ...base, kind: "atLeast", min };
    if (max !== undefined) return { ...base, kind: "atMost", max };
  }
  // Sheets has no whole-number rule (and a decimal rule needs a bound): a formula on the top-left cell.
  const { top, left } = parseRange(range);
  const cell = cellAddress(top, left);
  const tests = [`ISNUMBER(${cell})`];
  if (validation.type === "whole") tests.push(`${cell}=INT(${cell})`);
  if (min !== undefined) tests.push(`${cell}>=${min}`);
  if (max !== undefined) tests.push(`${cell}<=${max}`);
  return {
    ...base,
    kind: "formula",
    formula: tests.length === 1 ? `=${tests[0]}` : `=AND(${tests.join(",")})`,
  };
}

/**
 * A plan's conditional format as Sheets rules. Sheets has no icon sets: the traffic-light icons
 * become the number's colour — green from `green`, amber from `yellow`, red below — first match wins.
 */
export function sheetsRules(format: ConditionalFormatPlan): FormulaRule[] {
  if (format.type !== "trafficIcons") return [formulaRule(format)];
  const { top, left } = parseRange(format.range);
  const cell = cellAddress(top, left);
  return [
    {
      formula: `=AND(ISNUMBER(${cell}),${cell}>=${format.green})`,
      font: TRAFFIC_LIGHT_COLORS.GREEN.font,
    },
    {
      formula: `=AND(ISNUMBER(${cell}),${cell}>=${format.yellow})`,
      font: TRAFFIC_LIGHT_COLORS.YELLOW.font,
    },
    { formula: `=ISNUMBER(${cell})`, font: TRAFFIC_LIGHT_COLORS.RED.font },
  ];
}

/**
 * A chart as EmbeddedChartBuilder takes it: its data range with the header row as series names and
 * the first column as categories, placed at its top-left cell and sized to cover the plan's cells
 * in Sheets' pixels. A bar chart's value axis is horizontal (hAxis), the others' vertical (vAxis).
 */
function sheetsChart(chart: ChartPlan, sheet: SheetPlan): SheetsChart {
  const from = parseCell(chart.from);
  const to = parseCell(chart.to);
  const widths = new Map((sheet.columns ?? []).map((c) => [c.index, columnWidthPixels(c.width)]));
  const heights = new Map((sheet.rows ?? []).map((r) => [r.index, rowHeightPixels(r.height)]));
  let width = 0;
  for (let col = from.col; col <= to.col; col++)
    width += widths.get(col) ?? SHEETS_DEFAULT_PX.column;
  let height = 0;
  for (let row = from.row; row <= to.row; row++)
    height += heights.get(row) ?? SHEETS_DEFAULT_PX.row;
  const axis = chart.type === "bar" ? "hAxis" : "vAxis";
  const options: [string, string | number][] = [
    ["title", chart.title],
    ["width", width],
    ["height", height],
  ];
  if (chart.axisTitle) options.push([`${axis}.title`, chart.axisTitle]);
  if (chart.axisMin !== undefined) options.push([`${axis}.viewWindow.min`, chart.axisMin]);
  if (chart.axisMax !== undefined) options.push([`${axis}.viewWindow.max`, chart.axisMax]);
  if (chart.axisNumberFormat) options.push([`${axis}.format`, chart.axisNumberFormat]);
  return {
    type: chart.type,
    data: normalRange(chart.data),
    transpose: chart.seriesBy === "rows",
    row: from.row + 1,
    column: from.col + 1,
    options,
  };
}
