/**
 * A pairwise block with room for more criteria (spec §1.1), passed as Excel passes ranges: blank
 * cells as null (or "", as some hosts do). The answers must be those of the members in use, computed
 * independently here from the sub-matrix, with "" where a member is not in use.
 */
import { installCustomFunctions, isExcelError } from "../helpers/custom-functions";
installCustomFunctions();

import * as xl from "../../src/functions/functions";
import * as bodies from "../../src/functions/on-demand";
import { SPEC_3X3, SPEC_4X4, withRoom } from "../helpers/reference";

const sub = (values: unknown[][], rows: number[]) => rows.map((r) => values[r]);

describe("AHP.WEIGHTS, AHP.CR and AHP.CHECK of a block with room", () => {
  for (const blank of [null, ""] as const) {
    const grid = withRoom(SPEC_3X3, [0, 2, 4], 5, blank, "upper");

    test(`blanks as ${JSON.stringify(blank)}: AHP.WEIGHTS keeps 5 rows, "" at rows 2 and 4, for every method and mode`, () => {
      for (const method of ["eigen", "geomean", "mean"])
        for (const mode of ["distributive", "ideal"]) {
          const room = xl.AHP_WEIGHTS(grid, method, mode) as unknown[][];
          const plain = xl.AHP_WEIGHTS(SPEC_3X3, method, mode) as number[][];
          expect(room).toHaveLength(5);
          expect([room[1], room[3]]).toEqual([[""], [""]]);
          sub(room, [0, 2, 4]).forEach(([w], k) =>
            expect(Math.abs((w as number) - plain[k][0])).toBeLessThan(1e-12)
          );
        }
    });

    test(`blanks as ${JSON.stringify(blank)}: AHP.CR and AHP.CHECK use n = 3 (RI 0.58), as the 3×3`, () => {
      expect(Math.abs((xl.AHP_CR(grid) as number) - (xl.AHP_CR(SPEC_3X3) as number))).toBeLessThan(
        1e-12
      );
      const room = xl.AHP_CHECK(grid, "geomean", null, "id") as unknown[][];
      const plain = xl.AHP_CHECK(SPEC_3X3, "geomean", null, "id") as unknown[][];
      expect(room[2][1]).toBe(0.58);
      room.forEach((row, k) => {
        expect(row[0]).toBe(plain[k][0]);
        if (typeof row[1] === "number")
          expect(Math.abs(row[1] - (plain[k][1] as number))).toBeLessThan(1e-12);
        else expect(row[1]).toBe(plain[k][1]);
      });
    });
  }

  test("AHP.CHECK names a judgement outside 1/9…9 by its cell in the block", () => {
    const grid = withRoom(
      [
        [1, 12],
        [1 / 12, 1],
      ],
      [0, 2],
      4,
      null
    );
    const check = xl.AHP_CHECK(grid) as unknown[][];
    expect(check[5][1]).toBe("1: row 1, column 3");
  });

  test("an all-blank block is #N/A naming the argument; a 1 on the diagonal without its judgements is the incomplete-matrix error", () => {
    const blank = xl.AHP_WEIGHTS(withRoom([[1]], [], 3, null)) as unknown[][];
    expect(isExcelError(blank[0][0])).toBe(true);
    expect(blank[0][0]).toMatchObject({
      code: "#N/A",
      message: "matrix has no criterion yet: every row and column is blank; enter the judgements",
    });
    const grid = withRoom(SPEC_3X3, [0, 1, 2], 4, null, "upper");
    grid[3][3] = 1;
    expect((xl.AHP_CR(grid) as { message: string }).message).toMatch(
      /^matrix: 3 pairs above the diagonal are blank \(row 1, column 4; row 2, column 4; row 3, column 4\); .*AHP\.COMPLETE/
    );
  });
});

