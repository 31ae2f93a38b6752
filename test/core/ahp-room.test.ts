/**
 * Room in a pairwise block (spec §1.1): a member whose row and column are blank, diagonal included,
 * is not in use. Weights, λmax, CI, RI and CR are then those of the members in use, checked against
 * the sub-matrix itself (mathjs eigs, and the core on the plain sub-matrix).
 */
import {
  ahpConsistency,
  ahpGci,
  ahpInconsistencies,
  ahpRoomWeights,
  ahpWeights,
  membersInUse,
  pairwiseMatrix,
  readPairwise,
} from "../../src/core";
import {
  SAATY_HOUSE,
  SPEC_3X3,
  SPEC_4X4,
  errorOf,
  expectClose,
  mathjsPrincipal,
  withRoom,
} from "../helpers/reference";

const METHODS = ["eigen", "geomean", "mean"] as const;
/** Members 1 and 3 (0-based) of a 5×5 are room: blank in Excel (null) or in Sheets (""). */
const ROOM_MEMBERS = [0, 2, 4];

describe("a 5×5 block with 2 empty members weighs as its 3×3 of members in use, to 1e-12", () => {
  for (const blank of [null, ""] as const) {
    for (const form of ["full", "upper"] as const) {
      test(`blanks as ${JSON.stringify(blank)}, ${form} matrix: weights at rows 1, 3, 5 and "" at rows 2, 4`, () => {
        const grid = withRoom(SPEC_3X3, ROOM_MEMBERS, 5, blank, form);
        const reference = mathjsPrincipal(SPEC_3X3);
        const w = ahpRoomWeights(grid);
        expect([w[1], w[3]]).toEqual(["", ""]);
        expectClose([w[0], w[2], w[4]] as number[], reference.w, 1e-12);
        for (const method of METHODS) {
          const sub = ahpWeights(SPEC_3X3, method);
          const room = ahpRoomWeights(grid, method);
          expectClose([room[0], room[2], room[4]] as number[], sub, 1e-12);
          const ideal = ahpRoomWeights(grid, method, "ideal");
          const largest = Math.max(...sub);
          expectClose(
            [ideal[0], ideal[2], ideal[4]] as number[],
            sub.map((x) => x / largest),
            1e-12
          );
          expect([ideal[1], ideal[3]]).toEqual(["", ""]);
        }
      });

      test(`blanks as ${JSON.stringify(blank)}, ${form} matrix: n = 3, λmax, CI, RI(3) = 0.58 and CR of the 3×3`, () => {
        const grid = withRoom(SPEC_3X3, ROOM_MEMBERS, 5, blank, form);
        for (const method of METHODS) {
          const room = ahpConsistency(grid, method);
          const sub = ahpConsistency(SPEC_3X3, method);
          expect(room.n).toBe(3);
          expect(room.ri).toBe(0.58);
          for (const key of ["lambdaMax", "ci", "cr"] as const)
            expect(Math.abs((room[key] as number) - (sub[key] as number))).toBeLessThan(1e-12);
        }
        expect(
          Math.abs(ahpConsistency(grid).lambdaMax - mathjsPrincipal(SPEC_3X3).lambda)
        ).toBeLessThan(1e-9);
      });
    }
  }

  test("Saaty's house in a 10×10 with the spare members last (as a template leaves them): CR 0.17 of n = 8", () => {
    const grid = withRoom(SAATY_HOUSE, [0, 1, 2, 3, 4, 5, 6, 7], 10, "");
    const room = ahpConsistency(grid);
    const sub = ahpConsistency(SAATY_HOUSE);
    expect([room.n, room.ri]).toEqual([8, 1.41]);
    expect(Math.abs((room.cr as number) - (sub.cr as number))).toBeLessThan(1e-12);
    const w = ahpRoomWeights(grid);
    expect(w.slice(8)).toEqual(["", ""]);
    expectClose(w.slice(0, 8) as number[], mathjsPrincipal(SAATY_HOUSE).w, 1e-9);
  });
});

