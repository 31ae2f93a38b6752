/**
 * OMAX.LEVELS, OMAX.LEVEL, OMAX.INDEX and OMAX.CHANGE re-performed with native formulas
 * (docs/methods.md §3). The level table is the visible step: OMAX.LEVELS writes its eleven values as
 * formulas over the anchors, and OMAX.LEVEL reads a KPI's level from such a table (the one the
 * workbook already shows for that KPI, or one placed beside it).
 *
 * The level of an actual value x on a table L0…L10, with s = SIGN(L10 − L0) turning a
 * lower-is-better scale into a rising one and the core's slack 1E-9·|L10 − L0| for rounding:
 *   floor        the levels reached, less one:  MAX(0, SUMPRODUCT(--(s·L ≤ s·x + slack)) − 1)
 *   nearest      the midpoints (Lk + Lk+1)/2 passed by more than half the slack (a tie stays
 *                below, as the core's "nearer by more than the slack"):
 *                SUMPRODUCT(--(2·s·x > s·(L0…L9 + L1…L10) + slack))
 *   interpolate  the part of each step Lk → Lk+1 that x has passed, each between 0 and 1, summed:
 *                p = (x − L0…L9)/(L1…L10 − L0…L9), SUMPRODUCT((p>0)·(p<1)·p + (p≥1))
 * SUMPRODUCT evaluates these over the row in every spreadsheet without an array formula.
 */
import { LEVEL_MODES, LEVEL_TOLERANCE, STANDARD_MID_LEVEL } from "../core";
import { absolute, cellAddress, parseRange, rangeAddress } from "../sheet/a1";
import type { Lang } from "../sheet/plan";
import {
  elementOf,
  elementwiseShape,
  isFilled,
  numberOption,
  optionOrCell,
  rangeArg,
  rowOf,
  textOption,
  unlessBlank,
  wholeRange,
  type KinerjaCall,
} from "./calls";
import { NotNative, num, type Reperformance, type SharedTable } from "./model";
import { levelTable, levelTableKey, levelValueFormula, type Anchors } from "./tables";

const ANCHOR_NAMES = ["worst", "mid", "target"] as const;

/** The KPIs of OMAX.LEVELS: how many, and whether they run down a column (levels across). */
function kpisOf(call: KinerjaCall): { count: number; down: boolean } {
  for (const k of [0, 1, 2]) {
    const range = rangeArg(call.args[k], call.sheet);
    if (!range || range.rows * range.columns === 1) continue;
    if (range.rows > 1 && range.columns > 1)
      throw new NotNative(call.name, `${ANCHOR_NAMES[k]} must be a cell, a row or a column`);
    return { count: range.rows * range.columns, down: range.columns === 1 };
  }
  return { count: 1, down: true };
}

function anchorsOf(
  call: KinerjaCall,
  first: number,
  r: number,
  c: number,
  midLevel: Anchors["midLevel"]
): Anchors {
  const arg = (k: number) => {
    const a = call.args[first + k];
    if (!a) throw new NotNative(call.name, `${ANCHOR_NAMES[k]} is missing`);
    return elementOf(a, call.sheet, r, c);
  };
  return { worst: arg(0), mid: arg(1), target: arg(2), midLevel };
}

/** mid_level typed (3, 8) or read from a cell (the Settings sheet's), as a formula operand. */
function midLevelOf(call: KinerjaCall, k: number): Anchors["midLevel"] {
  const option = optionOrCell(call.name, call.args[k], call.sheet, "mid_level", (arg) =>
    numberOption(call.name, arg, "mid_level", STANDARD_MID_LEVEL)
  );
  return typeof option === "number" ? option : option.cell;
}

/** OMAX.LEVELS(worst, mid, target, [mid_level]): each level value as its own formula. */
export function omaxLevelsNative(call: KinerjaCall): Reperformance {
  const midLevel = midLevelOf(call, 3);
  const { count, down } = kpisOf(call);
  const anchorsOfKpi = (i: number) => anchorsOf(call, 0, down ? i : 0, down ? 0 : i, midLevel);
  return {
    name: call.name,
    shape: down ? { rows: count, columns: 11 } : { rows: 11, columns: count },
    steps: null,
    anchor: { sheet: call.sheet, row: 0 },
    tables: [],
    // Written in place, one KPI's eleven cells are its level table, which OMAX.LEVEL may read.
    provides: count === 1 ? levelTableKey(anchorsOfKpi(0)) : undefined,
    result: (r, c) => levelValueFormula(down ? c : r, anchorsOfKpi(down ? r : c)),
  };
}

