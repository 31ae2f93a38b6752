/**
 * How Excel's functions read some arguments: the numbers SUM, AVERAGE, MIN and MAX take, and the
 * criteria of COUNTIF and SUMIF.
 */
import type { CallSite } from "./signature";
import {
  cellsOf,
  compare,
  holds,
  isErrorValue,
  toNumber,
  toText,
  type CellResult,
  type ErrorValue,
  type Value,
} from "../values";

/**
 * Numbers of the arguments, as SUM/AVERAGE/MIN/MAX read them: in a range or a cell reference, text,
 * logical values and blanks are skipped; a value typed as an argument (SUM(2,"3",TRUE)) is converted.
 * The first error met is the result.
 */
export function numbersIn(args: readonly Value[], site: CallSite): number[] | ErrorValue {
  const out: number[] = [];
  for (const [k, arg] of args.entries()) {
    const isReference = Array.isArray(arg) || site.isReference(k);
    for (const v of isReference ? cellsOf(arg) : [arg]) {
      if (isErrorValue(v)) return v;
      if (isReference) {
        if (typeof v === "number") out.push(v);
        continue;
      }
      const n = toNumber(v);
      if (isErrorValue(n)) return n;
      out.push(n);
    }
  }
  return out;
}

/**
 * Whether a cell meets a COUNTIF/SUMIF criterion: a value (equal, text without regard to case) or
 * text with a comparison in front (">=8", "<>RED"); a blank cell never equals a value.
 */
export function criterionMatches(value: CellResult, criterion: CellResult): boolean {
  if (typeof criterion !== "string") return compare(value, criterion) === 0 && value !== null;
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(criterion) as RegExpExecArray;
  const op = m[1] ?? "=";
  const operand = m[2];
  const numeric = operand !== "" && Number.isFinite(Number(operand));
  if (!numeric && (op === "=" || op === "<>")) {
    const equal = toText(value).toLowerCase() === operand.toLowerCase();
    return op === "=" ? equal : !equal;
  }
  if (numeric && typeof value !== "number") return op === "<>";
  return holds(op, compare(value, numeric ? Number(operand) : operand));
}
