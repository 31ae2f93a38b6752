import { ahpGroup, ahpGroupWeights, ahpWeights } from "../../src/core";
import { SPEC_3X3, errorOf, expectClose } from "../helpers/reference";

const respondentB = [
  [1, 5, 3],
  [1 / 5, 1, 1 / 2],
  [1 / 3, 2, 1],
];
const respondentC = [
  [1, 1 / 2, 7],
  [2, 1, 4],
  [1 / 7, 1 / 4, 1],
];

describe("group judgements (spec §1.4)", () => {
  test("AIJ: element-wise geometric mean, reciprocal again", () => {
    const group = ahpGroup([SPEC_3X3, respondentB, respondentC]);
    expect(group[0][1]).toBeCloseTo(Math.cbrt(3 * 5 * 0.5), 12);
    expect(group[0][2]).toBeCloseTo(Math.cbrt(5 * 3 * 7), 12);
    expect(group[1][2]).toBeCloseTo(Math.cbrt(3 * 0.5 * 4), 12);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) expect(group[i][j] * group[j][i]).toBeCloseTo(1, 12);
  });

  test("two opposite respondents cancel out to equal weights", () => {
    const group = ahpGroup([
      [
        [1, 3],
        [1 / 3, 1],
      ],
      [
        [1, 1 / 3],
        [3, 1],
      ],
    ]);
    expectClose(group.flat(), [1, 1, 1, 1], 1e-15);
  });

  test("AIJ with geomean priorities equals AIP-geomean; AIP-mean differs", () => {
    const matrices = [SPEC_3X3, respondentB, respondentC];
    const aij = ahpGroupWeights(matrices, "aij", "geomean");
    const aipGeo = ahpGroupWeights(matrices, "aip-geomean", "geomean");
    const aipMean = ahpGroupWeights(matrices, "aip-mean", "geomean");
    expectClose(aij, aipGeo, 1e-12);
    expect(Math.abs(aipMean[0] - aij[0])).toBeGreaterThan(1e-4);
    // AIP-mean by hand: the average of the three priority vectors.
    const vectors = matrices.map((m) => ahpWeights(m, "geomean"));
    expectClose(
      aipMean,
      [0, 1, 2].map((i) => (vectors[0][i] + vectors[1][i] + vectors[2][i]) / 3),
      1e-12
    );
  });

  test("respondent weights: a weight of 0 drops a respondent", () => {
    const group = ahpGroup([SPEC_3X3, respondentB], [1, 0]);
    group.forEach((row, i) => expectClose(row, SPEC_3X3[i], 1e-12));
  });

  test("respondents must compare the same criteria", () => {
    const error = errorOf(() =>
      ahpGroup([
        SPEC_3X3,
        [
          [1, 2],
          [0.5, 1],
        ],
      ])
    );
    expect(error.message).toBe(
      "matrix2 is 2×2 but matrix1 is 3×3; all respondents must compare the same criteria"
    );
  });

  test("a bad cell names the respondent's matrix", () => {
    const error = errorOf(() =>
      ahpGroup([
        SPEC_3X3,
        [
          [1, 2, "x"],
          [null, 1, 1],
          [null, null, 1],
        ],
      ])
    );
    expect(error.message).toMatch(/^matrix2, row 1, column 3 must be a positive number/);
  });
});
