/**
 * Kinerja's custom functions for the plan evaluator: the very adapters Excel calls
 * (src/functions/functions.ts, on-demand.ts), with their Excel errors turned into evaluator error
 * values.
 */
import * as functions from "../functions/functions";
import * as onDemand from "../functions/on-demand";
import type { CellResult, ErrorValue } from "./evaluate";

interface ExcelErrorLike {
  code: string;
  message?: string;
}

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

// The on-demand functions answer Excel with a Promise (functions.ts loads their code on the first
// call); the evaluator calls their synchronous bodies in on-demand.ts. The stand-in above is in
// place before any of them runs (loading them calls none).
const xl = { ...functions, ...onDemand } as unknown as Record<
  string,
  (...args: unknown[]) => unknown
>;

function isExcelError(value: unknown): value is ExcelErrorLike {
  return typeof value === "object" && value !== null && "code" in value && !Array.isArray(value);
}

function fromExcel(value: unknown): CellResult | CellResult[][] {
  const convert = (v: unknown): CellResult =>
    isExcelError(v) ? ({ error: v.code, message: v.message } as ErrorValue) : (v as CellResult);
  if (Array.isArray(value)) return value.map((row: unknown[]) => row.map(convert));
  return convert(value);
}

type Arg = CellResult | CellResult[][] | null;

/** Excel passes ranges as 2-D arrays and single cells to range parameters as 1×1 arrays. */
const asRange = (a: Arg): unknown => (a === null ? null : Array.isArray(a) ? a : [[a]]);
const asScalar = (a: Arg): unknown => (Array.isArray(a) ? (a[0]?.[0] ?? null) : a);

/** For each function: which parameters are ranges (R) and which are single values (S); "..." repeats the last. */
const SIGNATURES: Record<string, { js: string; params: string }> = {
  "AHP.WEIGHTS": { js: "AHP_WEIGHTS", params: "RSS" },
  "AHP.CR": { js: "AHP_CR", params: "RSS" },
  "AHP.CHECK": { js: "AHP_CHECK", params: "RSSS" },
  "AHP.SUGGEST": { js: "AHP_SUGGEST", params: "RSSS" },
  "AHP.COMPLETE": { js: "AHP_COMPLETE", params: "RS" },
  "AHP.GROUP": { js: "AHP_GROUP", params: "R..." },
  "AHP.GLOBAL": { js: "AHP_GLOBAL", params: "R..." },
  "AHP.RI": { js: "AHP_RI", params: "SS" },
  "ANP.LIMIT": { js: "ANP_LIMIT", params: "RS" },
  "OMAX.LEVELS": { js: "OMAX_LEVELS", params: "RRRS" },
  "OMAX.LEVEL": { js: "OMAX_LEVEL", params: "RRRRSS" },
  "OMAX.INDEX": { js: "OMAX_INDEX", params: "RR" },
  "OMAX.CHANGE": { js: "OMAX_CHANGE", params: "SSS" },
  "KPI.ACHIEVEMENT": { js: "KPI_ACHIEVEMENT", params: "RRR" },
  TRAFFIC: { js: "TRAFFIC", params: "RSS" },
  "TRAFFIC.OMAX": { js: "TRAFFIC_OMAX", params: "RSS" },
  "KPI.CLASSCHECK": { js: "KPI_CLASSCHECK", params: "RR" },
  "KPI.WEIGHTCHECK": { js: "KPI_WEIGHTCHECK", params: "RS" },
  "AHP.SENSITIVITY": { js: "AHP_SENSITIVITY", params: "RRSSS" },
  "AHP.CRITICAL": { js: "AHP_CRITICAL", params: "RRSSS" },
  "AHP.UNCERTAINTY": { js: "AHP_UNCERTAINTY", params: "RSSSSS" },
  "AHP.SCALE": { js: "AHP_SCALE", params: "RS" },
  "AHP.TRIADS": { js: "AHP_TRIADS", params: "RRS" },
  "AHP.GCI": { js: "AHP_GCI", params: "R" },
  "AHP.COMPATIBILITY": { js: "AHP_COMPATIBILITY", params: "RR" },
  "AHP.CONSENSUS": { js: "AHP_CONSENSUS", params: "R..." },
  "AHP.RESPONDENTS": { js: "AHP_RESPONDENTS", params: "SSR..." },
  "ANP.WEIGHTED": { js: "ANP_WEIGHTED", params: "RRR" },
  "AHP.HIERARCHY": { js: "AHP_HIERARCHY", params: "RRRS" },
};

export const customFunctions: Record<string, (args: Arg[]) => CellResult | CellResult[][]> =
  Object.fromEntries(
    Object.entries(SIGNATURES).map(([name, { js, params }]) => {
      const fn = xl[js];
      const repeating = params.endsWith("...");
      const kinds = params.replace("...", "");
      return [
        name,
        (args: Arg[]) => {
          for (const a of args) {
            // Excel does not call a custom function with an error argument; it shows that error.
            const s = asScalar(a);
            if (s && typeof s === "object" && "error" in (s as object) && !Array.isArray(a))
              return s as ErrorValue;
          }
          // A repeating parameter (always the last) reaches the function as one array holding
          // every argument from its position on; the parameters before it are passed as usual.
          const single = (a: Arg, k: number) => (kinds[k] === "R" ? asRange(a) : asScalar(a));
          const lead = repeating ? kinds.length - 1 : args.length;
          const passed = repeating
            ? [...args.slice(0, lead).map(single), args.slice(lead).map(asRange)]
            : args.map(single);
          const result = fromExcel(fn(...passed));
          // A 1×1 spill is shown as its single value.
          return Array.isArray(result) && result.length === 1 && result[0].length === 1
            ? result[0][0]
            : result;
        },
      ];
    })
  );
