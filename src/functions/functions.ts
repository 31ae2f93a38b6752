/**
 * Kinerja's Excel custom functions. Each is a thin adapter: Excel's arguments → `src/core` → Excel
 * values. The JSDoc blocks are the Excel metadata (functions.json is generated from them by
 * custom-functions-metadata-plugin) and the first help a user sees while typing a formula.
 *
 * Names are exactly what users type (no add-in namespace): =AHP.WEIGHTS(…), =OMAX.LEVEL(…), =TRAFFIC(…).
 */
import {
  LEVEL_MODES,
  RI_TABLES,
  STANDARD_MID_LEVEL,
  WEIGHT_METHODS,
  WEIGHT_MODES,
  idealWeights,
  achievement,
  consistencyOf,
  describeRiTable,
  isWeightTotal100,
  classCheck,
  globalWeights,
  gridShape,
  invalid,
  isBlank,
  notAvailable,
  omaxChange,
  omaxIndex,
  omaxLevel,
  omaxLevels,
  omaxTraffic,
  outOfScale,
  pairwiseInUse,
  atMembers,
  memberAt,
  parseDirection,
  parsePriorityClass,
  randomIndex,
  readCell,
  readNumber,
  readOption,
  readOptionalScalar,
  readRange,
  readScalar,
  readVector,
  traffic,
  weightsOf,
  where,
  formatNumber,
  count,
  ACHIEVEMENT_GREEN,
  ACHIEVEMENT_YELLOW,
  LEVEL_GREEN,
  LEVEL_YELLOW,
  OUTPUT_LABELS,
  OUTPUT_LANGUAGES,
} from "../core";
import {
  ExcelCell,
  elementwise,
  guard,
  guardSpill,
  rangeName,
  readRanges,
  spill,
  toExcelError,
} from "./excel-adapter";

// The functions no Kinerja template writes, whose code is the heaviest (AHP.SUGGEST, AHP.COMPLETE,
// AHP.GROUP, ANP.LIMIT and the decision analyses), are thin wrappers here: their code (on-demand.ts)
// loads on the first call, in a chunk of its own, so a workbook that never calls them never
// downloads it. Each returns a Promise, which Excel awaits.

type OnDemand = typeof import("./on-demand");
let onDemand: Promise<OnDemand> | undefined;

/**
 * Runs an on-demand function once its module has loaded. A failed load (the add-in's server out of
 * reach) is #N/A with a message, never a throw, in the function's shape; the next call tries again.
 */
function afterLoading<R>(
  call: (d: OnDemand) => R,
  failed: (error: CustomFunctions.Error) => R
): Promise<R> {
  onDemand ??= import(/* webpackChunkName: "functions-on-demand" */ "./on-demand");
  return onDemand.then(call, () => {
    onDemand = undefined;
    const message =
      "Kinerja could not load this function from the add-in; recalculate to try again";
    return failed(toExcelError(notAvailable(message)));
  });
}

/** An on-demand function with a single result. */
const onDemandValue = <R>(call: (d: OnDemand) => R) =>
  afterLoading<R | CustomFunctions.Error>(call, (error) => error);

/** An on-demand function with a matrix result: a failed load is a 1×1 spill, as with guardSpill. */
const onDemandSpill = <R>(call: (d: OnDemand) => R[][]) =>
  afterLoading<(R | CustomFunctions.Error)[][]>(call, (error) => [[error]]);

/** The words of a result in the language a `language` argument asks for ("en" when blank). */
function wordsFor(language: unknown) {
  return OUTPUT_LABELS[readOption(language, "language", OUTPUT_LANGUAGES, "en")];
}

/**
 * Priority weights of an AHP pairwise comparison matrix; they sum to 1.
 * @customfunction AHP.WEIGHTS
 * @helpurl https://localhost:3000/help/ahp-weights.html
 * @param matrix Pairwise comparison matrix (n×n): full and reciprocal, or only the upper triangle with the rest blank. A criterion whose row and column are both empty is room for later and is left out (its weight cell stays empty).
 * @param [method] "eigen" (default, principal eigenvector), "geomean" (row geometric means) or "mean" (normalised columns averaged).
 * @param [mode] "distributive" (default: the weights sum to 1) or "ideal" (each divided by the largest, so the best gets 1).
 * @returns One weight per criterion, spilled down a column.
 */
export function AHP_WEIGHTS(matrix: any[][], method?: any, mode?: any): any[][] {
  return guardSpill(() => {
    const grid = readRange(matrix, "matrix");
    const chosen = readOption(method, "method", WEIGHT_METHODS, "eigen");
    const ideal = readOption(mode, "mode", WEIGHT_MODES, "distributive") === "ideal";
    const inUse = pairwiseInUse(grid);
    const w = weightsOf(inUse.matrix, chosen);
    return spill(atMembers(ideal ? idealWeights(w) : w, inUse));
  });
}

