/// <reference types="google-apps-script" />
/**
 * The part of Apps Script's Spreadsheet service the Google Sheets writer calls, and nothing more.
 *
 * Each interface here is a cut-down copy of an Apps Script class (`GoogleAppsScript.Spreadsheet.*`
 * in @types/google-apps-script): only the methods the writer uses, with Apps Script's own parameter
 * types. `AppsScriptFits` below makes the compiler prove that each real class is one of these, so a
 * misspelt method, a method Apps Script does not have or a wrong argument type fails
 * `npm run typecheck` here rather than in a user's spreadsheet. The recording fake of the tests
 * (test/gsheets/fake-spreadsheet.ts) implements the same interfaces.
 *
 * Results the writer ignores (most setters return their object for chaining) are typed `unknown`,
 * and the objects a builder builds are opaque: the writer only hands them back to Apps Script.
 */

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** SpreadsheetApp.BorderStyle.SOLID and the like. */
export type BorderStyle = GoogleAppsScript.Spreadsheet.BorderStyle;
/** Charts.ChartType.LINE and the like. */
export type ChartType = GoogleAppsScript.Charts.ChartType;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type FontStyle = GoogleAppsScript.Spreadsheet.FontStyle;

/** What a builder built (a validation rule, a conditional format rule, a chart). */
export type Built = object;

export interface SheetsSpreadsheet {
  getSheets(): SheetsSheet[];
  insertSheet(sheetName: string, sheetIndex: number): SheetsSheet;
  /** A1 notation with the sheet: "'BSC (2)'!A7:A16". */
  getRange(a1Notation: string): SheetsRange;
  getNamedRanges(): SheetsNamedRange[];
  setNamedRange(name: string, range: SheetsRange): void;
  setActiveSheet(sheet: SheetsSheet): unknown;
  // What the sidebar's server calls use beyond the writer (src/gsheets/sidebar-calls.ts).
  getActiveSheet(): SheetsSheet;
  getActiveRange(): SheetsRange | null;
  getSheetByName(name: string): SheetsSheet | null;
  deleteSheet(sheet: SheetsSheet): void;
  removeNamedRange(name: string): void;
  getDeveloperMetadata(): SheetsDeveloperMetadata[];
  addDeveloperMetadata(key: string, value: string): unknown;
}

/** A key and text kept with the spreadsheet (the pane's kept state). */
export interface SheetsDeveloperMetadata {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): unknown;
  remove(): void;
}

export interface SheetsNamedRange {
  getName(): string;
}

export interface SheetsSheet {
  getName(): string;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  getRange(a1Notation: string): SheetsRange;
  getRangeList(a1Notations: string[]): SheetsRangeList;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  hideColumns(columnIndex: number): unknown;
  setRowHeights(startRow: number, numRows: number, height: number): unknown;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setTabColor(color: string | null): unknown;
  setHiddenGridlines(hideGridlines: boolean): unknown;
  setConditionalFormatRules(rules: Built[]): void;
  newChart(): SheetsChartBuilder;
  insertChart(chart: Built): void;
  /** The used range (A1 alone on an empty sheet). */
  getDataRange(): SheetsRange;
  /** 0 on an empty sheet. */
  getLastRow(): number;
  getLastColumn(): number;
  activate(): unknown;
}

export interface SheetsRange {
  /** A string starting with "=" is a formula (Range.setValues). */
  setValues(values: (string | number | boolean)[][]): unknown;
  setNotes(notes: (string | null)[][]): unknown;
  merge(): unknown;
  setDataValidation(rule: Built | null): unknown;
  createFilter(): unknown;
  /** Numbers, strings, booleans and Dates; "" for an empty cell. */
  getValues(): unknown[][];
  /** A cell's formula, or "" where it holds none. */
  getFormulas(): string[][];
  getA1Notation(): string;
  getSheet(): SheetsSheet;
  activate(): unknown;
}

