/**
 * Kinerja's custom functions, run through the very adapters Excel calls (src/functions), which the
 * caller hands in: this layer does not import them. Each signature says what Excel passes for each
 * parameter — a range (a matrix parameter, a 2-D array even for one cell) or a single value — as the
 * functions' JSDoc declares it (test/functions/metadata.test.ts holds the two together).
 */
import type { CellResult, ErrorValue, Value } from "../values";
import {
  RANGE,
  VALUE,
  type FormulaFunction,
  type FunctionLibrary,
  type Signature,
} from "./signature";

const OPTIONAL_VALUE = { kind: "value", optional: true } as const;
const OPTIONAL_RANGE = { kind: "range", optional: true } as const;

export const KINERJA_SIGNATURES: Readonly<Record<string, Signature>> = {
  "AHP.WEIGHTS": { params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "AHP.CR": { params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "AHP.CHECK": { params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "AHP.SUGGEST": { params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "AHP.COMPLETE": { params: [RANGE, OPTIONAL_VALUE] },
  "AHP.GROUP": { params: [RANGE], repeats: true },
  "AHP.GLOBAL": { params: [RANGE], repeats: true },
  "AHP.RI": { params: [VALUE, OPTIONAL_VALUE] },
  "ANP.LIMIT": { params: [RANGE, OPTIONAL_VALUE] },
  "OMAX.LEVELS": { params: [RANGE, RANGE, RANGE, OPTIONAL_VALUE] },
  "OMAX.LEVEL": { params: [RANGE, RANGE, RANGE, RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "OMAX.INDEX": { params: [RANGE, RANGE] },
  "OMAX.CHANGE": { params: [VALUE, VALUE, OPTIONAL_VALUE] },
  "KPI.ACHIEVEMENT": { params: [RANGE, RANGE, OPTIONAL_RANGE] },
  TRAFFIC: { params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "TRAFFIC.OMAX": { params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "KPI.CLASSCHECK": { params: [RANGE, RANGE] },
  "KPI.WEIGHTCHECK": { params: [RANGE, OPTIONAL_VALUE] },
  "AHP.SENSITIVITY": {
    params: [RANGE, RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE],
  },
  "AHP.CRITICAL": { params: [RANGE, RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE] },
  "AHP.UNCERTAINTY": {
    params: [RANGE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE, OPTIONAL_VALUE],
  },
  "AHP.SCALE": { params: [RANGE, VALUE] },
  "AHP.TRIADS": { params: [RANGE, OPTIONAL_RANGE, OPTIONAL_VALUE] },
  "AHP.GCI": { params: [RANGE] },
  "AHP.COMPATIBILITY": { params: [RANGE, RANGE] },
  "AHP.CONSENSUS": { params: [RANGE], repeats: true },
  "AHP.RESPONDENTS": { params: [VALUE, VALUE, RANGE], repeats: true },
  "ANP.WEIGHTED": { params: [RANGE, RANGE, RANGE] },
  "AHP.HIERARCHY": { params: [RANGE, RANGE, RANGE, OPTIONAL_VALUE] },
};

/** A custom function as Excel calls it: arguments in, a value, a 2-D array or an Excel error out. */
type ExcelAdapter = (...args: unknown[]) => unknown;

/** The JavaScript name of a function's adapter: AHP.WEIGHTS → AHP_WEIGHTS. */
const adapterName = (name: string): string => name.replace(/\./g, "_");

/** Kinerja's functions for the evaluator, from the adapters by their JavaScript names. */
export function kinerjaFunctions(adapters: Readonly<Record<string, unknown>>): FunctionLibrary {
  return Object.fromEntries(
    Object.entries(KINERJA_SIGNATURES).map(([name, signature]) => {
      const adapter = adapters[adapterName(name)];
      if (typeof adapter !== "function") throw new Error(`no adapter ${adapterName(name)}`);
      return [name, fromAdapter(signature, adapter as ExcelAdapter)];
    })
  );
}

function fromAdapter(signature: Signature, adapter: ExcelAdapter): FormulaFunction {
  const fixed = signature.repeats ? signature.params.length - 1 : signature.params.length;
  return {
    ...signature,
    call(args) {
      // A repeating parameter reaches the function as one array holding each of its arguments.
      const result = fromExcel(
        signature.repeats ? adapter(...args.slice(0, fixed), args.slice(fixed)) : adapter(...args)
      );
      // A 1×1 spill is shown as its single value.
      return Array.isArray(result) && result.length === 1 && result[0].length === 1
        ? result[0][0]
        : result;
    },
  };
}

/** Excel's error objects ({ code, message }) as the evaluator's error values. */
function fromExcel(value: unknown): Value {
  const convert = (v: unknown): CellResult =>
    isExcelError(v) ? ({ error: v.code, message: v.message } as ErrorValue) : (v as CellResult);
  if (Array.isArray(value)) return value.map((row: unknown[]) => row.map(convert));
  return convert(value);
}

function isExcelError(value: unknown): value is { code: string; message?: string } {
  return typeof value === "object" && value !== null && "code" in value && !Array.isArray(value);
}
