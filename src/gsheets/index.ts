/**
 * Kinerja's Google Sheets edition, server side: the writer that builds a plan in a spreadsheet
 * through Apps Script, the Sheets dialect of formulas, and the form of an .xlsx file meant for
 * Google Sheets' File › Import (the .xlsx writer with this dialect).
 */
import { sheetsFormula } from "./dialect";
import { adaptSheet, sheetsRules } from "./writer";

export { applyPlanToSpreadsheet, sheetsBatches, type SheetsApplyResult } from "./writer";
export type { SheetsServices } from "./apps-script";
export { sheetsFormula, sheetsFormulaProblems, sheetsFunctionName } from "./dialect";

/**
 * The .xlsx writer's dialect for Google Sheets (XlsxWriteOptions.dialect): Sheets' function names,
 * spills left to Sheets, the strategy map drawn with cells, traffic lights as formula rules.
 */
export const SHEETS_FILE_DIALECT = {
  formula: sheetsFormula,
  plainSpills: true,
  adapt: adaptSheet,
  rules: sheetsRules,
} as const;