/**
 * Consistency ratio CR = CI / RI of an AHP matrix; 0.10 or less is acceptable.
 * @customfunction AHP.CR
 * @helpurl https://localhost:3000/help/ahp-cr.html
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle. Criteria whose row and column are both empty are room for later: left out, n counts those in use.
 * @param [method] Weights used for λmax: "eigen" (default), "geomean" or "mean".
 * @param [ri_table] Random index table: "saaty1980" (default, n ≤ 15), "saaty2005", "alonso-lamata", "alonso-lamata-fit" or "donegan-dodd" (n ≤ 100).
 * @returns CR as a fraction (0.033 = 3.3%); #N/A when n is beyond the RI table.
 */
export function AHP_CR(matrix: any[][], method?: any, ri_table?: any): any {
  return guard(() => {
    const grid = readRange(matrix, "matrix");
    const result = consistencyOf(
      pairwiseInUse(grid).matrix,
      readOption(method, "method", WEIGHT_METHODS, "eigen"),
      readOption(ri_table, "ri_table", RI_TABLES, "saaty1980")
    );
    if (result.cr === null) {
      throw notAvailable(
        `CR is unknown for n = ${result.n}: RI table ${describeRiTable(result.riTable)}; CI = ${formatNumber(result.ci)}`
      );
    }
    return result.cr;
  });
}

/**
 * Consistency check of an AHP matrix: λmax, CI, RI, CR and the verdict, as a labelled table.
 * @customfunction AHP.CHECK
 * @helpurl https://localhost:3000/help/ahp-check.html
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle. Criteria whose row and column are both empty are room for later: left out, n counts those in use.
 * @param [method] Weights used for λmax: "eigen" (default), "geomean" or "mean".
 * @param [ri_table] Random index table: "saaty1980" (default), "saaty2005", "alonso-lamata", "alonso-lamata-fit" or "donegan-dodd".
 * @param [language] Language of the labels and the verdict: "en" (default) or "id" (Bahasa Indonesia).
 * @returns Six rows of label and value: λmax, CI, RI, CR, verdict (CONSISTENT / INCONSISTENT / UNKNOWN) and judgements outside 1/9…9.
 */
export function AHP_CHECK(matrix: any[][], method?: any, ri_table?: any, language?: any): any[][] {
  return guardSpill(() => {
    const grid = readRange(matrix, "matrix");
    const words = wordsFor(language);
    const { matrix: a, members } = pairwiseInUse(grid);
    const result = consistencyOf(
      a,
      readOption(method, "method", WEIGHT_METHODS, "eigen"),
      readOption(ri_table, "ri_table", RI_TABLES, "saaty1980")
    );
    const verdict =
      result.isConsistent === null
        ? words.unknown
        : result.isConsistent
          ? words.consistent
          : words.inconsistent;
    const outside = outOfScale(a);
    // Beyond the RI table there is no RI and no CR (spec §1.3): #N/A naming the table, not text.
    const beyondTable = () =>
      toExcelError(
        notAvailable(
          `CR is unknown for n = ${result.n}: RI table ${describeRiTable(result.riTable)}`
        )
      );
    return [
      [words.lambdaMax(result.method), result.lambdaMax],
      ["CI", result.ci],
      [words.ri(result.riTable), result.ri ?? beyondTable()],
      ["CR", result.cr ?? beyondTable()],
      [words.verdict, verdict],
      [
        words.outsideScale,
        outside.length === 0
          ? 0
          : `${outside.length}: ` +
            outside
              .map((o) => words.cell(memberAt(members, o.row) + 1, memberAt(members, o.col) + 1))
              .join("; "),
      ],
    ];
  });
}

/**
 * The most inconsistent judgements of an AHP matrix and the values that would agree with its weights.
 * @customfunction AHP.SUGGEST
 * @helpurl https://localhost:3000/help/ahp-suggest.html
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle.
 * @param [count] How many judgements to list, most inconsistent first (default 3).
 * @param [method] Weights the suggestion is based on: "eigen" (default), "geomean" or "mean".
 * @param [language] Language of the header row: "en" (default) or "id" (Bahasa Indonesia).
 * @returns A header row, then per judgement: row, column, current value, suggested value w_i/w_j, nearest Saaty-scale value, deviation |ln(a_ij·w_j/w_i)|.
 */
export function AHP_SUGGEST(
  matrix: any[][],
  count?: any,
  method?: any,
  language?: any
): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_SUGGEST(matrix, count, method, language));
}

/**
 * Completes a pairwise comparison matrix from its upper triangle by reciprocity.
 * @customfunction AHP.COMPLETE
 * @helpurl https://localhost:3000/help/ahp-complete.html
 * @param upper_triangle The judgements above the diagonal (diagonal and lower triangle may be blank).
 * @param [missing] What to do with blank pairs above the diagonal: "error" (default), "harker" or "lambda-min" (λmax-optimal).
 * @returns The full reciprocal n×n matrix.
 */
