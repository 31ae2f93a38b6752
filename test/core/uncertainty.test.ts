import {
  ahpUncertainty,
  pairwiseMatrix,
  percentileInc,
  seededUniform,
  splitMix64,
  xoshiro128ss,
} from "../../src/core";
import { SPEC_3X3, SPEC_4X4, errorOf, expectClose } from "../helpers/reference";

describe("the seeded PRNG (spec §1.6): published test vectors", () => {
  test("xoshiro128** 1.1 from state {1, 2, 3, 4}: the reference C output (as in Rust rand_xoshiro's test)", () => {
    const next = xoshiro128ss([1, 2, 3, 4]);
    expect(Array.from({ length: 10 }, next)).toEqual([
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597,
      4258142804,
    ]);
  });

  test("SplitMix64 from seed 1477776061723855037: the reference splitmix64.c output (Rust rand's test)", () => {
    const next = splitMix64(BigInt("1477776061723855037"));
    expect([next(), next(), next(), next(), next()].map(String)).toEqual([
      "1985237415132408290",
      "2979275885539914483",
      "13511426838097143398",
      "8488337342461049707",
      "15141737807933549159",
    ]);
  });

  test("uniform numbers lie in [0, 1) and the same seed gives the same stream", () => {
    const a = seededUniform(12345);
    const b = seededUniform(12345);
    const c = seededUniform(12346);
    const xs = Array.from({ length: 10000 }, a);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 10000 }, b)).toEqual(xs);
    expect(Array.from({ length: 10000 }, c)).not.toEqual(xs);
  });
});

describe("Monte-Carlo uncertainty of the weights (spec §1.6)", () => {
  // Re-performed independently in Python (numpy.linalg.eig, numpy.percentile, a transcription of
  // splitmix64.c and xoshiro128starstar.c), following the procedure the result names.
  test("spec 4×4, spread 3, 2000 trials, seed 7: numpy's mean, 5 % and 95 % and 63.9 % same order", () => {
    const r = ahpUncertainty(pairwiseMatrix(SPEC_4X4), { spread: 3, trials: 2000, seed: 7 });
    expectClose(r.mean, [0.461595357887, 0.278489890285, 0.09732522602, 0.162589525808], 1e-9);
    expectClose(r.p05, [0.314057411589, 0.161820104792, 0.051386692723, 0.089908814273], 1e-9);
    expectClose(r.p95, [0.617053597468, 0.410442230407, 0.156401706591, 0.252227417906], 1e-9);
    expect(r.sameOrder).toBe(0.639);
    expect(r.procedure).toBe(
      "xoshiro128**, seed 7 (SplitMix64 seeding); 2000 trials; each judgement above the diagonal, row by row, × 3^(2u − 1), u = next()/2^32; eigen weights"
    );
  });

  test("spec 3×3, spread 2, 1000 trials, seed 42: numpy's mean, 5 % and 95 %", () => {
    const r = ahpUncertainty(pairwiseMatrix(SPEC_3X3), { spread: 2, trials: 1000, seed: 42 });
    expectClose(r.weights, [0.6369855717, 0.2582849944, 0.1047294339], 1e-9);
    expectClose(r.mean, [0.636344508664, 0.25746227269, 0.106193218646], 1e-9);
    expectClose(r.p05, [0.521391779405, 0.171723429113, 0.06522107433], 1e-9);
    expectClose(r.p95, [0.741530355858, 0.363128994561, 0.156194567199], 1e-9);
    expect(r.sameOrder).toBe(1);
  });

  test("same seed → identical numbers; another seed → other numbers", () => {
    const a = pairwiseMatrix(SPEC_4X4);
    const first = ahpUncertainty(a, { trials: 500, seed: 3 });
    const again = ahpUncertainty(a, { trials: 500, seed: 3 });
    const other = ahpUncertainty(a, { trials: 500, seed: 4 });
    expect(again).toEqual(first);
    expect(other.mean).not.toEqual(first.mean);
  });

  test("spread 1 moves nothing: every trial gives the weights, the interval is a point", () => {
    const r = ahpUncertainty(pairwiseMatrix(SPEC_4X4), { spread: 1, trials: 50 });
    expectClose(r.p05, r.weights, 1e-12);
    expectClose(r.p95, r.weights, 1e-12);
    expect(r.sameOrder).toBe(1);
  });

  test("PERCENTILE.INC: 5 % of 1…101 is 6, 95 % is 96; of [1, 2] 1.05 and 1.95", () => {
    const values = Array.from({ length: 101 }, (_, k) => k + 1);
    expect(percentileInc(values, 0.05)).toBeCloseTo(6, 12);
    expect(percentileInc(values, 0.95)).toBeCloseTo(96, 12);
    expect(percentileInc([1, 2], 0.05)).toBeCloseTo(1.05, 12);
    expect(percentileInc([1, 2], 0.95)).toBeCloseTo(1.95, 12);
  });

  test("bad options are refused, naming the option", () => {
    const a = pairwiseMatrix(SPEC_3X3);
    expect(errorOf(() => ahpUncertainty(a, { spread: 0.5 })).message).toMatch(/^spread must be/);
    expect(errorOf(() => ahpUncertainty(a, { trials: 0 })).message).toMatch(/^trials must be/);
    expect(errorOf(() => ahpUncertainty(a, { trials: 1.5 })).message).toMatch(/^trials must be/);
    expect(errorOf(() => ahpUncertainty(a, { seed: -1 })).message).toMatch(/^seed must be/);
  });
});
