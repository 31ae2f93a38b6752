import {
  ahpComplete,
  ahpConsistency,
  ahpGroupWeights,
  ahpInconsistencies,
  ahpSuggest,
  ahpWeights,
  nearestSaatyValue,
  outOfScale,
  pairwiseMatrix,
  classCheck,
  randomIndex,
  umkmWeightCheck,
} from "../../src/core";
import {
  SAATY_HOUSE,
  SPEC_3X3,
  SPEC_4X4,
  consistentMatrix,
  errorOf,
  expectClose,
  mathjsPrincipal,
  randomReciprocal,
  seededRandom,
} from "../helpers/reference";
import { eigs } from "mathjs";

describe("AHP worked examples (spec §1.5), to 1e-9", () => {
  test("Saaty 3×3: eigen weights 0.6370/0.2583/0.1047, λmax 3.0385, CI 0.01926, CR 0.0332", () => {
    expectClose(ahpWeights(SPEC_3X3), [0.6369855717, 0.2582849944, 0.1047294339], 1e-9);
    const c = ahpConsistency(SPEC_3X3);
    expect(c.lambdaMax).toBeCloseTo(3.0385110906, 9);
    expect(c.ci).toBeCloseTo(0.0192555453, 9);
    expect(c.ri).toBe(0.58);
    expect(c.cr).toBeCloseTo(0.033199216, 9);
    expect(c.isConsistent).toBe(true);
    expect(c.riTable).toBe("saaty1980");
  });

  test("Saaty 3×3: geomean equals eigen; mean gives 0.6333/0.2605/0.1062", () => {
    expectClose(ahpWeights(SPEC_3X3, "geomean"), [0.6369855717, 0.2582849944, 0.1047294339], 1e-9);
    expectClose(ahpWeights(SPEC_3X3, "mean"), [0.6333457203, 0.2604979562, 0.1061563235], 1e-9);
  });

  test("4×4: eigen 0.4673/0.2772/0.0954/0.1601, λmax 4.0310, CR 0.01148; geomean differs", () => {
    expectClose(
      ahpWeights(SPEC_4X4),
      [0.4672959828, 0.2771805906, 0.0954349516, 0.160088475],
      1e-9
    );
    const c = ahpConsistency(SPEC_4X4);
    expect(c.lambdaMax).toBeCloseTo(4.0309834983, 9);
    expect(c.cr).toBeCloseTo(0.0114753697, 9);
    expectClose(
      ahpWeights(SPEC_4X4, "geomean"),
      [0.4668485637, 0.2775898168, 0.095295064, 0.1602665555],
      1e-9
    );
  });

  test("upper triangle only gives the same weights as the full matrix", () => {
    const upper = [
      [null, 3, 5],
      ["", null, 3],
      [null, undefined, ""],
    ];
    expectClose(ahpWeights(upper), ahpWeights(SPEC_3X3), 1e-15);
  });

  test("a lower triangle typed to 2 decimals (0.33 against 3) is accepted; the upper one is authoritative", () => {
    const typed = [
      [1, 3, 5],
      [0.33, 1, 3],
      [0.2, 0.33, 1],
    ];
    expectClose(ahpWeights(typed), ahpWeights(SPEC_3X3), 1e-15);
  });
});

