/**
 * The custom functions that no Kinerja template writes, and whose code is the heaviest: AHP.SUGGEST,
 * AHP.COMPLETE, AHP.GROUP, ANP.LIMIT and the decision analyses (AHP.SENSITIVITY, AHP.CRITICAL,
 * AHP.UNCERTAINTY, AHP.SCALE, AHP.TRIADS, AHP.GCI, AHP.COMPATIBILITY, AHP.CONSENSUS, AHP.RESPONDENTS,
 * ANP.WEIGHTED, AHP.HIERARCHY). Same adapters as functions.ts (Excel's arguments → `src/core` → Excel
 * values); Excel reaches them through functions.ts, which loads this module — a chunk of its own — on
 * the first call, so the bundle every workbook loads stays small. The plan evaluator calls them here.
 * Their help and parameters are the JSDoc in functions.ts.
 */
import {
  ahpInconsistencies,
  COMPLETIONS,
  LIMIT_METHODS,
  ahpCompleteWithRoom,
  ahpGroup,
  anpLimit,
  WEIGHT_METHODS,
  WEIGHT_MODES,
  JUDGEMENT_SCALES,
  CR_THRESHOLD,
  DEFAULT_SEED,
  DEFAULT_SPREAD,
  DEFAULT_TRIALS,
  ahpConsensus,
  ahpGci,
  ahpScale,
  ahpUncertainty,
  analyseRespondents,
  anpWeighted,
  compatibilityOf,
  criticalChanges,
  idealWeights,
  intransitiveTriads,
  sensitivityTable,
  treeWeights,
  gridShape,
  invalid,
  isBlank,
  notAvailable,
  pairwiseMatrix,
  pairwiseInUse,
  atMembers,
  memberAt,
  readCell,
  readNumber,
  readOption,
  readOptionalScalar,
  readVector,
  where,
  formatNumber,
  count,
  LEVEL_GREEN,
  LEVEL_YELLOW,
  OUTPUT_LANGUAGES,
  isOmitted,
  readRange,
} from "../core";
import { ExcelCell, readRanges, guard, guardSpill, toExcelError } from "./excel-adapter";
import { DECISION_LABELS } from "./decision-labels";

