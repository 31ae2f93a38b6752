/**
 * Completing a pairwise matrix — spec §1.1 (reciprocity) and §1.4 (incomplete judgements).
 *
 * A respondent who skipped pairs leaves blanks in the upper triangle. By default that is an error
 * naming the missing pairs; the two published completion methods give different answers, so the
 * caller names one:
 * - "harker": Harker (1987) — missing a_ij = 0, a_ii = 1 + (number missing in row i), eigenvector;
 *   each missing judgement is then w_i / w_j.
 * - "lambda-min": Bozóki, Fülöp & Rónyai (2010) — the missing values that minimise λmax. λmax is a
 *   convex function of the logarithms of the missing entries, so cyclic coordinate descent, each
 *   step a bisection on the sign of the derivative, finds the optimum.
 */
import { Grid } from "./cells";
import { checkChoice, invalid } from "./errors";
import { principalEigenvector } from "./ahp";
import { PairwiseMatrix, readPairwise } from "./pairwise";

export type Completion = "error" | "harker" | "lambda-min";
export const COMPLETIONS: readonly Completion[] = ["error", "harker", "lambda-min"];

/**
 * The full reciprocal matrix from a full matrix or an upper triangle, optionally filling skipped pairs.
 *
 * @example ahpComplete([[1, 3, 5], [null, 1, 3], [null, null, 1]]) // → [[1,3,5],[1/3,1,3],[1/5,1/3,1]]
 */
export function ahpComplete(
  matrix: Grid,
  completion: Completion = "error",
  arg = "matrix"
): PairwiseMatrix {
  checkChoice(completion, "completion", COMPLETIONS);
  const { matrix: a, missing } = readPairwise(matrix, arg, completion !== "error");
  if (missing.length === 0) return a;
  assertConnected(a.length, missing, arg);
  return completion === "harker" ? harkerCompletion(a, missing) : lambdaMinCompletion(a, missing);
}

/** With pairs missing, the known judgements must still link every criterion to every other. */
function assertConnected(n: number, missing: [number, number][], arg: string): void {
  const isMissing = new Set(missing.map(([i, j]) => i * n + j));
  const reached = new Array<boolean>(n).fill(false);
  const stack = [0];
  reached[0] = true;
  while (stack.length > 0) {
    const i = stack.pop() as number;
    for (let j = 0; j < n; j++) {
      if (reached[j] || i === j) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (!isMissing.has(key)) {
        reached[j] = true;
        stack.push(j);
      }
    }
  }
  const unreached = reached.flatMap((ok, k) => (ok ? [] : [k + 1]));
  if (unreached.length > 0) {
    throw invalid(
      `${arg}: too many blank pairs — criteria ${unreached.join(", ")} are not compared, directly or through ` +
        "other criteria, with criterion 1; add at least one judgement linking them"
    );
  }
}

function harkerCompletion(a: PairwiseMatrix, missing: [number, number][]): PairwiseMatrix {
  const c = a.map((row) => row.slice());
  for (const [i, j] of missing) {
    c[i][j] = 0;
    c[j][i] = 0;
    c[i][i] += 1;
    c[j][j] += 1;
  }
  const w = principalEigenvector(c);
  const completed = a.map((row) => row.slice());
  for (const [i, j] of missing) {
    completed[i][j] = w[i] / w[j];
    completed[j][i] = w[j] / w[i];
  }
  return completed;
}

const SWEEP_TOLERANCE = 1e-10;
const MAX_SWEEPS = 2000;
const BISECTION_STEPS = 80;
const BISECTION_WIDTH = 1e-13;

function lambdaMinCompletion(a: PairwiseMatrix, missing: [number, number][]): PairwiseMatrix {
  // Start from Harker's completion: it is close to the optimum, so few sweeps are needed.
  const m = harkerCompletion(a, missing);
  const logs = missing.map(([i, j]) => Math.log(m[i][j]));
  // Each optimal entry lies within the span of products of known judgements along a path.
  let span = 0;
  for (const row of a)
    for (const value of row)
      if (Number.isFinite(value)) span = Math.max(span, Math.abs(Math.log(value)));
  const bound = Math.max(1, span) * a.length;

  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let largestStep = 0;
    for (let k = 0; k < missing.length; k++) {
      const [i, j] = missing[k];
      const best = convexArgmin((x) => lambdaSlope(m, i, j, x), logs[k], bound);
      largestStep = Math.max(largestStep, Math.abs(best - logs[k]));
      logs[k] = best;
      setLogEntry(m, i, j, best);
    }
    if (largestStep < SWEEP_TOLERANCE) return m;
  }
  throw invalid(
    'the λmax-optimal completion did not converge; use completion "harker" for this matrix'
  );
}

function setLogEntry(m: PairwiseMatrix, i: number, j: number, x: number): void {
  m[i][j] = Math.exp(x);
  m[j][i] = Math.exp(-x);
}

/**
 * dλmax/dx for a_ij = e^x, a_ji = e^−x: (v_i·a_ij·w_j − v_j·a_ji·w_i) / (v·w), with w and v the
 * right and left principal eigenvectors (the Perron root's derivative along dA).
 */
function lambdaSlope(m: PairwiseMatrix, i: number, j: number, x: number): number {
  setLogEntry(m, i, j, x);
  const w = principalEigenvector(m);
  const v = principalEigenvector(transpose(m));
  let vw = 0;
  for (let k = 0; k < w.length; k++) vw += v[k] * w[k];
  return (v[i] * m[i][j] * w[j] - v[j] * m[j][i] * w[i]) / vw;
}

function transpose(m: PairwiseMatrix): PairwiseMatrix {
  return m.map((row, i) => row.map((_, j) => m[j][i]));
}

/**
 * Minimum of a smooth convex function on [−bound, bound], by bisection on the sign of its slope.
 * The bracket grows outwards from the current value `x0`, so the probes stay near sensible
 * judgements (the optimum moves little from one sweep to the next).
 */
function convexArgmin(slope: (x: number) => number, x0: number, bound: number): number {
  let step = 0.25;
  let a = Math.max(-bound, x0 - step);
  // While the slope at a is positive the minimum lies below a, so a is an upper end already.
  let upper = NaN;
  while (a > -bound && slope(a) > 0) {
    upper = a;
    step *= 2;
    a = Math.max(-bound, x0 - step);
  }
  let b = upper;
  if (Number.isNaN(b)) {
    step = 0.25;
    b = Math.min(bound, x0 + step);
    while (b < bound && slope(b) < 0) {
      step *= 2;
      b = Math.min(bound, x0 + step);
    }
  }
  for (let k = 0; k < BISECTION_STEPS && b - a > BISECTION_WIDTH; k++) {
    const mid = (a + b) / 2;
    if (slope(mid) > 0) b = mid;
    else a = mid;
  }
  return (a + b) / 2;
}
