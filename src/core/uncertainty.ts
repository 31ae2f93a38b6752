/**
 * How uncertain are the weights, given the judgements? — spec §1.6 (Uncertainty).
 *
 * A seeded Monte-Carlo perturbation: in every trial each judgement above the diagonal, taken row by
 * row (1,2), (1,3), …, (2,3), …, is multiplied by spread^(2u − 1), u the next uniform number of
 * xoshiro128** (next() / 2³²) — uniform on the log scale between a/spread and a·spread — and its
 * mirror set to the reciprocal; then the weights are recomputed. Reported per weight: the mean and
 * the 5 % and 95 % percentiles (linear interpolation between order statistics, as Excel's
 * PERCENTILE.INC), and the share of trials in which every pair of unequal weights keeps its order.
 * Same matrix, spread, trials, seed and method → the same numbers, on every platform.
 */
import { formatNumber, invalid } from "./errors";
import { WeightMethod, weightsOf } from "./ahp";
import { PairwiseMatrix } from "./pairwise";
import { PRNG_NAME, seededUniform } from "./prng";

export const DEFAULT_SPREAD = 1.5;
export const DEFAULT_TRIALS = 10000;
export const DEFAULT_SEED = 1;
export const MAX_TRIALS = 100000;
/** Weights closer than this (relative) are equal: their order is not counted. */
const EQUAL = 1e-9;

export interface UncertaintyOptions {
  spread?: number;
  trials?: number;
  seed?: number;
  method?: WeightMethod;
}

export interface Uncertainty {
  weights: number[];
  mean: number[];
  p05: number[];
  p95: number[];
  /** Share of trials (0–1) whose weights keep every unequal pair's order. */
  sameOrder: number;
  spread: number;
  trials: number;
  seed: number;
  method: WeightMethod;
  /** What an auditor needs to re-perform the run, in one line. */
  procedure: string;
}

/** PERCENTILE.INC of sorted values. */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

function checkOptions(options: UncertaintyOptions): Required<UncertaintyOptions> {
  const spread = options.spread ?? DEFAULT_SPREAD;
  const trials = options.trials ?? DEFAULT_TRIALS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!(spread >= 1) || !Number.isFinite(spread) || spread > 81)
    throw invalid(
      `spread must be a factor from 1 to 81 (1.5: each judgement between a/1.5 and a·1.5), got ${formatNumber(spread)}`
    );
  if (!Number.isInteger(trials) || trials < 1 || trials > MAX_TRIALS)
    throw invalid(
      `trials must be a whole number from 1 to ${MAX_TRIALS}, got ${formatNumber(trials)}`
    );
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw invalid(`seed must be a whole number ≥ 0, got ${formatNumber(seed)}`);
  return { spread, trials, seed, method: options.method ?? "eigen" };
}

/**
 * @example ahpUncertainty(spec3x3, { trials: 1000 }).p05 // → the 5 % percentile of each weight
 */
export function ahpUncertainty(a: PairwiseMatrix, options: UncertaintyOptions = {}): Uncertainty {
  const { spread, trials, seed, method } = checkOptions(options);
  const n = a.length;
  const weights = weightsOf(a, method);
  const random = seededUniform(seed);
  const logSpread = Math.log(spread);
  const samples = Array.from({ length: n }, () => new Float64Array(trials));
  const b = a.map((row) => row.slice());
  let kept = 0;
  for (let trial = 0; trial < trials; trial++) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const value = a[i][j] * Math.exp(logSpread * (2 * random() - 1));
        b[i][j] = value;
        b[j][i] = 1 / value;
      }
    }
    const w = weightsOf(b, method);
    let sameOrder = true;
    for (let i = 0; i < n; i++) {
      samples[i][trial] = w[i];
      for (let j = 0; j < n && sameOrder; j++)
        if (weights[i] > weights[j] * (1 + EQUAL) && !(w[i] > w[j])) sameOrder = false;
    }
    if (sameOrder) kept++;
  }
  const mean: number[] = [];
  const p05: number[] = [];
  const p95: number[] = [];
  for (const column of samples) {
    let sum = 0;
    for (let t = 0; t < trials; t++) sum += column[t];
    mean.push(sum / trials);
    column.sort();
    p05.push(percentileInc(column, 0.05));
    p95.push(percentileInc(column, 0.95));
  }
  return {
    weights,
    mean,
    p05,
    p95,
    sameOrder: kept / trials,
    spread,
    trials,
    seed,
    method,
    procedure:
      `${PRNG_NAME}, seed ${seed} (SplitMix64 seeding); ${trials} trials; each judgement above the diagonal, ` +
      `row by row, × ${formatNumber(spread)}^(2u − 1), u = next()/2^32; ${method} weights`,
  };
}