export function AHP_COMPLETE(upper_triangle: any[][], missing?: any): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_COMPLETE(upper_triangle, missing));
}

/**
 * Group judgement: the element-wise geometric mean (AIJ) of several respondents' matrices.
 * @customfunction AHP.GROUP
 * @helpurl https://localhost:3000/help/ahp-group.html
 * @param matrix One pairwise comparison matrix per respondent (matrix1, matrix2, …), all n×n, full or upper triangle.
 * @returns The group's reciprocal n×n matrix; wrap it in AHP.WEIGHTS for the group's weights.
 */
export function AHP_GROUP(matrix: any[][][]): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_GROUP(matrix));
}

/**
 * Global weights down a hierarchy: the product of the local weights on each leaf's path.
 * @customfunction AHP.GLOBAL
 * @helpurl https://localhost:3000/help/ahp-global.html
 * @param local_weights Local weights per level, one row per leaf (e.g. stakeholder weight, facet weight, KPI weight); several ranges are joined side by side.
 * @returns One global weight per leaf, spilled down a column (across a row when the levels were given as rows).
 */
export function AHP_GLOBAL(local_weights: any[][][]): any[][] {
  return guardSpill(() => {
    const ranges = readRanges(local_weights, "local_weights");
    if (ranges.length === 0) throw invalid("give at least one range of local weights");
    const name = (k: number) => rangeName("local_weights", k, ranges.length);
    const shapes = ranges.map((grid, k) => gridShape(grid, name(k)));
    // Check every cell where the user typed it, before the ranges are joined into one table.
    ranges.forEach((grid, k) =>
      grid.forEach((row, r) =>
        row.forEach((cell, c) => {
          const place = where(name(k), r, c, shapes[k].rows, shapes[k].cols);
          const weight = readNumber(cell, place, "a local weight between 0 and 1");
          if (weight < 0 || weight > 1)
            throw invalid(
              `${place} must be a local weight between 0 and 1, got ${formatNumber(weight)}`
            );
        })
      )
    );
    const asRows = ranges.length > 1 && shapes.every((s) => s.rows === 1 && s.cols > 1);
    // Levels given as rows (leaves across): turn each into a column so rows are leaves.
    const columns = asRows ? ranges.map((grid) => grid[0].map((cell) => [cell])) : ranges;
    const leaves = columns[0].length;
    columns.forEach((grid, k) => {
      if (grid.length !== leaves) {
        throw invalid(
          `${name(k)} has ${count(grid.length, "leaf", "leaves")} but ${name(0)} has ${leaves}; give one value per leaf in each`
        );
      }
    });
    const table = columns[0].map((_, r) => columns.flatMap((grid) => grid[r]));
    return spill(globalWeights(table), asRows);
  });
}

/**
 * Saaty's random consistency index RI(n) from the chosen table.
 * @customfunction AHP.RI
 * @helpurl https://localhost:3000/help/ahp-ri.html
 * @param n Number of criteria (a whole number ≥ 1).
 * @param [ri_table] "saaty1980" (default), "saaty2005", "alonso-lamata", "alonso-lamata-fit" or "donegan-dodd".
 * @returns RI(n); #N/A when n is beyond the table.
 */
export function AHP_RI(n: any, ri_table?: any): any {
  return guard(() => {
    const size = readScalar(n, "n", "a whole number of criteria ≥ 1");
    if (!Number.isInteger(size) || size < 1)
      throw invalid(`n must be a whole number ≥ 1, got ${size}`);
    const table = readOption(ri_table, "ri_table", RI_TABLES, "saaty1980");
    const ri = randomIndex(size, table);
    if (ri === null)
      throw notAvailable(`n = ${size} is beyond the RI table ${describeRiTable(table)}`);
    return ri;
  });
}

/**
 * Limit supermatrix of the Analytic Network Process (ANP).
 * @customfunction ANP.LIMIT
 * @helpurl https://localhost:3000/help/anp-limit.html
 * @param supermatrix Weighted supermatrix (n×n, no blanks): each non-zero column sums to 1.
 * @param [method] For networks that leak into sink nodes: "powers" (default: limit of the powers, hierarchy formula when they vanish), "calculus" or "sinks" (limit with sinks), as SuperDecisions and pyanp.
 * @returns The limit matrix; each column gives the global priorities.
 */
export function ANP_LIMIT(supermatrix: any[][], method?: any): Promise<any[][]> {
  return onDemandSpill((d) => d.ANP_LIMIT(supermatrix, method));
}

