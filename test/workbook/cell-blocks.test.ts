import { blocks, rectangles } from "../../src/workbook/cell-blocks";
import { parseCell } from "../../src/sheet/a1";

const cells = (...addresses: string[]) => addresses.map((a) => parseCell(a));

describe("cells grouped into rectangles for one write each", () => {
  test("records down a sheet with a blank row between them are one block (the blank row written empty)", () => {
    // Two 2-row records (label | value) with an empty row 3 between, and a wider title row.
    const positions = cells("A1", "C1", "A2", "B2", "A4", "B4", "A5", "B5");
    expect(blocks(positions)).toEqual([{ top: 0, left: 0, bottom: 4, right: 2 }]);
  });

  test("a block never covers a cell a formula spills into: that row is written run by run around it", () => {
    // F1 spills down to F3; A2 and H2 sit in a row the spill crosses.
    const positions = cells("A1", "F1", "H1", "A2", "H2", "A4", "H4");
    const spill = cells("F2", "F3");
    expect(blocks(positions, spill)).toEqual([
      { top: 0, left: 0, bottom: 0, right: 7 }, // row 1: the spill's anchor is content
      { top: 3, left: 0, bottom: 3, right: 7 }, // row 4: past the spill
      { top: 1, left: 0, bottom: 1, right: 0 }, // row 2: A2 …
      { top: 1, left: 7, bottom: 1, right: 7 }, // … and H2, not F2 between them
    ]);
  });

  test("rectangles bridge a gap only over cells the test allows", () => {
    const positions = cells("A1", "C1", "A2", "C2");
    expect(rectangles(positions, (row, col) => !(row === 1 && col === 1))).toEqual([
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 1, left: 0, bottom: 1, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 2 },
    ]);
    expect(rectangles(positions, true)).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
  });
});
