/**
 * Kinerja's functions in Google Sheets: each Sheets custom function calls the very adapter Excel
 * calls (functions.ts), after turning what Sheets passes into what Excel would pass, and turns the
 * result into what a Sheets custom function can return. Nothing is computed here.
 *
 * Arguments, Sheets → Excel, by the parameters functions.json declares (generated from the JSDoc in
 * functions.ts, as for Excel):
 * - an empty cell is "" in Sheets, null in Excel; an omitted argument is missing, null in Excel;
 * - a one-cell range is a plain value in Sheets; a range parameter (a "matrix") gets it as a 1×1 range;
 * - a date is a Date in Sheets, a serial number in Excel (days since 1899-12-30, in local time);
 * - the ranges of a repeating parameter (=AHP_GROUP(B2:D4, F2:H4)) are separate arguments in Sheets,
 *   one array in Excel; and Sheets passes no invocation object.
 *
 * Results, Excel → Sheets: a custom function cannot return an error value.
 * - A result that is one error is thrown as an Error with Excel's message: Sheets shows #ERROR! and
 *   the message. Excel's #DIV/0! carries no message; Sheets gets the core's reason (DIVISION_BY_ZERO).
 * - Inside a spilled result, an error cell becomes the text "#N/A — message", so the other cells keep
 *   their values (=TRAFFIC(C2:C40) with one KPI not yet measured still shows the other 38 lights).
 * Numbers are Excel's own, so never NaN or Infinity (the Excel adapters guarantee it).
 */
import { ZERO_PREVIOUS, ZERO_TARGET, type CellValue } from "../core";
import { EXCEL_ERROR_CODES, ensureCustomFunctionsGlobal, isExcelErrorValue } from "./stand-in";
import type { ExcelErrorValue } from "./stand-in";

