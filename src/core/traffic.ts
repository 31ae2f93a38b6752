/**
 * Achievement and the traffic light — spec §4.
 *
 * Statuses are the stable, language-independent texts GREEN, YELLOW and RED, so COUNTIF and
 * conditional formatting work in any locale; people see Hijau / Kuning / Merah in the pane.
 */
import { describeValue, divisionByZero, finiteResult, formatNumber, invalid } from "./errors";

export type Direction = "higher" | "lower";
export const DIRECTIONS: readonly Direction[] = ["higher", "lower"];
export type Status = "GREEN" | "YELLOW" | "RED";
export const STATUSES: readonly Status[] = ["GREEN", "YELLOW", "RED"];

/**
 * Direction names accepted in a cell: English, and the Indonesian words the templates use — "makin
 * tinggi makin baik" as an owner says it, and the short "tinggi" / "rendah" of older workbooks.
 */
export const DIRECTION_NAMES: Readonly<Record<string, Direction>> = {
  higher: "higher",
  lower: "lower",
  "higher is better": "higher",
  "lower is better": "lower",
  tinggi: "higher",
  rendah: "lower",
  "makin tinggi makin baik": "higher",
  "makin rendah makin baik": "lower",
};

/** The direction named by a cell ("higher", "makin tinggi makin baik", "tinggi"…; any case). */
export function parseDirection(text: unknown, place = "direction"): Direction {
  const key = typeof text === "string" ? text.trim().toLowerCase().replace(/\s+/g, " ") : "";
  const direction = DIRECTION_NAMES[key];
  if (direction) return direction;
  throw invalid(
    `${place} must be "higher" or "lower" (or "makin tinggi makin baik" / "makin rendah makin baik"), got ${describeValue(text)}`
  );
}

/** Default thresholds on achievement (seed 003): GREEN from 100 %, YELLOW from 95 %. */
export const ACHIEVEMENT_GREEN = 1;
export const ACHIEVEMENT_YELLOW = 0.95;
/** Default thresholds on OMAX levels (seeds 002, 004): GREEN from 8, YELLOW from 4. */
export const LEVEL_GREEN = 8;
export const LEVEL_YELLOW = 4;

/** A threshold is met when the value reaches it, allowing for rounding (0.95 computed as 19/20.000000001). */
export const THRESHOLD_TOLERANCE = 1e-12;

function requireNumber(value: number, arg: string): void {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw invalid(`${arg} must be a number, got ${String(value)}`);
}

/** Why an achievement against a target of 0 is #DIV/0! (Excel shows no message; Sheets does). */
export const ZERO_TARGET = "target is 0; achievement = actual / target is undefined";

/**
 * Achievement against target (spec §4.1): actual / target when higher is better, target / actual
 * when lower is better. Lower-is-better with actual 0 scores 1 (nothing happened, nothing allowed).
 *
 * @example achievement(95, 100) // → 0.95;  achievement(8, 6, "lower") // → 0.75
 */
export function achievement(
  actual: number,
  target: number,
  direction: Direction = "higher"
): number {
  requireNumber(actual, "actual");
  requireNumber(target, "target");
  if (direction === "higher") {
    if (target === 0) throw divisionByZero(ZERO_TARGET);
    if (target < 0) {
      throw invalid(
        `target must be positive for a higher-is-better KPI, got ${formatNumber(target)}`
      );
    }
    return finiteResult(actual / target, "achievement");
  }
  if (direction !== "lower")
    throw invalid(`direction must be "higher" or "lower", got "${String(direction)}"`);
  if (target < 0)
    throw invalid(
      `target must be 0 or more for a lower-is-better KPI, got ${formatNumber(target)}`
    );
  if (actual < 0)
    throw invalid(
      `actual must be 0 or more for a lower-is-better KPI, got ${formatNumber(actual)}`
    );
  if (actual === 0) return 1;
  return finiteResult(target / actual, "achievement");
}

/**
 * GREEN when value ≥ green, YELLOW when value ≥ yellow, else RED (spec §4.1).
 *
 * @example traffic(0.97) // → "YELLOW"
 */
export function traffic(
  value: number,
  green: number = ACHIEVEMENT_GREEN,
  yellow: number = ACHIEVEMENT_YELLOW
): Status {
  requireNumber(value, "value");
  requireNumber(green, "green");
  requireNumber(yellow, "yellow");
  if (yellow > green) {
    throw invalid(
      `yellow threshold (${formatNumber(yellow)}) must not exceed the green threshold (${formatNumber(green)})`
    );
  }
  if (value >= green - THRESHOLD_TOLERANCE) return "GREEN";
  if (value >= yellow - THRESHOLD_TOLERANCE) return "YELLOW";
  return "RED";
}

/**
 * Status of an OMAX level (spec §4.2): GREEN from 8 (target reached), YELLOW from 4, RED below.
 *
 * @example omaxTraffic(7) // → "YELLOW"
 */
export function omaxTraffic(
  level: number,
  green: number = LEVEL_GREEN,
  yellow: number = LEVEL_YELLOW
): Status {
  requireNumber(level, "level");
  if (level < 0 || level > 10)
    throw invalid(`level must be from 0 to 10, got ${formatNumber(level)}`);
  return traffic(level, green, yellow);
}
