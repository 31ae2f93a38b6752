/**
 * The judgements that disagree most with the weights, and the values that would agree, rounded to
 * Saaty's scale — spec §1.3. Apart from ahp.ts because only AHP.SUGGEST, the audit's explanations,
 * the pane's wizard and templates, and the readers' checks ask for them: Excel's custom-functions
 * bundle, which every workbook loads, leaves them to the chunks that do.
 */
import { Grid } from "./cells";
import { formatNumber, invalid } from "./errors";
import { WeightMethod, weightsOf } from "./ahp";
import { SAATY_MAX, memberAt, pairwiseInUse } from "./pairwise";

/** The Saaty-scale value nearest to a ratio: integers 1…9 above 1, their reciprocals below. */
export function nearestSaatyValue(ratio: number): number {
  if (ratio >= 1) return Math.min(SAATY_MAX, Math.max(1, Math.round(ratio)));
  return 1 / Math.min(SAATY_MAX, Math.max(1, Math.round(1 / ratio)));
}

export interface Inconsistency {
  /** 1-based row and column of the judgement a_ij (row < col). */
  row: number;
  col: number;
  current: number;
  /** w_i / w_j: the judgement that would agree with the current weights. */
  suggested: number;
  /** `suggested` rounded to Saaty's scale {1/9 … 1/2, 1, 2 … 9}. */
  suggestedScale: number;
  /** |ln(a_ij · w_j / w_i)|, BPMSG's measure; 0 for a perfectly consistent judgement. */
  deviation: number;
}

/** Deviations (log ratios) closer than this are a tie; the eigenvector is accurate to about 1e-12. */
const TIE_TOLERANCE = 1e-9;

/**
 * The judgements that disagree most with the weights, most inconsistent first (spec §1.3). Rows and
 * columns are the grid's, also when it leaves room (members not in use have no judgements).
 *
 * @example ahpInconsistencies(house)[0] // → { row: 3, col: 7, current: 6, suggested: 1.128, … }
 */
export function ahpInconsistencies(
  matrix: Grid,
  method: WeightMethod = "eigen",
  count = 3
): Inconsistency[] {
  if (!Number.isInteger(count) || count < 0)
    throw invalid(`count must be a whole number ≥ 0, got ${formatNumber(count)}`);
  const { matrix: a, members } = pairwiseInUse(matrix);
  const w = weightsOf(a, method);
  const n = a.length;
  const pairs: Inconsistency[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const suggested = w[i] / w[j];
      pairs.push({
        row: memberAt(members, i) + 1,
        col: memberAt(members, j) + 1,
        current: a[i][j],
        suggested,
        suggestedScale: nearestSaatyValue(suggested),
        deviation: Math.abs(Math.log(a[i][j] / suggested)),
      });
    }
  }
  // Ties (equal up to the power method's convergence noise, as in every 3×3) go to the earlier
  // pair: row, then column.
  pairs.sort((p, q) =>
    Math.abs(q.deviation - p.deviation) > TIE_TOLERANCE
      ? q.deviation - p.deviation
      : p.row - q.row || p.col - q.col
  );
  return pairs.slice(0, count);
}

/** The most inconsistent judgement, or an error for a matrix with no pair (n = 1). */
export function ahpSuggest(matrix: Grid, method: WeightMethod = "eigen"): Inconsistency {
  const [top] = ahpInconsistencies(matrix, method, 1);
  if (!top)
    throw invalid(
      "matrix has a single criterion; there is no judgement to suggest (need at least 2×2)"
    );
  return top;
}
