/**
 * Kinerja's custom functions for the formula evaluator: the very adapters Excel calls
 * (src/functions/functions.ts, on-demand.ts), bound to their signatures in src/formula.
 */
import { kinerjaFunctions } from "../formula";
import * as functions from "../functions/functions";
import * as onDemand from "../functions/on-demand";

/** Outside Excel there is no CustomFunctions runtime: a stand-in that records code and message. */
function ensureCustomFunctionsGlobal(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions && (g.CustomFunctions as { Error?: unknown }).Error) return;
  class StandInError {
    constructor(
      public code: string,
      public message?: string
    ) {}
  }
  g.CustomFunctions = {
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate: () => undefined,
  };
}

ensureCustomFunctionsGlobal();

// The adapters read CustomFunctions only when they run, so the stand-in above is in time. The
// on-demand functions answer Excel with a Promise (functions.ts loads their code on the first call);
// the evaluator calls their synchronous bodies in on-demand.ts.
export const KINERJA_FUNCTIONS = kinerjaFunctions({ ...functions, ...onDemand });
