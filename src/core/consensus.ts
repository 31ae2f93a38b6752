/**
 * Agreement in a group of respondents — spec §1.6 (Consensus, Compatibility).
 *
 * Goepel's AHP consensus indicator S* (Goepel 2018, eq. 11–21; BPMSG AHP-OS `getConsensus`), from
 * the respondents' priority vectors w_1 … w_k (eigenvector of each matrix, read on the chosen scale):
 *   Hα = (1/k) Σ_r Σ_j −w_rj ln w_rj             (mean Shannon entropy of the respondents)
 *   Hγ = Σ_j −w̄_j ln w̄_j,  w̄ = (1/k) Σ_r w_r    (entropy of the average priorities)
 *   Hβ = Hγ − Hα,  S = exp(−Hβ)
 *   Hα,min = −(M/(n+M−1)) ln(M/(n+M−1)) − (n−1)/(n+M−1) · ln(1/(n+M−1)),  M = c(9) of the scale
 *   S* = (S − 1/cor) / (1 − 1/cor),  cor = n / exp(Hα,min)
 * S* is 1 when everyone gives the same priorities and 0 when each of n respondents puts a different
 * criterion M times above all others. The relative homogeneity (1/Dβ − 1/n)/(1 − 1/n), Dβ = exp(Hβ),
 * is AHP-OS's uncorrected value. Verbal bands as AHP-OS words them: very low ≤ 50 %, low ≤ 62.5 %,
 * moderate ≤ 75 %, high ≤ 87.5 %, very high above.
 */
import { Grid } from "./cells";
import { invalid } from "./errors";
import { CR_THRESHOLD, consistencyOf, weightsOf } from "./ahp";
import { ahpGroup } from "./ahp-group";
import { compatibilityOf } from "./compatibility";
import { PairwiseMatrix } from "./pairwise";
import { pairwiseMatrix } from "./no-room";
import { JudgementScale, rescaleMatrix, scaleMaximum } from "./scales";

export type ConsensusBand = "very low" | "low" | "moderate" | "high" | "very high";
/** Upper limits of the bands (AHP-OS `consensusWording`). */
export const CONSENSUS_BANDS: readonly [number, ConsensusBand][] = [
  [0.5, "very low"],
  [0.625, "low"],
  [0.75, "moderate"],
  [0.875, "high"],
  [Infinity, "very high"],
];

export function consensusBand(consensus: number): ConsensusBand {
  return CONSENSUS_BANDS.find(([limit]) => consensus <= limit)![1];
}

export interface Consensus {
  /** Goepel's S*, 0 – 1. */
  consensus: number;
  /** The uncorrected relative homogeneity, 0 – 1. */
  homogeneity: number;
  band: ConsensusBand;
  hAlpha: number;
  hBeta: number;
  hGamma: number;
}

function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let j = 0; j < p.length; j++) if (p[j] > 0) h -= p[j] * Math.log(p[j]);
  return h;
}

/** S* of k ≥ 2 priority vectors over n ≥ 2 criteria, for a scale whose largest value is M. */
export function shannonConsensus(priorities: readonly (readonly number[])[], m: number): Consensus {
  const k = priorities.length;
  const n = priorities[0].length;
  const average = new Array<number>(n).fill(0);
  let hAlpha = 0;
  for (const w of priorities) {
    hAlpha += entropy(w) / k;
    for (let j = 0; j < n; j++) average[j] += w[j] / k;
  }
  const hGamma = entropy(average);
  // Hβ ≥ 0 in exact arithmetic (Shannon entropy is concave); clip rounding noise.
  const hBeta = Math.max(0, hGamma - hAlpha);
  const top = m / (n + m - 1);
  const other = 1 / (n + m - 1);
  const hAlphaMin = -top * Math.log(top) - (n - 1) * other * Math.log(other);
  const inverseCor = Math.exp(hAlphaMin) / n;
  const similarity = Math.exp(-hBeta);
  const consensus = (similarity - inverseCor) / (1 - inverseCor);
  return {
    consensus,
    homogeneity: (similarity - 1 / n) / (1 - 1 / n),
    band: consensusBand(consensus),
    hAlpha,
    hBeta,
    hGamma,
  };
}

