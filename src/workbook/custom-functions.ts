/**
 * Kinerja's custom functions for the formula evaluator: the very adapters Excel calls, as they
 * answer at once (src/functions/synchronous.ts), bound to their signatures in src/formula.
 */
import { kinerjaFunctions } from "../formula";
import { SYNCHRONOUS_ADAPTERS } from "../functions/synchronous";
import { ensureCustomFunctionsGlobal } from "../functions/stand-in";

ensureCustomFunctionsGlobal();

// The adapters read CustomFunctions only when they run, so the stand-in above is in time.
export const KINERJA_FUNCTIONS = kinerjaFunctions(SYNCHRONOUS_ADAPTERS);