/** OMAX.LEVEL(actual, worst, mid, target, [mid_level], [mode]), cell by cell over its arguments. */
export function omaxLevelNative(call: KinerjaCall, lang: Lang): Reperformance {
  const midLevel = midLevelOf(call, 4);
  const mode = optionOrCell(call.name, call.args[5], call.sheet, "mode", (arg) =>
    textOption(call.name, arg, "mode", LEVEL_MODES, "floor")
  );
  const actual = call.args[0];
  if (!actual) throw new NotNative(call.name, "actual is missing");
  const shape = elementwiseShape(call.args.slice(0, 4), call.sheet);
  const tables: SharedTable[][] = Array.from({ length: shape.rows }, (_, r) =>
    Array.from({ length: shape.columns }, (_, c) =>
      levelTable(anchorsOf(call, 1, r, c, midLevel), lang)
    )
  );
  return {
    name: call.name,
    shape,
    steps: null,
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: tables.flat(),
    result(r, c, context) {
      const values = context.tables(tables[r][c], "values");
      const x = elementOf(actual, call.sheet, r, c);
      return unlessBlank(x, isFilled(call, actual, r, c), levelFormula(x, values, mode));
    },
  };
}

/**
 * The level of `x` on the level table `values` (11 cells, «sheet»!$E$10:$O$10), in `mode`: typed, or
 * read from a cell (the Settings sheet's), which the formula then tests, so a changed mode counts.
 */
export function levelFormula(
  x: string,
  values: string,
  mode: (typeof LEVEL_MODES)[number] | { cell: string }
): string {
  if (typeof mode === "object") {
    const [floor, nearest, interpolate] = (["floor", "nearest", "interpolate"] as const).map((m) =>
      levelFormula(x, values, m)
    );
    return `IF(${mode.cell}="nearest",${nearest},IF(${mode.cell}="interpolate",${interpolate},${floor}))`;
  }
  const bang = values.lastIndexOf("!");
  const prefix = values.slice(0, bang + 1);
  const { top, left, bottom } = parseRange(values.slice(bang + 1));
  const across = top === bottom;
  const cell = (k: number) =>
    prefix + absolute(across ? cellAddress(top, left + k) : cellAddress(top + k, left));
  const range = (from: number, to: number) =>
    prefix +
    absolute(
      across
        ? rangeAddress(top, left + from, top, left + to)
        : rangeAddress(top + from, left, top + to, left)
    );
  const [l0, l10] = [cell(0), cell(10)];
  const sign = `SIGN(${l10}-${l0})`;
  const slack = `${num(LEVEL_TOLERANCE)}*ABS(${l10}-${l0})`;
  const [lower, upper] = [range(0, 9), range(1, 10)];
  switch (mode) {
    case "floor":
      // The levels reached (within the slack), less one.
      return `MAX(0,SUMPRODUCT(--(${sign}*${values}<=${sign}*${x}+${slack}))-1)`;
    case "nearest":
      // One level up for each midpoint between neighbouring levels passed by more than the slack.
      return `SUMPRODUCT(--(2*${sign}*${x}>${sign}*(${lower}+${upper})+${slack}))`;
    case "interpolate": {
      // The part of each of the ten steps between levels that x has passed, from 0 to 1, summed.
      const part = `(${x}-${lower})/(${upper}-${lower})`;
      return `SUMPRODUCT((${part}>0)*(${part}<1)*${part}+(${part}>=1))`;
    }
  }
}

/** OMAX.INDEX(levels, weights): Σ level × weight; #N/A while a level is blank. */
export function omaxIndexNative(call: KinerjaCall): Reperformance {
  const [levels, weights] = [0, 1].map((k) => rangeArg(call.args[k], call.sheet));
  if (!levels || !weights)
    throw new NotNative(call.name, "levels and weights must be ranges of cells to be re-performed");
  const l = wholeRange(levels);
  const w = wholeRange(weights);
  const sameShape = levels.rows === weights.rows && levels.columns === weights.columns;
  let product: string;
  if (sameShape) product = `SUMPRODUCT(${l},${w})`;
  else if (levels.rows === 1 && weights.columns === 1) product = `MMULT(${l},${w})`;
  else if (levels.columns === 1 && weights.rows === 1) product = `MMULT(${w},${l})`;
  else throw new NotNative(call.name, "levels and weights must be rows or columns of one length");
  return scalar(call, `IF(COUNTBLANK(${l})>0,NA(),${product})`);
}

/** OMAX.CHANGE(current, previous, [baseline]): against the baseline while previous is blank. */
export function omaxChangeNative(call: KinerjaCall): Reperformance {
  const [current, previous, baseline] = call.args;
  if (!current) throw new NotNative(call.name, "current is missing");
  const c = elementOf(current, call.sheet, 0, 0);
  const against = (p: string) => `(${c}-${p})/${p}`;
  const fromBaseline = baseline ? against(elementOf(baseline, call.sheet, 0, 0)) : "NA()";
  const typedBlank = !previous || (previous.node.kind === "string" && previous.node.value === "");
  const change = typedBlank
    ? fromBaseline
    : `IF(${elementOf(previous, call.sheet, 0, 0)}="",${fromBaseline},${against(elementOf(previous, call.sheet, 0, 0))})`;
  return scalar(call, unlessBlank(c, isFilled(call, current, 0, 0), change));
}

/** A call whose result is one plain formula. */
export function scalar(call: KinerjaCall, formula: string): Reperformance {
  return {
    name: call.name,
    shape: { rows: 1, columns: 1 },
    steps: null,
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: [],
    result: () => formula,
  };
}
