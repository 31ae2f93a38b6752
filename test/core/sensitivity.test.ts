import { criticalChanges, movedWeights, sensitivityTable } from "../../src/core";
import { errorOf, expectClose } from "../helpers/reference";

// Three alternatives on three criteria (docs/methods.md §1.6 worked example): totals 6.8, 6.2, 6.4.
const EXAMPLE = {
  weights: [0.5, 0.3, 0.2],
  scores: [
    [7, 5, 9],
    [6, 8, 4],
    [8, 4, 6],
  ],
};

/** Brute force, independent of the closed form: the nearest grid weight where a pair's order flips. */
function scanCritical(k: number, step = 1e-5): number | null {
  const { weights, scores } = EXAMPLE;
  const totals = (w: number[]) => scores.map((row) => row.reduce((s, x, i) => s + x * w[i], 0));
  const now = totals(weights);
  let best: number | null = null;
  for (let t = 0; t <= 1 + 1e-12; t += step) {
    const p = totals(movedWeights(weights, k, t));
    const flipped = now.some((_, a) => now.some((__, b) => (now[a] - now[b]) * (p[a] - p[b]) < 0));
    if (flipped && (best === null || Math.abs(t - weights[k]) < Math.abs(best - weights[k])))
      best = t;
  }
  return best;
}

describe("one-way sensitivity (spec §1.6)", () => {
  test("moving a weight keeps the others' proportions and the total: w1 0.5 → 0.8 gives 0.8, 0.12, 0.08", () => {
    expectClose(movedWeights([0.5, 0.3, 0.2], 0, 0.8), [0.8, 0.12, 0.08], 1e-15);
    expectClose(movedWeights([50, 30, 20], 2, 60), [25, 15, 60], 1e-12);
  });

  test("the table runs weight k from 0 to the total; each total is linear in it", () => {
    const table = sensitivityTable(EXAMPLE, 0, 10);
    expect(table.weight).toHaveLength(11);
    expectClose(
      table.weight,
      Array.from({ length: 11 }, (_, s) => s / 10),
      1e-15
    );
    // At w1 = 0.5 (step 5) the current totals; at w1 = 1 the first criterion's scores.
    expectClose(table.totals[5], [6.8, 6.2, 6.4], 1e-12);
    expectClose(table.totals[10], [7, 6, 8], 1e-12);
    // At w1 = 0: w2, w3 in proportion 3 : 2 → 0.6, 0.4.
    expectClose(table.totals[0], [5 * 0.6 + 9 * 0.4, 8 * 0.6 + 4 * 0.4, 4 * 0.6 + 6 * 0.4], 1e-12);
  });

  test("critical changes: w1 → 4/9, w2 → 1/3, w3 → 1/9, each where B and C meet; a brute-force scan agrees", () => {
    const critical = criticalChanges(EXAMPLE);
    expectClose(
      critical.map((c) => c.critical!),
      [4 / 9, 1 / 3, 1 / 9],
      1e-12
    );
    expectClose(
      critical.map((c) => c.change!),
      [4 / 9 - 0.5, 1 / 3 - 0.3, 1 / 9 - 0.2],
      1e-12
    );
    critical.forEach((c) => expect(c.event).toEqual({ kind: "swap", first: 1, second: 2 }));
    for (const k of [0, 1, 2]) expect(scanCritical(k)!).toBeCloseTo(critical[k].critical!, 4);
  });

  test("no change anywhere in [0, 1]: an alternative best on every criterion → null", () => {
    const dominated = criticalChanges({
      weights: [0.6, 0.4],
      scores: [
        [9, 9],
        [1, 1],
      ],
    });
    expect(dominated.map((c) => c.critical)).toEqual([null, null]);
  });

  test("a scorecard's traffic light: levels 9 and 6 at 50 % each, index 7.5 (YELLOW); w1 up to 2/3 or w2 down to 1/3 turns it GREEN", () => {
    const lights = { green: 8, yellow: 4 };
    const [first, second] = criticalChanges({ weights: [0.5, 0.5], scores: [[9, 6]] }, lights);
    // Index 7.5; GREEN at 9t + 6(1 − t) = 8 → t = 2/3; YELLOW stays down to 6 (never RED).
    expect(first.critical).toBeCloseTo(2 / 3, 12);
    expect(first.event).toEqual({ kind: "light", from: "YELLOW", to: "GREEN" });
    // Weight 2 up lowers the index, never below 6; down to 1/3 raises it to 8.
    expect(second.critical).toBeCloseTo(1 / 3, 12);
    expect(second.event).toEqual({ kind: "light", from: "YELLOW", to: "GREEN" });
  });

  test("a GREEN index falls to YELLOW when its best KPI loses weight", () => {
    const [first] = criticalChanges(
      { weights: [0.8, 0.2], scores: [[9, 3]] },
      { green: 7, yellow: 4 }
    );
    // 9t + 3(1 − t) = 7 → t = 2/3.
    expect(first.critical).toBeCloseTo(2 / 3, 12);
    expect(first.event).toEqual({ kind: "light", from: "GREEN", to: "YELLOW" });
  });

  test("bad input names the argument", () => {
    expect(errorOf(() => criticalChanges({ weights: [0.5, -0.5], scores: [[1, 2]] })).message).toBe(
      "weights, item 2 must be a weight ≥ 0, got -0.5"
    );
    expect(
      errorOf(() => sensitivityTable({ weights: [1, 0], scores: [[1, 2]] }, 0, 10)).message
    ).toMatch(/criterion 1 holds all the weight/);
    expect(
      errorOf(() => criticalChanges({ weights: [0.5, 0.5], scores: [[1, 2, 3]] })).message
    ).toMatch(/^scores has 3 criteria/);
  });
});
