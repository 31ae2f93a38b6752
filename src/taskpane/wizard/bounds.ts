/**
 * The wizard's bounds, apart from its maths (model.ts) so that reading the work kept with the
 * document (kept.ts), which the pane does as it opens, needs nothing heavier.
 */

/** saaty1980 ends at n = 15, so a CR exists for every matrix the wizard makes. */
export const MAX_CRITERIA = 15;
export const MIN_CRITERIA = 2;
/** Slider ends: ±8 is 9 on the printed scale. */
export const SCALE_STEPS = 8;

/** The sensitivity view's scores are OMAX levels: 0 (worst) to 10 (best). */
export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Options the sensitivity view compares side by side; more do not fit 320 px. */
export const MAX_OPTIONS = 3;

/** The sensitivity view's scores: per criterion name, one per option (null while blank). */
export type Scores = Record<string, (number | null)[]>;

export type CriteriaProblem =
  { kind: "tooFew" } | { kind: "tooMany" } | { kind: "duplicate"; name: string };

export function criteriaProblem(criteria: readonly string[]): CriteriaProblem | null {
  if (criteria.length < MIN_CRITERIA) return { kind: "tooFew" };
  if (criteria.length > MAX_CRITERIA) return { kind: "tooMany" };
  const seen = new Set<string>();
  for (const name of criteria) {
    const key = name.toLowerCase();
    if (seen.has(key)) return { kind: "duplicate", name };
    seen.add(key);
  }
  return null;
}
