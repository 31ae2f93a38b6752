/**
 * Completing a pairwise matrix — spec §1.1 (reciprocity) and §1.4 (incomplete judgements).
 *
 * A respondent who skipped pairs leaves blanks in the upper triangle. By default that is an error
 * naming the missing pairs; the two published completion methods give different answers, so the
 * caller names one:
 * - "harker": Harker (1987) — missing a_ij = 0, a_ii = 1 + (number missing in row i), eigenvector;
 *   each missing judgement is then w_i / w_j.
 * - "lambda-min": Bozóki, Fülöp & Rónyai (2010) — the missing values that minimise λmax. λmax is a
 *   convex function of the logarithms of the missing entries, so Newton's method finds the optimum
 *   (unique when the known judgements connect every criterion).
 */
import { Grid } from "./cells";
import { checkChoice, invalid } from "./errors";
import { principalEigenvector } from "./ahp";
import { luFactor, luSolve } from "./lu";
import { nodaVector } from "./perron";
import { PairwiseMatrix, ReadPairwiseResult, memberAt, readPairwise } from "./pairwise";
import { roomNotAccepted } from "./no-room";

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
  const read = readPairwise(matrix, arg, completion !== "error", roomNotAccepted);
  return completed(read, completion, arg);
}

/**
 * The same for a block that may leave room for more criteria (spec §1.1): the members in use are
 * completed, and the rows and columns of the others stay "" (empty cells).
 */
export function ahpCompleteWithRoom(
  matrix: Grid,
  completion: Completion = "error",
  arg = "matrix"
): (number | "")[][] {
  checkChoice(completion, "completion", COMPLETIONS);
  const read = readPairwise(matrix, arg, completion !== "error");
  const a = completed(read, completion, arg);
  const { members, size } = read;
  if (members === null) return a;
  const out = Array.from({ length: size }, () => new Array<number | "">(size).fill(""));
  members.forEach((gi, i) => members.forEach((gj, j) => (out[gi][gj] = a[i][j])));
  return out;
}

function completed(read: ReadPairwiseResult, completion: Completion, arg: string): PairwiseMatrix {
  const { matrix: a, missing, members } = read;
  if (missing.length === 0) return a;
  assertConnected(a.length, missing, arg, members);
  return completion === "harker" ? harkerCompletion(a, missing) : lambdaMinCompletion(a, missing);
}

/** With pairs missing, the known judgements must still link every criterion to every other. */
function assertConnected(
  n: number,
  missing: [number, number][],
  arg: string,
  members: number[] | null
): void {
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
  const unreached = reached.flatMap((ok, k) => (ok ? [] : [memberAt(members, k) + 1]));
  if (unreached.length > 0) {
    throw invalid(
      `${arg}: too many blank pairs — criteria ${unreached.join(", ")} are not compared, directly or through ` +
        `other criteria, with criterion ${memberAt(members, 0) + 1}; add at least one judgement linking them`
    );
  }
}

/** Harker's weights: the eigenvector of A with blanks set to 0 and a_ii raised by row i's blanks. */
function harkerWeights(a: PairwiseMatrix, missing: [number, number][]): number[] {
  const c = a.map((row) => row.slice());
  for (const [i, j] of missing) {
    c[i][j] = 0;
    c[j][i] = 0;
    c[i][i] += 1;
    c[j][j] += 1;
  }
  return principalEigenvector(c);
}

function harkerCompletion(a: PairwiseMatrix, missing: [number, number][]): PairwiseMatrix {
  const w = harkerWeights(a, missing);
  const completed = a.map((row) => row.slice());
  for (const [i, j] of missing) {
    completed[i][j] = w[i] / w[j];
    completed[j][i] = w[j] / w[i];
  }
  return completed;
}

/** Newton steps allowed; a start from Harker's completion takes about five to ten. */
const MAX_NEWTON_STEPS = 50;
/** Converged when a Newton step moves no log-entry by more than this (entries change by < 1e-11). */
const STEP_TOLERANCE = 1e-11;
/** A decrease of λmax below this share of it is lost in rounding: such steps are taken whole. */
const ROUNDING = 1e-13;
const MAX_HALVINGS = 30;

