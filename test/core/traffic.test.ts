import { achievement, omaxTraffic, parseDirection, traffic } from "../../src/core";
import { errorOf } from "../helpers/reference";

describe("achievement (spec §4.1)", () => {
  test("higher is better: actual / target", () => {
    expect(achievement(95, 100)).toBeCloseTo(0.95, 15);
    expect(achievement(120, 100, "higher")).toBeCloseTo(1.2, 15);
  });

  test("lower is better: target / actual; actual 0 scores 100%", () => {
    expect(achievement(8, 6, "lower")).toBeCloseTo(0.75, 15);
    expect(achievement(0, 6, "lower")).toBe(1);
    expect(achievement(0, 0, "lower")).toBe(1);
    expect(achievement(3, 0, "lower")).toBe(0);
  });

  test("target 0 with higher-is-better is #DIV/0!", () => {
    expect(errorOf(() => achievement(5, 0)).kind).toBe("DIV0");
  });

  test("negative targets and lower-is-better negatives are #VALUE! with the rule", () => {
    expect(errorOf(() => achievement(5, -1)).message).toBe(
      "target must be positive for a higher-is-better KPI, got -1"
    );
    expect(errorOf(() => achievement(-2, 5, "lower")).message).toBe(
      "actual must be 0 or more for a lower-is-better KPI, got -2"
    );
  });

  test("direction words: English and Indonesian, any case", () => {
    expect(["higher", "LOWER", " Tinggi ", "rendah"].map((t) => parseDirection(t))).toEqual([
      "higher",
      "lower",
      "higher",
      "lower",
    ]);
    // As an owner says it, and the old short words still read.
    expect(
      ["makin tinggi makin baik", "Makin  rendah makin baik"].map((t) => parseDirection(t))
    ).toEqual(["higher", "lower"]);
    expect(errorOf(() => parseDirection("up")).message).toBe(
      'direction must be "higher" or "lower" (or "makin tinggi makin baik" / "makin rendah makin baik"), got the text "up"'
    );
  });
});

describe("traffic light (spec §4)", () => {
  test("achievement: GREEN from 100%, YELLOW from 95%, RED below", () => {
    expect([1.2, 1, 0.999, 0.95, 0.9499, 0].map((v) => traffic(v))).toEqual([
      "GREEN",
      "GREEN",
      "YELLOW",
      "YELLOW",
      "RED",
      "RED",
    ]);
  });

  test("a computed 95% (19/20 with rounding noise) is YELLOW, not RED", () => {
    expect(traffic(0.95 - 1e-15)).toBe("YELLOW");
    expect(traffic(achievement(95, 100))).toBe("YELLOW");
  });

  test("OMAX levels: GREEN from 8, YELLOW from 4, RED below", () => {
    expect([10, 8, 7.9, 4, 3.99, 0].map((l) => omaxTraffic(l))).toEqual([
      "GREEN",
      "GREEN",
      "YELLOW",
      "YELLOW",
      "RED",
      "RED",
    ]);
    expect(omaxTraffic(6, 6, 3)).toBe("GREEN");
  });

  test("thresholds are parameters; yellow above green is an error", () => {
    expect(traffic(0.9, 0.9, 0.8)).toBe("GREEN");
    expect(errorOf(() => traffic(0.9, 0.8, 0.9)).message).toBe(
      "yellow threshold (0.9) must not exceed the green threshold (0.8)"
    );
    expect(errorOf(() => omaxTraffic(11)).message).toBe("level must be from 0 to 10, got 11");
  });
});