/** The anchor level m: 3 (standard OMAX) when left out, 8 for the Performance Prism. */
function readMidLevel(midLevel: unknown): number {
  return readOptionalScalar(
    midLevel,
    "mid_level",
    STANDARD_MID_LEVEL,
    "a whole number from 1 to 9"
  );
}

/**
 * The eleven OMAX level values L0…L10, interpolated between three anchors.
 * @customfunction OMAX.LEVELS
 * @helpurl https://localhost:3000/help/omax-levels.html
 * @param worst Level 0: worst realistic performance. A column of KPIs gives one row of levels per KPI.
 * @param mid Value at the anchor level mid_level: the baseline (standard OMAX) or the minimum target (Performance Prism).
 * @param target Level 10: the target.
 * @param [mid_level] Level of the middle anchor, 1…9: 3 (default, standard OMAX) or 8 (Performance Prism).
 * @returns L0…L10 across a row per KPI (down a column per KPI when the anchors are given as rows).
 */
export function OMAX_LEVELS(
  worst: any[][],
  mid: any[][],
  target: any[][],
  mid_level?: any
): any[][] {
  return guardSpill(() => {
    const names = ["worst", "mid", "target"];
    const anchors = [worst, mid, target].map((anchor, k) =>
      readRange(anchor, names[k], "a cell or a range")
    );
    const m = readMidLevel(mid_level);
    const shapes = anchors.map((grid, k) => gridShape(grid, names[k]));
    // The KPIs run along the first anchor given as a range; single cells apply to every KPI.
    const ranged = shapes.findIndex((s) => s.rows * s.cols > 1);
    const shape = ranged < 0 ? { rows: 1, cols: 1 } : shapes[ranged];
    if (shape.rows > 1 && shape.cols > 1) {
      throw invalid(
        `${names[ranged]} must be a single cell, row or column of KPIs, got ${count(shape.rows, "row")} × ${count(shape.cols, "column")}`
      );
    }
    shapes.forEach((s, k) => {
      if (s.rows * s.cols > 1 && (s.rows !== shape.rows || s.cols !== shape.cols)) {
        throw invalid(
          `${names[k]} is ${s.rows}×${s.cols} but ${names[ranged]} is ${shape.rows}×${shape.cols}; give ranges of the same size or single cells`
        );
      }
    });
    const kpis = shape.rows * shape.cols;
    const levelsAcross = shape.cols === 1; // KPIs down a column (or one KPI): levels run across.
    // One row of levels per KPI; a KPI with bad anchors gets its error in each of its cells.
    const table: ExcelCell[][] = [];
    for (let i = 0; i < kpis; i++) {
      const r = shape.cols === 1 ? i : 0;
      const c = shape.cols === 1 ? 0 : i;
      const place = (k: number) =>
        shapes[k].rows * shapes[k].cols > 1
          ? where(names[k], r, c, shape.rows, shape.cols)
          : names[k];
      try {
        const values = anchors.map((grid, k) =>
          readNumber(shapes[k].rows * shapes[k].cols > 1 ? grid[r][c] : grid[0][0], place(k))
        );
        table.push(omaxLevels(values[0], values[1], values[2], m));
      } catch (error) {
        if (kpis === 1) throw error;
        const reason = toExcelError(error);
        const located = reason.message
          ? new CustomFunctions.Error(reason.code, `KPI ${i + 1}: ${reason.message}`)
          : reason;
        table.push(new Array<ExcelCell>(11).fill(located));
      }
    }
    return levelsAcross ? table : table[0].map((_, k) => table.map((levels) => levels[k]));
  });
}

/**
 * OMAX score (level 0–10) of an actual value against its anchors.
 * @customfunction OMAX.LEVEL
 * @helpurl https://localhost:3000/help/omax-level.html
 * @param actual Actual performance (a cell, or a column of KPIs: one level each). Blank gives #N/A.
 * @param worst Level 0 anchor (worst realistic performance).
 * @param mid Anchor at mid_level: baseline (standard) or minimum target (Prism).
 * @param target Level 10 anchor (target). Lower-is-better KPIs have target below worst.
 * @param [mid_level] Level of the middle anchor, 1…9: 3 (default) or 8 (Performance Prism).
 * @param [mode] "floor" (default: highest level reached), "nearest" (closest level) or "interpolate" (fractional level).
 * @returns The level, 0 to 10 (same shape as actual).
 */
export function OMAX_LEVEL(
  actual: any[][],
  worst: any[][],
  mid: any[][],
  target: any[][],
  mid_level?: any,
  mode?: any
): any[][] {
  return guardSpill(() => {
    const m = readMidLevel(mid_level);
    const chosen = readOption(mode, "mode", LEVEL_MODES, "floor");
    return elementwise(
      [actual, worst, mid, target],
      ["actual", "worst", "mid", "target"],
      (cells, place) =>
        omaxLevel(
          readNumber(cells[0], place(0), "a number", true),
          readNumber(cells[1], place(1)),
          readNumber(cells[2], place(2)),
          readNumber(cells[3], place(3)),
          m,
          chosen
        )
    );
  });
}

