/**
 * UMKM weighting by priority class — spec §5 (seed 003).
 *
 * Weights are entered in %, sum to 100 % (±0.01), and each should fall in its class's range:
 * Penting 5–10 %, Sangat Penting 10–15 %, Kritikal above 15 %. An out-of-range weight is a warning,
 * not an error; the boundaries 10 % and 15 % belong to both neighbouring classes.
 */
import { checkChoice, describeValue, invalid } from "./errors";

export type PriorityClass = "penting" | "sangat-penting" | "kritikal";
export const PRIORITY_CLASSES: readonly PriorityClass[] = ["penting", "sangat-penting", "kritikal"];

export interface ClassRange {
  min: number;
  max: number;
  /** Names accepted in a cell, Indonesian first. */
  labels: { id: string; en: string };
}

export const CLASS_RANGES: Readonly<Record<PriorityClass, ClassRange>> = {
  penting: { min: 5, max: 10, labels: { id: "Penting", en: "Important" } },
  "sangat-penting": { min: 10, max: 15, labels: { id: "Sangat Penting", en: "Very Important" } },
  kritikal: { min: 15, max: 100, labels: { id: "Kritikal", en: "Critical" } },
};

/** Total of the weights must be 100 % within this many percentage points. */
export const WEIGHT_SUM_TOLERANCE = 0.01;

/** Rounding allowed at a class boundary and in the total (10 typed as 9.9999999999 is still 10). */
export const WEIGHT_ROUNDING = 1e-9;

/** The class named by a cell: Indonesian or English, any case and spacing ("sangat penting", "Critical"). */
export function parsePriorityClass(text: unknown, place = "class"): PriorityClass {
  const wanted =
    typeof text === "string"
      ? text
          .trim()
          .toLowerCase()
          .replace(/[\s_-]+/g, " ")
      : "";
  for (const key of PRIORITY_CLASSES) {
    const { id, en } = CLASS_RANGES[key].labels;
    if (wanted === id.toLowerCase() || wanted === en.toLowerCase()) return key;
  }
  throw invalid(
    `${place} must be Penting, Sangat Penting or Kritikal (or Important, Very Important, Critical), got ${describeValue(text)}`
  );
}

export type ClassVerdict = "OK" | "LOW" | "HIGH";

/**
 * Whether a weight (in %) sits in its class's range: OK, LOW (below the minimum) or HIGH (above).
 *
 * @example classCheck(12, "sangat-penting") // → "OK";  classCheck(20, "penting") // → "HIGH"
 */
export function classCheck(weightPercent: number, priorityClass: PriorityClass): ClassVerdict {
  if (typeof weightPercent !== "number" || !Number.isFinite(weightPercent) || weightPercent < 0) {
    throw invalid(`weight must be a percentage ≥ 0, got ${String(weightPercent)}`);
  }
  checkChoice(priorityClass, "priority_class", PRIORITY_CLASSES);
  const { min, max } = CLASS_RANGES[priorityClass];
  // Kritikal is "above 15 %": 15 itself belongs to both Sangat Penting and Kritikal.
  if (weightPercent < min - WEIGHT_ROUNDING) return "LOW";
  if (weightPercent > max + WEIGHT_ROUNDING) return "HIGH";
  return "OK";
}

export interface WeightCheck {
  total: number;
  /** Total within 100 % ± 0.01. */
  sumsTo100: boolean;
  rows: { weight: number; class: PriorityClass; verdict: ClassVerdict; min: number; max: number }[];
}

/**
 * Checks a UMKM weight column against its priority classes (spec §5).
 *
 * @example umkmWeightCheck([25, 15, 10, 5, 10, 10, 20, 5], classes).sumsTo100 // → true (Batik 20 Ikan Mas)
 */
export function umkmWeightCheck(
  weightsPercent: readonly number[],
  classes: readonly PriorityClass[]
): WeightCheck {
  if (weightsPercent.length !== classes.length) {
    throw invalid(
      `weights has ${weightsPercent.length} values but classes has ${classes.length}; give one class per KPI`
    );
  }
  let total = 0;
  const rows = weightsPercent.map((weight, k) => {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw invalid(
        `weights, item ${k + 1} must be a percentage ≥ 0, got ${describeValue(weight)}`
      );
    }
    total += weight;
    const verdict = classCheck(weight, classes[k]);
    const { min, max } = CLASS_RANGES[classes[k]];
    return { weight, class: classes[k], verdict, min, max };
  });
  return { total, sumsTo100: isWeightTotal100(total), rows };
}

/** Weights (in %) total 100 % within ± 0.01 (spec §5). */
export function isWeightTotal100(total: number): boolean {
  return Math.abs(total - 100) <= WEIGHT_SUM_TOLERANCE + WEIGHT_ROUNDING;
}

/** The SMART-C checklist for each KPI (seed 003). */
export const SMART_C = [
  { key: "specific", id: "Spesifik", en: "Specific" },
  { key: "measurable", id: "Terukur", en: "Measurable" },
  { key: "achievable", id: "Dapat dicapai", en: "Achievable" },
  { key: "relevant", id: "Relevan", en: "Relevant" },
  { key: "time-bound", id: "Berbatas waktu", en: "Time-bound" },
  { key: "challenging", id: "Menantang", en: "Challenging" },
] as const;
