/**
 * Reading a pairwise comparison matrix — spec §1.1.
 *
 * Accepts a full reciprocal matrix or only its upper triangle (lower triangle and/or diagonal blank);
 * the rest is completed by reciprocity. When both triangles are filled they must agree within 2%
 * (|a_ij·a_ji − 1| ≤ 0.02, so 0.33 against 3 passes) and the upper triangle is authoritative.
 */
import { CellValue, Grid, cellPosition, gridShape, isBlank, readNumber, where } from "./cells";
import { count, formatNumber, invalid } from "./errors";

/** A complete, validated, reciprocal pairwise comparison matrix. */
export type PairwiseMatrix = number[][];

/** Judgements are normally on Saaty's 1/9 … 9 scale; values outside are accepted but flagged. */
export const SAATY_MIN = 1 / 9;
export const SAATY_MAX = 9;
const RECIPROCAL_TOLERANCE = 0.02;
/** A judgement is outside the scale when it passes 1/9 or 9 by more than this fraction (rounding). */
export const SCALE_ROUNDING = 1e-9;
/** Excel shows about 255 characters of a message: name this many blank pairs, then count the rest. */
const MISSING_PAIRS_SHOWN = 4;

export interface ReadPairwiseResult {
  matrix: PairwiseMatrix;
  /** Upper-triangle pairs (0-based i < j) left blank; their cells hold NaN until completed. */
  missing: [number, number][];
}

/**
 * Reads and completes a pairwise comparison matrix. With `allowMissing`, blanks in the upper
 * triangle are returned in `missing` (for Harker or λmax-optimal completion) instead of an error.
 */
export function readPairwise(grid: Grid, arg = "matrix", allowMissing = false): ReadPairwiseResult {
  const { rows, cols } = gridShape(grid, arg);
  if (rows !== cols)
    throw invalid(`${arg} is not square (${count(rows, "row")}, ${count(cols, "column")})`);
  const n = rows;
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) matrix[i] = new Array<number>(n);
  const missing: [number, number][] = [];

  for (let i = 0; i < n; i++) {
    const diagonal = grid[i][i];
    if (!isBlank(diagonal)) {
      const value = readJudgement(diagonal, arg, i, i, n);
      if (Math.abs(value - 1) > 1e-9) {
        throw invalid(
          `${where(arg, i, i, n, n)} is on the diagonal and must be 1 (or blank), got ${formatNumber(value)}`
        );
      }
    }
    matrix[i][i] = 1;
    for (let j = i + 1; j < n; j++) {
      const upper = grid[i][j];
      const lower = grid[j][i];
      if (isBlank(upper)) {
        if (!isBlank(lower)) {
          throw invalid(
            `${where(arg, i, j, n, n)} is blank but its mirror ${cellPosition(j, i, n, n)} is filled; ` +
              "enter judgements in the upper triangle (the lower one is completed by reciprocity)"
          );
        }
        missing.push([i, j]);
        matrix[i][j] = NaN;
        matrix[j][i] = NaN;
        continue;
      }
      const aij = readJudgement(upper, arg, i, j, n);
      if (!isBlank(lower)) {
        const aji = readJudgement(lower, arg, j, i, n);
        if (Math.abs(aij * aji - 1) > RECIPROCAL_TOLERANCE) {
          throw invalid(
            `${where(arg, j, i, n, n)} is ${formatNumber(aji)} but must be the reciprocal of ` +
              `row ${i + 1}, column ${j + 1} (${formatNumber(aij)}): expected ${formatNumber(1 / aij)} (±2%) or a blank`
          );
        }
      }
      matrix[i][j] = aij;
      matrix[j][i] = 1 / aij;
    }
  }
  if (missing.length > 0 && !allowMissing) throw missingPairs(missing, arg, n);
  return { matrix, missing };
}

/** Spec §1.4: by default skipped pairs are an error that names them (the first few, and how many). */
function missingPairs(missing: [number, number][], arg: string, n: number): Error {
  const [first] = missing;
  if (missing.length === 1) {
    return invalid(
      `${where(arg, first[0], first[1], n, n)} is blank; every pair above the diagonal needs a judgement`
    );
  }
  const shown = missing.slice(0, MISSING_PAIRS_SHOWN).map(([i, j]) => cellPosition(i, j, n, n));
  const more = missing.length > shown.length ? `; and ${missing.length - shown.length} more` : "";
  return invalid(
    `${arg}: ${missing.length} pairs above the diagonal are blank (${shown.join("; ")}${more}); ` +
      'every pair needs a judgement, or complete them with AHP.COMPLETE(…, "harker")'
  );
}

/** A complete pairwise matrix, or an error naming the blank pairs. */
export function pairwiseMatrix(grid: Grid, arg = "matrix"): PairwiseMatrix {
  return readPairwise(grid, arg, false).matrix;
}

function readJudgement(value: CellValue, arg: string, i: number, j: number, n: number): number {
  const place = where(arg, i, j, n, n);
  const number = readNumber(value, place, "a positive number (a judgement such as 3 or 1/3)");
  if (number <= 0) throw invalid(`${place} must be a positive number, got ${formatNumber(number)}`);
  return number;
}

/** Cells of the upper triangle outside Saaty's 1/9 … 9 scale (0-based), for the checking functions. */
export function outOfScale(matrix: PairwiseMatrix): { row: number; col: number; value: number }[] {
  const found: { row: number; col: number; value: number }[] = [];
  const n = matrix.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = matrix[i][j];
      if (value < SAATY_MIN * (1 - SCALE_ROUNDING) || value > SAATY_MAX * (1 + SCALE_ROUNDING))
        found.push({ row: i, col: j, value });
    }
  }
  return found;
}

/** The Saaty-scale value nearest to a ratio: integers 1…9 above 1, their reciprocals below. */
export function nearestSaatyValue(ratio: number): number {
  if (ratio >= 1) return Math.min(SAATY_MAX, Math.max(1, Math.round(ratio)));
  return 1 / Math.min(SAATY_MAX, Math.max(1, Math.round(1 / ratio)));
}
