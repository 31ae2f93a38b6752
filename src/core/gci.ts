/**
 * Geometric consistency index — spec §1.6 (Aguarón & Moreno-Jiménez 2003).
 *
 * The inconsistency measure that belongs to geometric-mean (RGMM) weights w:
 *   GCI = 2 / ((n − 1)(n − 2)) · Σ_{i<j} ln²(a_ij · w_j / w_i),
 * acceptable at or below 0.31 (n = 3), 0.35 (n = 4) and 0.37 (n > 4). For n = 3 it reduces to
 * ln²(a_12 · a_23 / a_13) / 3. Undefined for n ≤ 2 (no denominator; a 2×2 is always consistent).
 */
import { Grid } from "./cells";
import { notAvailable } from "./errors";
import { weightsOf } from "./ahp";
import { PairwiseMatrix, pairwiseInUse } from "./pairwise";

/** The published acceptance threshold for n criteria (n ≥ 3). */
export function gciThreshold(n: number): number {
  return n === 3 ? 0.31 : n === 4 ? 0.35 : 0.37;
}

/** GCI of a validated matrix; `#N/A` for n ≤ 2. */
export function gciOf(a: PairwiseMatrix): number {
  const n = a.length;
  if (n <= 2) throw notAvailable(`GCI is defined for 3 or more criteria; this matrix has ${n}`);
  const w = weightsOf(a, "geomean");
  let sum = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const e = Math.log((a[i][j] * w[j]) / w[i]);
      sum += e * e;
    }
  }
  return (2 * sum) / ((n - 1) * (n - 2));
}

/**
 * Of the members in use, when the matrix leaves room for more (spec §1.1).
 *
 * @example ahpGci([[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]) // → ln²(9/5)/3 = 0.11516
 */
export function ahpGci(matrix: Grid): number {
  return gciOf(pairwiseInUse(matrix).matrix);
}
