import { ahpComplete, ahpConsistency, ahpWeights, principalEigenvector } from "../../src/core";
import {
  SPEC_4X4,
  consistentMatrix,
  errorOf,
  expectClose,
  mathjsPrincipal,
  randomIncomplete,
  randomReciprocal,
  seededRandom,
} from "../helpers/reference";
import { lambdaMinByCoordinates } from "../helpers/lambda-min-reference";

const lambdaOf = (a: number[][]): number => mathjsPrincipal(a).lambda;

describe("reciprocal completion (spec §1.1)", () => {
  test("the upper triangle of the spec's 4×4 completes to the full matrix", () => {
    const upper = SPEC_4X4.map((row, i) => row.map((value, j) => (j > i ? value : null)));
    const full = ahpComplete(upper);
    full.forEach((row, i) => expectClose(row, SPEC_4X4[i], 1e-15));
  });

  test("by default a skipped pair is an error naming it", () => {
    const error = errorOf(() =>
      ahpComplete([
        [1, 2, null],
        [null, 1, 3],
        [null, null, 1],
      ])
    );
    expect(error.kind).toBe("VALUE");
    expect(error.message).toBe(
      "matrix, row 1, column 3 is blank; every pair above the diagonal needs a judgement"
    );
  });

  test("several skipped pairs: the error names them all (the first four, then how many more)", () => {
    const upper = (blanks: [number, number][]) =>
      Array.from({ length: 7 }, (_, i) =>
        Array.from({ length: 7 }, (_, j) =>
          j <= i || blanks.some(([r, c]) => r === i && c === j) ? null : 2
        )
      );
    expect(
      errorOf(() =>
        ahpWeights(
          upper([
            [0, 2],
            [3, 5],
          ])
        )
      ).message
    ).toBe(
      'matrix: 2 pairs above the diagonal are blank (row 1, column 3; row 4, column 6); every pair needs a judgement, or complete them with AHP.COMPLETE(…, "harker")'
    );
    const six: [number, number][] = [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 4],
      [3, 5],
      [4, 6],
    ];
    expect(errorOf(() => ahpWeights(upper(six))).message).toBe(
      'matrix: 6 pairs above the diagonal are blank (row 1, column 2; row 1, column 3; row 2, column 4; row 3, column 5; and 2 more); every pair needs a judgement, or complete them with AHP.COMPLETE(…, "harker")'
    );
  });

  test("too many skipped pairs to link every criterion is an error naming the unlinked ones", () => {
    const error = errorOf(() =>
      ahpComplete(
        [
          [1, 2, null],
          [null, 1, null],
          [null, null, 1],
        ],
        "harker"
      )
    );
    expect(error.message).toMatch(
      /criteria 3 are not compared, directly or through other criteria, with criterion 1/
    );
  });
});

