import { anpLimit, anpWeighted } from "../../src/core";
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

  test("weights of 1e-320 (subnormal) beside the primitive W's: the same limit, (10, 13, 11)/34, as with 0 there", () => {
    const tiny = 1e-320;
    const limit = anpLimit([
      [0.3, 0.2, 0.4, tiny],
      [0.1, 0.5, 0.5, tiny],
      [0.6, 0.3, 0.1, 1],
      [tiny, tiny, tiny, 0],
    ]);
    // Node 4 feeds node 3 only; nothing flows back to it.
    for (let j = 0; j < 4; j++)
      expectClose(
        limit.map((row) => row[j]),
        [10 / 34, 13 / 34, 11 / 34, 0],
        1e-9
      );
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

describe("ANP limit options for networks with sinks (pyanp / SuperDecisions)", () => {
  const column = (m: number[][], j: number) => m.map((row) => row[j]);
  const LEAKY = [
    [0.3, 0.2, 0],
    [0.1, 0.5, 0],
    [0.6, 0.3, 0],
  ];

  test("limit with sinks, pyanp's test_limit_sinks: columns 1–2 (0.296223, 0.404648, 0.299128), column 3 zero", () => {
    const limit = anpLimit(LEAKY, "supermatrix", "sinks");
    for (const j of [0, 1]) expectClose(column(limit, j), [0.296223, 0.404648, 0.299128], 1e-6);
    expectClose(column(limit, 2), [0, 0, 0], 0);
  });

  test("calculus, pyanp's limit-matrix tutorial (5×5 with two sink nodes): (0.4458, 0.1345, 0.1, 0.2051, 0.1147)", () => {
    const limit = anpLimit(
      [
        [0.5, 0.3, 0.4, 0, 0],
        [0.1, 0.2, 0.2, 0, 0],
        [0.1, 0.1, 0.1, 0, 0],
        [0.2, 0.3, 0.1, 0, 0],
        [0.1, 0.1, 0.2, 0, 0],
      ],
      "supermatrix",
      "calculus"
    );
    for (const j of [0, 1, 2])
      expectClose(column(limit, j), [0.4458, 0.1345, 0.1, 0.2051, 0.1147], 5e-5);
    for (const j of [3, 4]) expectClose(column(limit, j), [0, 0, 0, 0, 0], 0);
  });

  test("calculus, pyanp's tutorial supermatrix1.csv: every column (0, 0, 0.2857, 0.7143)", () => {
    const limit = anpLimit(
      [
        [0.5, 0.2, 0, 0],
        [0.2, 0.3, 0, 0],
        [0.1, 0.3, 0.75, 0.1],
        [0.2, 0.2, 0.25, 0.9],
      ],
      "supermatrix",
      "calculus"
    );
    for (const j of [0, 1, 2, 3]) expectClose(column(limit, j), [0, 0, 2 / 7, 5 / 7], 1e-9);
  });

  test("the leaking network by each option: calculus = the direction [v; Av/λ] of B's Perron vector, sinks [v; Av], powers Σ Wᵏ", () => {
    // B = [[0.3, 0.2], [0.1, 0.5]]: λ = 0.4 + √0.03, v ∝ (1, (λ − 0.3)/0.2); A = (0.6, 0.3).
    const lambda = 0.4 + Math.sqrt(0.03);
    const v = [1, (lambda - 0.3) / 0.2];
    const av = 0.6 * v[0] + 0.3 * v[1];
    const norm = (x: number[]) => x.map((value) => value / x.reduce((s, y) => s + y, 0));
    expectClose(
      column(anpLimit(LEAKY, "supermatrix", "calculus"), 0),
      norm([...v, av / lambda]),
      1e-9
    );
    expectClose(column(anpLimit(LEAKY, "supermatrix", "sinks"), 1), norm([...v, av]), 1e-9);
    // Today's default is unchanged: W(I − W)⁻¹, each column normalised (numpy).
    const powers = anpLimit(LEAKY);
    expectClose(column(powers, 0), [0.28333333, 0.16666667, 0.55], 1e-8);
    expectClose(column(powers, 1), [0.22222222, 0.41111111, 0.36666667], 1e-8);
  });

  test("on a primitive, a cycling and an absorbing network every option gives the limit", () => {
    const cases = [
      [
        [0.3, 0.2, 0.4],
        [0.1, 0.5, 0.5],
        [0.6, 0.3, 0.1],
      ],
      [
        [0, 1],
        [1, 0],
      ],
      [
        [0.2, 0.5, 0],
        [0.5, 0.2, 0],
        [0.3, 0.3, 1],
      ],
    ];
    for (const w of cases) {
      const powers = anpLimit(w).flat();
      expectClose(anpLimit(w, "supermatrix", "calculus").flat(), powers, 1e-9);
      expectClose(anpLimit(w, "supermatrix", "sinks").flat(), powers, 1e-9);
    }
  });

  test("a pure hierarchy: powers and calculus take the hierarchy formula (pyanp's test_hier); sinks keeps only the top column, as pyanp's limit_sinks", () => {
    const h = [
      [0, 0, 0],
      [1, 0, 0],
      [0, 1, 0],
    ];
    for (const method of ["powers", "calculus"] as const)
      expectClose(
        anpLimit(h, "supermatrix", method).flat(),
        [0, 0, 0, 0.5, 0, 0, 0.5, 1, 0],
        1e-12
      );
    // Node 3 is the sink; B is the chain 1 → 2, whose hierarchy limit reaches node 3 only from node 1.
    expectClose(anpLimit(h, "supermatrix", "sinks").flat(), [0, 0, 0, 0.5, 0, 0, 0.5, 0, 0], 1e-12);
  });

  test("an unknown option is refused", () => {
    expect(errorOf(() => anpLimit(LEAKY, "supermatrix", "magic" as never)).message).toBe(
      'method must be one of "powers", "calculus", "sinks"; got the text "magic"'
    );
  });
});

describe("weighted supermatrix from cluster weights (spec §2)", () => {
  test("two clusters: blocks times cluster weights, then each column renormalised (hand-computed)", () => {
    // Nodes 1, 2 in cluster 1; node 3 in cluster 2. Column 3 has no cluster-2 block (0), so its
    // cluster-1 block is renormalised to sum 1.
    const w = anpWeighted(
      [
        [0, 0.25, 0.6],
        [1, 0.75, 0.4],
        [1, 1, 0],
      ],
      [
        [0.5, 0.2],
        [0.5, 0.8],
      ],
      [[1], [1], [2]]
    );
    expectClose(w.flat(), [0, 0.125, 0.6, 0.5, 0.375, 0.4, 0.5, 0.5, 0], 1e-15);
  });

  test("a cluster number outside the cluster matrix is refused naming the cell", () => {
    expect(
      errorOf(() =>
        anpWeighted(
          [
            [0, 1],
            [1, 0],
          ],
          [[1]],
          [[1], [2]]
        )
      ).message
    ).toBe("clusters, row 2 must be a cluster number from 1 to 1 (a row of cluster_matrix), got 2");
  });
});
