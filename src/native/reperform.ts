/**
 * The generator's entry points: which Kinerja functions it re-performs, the re-performance of one
 * call, and a formula rewritten with its Kinerja calls replaced by their native formulas.
 */
import { isKinerjaError } from "../core";
import { parseFormulaWithSpans, type Node } from "../formula";
import type { Lang } from "../sheet/plan";
import { ahpCheckNative, ahpCrNative, ahpRiNative, ahpWeightsNative } from "./ahp";
import { cellKey, isKinerjaFunction, qualified, type CallArg, type KinerjaCall } from "./calls";
import {
  achievementNative,
  classCheckNative,
  globalNative,
  trafficNative,
  weightCheckNative,
} from "./kpi";
import { NotNative, type ResultContext, type Reperformance } from "./model";
import { omaxChangeNative, omaxIndexNative, omaxLevelNative, omaxLevelsNative } from "./omax";

type Generator = (call: KinerjaCall, lang: Lang) => Reperformance;

const GENERATORS: Readonly<Record<string, Generator>> = {
  "AHP.WEIGHTS": ahpWeightsNative,
  "AHP.CHECK": ahpCheckNative,
  "AHP.CR": ahpCrNative,
  "AHP.RI": ahpRiNative,
  "AHP.GLOBAL": globalNative,
  "OMAX.LEVELS": omaxLevelsNative,
  "OMAX.LEVEL": omaxLevelNative,
  "OMAX.INDEX": omaxIndexNative,
  "OMAX.CHANGE": omaxChangeNative,
  "KPI.ACHIEVEMENT": achievementNative,
  TRAFFIC: trafficNative,
  "TRAFFIC.OMAX": trafficNative,
  "KPI.CLASSCHECK": classCheckNative,
  "KPI.WEIGHTCHECK": weightCheckNative,
};

/** The Kinerja functions the generator re-performs with native formulas. */
export const NATIVE_FUNCTIONS: readonly string[] = Object.keys(GENERATORS);

/**
 * One call re-performed; `lang` is the language of the labels beside the steps (the sheet's).
 * Throws NotNative for a function or an argument it cannot re-perform natively.
 */
export function reperform(call: KinerjaCall, lang: Lang): Reperformance {
  const generate = GENERATORS[call.name];
  if (!generate) throw new NotNative(call.name, "no native re-performance of this function");
  try {
    return generate(call, lang);
  } catch (error) {
    // An option the function itself would refuse (direction "sideways"): not re-performable.
    if (isKinerjaError(error)) throw new NotNative(call.name, error.message);
    throw error;
  }
}

/** A Kinerja call found in a formula, with the text it spans there. */
export interface FoundCall {
  call: KinerjaCall;
  start: number;
  end: number;
  /** Whether the call is the operand of an operator (its replacement then needs parentheses). */
  isOperand: boolean;
  /**
   * Whether the cell shows the call's result itself whenever it shows anything but "": the formula
   * is the call, or IF(…, "", call) and the like.
   */
  isCellResult: boolean;
}

/** Where the walk through a formula is: what is known there about the cells and the result. */
interface Context {
  filled: ReadonlySet<string>;
  isOperand: boolean;
  isCellResult: boolean;
}

/**
 * The Kinerja calls of the formula of cell `address` on sheet `sheet` (outermost ones: a call inside
 * another's arguments is part of that argument's text), each knowing the cells the formula tested
 * for "" before reaching it.
 */
