/**
 * The native-formula generator: Kinerja's functions re-performed with formulas every spreadsheet
 * has (Excel 2016+, LibreOffice, Google Sheets; single-cell formulas only, no array formula), their
 * steps visible. One generator, three uses — see model.ts for what it hands over:
 *
 * - a whole workbook: nativePlan(plan) / nativePlanWithReport(plan), steps right of each sheet;
 * - one cell (the audit sheet, "write the steps beside this cell"):
 *     const [found] = kinerjaCalls(formula, sheetKey, address); // the Kinerja calls in a formula
 *     const reperformance = reperform(found.call, lang);        // or NotNative, with the reason
 *     footprint(reperformance);                                 // the rows × columns it needs
 *     layOut(reperformance, { sheet, row, col }, hostSheet);    // its cells, its result formulas
 * - explaining a cell: reperformance.steps?.guide names the steps' cells (label, row, column);
 * - the Audit sheet: auditSheet(sheets, lang) / withAuditSheet(plan), every Kinerja cell listed
 *   beside its native re-performance and the difference.
 */
export { nativePlan, nativePlanWithReport, callsKinerja, type NativeReport } from "./plan";
export {
  NATIVE_FUNCTIONS,
  kinerjaCalls,
  reperform,
  rewriteFormula,
  type FoundCall,
} from "./reperform";
export { isKinerjaFunction, type CallArg, type KinerjaCall } from "./calls";
export {
  NotNative,
  localise,
  type Block,
  type GuideCell,
  type Placement,
  type Reperformance,
  type ResultContext,
  type SharedTable,
  type TableRefs,
} from "./model";
export { SQUARINGS } from "./ahp";
export {
  auditSheet,
  auditSheetFor,
  withAuditSheet,
  type AuditRow,
  type AuditSheet,
  type AuditedSheet,
} from "./audit-sheet";
export { footprint, layOut, type Footprint, type LaidOut } from "./layout";