/** The same look for every range of the list: one call whatever the number of ranges. */
export interface SheetsRangeList {
  setNumberFormat(numberFormat: string): unknown;
  setBackground(color: string | null): unknown;
  setFontColor(color: string | null): unknown;
  setFontWeight(fontWeight: FontWeight | null): unknown;
  setFontStyle(fontStyle: FontStyle | null): unknown;
  setFontSize(size: number): unknown;
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): unknown;
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): unknown;
  setWrap(isWrapEnabled: boolean): unknown;
  /** true draws an edge, false removes it, null leaves it; vertical/horizontal are the inside lines. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null
  ): unknown;
}

export interface SheetsValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): SheetsValidationBuilder;
  requireValueInRange(range: SheetsRange, showDropdown: boolean): SheetsValidationBuilder;
  requireNumberBetween(start: number, end: number): SheetsValidationBuilder;
  requireNumberGreaterThanOrEqualTo(number: number): SheetsValidationBuilder;
  requireNumberLessThanOrEqualTo(number: number): SheetsValidationBuilder;
  requireFormulaSatisfied(formula: string): SheetsValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): SheetsValidationBuilder;
  setHelpText(helpText: string): SheetsValidationBuilder;
  build(): Built;
}

export interface SheetsRuleBuilder {
  whenFormulaSatisfied(formula: string): SheetsRuleBuilder;
  setBackground(color: string | null): SheetsRuleBuilder;
  setFontColor(color: string | null): SheetsRuleBuilder;
  setRanges(ranges: SheetsRange[]): SheetsRuleBuilder;
  build(): Built;
}

export interface SheetsChartBuilder {
  setChartType(type: ChartType): SheetsChartBuilder;
  addRange(range: SheetsRange): SheetsChartBuilder;
  setNumHeaders(headers: number): SheetsChartBuilder;
  setTransposeRowsAndColumns(transpose: boolean): SheetsChartBuilder;
  /** Rows and columns 1-based; offsets in pixels. */
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number
  ): SheetsChartBuilder;
  /** A Google Charts configuration option: "title", "vAxis.viewWindow.min", "width"… */
  setOption(option: string, value: unknown): SheetsChartBuilder;
  build(): Built;
}

/** The global SpreadsheetApp: builders and enums. */
export interface SheetsApp {
  newDataValidation(): SheetsValidationBuilder;
  newConditionalFormatRule(): SheetsRuleBuilder;
  /** Sends the writes Apps Script holds back, so that one it refuses fails now. */
  flush(): void;
  BorderStyle: { SOLID: BorderStyle; SOLID_MEDIUM: BorderStyle };
}

/** The global Charts: its chart types. */
export interface ChartsService {
  ChartType: { LINE: ChartType; COLUMN: ChartType; BAR: ChartType };
}

/**
 * Everything the writer needs, handed in: in Apps Script
 * `{ spreadsheet: SpreadsheetApp.getActive(), app: SpreadsheetApp, charts: Charts }`; in the tests,
 * the recording fake.
 */
export interface SheetsServices {
  spreadsheet: SheetsSpreadsheet;
  app: SheetsApp;
  charts: ChartsService;
}

/** `Real` when it has every method of `Cut` with compatible types; a type error otherwise. */
type Fits<Real extends Cut, Cut> = Real;

/** The compiler's proof that Apps Script's own classes are what the writer expects. */
export type AppsScriptFits = [
  Fits<GasSpreadsheet, SheetsSpreadsheet>,
  Fits<GoogleAppsScript.Spreadsheet.NamedRange, SheetsNamedRange>,
  Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadata, SheetsDeveloperMetadata>,
  Fits<GasSheet, SheetsSheet>,
  Fits<GasRange, SheetsRange>,
  Fits<GasRangeList, SheetsRangeList>,
  Fits<GoogleAppsScript.Spreadsheet.DataValidationBuilder, SheetsValidationBuilder>,
  Fits<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, SheetsRuleBuilder>,
  Fits<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, SheetsChartBuilder>,
  Fits<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SheetsApp>,
  Fits<GoogleAppsScript.Charts.Charts, ChartsService>,
];
