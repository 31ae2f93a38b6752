/**
 * AHP re-performed with native formulas equals src/core: the worked examples of docs/methods.md §1.5,
 * and the eigenvector by eight squarings (A^256) on random and extreme Saaty matrices, n = 2…15.
 */
import { ahpConsistency, ahpWeights, idealWeights, SAATY_MAX } from "../../src/core";
import { isErrorValue } from "../../src/formula";
import { SQUARINGS } from "../../src/native";
import { cellAddress, parseCell } from "../../src/sheet/a1";
import { bothWays, matrixCells, roomCells, type Cells } from "./sheets";

const SPEC_3 = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];
const SPEC_4 = [
  [1, 2, 4, 3],
  [1 / 2, 1, 3, 2],
  [1 / 4, 1 / 3, 1, 1 / 2],
  [1 / 3, 1 / 2, 2, 1],
];

/** Weights at H2 (spilled down), the check at J2 (6 × 2), CR at M2, for the matrix at B2. */
function ahpSheet(
  a: number[][],
  options = "",
  lower: "reciprocal" | "blank" = "reciprocal"
): Cells {
  const { cells, range } = matrixCells(a, lower);
  const n = a.length;
  const col = String.fromCharCode(66 + n + 1);
  return {
    ...cells,
    [`${col}2`]: { formula: `=AHP.WEIGHTS(${range}${options})`, spill: { rows: n, columns: 1 } },
    [`${col}20`]: { formula: `=AHP.CHECK(${range})`, spill: { rows: 6, columns: 2 } },
    [`${col}30`]: `=AHP.CR(${range})`,
  };
}

function column(n: number): string {
  return String.fromCharCode(66 + n + 1);
}

function values(
  e: ReturnType<typeof bothWays>["native"],
  col: string,
  from: number,
  count: number
) {
  return Array.from({ length: count }, (_, k) => e.value("s", `${col}${from + k}`));
}

