/** Every function the evaluator knows by itself: Excel's, by family. Kinerja's are bound by the caller. */
import { INFORMATION_FUNCTIONS } from "./information";
import { LOGICAL_FUNCTIONS } from "./logical";
import { LOOKUP_FUNCTIONS } from "./lookup";
import { MATH_FUNCTIONS } from "./math";
import type { FunctionLibrary } from "./signature";
import { STATISTICAL_FUNCTIONS } from "./statistical";
import { TEXT_FUNCTIONS } from "./text";

export const EXCEL_FUNCTIONS: FunctionLibrary = {
  ...MATH_FUNCTIONS,
  ...STATISTICAL_FUNCTIONS,
  ...LOGICAL_FUNCTIONS,
  ...INFORMATION_FUNCTIONS,
  ...LOOKUP_FUNCTIONS,
  ...TEXT_FUNCTIONS,
};