/** A parameter as functions.json declares it. */
export interface DeclaredParameter {
  name: string;
  /** "matrix" for a range parameter (Excel passes a 2-D array, even for one cell). */
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export type SheetsValue = number | string | boolean;
export type SheetsResult = SheetsValue | SheetsValue[][];
export type SheetsFunction = (...args: unknown[]) => SheetsResult;

/**
 * Excel shows #DIV/0! without a message; in Sheets the error must say why. Each function with a
 * zero denominator has one, and the core words it (the parity test finds any function missing here).
 */
export const DIVISION_BY_ZERO: Readonly<Record<string, string>> = {
  "KPI.ACHIEVEMENT": ZERO_TARGET,
  "OMAX.CHANGE": ZERO_PREVIOUS,
};

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function isDate(value: unknown): value is Date {
  // Not instanceof: a Date made in another realm (Apps Script's, a test's vm) is a Date too.
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** A date as Excel's serial number: days since 1899-12-30 on the local clock (time as a fraction). */
export function dateSerial(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000 - EXCEL_EPOCH_MS) / DAY_MS;
}

function isCell(value: unknown): boolean {
  const type = typeof value;
  return type === "number" || type === "string" || type === "boolean" || isDate(value);
}

function needsConversion(value: unknown): boolean {
  return value === "" || value === undefined || isDate(value);
}

function excelCell(value: unknown): CellValue {
  if (value === "" || value === undefined) return null;
  return isDate(value) ? dateSerial(value) : (value as CellValue);
}

/**
 * A range's cells as Excel passes them; copied only when a cell is blank or a date. Sheets passes
 * rectangular 2-D arrays only; anything else goes on as it is, to the Excel adapter's shape checks.
 */
function excelGrid(grid: unknown[]): unknown[] {
  if (!grid.every(Array.isArray)) return grid;
  const rows = grid as unknown[][];
  return rows.some((row) => row.some(needsConversion))
    ? rows.map((row) => row.map(excelCell))
    : rows;
}

/** A single-value parameter: a cell (a range stays a range; the adapter says it wants one cell). */
function excelValue(arg: unknown): unknown {
  return Array.isArray(arg) ? excelGrid(arg) : excelCell(arg);
}

/**
 * A range parameter: omitted is null, as in Excel; one cell is a 1×1 range. Sheets passes "" both
 * for a blank cell and for an argument skipped between others (=AHP_TRIADS(B2:D4,,"id")): for an
 * optional range it is left out, for a required one a blank cell (the common case: a KPI whose
 * anchor is not filled in yet), so the message names the blank.
 */
function excelRange(arg: unknown, optional: boolean): unknown[] | null {
  if (arg === undefined || arg === null || (arg === "" && optional)) return null;
  if (Array.isArray(arg)) return excelGrid(arg);
  // A value Sheets never passes (an object) goes on as it is, to the Excel adapter's shape checks.
  return isCell(arg) ? [[excelCell(arg)]] : (arg as unknown[]);
}

/** The message Sheets shows for an Excel error: Excel's own, or the reason for a bare #DIV/0!. */
export function sheetsMessage(error: ExcelErrorValue, excelName: string): string {
  if (error.message) return error.message;
  if (error.code === EXCEL_ERROR_CODES.divisionByZero)
    return DIVISION_BY_ZERO[excelName] ?? "a denominator is 0, so the result is undefined";
  return error.code;
}

/** An error cell inside a spilled result, as the text Sheets shows there. */
export function errorCellText(error: ExcelErrorValue, excelName: string): string {
  return `${error.code} — ${sheetsMessage(error, excelName)}`;
}

function sheetsResult(result: unknown, excelName: string): SheetsResult {
  if (isExcelErrorValue(result)) throw new Error(sheetsMessage(result, excelName));
  if (!Array.isArray(result)) return result as SheetsValue;
  if (result.length === 1 && result[0].length === 1 && isExcelErrorValue(result[0][0]))
    throw new Error(sheetsMessage(result[0][0], excelName));
  let out = result as unknown[][];
  out.forEach((row, r) => {
    if (!row.some(isExcelErrorValue)) return;
    // Copied, never changed in place: a row may be one of the core's shared header rows.
    if (out === result) out = result.slice();
    out[r] = row.map((cell) => (isExcelErrorValue(cell) ? errorCellText(cell, excelName) : cell));
  });
  return out as SheetsValue[][];
}

/**
 * The Sheets custom function for one Kinerja function: `excelName` and `parameters` as functions.json
 * declares them, `sheetsName` its name in Sheets (its name in functions.ts), `excelFunction` the
 * adapter Excel calls.
 */
export function sheetsFunction(
  excelName: string,
  sheetsName: string,
  excelFunction: (...args: never[]) => unknown,
  parameters: readonly DeclaredParameter[]
): SheetsFunction {
  ensureCustomFunctionsGlobal();
  if (typeof excelFunction !== "function") throw new Error(`${excelName} has no adapter to call`);
  const repeatingAt = parameters.findIndex((p) => p.repeating);
  const fixed = repeatingAt < 0 ? parameters.length : repeatingAt;
  const isRange = parameters.map((p) => p.dimensionality === "matrix");
  const convert = (k: number, arg: unknown) =>
    isRange[k] ? excelRange(arg, parameters[k].optional === true) : excelValue(arg);
  const call = excelFunction as (...args: unknown[]) => unknown;
  return (...args: unknown[]) => {
    if (repeatingAt < 0 && args.length > parameters.length) {
      throw new Error(
        `${sheetsName} takes at most ${parameters.length} arguments (${parameters.map((p) => p.name).join(", ")}), got ${args.length}`
      );
    }
    const excelArgs = new Array<unknown>(repeatingAt < 0 ? parameters.length : repeatingAt + 1);
    for (let k = 0; k < fixed; k++) excelArgs[k] = convert(k, args[k]);
    if (repeatingAt >= 0) {
      const ranges: unknown[] = [];
      for (let k = repeatingAt; k < args.length; k++) ranges.push(convert(repeatingAt, args[k]));
      excelArgs[repeatingAt] = ranges;
    }
    return sheetsResult(call(...excelArgs), excelName);
  };
}
