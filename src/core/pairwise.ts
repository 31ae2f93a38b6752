/**
 * Reading a pairwise comparison matrix — spec §1.1.
 *
 * Accepts a full reciprocal matrix or only its upper triangle (lower triangle and/or diagonal blank);
 * the rest is completed by reciprocity. When both triangles are filled they must agree within 2%
 * (|a_ij·a_ji − 1| ≤ 0.02, so 0.33 against 3 passes) and the upper triangle is authoritative.
 *
 * A member whose row and column are entirely blank (diagonal included) is not in use: room left in
 * a block for a criterion added later (spec §1.1). The functions that accept such room compute on
 * the members in use and answer "" at the others; those that need every criterion judged refuse it
 * (no-room.ts).
 */
import { CellValue, Grid, cellPosition, gridShape, isBlank, readNumber, where } from "./cells";
import { count, formatNumber, invalid, notAvailable } from "./errors";

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

/** The error for a grid that leaves room, from the members in use and the grid's size. */
export type RoomRefusal = (members: readonly number[], arg: string, size: number) => Error;

export interface ReadPairwiseResult {
  /** The matrix of the members in use (all of them, unless the grid has room). */
  matrix: PairwiseMatrix;
  /** Upper-triangle pairs (0-based i < j, in `matrix`) left blank; they hold NaN until completed. */
  missing: [number, number][];
  /** The grid's rows (0-based) that `matrix` holds, in order; null when every member is in use. */
  members: number[] | null;
  /** The grid's size m (members in use and room). */
  size: number;
}

/**
 * Reads and completes a pairwise comparison matrix. With `allowMissing`, blanks in the upper
 * triangle are returned in `missing` (for Harker or λmax-optimal completion) instead of an error.
 * Members not in use are left out (`members` says which remain), unless `refuseRoom` says what error
 * they are (no-room.ts). Messages name cells by their place in the grid.
 */
export function readPairwise(
  grid: Grid,
  arg = "matrix",
  allowMissing = false,
  refuseRoom?: RoomRefusal
): ReadPairwiseResult {
  const { rows, cols } = gridShape(grid, arg);
  if (rows !== cols)
    throw invalid(`${arg} is not square (${count(rows, "row")}, ${count(cols, "column")})`);
  const size = rows;
  const members = membersInUse(grid);
  if (members !== null) {
    if (members.length === 0)
      throw notAvailable(
        `${arg} has no criterion yet: every row and column is blank; enter the judgements`
      );
    if (refuseRoom) throw refuseRoom(members, arg, size);
  }
  const n = members === null ? size : members.length;
  const at = (k: number) => memberAt(members, k);
  const matrix: number[][] = new Array(n);
  for (let i = 0; i < n; i++) matrix[i] = new Array<number>(n);
  const missing: [number, number][] = [];

  // memberAt inlined below: this loop runs for every cell of every call.
  for (let i = 0; i < n; i++) {
    const gi = members === null ? i : members[i];
    const diagonal = grid[gi][gi];
    if (!isBlank(diagonal)) {
      const value = readJudgement(diagonal, arg, gi, gi, size);
      if (Math.abs(value - 1) > 1e-9) {
        throw invalid(
          `${where(arg, gi, gi, size, size)} is on the diagonal and must be 1 (or blank), got ${formatNumber(value)}`
        );
      }
    }
    matrix[i][i] = 1;
    for (let j = i + 1; j < n; j++) {
      const gj = members === null ? j : members[j];
      const upper = grid[gi][gj];
      const lower = grid[gj][gi];
      if (isBlank(upper)) {
        if (!isBlank(lower)) {
          throw invalid(
            `${where(arg, gi, gj, size, size)} is blank but its mirror ${cellPosition(gj, gi, size, size)} is filled; ` +
              "enter judgements in the upper triangle (the lower one is completed by reciprocity)"
          );
        }
        missing.push([i, j]);
        matrix[i][j] = NaN;
        matrix[j][i] = NaN;
        continue;
      }
      const aij = readJudgement(upper, arg, gi, gj, size);
      if (!isBlank(lower)) {
        const aji = readJudgement(lower, arg, gj, gi, size);
        if (Math.abs(aij * aji - 1) > RECIPROCAL_TOLERANCE) {
          throw invalid(
            `${where(arg, gj, gi, size, size)} is ${formatNumber(aji)} but must be the reciprocal of ` +
              `row ${gi + 1}, column ${gj + 1} (${formatNumber(aij)}): expected ${formatNumber(1 / aij)} (±2%) or a blank`
          );
        }
      }
      matrix[i][j] = aij;
      matrix[j][i] = 1 / aij;
    }
  }
  if (missing.length > 0 && !allowMissing) throw missingPairs(missing, arg, size, at);
  return { matrix, missing, members, size };
}

/**
 * The members in use (0-based rows), or null when all are — the usual case, which allocates
 * nothing. A member is not in use when its whole row and column are blank, diagonal included.
 */
export function membersInUse(grid: Grid): number[] | null {
  const n = grid.length;
  let members: number[] | null = null;
  for (let k = 0; k < n; k++) {
    if (!isEmptyMember(grid, k, n)) {
      members?.push(k);
    } else if (members === null) {
      members = [];
      for (let j = 0; j < k; j++) members.push(j);
    }
  }
  return members;
}

/** The grid's row (0-based) of the k-th member in use. */
export function memberAt(members: readonly number[] | null, k: number): number {
  return members === null ? k : members[k];
}

function isEmptyMember(grid: Grid, k: number, n: number): boolean {
  const row = grid[k];
  for (let j = 0; j < n; j++) if (!isBlank(row[j]) || !isBlank(grid[j][k])) return false;
  return true;
}

/** A complete matrix of the members in use, where the grid may leave room for more. */
export interface PairwiseInUse {
  matrix: PairwiseMatrix;
  members: number[] | null;
  size: number;
}

/** The members in use of a grid that may have room, complete; blank pairs between them are an error. */
export function pairwiseInUse(grid: Grid, arg = "matrix"): PairwiseInUse {
  const { matrix, members, size } = readPairwise(grid, arg);
  return { matrix, members, size };
}

/**
 * One value per member of the grid: the values of the members in use in their places, "" (a blank
 * cell) for the others. Without room the values are returned as they are.
 */
export function atMembers<T>(values: T[], inUse: PairwiseInUse): (T | "")[] {
  const { members, size } = inUse;
  if (members === null) return values;
  const out = new Array<T | "">(size).fill("");
  for (let k = 0; k < members.length; k++) out[members[k]] = values[k];
  return out;
}

/** Spec §1.4: by default skipped pairs are an error that names them (the first few, and how many). */
function missingPairs(
  missing: [number, number][],
  arg: string,
  n: number,
  at: (k: number) => number
): Error {
  const [first] = missing;
  if (missing.length === 1) {
    return invalid(
      `${where(arg, at(first[0]), at(first[1]), n, n)} is blank; every pair above the diagonal needs a judgement`
    );
  }
  const shown = missing
    .slice(0, MISSING_PAIRS_SHOWN)
    .map(([i, j]) => cellPosition(at(i), at(j), n, n));
  const more = missing.length > shown.length ? `; and ${missing.length - shown.length} more` : "";
  return invalid(
    `${arg}: ${missing.length} pairs above the diagonal are blank (${shown.join("; ")}${more}); ` +
      'every pair needs a judgement, or complete them with AHP.COMPLETE(…, "harker")'
  );
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
