import { baselineIndex, omaxChange, omaxIndex, omaxLevel, omaxLevels } from "../../src/core";
import { errorOf, expectClose } from "../helpers/reference";

describe("OMAX worked examples (spec §3.4)", () => {
  test("on-time delivery 70/85/99: levels 70, 75, 80, 85, 87 … 99; actual 92.4 → floor 6, nearest 7, interpolate 6.7", () => {
    expectClose(omaxLevels(70, 85, 99), [70, 75, 80, 85, 87, 89, 91, 93, 95, 97, 99], 1e-12);
    expect(omaxLevel(92.4, 70, 85, 99)).toBe(6);
    expect(omaxLevel(92.4, 70, 85, 99, 3, "nearest")).toBe(7);
    expect(omaxLevel(92.4, 70, 85, 99, 3, "interpolate")).toBeCloseTo(6.7, 9);
  });

  test("complaints 150/60/6 (lower is better): levels 150, 120, 90, 60, 52.2857 … 6; actual 25 → 7, 8, 7.537037", () => {
    const levels = omaxLevels(150, 60, 6);
    const step = (6 - 60) / 7;
    expectClose(
      levels,
      [150, 120, 90, 60, ...[1, 2, 3, 4, 5, 6].map((k) => 60 + k * step), 6],
      1e-12
    );
    expect(levels[4]).toBeCloseTo(52.285714286, 9);
    expect(omaxLevel(25, 150, 60, 6)).toBe(7);
    expect(omaxLevel(25, 150, 60, 6, 3, "nearest")).toBe(8);
    expect(omaxLevel(25, 150, 60, 6, 3, "interpolate")).toBeCloseTo(
      7 + (29.142857142857 - 25) / (29.142857142857 - 21.428571428571),
      9
    );
    expect(omaxLevel(25, 150, 60, 6, 3, "interpolate")).toBeCloseTo(7.537037037, 9);
  });
});

describe("OMAX level rules (spec §3.1–3.2)", () => {
  test("Prism variant (m = 8): levels 1–7 step (L8 − L0)/8, level 9 midway between L8 and L10", () => {
    const levels = omaxLevels(0, 80, 100, 8);
    expectClose(levels, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 1e-12);
  });

  test("below L0 scores 0 and beyond L10 scores 10, in every mode", () => {
    for (const mode of ["floor", "nearest", "interpolate"] as const) {
      expect(omaxLevel(50, 70, 85, 99, 3, mode)).toBe(0);
      expect(omaxLevel(120, 70, 85, 99, 3, mode)).toBe(10);
      expect(omaxLevel(400, 150, 60, 6, 3, mode)).toBe(0);
      expect(omaxLevel(0, 150, 60, 6, 3, mode)).toBe(10);
    }
  });

  test("an actual exactly on a level value scores that level, even when the value is a rounded interpolation", () => {
    expect(omaxLevel(85, 70, 85, 99)).toBe(3);
    expect(omaxLevel(52.285714285714285, 150, 60, 6)).toBe(4);
    // Typed from a printed table with 9 decimals: still level 4, not 3.
    expect(omaxLevel(52.285714286, 150, 60, 6)).toBe(4);
    expect(omaxLevel(52.2857142857, 150, 60, 6)).toBe(4);
  });

  test("nearest: a tie goes to the lower level", () => {
    expect(omaxLevel(86, 70, 85, 99, 3, "nearest")).toBe(3);
    expect(omaxLevel(86.0001, 70, 85, 99, 3, "nearest")).toBe(4);
  });

  test("floor agrees with a brute-force reading of the level table on 2,000 actuals", () => {
    const levels = omaxLevels(12, 30, 95);
    for (let k = 0; k < 2000; k++) {
      const actual = 5 + (k * 100) / 2000;
      let expected = 0;
      levels.forEach((value, level) => {
        if (actual >= value) expected = level;
      });
      expect(omaxLevel(actual, 12, 30, 95)).toBe(expected);
    }
  });

  test("anchors out of order name which anchor is wrong", () => {
    expect(errorOf(() => omaxLevels(70, 100, 99)).message).toBe(
      "anchors out of order: mid is not below target (worst = 70, mid (L3) = 100, target = 99); expected worst < mid < target (higher is better) or worst > mid > target (lower is better)"
    );
    expect(errorOf(() => omaxLevels(70, 60, 99)).message).toMatch(
      /^anchors out of order: mid is not above worst/
    );
    expect(errorOf(() => omaxLevels(150, 160, 6)).message).toMatch(
      /^anchors out of order: mid is not below worst/
    );
    expect(errorOf(() => omaxLevels(150, 5, 6)).message).toMatch(
      /^anchors out of order: mid is not above target/
    );
    expect(errorOf(() => omaxLevels(5, 5, 5)).message).toMatch(
      /^anchors out of order: worst and target are equal/
    );
    expect(errorOf(() => omaxLevels(0, 5, 10, 10)).message).toMatch(
      /^mid_level must be a whole number from 1 to 9/
    );
    expect(errorOf(() => omaxLevels(0, 5, 10, 2.5)).kind).toBe("VALUE");
  });
});

describe("index and change (spec §3.3)", () => {
  test("index = Σ level × weight: 0–10 with weights summing to 1, 0–1000 with ×100", () => {
    expect(omaxIndex([6, 8, 10], [0.5, 0.3, 0.2])).toBeCloseTo(7.4, 12);
    expect(omaxIndex([6, 8, 10], [50, 30, 20])).toBeCloseTo(740, 10);
  });

  test("all-baseline index: 300 on ×100, 3 on 0–10", () => {
    expect(baselineIndex([50, 30, 20])).toBe(300);
    expect(baselineIndex([0.5, 0.3, 0.2])).toBeCloseTo(3, 12);
    expect(omaxIndex([3, 3, 3], [50, 30, 20])).toBe(baselineIndex([50, 30, 20]));
  });

  test("published check: index 335 against 300 → +11.67%", () => {
    expect(omaxChange(335, 300)).toBeCloseTo(0.116666667, 9);
  });

  test("errors", () => {
    expect(errorOf(() => omaxChange(335, 0)).kind).toBe("DIV0");
    expect(errorOf(() => omaxIndex([6, 8], [0.5])).message).toBe(
      "levels has 2 values but weights has 1; give one weight per level"
    );
    expect(errorOf(() => omaxIndex([6, 11], [0.5, 0.5])).message).toBe(
      "levels, item 2 must be a level from 0 to 10, got 11"
    );
    expect(errorOf(() => omaxIndex([6, 7], [0.5, -0.5])).message).toBe(
      "weights, item 2 must be a weight ≥ 0, got -0.5"
    );
  });
});
