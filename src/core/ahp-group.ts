/**
 * Group judgements — spec §1.4.
 *
 * AIJ (default): the element-wise, optionally weighted, geometric mean of the respondents' matrices,
 * then its priority vector; the aggregate is again reciprocal. AIP: each respondent's priority
 * vector, then their geometric mean (normalised) or arithmetic mean.
 */
import { Grid, readNumber } from "./cells";
import { checkChoice, finiteResult, formatNumber, invalid } from "./errors";
import { WeightMethod, weightsOf } from "./ahp";
import { PairwiseMatrix } from "./pairwise";
import { pairwiseMatrix } from "./no-room";

export type GroupAggregation = "aij" | "aip-geomean" | "aip-mean";
export const GROUP_AGGREGATIONS: readonly GroupAggregation[] = ["aij", "aip-geomean", "aip-mean"];

/** Respondents' importance, normalised to sum 1; equal when omitted. */
function respondentShares(count: number, respondentWeights?: readonly number[]): number[] {
  if (!respondentWeights) return new Array<number>(count).fill(1 / count);
  if (respondentWeights.length !== count) {
    throw invalid(
      `respondent_weights has ${respondentWeights.length} values but there are ${count} matrices`
    );
  }
  // Library callers pass numbers, not cells: still checked, with the cells' messages.
  respondentWeights.forEach((value, k) =>
    readNumber(value, `respondent_weights, item ${k + 1}`, "a non-negative number")
  );
  let total = 0;
  respondentWeights.forEach((value, k) => {
    if (value < 0)
      throw invalid(
        `respondent_weights, item ${k + 1} must be non-negative, got ${formatNumber(value)}`
      );
    total += value;
  });
  if (total <= 0) throw invalid("respondent_weights must not all be zero");
  return respondentWeights.map((value) => value / total);
}

function readAll(matrices: readonly Grid[]): PairwiseMatrix[] {
  if (matrices.length === 0) throw invalid("give at least one matrix");
  const read = matrices.map((grid, k) =>
    pairwiseMatrix(grid, matrices.length === 1 ? "matrix" : `matrix${k + 1}`)
  );
  const n = read[0].length;
  read.forEach((a, k) => {
    if (a.length !== n) {
      throw invalid(
        `matrix${k + 1} is ${a.length}×${a.length} but matrix1 is ${n}×${n}; all respondents must compare the same criteria`
      );
    }
  });
  return read;
}

/**
 * The AIJ group matrix: a_ij = Π_k (a_ij^(k))^(λ_k), with respondent shares λ summing to 1.
 *
 * @example ahpGroup([[[1, 3], [1/3, 1]], [[1, 1/3], [3, 1]]]) // → [[1, 1], [1, 1]]
 */
export function ahpGroup(
  matrices: readonly Grid[],
  respondentWeights?: readonly number[]
): PairwiseMatrix {
  const read = readAll(matrices);
  const shares = respondentShares(read.length, respondentWeights);
  const n = read[0].length;
  const group: number[][] = [];
  for (let i = 0; i < n; i++) {
    group.push(new Array<number>(n).fill(1));
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Π a^λ as powers (not exp of a log sum), so one respondent's 3 stays exactly 3.
      let mean = 1;
      read.forEach((a, k) => (mean *= Math.pow(a[i][j], shares[k])));
      group[i][j] = finiteResult(mean, "the group judgement");
      group[j][i] = finiteResult(1 / mean, "the group judgement");
    }
  }
  return group;
}

/** The group's priority vector by AIJ or AIP. */
export function ahpGroupWeights(
  matrices: readonly Grid[],
  aggregation: GroupAggregation = "aij",
  method: WeightMethod = "eigen",
  respondentWeights?: readonly number[]
): number[] {
  checkChoice(aggregation, "aggregation", GROUP_AGGREGATIONS);
  if (aggregation === "aij") return weightsOf(ahpGroup(matrices, respondentWeights), method);
  const read = readAll(matrices);
  const shares = respondentShares(read.length, respondentWeights);
  const priorities = read.map((a) => weightsOf(a, method));
  const n = read[0].length;
  const combined = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let value = 0;
    if (aggregation === "aip-geomean") {
      priorities.forEach((w, k) => (value += shares[k] * Math.log(w[i])));
      value = Math.exp(value);
    } else {
      priorities.forEach((w, k) => (value += shares[k] * w[i]));
    }
    combined[i] = value;
    total += value;
  }
  return combined.map((value) => value / total);
}
