import {
  JUDGEMENT_SCALES,
  ahpGci,
  ahpScale,
  compatibilityOf,
  gciThreshold,
  idealWeights,
  intransitiveTriads,
  pairwiseMatrix,
  scaleMaximum,
  scaleValue,
  weightsOf,
} from "../../src/core";
import { SPEC_3X3, SPEC_4X4, consistentMatrix, errorOf, expectClose } from "../helpers/reference";

const ANSWERS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe("judgement scales (spec §1.6; AHP-OS, Goepel 2018 Table 1)", () => {
  test("balanced (Salo & Hämäläinen 1997): 1, 1.22, 1.5, 1.86, 2.33, 3, 4, 5.67, 9", () => {
    expectClose(
      ANSWERS.map((x) => scaleValue(x, "balanced", 5)),
      [1, 11 / 9, 1.5, 13 / 7, 7 / 3, 3, 4, 17 / 3, 9],
      1e-12
    );
  });

  test("inverse linear (Ma & Zheng 1991, the 9/9–9/1 scale): 9/9, 9/8, …, 9/1", () => {
    expectClose(
      ANSWERS.map((x) => scaleValue(x, "inverse-linear", 5)),
      ANSWERS.map((x) => 9 / (10 - x)),
      1e-12
    );
  });

  test("geometric (Lootsma, a = 2): 1, 2, 4, …, 256; power: x²; root square: √x; logarithmic: log₂(x+1)", () => {
    expect(ANSWERS.map((x) => scaleValue(x, "geometric", 5))).toEqual([
      1, 2, 4, 8, 16, 32, 64, 128, 256,
    ]);
    expect(ANSWERS.map((x) => scaleValue(x, "power", 5))).toEqual([
      1, 4, 9, 16, 25, 36, 49, 64, 81,
    ]);
    expectClose(
      ANSWERS.map((x) => scaleValue(x, "root-square", 5)),
      ANSWERS.map(Math.sqrt),
      1e-15
    );
    expectClose(
      ANSWERS.map((x) => scaleValue(x, "logarithmic", 5)),
      [
        1, 1.584962500721156, 2, 2.321928094887362, 2.584962500721156, 2.807354922057604, 3,
        3.169925001442312, 3.321928094887362,
      ],
      1e-12
    );
  });

  test("AHP-OS's largest values M = c(9): 9, 3.3219, 3, 9, 9, 9, 9(n−1), 9(n−1), 81, 256", () => {
    const n = 5;
    expectClose(
      JUDGEMENT_SCALES.map((s) => scaleMaximum(s, n)),
      [9, 3.321928095, 3, 9, 9, 9, 36, 36, 81, 256],
      1e-9
    );
  });

  test("every scale gives c(1) = 1 and rises with x; balanced-n at n = 2 is the balanced scale", () => {
    for (const scale of JUDGEMENT_SCALES) {
      for (const n of [3, 4, 7]) {
        const values = ANSWERS.map((x) => scaleValue(x, scale, n));
        expect(values[0]).toBeCloseTo(1, 12);
        values.slice(1).forEach((v, k) => expect(v).toBeGreaterThan(values[k]));
      }
    }
    expectClose(
      ANSWERS.map((x) => scaleValue(x, "balanced-n", 2)),
      ANSWERS.map((x) => scaleValue(x, "balanced", 2)),
      1e-12
    );
  });

  test("Goepel (2018, eq. 41): one criterion x times above all others weighs c/(c + n − 1); adaptive-balanced keeps 90 % at x = 9 for any n", () => {
    for (const n of [3, 5, 8]) {
      const a = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => (i === j ? 1 : i === 0 ? 9 : j === 0 ? 1 / 9 : 1))
      );
      expect(weightsOf(ahpScale(a, "adaptive-balanced"), "eigen")[0]).toBeCloseTo(0.9, 10);
      expect(weightsOf(ahpScale(a, "saaty"), "eigen")[0]).toBeCloseTo(9 / (9 + n - 1), 10);
    }
    // Four criteria, one 9 times more important: 9/12 = 75 %.
    const four = [
      [1, 9, 9, 9],
      [null, 1, 1, 1],
      [null, null, 1, 1],
      [null, null, null, 1],
    ];
    expect(weightsOf(ahpScale(four, "saaty"), "eigen")[0]).toBeCloseTo(0.75, 10);
  });

  test("spec 3×3 on the balanced scale: 3 → 1.5, 5 → 7/3; weights (numpy) 0.4779, 0.3148, 0.2073", () => {
    const b = ahpScale(SPEC_3X3, "balanced");
    expectClose([b[0][1], b[0][2], b[1][2], b[1][0]], [1.5, 7 / 3, 1.5, 2 / 3], 1e-12);
    expectClose(weightsOf(b, "eigen"), [0.47791274, 0.31476946, 0.20731779], 1e-8);
  });

  test("a judgement outside 1/9…9 cannot be read on another scale; adaptive scales need 3 criteria", () => {
    expect(
      errorOf(() =>
        ahpScale(
          [
            [1, 12],
            [null, 1],
          ],
          "balanced"
        )
      ).message
    ).toBe("matrix, row 1, column 2 is 12; the balanced scale reads judgements from 1/9 to 9 only");
    expect(
      errorOf(() =>
        ahpScale(
          [
            [1, 3],
            [null, 1],
          ],
          "adaptive"
        )
      ).message
    ).toMatch(/at least 3 criteria/);
  });
});