describe("AHP.WEIGHTS / AHP.CHECK / AHP.CR natively: docs/methods.md §1.5", () => {
  test("the 3×3 example: weights 0.6370, 0.2583, 0.1047; λmax 3.0385, CI 0.0193, RI 0.58, CR 0.0332", () => {
    const both = bothWays(ahpSheet(SPEC_3));
    const col = column(3);
    const w = values(both.native, col, 2, 3) as number[];
    ahpWeights(SPEC_3).forEach((expected, i) => expect(w[i]).toBeCloseTo(expected, 12));
    expect(w[0]).toBeCloseTo(0.6369855717, 10);
    const core = ahpConsistency(SPEC_3);
    const [lambda, ci, ri, cr, verdict, outside] = values(
      both.native,
      String.fromCharCode(col.charCodeAt(0) + 1),
      20,
      6
    );
    expect(lambda).toBeCloseTo(core.lambdaMax, 12);
    expect(ci).toBeCloseTo(core.ci, 12);
    expect(ri).toBe(0.58);
    expect(cr).toBeCloseTo(core.cr as number, 12);
    expect(cr).toBeCloseTo(0.0332, 4);
    expect([verdict, outside]).toEqual(["CONSISTENT", 0]);
    expect(both.native.value("s", `${col}30`)).toBeCloseTo(core.cr as number, 12);
    // The check's labels are AHP.CHECK's own, written as text.
    expect(values(both.native, col, 20, 6)).toEqual(values(both.kinerja, col, 20, 6));
    expect(both.cell(`${col}20`)).toMatchObject({ value: "λmax (eigen weights)" });
  });

  test("the 4×4 example by each method, from the full matrix and from its upper triangle alone", () => {
    for (const lower of ["reciprocal", "blank"] as const)
      for (const method of ["eigen", "geomean", "mean"] as const) {
        const both = bothWays(ahpSheet(SPEC_4, `,"${method}"`, lower));
        const w = values(both.native, column(4), 2, 4) as number[];
        ahpWeights(SPEC_4, method).forEach((expected, i) => expect(w[i]).toBeCloseTo(expected, 12));
      }
    const eigen = values(bothWays(ahpSheet(SPEC_4)).native, column(4), 2, 4) as number[];
    expect(eigen[0]).toBeCloseTo(0.4672959828, 10);
  });

  test("ideal mode divides by the largest weight: 1, 0.405480, 0.164414", () => {
    const both = bothWays(ahpSheet(SPEC_3, ',"eigen","ideal"'));
    const w = values(both.native, column(3), 2, 3) as number[];
    idealWeights(ahpWeights(SPEC_3)).forEach((expected, i) =>
      expect(w[i]).toBeCloseTo(expected, 12)
    );
    expect(w[1]).toBeCloseTo(0.40548, 5);
  });

  test("geomean and mean consistency, the fitted RI and Indonesian labels: as AHP.CHECK writes them", () => {
    const { cells, range } = matrixCells(SPEC_4);
    const both = bothWays(
      {
        ...cells,
        G2: {
          formula: `=AHP.CHECK(${range},"geomean","alonso-lamata-fit","id")`,
          spill: { rows: 6, columns: 2 },
        },
        G10: { formula: `=AHP.CHECK(${range},"mean","saaty2005")`, spill: { rows: 6, columns: 2 } },
      },
      "id"
    );
    for (const top of [2, 10])
      for (const col of ["G", "H"]) {
        const kinerja = values(both.kinerja, col, top, 6);
        const native = values(both.native, col, top, 6);
        native.forEach((v, k) =>
          typeof v === "number"
            ? expect(v).toBeCloseTo(kinerja[k] as number, 12)
            : expect(v).toBe(kinerja[k])
        );
      }
    expect(both.native.value("s", "G6")).toBe("Kesimpulan (CR ≤ 0,10)");
    expect(both.native.value("s", "H6")).toBe("KONSISTEN");
  });

  test("judgements outside 1/9…9 are listed by row and column, in the check's language", () => {
    const a = [
      [1, 12, 3, 1 / 20],
      [1 / 12, 1, 2, 5],
      [1 / 3, 1 / 2, 1, 9.5],
      [20, 1 / 5, 1 / 9.5, 1],
    ];
    const { cells, range } = matrixCells(a);
    const both = bothWays({
      ...cells,
      G2: { formula: `=AHP.CHECK(${range})`, spill: { rows: 6, columns: 2 } },
      G10: { formula: `=AHP.CHECK(${range},,,"id")`, spill: { rows: 6, columns: 2 } },
    });
    expect(both.native.value("s", "H7")).toBe(
      "3: row 1, column 2; row 1, column 4; row 3, column 4"
    );
    expect(both.native.value("s", "H7")).toBe(both.kinerja.value("s", "H7"));
    expect(both.native.value("s", "H15")).toBe(both.kinerja.value("s", "H15"));
    expect(both.native.value("s", "H15")).toMatch(/^3: baris 1, kolom 2; /);
    // Exactly 9 and 1/9 are on the scale.
    const edge = matrixCells([
      [1, SAATY_MAX, 1 / SAATY_MAX],
      [1 / SAATY_MAX, 1, 1],
      [SAATY_MAX, 1, 1],
    ]);
    const onScale = bothWays({
      ...edge.cells,
      G2: { formula: `=AHP.CHECK(${edge.range})`, spill: { rows: 6, columns: 2 } },
    });
    expect(onScale.native.value("s", "H7")).toBe(0);
  });

  test("one and two criteria: weights 1 and CR 0; sixteen criteria: RI and CR are #N/A beyond saaty1980", () => {
    const one = bothWays({
      B2: 1,
      D2: "=AHP.WEIGHTS(B2)",
      D5: { formula: "=AHP.CHECK(B2)", spill: { rows: 6, columns: 2 } },
    });
    expect(one.native.value("s", "D2")).toBe(1);
    expect(values(one.native, "E", 5, 6)).toEqual(values(one.kinerja, "E", 5, 6));
    const two = bothWays(
      ahpSheet([
        [1, 7],
        [1 / 7, 1],
      ])
    );
    expect(values(two.native, "E", 2, 2)).toEqual([0.875, 0.125].map((x) => expect.closeTo(x, 14)));
    expect(values(two.native, "F", 20, 6)).toEqual(
      values(two.kinerja, "F", 20, 6).map((v) =>
        typeof v === "number" ? expect.closeTo(v, 12) : v
      )
    );

    const n = 16;
    const big = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? 2 : 1 / 2))
    );
    const { cells, range } = matrixCells(big);
    const both = bothWays({
      ...cells,
      T2: { formula: `=AHP.CHECK(${range})`, spill: { rows: 6, columns: 2 } },
    });
    const native = values(both.native, "U", 2, 6);
    expect(isErrorValue(native[2]) && native[2].error).toBe("#N/A");
    expect(isErrorValue(native[3]) && native[3].error).toBe("#N/A");
    expect(native[4]).toBe("UNKNOWN");
    expect(native[0]).toBeCloseTo(both.kinerja.value("s", "U2") as number, 12);
  });
});

