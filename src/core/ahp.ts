/**
 * AHP priority vectors and consistency — spec §1.2, §1.3.
 */
import { Grid } from "./cells";
import { finiteResult, invalid, unknownChoice } from "./errors";
import { PairwiseMatrix, atMembers, pairwiseInUse } from "./pairwise";
import { pairwiseMatrix } from "./no-room";
import { RiTable, randomIndex } from "./random-index";

export type WeightMethod = "eigen" | "geomean" | "mean";
export const WEIGHT_METHODS: readonly WeightMethod[] = ["eigen", "geomean", "mean"];

/** CR at or below this is acceptable (Saaty). */
export const CR_THRESHOLD = 0.1;

const POWER_TOLERANCE = 1e-12;
const POWER_MAX_ITERATIONS = 1000;

/**
 * Priority vector of a pairwise comparison matrix, summing to 1.
 *
 * @example ahpWeights([[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]) // → [0.63699, 0.25828, 0.10473]
 * @param matrix full reciprocal matrix, or its upper triangle with the rest blank
 * @param method "eigen" (principal eigenvector, default), "geomean" (row geometric means) or "mean"
 *               (normalised columns, averaged)
 */
export function ahpWeights(matrix: Grid, method: WeightMethod = "eigen"): number[] {
  return weightsOf(pairwiseMatrix(matrix), method);
}

/**
 * Priority vector of a grid that may leave room for more criteria (spec §1.1): one entry per member,
 * the weights of the members in use (summing to 1) and "" for the others.
 *
 * @example ahpRoomWeights([[1, 3, ""], [null, 1, ""], ["", "", ""]]) // → [0.75, 0.25, ""]
 */
export function ahpRoomWeights(
  matrix: Grid,
  method: WeightMethod = "eigen",
  mode: WeightMode = "distributive"
): (number | "")[] {
  const inUse = pairwiseInUse(matrix);
  const w = weightsOf(inUse.matrix, method);
  return atMembers(mode === "ideal" ? idealWeights(w) : w, inUse);
}

export type WeightMode = "distributive" | "ideal";
export const WEIGHT_MODES: readonly WeightMode[] = ["distributive", "ideal"];

/** Ideal mode (spec §1.6): each weight divided by the largest, so the best gets 1. */
export function idealWeights(w: readonly number[]): number[] {
  const largest = Math.max(...w);
  return w.map((value) => value / largest);
}

/** Priority vector of an already validated, complete matrix. */
export function weightsOf(a: PairwiseMatrix, method: WeightMethod): number[] {
  let w: number[];
  switch (method) {
    case "eigen":
      w = principalEigenvector(a);
      break;
    case "geomean":
      w = geometricMeanWeights(a);
      break;
    case "mean":
      w = normalisedColumnWeights(a);
      break;
    default:
      throw unknownChoice("method", WEIGHT_METHODS, method);
  }
  for (const value of w) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw invalid(
        "matrix: the judgements are too extreme to weigh in floating point; keep them within 1/9…9"
      );
    }
  }
  return w;
}

/**
 * Power method (spec §1.2): w ← A·w / sum(A·w) from w = 1/n until the largest change is below 1e-12.
 * Works for any non-negative matrix whose powers become positive (every AHP matrix, and Harker's).
 */
export function principalEigenvector(a: readonly (readonly number[])[]): number[] {
  const n = a.length;
  let w = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  let lastChange = Infinity;
  for (let iteration = 0; iteration < POWER_MAX_ITERATIONS; iteration++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const row = a[i];
      let s = 0;
      for (let j = 0; j < n; j++) s += row[j] * w[j];
      next[i] = s;
      total += s;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= total;
      const d = Math.abs(next[i] - w[i]);
      if (d > change) change = d;
    }
    const previous = w;
    w = next;
    next = previous;
    if (change < POWER_TOLERANCE) return Array.from(w);
    // At the rate the change now shrinks, the steps left would pass the cap (|λ2/λ1| near 1):
    // square at once rather than after a thousand steps.
    if (iteration >= 30 && change < lastChange) {
      const left = Math.log(POWER_TOLERANCE / change) / Math.log(change / lastChange);
      if (iteration + left > POWER_MAX_ITERATIONS) break;
    }
    lastChange = change;
  }
  // Slow only when |λ2/λ1| is near 1, which takes extreme, cyclic judgements (a 100 → 100 → 100
  // loop): square instead, so the error shrinks like (λ2/λ1)^(2^k) rather than (λ2/λ1)^k.
  const squared = eigenvectorBySquaring(a);
  if (squared) return squared;
  throw invalid(
    `the eigenvector did not converge (${POWER_MAX_ITERATIONS} power steps, then repeated squaring); use method "geomean" for this matrix`
  );
}

const MAX_SQUARINGS = 60;

/**
 * The principal eigenvector as the row sums of A^(2^k) (→ λ^(2^k)·w·vᵀ·1, proportional to w),
 * rescaled at every squaring so nothing overflows; then checked by the power method's own rule.
 */