/**
 * OMAX performance index: the sum of level × weight.
 * @customfunction OMAX.INDEX
 * @helpurl https://localhost:3000/help/omax-index.html
 * @param levels KPI levels (0–10), a row or a column.
 * @param weights One weight per KPI: fractions summing to 1 (index 0–10) or ×100 (index 0–1000).
 * @returns The weighted index.
 */
export function OMAX_INDEX(levels: any[][], weights: any[][]): any {
  return guard(() => {
    // A KPI not measured yet has no level: the index does not exist yet (#N/A), it is not wrong.
    const levelValues = readVector(
      readRange(levels, "levels"),
      "levels",
      "a level from 0 to 10",
      (place) => notAvailable(`${place} is blank: that KPI has no level yet, so there is no index`)
    );
    const weightValues = readVector(readRange(weights, "weights"), "weights", "a weight ≥ 0");
    // Range checks here, so positions read as the user sees them (row k / column k).
    const check = (
      vector: { values: number[]; isRow: boolean },
      arg: string,
      ok: (x: number) => boolean,
      expected: string
    ) =>
      vector.values.forEach((x, k) => {
        if (!ok(x)) {
          const place = where(
            arg,
            vector.isRow ? 0 : k,
            vector.isRow ? k : 0,
            vector.isRow ? 1 : vector.values.length,
            vector.isRow ? vector.values.length : 1
          );
          throw invalid(`${place} must be ${expected}, got ${formatNumber(x)}`);
        }
      });
    check(levelValues, "levels", (x) => x >= 0 && x <= 10, "a level from 0 to 10");
    check(weightValues, "weights", (x) => x >= 0, "a weight ≥ 0");
    return omaxIndex(levelValues.values, weightValues.values);
  });
}

/**
 * Change of the performance index against the previous period, as a fraction.
 * @customfunction OMAX.CHANGE
 * @helpurl https://localhost:3000/help/omax-change.html
 * @param current This period's index.
 * @param previous Last period's index; leave blank for the first period and give baseline.
 * @param [baseline] Index with every KPI at the baseline level, used when previous is blank: 300 on the ×100 weight scale, 3 on the 0–10 scale.
 * @returns (current − previous) / previous, e.g. 0.1167 for 335 against 300.
 */
export function OMAX_CHANGE(current: any, previous: any, baseline?: any): any {
  return guard(() => {
    const now = readScalar(current, "current", "an index", true);
    const before = readCell(previous, "previous");
    if (!isBlank(before)) return omaxChange(now, readNumber(before, "previous", "an index"));
    const base = readCell(baseline, "baseline");
    if (isBlank(base)) {
      throw notAvailable(
        "previous is blank and no baseline was given; pass the all-baseline index (300 on the ×100 scale, 3 on 0–10)"
      );
    }
    const baselineIndex = readNumber(base, "baseline", "an index");
    // Checked here so the message names the argument the user gave, not the core's `previous`.
    if (baselineIndex <= 0)
      throw invalid(`baseline must be an index above 0, got ${formatNumber(baselineIndex)}`);
    return omaxChange(now, baselineIndex);
  });
}

/**
 * Achievement of a KPI against its target: actual/target, or target/actual when lower is better.
 * @customfunction KPI.ACHIEVEMENT
 * @helpurl https://localhost:3000/help/kpi-achievement.html
 * @param actual Actual value (a cell or a column of KPIs). Blank gives #N/A.
 * @param target Target value.
 * @param [direction] "higher" (default) or "lower" is better; Indonesian "tinggi" / "rendah" also accepted.
 * @returns Achievement as a fraction (1 = 100%).
 */
export function KPI_ACHIEVEMENT(actual: any[][], target: any[][], direction?: any[][]): any[][] {
  return guardSpill(() =>
    elementwise(
      [actual, target, direction],
      ["actual", "target", "direction"],
      (cells, place) =>
        achievement(
          readNumber(cells[0], place(0), "a number", true),
          readNumber(cells[1], place(1), "a number", true),
          isBlank(cells[2]) ? "higher" : parseDirection(cells[2], place(2))
        ),
      2
    )
  );
}

/**
 * Traffic light of an achievement (or any value): GREEN, YELLOW or RED.
 * @customfunction TRAFFIC
 * @helpurl https://localhost:3000/help/traffic.html
 * @param value Achievement as a fraction (1 = 100%), a cell or a column. Blank gives #N/A.
 * @param [green] GREEN from this value (default 1, i.e. 100%).
 * @param [yellow] YELLOW from this value up to green (default 0.95); RED below.
 * @param [language] Language of the status: "en" (default: GREEN, YELLOW, RED) or "id" (HIJAU, KUNING, MERAH).
 * @returns "GREEN", "YELLOW" or "RED" (in Bahasa Indonesia "HIJAU", "KUNING" or "MERAH").
 */
