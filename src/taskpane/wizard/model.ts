/**
 * The pairwise-comparison wizard as plain data and pure functions (no React): answers on the
 * questionnaire's two-sided scale → a reciprocal matrix → weights, consistency and the most
 * inconsistent judgement, all from src/core. The components only show what these return.
 *
 * The questionnaire form (seed 001, spec §1.1) is a row "C1 9 8 7 6 5 4 3 2 1 2 3 4 5 6 7 8 9 F1".
 * A position on it is an integer from −8 (the far left: C1 9× more important) through 0 (equal)
 * to +8 (the far right: F1 9× more important), so a slider from −8 to 8 reads like the printed row.
 */
import {
  CR_THRESHOLD,
  ahpGroup,
  ahpInconsistencies,
  consistencyOf,
  nearestSaatyValue,
  type Consistency,
  type Inconsistency,
} from "../../core";
import { AHP_CHECK_FORMATS, AHP_RI_TABLE, ahpCheckFormula } from "../../templates/ahp-formulas";
import { judgementCell } from "../../templates/ahp-sheet";
import { cellAddress, rangeAddress } from "../../sheet/a1";
import type { Lang, Scalar } from "../../sheet/plan";
import { L } from "../../templates/text";
import type { Text } from "../../sheet/text";
import type { CellBlock } from "../../workbook/port";
import { SCALE_STEPS } from "./bounds";
import type { Scores } from "./bounds";

/** The random-index table every CR in the pane uses, and names beside it (spec §1.3). */
export const RI_TABLE = AHP_RI_TABLE;
export { MAX_CRITERIA, MIN_CRITERIA, SCALE_STEPS, criteriaProblem } from "./bounds";
export type { CriteriaProblem } from "./bounds";

/** One respondent's answers: scale position by pair key "i-j" (i < j, 0-based). Missing = 0 (equal). */
export type Answers = Record<string, number>;

/** Which answers are shown: respondent k (0-based) or the group. */
export type WizardView = number | "group";

/** The wizard's work: what the pane keeps with the document (wizard/kept.ts). */
export interface WizardData {
  criteriaText: string;
  /** The last valid criteria list (kept while the text is being edited into something invalid). */
  criteria: string[];
  respondents: Answers[];
  view: WizardView;
  /** Only respondents with CR ≤ maxCr form the group; null: all of them. */
  maxCr: number | null;
  /** The sensitivity view's scores (0–10) per criterion name, one per option. */
  scores: Scores;
  /** How many options the scores compare (1: one scorecard and its traffic light). */
  options: number;
}

export function pairKey(i: number, j: number): string {
  return `${i}-${j}`;
}

/** Every pair i < j in questionnaire order: (0,1), (0,2), …, (1,2), … */
export function pairsOf(n: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
  return pairs;
}

/** Scale position → a_ij (spec §1.1): left k → k, right k → 1/k, the middle → 1. */
export function judgementOf(position: number): number {
  const steps = Math.max(-SCALE_STEPS, Math.min(SCALE_STEPS, Math.round(position)));
  return steps <= 0 ? 1 - steps : 1 / (1 + steps);
}

/** a_ij on Saaty's scale → scale position (the inverse of judgementOf; other values are rounded first). */
export function positionOf(judgement: number): number {
  const value = nearestSaatyValue(judgement);
  return value >= 1 ? 1 - Math.round(value) : Math.round(1 / value) - 1;
}

/** Who is more important, and how many times, for a sentence: "C1 is 5× more important than F1". */
export interface Reading {
  /** Index of the more important criterion (the left one when equal). */
  winner: number;
  loser: number;
  /** 1 = equal, else 2…9. */
  times: number;
}

export function readingOf(i: number, j: number, position: number): Reading {
  const a = judgementOf(position);
  if (a >= 1) return { winner: i, loser: j, times: Math.round(a) };
  return { winner: j, loser: i, times: Math.round(1 / a) };
}

