/**
 * The wizard's results worded for the pane (from strings.ts, in the pane's language): what is wrong
 * with the criteria, a group judgement as a sentence, what "Apply suggestion" will do. Plain
 * functions, so the views only place the words.
 */
import type { Language } from "../i18n";
import type { Strings } from "../strings";
import type { CriteriaProblem, FixPlan, SkippedPair } from "./model";

/** A judgement read back: "C1 is 5× more important than F1 (strong)" (useSentence in PairQuestion). */
export type Sentence = (left: string, right: string, position: number) => string;

export function criteriaProblemText(problem: CriteriaProblem, s: Strings): string {
  if (problem.kind === "tooFew") return s.tooFew;
  if (problem.kind === "tooMany") return s.tooMany;
  return s.duplicate(problem.name);
}

/** CR with four decimals, or a dash when there is none (n beyond the RI table). */
export function crText(cr: number | null, number: Language["number"]): string {
  return cr === null ? "—" : number(cr, 4);
}

/** A group judgement (a geometric mean, so any ratio) as a sentence. */
export function groupSentence(
  left: string,
  right: string,
  a: number,
  { s, number }: Language
): string {
  if (Math.abs(Math.log(a)) < 0.005) return s.equallyImportant(left, right);
  return a > 1
    ? s.moreImportant(left, right, number(a, 2))
    : s.moreImportant(right, left, number(1 / a, 2));
}

/**
 * What "Apply suggestion" will do, with the value it will set: the worst pair's fix; or, when the
 * worst pairs cannot move (already 9 or 1/9) or would not lower CR, why not and which pair it
 * changes instead; or that nothing among the top three helps (the button is then disabled).
 */
export function fixText(
  criteria: readonly string[],
  { plan, skipped }: { plan: FixPlan | null; skipped: SkippedPair[] },
  sentence: Sentence,
  { s, number }: Language
): string {
  const label = (row: number, col: number) => s.pairLabel(criteria[row], criteria[col]);
  const why = skipped.map(({ row, col, reason }) =>
    reason === "atEnd" ? s.fixAtEnd(label(row, col)) : s.fixNoGain(label(row, col))
  );
  if (!plan) return [...why, s.fixNone].join(" ");
  const sets = sentence(criteria[plan.row], criteria[plan.col], plan.position);
  const crs = [crText(plan.crBefore, number), crText(plan.crAfter, number)] as const;
  if (why.length === 0) return s.fixWillSet(sets, ...crs);
  return [...why, s.fixInstead(label(plan.row, plan.col), sets, ...crs)].join(" ");
}