/** A seeded generator, so a failure names a matrix that can be rebuilt. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SCALE = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Upper-triangle judgements in Saaty's scale: anywhere on it, only its ends, or anywhere in [1/9, 9]. */
function saatyMatrix(
  n: number,
  kind: "scale" | "extreme" | "continuous",
  random: () => number
): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v =
        kind === "scale"
          ? SCALE[Math.floor(random() * SCALE.length)]
          : kind === "extreme"
            ? [1 / 9, 1, 9][Math.floor(random() * 3)]
            : Math.exp((2 * random() - 1) * Math.log(9));
      a[i][j] = v;
      a[j][i] = 1 / v;
    }
  return a;
}

/**
 * The slowest matrix we know for the squaring: a 9 → 9 → 9 cycle (a_12 = a_23 = 9, a_13 = 1/9), whose
 * second eigenvalue has |λ₂|/λmax = |1 + 9ω + ω²/9| / (1 + 9 + 1/9) = 0.8386 (ω = e^(2πi/3)); bigger
 * matrices built around it, and every judgement 9 above the diagonal.
 */
function extremeMatrices(n: number): number[][][] {
  const cycle = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? 9 : 1 / 9))
  );
  if (n >= 3) {
    cycle[0][2] = 1 / 9;
    cycle[2][0] = 9;
  }
  const allNine = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? 9 : 1 / 9))
  );
  // Cycles of 9s round every third criterion: the worst ratio repeats.
  const cycles = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) =>
      i === j ? 1 : (j - i + 3 * n) % 3 === 1 ? 9 : (j - i + 3 * n) % 3 === 2 ? 1 / 9 : 1
    )
  );
  return [cycle, allNine, cycles];
}

describe(`eigen weights by ${SQUARINGS} squarings (A^${2 ** SQUARINGS}) agree with src/core to 1e-9`, () => {
  const sizes = Array.from({ length: 14 }, (_, k) => k + 2);
  test.each(sizes)(
    "n = %i: random Saaty matrices (scale, extremes, continuous) and the extreme ones",
    (n) => {
      const random = lcg(1000 + n);
      const matrices = [
        ...extremeMatrices(n),
        ...Array.from({ length: 4 }, () => saatyMatrix(n, "scale", random)),
        ...Array.from({ length: 4 }, () => saatyMatrix(n, "extreme", random)),
        ...Array.from({ length: 2 }, () => saatyMatrix(n, "continuous", random)),
      ];
      let largest = 0;
      for (const a of matrices) {
        const { cells, range } = matrixCells(a);
        const both = bothWays({
          ...cells,
          R2: { formula: `=AHP.WEIGHTS(${range})`, spill: { rows: n, columns: 1 } },
        });
        const core = ahpWeights(a);
        core.forEach((expected, i) => {
          const native = both.native.value("s", `R${i + 2}`) as number;
          largest = Math.max(largest, Math.abs(native - expected));
        });
      }
      // The core itself stops when a power step moves no weight by 1e-12: that is the floor here.
      expect(largest).toBeLessThan(1e-10);
    }
  );

  test("the squarings are needed: a slow extreme 4×4 is off by more than 1e-9 at A^64, within 1e-11 at A^256", () => {
    // |λ₂|/λmax = 0.8296 and a start (the row sums of A) with a large part along λ₂'s eigenvectors:
    // the slowest matrix of the random search above at 6 squarings.
    const slow = [
      [1, 1 / 9, 1, 9],
      [9, 1, 9, 1 / 9],
      [1, 1 / 9, 1, 9],
      [1 / 9, 9, 1 / 9, 1],
    ];
    const core = ahpWeights(slow);
    const { cells, range } = matrixCells(slow);
    const both = bothWays({
      ...cells,
      R2: { formula: `=AHP.WEIGHTS(${range})`, spill: { rows: 4, columns: 1 } },
    });
    // Each squaring's section is titled "A^k, scaled to Σ 1"; its row sums follow its 4 columns.
    const errorAt = (power: number): number => {
      const title = both.plan.sheets[0].cells.find((c) => c.value === `A^${power}, scaled to Σ 1`);
      const { row, col } = parseCell(title?.address as string);
      const sums = [0, 1, 2, 3].map(
        (i) => both.native.value("s", cellAddress(row + 1 + i, col + 4)) as number
      );
      const total = sums.reduce((a, b) => a + b, 0);
      return Math.max(...sums.map((x, i) => Math.abs(x / total - core[i])));
    };
    expect(errorAt(64)).toBeGreaterThan(1e-9);
    expect(errorAt(2 ** SQUARINGS)).toBeLessThan(1e-11);
    core.forEach((w, i) => expect(both.native.value("s", `R${i + 2}`)).toBeCloseTo(w, 12));
  });
});