/** The n×n reciprocal matrix from one respondent's answers: a_ij = judgement, a_ji = 1/a_ij, a_ii = 1. */
export function matrixOf(n: number, answers: Answers): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (const [i, j] of pairsOf(n)) {
    const value = judgementOf(answers[pairKey(i, j)] ?? 0);
    a[i][j] = value;
    a[j][i] = 1 / value;
  }
  return a;
}

/** The group matrix: element-wise geometric mean of the respondents' matrices (AIJ, spec §1.4). */
export function groupMatrixOf(n: number, respondents: readonly Answers[]): number[][] {
  return ahpGroup(respondents.map((answers) => matrixOf(n, answers)));
}

export interface Analysis {
  matrix: number[][];
  consistency: Consistency;
  /** CR above 0.10 (never for n ≤ 2). */
  isInconsistent: boolean;
  /** The most inconsistent judgements, worst first (top three); empty for n < 3. */
  inconsistencies: Inconsistency[];
}

/** Weights (eigen), λmax, CI, CR against saaty1980, and the worst judgements. */
export function analyse(matrix: number[][]): Analysis {
  const consistency = consistencyOf(matrix, "eigen", RI_TABLE);
  const isInconsistent = consistency.cr !== null && consistency.cr > CR_THRESHOLD;
  const inconsistencies = matrix.length >= 3 ? ahpInconsistencies(matrix, "eigen", 3) : [];
  return { matrix, consistency, isInconsistent, inconsistencies };
}

/**
 * The suggestion as a new scale position for pair (row−1, col−1): the nearest Saaty value to w_i/w_j.
 * When that is the answer already given (the ratio lies just past half a step), the answer moves one
 * step towards the ratio, so "Apply suggestion" always changes something.
 */
export function fixOf(
  inconsistency: Inconsistency,
  answers: Answers
): { key: string; position: number } {
  const key = pairKey(inconsistency.row - 1, inconsistency.col - 1);
  const current = answers[key] ?? 0;
  let position = positionOf(inconsistency.suggestedScale);
  if (position === current) {
    const towardsLarger = inconsistency.suggested > judgementOf(current);
    position = Math.max(-SCALE_STEPS, Math.min(SCALE_STEPS, current + (towardsLarger ? -1 : 1)));
  }
  return { key, position };
}

/** Why one of the most inconsistent pairs is not the one "Apply suggestion" changes. */
export interface SkippedPair {
  /** 0-based criteria of the pair. */
  row: number;
  col: number;
  /**
   * "atEnd": the answer is already at the end of the scale and the ratio lies beyond it;
   * "noGain": the change would not lower CR.
   */
  reason: "atEnd" | "noGain";
}

/** What "Apply suggestion" will do: one pair, the position it gets, and the CR that follows. */
export interface FixPlan {
  /** 0-based criteria of the pair that changes. */
  row: number;
  col: number;
  key: string;
  /** The scale position now and after. */
  from: number;
  position: number;
  crBefore: number | null;
  crAfter: number | null;
}

/**
 * The change "Apply suggestion" makes: the fix of the most inconsistent pair (fixOf), or — when that
 * cannot change the answer (it is already 9 or 1/9 and w_i/w_j lies beyond) or would not lower CR —
 * the next of the top three whose fix lowers CR. `plan` is null when none does; `skipped` lists the
 * more inconsistent pairs passed over, and why.
 */
export function fixPlanOf(
  analysis: Analysis,
  answers: Answers
): { plan: FixPlan | null; skipped: SkippedPair[] } {
  const n = analysis.matrix.length;
  const crBefore = analysis.consistency.cr;
  const skipped: SkippedPair[] = [];
  for (const inconsistency of analysis.inconsistencies) {
    const row = inconsistency.row - 1;
    const col = inconsistency.col - 1;
    const { key, position } = fixOf(inconsistency, answers);
    const from = answers[key] ?? 0;
    if (position === from) {
      skipped.push({ row, col, reason: "atEnd" });
      continue;
    }
    const crAfter = consistencyOf(
      matrixOf(n, withAnswer(answers, key, position)),
      "eigen",
      RI_TABLE
    ).cr;
    if (crBefore !== null && (crAfter === null || crAfter >= crBefore)) {
      skipped.push({ row, col, reason: "noGain" });
      continue;
    }
    return { plan: { row, col, key, from, position, crBefore, crAfter }, skipped };
  }
  return { plan: null, skipped };
}

