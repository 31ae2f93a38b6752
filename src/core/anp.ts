/**
 * ANP limit supermatrix — spec §2.
 *
 * Input: a weighted supermatrix W whose non-zero columns each sum to 1. Output: lim W^k.
 * - Primitive W: powers converge; stop when successive powers agree within 1e-12.
 * - Cycling W (powers repeat with period p): the Cesàro average of one full cycle.
 * - W whose powers vanish (a pure hierarchy, or flows that all leak out): the hierarchy formula —
 *   S = Σ_{k≥1} W^k = W(I − W)^−1, each non-zero column divided by its sum.
 * That is the default ("powers"). Two named options follow SuperDecisions and pyanp for networks
 * whose flows leak into sink nodes (zero columns), docs/methods.md §2:
 * - "calculus": each column of lim W^k divided by its sum, where W^k's columns are compared after
 *   normalising (so a leaking network gives the direction its powers settle to, not 0); the
 *   Cesàro limit for cycles, via the lazy matrix (I + W)/2; a pure hierarchy (W^n = 0) takes the
 *   hierarchy formula. A column whose flows end within finitely many steps (a chain into sinks
 *   beside a network that keeps weight longer) is 0.
 * - "sinks" (limit with sinks): B = W restricted to the non-sink nodes, A = the flows from them into
 *   the sinks; the limit is calculus(B) on the non-sinks and A · calculus(B) on the sinks, each
 *   column then divided by its sum. Without sinks it is "calculus".
 */
import { Grid, gridShape, readNumber, where } from "./cells";
import { checkChoice, count, formatNumber, invalid } from "./errors";

export type LimitMethod = "powers" | "calculus" | "sinks";
export const LIMIT_METHODS: readonly LimitMethod[] = ["powers", "calculus", "sinks"];

const COLUMN_SUM_TOLERANCE = 1e-6;
const AGREEMENT = 1e-12;
const MAX_POWERS = 100;
const MAX_SQUARINGS = 64;
/**
 * Weights and products below this count as 0: they are far below AGREEMENT, and subnormal numbers
 * (below 2.2e-308), which tiny weights breed power after power, make each multiplication about a
 * hundred times slower.
 */
const NEGLIGIBLE = 1e-290;

/**
 * The limit matrix of a column-stochastic supermatrix.
 *
 * @example anpLimit([[0.3, 0.2, 0.4], [0.1, 0.5, 0.5], [0.6, 0.3, 0.1]]) // → every column (10, 13, 11)/34
 */
export function anpLimit(
  supermatrix: Grid,
  arg = "supermatrix",
  method: LimitMethod = "powers"
): number[][] {
  checkChoice(method, "method", LIMIT_METHODS);
  const w = readSupermatrix(supermatrix, arg);
  if (method === "calculus") return calculusLimit(w, arg);
  if (method === "sinks") return sinksLimit(w, arg);
  return powersLimit(w, arg);
}

function powersLimit(w: number[][], arg: string): number[][] {
  const n = w.length;
  const history: number[][][] = [w];
  let power = w;
  for (let k = 1; k < MAX_POWERS; k++) {
    const next = multiply(power, w);
    if (maxEntry(next) < AGREEMENT) return hierarchyLimit(w);
    // Period p: W^(k+1) ≈ W^(k+1−p). Check small periods first; p = 1 is plain convergence.
    for (let p = 1; p <= Math.min(n, history.length); p++) {
      if (agree(next, history[history.length - p])) {
        return cesaroAverage(history.slice(history.length - p));
      }
    }
    history.push(next);
    if (history.length > n + 1) history.shift();
    power = next;
  }
  // No exact cycle within the steps, yet still moving: |λ2| is close to 1 (a nearly periodic
  // network, or a slow leak into a cycle). The lazy matrix (I + W)/2 has the same limit as W's
  // Cesàro averages (the projector on W's eigenvalue 1) and no other eigenvalue of modulus 1, so
  // squaring it converges whatever the period, the remainder shrinking like ((1 + λ2)/2)^(2^k).
  let lazy = w.map((row, i) => row.map((value, j) => (value + (i === j ? 1 : 0)) / 2));
  for (let k = 0; k < MAX_SQUARINGS; k++) {
    const next = multiply(lazy, lazy);
    if (agree(next, lazy)) return maxEntry(next) < AGREEMENT ? hierarchyLimit(w) : next;
    lazy = next;
  }
  throw invalid(
    `${arg}: the powers did not settle; check that the network does not alternate between clusters`
  );
}

/** Columns whose flows end within n steps: column j of W^n is 0 (exactly: by the zero pattern). */
function endingColumns(w: number[][]): boolean[] {
  const n = w.length;
  const step = w.map((row) => row.map((value) => (value > 0 ? 1 : 0)));
  let pattern = step;
  for (let k = 1; k < n; k++)
    pattern = multiply(pattern, step).map((row) => row.map((value) => (value > 0 ? 1 : 0)));
  return w.map((_, j) => pattern.every((row) => row[j] === 0));
}

/** Non-zero columns divided by their sums. */
function normaliseColumns(m: number[][]): number[][] {
  const n = m.length;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += m[i][j];
    for (let i = 0; i < n; i++) m[i][j] = sum > 0 ? m[i][j] / sum : 0;
  }
  return m;
}