/**
 * λmax-optimal completion by Newton's method. At the optimum dλmax/dx = 0 for every blank pair
 * (x = ln a_ij), i.e. v_i·a_ij·w_j = v_j·a_ji·w_i with w, v the right and left Perron vectors, so
 * a_ij = r_i / r_j with r = √(w/v): the optimal blanks are consistent with one vector. Writing every
 * blank as a_ij = e^(ρ_i − ρ_j) therefore loses nothing, and λmax is convex in ρ (it is convex in
 * the x, which depend linearly on ρ). Newton's method on ρ starts from Harker's completion, which
 * has that form; each step takes λmax's gradient and Hessian from the Perron pair and one LU
 * factorisation, O(n³), instead of the many eigenvectors of a coordinate-wise search.
 */
function lambdaMinCompletion(a: PairwiseMatrix, missing: [number, number][]): PairwiseMatrix {
  const n = a.length;
  const harker = harkerWeights(a, missing);
  const rho = harker.map((x) => Math.log(x));
  if (!rho.every(Number.isFinite)) throw tooExtreme();
  // Only differences of ρ within a group of linked blanks matter: one criterion per group stays put.
  const variable = variablesOf(n, missing);
  const count = variable.filter((k) => k >= 0).length;
  const m = a.map((row) => row.slice());
  // Harker's weights start the right Perron vector; the left one of a consistent matrix is 1/w.
  let state = perronState(m, missing, rho, { w: harker, v: harker.map((x) => 1 / x) });
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const { gradient, hessian } = derivatives(m, missing, state, variable, count);
    const direction = newtonDirection(hessian, gradient);
    let slope = 0;
    let largest = 0;
    for (let k = 0; k < count; k++) {
      slope += gradient[k] * direction[k];
      largest = Math.max(largest, Math.abs(direction[k]));
    }
    // Backtracking (Armijo) line search; steps within rounding noise of the optimum are taken whole.
    const start = rho.slice();
    let t = 1;
    for (let halving = 0; ; halving++) {
      for (let p = 0; p < n; p++)
        if (variable[p] >= 0) rho[p] = start[p] + t * direction[variable[p]];
      const next = perronState(m, missing, rho, state);
      if (-slope < ROUNDING * state.lambda || next.lambda <= state.lambda + 1e-4 * t * slope) {
        state = next;
        break;
      }
      if (halving === MAX_HALVINGS) throw notConverged();
      t /= 2;
    }
    if (t * largest < STEP_TOLERANCE) return m;
  }
  throw notConverged();
}

function notConverged(): Error {
  return invalid(
    `the λmax-optimal completion did not converge (at most ${MAX_NEWTON_STEPS} Newton steps); complete this matrix with "harker" instead`
  );
}

function tooExtreme(): Error {
  return invalid(
    "the judgements are too extreme to complete in floating point; keep them within 1/9…9"
  );
}

/** For each criterion, its index among the variables ρ, or −1 when it stays put. */
function variablesOf(n: number, missing: [number, number][]): number[] {
  const group = Array.from({ length: n }, (_, k) => k);
  const root = (k: number): number => (group[k] === k ? k : (group[k] = root(group[k])));
  for (const [i, j] of missing) group[root(j)] = root(i);
  let count = 0;
  return group.map((_, k) => (root(k) === k ? -1 : count++));
}

interface PerronState {
  lambda: number;
  /** Right (w) and left (v) Perron vectors, each summing to 1. */
  w: number[];
  v: number[];
}

/**
 * Fills the blanks of `m` from ρ and returns λmax with both Perron vectors, each found by Noda's
 * iteration from the previous step's (two or three LU steps).
 */
function perronState(
  m: PairwiseMatrix,
  missing: [number, number][],
  rho: number[],
  previous: Pick<PerronState, "w" | "v">
): PerronState {
  for (const [i, j] of missing) {
    m[i][j] = Math.exp(rho[i] - rho[j]);
    m[j][i] = 1 / m[i][j];
  }
  const w = perronVector(m, previous.w);
  const v = perronVector(
    m.map((row, i) => row.map((_, j) => m[j][i])),
    previous.v
  );
  // The Rayleigh quotient vᵀAw / vᵀw: its error is second order in the vectors' errors.
  let vaw = 0;
  let vw = 0;
  m.forEach((row, i) => {
    let aw = 0;
    for (let j = 0; j < row.length; j++) aw += row[j] * w[j];
    vaw += v[i] * aw;
    vw += v[i] * w[i];
  });
  const lambda = vaw / vw;
  if (!Number.isFinite(lambda)) throw tooExtreme();
  return { lambda, w, v };
}

