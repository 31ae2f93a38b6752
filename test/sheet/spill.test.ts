import type { CellPlan } from "../../src/sheet/plan";
import { isSpilling, spillArea, spilledCells, spilledFrom } from "../../src/sheet/spill";

describe("spill geometry", () => {
  test("a 2 × 3 spill at B4 covers B4:D5 row by row, the anchor (0, 0) first", () => {
    const area = spillArea({ row: 3, col: 1 }, { rows: 2, columns: 3 });
    expect(area.map((cell) => `${cell.address}(${cell.r},${cell.c})`)).toEqual([
      "B4(0,0)",
      "C4(0,1)",
      "D4(0,2)",
      "B5(1,0)",
      "C5(1,1)",
      "D5(1,2)",
    ]);
  });

  test("=AHP.WEIGHTS at $H$4 over 3 rows spills into H5 and H6; a constant does not spill", () => {
    const weights: CellPlan = {
      address: "$H$4",
      formula: "=AHP.WEIGHTS(B4:D6)",
      spill: { rows: 3, columns: 1 },
    };
    const constant: CellPlan = { address: "J4", value: 1, spill: { rows: 3, columns: 1 } };
    const single: CellPlan = { address: "K4", formula: "=1", spill: { rows: 1, columns: 1 } };
    expect(spilledCells(weights).map((cell) => cell.address)).toEqual(["H5", "H6"]);
    expect([isSpilling(weights), isSpilling(constant), isSpilling(single)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(spilledCells(constant)).toEqual([]);
    expect([...spilledFrom([weights, constant, single])]).toEqual([
      ["H5", "H4"],
      ["H6", "H4"],
    ]);
  });
});
