/**
 * Kinerja's Excel custom functions. Each is a thin adapter: Excel's arguments → `src/core` → Excel
 * values. The JSDoc blocks are the Excel metadata (functions.json is generated from them by
 * custom-functions-metadata-plugin) and the first help a user sees while typing a formula.
 *
 * Names are exactly what users type (no add-in namespace): =AHP.WEIGHTS(…), =OMAX.LEVEL(…), =TRAFFIC(…).
 */
import {
  COMPLETIONS,
  LEVEL_MODES,
  RI_TABLES,
  STANDARD_MID_LEVEL,
  WEIGHT_METHODS,
  achievement,
  ahpComplete,
  ahpGroup,
  ahpInconsistencies,
  consistencyOf,
  describeRiTable,
  isWeightTotal100,
  anpLimit,
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
  pairwiseMatrix,
  parseDirection,
  parsePriorityClass,
  randomIndex,
  readCell,
  readNumber,
  readOption,
  readOptionalScalar,
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
  ExcelArg,
  ExcelCell,
  asGrid,
  asGrids,
  elementwise,
  guard,
  guardSpill,
  spill,
  toExcelError,
} from "./excel-adapter";

/**
 * Priority weights of an AHP pairwise comparison matrix; they sum to 1.
 * @customfunction AHP.WEIGHTS
 * @helpurl https://localhost:3000/help/ahp-weights.html
 * @param matrix Pairwise comparison matrix (n×n): full and reciprocal, or only the upper triangle with the rest blank.
 * @param [method] "eigen" (default, principal eigenvector), "geomean" (row geometric means) or "mean" (normalised columns averaged).
 * @returns One weight per criterion, spilled down a column.
 */
export function AHP_WEIGHTS(matrix: any[][], method?: any): any[][] {
  return guardSpill(() => {
    const chosen = readOption(method, "method", WEIGHT_METHODS, "eigen");
    return spill(weightsOf(pairwiseMatrix(matrix), chosen));
  });
}

/**
 * Consistency ratio CR = CI / RI of an AHP matrix; 0.10 or less is acceptable.
 * @customfunction AHP.CR
 * @helpurl https://localhost:3000/help/ahp-cr.html
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle.
 * @param [method] Weights used for λmax: "eigen" (default), "geomean" or "mean".
 * @param [ri_table] Random index table: "saaty1980" (default, n ≤ 15), "saaty2005", "alonso-lamata", "alonso-lamata-fit" or "donegan-dodd" (n ≤ 100).
 * @returns CR as a fraction (0.033 = 3.3%); #N/A when n is beyond the RI table.
 */
