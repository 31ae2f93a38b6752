/**
 * Every Kinerja function's adapter that answers at once, by its name in functions.ts (AHP_WEIGHTS),
 * for the callers that cannot wait for a Promise: the formula evaluator, and Google Sheets, whose
 * custom functions must return their value. Excel calls functions.ts itself.
 */
import * as functions from "./functions";

export const SYNCHRONOUS_ADAPTERS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  ...functions,
};