describe("power method against an independent eigen-decomposition (mathjs eigs)", () => {
  const random = seededRandom(20261123);
  for (let n = 2; n <= 15; n++) {
    test(`random reciprocal ${n}×${n}: weights and λmax agree to 1e-9`, () => {
      for (let trial = 0; trial < 3; trial++) {
        const a = randomReciprocal(n, random);
        const reference = mathjsPrincipal(a);
        expectClose(ahpWeights(a), reference.w, 1e-9);
        expect(Math.abs(ahpConsistency(a).lambdaMax - reference.lambda)).toBeLessThan(1e-9);
      }
    });
  }

  test("the spec's 3×3, 4×4 and Saaty's house agree with mathjs eigs as well", () => {
    for (const a of [SPEC_3X3, SPEC_4X4, SAATY_HOUSE]) {
      const values = eigs(a, { eigenvectors: false }).values as unknown as (
        number | { re: number }
      )[];
      const largest = Math.max(...values.map((v) => (typeof v === "number" ? v : v.re)));
      expect(Math.abs(ahpConsistency(a).lambdaMax - largest)).toBeLessThan(1e-9);
    }
  });

  test("geomean equals eigen exactly for n ≤ 3 (1000 random matrices, 1e-12)", () => {
    const rnd = seededRandom(7);
    for (let trial = 0; trial < 1000; trial++) {
      const a = randomReciprocal(2 + (trial % 2), rnd);
      expectClose(ahpWeights(a, "geomean"), ahpWeights(a, "eigen"), 1e-12);
    }
  });

  test("extreme cyclic judgements (100 → 100 → 100, out of scale but allowed): the slow power method falls back to squaring and still agrees with mathjs", () => {
    // |λ2/λ1| is close to 1 here, so 1000 plain power steps cannot reach 1e-12.
    const cyclic = [
      [1, 100, 0.01, 2],
      [0.01, 1, 100, 1],
      [100, 0.01, 1, 0.5],
      [0.5, 1, 2, 1],
    ];
    const reference = mathjsPrincipal(cyclic);
    expectClose(ahpWeights(cyclic), reference.w, 1e-9);
    expect(Math.abs(ahpConsistency(cyclic).lambdaMax - reference.lambda)).toBeLessThan(1e-9);
  });

  test("a consistent matrix returns its generating weights with CR 0, for every method", () => {
    const w = [0.4, 0.3, 0.15, 0.1, 0.05];
    const a = consistentMatrix(w);
    for (const method of ["eigen", "geomean", "mean"] as const) {
      expectClose(ahpWeights(a, method), w, 1e-12);
      expect(ahpConsistency(a, method).cr).toBeLessThan(1e-12);
    }
  });
});

describe("consistency options", () => {
  test("λmax with mean weights is computed with those weights and exceeds the eigenvalue from n = 4", () => {
    const eigen = ahpConsistency(SPEC_4X4, "eigen");
    const mean = ahpConsistency(SPEC_4X4, "mean");
    expect(mean.method).toBe("mean");
    expect(mean.lambdaMax).toBeGreaterThan(eigen.lambdaMax);
    // Independent: (1/n) Σ (A·w)_i / w_i with the mean weights, written out.
    const w = ahpWeights(SPEC_4X4, "mean");
    const manual =
      SPEC_4X4.reduce((s, row, i) => s + row.reduce((t, a, j) => t + a * w[j], 0) / w[i], 0) / 4;
    expect(mean.lambdaMax).toBeCloseTo(manual, 12);
  });

  test("the same matrix gets a different CR under each RI table, and the table is named", () => {
    const tables = [
      "saaty1980",
      "saaty2005",
      "alonso-lamata",
      "alonso-lamata-fit",
      "donegan-dodd",
    ] as const;
    const ci = ahpConsistency(SPEC_4X4).ci;
    const expectedRi = [0.9, 0.89, 0.8816, (1.7699 * 4 - 4.3513) / 3, 0.8286];
    tables.forEach((table, k) => {
      const c = ahpConsistency(SPEC_4X4, "eigen", table);
      expect(c.riTable).toBe(table);
      expect(c.ri).toBeCloseTo(expectedRi[k], 12);
      expect(c.cr).toBeCloseTo(ci / expectedRi[k], 12);
    });
  });

  test("n ≤ 2 is always consistent: CI = CR = 0", () => {
    const c = ahpConsistency([
      [1, 7],
      [1 / 7, 1],
    ]);
    expect([c.ci, c.cr, c.ri]).toEqual([0, 0, 0]);
    expect(
      ahpWeights([
        [1, 7],
        [null, 1],
      ])
    ).toEqual([0.875, 0.125]);
    expect(ahpWeights([[1]])).toEqual([1]);
  });

  test("beyond the RI table CR is null, CI is still reported; Donegan–Dodd interpolates to n = 100", () => {
    const a = randomReciprocal(16, seededRandom(16));
    const c = ahpConsistency(a);
    expect(c.cr).toBeNull();
    expect(c.ri).toBeNull();
    expect(c.ci).toBeGreaterThan(0);
    expect(c.isConsistent).toBeNull();
    expect(ahpConsistency(a, "eigen", "donegan-dodd").ri).toBeCloseTo(1.5078, 12);
    expect(randomIndex(22, "donegan-dodd")).toBeCloseTo(1.5371 + (1.5619 - 1.5371) * (2 / 5), 12);
    expect(randomIndex(100, "donegan-dodd")).toBe(1.6339);
    expect(randomIndex(101, "donegan-dodd")).toBeNull();
    expect(randomIndex(40, "alonso-lamata-fit")).toBeCloseTo((1.7699 * 40 - 4.3513) / 39, 12);
    expect(randomIndex(16, "saaty2005")).toBeNull();
  });
});

