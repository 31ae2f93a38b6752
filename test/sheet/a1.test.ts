import {
  absCell,
  absRange,
  absolute,
  cellAddress,
  columnIndex,
  columnLetter,
  cellOnSheet,
  normalCell,
  normalRange,
  parseCell,
  parseRange,
  rangeAddress,
  rangeOnSheet,
  shiftRows,
} from "../../src/sheet/a1";

describe("A1 addresses", () => {
  test("columns: 0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA, 16383 → XFD, and back", () => {
    const pairs: [number, string][] = [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    expect(pairs.map(([index]) => columnLetter(index))).toEqual(pairs.map(([, l]) => l));
    expect(pairs.map(([, letters]) => columnIndex(letters))).toEqual(pairs.map(([i]) => i));
    expect(columnIndex("xfd")).toBe(16383);
  });

  test('"$b$4" is row 3, column 1, and prints as "B4"', () => {
    expect(parseCell("$b$4")).toEqual({ row: 3, col: 1 });
    expect(cellAddress(3, 1)).toBe("B4");
    expect(normalCell(" $b$4 ")).toBe("B4");
    expect(() => parseCell("B")).toThrow("not a cell address: B");
    expect(() => parseCell("4B")).toThrow("not a cell address: 4B");
  });

  test('a range "D9:b4" has corners B4 and D9; one cell prints without a colon', () => {
    expect(parseRange("D9:b4")).toEqual({ top: 3, left: 1, bottom: 8, right: 3 });
    expect(normalRange("D9:b4")).toBe("B4:D9");
    expect(normalRange("$B$4:$B$4")).toBe("B4");
    expect(rangeAddress(3, 1, 3, 1)).toBe("B4");
  });

  test('absolute: "b4" → "$B$4", "B4:D9" → "$B$4:$D$9", from corners too', () => {
    expect(absolute("b4")).toBe("$B$4");
    expect(absolute("B4:$D9")).toBe("$B$4:$D$9");
    expect(absRange(4, 4, 11, 4)).toBe("$E$5:$E$12");
    expect(absRange(4, 4, 4, 4)).toBe("$E$5");
    expect(absCell(2, 2)).toBe("$C$3");
  });

  test("on Excel's grid: XFD1048576 is the last cell; XFE1, A1048577, A0 and A1:B2:C3 are not cells or ranges", () => {
    expect(cellOnSheet("$XFD$1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(["XFE1", "A1048577", "A0", "B", "4B"].map(cellOnSheet)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rangeOnSheet("D9:b4")).toEqual({ top: 3, left: 1, bottom: 8, right: 3 });
    expect(rangeOnSheet("C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(["A1:XFE1", "A1:B2:C3", "A1:", ""].map(rangeOnSheet)).toEqual([null, null, null, null]);
  });
});

describe("shiftRows: a formula filled down a table column", () => {
  test.each([
    ["=D7-C7", 2, "=D9-C9"],
    ['=IF($D7="","",$D$3*D7)', 1, '=IF($D8="","",$D$3*D8)'],
    ["=INDEX(«tracking»!$E6:$P6,«tracking»!$C$3)", 3, "=INDEX(«tracking»!$E9:$P9,«tracking»!$C$3)"],
    ["='Sheet A1'!B2&\"A1\"", 1, "='Sheet A1'!B3&\"A1\""],
    ["=LOG10(A1)+ROW()/10^7+1E7", 1, "=LOG10(A2)+ROW()/10^7+1E7"],
    ["=KPI.ACHIEVEMENT(K7,I7,H7)", 4, "=KPI.ACHIEVEMENT(K11,I11,H11)"],
  ])("%s moved %d rows down: %s", (formula, rows, expected) => {
    expect(shiftRows(formula, rows)).toBe(expected);
  });
});