export function AHP_CR(matrix: any[][], method?: any, ri_table?: any): any {
  return guard(() => {
    const result = consistencyOf(
      pairwiseMatrix(matrix),
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
 * @param matrix Pairwise comparison matrix (n×n), full or upper triangle.
 * @param [method] Weights used for λmax: "eigen" (default), "geomean" or "mean".
 * @param [ri_table] Random index table: "saaty1980" (default), "saaty2005", "alonso-lamata", "alonso-lamata-fit" or "donegan-dodd".
 * @param [language] Language of the labels and the verdict: "en" (default) or "id" (Bahasa Indonesia).
 * @returns Six rows of label and value: λmax, CI, RI, CR, verdict (CONSISTENT / INCONSISTENT / UNKNOWN) and judgements outside 1/9…9.
 */
export function AHP_CHECK(matrix: any[][], method?: any, ri_table?: any, language?: any): any[][] {
  return guardSpill(() => {
    const words = OUTPUT_LABELS[readOption(language, "language", OUTPUT_LANGUAGES, "en")];
    const a = pairwiseMatrix(matrix);
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
          : `${outside.length}: ` + outside.map((o) => words.cell(o.row + 1, o.col + 1)).join("; "),
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
export function AHP_SUGGEST(matrix: any[][], count?: any, method?: any, language?: any): any[][] {
  return guardSpill(() => {
    const words = OUTPUT_LABELS[readOption(language, "language", OUTPUT_LANGUAGES, "en")];
    const howMany = readOptionalScalar(count, "count", 3, "a whole number ≥ 1");
    if (!Number.isInteger(howMany) || howMany < 1)
      throw invalid(`count must be a whole number ≥ 1, got ${howMany}`);
    const chosen = readOption(method, "method", WEIGHT_METHODS, "eigen");
    const pairs = ahpInconsistencies(matrix, chosen, howMany);
    if (pairs.length === 0)
      throw invalid(
        "matrix has a single criterion; there is no judgement to suggest (need at least 2×2)"
      );
    return [
      words.suggestHeader,
      ...pairs.map((p) => [p.row, p.col, p.current, p.suggested, p.suggestedScale, p.deviation]),
    ];
  });
}

/**
 * Completes a pairwise comparison matrix from its upper triangle by reciprocity.
 * @customfunction AHP.COMPLETE
 * @helpurl https://localhost:3000/help/ahp-complete.html
 * @param upper_triangle The judgements above the diagonal (diagonal and lower triangle may be blank).
 * @param [missing] What to do with blank pairs above the diagonal: "error" (default), "harker" or "lambda-min" (λmax-optimal).
 * @returns The full reciprocal n×n matrix.
 */
export function AHP_COMPLETE(upper_triangle: any[][], missing?: any): any[][] {
  return guardSpill(() =>
    ahpComplete(
      upper_triangle,
      readOption(missing, "missing", COMPLETIONS, "error"),
      "upper_triangle"
    )
  );
}

/**
 * Group judgement: the element-wise geometric mean (AIJ) of several respondents' matrices.
 * @customfunction AHP.GROUP
 * @helpurl https://localhost:3000/help/ahp-group.html
 * @param matrix One pairwise comparison matrix per respondent (matrix1, matrix2, …), all n×n, full or upper triangle.
 * @returns The group's reciprocal n×n matrix; wrap it in AHP.WEIGHTS for the group's weights.
 */
export function AHP_GROUP(matrix: any[][][]): any[][] {
  return guardSpill(() => ahpGroup(asGrids(matrix)));
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
    const ranges = asGrids(local_weights);
    if (ranges.length === 0) throw invalid("give at least one range of local weights");
    const name = (k: number) => (ranges.length === 1 ? "local_weights" : `local_weights${k + 1}`);
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
 * @returns The limit matrix; each column gives the global priorities.
 */
export function ANP_LIMIT(supermatrix: any[][]): any[][] {
  return guardSpill(() => anpLimit(supermatrix));
}

/** The anchor level m: 3 (standard OMAX) when left out, 8 for the Performance Prism. */
function readMidLevel(midLevel: unknown): number {
  return readOptionalScalar(
    midLevel as ExcelArg,
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
    const m = readMidLevel(mid_level);
    const anchors = [worst, mid, target].map(asGrid);
    const names = ["worst", "mid", "target"];
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
    const levelValues = readVector(asGrid(levels), "levels", "a level from 0 to 10", (place) =>
      notAvailable(`${place} is blank: that KPI has no level yet, so there is no index`)
    );
    const weightValues = readVector(asGrid(weights), "weights", "a weight ≥ 0");
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
      [actual, target, direction ?? null],
      ["actual", "target", "direction"],
      (cells, place) =>
        achievement(
          readNumber(cells[0], place(0), "a number", true),
          readNumber(cells[1], place(1), "a number", true),
          isBlank(cells[2]) ? "higher" : parseDirection(cells[2], place(2))
        )
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
 * @returns "GREEN", "YELLOW" or "RED".
 */
export function TRAFFIC(value: any[][], green?: any, yellow?: any): any[][] {
  return guardSpill(() => {
    const g = readOptionalScalar(green, "green", ACHIEVEMENT_GREEN);
    const y = readOptionalScalar(yellow, "yellow", ACHIEVEMENT_YELLOW);
    return elementwise([value], ["value"], (cells, place) =>
      traffic(readNumber(cells[0], place(0), "a number", true), g, y)
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
 * @returns "GREEN", "YELLOW" or "RED".
 */
export function TRAFFIC_OMAX(level: any[][], green?: any, yellow?: any): any[][] {
  return guardSpill(() => {
    const g = readOptionalScalar(green, "green", LEVEL_GREEN);
    const y = readOptionalScalar(yellow, "yellow", LEVEL_YELLOW);
    return elementwise([level], ["level"], (cells, place) =>
      omaxTraffic(readNumber(cells[0], place(0), "a level from 0 to 10", true), g, y)
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
    const words = OUTPUT_LABELS[readOption(language, "language", OUTPUT_LANGUAGES, "en")];
    const grid = asGrid(weights as ExcelArg);
    const { rows, cols } = gridShape(grid, "weights");
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
