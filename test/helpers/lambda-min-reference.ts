/**
 * The λmax-optimal completion as Kinerja first computed it, kept as an independent reference for
 * the tests and the bench: cyclic coordinate descent from Harker's completion, each coordinate
 * minimised by bisection on the sign of dλmax/dx (Bozóki, Fülöp & Rónyai 2010). Correct but slow
 * (seconds at n = 30): every bisection probe computes both principal eigenvectors.
 */
import { Grid, ahpComplete, principalEigenvector, readPairwise } from "../../src/core";

const SWEEP_TOLERANCE = 1e-10;
const MAX_SWEEPS = 2000;
const BISECTION_STEPS = 80;
const BISECTION_WIDTH = 1e-13;

export function lambdaMinByCoordinates(upper: Grid): number[][] {
  const { matrix: a, missing } = readPairwise(upper, "matrix", true);
  const m = ahpComplete(upper, "harker");
  if (missing.length === 0) return m;
  const logs = missing.map(([i, j]) => Math.log(m[i][j]));
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
  throw new Error("the coordinate descent did not converge");
}

function setLogEntry(m: number[][], i: number, j: number, x: number): void {
  m[i][j] = Math.exp(x);
  m[j][i] = Math.exp(-x);
}

/** dλmax/dx for a_ij = e^x, a_ji = e^−x: (v_i·a_ij·w_j − v_j·a_ji·w_i) / (v·w). */
function lambdaSlope(m: number[][], i: number, j: number, x: number): number {
  setLogEntry(m, i, j, x);
  const w = principalEigenvector(m);
  const v = principalEigenvector(m.map((row, r) => row.map((_, c) => m[c][r])));
  let vw = 0;
  for (let k = 0; k < w.length; k++) vw += v[k] * w[k];
  return (v[i] * m[i][j] * w[j] - v[j] * m[j][i] * w[i]) / vw;
}

/** Minimum of a smooth convex function on [−bound, bound] by bisection on its slope's sign. */
function convexArgmin(slope: (x: number) => number, x0: number, bound: number): number {
  let step = 0.25;
  let a = Math.max(-bound, x0 - step);
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
