import { globalWeights, hierarchyWeights } from "../../src/core";
import { errorOf } from "../helpers/reference";

describe("global weights down a hierarchy (spec §1.4)", () => {
  test("seed 002: Investor 0.298 × Satisfaction 0.338 × KPI I-1 0.264 = 0.026591136", () => {
    expect(globalWeights([[0.298, 0.338, 0.264]])[0]).toBeCloseTo(0.026591136, 12);
  });

  test("a complete hierarchy's leaves sum to 1", () => {
    const leaves = hierarchyWeights([
      {
        name: "Investor",
        weight: 0.6,
        children: [
          { name: "Satisfaction", weight: 0.7 },
          { name: "Contribution", weight: 0.3 },
        ],
      },
      { name: "Customer", weight: 0.4, children: [{ name: "Satisfaction", weight: 1 }] },
    ]);
    expect(leaves.map((l) => l.path.join("/"))).toEqual([
      "Investor/Satisfaction",
      "Investor/Contribution",
      "Customer/Satisfaction",
    ]);
    expect(leaves.map((l) => l.weight)).toEqual(
      [0.42, 0.18, 0.4].map((x) => expect.closeTo(x, 12)) as never
    );
    expect(leaves.reduce((s, l) => s + l.weight, 0)).toBeCloseTo(1, 12);
  });

  test("a group whose local weights do not sum to 1 is named", () => {
    const error = errorOf(() =>
      hierarchyWeights([
        {
          name: "Investor",
          weight: 1,
          children: [
            { name: "A", weight: 0.5 },
            { name: "B", weight: 0.4 },
          ],
        },
      ])
    );
    expect(error.message).toBe("local weights under Investor sum to 0.9; expected 1");
  });

  test("a local weight outside 0…1 names its cell", () => {
    const error = errorOf(() =>
      globalWeights([
        [0.5, 0.2],
        [0.5, 1.2],
      ])
    );
    expect(error.message).toBe(
      "local_weights, row 2, column 2 must be a local weight between 0 and 1, got 1.2"
    );
  });
});
