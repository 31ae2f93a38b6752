/**
 * Every Kinerja function's adapter that answers at once, by its name in functions.ts (AHP_WEIGHTS),
 * for the callers that cannot wait for a Promise: the formula evaluator, and Google Sheets, whose
 * custom functions must return their value. Excel calls functions.ts, which answers the functions
 * it loads on demand with a Promise; their bodies in on-demand.ts answer at once. Excel's own
 * bundle never imports this module, so its split stays.
 */
import * as functions from "./functions";
import * as onDemand from "./on-demand";

export const SYNCHRONOUS_ADAPTERS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  ...functions,
  ...onDemand,
};
