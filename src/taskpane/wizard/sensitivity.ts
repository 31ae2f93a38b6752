/**
 * "Would the answer change?" for the wizard's weights (spec §1.6), as plain data for the pane's
 * sensitivity view: the user gives each criterion a score from 0 to 10 (an OMAX level) for one
 * scorecard, or for several options; src/core's criticalChanges says for every weight how far it
 * can move (the others keeping their proportions) before the scorecard's light changes (GREEN
 * from 8, YELLOW from 4, as TRAFFIC.OMAX) or two options swap places, and sensitivityTable gives
 * the lines of the chart. The uncertainty of the weights is src/core's ahpUncertainty with the
 * defaults of AHP.UNCERTAINTY, so the pane shows what the workbook function returns.
 */
import {
  LEVEL_GREEN,
  LEVEL_YELLOW,
  ahpUncertainty,
  criticalChanges,
  sensitivityTable,
  traffic,
  type CriticalEvent,
  type SensitivityTable,
  type Status,
  type Uncertainty,
} from "../../core";
import { MAX_OPTIONS, SCORE_MAX, SCORE_MIN, type Scores } from "./bounds";

export { MAX_OPTIONS, SCORE_MAX, SCORE_MIN, type Scores };

export const LIGHTS = { green: LEVEL_GREEN, yellow: LEVEL_YELLOW } as const;
/** The spreads the pane offers: how far each answer might have been off, as a factor. */
export const SPREADS = [1.5, 2, 3] as const;
/** Points a weight moves in the "what does +10 points do" figure. */
const STEP = 0.1;

/** The scores as rows per option (core's layout), or null while any is blank or out of 0–10. */
export function scoreRows(
  criteria: readonly string[],
  scores: Scores,
  options: number
): number[][] | null {
  const rows: number[][] = Array.from({ length: options }, () => []);
  for (const name of criteria) {
    for (let o = 0; o < options; o++) {
      const value = scores[name]?.[o];
      if (typeof value !== "number" || !(value >= SCORE_MIN && value <= SCORE_MAX)) return null;
      rows[o].push(value);
    }
  }
  return rows;
}

export interface WeightSensitivity {
  criterion: number;
  weight: number;
  /** Where the light changes or two options swap; null: nowhere between 0 and 1. */
  critical: number | null;
  change: number | null;
  event: CriticalEvent | null;
  /** One scorecard: how much the index moves when this weight gains 10 points (0.1). */
  perStep: number | null;
}

export interface Sensitivity {
  /** "light": one scorecard and its traffic light; "ranking": options and their order. */
  mode: "light" | "ranking";
  /** Each option's total (the index, 0–10), in the options' order. */
  totals: number[];
  /** One scorecard: its light now. */
  status: Status | null;
  /** Per criterion, those that change the result soonest first; "nowhere" last. */
  rows: WeightSensitivity[];
}

/** The sensitivity of the result to each weight (weights summing to 1; rows from scoreRows). */
export function sensitivityOf(weights: readonly number[], rows: number[][]): Sensitivity {
  const single = rows.length === 1;
  const input = { weights, scores: rows };
  const totals = rows.map((row) => row.reduce((sum, s, i) => sum + s * weights[i], 0));
  const changes = criticalChanges(input, single ? LIGHTS : null);
  const sensitivities = changes.map((c): WeightSensitivity => {
    const k = c.criterion;
    // The index is linear in w_k: its slope is s_k minus the others' mean score, weighted.
    const others = 1 - weights[k];
    const rest = rows[0].reduce((sum, s, i) => (i === k ? sum : sum + s * weights[i]), 0);
    const perStep = single ? STEP * (rows[0][k] - rest / others) : null;
    return { ...c, perStep };
  });
  const distance = (r: WeightSensitivity) => (r.change === null ? Infinity : Math.abs(r.change));
  sensitivities.sort((a, b) => distance(a) - distance(b) || a.criterion - b.criterion);
  return {
    mode: single ? "light" : "ranking",
    totals,
    status: single ? traffic(totals[0], LIGHTS.green, LIGHTS.yellow) : null,
    rows: sensitivities,
  };
}

/** The chart's lines: every option's total as criterion k's weight runs from 0 to 1. */
export function linesOf(weights: readonly number[], rows: number[][], k: number): SensitivityTable {
  return sensitivityTable({ weights, scores: rows }, k, 20);
}

/** AHP.UNCERTAINTY(matrix, spread) with its defaults: 10 000 trials, seed 1, eigen weights. */
export function uncertaintyOf(matrix: number[][], spread: number): Uncertainty {
  return ahpUncertainty(matrix, { spread });
}