/** AHP.SUGGEST */
export function AHP_SUGGEST(matrix: any[][], count?: any, method?: any, language?: any): any[][] {
  return guardSpill(() => {
    const grid = readRange(matrix, "matrix");
    const words = wordsFor(language);
    const howMany = readOptionalScalar(count, "count", 3, "a whole number ≥ 1");
    if (!Number.isInteger(howMany) || howMany < 1)
      throw invalid(`count must be a whole number ≥ 1, got ${howMany}`);
    const chosen = readOption(method, "method", WEIGHT_METHODS, "eigen");
    const pairs = ahpInconsistencies(grid, chosen, howMany);
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

/** AHP.COMPLETE */
export function AHP_COMPLETE(upper_triangle: any[][], missing?: any): any[][] {
  return guardSpill(() => {
    const grid = readRange(upper_triangle, "upper_triangle");
    return ahpCompleteWithRoom(
      grid,
      readOption(missing, "missing", COMPLETIONS, "error"),
      "upper_triangle"
    );
  });
}

/** AHP.GROUP */
export function AHP_GROUP(matrix: any[][][]): any[][] {
  return guardSpill(() => ahpGroup(readRanges(matrix, "matrix")));
}

/** ANP.LIMIT */
export function ANP_LIMIT(supermatrix: any[][], method?: any): any[][] {
  return guardSpill(() => {
    const grid = readRange(supermatrix, "supermatrix");
    return anpLimit(grid, "supermatrix", readOption(method, "method", LIMIT_METHODS, "powers"));
  });
}

// ── Decisions you can defend: sensitivity, uncertainty, scales, groups, ANP and hierarchy inputs ──

/** Weights (a row or column) and scores: one row per alternative, one column per criterion. */
function readWeightedScores(weights: unknown, scores: unknown) {
  const w = readVector(readRange(weights, "weights"), "weights", "a weight ≥ 0").values;
  const grid = readRange(scores, "scores");
  const { rows, cols } = gridShape(grid, "scores");
  // A single column (or row) with one score per weight is one alternative: a scorecard's KPIs.
  const single =
    (cols === 1 && rows === w.length && w.length > 1) || (rows === 1 && cols === w.length);
  const table = single && cols === 1 ? [grid.map((row) => row[0])] : grid;
  const values = table.map((row, r) =>
    row.map((cell, c) =>
      readNumber(
        cell,
        single
          ? where("scores", cols === 1 ? c : 0, cols === 1 ? 0 : c, rows, cols)
          : where("scores", r, c, rows, cols),
        "a score (a number)"
      )
    )
  );
  return { weights: w, scores: values, total: w.reduce((s, x) => s + x, 0) };
}

function readCriterionNumber(value: unknown, n: number): number {
  const k = readOptionalScalar(value, "criterion", 1, `a criterion number from 1 to ${n}`);
  if (!Number.isInteger(k) || k < 1 || k > n)
    throw invalid(`criterion must be a whole number from 1 to ${n}, got ${formatNumber(k)}`);
  return k - 1;
}

function wordsFor(language: unknown) {
  return DECISION_LABELS[readOption(language, "language", OUTPUT_LANGUAGES, "en")];
}

/** AHP.SENSITIVITY */
export function AHP_SENSITIVITY(
  weights: any[][],
  scores: any[][],
  criterion?: any,
  steps?: any,
  language?: any
): any[][] {
  return guardSpill(() => {
    const input = readWeightedScores(weights, scores);
    const words = wordsFor(language);
    const k = readCriterionNumber(criterion, input.weights.length);
    const count = readOptionalScalar(steps, "steps", 10, "a whole number from 1 to 1000");
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      throw invalid(`steps must be a whole number from 1 to 1000, got ${formatNumber(count)}`);
    const table = sensitivityTable(input, k, count);
    const header = [
      words.weightOf(k + 1),
      ...input.scores.map((_, a) =>
        input.scores.length === 1 ? words.total : words.alternative(a + 1)
      ),
    ];
    return [header, ...table.weight.map((t, s) => [t, ...table.totals[s]])];
  });
}

/** AHP.CRITICAL */
export function AHP_CRITICAL(
  weights: any[][],
  scores: any[][],
  green?: any,
  yellow?: any,
  language?: any
): any[][] {
  return guardSpill(() => {
    const input = readWeightedScores(weights, scores);
    const words = wordsFor(language);
    const lights = {
      green: readOptionalScalar(green, "green", LEVEL_GREEN),
      yellow: readOptionalScalar(yellow, "yellow", LEVEL_YELLOW),
    };
    if (lights.yellow > lights.green)
      throw invalid(
        `yellow (${formatNumber(lights.yellow)}) must not exceed green (${formatNumber(lights.green)})`
      );
    const rows = criticalChanges(input, input.scores.length === 1 ? lights : null);
    return [
      words.criticalHeader,
      ...rows.map((c) => [
        c.criterion + 1,
        c.weight,
        c.critical ?? words.noneIn(formatNumber(input.total)),
        c.change ?? "",
        !c.event
          ? ""
          : c.event.kind === "swap"
            ? words.swap(c.event.first + 1, c.event.second + 1)
            : `${words.status[c.event.from]} → ${words.status[c.event.to]}`,
      ]),
    ];
  });
}

/** AHP.UNCERTAINTY */
export function AHP_UNCERTAINTY(
  matrix: any[][],
  spread?: any,
  trials?: any,
  seed?: any,
  method?: any,
  language?: any
): any[][] {
  return guardSpill(() => {
    const grid = readRange(matrix, "matrix");
    const words = wordsFor(language);
    const inUse = pairwiseInUse(grid);
    const r = ahpUncertainty(inUse.matrix, {
      spread: readOptionalScalar(spread, "spread", DEFAULT_SPREAD, "a factor ≥ 1"),
      trials: readOptionalScalar(trials, "trials", DEFAULT_TRIALS, "a whole number of trials"),
      seed: readOptionalScalar(seed, "seed", DEFAULT_SEED, "a whole number ≥ 0"),
      method: readOption(method, "method", WEIGHT_METHODS, "eigen"),
    });
    return [
      words.uncertaintyHeader,
      ...atMembers(
        r.weights.map((w, i) => [w, r.mean[i], r.p05[i], r.p95[i]]),
        inUse
      ).map((row, k) => (row === "" ? [k + 1, "", "", "", ""] : [k + 1, ...row])),
      [words.sameOrder, r.sameOrder, "", "", ""],
      [words.procedure, r.procedure, "", "", ""],
    ];
  });
}

/** AHP.SCALE */
export function AHP_SCALE(matrix: any[][], scale: any): any[][] {
  return guardSpill(() => {
    const grid = readRange(matrix, "matrix");
    if (isBlank(readCell(scale, "scale")))
      throw invalid(
        `scale is blank; expected one of ${JUDGEMENT_SCALES.map((s) => `"${s}"`).join(", ")}`
      );
    return ahpScale(grid, readOption(scale, "scale", JUDGEMENT_SCALES, "saaty"));
  });
}

/** AHP.TRIADS */
export function AHP_TRIADS(matrix: any[][], names?: any[][], language?: any): any[][] {
  return guardSpill(() => {
    const { matrix: a, members, size: n } = pairwiseInUse(readRange(matrix, "matrix"));
    const grid = isOmitted(names) ? [[null]] : readRange(names, "names");
    const words = wordsFor(language);
    let labels = Array.from({ length: n }, (_, i) => String(i + 1));
    const omitted = grid.length === 1 && grid[0].length === 1 && isBlank(grid[0][0]);
    if (!omitted) {
      const cells = grid.flat();
      const { rows, cols } = gridShape(grid, "names");
      if ((rows > 1 && cols > 1) || cells.length !== n)
        throw invalid(
          `names must be a row or column of ${n} cells (one per criterion), got ${rows}×${cols}`
        );
      labels = cells.map((cell, i) => (isBlank(cell) ? String(i + 1) : String(cell)));
    }
    const triads = intransitiveTriads(a);
    return [
      [words.triads, triads.length],
      ...triads.map((t, k) => [
        words.triad(k + 1),
        [...t, t[0]].map((i) => labels[memberAt(members, i)]).join(" > "),
      ]),
    ];
  });
}

/** AHP.GCI */
export function AHP_GCI(matrix: any[][]): any {
  return guard(() => ahpGci(readRange(matrix, "matrix")));
}

/** AHP.COMPATIBILITY */
export function AHP_COMPATIBILITY(matrix: any[][], weights: any[][]): any {
  return guard(() =>
    compatibilityOf(
      pairwiseMatrix(readRange(matrix, "matrix")),
      readVector(readRange(weights, "weights"), "weights", "a weight above 0").values
    )
  );
}

/** AHP.CONSENSUS */
export function AHP_CONSENSUS(matrix: any[][][]): any {
  return guard(() => ahpConsensus(readRanges(matrix, "matrix")).consensus);
}

/** AHP.RESPONDENTS */
export function AHP_RESPONDENTS(max_cr: any, language: any, matrix: any[][][]): any[][] {
  return guardSpill(() => {
    const ranges = readRanges(matrix, "matrix");
    const words = wordsFor(language);
    const threshold = readOptionalScalar(max_cr, "max_cr", CR_THRESHOLD, "a CR threshold ≥ 0");
    const g = analyseRespondents(ranges, threshold);
    const n = g.respondents[0].weights.length;
    const na = (what: string) => toExcelError(notAvailable(what));
    const pad = (row: ExcelCell[]) => [
      ...row,
      ...new Array<ExcelCell>(4 + n - row.length).fill(""),
    ];
    const noGroup = () => na(`no respondent has CR ≤ ${formatNumber(threshold)}`);
    const rows: ExcelCell[][] = [
      [...words.respondentsHeader, ...Array.from({ length: n }, (_, j) => words.criterion(j + 1))],
      ...g.respondents.map((r, k) => [
        k + 1,
        r.cr ?? na("CR is unknown beyond n = 15"),
        r.compatibility ?? noGroup(),
        r.included ? words.yes : words.no,
        ...r.weights,
      ]),
      pad([
        words.group,
        g.groupCr ?? noGroup(),
        "",
        "",
        ...(g.group ?? new Array(n).fill(noGroup())),
      ]),
      ...words.spreadRows.map((label, s) =>
        pad([
          label,
          "",
          "",
          "",
          ...Array.from({ length: n }, (_, j) => {
            const spread = g.spread[j];
            if (!spread) return noGroup();
            const value = [spread.mean, spread.sd, spread.min, spread.max][s];
            return value ?? na("a standard deviation needs at least 2 respondents");
          }),
        ])
      ),
      pad([
        words.consensus,
        g.consensus
          ? g.consensus.consensus
          : na("the consensus needs at least 2 included respondents"),
        g.consensus ? words.bands[g.consensus.band] : "",
      ]),
      pad([
        words.leftOut,
        g.leftOut.length ? g.leftOut.map((k) => k + 1).join(", ") : words.nobody,
      ]),
    ];
    return rows;
  });
}

/** ANP.WEIGHTED */
export function ANP_WEIGHTED(
  unweighted: any[][],
  cluster_matrix: any[][],
  clusters: any[][]
): any[][] {
  return guardSpill(() =>
    anpWeighted(
      readRange(unweighted, "unweighted"),
      readRange(cluster_matrix, "cluster_matrix"),
      readRange(clusters, "clusters")
    )
  );
}

/** AHP.HIERARCHY */
export function AHP_HIERARCHY(
  items: any[][],
  parents: any[][],
  local_weights: any[][],
  mode?: any
): any[][] {
  return guardSpill(() => {
    const names = ["items", "parents", "local_weights"];
    const columns = [items, parents, local_weights].map((arg, k) => readRange(arg, names[k]));
    const ideal = readOption(mode, "mode", WEIGHT_MODES, "distributive") === "ideal";
    const cells = columns.map((grid, k) => {
      const { rows, cols } = gridShape(grid, names[k]);
      if (cols !== 1)
        throw invalid(`${names[k]} must be a single column, got ${count(cols, "column")}`);
      if (rows !== columns[0].length)
        throw invalid(
          `${names[k]} has ${count(rows, "row")} but items has ${columns[0].length}; give one per item`
        );
      return grid.map((row) => row[0]);
    });
    const rows = cells[0].map((item, r) => {
      const place = (k: number) => where(names[k], r, 0, cells[0].length, 1);
      if (isBlank(item)) throw invalid(`${place(0)} is blank; expected the item's name`);
      return {
        item: String(item),
        parent: isBlank(cells[1][r]) ? null : String(cells[1][r]),
        weight: readNumber(cells[2][r], place(2), "a local weight between 0 and 1"),
      };
    });
    const leaves = treeWeights(rows);
    const weights = leaves.map((l) => l.weight);
    const shown = ideal ? idealWeights(weights) : weights;
    return leaves.map((leaf, k) => [leaf.item, shown[k]]);
  });
}