/** Answers with one pair changed (a new object: the state stays immutable). */
export function withAnswer(answers: Answers, key: string, position: number): Answers {
  return { ...answers, [key]: Math.max(-SCALE_STEPS, Math.min(SCALE_STEPS, Math.round(position))) };
}

/** Criteria from a textarea: one per line, trimmed, blanks dropped. */
export function parseCriteria(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Criteria from the selected range: every non-blank cell, row by row (a row or a column of names). */
export function criteriaFromCells(values: readonly (readonly Scalar[])[]): string[] {
  const names: string[] = [];
  for (const row of values) {
    for (const cell of row) {
      if (cell === null || cell === undefined) continue;
      const text = String(cell).trim();
      if (text) names.push(text);
    }
  }
  return names;
}

/**
 * Whether `after` is `before` with exactly one name changed in place (same length, one position
 * differs): typing inside a name. Answers then stay with their positions; for any other change they
 * follow the names (carryAnswers).
 */
export function isSingleRename(before: readonly string[], after: readonly string[]): boolean {
  if (before.length !== after.length) return false;
  let changed = 0;
  for (let k = 0; k < before.length; k++) if (before[k] !== after[k]) changed++;
  return changed === 1;
}

/**
 * Answers kept across an edit of the criteria list: a pair keeps its answer when both names are
 * still there (in either order; swapped order mirrors the position). Pairs with a new name start
 * at equal.
 */
export function carryAnswers(
  before: readonly string[],
  after: readonly string[],
  answers: Answers
): Answers {
  const index = new Map(before.map((name, k) => [name, k]));
  const carried: Answers = {};
  for (const [i, j] of pairsOf(after.length)) {
    const bi = index.get(after[i]);
    const bj = index.get(after[j]);
    if (bi === undefined || bj === undefined) continue;
    const position =
      bi < bj ? answers[pairKey(bi, bj)] : -(answers[pairKey(bj, bi)] ?? 0) || undefined;
    if (position !== undefined && position !== 0) carried[pairKey(i, j)] = position;
  }
  return carried;
}

/** Labels the inserted block carries, in the pane's language. */
export interface BlockLabels {
  title: string;
  weight: string;
  check: string;
  /** AHP.CHECK's `language`: its labels and verdict in the same language as the titles. */
  lang: Lang;
}

/** The block's words: sheet text, so beside the code that writes it (see CONTRIBUTING.md). */
export const BLOCK_TEXT = {
  title: { id: "Perbandingan berpasangan AHP", en: "AHP pairwise comparison" },
  respondent: (k: number): Text => ({ id: `Responden ${k}`, en: `Respondent ${k}` }),
  groupTitle: (count: number): Text => ({
    id: `Matriks kelompok AHP (rata-rata geometrik ${count} responden)`,
    en: `AHP group matrix (geometric mean of ${count} respondents)`,
  }),
  check: (table: string): Text => ({
    id: `Konsistensi (tabel RI ${table})`,
    en: `Consistency (RI table ${table})`,
  }),
} satisfies Record<string, Text | ((value: never) => Text)>;

/**
 * The labels of the block inserted from `view` (a respondent, 0-based, or the group), in `lang`:
 * the title names the respondent only when there are several.
 */
export function blockLabels(lang: Lang, view: number | "group", respondents: number): BlockLabels {
  const title =
    view === "group"
      ? BLOCK_TEXT.groupTitle(respondents)[lang]
      : respondents > 1
        ? `${BLOCK_TEXT.title[lang]} — ${BLOCK_TEXT.respondent(view + 1)[lang]}`
        : BLOCK_TEXT.title[lang];
  return { title, weight: L.weight[lang], check: BLOCK_TEXT.check(RI_TABLE)[lang], lang };
}

/** Size of the inserted block for n criteria: title, header, n rows, a gap, the check's title and six rows. */
export function blockSize(n: number): { rows: number; columns: number } {
  return { rows: n + 10, columns: n + 2 };
}

/**
 * A respondent's matrix into `grid` from block row `first`, column 1 (`at` gives a block cell's A1
 * address): the upper triangle as the judgements typed, the lower =1/… of its mirror, the diagonal 1.
 */
export function writeJudgements(
  grid: { rows: Scalar[][]; numberFormat: string[][] },
  first: number,
  matrix: number[][],
  at: (row: number, col: number) => string
): void {
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const r = first + i;
      grid.numberFormat[r][1 + j] = "0.00";
      if (i === j) grid.rows[r][1 + j] = 1;
      else if (j > i) grid.rows[r][1 + j] = judgementCell(matrix[i][j]);
      else grid.rows[r][1 + j] = `=1/${at(first + j, 1 + i)}`;
    }
  }
}