function calculusLimit(w: number[][], arg: string): number[][] {
  const ending = endingColumns(w);
  if (ending.every(Boolean)) return hierarchyLimit(w);
  // Square the lazy matrix, rescaled to its largest entry so leaking powers never underflow.
  let lazy = w.map((row, i) => row.map((value, j) => (value + (i === j ? 1 : 0)) / 2));
  let previous = normaliseColumns(lazy.map((row) => row.slice()));
  for (let k = 0; k < MAX_SQUARINGS; k++) {
    const next = multiply(lazy, lazy);
    const largest = maxEntry(next);
    lazy = next.map((row) => row.map((value) => value / largest));
    // The lazy matrix keeps a trace of every column; a column whose flows end is 0 (W^n e_j = 0).
    const settled = normaliseColumns(
      lazy.map((row) => row.map((value, j) => (ending[j] ? 0 : value)))
    );
    if (agree(settled, previous)) return settled;
    previous = settled;
  }
  throw invalid(`${arg}: the normalised powers did not settle`);
}

function sinksLimit(w: number[][], arg: string): number[][] {
  const n = w.length;
  const isSink = w.map((_, j) => w.every((row) => row[j] === 0));
  if (!isSink.includes(true) || isSink.every(Boolean)) return calculusLimit(w, arg);
  const inner = w.flatMap((_, j) => (isSink[j] ? [] : [j]));
  const b = inner.map((i) => inner.map((j) => w[i][j]));
  const limitB = calculusLimit(b, arg);
  const limit = w.map(() => new Array<number>(n).fill(0));
  inner.forEach((j, c) => {
    inner.forEach((i, r) => (limit[i][j] = limitB[r][c]));
    for (let i = 0; i < n; i++) {
      if (!isSink[i]) continue;
      let flow = 0;
      inner.forEach((m, r) => (flow += w[i][m] * limitB[r][c]));
      limit[i][j] = flow;
    }
  });
  return normaliseColumns(limit);
}

function readSupermatrix(grid: Grid, arg: string): number[][] {
  const { rows, cols } = gridShape(grid, arg);
  if (rows !== cols)
    throw invalid(`${arg} is not square (${count(rows, "row")}, ${count(cols, "column")})`);
  const n = rows;
  const w: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) {
      const place = where(arg, i, j, n, n);
      const value = readNumber(
        grid[i][j],
        place,
        "a number between 0 and 1 (blank is not allowed; enter 0)"
      );
      if (value < 0) throw invalid(`${place} must not be negative, got ${formatNumber(value)}`);
      row[j] = value;
    }
    w.push(row);
  }
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += w[i][j];
    if (sum !== 0 && Math.abs(sum - 1) > COLUMN_SUM_TOLERANCE) {
      throw invalid(
        `${arg}: column ${j + 1} sums to ${formatNumber(sum)}; each non-zero column must sum to 1 (weight the clusters first)`
      );
    }
  }
  if (maxEntry(w) === 0) throw invalid(`${arg} is all zeros; expected columns of local priorities`);
  // Checked as given; then weights below NEGLIGIBLE (in a column summing to 1) count as 0.
  return w.map((row) => row.map((value) => (value < NEGLIGIBLE ? 0 : value)));
}

function multiply(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const c: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) {
      const aik = a[i][k];
      if (Math.abs(aik) < NEGLIGIBLE) continue;
      const bk = b[k];
      for (let j = 0; j < n; j++) row[j] += aik * bk[j];
    }
    for (let j = 0; j < n; j++) if (Math.abs(row[j]) < NEGLIGIBLE) row[j] = 0;
    c.push(row);
  }
  return c;
}

function agree(a: number[][], b: number[][]): boolean {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < a.length; j++) if (Math.abs(a[i][j] - b[i][j]) > AGREEMENT) return false;
  }
  return true;
}

function maxEntry(a: number[][]): number {
  let max = 0;
  for (const row of a) for (const value of row) if (value > max) max = value;
  return max;
}

function cesaroAverage(cycle: number[][][]): number[][] {
  const n = cycle[0].length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => cycle.reduce((sum, m) => sum + m[i][j], 0) / cycle.length)
  );
}

/** S = W(I − W)^−1 (= W + W² + … when the powers vanish), each non-zero column normalised. */
function hierarchyLimit(w: number[][]): number[][] {
  const n = w.length;
  const iMinusW = w.map((row, i) => row.map((value, j) => (i === j ? 1 : 0) - value));
  const inverse = invert(iMinusW);
  const s = multiply(w, inverse);
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += s[i][j];
    if (sum > AGREEMENT) for (let i = 0; i < n; i++) s[i][j] /= sum;
    else for (let i = 0; i < n; i++) s[i][j] = 0;
  }
  return s;
}

function invert(m: number[][]): number[][] {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col];
    for (let c = 0; c < 2 * n; c++) a[col][c] /= p;
    for (let r = 0; r < n; r++) {
      if (r === col || a[r][col] === 0) continue;
      const factor = a[r][col];
      for (let c = 0; c < 2 * n; c++) a[r][c] -= factor * a[col][c];
    }
  }
  return a.map((row) => row.slice(n));
}