/** The Perron vector of `a` by Noda's iteration from `guess` (perron.ts), or a clear refusal. */
function perronVector(a: PairwiseMatrix, guess: readonly number[]): number[] {
  const w = nodaVector(a, guess);
  if (!w) throw tooExtreme();
  return w;
}

/**
 * Gradient and Hessian of λmax in the variables ρ. With A_p = ∂A/∂ρ_p (non-zero only at the blanks
 * of row and column p), λ_p = vᵀA_p w / vᵀw and
 *   λ_pq·vᵀw = vᵀA_pq w + vᵀ(A_p − λ_p I) w_q + vᵀ(A_q − λ_q I) w_p,
 * where w_p solves (λI − A) w_p = (A_p − λ_p I) w (second-order perturbation of a simple
 * eigenvalue). λI − A is singular along w; K = λI − A + λ·w vᵀ/vᵀw is not, and gives a solution.
 */
function derivatives(
  m: PairwiseMatrix,
  missing: [number, number][],
  { lambda, w, v }: PerronState,
  variable: number[],
  count: number
): { gradient: Float64Array; hessian: Float64Array[] } {
  const n = m.length;
  let vw = 0;
  for (let k = 0; k < n; k++) vw += v[k] * w[k];
  const gradient = new Float64Array(count);
  const hessian = Array.from({ length: count }, () => new Float64Array(count));
  // b_p = A_p w and u_p = A_pᵀ v, without the λ_p terms (added once the gradient is known).
  const b = Array.from({ length: count }, () => new Float64Array(n));
  const u = Array.from({ length: count }, () => new Float64Array(n));
  for (const [i, j] of missing) {
    const forward = v[i] * m[i][j] * w[j];
    const backward = v[j] * m[j][i] * w[i];
    // ∂a_ij/∂ρ_p = a_ij·c and ∂a_ji/∂ρ_p = −a_ji·c, with c = +1 for p = i and −1 for p = j.
    const ends: [number, number][] = [
      [variable[i], 1],
      [variable[j], -1],
    ];
    for (const [p, c] of ends) {
      if (p < 0) continue;
      gradient[p] += (c * (forward - backward)) / vw;
      b[p][i] += c * m[i][j] * w[j];
      b[p][j] -= c * m[j][i] * w[i];
      u[p][j] += c * v[i] * m[i][j];
      u[p][i] -= c * v[j] * m[j][i];
      // vᵀA_pq w: a weighted Laplacian of the blanks' graph.
      for (const [q, d] of ends) if (q >= 0) hessian[p][q] += (c * d * (forward + backward)) / vw;
    }
  }
  const k = m.map((row, r) =>
    Float64Array.from(
      row,
      (value, c) => (r === c ? lambda : 0) - value + (lambda * w[r] * v[c]) / vw
    )
  );
  const factors = luFactor(k);
  if (!factors) throw tooExtreme();
  const z = b.map((bp, p) => {
    for (let r = 0; r < n; r++) {
      bp[r] -= gradient[p] * w[r];
      u[p][r] -= gradient[p] * v[r];
    }
    return luSolve(factors, bp);
  });
  for (let p = 0; p < count; p++) {
    for (let q = p; q < count; q++) {
      let sum = 0;
      for (let r = 0; r < n; r++) sum += u[p][r] * z[q][r] + u[q][r] * z[p][r];
      hessian[p][q] += sum / vw;
      if (q !== p) hessian[q][p] = hessian[p][q];
    }
  }
  return { gradient, hessian };
}

/** The Newton step −H⁻¹g, or steepest descent −g where H is singular or not positive definite. */
function newtonDirection(hessian: Float64Array[], gradient: Float64Array): Float64Array {
  const factors = luFactor(hessian);
  const descent = gradient.map((g) => -g);
  if (!factors) return descent;
  const step = luSolve(factors, descent.slice());
  let slope = 0;
  for (let k = 0; k < step.length; k++) slope += step[k] * gradient[k];
  return slope < 0 && step.every(Number.isFinite) ? step : descent;
}