function readRespondents(matrices: readonly Grid[]): PairwiseMatrix[] {
  if (matrices.length === 0) throw invalid("give at least one matrix");
  const read = matrices.map((grid, k) => pairwiseMatrix(grid, `matrix${k + 1}`));
  const n = read[0].length;
  read.forEach((a, k) => {
    if (a.length !== n)
      throw invalid(
        `matrix${k + 1} is ${a.length}×${a.length} but matrix1 is ${n}×${n}; all respondents must compare the same criteria`
      );
  });
  return read;
}

function checkGroup(k: number, n: number): void {
  if (k < 2) throw invalid(`consensus needs at least 2 respondents' matrices, got ${k}`);
  if (n < 2) throw invalid("consensus needs at least 2 criteria; the matrices are 1×1");
}

/**
 * Goepel's consensus of respondents' matrices (AHP-OS: eigenvector weights on the chosen scale).
 *
 * @example ahpConsensus([[[1, 9], [1/9, 1]], [[1, 1/9], [9, 1]]]).consensus // → 0
 */
export function ahpConsensus(
  matrices: readonly Grid[],
  scale: JudgementScale = "saaty"
): Consensus {
  const read = readRespondents(matrices);
  const n = read[0].length;
  checkGroup(read.length, n);
  const priorities = read.map((a, k) =>
    weightsOf(rescaleMatrix(a, scale, `matrix${k + 1}`), "eigen")
  );
  return shannonConsensus(priorities, scaleMaximum(scale, n));
}

export interface Respondent {
  cr: number | null;
  weights: number[];
  /** Saaty's compatibility S of this respondent's matrix with the group's weights (null: no group). */
  compatibility: number | null;
  included: boolean;
}

export interface CriterionSpread {
  mean: number;
  /** Sample standard deviation (STDEV.S); null with fewer than 2 respondents. */
  sd: number | null;
  min: number;
  max: number;
}

export interface GroupAnalysis {
  respondents: Respondent[];
  /** 0-based respondents left out for CR above the threshold. */
  leftOut: number[];
  /** AIJ (geometric-mean matrix) eigenvector weights of the included respondents; null if none. */
  group: number[] | null;
  groupCr: number | null;
  /** Per criterion, over the included respondents; empty if none. */
  spread: CriterionSpread[];
  /** Over the included respondents; null with fewer than 2. */
  consensus: Consensus | null;
  maxCr: number;
}

/**
 * Each respondent's CR, weights and compatibility with the group; the group's weights from only
 * the respondents with CR ≤ maxCr (saying who was left out), the spread of their weights and their
 * consensus. CR uses Saaty's 1980 RI table; a CR beyond the table (n > 15) does not exclude.
 */
export function analyseRespondents(
  matrices: readonly Grid[],
  maxCr: number = CR_THRESHOLD
): GroupAnalysis {
  if (!(maxCr >= 0)) throw invalid(`max_cr must be a number ≥ 0, got ${String(maxCr)}`);
  const read = readRespondents(matrices);
  const n = read[0].length;
  const respondents: Respondent[] = read.map((a) => {
    const c = consistencyOf(a, "eigen", "saaty1980");
    return {
      cr: c.cr,
      weights: c.weights,
      compatibility: null,
      included: c.cr === null || c.cr <= maxCr + 1e-12,
    };
  });
  const kept = read.filter((_, r) => respondents[r].included);
  const leftOut = respondents.flatMap((r, k) => (r.included ? [] : [k]));
  if (kept.length === 0)
    return { respondents, leftOut, group: null, groupCr: null, spread: [], consensus: null, maxCr };
  const groupMatrix = ahpGroup(kept);
  const group = consistencyOf(groupMatrix, "eigen", "saaty1980");
  read.forEach((a, k) => (respondents[k].compatibility = compatibilityOf(a, group.weights)));
  const keptWeights = respondents.filter((r) => r.included).map((r) => r.weights);
  const spread = Array.from({ length: n }, (_, j) => {
    const values = keptWeights.map((w) => w[j]);
    const mean = values.reduce((s, x) => s + x, 0) / values.length;
    const sd =
      values.length < 2
        ? null
        : Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / (values.length - 1));
    return { mean, sd, min: Math.min(...values), max: Math.max(...values) };
  });
  const consensus =
    keptWeights.length >= 2 && n >= 2
      ? shannonConsensus(keptWeights, scaleMaximum("saaty", n))
      : null;
  return {
    respondents,
    leftOut,
    group: group.weights,
    groupCr: group.cr,
    spread,
    consensus,
    maxCr,
  };
}
