/**
 * Kinerja's formula engine: it computes the formulas of a sheet plan, so that the .xlsx writer can
 * store each formula with its value (the file shows numbers in any viewer), the pane's preview shows
 * results without Excel, and the tests can check a template's formulas against src/core.
 *
 * Hand-written, because no library fits: HyperFormula is GPL-3.0 (or a paid licence) and this
 * project is MIT; fast-formula-parser is unmaintained. And the subset is small.
 *
 * What it implements: references (A1, A1:B9, «key»!A1, 'Sheet name'!A1, Sheet!A1), arithmetic with
 * Excel's precedence, %, & and comparisons (text without regard to case), element-wise operations on
 * ranges, dynamic-array spills, the Excel functions in functions/ (math, statistical, logical,
 * information, lookup, text — the ones the templates use), and Kinerja's custom functions through
 * the adapters Excel calls. Anything else is #NAME?, so a template that strays outside the subset
 * fails its tests rather than shipping unverified. Where Excel's rules are subtle (an empty cell as a
 * result is 0, "" in arithmetic is #VALUE!, numbers as text keep 15 digits) it follows Excel, and
 * test/workbook/libreoffice.test.ts has LibreOffice, a real engine, recalculate every native formula
 * of the templates and those edge cases to check it.
 *
 * tokenize → parse (syntax tree) → evaluate (cells, ranges, operators, calls checked against each
 * function's signature) → number-format (how a value is shown or turned into text).
 */
export {
  evaluateWorkbook,
  type EvaluatedWorkbook,
  type FormulaSheet,
  type SheetCell,
} from "./evaluate";
export {
  forEachNode,
  formulaParts,
  parseFormula,
  parseFormulaWithSpans,
  type Node,
  type SpannedFormula,
} from "./parse";
export { renameFunctions } from "./rename";
export { isErrorValue, type CellResult, type ErrorValue, type Value } from "./values";
export { displayText, type NumberLocale } from "./number-format";
export { EXCEL_FUNCTIONS } from "./functions";
export { KINERJA_SIGNATURES, kinerjaFunctions } from "./functions/kinerja";
export {
  arityOf,
  type FormulaFunction,
  type FunctionLibrary,
  type ParamKind,
  type Signature,
} from "./functions/signature";