export function TRAFFIC(value: any[][], green?: any, yellow?: any, language?: any): any[][] {
  return guardSpill(() => {
    const g = readOptionalScalar(green, "green", ACHIEVEMENT_GREEN);
    const y = readOptionalScalar(yellow, "yellow", ACHIEVEMENT_YELLOW);
    const words = wordsFor(language).status;
    return elementwise(
      [value],
      ["value"],
      (cells, place) => words[traffic(readNumber(cells[0], place(0), "a number", true), g, y)]
    );
  });
}

/**
 * Traffic light of an OMAX level: GREEN from 8, YELLOW from 4, RED below.
 * @customfunction TRAFFIC.OMAX
 * @helpurl https://localhost:3000/help/traffic-omax.html
 * @param level OMAX level 0–10, a cell or a column. Blank gives #N/A.
 * @param [green] GREEN from this level (default 8: target reached).
 * @param [yellow] YELLOW from this level up to green (default 4); RED below.
 * @param [language] Language of the status: "en" (default: GREEN, YELLOW, RED) or "id" (HIJAU, KUNING, MERAH).
 * @returns "GREEN", "YELLOW" or "RED" (in Bahasa Indonesia "HIJAU", "KUNING" or "MERAH").
 */
export function TRAFFIC_OMAX(level: any[][], green?: any, yellow?: any, language?: any): any[][] {
  return guardSpill(() => {
    const g = readOptionalScalar(green, "green", LEVEL_GREEN);
    const y = readOptionalScalar(yellow, "yellow", LEVEL_YELLOW);
    const words = wordsFor(language).status;
    return elementwise(
      [level],
      ["level"],
      (cells, place) =>
        words[omaxTraffic(readNumber(cells[0], place(0), "a level from 0 to 10", true), g, y)]
    );
  });
}

/**
 * UMKM check of a KPI weight (%) against its priority class: OK, LOW or HIGH.
 * @customfunction KPI.CLASSCHECK
 * @helpurl https://localhost:3000/help/kpi-classcheck.html
 * @param weight Weight in % (e.g. 15 for 15%), a cell or a column.
 * @param priority_class "Penting" (5–10%), "Sangat Penting" (10–15%) or "Kritikal" (above 15%); English names also accepted.
 * @returns "OK", "LOW" or "HIGH".
 */
export function KPI_CLASSCHECK(weight: any[][], priority_class: any[][]): any[][] {
  return guardSpill(() =>
    elementwise([weight, priority_class], ["weight", "priority_class"], (cells, place) =>
      classCheck(
        readNumber(cells[0], place(0), "a weight in %", true),
        parsePriorityClass(cells[1], place(1))
      )
    )
  );
}

/**
 * UMKM check that KPI weights (%) add up to 100%.
 * @customfunction KPI.WEIGHTCHECK
 * @helpurl https://localhost:3000/help/kpi-weightcheck.html
 * @param weights The weight column in % (blank rows are skipped).
 * @param [language] Language of the message: "en" (default) or "id" (Bahasa Indonesia).
 * @returns "OK", or the total that is off, e.g. "SUM 95% ≠ 100%" ("JUMLAH 95% ≠ 100%" in Indonesian).
 */
export function KPI_WEIGHTCHECK(weights: any[][], language?: any): any {
  return guard(() => {
    const grid = readRange(weights, "weights");
    const { rows, cols } = gridShape(grid, "weights");
    const words = wordsFor(language);
    let total = 0;
    let largest = 0;
    let filled = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const cell = grid[r][c];
        if (isBlank(cell)) continue;
        const place = where("weights", r, c, rows, cols);
        const weight = readNumber(cell, place, "a weight in %");
        if (weight < 0)
          throw invalid(`${place} must be a weight in % (0 or more), got ${formatNumber(weight)}`);
        total += weight;
        filled++;
        largest = Math.max(largest, weight);
      }
    }
    const verdict = isWeightTotal100(total) ? "OK" : words.weightSum(formatNumber(total));
    // 25% typed into a percent-formatted cell holds 0.25: say so rather than just "SUM 1%".
    // A single weight of 1 is just a wrong total, not evidence of fractions.
    const looksLikeFractions =
      verdict !== "OK" && filled > 1 && largest <= 1 && Math.abs(total - 1) < 0.0001;
    return looksLikeFractions ? `${verdict} (${words.fractionsHint})` : verdict;
  });
}

// ── Decisions you can defend: sensitivity, uncertainty, scales, groups, ANP and hierarchy inputs ──