export function kinerjaCalls(formula: string, sheet: string, address: string): FoundCall[] {
  const { tree, spanOf, textOf } = parseFormulaWithSpans(formula);
  const found: FoundCall[] = [];
  const inside = (at: Context, change: Partial<Context>): Context => ({
    ...at,
    isOperand: false,
    isCellResult: false,
    ...change,
  });
  const visit = (node: Node | null, at: Context): void => {
    if (!node) return;
    switch (node.kind) {
      case "unary":
      case "percent":
        return visit(node.operand, inside(at, { isOperand: true }));
      case "binary":
        visit(node.left, inside(at, { isOperand: true }));
        return visit(node.right, inside(at, { isOperand: true }));
      case "call": {
        if (isKinerjaFunction(node.name)) {
          const args = node.args.map((arg): CallArg | null =>
            arg ? { text: qualified(textOf(arg), sheet), node: arg } : null
          );
          const { start, end } = spanOf(node);
          const { filled, isOperand, isCellResult } = at;
          found.push({
            call: { name: node.name.toUpperCase(), args, sheet, address, filled },
            start,
            end,
            isOperand,
            isCellResult,
          });
          return;
        }
        if (node.name.toUpperCase() === "IF") {
          const [condition, whenTrue, whenFalse] = node.args;
          const isBlankText = (branch: Node | null | undefined) =>
            branch?.kind === "string" && branch.value === "";
          visit(condition, inside(at, {}));
          visit(
            whenTrue,
            inside(at, {
              filled: union(at.filled, testedBlank(condition, sheet, true)),
              isCellResult: at.isCellResult && isBlankText(whenFalse),
            })
          );
          return visit(
            whenFalse ?? null,
            inside(at, {
              filled: union(at.filled, testedBlank(condition, sheet, false)),
              isCellResult: at.isCellResult && isBlankText(whenTrue),
            })
          );
        }
        return node.args.forEach((arg) => visit(arg, inside(at, {})));
      }
      default:
        return;
    }
  };
  visit(tree, { filled: new Set(), isOperand: false, isCellResult: true });
  return found;
}

/**
 * The cells a condition finds filled when it is `outcome`: X="" false (or X<>"" true) means X is
 * filled; so does OR(X="", Y="") false for X and Y.
 */
function testedBlank(condition: Node | null, sheet: string, outcome: boolean): Set<string> {
  const cells = new Set<string>();
  if (!condition) return cells;
  if (condition.kind === "binary" && (condition.op === "=" || condition.op === "<>")) {
    const filledWhen = condition.op === "<>";
    const [ref, other] =
      condition.left.kind === "ref"
        ? [condition.left, condition.right]
        : [condition.right, condition.left];
    if (
      ref.kind === "ref" &&
      other.kind === "string" &&
      other.value === "" &&
      outcome === filledWhen
    )
      cells.add(cellKey(ref.sheet ?? sheet, ref.range));
  }
  if (condition.kind === "call" && condition.name.toUpperCase() === "OR" && !outcome)
    for (const arg of condition.args)
      for (const cell of testedBlank(arg, sheet, false)) cells.add(cell);
  return cells;
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return b.size === 0 ? a : new Set([...a, ...b]);
}

/**
 * `formula` with each Kinerja call replaced by element (r, c) of its native result (a call whose
 * result is a single value stands for every element; beyond its rows or columns it is #N/A, as Excel
 * shows it). `contextOf` locates each call's placed steps and tables.
 */
export function rewriteFormula(
  formula: string,
  calls: readonly { found: FoundCall; reperformance: Reperformance }[],
  r: number,
  c: number,
  contextOf: (reperformance: Reperformance) => ResultContext
): string {
  let out = formula;
  for (const { found, reperformance } of [...calls].sort((a, b) => b.found.start - a.found.start)) {
    const { rows, columns } = reperformance.shape;
    const rr = rows === 1 ? 0 : r;
    const cc = columns === 1 ? 0 : c;
    let native =
      rr < rows && cc < columns ? reperformance.result(rr, cc, contextOf(reperformance)) : "NA()";
    if (found.isOperand && !isAtom(native)) native = `(${native})`;
    out = out.slice(0, found.start) + native + out.slice(found.end);
  }
  return out;
}

/** Whether an expression needs no parentheses as an operand: a constant, a reference or a call. */
function isAtom(expression: string): boolean {
  const { tree } = parseFormulaWithSpans(`=${expression}`);
  return tree.kind !== "binary" && tree.kind !== "unary" && tree.kind !== "percent";
}
