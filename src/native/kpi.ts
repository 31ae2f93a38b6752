/**
 * Achievement, traffic lights, the UMKM class and weight checks and global AHP weights, re-performed
 * with plain native formulas (docs/methods.md §1.4, §4, §5): one formula per result cell, reading the
 * same thresholds and tolerances as src/core.
 */
import {
  ACHIEVEMENT_GREEN,
  ACHIEVEMENT_YELLOW,
  DIRECTION_NAMES,
  LEVEL_GREEN,
  LEVEL_YELLOW,
  THRESHOLD_TOLERANCE,
  WEIGHT_ROUNDING,
  WEIGHT_SUM_TOLERANCE,
  parseDirection,
} from "../core";
import { OUTPUT_LABELS, OUTPUT_LANGUAGES } from "../core/labels";
import { cellAddress } from "../sheet/a1";
import type { CellPlan, Lang } from "../sheet/plan";
import {
  elementOf,
  elementwiseShape,
  isFilled,
  operand,
  rangeArg,
  rangeOf,
  rowOf,
  textOption,
  unlessBlank,
  wholeRange,
  type CallArg,
  type KinerjaCall,
} from "./calls";
import { NotNative, localise, num, quoted, type Placement, type Reperformance } from "./model";
import { classTable } from "./tables";
import { WORDS } from "./words";

/** A function computed cell by cell over its arguments' ranges. */
function elementwise(
  call: KinerjaCall,
  inputs: readonly (CallArg | null)[],
  formula: (r: number, c: number) => string
): Reperformance {
  return {
    name: call.name,
    shape: elementwiseShape(inputs, call.sheet),
    steps: null,
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: [],
    result: (r, c) => formula(r, c),
  };
}

/** The first argument, which these functions answer with #N/A while it is blank. */
function valueArg(call: KinerjaCall): CallArg {
  const value = call.args[0];
  if (!value) throw new NotNative(call.name, "its first argument is missing");
  return value;
}

/** GREEN from `green`, YELLOW from `yellow`, else RED (in `words`), allowing the core's rounding. */
function lightFormula(
  x: string,
  green: string,
  yellow: string,
  words: Record<"GREEN" | "YELLOW" | "RED", string>
): string {
  const reached = (threshold: string) => `${x}>=${threshold}-${num(THRESHOLD_TOLERANCE)}`;
  return `IF(${reached(green)},"${words.GREEN}",IF(${reached(yellow)},"${words.YELLOW}","${words.RED}"))`;
}

/** TRAFFIC(value, [green], [yellow], [language]) and TRAFFIC.OMAX(level, …), the same. */
export function trafficNative(call: KinerjaCall): Reperformance {
  const onLevels = call.name === "TRAFFIC.OMAX";
  const language = textOption(call.name, call.args[3], "language", OUTPUT_LANGUAGES, "en");
  const words = OUTPUT_LABELS[language].status;
  const green = operand(call.args[1], onLevels ? LEVEL_GREEN : ACHIEVEMENT_GREEN);
  const yellow = operand(call.args[2], onLevels ? LEVEL_YELLOW : ACHIEVEMENT_YELLOW);
  const value = valueArg(call);
  return elementwise(call, [value], (r, c) => {
    const x = elementOf(value, call.sheet, r, c);
    return unlessBlank(x, isFilled(call, value, r, c), lightFormula(x, green, yellow, words));
  });
}

/** KPI.ACHIEVEMENT(actual, target, [direction]): actual/target, or target/actual when lower is better. */
export function achievementNative(call: KinerjaCall): Reperformance {
  const actual = valueArg(call);
  const [, target, direction] = call.args;
  if (!target) throw new NotNative(call.name, "target is missing");
  return elementwise(call, [actual, target, direction ?? null], (r, c) => {
    const a = elementOf(actual, call.sheet, r, c);
    const t = elementOf(target, call.sheet, r, c);
    const higher = `${a}/${t}`;
    // Nothing happened where lower is better: full achievement (docs/methods.md §4.1).
    const lower = `IF(${a}=0,1,${t}/${a})`;
    let formula: string;
    if (!direction) formula = higher;
    else if (direction.node.kind === "string")
      formula = parseDirection(direction.node.value, "direction") === "lower" ? lower : higher;
    else {
      const d = elementOf(direction, call.sheet, r, c);
      // Every name a cell may use for lower-is-better (compared without case, as the core does).
      const lowerNames = Object.keys(DIRECTION_NAMES).filter((n) => DIRECTION_NAMES[n] === "lower");
      formula = `IF(OR(${lowerNames.map((n) => `${d}="${n}"`).join(",")}),${lower},${higher})`;
    }
    return unlessBlank(a, isFilled(call, actual, r, c), formula);
  });
}