describe("a block with room for more criteria (docs/methods.md §1.1): natively as the members in use", () => {
  const cases: [string, number[][], number[], number][] = [
    ["the 3×3 at rows 1, 3, 5 of a 5×5", SPEC_3, [0, 2, 4], 5],
    ["the 4×4 with two spare members last (a template's group)", SPEC_4, [0, 1, 2, 3], 6],
    ["one criterion in use of three", [[1]], [0], 3],
  ];
  test.each(cases)(
    '%s: weights, λmax, CI, RI, CR of the sub-matrix to 1e-9, "" in the room',
    (_name, sub, members, size) => {
      const { cells, range } = roomCells(sub, members, size);
      const col = String.fromCharCode(66 + size + 1);
      const next = String.fromCharCode(col.charCodeAt(0) + 1);
      const methods = ["eigen", "geomean", "mean"] as const;
      const sheet: Cells = { ...cells };
      methods.forEach((method, k) => {
        sheet[`${col}${20 + 10 * k}`] = {
          formula: `=AHP.WEIGHTS(${range},"${method}")`,
          spill: { rows: size, columns: 1 },
        };
        sheet[`${next}${20 + 10 * k}`] = {
          formula: `=AHP.WEIGHTS(${range},"${method}","ideal")`,
          spill: { rows: size, columns: 1 },
        };
        sheet[`${col}${60 + 10 * k}`] = {
          formula: `=AHP.CHECK(${range},"${method}")`,
          spill: { rows: 6, columns: 2 },
        };
      });
      sheet[`${col}95`] = `=AHP.CR(${range})`;
      const both = bothWays(sheet);
      methods.forEach((method, k) => {
        const expected = ahpWeights(sub, method);
        const ideal = idealWeights(expected);
        const native = values(both.native, col, 20 + 10 * k, size);
        const nativeIdeal = values(both.native, next, 20 + 10 * k, size);
        // Kinerja's own functions, evaluated, show the same cells.
        expect(values(both.kinerja, col, 20 + 10 * k, size).map((v) => v === "")).toEqual(
          native.map((v) => v === "")
        );
        for (let g = 0; g < size; g++) {
          const i = members.indexOf(g);
          if (i < 0) {
            expect([native[g], nativeIdeal[g]]).toEqual(["", ""]);
            continue;
          }
          expect(Math.abs((native[g] as number) - expected[i])).toBeLessThan(1e-9);
          expect(Math.abs((nativeIdeal[g] as number) - ideal[i])).toBeLessThan(1e-9);
        }
        const core = ahpConsistency(sub, method);
        const [lambda, ci, ri, cr] = values(both.native, next, 60 + 10 * k, 4) as number[];
        expect(Math.abs(lambda - core.lambdaMax)).toBeLessThan(1e-9);
        expect(Math.abs(ci - core.ci)).toBeLessThan(1e-9);
        expect(ri).toBe(core.ri);
        expect(Math.abs(cr - (core.cr as number))).toBeLessThan(1e-9);
        expect(values(both.native, next, 64 + 10 * k, 2)).toEqual(
          values(both.kinerja, next, 64 + 10 * k, 2)
        );
      });
      expect(
        Math.abs(
          (both.native.value("s", `${col}95`) as number) - (ahpConsistency(sub).cr as number)
        )
      ).toBeLessThan(1e-9);
    }
  );

  test("a member with its 1 on the diagonal but no judgements yet is an error natively too, never a number", () => {
    const { cells, range } = roomCells(SPEC_3, [0, 1, 2], 4);
    cells.E5 = 1; // the pane added a fourth criterion; its judgements are still blank
    const both = bothWays({
      ...cells,
      H2: { formula: `=AHP.WEIGHTS(${range})`, spill: { rows: 4, columns: 1 } },
      J2: `=AHP.CR(${range})`,
    });
    // Kinerja answers one error (naming the blank pairs); natively every weight is #DIV/0!.
    for (const address of ["H2", "J2"])
      expect(isErrorValue(both.kinerja.value("s", address))).toBe(true);
    for (const address of ["H2", "H3", "H4", "H5", "J2"])
      expect(isErrorValue(both.native.value("s", address))).toBe(true);
  });
});
