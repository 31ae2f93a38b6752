/**
 * One-way sensitivity of weighted totals — spec §1.6 (Sensitivity).
 *
 * Weights w (total T = Σ w, 1 for fractions, 100 for %) combine scores s (one row per alternative,
 * or one scorecard's KPI scores) into totals P_a = Σ_i s_ai · w_i. When weight k moves to t, the
 * others keep their proportions: w'_i = w_i · (T − t) / (T − w_k), so the weights still sum to T and
 * every total is linear in t:
 *   P_a(t) = s_ak · t + (T − t) / (T − w_k) · Σ_{i≠k} s_ai · w_i.
 * The critical change of weight k is the smallest |t − w_k| over t in [0, T] at which two
 * alternatives' totals meet (beyond it their order is reversed) or, for a single scorecard, at which
 * the index reaches a traffic-light threshold; "none" is a valid answer.
 */
import { formatNumber, invalid } from "./errors";
import { Status, traffic } from "./traffic";

export interface WeightedScores {
  weights: readonly number[];
  /** One row per alternative, one column per criterion. */
  scores: readonly (readonly number[])[];
}

/** Totals that differ by less than this (relative to the largest score × T) are a tie. */
const TIE = 1e-12;

function checkInputs({ weights, scores }: WeightedScores): number {
  let total = 0;
  weights.forEach((w, k) => {
    if (!(w >= 0) || !Number.isFinite(w))
      throw invalid(`weights, item ${k + 1} must be a weight ≥ 0, got ${formatNumber(w)}`);
    total += w;
  });
  if (!(total > 0)) throw invalid("weights must not all be zero");
  scores.forEach((row, a) => {
    if (row.length !== weights.length)
      throw invalid(
        `scores has ${row.length} criteria for alternative ${a + 1} but weights has ${weights.length}; give one score per weight`
      );
  });
  return total;
}

/** Σ_{i≠k} s_ai · w_i and the factor 1 / (T − w_k) of the proportional rescaling. */
function restOf(weights: readonly number[], row: readonly number[], k: number): number {
  let rest = 0;
  for (let i = 0; i < weights.length; i++) if (i !== k) rest += row[i] * weights[i];
  return rest;
}

function othersShare(input: WeightedScores, total: number, k: number): number {
  const others = total - input.weights[k];
  if (!(others > total * 1e-12))
    throw invalid(
      `weights: criterion ${k + 1} holds all the weight, so the others have no proportions to keep`
    );
  return others;
}

/** The weights after weight k moves to t, the others in proportion. */
export function movedWeights(weights: readonly number[], k: number, t: number): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  const factor = (total - t) / (total - weights[k]);
  return weights.map((w, i) => (i === k ? t : w * factor));
}

export interface SensitivityTable {
  /** The weight of criterion k at each step: 0, T/steps, …, T. */
  weight: number[];
  /** totals[s][a]: alternative a's total at step s. */
  totals: number[][];
}

/**
 * Totals as weight k runs from 0 to T in `steps` equal steps (the table behind a sensitivity chart).
 *
 * @example sensitivityTable({ weights: [0.5, 0.5], scores: [[8, 4]] }, 0, 2).totals // → [[4], [6], [8]]
 */
export function sensitivityTable(
  input: WeightedScores,
  k: number,
  steps: number
): SensitivityTable {
  const total = checkInputs(input);
  const others = othersShare(input, total, k);
  const rests = input.scores.map((row) => restOf(input.weights, row, k));
  const weight: number[] = [];
  const totals: number[][] = [];
  for (let s = 0; s <= steps; s++) {
    const t = (total * s) / steps;
    weight.push(t);
    totals.push(input.scores.map((row, a) => row[k] * t + ((total - t) / others) * rests[a]));
  }
  return { weight, totals };
}

export interface TrafficThresholds {
  green: number;
  yellow: number;
}

/** What changes first as weight k moves: two alternatives swap, or the scorecard's light. */
export type CriticalEvent =
  { kind: "swap"; first: number; second: number } | { kind: "light"; from: Status; to: Status };

export interface CriticalChange {
  /** 0-based criterion. */
  criterion: number;
  weight: number;
  /** The weight at which the change happens, or null: none in [0, T]. */
  critical: number | null;
  /** critical − weight. */
  change: number | null;
  event: CriticalEvent | null;
}

/**
 * For each weight, the smallest change that alters the ranking of the alternatives — or, with one
 * alternative and traffic-light thresholds, the light of its total.
 */
export function criticalChanges(
  input: WeightedScores,
  lights: TrafficThresholds | null = null
): CriticalChange[] {
  const total = checkInputs(input);
  const { weights, scores } = input;
  const scale = total * Math.max(1e-300, ...scores.flat().map(Math.abs));
  return weights.map((wk, k) => {
    const others = othersShare(input, total, k);
    // P_a(t) = current_a + slope_a · (t − w_k).
    const current = scores.map(
      (row) => row[k] * wk + restOf(weights, row, k) * ((total - wk) / others)
    );
    const slope = scores.map((row) => row[k] - restOf(weights, row, k) / others);
    let best: { t: number; event: CriticalEvent } | null = null;
    const consider = (t: number, event: CriticalEvent) => {
      if (t < -TIE * total || t > total * (1 + TIE)) return;
      const clipped = Math.min(total, Math.max(0, t));
      if (!best || Math.abs(clipped - wk) < Math.abs(best.t - wk)) best = { t: clipped, event };
    };
    if (lights && scores.length === 1) {
      const statusOf = (value: number) => traffic(value, lights.green, lights.yellow);
      const now = statusOf(current[0]);
      for (const h of [lights.green, lights.yellow]) {
        if (slope[0] === 0) break;
        const t = wk + (h - current[0]) / slope[0];
        // Leaving wk towards t: the index rises through h (→ the status at h) or falls below it.
        const direction = t === wk ? -Math.sign(slope[0]) : Math.sign(t - wk);
        const rising = direction * slope[0] > 0;
        const after = rising ? statusOf(h) : statusOf(h - Math.abs(h) * 1e-9 - 1e-9);
        if (after !== now) consider(t, { kind: "light", from: now, to: after });
      }
    } else {
      for (let a = 0; a < scores.length; a++) {
        for (let b = a + 1; b < scores.length; b++) {
          const gap = current[a] - current[b];
          const closing = slope[a] - slope[b];
          if (Math.abs(gap) <= TIE * scale || closing === 0) continue;
          consider(wk - gap / closing, { kind: "swap", first: a, second: b });
        }
      }
    }
    const found = best as { t: number; event: CriticalEvent } | null;
    return {
      criterion: k,
      weight: wk,
      critical: found ? found.t : null,
      change: found ? found.t - wk : null,
      event: found ? found.event : null,
    };
  });
}