/**
 * One-way sensitivity: the totals of the alternatives as one weight moves from 0 to its full total, the others in proportion.
 * @customfunction AHP.SENSITIVITY
 * @helpurl https://localhost:3000/help/ahp-sensitivity.html
 * @param weights The weights, a row or column (fractions summing to 1, or % summing to 100).
 * @param scores One row per alternative and one column per criterion; a single column of KPI scores (e.g. OMAX levels) is one scorecard.
 * @param [criterion] Which weight moves, 1…n (default 1).
 * @param [steps] Number of equal steps from 0 to the weights' total (default 10; 1 to 1000).
 * @param [language] Language of the header row: "en" (default) or "id" (Bahasa Indonesia).
 * @returns A header row, then per step: the moving weight and each alternative's total.
 */
export function AHP_SENSITIVITY(
  weights: any[][],
  scores: any[][],
  criterion?: any,
  steps?: any,
  language?: any
): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_SENSITIVITY(weights, scores, criterion, steps, language));
}

/**
 * For each weight, the smallest change that alters the ranking of the alternatives, or a scorecard's traffic light.
 * @customfunction AHP.CRITICAL
 * @helpurl https://localhost:3000/help/ahp-critical.html
 * @param weights The weights, a row or column (fractions summing to 1, or % summing to 100).
 * @param scores One row per alternative and one column per criterion; a single column of KPI scores is one scorecard, judged by its traffic light.
 * @param [green] For a scorecard: GREEN from this total (default 8, OMAX levels; use 1 for achievements).
 * @param [yellow] For a scorecard: YELLOW from this total up to green (default 4; use 0.95 for achievements).
 * @param [language] Language of the labels: "en" (default) or "id" (Bahasa Indonesia).
 * @returns A header row, then per criterion: number, weight, critical weight (or "none in [0, 1]"), change, and what changes.
 */
export function AHP_CRITICAL(
  weights: any[][],
  scores: any[][],
  green?: any,
  yellow?: any,
  language?: any
): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_CRITICAL(weights, scores, green, yellow, language));
}

/**
 * Monte-Carlo uncertainty of AHP weights: judgements moved at random within a spread, seeded so every run is the same.
 * @customfunction AHP.UNCERTAINTY
 * @helpurl https://localhost:3000/help/ahp-uncertainty.html
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle.
 * @param [spread] Each judgement a is moved between a/spread and a·spread, uniformly on the log scale (default 1.5).
 * @param [trials] Number of trials, 1 to 100000 (default 10000).
 * @param [seed] Whole number ≥ 0 that fixes the random numbers (default 1); the same seed gives the same result.
 * @param [method] Weights recomputed in each trial: "eigen" (default), "geomean" or "mean".
 * @param [language] Language of the labels: "en" (default) or "id" (Bahasa Indonesia).
 * @returns Per criterion: weight, mean, 5 % and 95 % percentiles; then the share of trials with the same order, and the procedure (PRNG, seed, perturbation).
 */
export function AHP_UNCERTAINTY(
  matrix: any[][],
  spread?: any,
  trials?: any,
  seed?: any,
  method?: any,
  language?: any
): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_UNCERTAINTY(matrix, spread, trials, seed, method, language));
}

/**
 * The judgements of an AHP matrix read on another published scale (balanced, logarithmic, geometric, …).
 * @customfunction AHP.SCALE
 * @helpurl https://localhost:3000/help/ahp-scale.html
 * @param matrix Pairwise comparison matrix (n×n) on Saaty's 1–9 scale, full or upper triangle; judgements within 1/9…9.
 * @param scale "saaty", "logarithmic", "root-square", "inverse-linear", "balanced", "balanced-n", "adaptive-balanced", "adaptive", "power" or "geometric" (no default).
 * @returns The reciprocal n×n matrix on that scale; wrap it in AHP.WEIGHTS for the weights.
 */
export function AHP_SCALE(matrix: any[][], scale: any): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_SCALE(matrix, scale));
}

/**
 * Ordinal inconsistency: the intransitive triads of an AHP matrix (A over B, B over C, but C over A), counted and named.
 * @customfunction AHP.TRIADS
 * @helpurl https://localhost:3000/help/ahp-triads.html
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle.
 * @param [names] The criteria's names, a row or column of n cells (default: 1, 2, …).
 * @param [language] Language of the labels: "en" (default) or "id" (Bahasa Indonesia).
 * @returns The number of intransitive triads, then one row per triad, e.g. "Cost > Quality > Speed > Cost".
 */
export function AHP_TRIADS(matrix: any[][], names?: any[][], language?: any): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_TRIADS(matrix, names, language));
}

/**
 * Geometric consistency index (GCI) of an AHP matrix, for geometric-mean weights; acceptable up to 0.31 (n = 3), 0.35 (n = 4), 0.37 (n > 4).
 * @customfunction AHP.GCI
 * @helpurl https://localhost:3000/help/ahp-gci.html
 * @param matrix Pairwise comparison matrix (n×n, n ≥ 3), full or upper triangle.
 * @returns GCI = 2/((n−1)(n−2)) · Σ ln²(a_ij·w_j/w_i); #N/A for n ≤ 2.
 */
