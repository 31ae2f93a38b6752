/**
 * Auditing a workbook file without the add-in: read it within stated limits (it is untrusted),
 * re-perform every Kinerja function from the stored values of its inputs, and report.
 */
export {
  auditFile,
  auditWorkbook,
  detectLanguage,
  sameValue,
  TOLERANCE,
  type AuditFinding,
  type AuditKind,
  type AuditOptions,
  type AuditReport,
} from "./audit";
export { formatReport, reportJson } from "./report";
export { checkFileSize, Deadline, READ_LIMITS, UnreadableFile, type ReadLimits } from "./limits";
export {
  readWorkbookFile,
  type StoredCell,
  type StoredSheet,
  type StoredWorkbook,
} from "./xlsx-reader";
export { readableFormula, shiftFormula, type StoredForm } from "./formula-text";
