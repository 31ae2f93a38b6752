/**
 * OMAX — the Objectives Matrix — spec §3.
 *
 * Each KPI gets eleven level values L0 … L10 by linear interpolation between three anchors:
 * L0 (worst), Lm (the anchor level m, 0 < m < 10) and L10 (target). Standard OMAX (Riggs; seed 004)
 * anchors m = 3 at the baseline; the Performance Prism variant (seed 002) anchors m = 8 at the
 * minimum target. Direction follows the anchors: L10 > L0 means higher is better.
 */
import { divisionByZero, finiteResult, formatNumber, invalid } from "./errors";

export type LevelMode = "floor" | "nearest" | "interpolate";
export const LEVEL_MODES: readonly LevelMode[] = ["floor", "nearest", "interpolate"];

/** Standard OMAX anchors the baseline at level 3. */
export const STANDARD_MID_LEVEL = 3;
/** The Performance Prism variant anchors the minimum target at level 8. */
export const PRISM_MID_LEVEL = 8;

/** Comparisons with level values allow for rounding in values typed from a printed table. */
export const LEVEL_TOLERANCE = 1e-9;

/** Validates the anchors; throws naming which ones are out of order. */
export function checkAnchors(
  l0: number,
  lm: number,
  l10: number,
  m: number = STANDARD_MID_LEVEL
): void {
  const names = ["worst (L0)", `mid (L${formatNumber(m)})`, "target (L10)"];
  [l0, lm, l10].forEach((value, k) => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw invalid(`${names[k]} must be a number, got ${String(value)}`);
    }
  });
  if (typeof m !== "number" || !Number.isInteger(m) || m < 1 || m > 9) {
    throw invalid(
      `mid_level must be a whole number from 1 to 9 (3 standard, 8 Performance Prism), got ${String(m)}`
    );
  }
  // Level values are up to 10 × (L10 − L0) from L0: that must stay within floating point.
  finiteResult(10 * (l10 - l0), "the level table");
  const rising = l0 < lm && lm < l10;
  const falling = l0 > lm && lm > l10;
  if (rising || falling) return;
  const shown = `worst = ${formatNumber(l0)}, mid (L${m}) = ${formatNumber(lm)}, target = ${formatNumber(l10)}`;
  let culprit: string;
  if (l0 === l10) culprit = "worst and target are equal";
  else if (l10 > l0) culprit = lm <= l0 ? "mid is not above worst" : "mid is not below target";
  else culprit = lm >= l0 ? "mid is not below worst" : "mid is not above target";
  throw invalid(
    `anchors out of order: ${culprit} (${shown}); expected worst < mid < target (higher is better) ` +
      "or worst > mid > target (lower is better)"
  );
}

/** Level k's value: linear on [0, m] and on [m, 10] (spec §3.1). */
function levelValue(k: number, l0: number, lm: number, l10: number, m: number): number {
  // The anchors themselves come back exactly, not as a rounded interpolation.
  if (k === m) return lm;
  if (k === 10) return l10;
  if (k <= m) return l0 + (k * (lm - l0)) / m;
  return lm + ((k - m) * (l10 - lm)) / (10 - m);
}

/**
 * The eleven level values L0 … L10.
 *
 * @example omaxLevels(70, 85, 99) // → [70, 75, 80, 85, 87, 89, 91, 93, 95, 97, 99]
 */
export function omaxLevels(
  l0: number,
  lm: number,
  l10: number,
  m: number = STANDARD_MID_LEVEL
): number[] {
  checkAnchors(l0, lm, l10, m);
  const levels = new Array<number>(11);
  for (let k = 0; k <= 10; k++) levels[k] = levelValue(k, l0, lm, l10, m);
  return levels;
}

/**
 * The score (level 0–10) of an actual value (spec §3.2).
 * - "floor" (default): the highest level the actual has reached; short of L0 → 0, beyond L10 → 10.
 * - "nearest": the level whose value is closest; a tie goes to the lower level.
 * - "interpolate": a fractional level between the two neighbouring level values, clamped to [0, 10].
 *
 * @example omaxLevel(92.4, 70, 85, 99) // → 6;  omaxLevel(92.4, 70, 85, 99, 3, "interpolate") // → 6.7
 */
