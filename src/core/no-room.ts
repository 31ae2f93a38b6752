/**
 * Pairwise matrices for the functions that need every criterion judged (AHP.GROUP, AHP.CONSENSUS,
 * AHP.SCALE, AHP.COMPATIBILITY, a completion without room): a grid that leaves room for criteria not
 * added yet (spec §1.1) is an error that names its empty rows and columns. Apart from pairwise.ts
 * because the functions the templates write all accept room: Excel's custom-functions bundle, which
 * every workbook loads, then carries none of this.
 */
import { Grid } from "./cells";
import { invalid } from "./errors";
import { PairwiseMatrix, readPairwise } from "./pairwise";

/** Names the empty rows and columns (1-based) of a grid whose `members` are the ones in use. */
export function roomNotAccepted(members: readonly number[], arg: string, size: number): Error {
  const empty: number[] = [];
  for (let k = 0, next = 0; k < size; k++) {
    if (members[next] === k) next++;
    else empty.push(k + 1);
  }
  const which =
    empty.length === 1
      ? `row ${empty[0]} and column ${empty[0]} are blank`
      : `rows and columns ${empty.join(", ")} are blank`;
  return invalid(
    `${arg}: ${which} (room for criteria not added yet); this function needs every criterion judged, so give it only the filled rows and columns`
  );
}

/** A complete pairwise matrix of every member, or an error naming the blank pairs or the room. */
export function pairwiseMatrix(grid: Grid, arg = "matrix"): PairwiseMatrix {
  return readPairwise(grid, arg, false, roomNotAccepted).matrix;
}