describe("GCI, ideal mode, compatibility, ordinal inconsistency (spec §1.6)", () => {
  test("GCI of the spec 3×3 is ln²(a12·a23/a13)/3 = ln²(1.8)/3 = 0.1151644 (n = 3 closed form)", () => {
    expect(ahpGci(SPEC_3X3)).toBeCloseTo(Math.log(1.8) ** 2 / 3, 14);
    expect(ahpGci(SPEC_3X3)).toBeCloseTo(0.1151643878, 9);
  });

  test("GCI of the spec 4×4 (numpy): 0.0411938; thresholds 0.31, 0.35, 0.37; consistent → 0; n = 2 → #N/A", () => {
    expect(ahpGci(SPEC_4X4)).toBeCloseTo(0.04119382145, 10);
    expect([3, 4, 5, 9].map(gciThreshold)).toEqual([0.31, 0.35, 0.37, 0.37]);
    expect(ahpGci(consistentMatrix([4, 3, 2, 1]))).toBeCloseTo(0, 14);
    expect(
      errorOf(() =>
        ahpGci([
          [1, 3],
          [null, 1],
        ])
      ).kind
    ).toBe("NA");
  });

  test("ideal mode: the spec 3×3 weights divided by the largest (0.6370): 1, 0.40548, 0.16441", () => {
    expectClose(
      idealWeights(weightsOf(pairwiseMatrix(SPEC_3X3), "eigen")),
      [1, 0.2582849944 / 0.6369855717, 0.1047294339 / 0.6369855717],
      1e-9
    );
  });

  test("Saaty's compatibility: 1 for a matrix and its own consistent weights; respondents against a group (numpy)", () => {
    const w = [0.4, 0.3, 0.2, 0.1];
    expect(compatibilityOf(consistentMatrix(w), w)).toBeCloseTo(1, 14);
    const group = [0.57403658, 0.31135922, 0.11460421];
    expect(compatibilityOf(pairwiseMatrix(SPEC_3X3), group)).toBeCloseTo(1.0279555775, 7);
    expect(
      compatibilityOf(
        pairwiseMatrix([
          [1, 1 / 2, 3],
          [2, 1, 4],
          [1 / 3, 1 / 4, 1],
        ]),
        group
      )
    ).toBeCloseTo(1.2642854569, 7);
  });

  test("intransitive triads: none in a consistent matrix; 1 > 2 > 3 > 1 named once", () => {
    expect(intransitiveTriads(pairwiseMatrix(SPEC_4X4))).toEqual([]);
    expect(
      intransitiveTriads(
        pairwiseMatrix([
          [1, 3, 1 / 2],
          [null, 1, 3],
          [null, null, 1],
        ])
      )
    ).toEqual([[0, 1, 2]]);
    // The other way round: 1 < 2 < 3 < 1, i.e. 1 > 3 > 2 > 1.
    expect(
      intransitiveTriads(
        pairwiseMatrix([
          [1, 1 / 3, 2],
          [null, 1, 1 / 3],
          [null, null, 1],
        ])
      )
    ).toEqual([[0, 2, 1]]);
  });

  test("Kendall & Babington Smith: a regular tournament on 5 (i beats i+1, i+2) has the maximum n(n²−1)/24 = 5 triads; on 7, 14", () => {
    for (const n of [5, 7]) {
      const a = Array.from({ length: n }, (_, i) =>
        Array.from({ length: n }, (_, j) => {
          const d = (j - i + n) % n;
          return d === 0 ? 1 : d <= (n - 1) / 2 ? 3 : 1 / 3;
        })
      );
      expect(intransitiveTriads(pairwiseMatrix(a))).toHaveLength((n * (n * n - 1)) / 24);
    }
  });
});