describe("inconsistent judgements (spec §1.3)", () => {
  test("Saaty's house: the most inconsistent pair is (3,7), a = 6, suggestion w3/w7 ≈ 1.128", () => {
    const top = ahpSuggest(SAATY_HOUSE);
    expect([top.row, top.col, top.current]).toEqual([3, 7, 6]);
    expect(top.suggested).toBeCloseTo(1.128, 3);
    expect(top.suggestedScale).toBe(1);
    const c = ahpConsistency(SAATY_HOUSE);
    expect(c.cr).toBeCloseTo(0.169, 3);
    expect(c.isConsistent).toBe(false);
  });

  test("the ranking uses |ln(a_ij·w_j/w_i)|, most inconsistent first, three by default", () => {
    const list = ahpInconsistencies(SAATY_HOUSE);
    expect(list).toHaveLength(3);
    const w = ahpWeights(SAATY_HOUSE);
    for (const p of list) {
      const i = p.row - 1;
      const j = p.col - 1;
      expect(p.deviation).toBeCloseTo(Math.abs(Math.log((SAATY_HOUSE[i][j] * w[j]) / w[i])), 12);
      expect(p.suggested).toBeCloseTo(w[i] / w[j], 12);
    }
    expect(list[0].deviation).toBeGreaterThanOrEqual(list[1].deviation);
    expect(list[1].deviation).toBeGreaterThanOrEqual(list[2].deviation);
  });

  test("every 3×3 has equal deviations, so the first pair (1,2) is named, with either method", () => {
    // In a 3×3 all three log-deviations are equal in exact arithmetic; the eigenvector's
    // convergence noise must not reorder them.
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 8.5 + 0.5;
    for (let k = 0; k < 500; k++) {
      const [x, y, z] = [next(), next(), next()];
      const m = [
        [1, x, y],
        [1 / x, 1, z],
        [1 / y, 1 / z, 1],
      ];
      for (const method of ["eigen", "geomean"] as const) {
        const top = ahpSuggest(m, method);
        expect([top.row, top.col]).toEqual([1, 2]);
      }
    }
  });

  test("applying the suggestion lowers the CR", () => {
    const fixed = SAATY_HOUSE.map((row) => row.slice());
    const top = ahpSuggest(SAATY_HOUSE);
    fixed[top.row - 1][top.col - 1] = top.suggestedScale;
    fixed[top.col - 1][top.row - 1] = 1 / top.suggestedScale;
    expect(ahpConsistency(fixed).cr as number).toBeLessThan(
      ahpConsistency(SAATY_HOUSE).cr as number
    );
  });

  test("nearest Saaty value: integers above 1, reciprocals below, clamped to 1/9…9", () => {
    expect([1.128, 2.4, 2.6, 12, 0.4, 0.26, 0.01].map(nearestSaatyValue)).toEqual([
      1,
      2,
      3,
      9,
      1 / 3,
      1 / 4,
      1 / 9,
    ]);
  });

  test("judgements outside 1/9…9 are accepted but flagged", () => {
    const a = pairwiseMatrix([
      [1, 12],
      [null, 1],
    ]);
    expect(outOfScale(a)).toEqual([{ row: 0, col: 1, value: 12 }]);
    expect(outOfScale(SAATY_HOUSE)).toEqual([]);
  });
});

