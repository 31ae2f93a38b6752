/**
 * The native-formula generator: Kinerja's functions re-performed with formulas every spreadsheet
 * has, their steps visible. One generator for the native version of a workbook (nativePlan), the
 * audit sheet and "write the steps beside this cell" — see model.ts for what it hands over.
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
