/**
 * Illustrative actuals for filled examples. The seed documents give KPIs, weights and targets but
 * not a year of actuals, so the examples show plausible values around each target — drawn from a
 * seeded generator (the same every time) and labelled as illustrative on the sheets.
 */
import type { PeriodKind } from "../sheet/plan";
import { omaxLevels } from "../core";
import { PERIOD_COUNT } from "./periods";

export type Frequency = "monthly" | "quarterly" | "year-end";

/** Mulberry32: small, seeded, reproducible. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Is a KPI measured at frequency `frequency` reported in period p (0-based) of a `kind` sheet? */
export function isReported(frequency: Frequency, kind: PeriodKind, p: number): boolean {
  if (kind === "yearly" || frequency === "monthly") return true;
  if (frequency === "quarterly") return kind === "quarterly" || (p + 1) % 3 === 0;
  return kind === "quarterly" ? p === 3 : p === 11; // year end
}

/** How many periods of an example carry data: a full year, or three of the five years. */
export function reportedPeriods(kind: PeriodKind): number {
  return kind === "yearly" ? 3 : PERIOD_COUNT[kind];
}

export interface IllustrativeKpi {
  target: number;
  direction: "higher" | "lower";
  frequency: Frequency;
  /** Decimals the value is rounded to (0 for counts). */
  decimals: number;
  /** Typical performance relative to target (1 = on target); values scatter ±12 % around it. */
  level?: number;
}

/** actuals[kpi][period], null where the KPI is not reported (yet). */
export function illustrativeActuals(
  kpis: IllustrativeKpi[],
  kind: PeriodKind,
  seed: number
): (number | null)[][] {
  const random = seeded(seed);
  const filled = reportedPeriods(kind);
  return kpis.map((kpi) =>
    Array.from({ length: PERIOD_COUNT[kind] }, (_, p) => {
      const draw = random();
      if (p >= filled || !isReported(kpi.frequency, kind, p)) return null;
      const trend = 1 + 0.004 * p; // slowly improving
      const ratio = (kpi.level ?? 0.98) * trend * (0.94 + 0.12 * draw);
      const value = kpi.direction === "higher" ? kpi.target * ratio : kpi.target / ratio;
      const factor = Math.pow(10, kpi.decimals);
      return Math.round(value * factor) / factor;
    })
  );
}

/**
 * Illustrative actuals for OMAX KPIs that reach `finalLevels` in the last reported period, rising
 * from the baseline level with some scatter: each actual lies inside its level's band of the level
 * table, so its floor level is exactly the one intended.
 */
export function illustrativeOmaxActuals(
  anchors: [number, number, number][],
  midLevel: number,
  finalLevels: number[],
  kind: PeriodKind,
  seed: number
): (number | null)[][] {
  const random = seeded(seed);
  const filled = reportedPeriods(kind);
  return anchors.map((anchor, k) => {
    const levels = omaxLevels(anchor[0], anchor[1], anchor[2], midLevel);
    const start = Math.min(midLevel, finalLevels[k]);
    return Array.from({ length: PERIOD_COUNT[kind] }, (_, p) => {
      const draw = random();
      if (p >= filled) return null;
      const progress = filled === 1 ? 1 : p / (filled - 1);
      const jitter = p === filled - 1 ? 0 : Math.round((draw - 0.5) * 2);
      const level = Math.max(
        0,
        Math.min(10, Math.round(start + (finalLevels[k] - start) * progress) + jitter)
      );
      if (level === 10) return levels[10];
      const value = levels[level] + (0.2 + 0.6 * random()) * (levels[level + 1] - levels[level]);
      const span = Math.abs(anchor[2] - anchor[0]);
      const decimals = span >= 100 ? 0 : span >= 10 ? 1 : 2;
      const rounded = Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals);
      // Rounding must not move the value out of its band (the floor level stays the intended one).
      const inBand = (x: number) =>
        levels[level + 1] > levels[level]
          ? x >= levels[level] && x < levels[level + 1]
          : x <= levels[level] && x > levels[level + 1];
      return inBand(rounded) ? rounded : value;
    });
  });
}