function eigenvectorBySquaring(a: readonly (readonly number[])[]): number[] | null {
  const n = a.length;
  let p = a.map((row) => Float64Array.from(row));
  let q = a.map(() => new Float64Array(n));
  let w = new Float64Array(n).fill(1 / n);
  for (let k = 0; k < MAX_SQUARINGS; k++) {
    let largest = 0;
    for (let i = 0; i < n; i++) {
      const qi = q[i].fill(0);
      for (let m = 0; m < n; m++) {
        const pim = p[i][m];
        if (pim === 0) continue;
        const row = p[m];
        for (let j = 0; j < n; j++) qi[j] += pim * row[j];
      }
      for (let j = 0; j < n; j++) if (qi[j] > largest) largest = qi[j];
    }
    if (!(largest > 0) || !Number.isFinite(largest)) return null;
    // Rescaled to a largest entry of 1. Entries below 1e-290 carry nothing at double precision, and
    // as subnormal numbers they would make every later product about a hundred times slower.
    for (const row of q)
      for (let j = 0; j < n; j++) {
        const scaled = row[j] / largest;
        row[j] = scaled < 1e-290 ? 0 : scaled;
      }
    [p, q] = [q, p];
    const next = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) next[i] += p[i][j];
      total += next[i];
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= total;
      change = Math.max(change, Math.abs(next[i] - w[i]));
    }
    w = next;
    if (change < POWER_TOLERANCE / 100) break;
  }
  // The power method's stopping rule: one more step A·w / sum(A·w) moves no entry by 1e-12.
  let total = 0;
  const step = a.map((row) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += row[j] * w[j];
    total += s;
    return s;
  });
  for (let i = 0; i < n; i++)
    if (!(Math.abs(step[i] / total - w[i]) < POWER_TOLERANCE)) return null;
  return Array.from(w);
}

/** Row geometric means, normalised; in logarithms so that extreme judgements cannot overflow. */
function geometricMeanWeights(a: PairwiseMatrix): number[] {
  const n = a.length;
  const w = new Array<number>(n);
  let largest = -Infinity;
  for (let i = 0; i < n; i++) {
    let logSum = 0;
    for (let j = 0; j < n; j++) logSum += Math.log(a[i][j]);
    w[i] = logSum / n;
    if (w[i] > largest) largest = w[i];
  }
  let total = 0;
  for (let i = 0; i < n; i++) {
    w[i] = Math.exp(w[i] - largest);
    total += w[i];
  }
  for (let i = 0; i < n; i++) w[i] /= total;
  return w;
}

function normalisedColumnWeights(a: PairwiseMatrix): number[] {
  const n = a.length;
  const w = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) {
    let columnSum = 0;
    for (let i = 0; i < n; i++) columnSum += a[i][j];
    for (let i = 0; i < n; i++) w[i] += a[i][j] / columnSum / n;
  }
  return w;
}

export interface Consistency {
  n: number;
  /** The weights λmax was computed with (spec: with geomean or mean weights it is not the eigenvalue). */
  method: WeightMethod;
  weights: number[];
  lambdaMax: number;
  ci: number;
  /** RI(n) from `riTable`, or null beyond the table's range. */
  ri: number | null;
  riTable: RiTable;
  /** CI / RI, 0 for n ≤ 2, null beyond the table's range. */
  cr: number | null;
  /** CR ≤ 0.10; null when CR is unknown. */
  isConsistent: boolean | null;
}

/**
 * λmax, CI, RI and CR of a pairwise comparison matrix (spec §1.3); of its members in use when it
 * leaves room for more (n is then their number, and `weights` theirs).
 *
 * @example ahpConsistency([[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]]).cr // → 0.0332
 */
export function ahpConsistency(
  matrix: Grid,
  method: WeightMethod = "eigen",
  riTable: RiTable = "saaty1980"
): Consistency {
  return consistencyOf(pairwiseInUse(matrix).matrix, method, riTable);
}

export function consistencyOf(
  a: PairwiseMatrix,
  method: WeightMethod,
  riTable: RiTable
): Consistency {
  const n = a.length;
  // randomIndex checks the table's name, for every n (RI is 0 for n ≤ 2).
  const ri = randomIndex(n, riTable);
  const weights = weightsOf(a, method);
  const lambdaMax = finiteResult(lambdaMaxOf(a, weights), "λmax");
  if (n <= 2) {
    return { n, method, weights, lambdaMax, ci: 0, ri: 0, riTable, cr: 0, isConsistent: true };
  }
  // λmax ≥ n for every positive reciprocal matrix and any positive w; clip rounding noise below n.
  const ci = Math.max(0, (lambdaMax - n) / (n - 1));
  const cr = ri === null ? null : ci / ri;
  return {
    n,
    method,
    weights,
    lambdaMax,
    ci,
    ri,
    riTable,
    cr,
    isConsistent: cr === null ? null : cr <= CR_THRESHOLD,
  };
}

/** λmax = (1/n) Σ (A·w)_i / w_i. */
export function lambdaMaxOf(a: PairwiseMatrix, w: readonly number[]): number {
  const n = a.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let aw = 0;
    for (let j = 0; j < n; j++) aw += a[i][j] * w[j];
    sum += aw / w[i];
  }
  return sum / n;
}
