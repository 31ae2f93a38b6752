import { globalWeights, hierarchyWeights, treeWeights } from "../../src/core";
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

describe("global weights from a parent–child table (spec §1.4)", () => {
  test("seed 002's path in table form: Investor 0.298 × Satisfaction 0.338 × I-1 0.264 = 0.026591136", () => {
    const leaves = treeWeights([
      { item: "Investor", parent: null, weight: 0.298 },
      { item: "Others", parent: null, weight: 0.702 },
      { item: "Satisfaction", parent: "Investor", weight: 0.338 },
      { item: "Contribution", parent: "Investor", weight: 0.662 },
      { item: "I-1", parent: "Satisfaction", weight: 0.264 },
      { item: "I-2", parent: "Satisfaction", weight: 0.736 },
    ]);
    expect(leaves.map((l) => l.item)).toEqual(["Others", "Contribution", "I-1", "I-2"]);
    expect(leaves[2].weight).toBeCloseTo(0.026591136, 15);
    expect(leaves.reduce((s, l) => s + l.weight, 0)).toBeCloseTo(1, 14);
  });

  test("leaves at different depths, and an item under two parents summed over its paths (hand-computed)", () => {
    // Financial 0.4 → Revenue 0.7, Cost 0.3; Customer 0.6 → Satisfaction 0.5, Cost 0.5.
    // Cost = 0.4·0.3 + 0.6·0.5 = 0.42, and its children share 0.42: Energy 0.42·0.25, Waste 0.42·0.75.
    const leaves = treeWeights([
      { item: "Financial", parent: null, weight: 0.4 },
      { item: "Customer", parent: null, weight: 0.6 },
      { item: "Revenue", parent: "Financial", weight: 0.7 },
      { item: "Cost", parent: "Financial", weight: 0.3 },
      { item: "Satisfaction", parent: "Customer", weight: 0.5 },
      { item: "Cost", parent: "Customer", weight: 0.5 },
      { item: "Energy", parent: "Cost", weight: 0.25 },
      { item: "Waste", parent: "Cost", weight: 0.75 },
    ]);
    expect(leaves).toEqual([
      { item: "Revenue", weight: expect.closeTo(0.28, 15) },
      { item: "Satisfaction", weight: expect.closeTo(0.3, 15) },
      { item: "Energy", weight: expect.closeTo(0.105, 15) },
      { item: "Waste", weight: expect.closeTo(0.315, 15) },
    ]);
  });

  test("a group not summing to 1, an unknown parent and a cycle are refused, named", () => {
    expect(
      errorOf(() =>
        treeWeights([
          { item: "A", parent: null, weight: 0.5 },
          { item: "B", parent: null, weight: 0.4 },
        ])
      ).message
    ).toBe("local weights under the top level sum to 0.9; expected 1");
    expect(
      errorOf(() =>
        treeWeights([
          { item: "A", parent: null, weight: 1 },
          { item: "x", parent: "Z", weight: 1 },
        ])
      ).message
    ).toBe('parents, row 2: "Z" is not an item of the table; add a row for it');
    expect(
      errorOf(() =>
        treeWeights([
          { item: "A", parent: null, weight: 1 },
          { item: "B", parent: "C", weight: 1 },
          { item: "C", parent: "B", weight: 1 },
          { item: "x", parent: "A", weight: 1 },
        ])
      ).message
    ).toMatch(/its own ancestor/);
  });
});