/**
 * The block the wizard inserts with its top-left at `origin` (0-based row/column of the selected cell):
 *
 *   title
 *   ""     C1  C2  C3  Weight
 *   C1     1   3   5   =AHP.WEIGHTS(matrix)      ← spills n rows
 *   C2     =1/C3 1  3
 *   C3     =1/D3 =1/D4 1
 *   (gap)
 *   Consistency (RI table saaty1980)
 *   =AHP.CHECK(matrix,"eigen","saaty1980","id")   ← spills 6 rows × 2 columns, in the pane's language
 *
 * The upper triangle holds the judgements as numbers (1/3 as =1/3, as a person types it), the
 * lower triangle =1/… of its mirror so an auditor can trace every reciprocal, the diagonal 1.
 */
export function insertBlock(
  criteria: readonly string[],
  matrix: number[][],
  origin: { row: number; col: number },
  labels: BlockLabels
): CellBlock {
  const n = criteria.length;
  const { rows: height, columns: width } = blockSize(n);
  const rows: Scalar[][] = Array.from({ length: height }, () =>
    new Array<Scalar>(width).fill(null)
  );
  const numberFormat: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const at = (r: number, c: number) => cellAddress(origin.row + r, origin.col + c);
  const first = 2; // the first matrix row inside the block
  const matrixRange = rangeAddress(
    origin.row + first,
    origin.col + 1,
    origin.row + first + n - 1,
    origin.col + n
  );

  rows[0][0] = labels.title;
  criteria.forEach((name, j) => {
    rows[1][1 + j] = name;
    rows[first + j][0] = name;
    numberFormat[1][1 + j] = "@";
    numberFormat[first + j][0] = "@";
  });
  rows[1][n + 1] = labels.weight;
  writeJudgements({ rows, numberFormat }, first, matrix, at);
  rows[first][n + 1] = `=AHP.WEIGHTS(${matrixRange})`;
  for (let i = 0; i < n; i++) numberFormat[first + i][n + 1] = "0.0000";
  const checkTitle = first + n + 1;
  rows[checkTitle][0] = labels.check;
  rows[checkTitle + 1][0] = ahpCheckFormula(matrixRange, labels.lang);
  // AHP.CHECK's values: λmax, CI, RI, CR, the verdict (text), judgements outside 1/9…9 (a count).
  AHP_CHECK_FORMATS.forEach(
    (format, k) => (numberFormat[checkTitle + 1 + k][1] = format ?? "General")
  );
  for (const r of [0, 1, checkTitle]) {
    for (let c = 0; c < width; c++) if (typeof rows[r][c] === "string") numberFormat[r][c] = "@";
  }
  return {
    rows,
    numberFormat,
    spills: [
      { row: first, col: n + 1, rows: n, columns: 1 },
      { row: checkTitle + 1, col: 0, rows: 6, columns: 2 },
    ],
  };
}