export function omaxLevel(
  actual: number,
  l0: number,
  lm: number,
  l10: number,
  m: number = STANDARD_MID_LEVEL,
  mode: LevelMode = "floor"
): number {
  checkAnchors(l0, lm, l10, m);
  if (typeof actual !== "number" || !Number.isFinite(actual))
    throw invalid(`actual must be a number, got ${String(actual)}`);
  // Work on a rising scale: flip signs when lower is better, so "reached" always means ≥.
  const sign = l10 > l0 ? 1 : -1;
  const x = sign * actual;
  const value = (k: number): number => sign * levelValue(k, l0, lm, l10, m);
  const slack = LEVEL_TOLERANCE * Math.abs(l10 - l0);

  switch (mode) {
    case "floor": {
      if (x < value(0) - slack) return 0;
      let level = 0;
      for (let k = 1; k <= 10; k++) if (x >= value(k) - slack) level = k;
      return level;
    }
    case "nearest": {
      let best = 0;
      let bestDistance = Math.abs(x - value(0));
      for (let k = 1; k <= 10; k++) {
        const distance = Math.abs(x - value(k));
        if (distance < bestDistance - slack) {
          best = k;
          bestDistance = distance;
        }
      }
      return best;
    }
    case "interpolate": {
      if (x <= value(0)) return 0;
      if (x >= value(10)) return 10;
      for (let k = 0; k < 10; k++) {
        const lo = value(k);
        const hi = value(k + 1);
        if (x <= hi) return k + (x - lo) / (hi - lo);
      }
      return 10;
    }
    default:
      throw invalid(`mode must be "floor", "nearest" or "interpolate", got "${String(mode)}"`);
  }
}

/**
 * Performance index Σ level × weight (spec §3.3): 0–10 with weights summing to 1, 0–1000 with ×100.
 *
 * @example omaxIndex([6, 8], [0.5, 0.5]) // → 7
 */
export function omaxIndex(levels: readonly number[], weights: readonly number[]): number {
  if (levels.length !== weights.length) {
    throw invalid(
      `levels has ${levels.length} values but weights has ${weights.length}; give one weight per level`
    );
  }
  if (levels.length === 0) throw invalid("levels is empty; expected at least one KPI level");
  let index = 0;
  for (let k = 0; k < levels.length; k++) {
    const level = levels[k];
    const weight = weights[k];
    if (typeof level !== "number" || !Number.isFinite(level) || level < 0 || level > 10) {
      throw invalid(`levels, item ${k + 1} must be a level from 0 to 10, got ${String(level)}`);
    }
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw invalid(`weights, item ${k + 1} must be a weight ≥ 0, got ${String(weight)}`);
    }
    index += level * weight;
  }
  return finiteResult(index, "the index");
}

/** Why a change against a previous index of 0 is #DIV/0! (Excel shows no message; Sheets does). */
export const ZERO_PREVIOUS = "previous index is 0; the change is undefined";

/**
 * Change of the index against the previous period: (current − previous) / previous (spec §3.3).
 * With no previous measurement pass the all-baseline index as `previous` (3 on the 0–10 scale,
 * 300 on the ×100 scale; see `baselineIndex`).
 *
 * @example omaxChange(335, 300) // → 0.11667
 */
export function omaxChange(current: number, previous: number): number {
  if (typeof current !== "number" || !Number.isFinite(current))
    throw invalid(`current must be a number, got ${String(current)}`);
  if (typeof previous !== "number" || !Number.isFinite(previous))
    throw invalid(`previous must be a number, got ${String(previous)}`);
  if (previous === 0) throw divisionByZero(ZERO_PREVIOUS);
  // Levels and weights are never negative, so neither is an index.
  if (current < 0) throw invalid(`current must be an index ≥ 0, got ${formatNumber(current)}`);
  if (previous < 0) throw invalid(`previous must be an index > 0, got ${formatNumber(previous)}`);
  return finiteResult((current - previous) / previous, "the change");
}

/** The index when every KPI sits at the anchor level m: m × Σ weights (300 for standard OMAX on ×100). */
export function baselineIndex(weights: readonly number[], m: number = STANDARD_MID_LEVEL): number {
  return m * weights.reduce((sum, w) => sum + w, 0);
}
