import {
  JUDGEMENT_SCALES,
  ahpConsensus,
  analyseRespondents,
  consensusBand,
  scaleMaximum,
  shannonConsensus,
} from "../../src/core";
import { SPEC_3X3, errorOf, expectClose } from "../helpers/reference";

const R2 = [
  [1, 1 / 2, 3],
  [2, 1, 4],
  [1 / 3, 1 / 4, 1],
];
const R3 = [
  [1, 5, 7],
  [1 / 5, 1, 2],
  [1 / 7, 1 / 2, 1],
];

/** n respondents, respondent r judging criterion r `x` times as important as every other. */
function extremeGroup(n: number, x: number): number[][][] {
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j ? 1 : i === r ? x : j === r ? 1 / x : 1))
    )
  );
}

describe("Goepel's AHP consensus indicator S* (spec §1.6; AHP-OS getConsensus)", () => {
  test("Goepel (2018) validation: each of k respondents puts a different criterion 9× above all others → 0 % on every scale", () => {
    for (const n of [3, 4, 6]) {
      for (const scale of JUDGEMENT_SCALES) {
        expect(ahpConsensus(extremeGroup(n, 9), scale).consensus).toBeCloseTo(0, 10);
      }
    }
  });

  test("identical respondents → 100 %, very high", () => {
    const c = ahpConsensus([SPEC_3X3, SPEC_3X3, SPEC_3X3]);
    expect(c.consensus).toBeCloseTo(1, 12);
    expect(c.homogeneity).toBeCloseTo(1, 12);
    expect(c.band).toBe("very high");
  });

  test("three respondents (docs/methods.md §1.6, numpy): Hα 0.854479, Hγ 0.926943, S* 82.19 % high, S 89.51 %", () => {
    const c = ahpConsensus([SPEC_3X3, R2, R3]);
    expect(c.hAlpha).toBeCloseTo(0.8544793664, 8);
    expect(c.hGamma).toBeCloseTo(0.9269431217, 8);
    expect(c.hBeta).toBeCloseTo(0.0724637553, 8);
    expect(c.consensus).toBeCloseTo(0.8219213275, 8);
    expect(c.homogeneity).toBeCloseTo(0.8951491858, 8);
    expect(c.band).toBe("high");
  });

  test("the correction uses the scale's M: M = 9 for Saaty, 81 for power (AHP-OS ahpScale)", () => {
    const w = [
      [0.6, 0.3, 0.1],
      [0.3, 0.6, 0.1],
    ];
    const saaty = shannonConsensus(w, scaleMaximum("saaty", 3));
    const power = shannonConsensus(w, scaleMaximum("power", 3));
    expect(saaty.hBeta).toBeCloseTo(power.hBeta, 15);
    expect(power.consensus).toBeGreaterThan(saaty.consensus);
  });

  test("bands as AHP-OS words them: ≤ 50 % very low, ≤ 62.5 % low, ≤ 75 % moderate, ≤ 87.5 % high", () => {
    expect([0.5, 0.51, 0.625, 0.7, 0.75, 0.8, 0.875, 0.9].map(consensusBand)).toEqual([
      "very low",
      "low",
      "low",
      "moderate",
      "moderate",
      "high",
      "high",
      "very high",
    ]);
  });

  test("one respondent, or matrices of different sizes, are refused", () => {
    expect(errorOf(() => ahpConsensus([SPEC_3X3])).message).toMatch(/at least 2 respondents/);
    expect(
      errorOf(() =>
        ahpConsensus([
          SPEC_3X3,
          [
            [1, 2],
            [null, 1],
          ],
        ])
      ).message
    ).toMatch(/^matrix2 is 2×2/);
  });
});

describe("respondents: CR, compatibility, spread, leaving out the inconsistent (spec §1.6)", () => {
  // Respondent 4 contradicts the order (1 > 2 > 3 > 1): CR far above 0.10.
  const R4 = [
    [1, 5, 1 / 5],
    [1 / 5, 1, 5],
    [5, 1 / 5, 1],
  ];

  test("everyone consistent: group = AIJ eigenvector, compatibility and spread as numpy gives them", () => {
    const g = analyseRespondents([SPEC_3X3, R2, R3]);
    expect(g.leftOut).toEqual([]);
    expectClose(g.group!, [0.57403658, 0.31135922, 0.11460421], 1e-8);
    expectClose(
      g.respondents.map((r) => r.compatibility!),
      [1.0279555775, 1.2642854569, 1.1431538844],
      1e-7
    );
    expectClose(
      g.spread.map((s) => s.mean),
      [0.56539931, 0.3277676, 0.10683309],
      1e-8
    );
    expectClose(
      g.spread.map((s) => s.sd!),
      [0.21894832, 0.20494832, 0.01418971],
      1e-8
    );
    expect(g.spread[0].min).toBeCloseTo(0.31961826, 8);
    expect(g.spread[0].max).toBeCloseTo(0.73959409, 8);
    expect(g.consensus!.consensus).toBeCloseTo(0.8219213275, 8);
  });

  test("respondent 4 (CR > 0.10) is left out of the group, the spread and the consensus, but keeps its CR and distance", () => {
    const all = analyseRespondents([SPEC_3X3, R2, R3]);
    const g = analyseRespondents([SPEC_3X3, R2, R3, R4], 0.1);
    expect(g.leftOut).toEqual([3]);
    expect(g.respondents[3].included).toBe(false);
    expect(g.respondents[3].cr!).toBeGreaterThan(0.1);
    expectClose(g.group!, all.group!, 1e-12);
    expect(g.consensus!.consensus).toBeCloseTo(all.consensus!.consensus, 12);
    expect(g.respondents[3].compatibility!).toBeGreaterThan(1.1);
    // A threshold of 10 keeps everyone.
    expect(analyseRespondents([SPEC_3X3, R2, R3, R4], 10).leftOut).toEqual([]);
  });

  test("nobody consistent: no group, no consensus, everyone listed as left out", () => {
    const g = analyseRespondents([R4, R4], 0.1);
    expect(g.leftOut).toEqual([0, 1]);
    expect(g.group).toBeNull();
    expect(g.consensus).toBeNull();
  });
});