describe("the other functions of a block with room", () => {
  const grid = withRoom(SPEC_4X4, [0, 1, 3, 4], 6, null, "upper");
  const at = [1, 2, 4, 5];

  test("AHP.SUGGEST names the grid's rows and columns, with the 4×4's suggestions", () => {
    const room = bodies.AHP_SUGGEST(grid, 6) as unknown[][];
    const plain = bodies.AHP_SUGGEST(SPEC_4X4, 6) as unknown[][];
    expect(room[0]).toEqual(plain[0]);
    expect(room.slice(1)).toEqual(
      plain
        .slice(1)
        .map(([r, c, ...rest]) => [at[(r as number) - 1], at[(c as number) - 1], ...rest])
    );
  });

  test("AHP.UNCERTAINTY keeps one row per member: the 4×4's rows, blanks at rows 3 and 6", () => {
    const room = bodies.AHP_UNCERTAINTY(grid, 1.5, 200, 7) as unknown[][];
    const plain = bodies.AHP_UNCERTAINTY(SPEC_4X4, 1.5, 200, 7) as unknown[][];
    expect(room).toHaveLength(plain.length + 2);
    expect(room[0]).toEqual(plain[0]);
    expect([room[3], room[6]]).toEqual([
      [3, "", "", "", ""],
      [6, "", "", "", ""],
    ]);
    expect(at.map((k) => room[k].slice(1))).toEqual([1, 2, 3, 4].map((k) => plain[k].slice(1)));
    expect(room.slice(7)).toEqual(plain.slice(5));
  });

  test("AHP.TRIADS names a cycle by the members' own names", () => {
    const cycle = withRoom(
      [
        [1, 3, 1 / 3],
        [1 / 3, 1, 3],
        [3, 1 / 3, 1],
      ],
      [0, 2, 3],
      4,
      ""
    );
    expect(bodies.AHP_TRIADS(cycle, [["Cost", "(room)", "Quality", "Speed"]])).toEqual([
      ["Intransitive triads", 1],
      ["Triad 1", "Cost > Quality > Speed > Cost"],
    ]);
  });

  test("AHP.COMPLETE completes the members in use (Harker) and leaves the room empty", () => {
    const skipped = withRoom(SPEC_4X4, [0, 1, 3, 4], 6, null, "upper");
    skipped[0][4] = null; // a_14 of the 4×4 (row 1, column 5 of the block) not judged yet
    const plainUpper = withRoom(SPEC_4X4, [0, 1, 2, 3], 4, null, "upper");
    plainUpper[0][3] = null;
    const room = bodies.AHP_COMPLETE(skipped, "harker") as unknown[][];
    const plain = bodies.AHP_COMPLETE(plainUpper, "harker") as number[][];
    expect(room).toHaveLength(6);
    for (let g = 0; g < 6; g++)
      for (let h = 0; h < 6; h++) {
        const i = at.indexOf(g + 1);
        const j = at.indexOf(h + 1);
        if (i < 0 || j < 0) expect(room[g][h]).toBe("");
        else expect(Math.abs((room[g][h] as number) - plain[i][j])).toBeLessThan(1e-12);
      }
    expect((bodies.AHP_COMPLETE(skipped) as { message: string }[][])[0][0].message).toBe(
      "upper_triangle, row 1, column 5 is blank; every pair above the diagonal needs a judgement"
    );
  });

  test("AHP.GCI is the 4×4's", () => {
    expect(
      Math.abs((bodies.AHP_GCI(grid) as number) - (bodies.AHP_GCI(SPEC_4X4) as number))
    ).toBeLessThan(1e-12);
  });

  test("AHP.GROUP, AHP.SCALE and AHP.COMPATIBILITY ask for the filled rows and columns only", () => {
    for (const result of [
      bodies.AHP_GROUP([grid, grid]),
      bodies.AHP_SCALE(grid, "balanced"),
    ] as unknown[][][])
      expect(result[0][0]).toMatchObject({
        code: "#VALUE!",
        message: expect.stringMatching(/^matrix1?: rows and columns 3, 6 are blank \(room/),
      });
    expect(bodies.AHP_COMPATIBILITY(grid, [[0.4], [0.3], [0.2], [0.1]])).toMatchObject({
      code: "#VALUE!",
    });
  });
});
