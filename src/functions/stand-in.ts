/**
 * Outside Excel — the formula evaluator, the .xlsx writer, Google Sheets' Apps Script — there is no
 * `CustomFunctions` runtime. The adapters Excel calls (functions.ts) read it only when they run, so
 * a stand-in installed before the first call lets them run unchanged: an error records its code and
 * message, as Excel's would.
 */

/** Excel's error codes, as Excel shows them. */
export const EXCEL_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
} as const;

/** An Excel error value as the adapters return it: its code and, for #VALUE! and #N/A, a message. */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

class StandInError implements ExcelErrorValue {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

/** Installs the stand-in, unless a `CustomFunctions` runtime (Excel's, or a test's) is there. */
export function ensureCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions && (g.CustomFunctions as { Error?: unknown }).Error) return;
  g.CustomFunctions = {
    Error: StandInError,
    ErrorCode: EXCEL_ERROR_CODES,
    associate: () => undefined,
  };
}

/** True for an error value an adapter returned (Excel's, the stand-in's or a test's: { code, message }). */
export function isExcelErrorValue(value: unknown): value is ExcelErrorValue {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === "string"
  );
}