describe("bad matrices are #VALUE! with the argument, the cell and what was expected", () => {
  const cases: [string, unknown[][], RegExp][] = [
    [
      "not square",
      [
        [1, 2, 3],
        [1, 1, 1],
      ],
      /^matrix is not square \(2 rows, 3 columns\)$/,
    ],
    ["a single row", [[1, 2]], /^matrix is not square \(1 row, 2 columns\)$/],
    [
      "negative",
      [
        [1, -1],
        [null, 1],
      ],
      /^matrix, row 1, column 2 must be a positive number, got -1$/,
    ],
    [
      "zero",
      [
        [1, 0],
        [null, 1],
      ],
      /row 1, column 2 must be a positive number, got 0/,
    ],
    [
      "text",
      [
        [1, "strong"],
        [null, 1],
      ],
      /row 1, column 2 must be a positive number .*got the text "strong"/,
    ],
    [
      "number stored as text",
      [
        [1, "3"],
        [null, 1],
      ],
      /row 1, column 2 holds the text "3", a number stored as text/,
    ],
    [
      "fraction typed as text",
      [
        [1, "1/3"],
        [null, 1],
      ],
      /holds the fraction "1\/3" as text; type it as a formula, e.g. =1\/3/,
    ],
    [
      "blank upper",
      [
        [1, null, 2],
        [null, 1, 3],
        [null, null, 1],
      ],
      /row 1, column 2 is blank; every pair above the diagonal needs a judgement/,
    ],
    [
      "lower without upper",
      [
        [1, null],
        [2, 1],
      ],
      /row 1, column 2 is blank but its mirror row 2, column 1 is filled/,
    ],
    [
      "triangles disagree",
      [
        [1, 3],
        [0.5, 1],
      ],
      /row 2, column 1 is 0.5 but must be the reciprocal of row 1, column 2 \(3\): expected 0.333333/,
    ],
    [
      "diagonal not 1",
      [
        [2, 3],
        [null, 1],
      ],
      /row 1, column 1 is on the diagonal and must be 1 \(or blank\), got 2/,
    ],
    ["empty", [], /matrix is empty/],
    [
      "infinite",
      [
        [1, Infinity],
        [null, 1],
      ],
      /row 1, column 2 must be .* got Infinity/,
    ],
  ];
  test.each(cases)("%s", (_, grid, message) => {
    const error = errorOf(() => ahpWeights(grid as never));
    expect(error.kind).toBe("VALUE");
    expect(error.message).toMatch(message);
  });
});

describe("library callers: an unknown option is an error naming it, never a silent default", () => {
  const cases: [string, () => unknown, string][] = [
    [
      "ahpConsistency ri table",
      () => ahpConsistency(SPEC_3X3, "eigen", "bogus" as never),
      'ri_table must be one of "saaty1980", "saaty2005", "alonso-lamata", "alonso-lamata-fit", "donegan-dodd"; got the text "bogus"',
    ],
    [
      "ahpConsistency ri table, n = 2",
      () =>
        ahpConsistency(
          [
            [1, 2],
            [0.5, 1],
          ],
          "eigen",
          "bogus" as never
        ),
      'ri_table must be one of "saaty1980", "saaty2005", "alonso-lamata", "alonso-lamata-fit", "donegan-dodd"; got the text "bogus"',
    ],
    [
      "randomIndex table",
      () => randomIndex(5, "bogus" as never),
      'ri_table must be one of "saaty1980", "saaty2005", "alonso-lamata", "alonso-lamata-fit", "donegan-dodd"; got the text "bogus"',
    ],
    [
      "ahpComplete completion",
      () => ahpComplete(SPEC_3X3, "bogus" as never),
      'completion must be one of "error", "harker", "lambda-min"; got the text "bogus"',
    ],
    [
      "ahpGroupWeights aggregation",
      () => ahpGroupWeights([SPEC_3X3], "bogus" as never),
      'aggregation must be one of "aij", "aip-geomean", "aip-mean"; got the text "bogus"',
    ],
    [
      "classCheck class",
      () => classCheck(12, "bogus" as never),
      'priority_class must be one of "penting", "sangat-penting", "kritikal"; got the text "bogus"',
    ],
    [
      "umkmWeightCheck class",
      () => umkmWeightCheck([100], ["bogus" as never]),
      'priority_class must be one of "penting", "sangat-penting", "kritikal"; got the text "bogus"',
    ],
    [
      "ahpInconsistencies count",
      () => ahpInconsistencies(SPEC_3X3, "eigen", NaN),
      "count must be a whole number ≥ 0, got NaN",
    ],
  ];
  test.each(cases)("%s", (_, call, message) => {
    const error = errorOf(call);
    expect(error.kind).toBe("VALUE");
    expect(error.message).toBe(message);
  });
});