describe("incomplete judgements (spec §1.4)", () => {
  // A consistent matrix with pairs removed: both methods must restore the removed judgements exactly.
  const w = [0.4, 0.25, 0.2, 0.1, 0.05];
  const full = consistentMatrix(w);
  const skipped = full.map((row, i) =>
    row.map((value, j) => (j <= i || (i === 0 && j === 4) || (i === 1 && j === 3) ? null : value))
  );

  test("Harker restores a consistent matrix's skipped pairs (1e-9)", () => {
    const completed = ahpComplete(skipped, "harker");
    expect(completed[0][4]).toBeCloseTo(full[0][4], 9);
    expect(completed[1][3]).toBeCloseTo(full[1][3], 9);
  });

  test("λmax-optimal restores a consistent matrix's skipped pairs (1e-9) and reaches λmax = n", () => {
    const completed = ahpComplete(skipped, "lambda-min");
    expect(completed[0][4]).toBeCloseTo(full[0][4], 9);
    expect(completed[1][3]).toBeCloseTo(full[1][3], 9);
    expect(lambdaOf(completed)).toBeCloseTo(5, 9);
  });

  test("3×3 with a_13 skipped: the λmax-optimal value is a_12·a_23, which makes it consistent", () => {
    const completed = ahpComplete(
      [
        [1, 3, null],
        [null, 1, 4],
        [null, null, 1],
      ],
      "lambda-min"
    );
    expect(completed[0][2]).toBeCloseTo(12, 9);
    expect(completed[2][0]).toBeCloseTo(1 / 12, 9);
  });

  test("λmax-optimal on an inconsistent 4×4: no nearby value of the skipped pair gives a smaller λmax", () => {
    const upper = [
      [1, 2, 4, null],
      [null, 1, 3, 2],
      [null, null, 1, 1 / 2],
      [null, null, null, 1],
    ];
    const completed = ahpComplete(upper, "lambda-min");
    const best = lambdaOf(completed);
    for (const factor of [0.99, 0.999, 1.001, 1.01]) {
      const perturbed = completed.map((row) => row.slice());
      perturbed[0][3] *= factor;
      perturbed[3][0] /= factor;
      expect(lambdaOf(perturbed)).toBeGreaterThan(best);
    }
    // Harker's answer differs (spec: the two methods give different answers) and is not better.
    const harker = ahpComplete(upper, "harker");
    expect(Math.abs(harker[0][3] - completed[0][3])).toBeGreaterThan(1e-4);
    expect(lambdaOf(harker)).toBeGreaterThanOrEqual(best - 1e-12);
  });

  test("λmax-optimal at n = 12 with 15 pairs skipped: converges, and no single skipped entry can be moved to lower λmax", () => {
    const random = seededRandom(5);
    const n = 12;
    const upper: (number | null)[][] = randomReciprocal(n, random).map((row, i) =>
      row.map((value, j) => (j > i ? value : null))
    );
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    const skipped = pairs.filter((_, k) => k % 4 === 1).slice(0, 15);
    for (const [i, j] of skipped) upper[i][j] = null;
    const completed = ahpComplete(upper, "lambda-min");
    const best = lambdaOf(completed);
    expect(best).toBeLessThanOrEqual(lambdaOf(ahpComplete(upper, "harker")) + 1e-9);
    for (const [i, j] of skipped) {
      for (const factor of [0.98, 1.02]) {
        const perturbed = completed.map((row) => row.slice());
        perturbed[i][j] *= factor;
        perturbed[j][i] /= factor;
        expect(lambdaOf(perturbed)).toBeGreaterThan(best);
      }
    }
  });

  test("Harker's weights are the eigenvector of the matrix completed with w_i/w_j (its defining property)", () => {
    const upper = [
      [1, 2, 4, null],
      [null, 1, 3, 2],
      [null, null, 1, 1 / 2],
      [null, null, null, 1],
    ];
    const completed = ahpComplete(upper, "harker");
    // Independently: Harker's modified matrix (missing → 0, diagonal + count) and its mathjs eigenvector.
    const c = [
      [2, 2, 4, 0],
      [1 / 2, 1, 3, 2],
      [1 / 4, 1 / 3, 1, 1 / 2],
      [0, 1 / 2, 2, 2],
    ];
    const w = mathjsPrincipal(c).w;
    expect(completed[0][3]).toBeCloseTo(w[0] / w[3], 9);
    expectClose(ahpWeights(completed), w, 1e-9);
    expectClose(principalEigenvector(c), w, 1e-9);
    expect(ahpConsistency(completed).n).toBe(4);
  });

  test("4×4 with one pair skipped: the λmax-optimal value is √(a_ik·a_kj·a_il·a_lj), where every 3- and 4-cycle through it balances — √2 for the spec's 4×4, √12 beside an extreme judgement 1e-12", () => {
    const spec = SPEC_4X4.map((row, i) =>
      row.map((value, j) => (j <= i || j === 1 ? null : value))
    );
    spec[0][1] = null;
    expect(ahpComplete(spec, "lambda-min")[0][1]).toBeCloseTo(Math.SQRT2, 12);
    const extreme = [
      [1, 6, 1e-12, 1],
      [null, 1, 9, null],
      [null, null, 1, 8],
      [null, null, null, 1],
    ];
    // Paths 2 → 1 → 4 and 2 → 3 → 4: (1/6)·1 and 9·8.
    expect(ahpComplete(extreme, "lambda-min")[1][3]).toBeCloseTo(Math.sqrt((1 / 6) * 72), 9);
  });

  test("λmax-optimal agrees with coordinate descent (the first implementation) on 18 random matrices, n = 3…5, 10–60% blank (1e-9)", () => {
    // Few and small: the reference is slow (the full comparison, n = 3…12, is in npm run bench).
    const random = seededRandom(11);
    for (let t = 0; t < 18; t++) {
      const n = 3 + (t % 3);
      const upper = randomIncomplete(n, random, [0.1, 0.25, 0.4, 0.6][t % 4]);
      const newton = ahpComplete(upper, "lambda-min");
      const reference = lambdaMinByCoordinates(upper);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          expect(Math.abs(Math.log(newton[i][j] / reference[i][j]))).toBeLessThan(1e-9);
      expect(lambdaOf(newton)).toBeCloseTo(lambdaOf(reference), 9);
    }
  });

  test("λmax-optimal at n = 20 with a quarter blank: dλmax/d ln a_ij = v_i·a_ij·w_j − v_j·a_ji·w_i is 0 at every blank (mathjs eigenvectors, 1e-10)", () => {
    const n = 20;
    const upper = randomIncomplete(n, seededRandom(20), 0.25);
    const completed = ahpComplete(upper, "lambda-min");
    const w = mathjsPrincipal(completed).w;
    const v = mathjsPrincipal(completed.map((row, i) => row.map((_, j) => completed[j][i]))).w;
    const vw = v.reduce((sum, x, k) => sum + x * w[k], 0);
    let blanks = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (upper[i][j] !== null) continue;
        blanks++;
        const slope = (v[i] * completed[i][j] * w[j] - v[j] * completed[j][i] * w[i]) / vw;
        expect(Math.abs(slope)).toBeLessThan(1e-10);
      }
    }
    expect(blanks).toBeGreaterThan(30);
    expect(lambdaOf(completed)).toBeLessThan(lambdaOf(ahpComplete(upper, "harker")));
  });
});
