/**
 * Independent references for the tests: mathjs's general eigen-decomposition (not the core's power
 * method), and a seeded random source so a failing case can be replayed.
 */
import { det, identity, lusolve, multiply, subtract, Matrix } from "mathjs";

/**
 * Principal eigenvalue and eigenvector (normalised to sum 1) by a route independent of the core's
 * power method: λmax is the largest real root of det(λI − A), bracketed by scanning down from the
 * largest row sum (an upper bound for the Perron root) and refined by bisection, with mathjs's LU
 * determinant; w then solves (A − λI)w = 0 with Σw = 1 by mathjs's LU solver. (mathjs `eigs` does
 * not converge on many non-symmetric matrices with n ≥ 10.)
 */
export function mathjsPrincipal(a: number[][]): { lambda: number; w: number[] } {
  const n = a.length;
  const eye = identity(n) as Matrix;
  const p = (lambda: number): number => det(subtract(multiply(lambda, eye), a) as Matrix);
  let hi = Math.max(...a.map((row) => row.reduce((s, x) => s + x, 0))) * (1 + 1e-9) + 1e-9;
  const step = (hi - n) / 100 + 1e-6;
  let lo = hi - step;
  while (p(lo) > 0) {
    hi = lo;
    lo -= step;
  }
  for (let k = 0; k < 200 && hi - lo > 1e-14 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (p(mid) > 0) hi = mid;
    else lo = mid;
  }
  const lambda = (lo + hi) / 2;
  // (A − λI) w = 0 has rank n − 1: replace the last equation by Σ w = 1.
  const system = a.map((row, i) => row.map((x, j) => (i === j ? x - lambda : x)));
  system[n - 1] = new Array<number>(n).fill(1);
  const rhs = new Array<number>(n).fill(0);
  rhs[n - 1] = 1;
  const solution = lusolve(system, rhs) as number[][];
  return { lambda, w: solution.map((row) => row[0]) };
}

/** Mulberry32: a small seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A random reciprocal matrix with judgements drawn from Saaty's scale. */
export function randomReciprocal(n: number, random: () => number): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = SAATY[Math.floor(random() * SAATY.length)];
      a[i][j] = value;
      a[j][i] = 1 / value;
    }
  }
  return a;
}

/**
 * The upper triangle of a random Saaty-scale matrix with about `share` of its pairs blank (null),
 * the known pairs still linking every criterion (so the λmax-optimal completion is unique).
 */
export function randomIncomplete(
  n: number,
  random: () => number,
  share = 0.25
): (number | null)[][] {
  for (;;) {
    const upper: (number | null)[][] = randomReciprocal(n, random).map((row, i) =>
      row.map((value, j) => (j > i && random() >= share ? value : null))
    );
    if (isLinked(upper)) return upper;
  }
}

function isLinked(upper: (number | null)[][]): boolean {
  const n = upper.length;
  const reached = [0];
  const seen = new Set(reached);
  for (let k = 0; k < reached.length; k++) {
    const i = reached[k];
    for (let j = 0; j < n; j++) {
      const known = i < j ? upper[i][j] !== null : j < i && upper[j][i] !== null;
      if (known && !seen.has(j)) {
        seen.add(j);
        reached.push(j);
      }
    }
  }
  return seen.size === n;
}

/** A perfectly consistent matrix a_ij = w_i / w_j from positive weights. */
export function consistentMatrix(w: number[]): number[][] {
  return w.map((wi) => w.map((wj) => wi / wj));
}

/** Saaty's house-buying example (Saaty 1990, "How to make a decision"), 8 criteria, CR ≈ 0.17. */
export const SAATY_HOUSE = [
  [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
  [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
  [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
  [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
  [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
  [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
  [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
  [4, 7, 5, 8, 6, 6, 2, 1],
];

export const SPEC_3X3 = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

export const SPEC_4X4 = [
  [1, 2, 4, 3],
  [1 / 2, 1, 3, 2],
  [1 / 4, 1 / 3, 1, 1 / 2],
  [1 / 3, 1 / 2, 2, 1],
];

/** Asserts every element of `actual` is within `tolerance` of `expected`. */
export function expectClose(
  actual: readonly number[],
  expected: readonly number[],
  tolerance: number
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, k) => {
    if (!(Math.abs(value - expected[k]) <= tolerance)) {
      throw new Error(`item ${k}: ${value} differs from ${expected[k]} by more than ${tolerance}`);
    }
  });
}

/** The core's error thrown by `fn`, so a test can check its kind and message. */
export function errorOf(fn: () => unknown): { kind: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (error && typeof error === "object" && "kind" in error)
      return error as { kind: string; message: string };
    throw new Error(`expected a KinerjaError, got ${String(error)}`);
  }
  throw new Error("expected an error, got a result");
}

/**
 * A block with room, as a template builds it: `sub`'s members placed at the rows `members` of a
 * size×size grid, every other row and column left `blank` (a spreadsheet's "" or null). With
 * "upper" only the diagonal and the upper triangle are filled, the rest `blank` too.
 */
export function withRoom(
  sub: number[][],
  members: number[],
  size: number,
  blank: "" | null,
  form: "full" | "upper" = "full"
): (number | "" | null)[][] {
  const grid: (number | "" | null)[][] = Array.from({ length: size }, () =>
    new Array(size).fill(blank)
  );
  members.forEach((gi, i) =>
    members.forEach((gj, j) => {
      if (form === "full" || i <= j) grid[gi][gj] = sub[i][j];
    })
  );
  return grid;
}
