import { anpLimit } from "../../src/core";
import { errorOf, expectClose } from "../helpers/reference";

describe("ANP limit supermatrix (spec §2)", () => {
  test("nearly periodic 40×40 (two clusters passing 99.99 % to each other): the limit is uniform, 1/40 everywhere", () => {
    // λ2 = −0.9998: plain powers need ~10^5 steps to agree within 1e-12; squaring gets there fast.
    const n = 40;
    const eps = 1e-4;
    const w = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i < n / 2 === j < n / 2 ? eps : 1 - eps) / (n / 2))
    );
    anpLimit(w).forEach((row) => expectClose(row, new Array(n).fill(1 / n), 1e-9));
  });

  test("a 3-cycle fed by a node leaking 0.3 % per step (odd period, slow transient): each cycle node 1/3 in every column", () => {
    const leak = 0.003;
    const limit = anpLimit([
      [0, 0, 1, leak / 3],
      [1, 0, 0, leak / 3],
      [0, 1, 0, leak / 3],
      [0, 0, 0, 1 - leak],
    ]);
    for (const row of [0, 1, 2]) expectClose(limit[row], [1 / 3, 1 / 3, 1 / 3, 1 / 3], 1e-9);
    expectClose(limit[3], [0, 0, 0, 0], 1e-9);
  });

  test("a 2-cycle fed by a slowly leaking node: the Cesàro average, all weight in the cycle", () => {
    const leak = 1e-3;
    const limit = anpLimit([
      [0, 1, leak / 2],
      [1, 0, leak / 2],
      [0, 0, 1 - leak],
    ]);
    expectClose(limit[0], [0.5, 0.5, 0.5], 1e-9);
    expectClose(limit[1], [0.5, 0.5, 0.5], 1e-9);
    expectClose(limit[2], [0, 0, 0], 1e-9);
  });

  test("primitive W: every column converges to (10, 13, 11)/34", () => {
    const limit = anpLimit([
      [0.3, 0.2, 0.4],
      [0.1, 0.5, 0.5],
      [0.6, 0.3, 0.1],
    ]);
    for (let j = 0; j < 3; j++)
      expectClose(
        limit.map((row) => row[j]),
        [10 / 34, 13 / 34, 11 / 34],
        1e-9
      );
  });

  test("cycling W (powers alternate): the Cesàro average of the cycle", () => {
    const limit = anpLimit([
      [0, 1],
      [1, 0],
    ]);
    expectClose(limit.flat(), [0.5, 0.5, 0.5, 0.5], 1e-12);
    // A 3-cycle: every node gets 1/3.
    const three = anpLimit([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expectClose(three.flat(), new Array(9).fill(1 / 3), 1e-12);
  });

  test("a sink (absorbing block): all weight ends in the sink", () => {
    // Node 3 keeps its weight (column 3 = e3); nodes 1 and 2 pass weight on, partly to node 3.
    const limit = anpLimit([
      [0.2, 0.5, 0],
      [0.5, 0.2, 0],
      [0.3, 0.3, 1],
    ]);
    for (let j = 0; j < 3; j++)
      expectClose(
        limit.map((row) => row[j]),
        [0, 0, 1],
        1e-9
      );
  });

  test("nilpotent W (a pure hierarchy): the sum of powers, columns normalised", () => {
    // Goal → criteria (0.6, 0.4); criterion 1 → alternatives (0.7, 0.3), criterion 2 → (0.2, 0.8).
    const w = [
      [0, 0, 0, 0, 0],
      [0.6, 0, 0, 0, 0],
      [0.4, 0, 0, 0, 0],
      [0, 0.7, 0.2, 0, 0],
      [0, 0.3, 0.8, 0, 0],
    ];
    const limit = anpLimit(w);
    // Goal column: W + W² = criteria 0.6, 0.4 and alternatives 0.6·0.7+0.4·0.2 = 0.5, 0.5; total 2.
    expectClose(
      limit.map((row) => row[0]),
      [0, 0.3, 0.2, 0.25, 0.25],
      1e-12
    );
    expectClose(
      limit.map((row) => row[3]),
      [0, 0, 0, 0, 0],
      1e-12
    );
  });

  test("errors name the column or the cell", () => {
    expect(
      errorOf(() =>
        anpLimit([
          [0.5, 0.2],
          [0.4, 0.8],
        ])
      ).message
    ).toMatch(/^supermatrix: column 1 sums to 0.9; each non-zero column must sum to 1/);
    expect(
      errorOf(() =>
        anpLimit([
          [1.5, 0],
          [-0.5, 1],
        ])
      ).message
    ).toBe("supermatrix, row 2, column 1 must not be negative, got -0.5");
    expect(
      errorOf(() =>
        anpLimit([
          [1, 0, 0],
          [0, 1, 0],
        ])
      ).message
    ).toBe("supermatrix is not square (2 rows, 3 columns)");
    expect(
      errorOf(() =>
        anpLimit([
          [0, 0],
          [0, 0],
        ])
      ).message
    ).toMatch(/all zeros/);
    expect(
      errorOf(() =>
        anpLimit([
          [1, null],
          [0, 1],
        ])
      ).message
    ).toMatch(/row 1, column 2 is blank/);
  });
});