describe("which members are in use", () => {
  test("a full matrix has no room: null, nothing allocated", () => {
    expect(membersInUse(SPEC_4X4)).toBeNull();
  });

  test("a member is in use when any cell of its row or column is filled", () => {
    // Row 2's diagonal is blank but its column holds a judgement: in use (an upper triangle).
    expect(
      membersInUse([
        [1, 3, null],
        [null, null, null],
        [null, null, null],
      ])
    ).toEqual([0, 1]);
    expect(membersInUse(withRoom(SPEC_3X3, ROOM_MEMBERS, 5, ""))).toEqual(ROOM_MEMBERS);
  });

  test("one member in use weighs 1; its CR is 0", () => {
    const grid = withRoom([[1]], [0], 3, null);
    expect(ahpRoomWeights(grid)).toEqual([1, "", ""]);
    expect(ahpConsistency(grid).cr).toBe(0);
  });
});

describe("room and its limits: messages name the grid's cells", () => {
  test("a member with its 1 on the diagonal but a judgement blank is incomplete, not room", () => {
    const grid = withRoom(SPEC_3X3, ROOM_MEMBERS, 5, null);
    grid[3][3] = 1; // the pane added a KPI at row 4 but no judgement yet
    const error = errorOf(() => ahpRoomWeights(grid));
    expect(error.kind).toBe("VALUE");
    expect(error.message).toBe(
      "matrix: 3 pairs above the diagonal are blank (row 1, column 4; row 3, column 4; row 4, column 5); " +
        'every pair needs a judgement, or complete them with AHP.COMPLETE(…, "harker")'
    );
  });

  test("a wrong reciprocal among the members in use is named at its place in the grid", () => {
    const grid = withRoom(SPEC_3X3, ROOM_MEMBERS, 5, null);
    grid[4][2] = 3; // should be 1/3
    expect(errorOf(() => ahpRoomWeights(grid)).message).toBe(
      "matrix, row 5, column 3 is 3 but must be the reciprocal of row 3, column 5 (3): expected 0.333333 (±2%) or a blank"
    );
  });

  test("a blank block has no criterion yet: #N/A naming the argument", () => {
    const error = errorOf(() =>
      ahpConsistency([
        [null, ""],
        ["", null],
      ])
    );
    expect(error).toMatchObject({
      kind: "NA",
      message: "matrix has no criterion yet: every row and column is blank; enter the judgements",
    });
    expect(errorOf(() => ahpRoomWeights([[""]])).kind).toBe("NA");
  });

  test("functions that need every criterion name the empty rows and columns", () => {
    const grid = withRoom(SPEC_3X3, ROOM_MEMBERS, 5, null);
    expect(errorOf(() => pairwiseMatrix(grid)).message).toBe(
      "matrix: rows and columns 2, 4 are blank (room for criteria not added yet); this function needs every criterion judged, so give it only the filled rows and columns"
    );
    expect(errorOf(() => pairwiseMatrix(withRoom([[1]], [0], 2, ""), "m")).message).toMatch(
      /^m: row 2 and column 2 are blank \(room/
    );
    // The reading itself leaves the room out unless told to refuse it.
    expect(readPairwise(withRoom([[1]], [0], 2, ""), "m")).toMatchObject({ members: [0], size: 2 });
  });
});

describe("the other measures of a block with room are those of its members in use", () => {
  const grid = withRoom(SPEC_4X4, [0, 1, 2, 3], 6, "");

  test("the most inconsistent judgements are named by the grid's row and column", () => {
    const sub = ahpInconsistencies(SPEC_4X4, "eigen", 6);
    const room = ahpInconsistencies(withRoom(SPEC_4X4, [0, 2, 3, 5], 6, null), "eigen", 6);
    const at = [1, 3, 4, 6];
    expect(room).toEqual(sub.map((p) => ({ ...p, row: at[p.row - 1], col: at[p.col - 1] })));
  });

  test("GCI of the 4×4", () => {
    expect(Math.abs(ahpGci(grid) - ahpGci(SPEC_4X4))).toBeLessThan(1e-12);
  });
});