/** KPI.CLASSCHECK(weight, priority_class): LOW / HIGH against the class's range, else OK. */
export function classCheckNative(call: KinerjaCall, lang: Lang): Reperformance {
  const weight = valueArg(call);
  const priorityClass = call.args[1];
  if (!priorityClass) throw new NotNative(call.name, "priority_class is missing");
  const table = classTable(lang);
  return {
    name: call.name,
    shape: elementwiseShape([weight, priorityClass], call.sheet),
    steps: null,
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: [table],
    result(r, c, { tables }) {
      const w = elementOf(weight, call.sheet, r, c);
      const k = elementOf(priorityClass, call.sheet, r, c);
      const bound = (part: "min" | "max") =>
        `SUMIF(${tables(table, "names")},${k},${tables(table, part)})`;
      const rounding = num(WEIGHT_ROUNDING);
      return unlessBlank(
        w,
        isFilled(call, weight, r, c),
        `IF(${w}<${bound("min")}-${rounding},"LOW",IF(${w}>${bound("max")}+${rounding},"HIGH","OK"))`
      );
    },
  };
}

/** The rows of the weight check's steps, under its title. */
const WEIGHT_ROWS = ["total", "count", "largest"] as const;

/**
 * KPI.WEIGHTCHECK(weights, [language]): OK, or the total that is off, with the hint when the weights
 * look like fractions typed into % cells. Steps: Σ, how many, the largest.
 */
export function weightCheckNative(call: KinerjaCall, lang: Lang): Reperformance {
  const range = rangeArg(call.args[0], call.sheet);
  if (!range) throw new NotNative(call.name, "weights must be a range of cells to be re-performed");
  const language = textOption(call.name, call.args[1], "language", OUTPUT_LANGUAGES, "en");
  const words = OUTPUT_LABELS[language];
  const weights = wholeRange(range);
  const step = (at: Placement, name: (typeof WEIGHT_ROWS)[number]) =>
    `«${at.sheet}»!${cellAddress(at.row + 1 + WEIGHT_ROWS.indexOf(name), at.col + 1)}`;
  return {
    name: call.name,
    shape: { rows: 1, columns: 1 },
    steps: {
      key: `weightcheck|${range.key}`,
      rows: 1 + WEIGHT_ROWS.length,
      columns: 2,
      widths: [24, 10],
      alignRow: 0,
      guide: [WORDS.weightTotal, WORDS.weightCount, WORDS.weightLargest].map((label, k) => ({
        label,
        row: 1 + k,
        col: 1,
      })),
      cells(at): CellPlan[] {
        const labels = [WORDS.weightTotal, WORDS.weightCount, WORDS.weightLargest];
        const formulas = [`SUM(${weights})`, `COUNT(${weights})`, `MAX(${weights})`];
        return [
          {
            address: cellAddress(at.row, at.col),
            value: WORDS.weightCheckTitle[lang],
            style: "section",
          },
          ...WEIGHT_ROWS.flatMap((_, k): CellPlan[] => [
            {
              address: cellAddress(at.row + 1 + k, at.col),
              value: labels[k][lang],
              style: "label",
            },
            {
              address: cellAddress(at.row + 1 + k, at.col + 1),
              formula: `=${localise(formulas[k], at.sheet)}`,
              style: "formula",
              numberFormat: "General",
            },
          ]),
        ];
      },
    },
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: [],
    result(_r, _c, { steps }) {
      if (!steps) throw new Error("the weight check's steps were not placed");
      const total = step(steps, "total");
      // formatNumber of src/core: whole numbers as they are, others to 6 significant digits.
      const shown = `IF(${total}=INT(${total}),${total}&"",ROUND(${total},5-INT(LOG10(ABS(${total}))))&"")`;
      const [before, after] = words.weightSum("\u0000").split("\u0000");
      const verdict = `${quoted(before)}&${shown}&${quoted(after)}`;
      const fractions = `AND(${step(steps, "count")}>1,${step(steps, "largest")}<=1,ABS(${total}-1)<0.0001)`;
      const hint = `IF(${fractions},${quoted(` (${words.fractionsHint})`)},"")`;
      const ok = `ABS(${total}-100)<=${num(WEIGHT_SUM_TOLERANCE)}+${num(WEIGHT_ROUNDING)}`;
      return `IF(${ok},"OK",${verdict}&${hint})`;
    },
  };
}

/**
 * AHP.GLOBAL(local_weights1, …): the product of the local weights down each leaf's path, one leaf
 * per row (per column when every level was given as a row).
 */
export function globalNative(call: KinerjaCall): Reperformance {
  const ranges = call.args.map((arg) => rangeArg(arg, call.sheet));
  if (ranges.length === 0 || ranges.some((r) => !r))
    throw new NotNative(call.name, "every argument must be a range of local weights");
  const levels = ranges as NonNullable<(typeof ranges)[number]>[];
  const asRows = levels.length > 1 && levels.every((r) => r.rows === 1 && r.columns > 1);
  const leaves = asRows ? levels[0].columns : levels[0].rows;
  return {
    name: call.name,
    shape: asRows ? { rows: 1, columns: leaves } : { rows: leaves, columns: 1 },
    steps: null,
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: [],
    result(r, c) {
      const leaf = asRows ? c : r;
      const factors = levels.map((range) =>
        asRows ? rangeOf(range, 0, leaf, 0, leaf) : rangeOf(range, leaf, 0, leaf, range.columns - 1)
      );
      return `PRODUCT(${factors.join(",")})`;
    },
  };
}