export function AHP_GCI(matrix: any[][]): Promise<any> {
  return onDemandValue((d) => d.AHP_GCI(matrix));
}

/**
 * Saaty's compatibility index of a respondent's matrix with a priority vector (e.g. the group's weights): 1 is full agreement, up to 1.1 acceptable.
 * @customfunction AHP.COMPATIBILITY
 * @helpurl https://localhost:3000/help/ahp-compatibility.html
 * @param matrix The respondent's pairwise comparison matrix (n×n), full or upper triangle.
 * @param weights The priority vector to compare with, n weights above 0 (a row or column), e.g. =AHP.WEIGHTS(AHP.GROUP(…)).
 * @returns S = (1/n²) · Σ a_ij · w_j / w_i.
 */
export function AHP_COMPATIBILITY(matrix: any[][], weights: any[][]): Promise<any> {
  return onDemandValue((d) => d.AHP_COMPATIBILITY(matrix, weights));
}

/**
 * Goepel's AHP consensus indicator S* of several respondents' matrices: 0 (none) to 1 (full agreement).
 * @customfunction AHP.CONSENSUS
 * @helpurl https://localhost:3000/help/ahp-consensus.html
 * @param matrix One pairwise comparison matrix per respondent (matrix1, matrix2, …), at least two, all n×n on Saaty's 1–9 scale.
 * @returns S* as a fraction (0.82 = 82 %): very low ≤ 50 %, low ≤ 62.5 %, moderate ≤ 75 %, high ≤ 87.5 %, very high above.
 */
export function AHP_CONSENSUS(matrix: any[][][]): Promise<any> {
  return onDemandValue((d) => d.AHP_CONSENSUS(matrix));
}

/**
 * Respondents of a group: each one's CR, compatibility and weights; the group from those with CR ≤ max_cr, the spread of their weights and their consensus.
 * @customfunction AHP.RESPONDENTS
 * @helpurl https://localhost:3000/help/ahp-respondents.html
 * @param max_cr Respondents with a CR above this are left out of the group (e.g. 0.1; blank keeps 0.1; 100 keeps everyone).
 * @param language Language of the labels: "en" or "id" (Bahasa Indonesia); blank gives English.
 * @param matrix One pairwise comparison matrix per respondent (matrix1, matrix2, …), all n×n.
 * @returns A table: per respondent CR, compatibility, included, weights; then the group's weights and CR, mean, SD, min and max per criterion, the consensus with its band, and who was left out.
 */
export function AHP_RESPONDENTS(max_cr: any, language: any, matrix: any[][][]): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_RESPONDENTS(max_cr, language, matrix));
}

/**
 * Weighted ANP supermatrix: the unweighted supermatrix's blocks times the cluster weights, each column renormalised to sum 1.
 * @customfunction ANP.WEIGHTED
 * @helpurl https://localhost:3000/help/anp-weighted.html
 * @param unweighted Unweighted supermatrix (n×n, no blanks): in each column, each cluster's block of local priorities sums to 1 or is 0.
 * @param cluster_matrix Cluster weights (m×m): column d holds the weights of the m clusters with respect to cluster d.
 * @param clusters The cluster of each node, a row or column of n whole numbers 1…m (the rows of cluster_matrix), e.g. 1, 1, 2, 3.
 * @returns The weighted supermatrix (n×n), ready for ANP.LIMIT.
 */
export function ANP_WEIGHTED(
  unweighted: any[][],
  cluster_matrix: any[][],
  clusters: any[][]
): Promise<any[][]> {
  return onDemandSpill((d) => d.ANP_WEIGHTED(unweighted, cluster_matrix, clusters));
}

/**
 * Global weights from a parent–child table: leaves at any depth, an item under several parents summed over its paths.
 * @customfunction AHP.HIERARCHY
 * @helpurl https://localhost:3000/help/ahp-hierarchy.html
 * @param items The items, one per row (an item under two parents has two rows).
 * @param parents Each item's parent, one per row; blank at the top level.
 * @param local_weights Each item's local weight within its parent (the weights under one parent sum to 1).
 * @param [mode] "distributive" (default: the leaves' global weights sum to 1) or "ideal" (each divided by the largest).
 * @returns Two columns, one row per leaf (in the order they first appear): the leaf and its global weight.
 */
export function AHP_HIERARCHY(
  items: any[][],
  parents: any[][],
  local_weights: any[][],
  mode?: any
): Promise<any[][]> {
  return onDemandSpill((d) => d.AHP_HIERARCHY(items, parents, local_weights, mode));
}
