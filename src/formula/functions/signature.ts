/**
 * A function's signature as data: what kind of value each parameter takes, which may be left out,
 * and whether the last one repeats. The evaluator reads it once per call — it checks the number of
 * arguments and hands each one over in its parameter's kind — so an implementation starts from
 * arguments of the right shape.
 */
import type { RangePosition } from "../../sheet/a1";
import type { CellResult, Grid, Value } from "../values";

/**
 * - number: one value read as a number (an empty cell is 0, "5" is 5); a value that is not a number
 *   makes the call return #VALUE! (an error, that error) before the function runs;
 * - value: one value as it is (a range gives its top-left cell);
 * - range: the cells of a range (one value is a 1×1 range; a blank, null);
 * - any: the argument as computed, one value or a range (SUM's numbers, IF's branches);
 * - reference: where the argument, written as a reference, points (ROW(B7)); it is not read.
 */
export type ParamKind = "number" | "value" | "range" | "any" | "reference";

export interface Param {
  kind: ParamKind;
  /** The call may end before it. */
  optional?: boolean;
  /** For a number: what an omitted or empty argument stands for (else 0). */
  default?: number;
}

export interface Signature {
  params: readonly Param[];
  /** The last parameter repeats: SUM(a, b, c, …), up to Excel's 255 arguments. */
  repeats?: boolean;
  /** Error arguments reach the function (IF, IFERROR, ISERROR); otherwise the first is the result. */
  takesErrors?: boolean;
}

/** Where a function is called from, for the few that look beyond their arguments' values. */
export interface CallSite {
  /** The cell whose formula makes the call (ROW()). */
  address: string;
  /** Whether argument `k` is written as a reference (A1, A1:B3) rather than typed or computed. */
  isReference(k: number): boolean;
}

/** An argument as its parameter's kind hands it over. */
export type Arg = number | CellResult | Grid | RangePosition | null | undefined;

export interface FormulaFunction extends Signature {
  call(args: readonly Arg[], site: CallSite): Value;
}

export type FunctionLibrary = Readonly<Record<string, FormulaFunction>>;

/** Excel's limit on a function's arguments. */
export const MAX_ARGUMENTS = 255;

/** The least and most arguments a signature accepts. */
export function arityOf(signature: Signature): { min: number; max: number } {
  let min = 0;
  signature.params.forEach((param, k) => {
    if (!param.optional) min = k + 1;
  });
  return { min, max: signature.repeats ? MAX_ARGUMENTS : signature.params.length };
}

type KindArg<K extends ParamKind> = K extends "number"
  ? number
  : K extends "value"
    ? CellResult
    : K extends "range"
      ? Grid | null
      : K extends "reference"
        ? RangePosition
        : Value;

/** What an argument of `P` is inside the function: its kind's type, undefined when left out. */
type ArgOf<P extends Param> =
  | KindArg<P["kind"]>
  | (P extends { optional: true } ? (P extends { default: number } ? never : undefined) : never);

type ArgsOf<P extends readonly Param[]> = { -readonly [K in keyof P]: ArgOf<P[K]> };

/**
 * A function from its signature and an implementation whose arguments are typed by that signature
 * (a "number" parameter arrives as a number, a "range" as a grid).
 */
export function define<const P extends readonly Param[]>(
  signature: Omit<Signature, "params"> & { params: P },
  call: (args: ArgsOf<P>, site: CallSite) => Value
): FormulaFunction {
  return { ...signature, call: call as FormulaFunction["call"] };
}

// The kinds most parameters are, for short signatures.
export const NUMBER = { kind: "number" } as const;
export const VALUE = { kind: "value" } as const;
export const RANGE = { kind: "range" } as const;
export const ANY = { kind: "any" } as const;
