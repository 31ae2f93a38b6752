/**
 * Saaty's compatibility index — spec §1.6.
 *
 * How far a respondent's judgements A are from a priority vector w (the group's, say):
 *   S = (1/n²) · Σ_i Σ_j a_ij · w_j / w_i.
 * S = 1 when A agrees with w exactly (a_ij = w_i / w_j); S ≤ 1.1 is the usual acceptance limit.
 */
import { formatNumber, invalid } from "./errors";
import { PairwiseMatrix } from "./pairwise";

export const COMPATIBILITY_LIMIT = 1.1;

export function compatibilityOf(a: PairwiseMatrix, w: readonly number[], arg = "weights"): number {
  const n = a.length;
  if (w.length !== n)
    throw invalid(`${arg} has ${w.length} values but the matrix compares ${n} criteria`);
  w.forEach((value, k) => {
    if (!(value > 0))
      throw invalid(`${arg}, item ${k + 1} must be a weight above 0, got ${formatNumber(value)}`);
  });
  let sum = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sum += (a[i][j] * w[j]) / w[i];
  return sum / (n * n);
}
