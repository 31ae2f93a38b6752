/**
 * One call laid out on its own, as the audit sheet or "write the steps beside this cell" will: its
 * footprint known first, every cell inside it, and the result formulas, on another sheet, giving
 * Kinerja's value.
 */
import { evaluateWorkbook } from "../../src/formula";
import { footprint, kinerjaCalls, layOut, reperform } from "../../src/native";
import { cellAddress, parseCell } from "../../src/sheet/a1";
import type { CellPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { matrixCells, onePlan, type Cells } from "./sheets";

/** Lays out the call in `formula` (cell H2 of sheet "s") on sheet "audit" from B3. */
function audit(cells: Cells, formula: string, spill?: CellPlan["spill"]) {
  const kinerja = evaluatePlan(onePlan({ ...cells, H2: spill ? { formula, spill } : formula }));
  const [found] = kinerjaCalls(formula, "s", "H2");
  const reperformance = reperform(found.call, "en");
  const size = footprint(reperformance);
  const laid = layOut(reperformance, { sheet: "audit", row: 2, col: 1 }, "audit");
  const results: CellPlan[] = laid.results.flatMap((row, r) =>
    row.map((f, c) => ({ address: cellAddress(20 + r, 30 + c), formula: f }))
  );
  const sheets = [
    { name: "s", cells: new Map(onePlan(cells).sheets[0].cells.map((c) => [c.address, c])) },
    { name: "audit", cells: new Map([...laid.cells, ...results].map((c) => [c.address, c])) },
  ];
  return { kinerja, size, laid, native: evaluateWorkbook(sheets) };
}

test("AHP.CHECK on another sheet: the RI table, then the band beside it, inside the footprint", () => {
  const { cells, range } = matrixCells([
    [1, 2, 4, 3],
    [1 / 2, 1, 3, 2],
    [1 / 4, 1 / 3, 1, 1 / 2],
    [1 / 3, 1 / 2, 2, 1],
  ]);
  const { kinerja, size, laid, native } = audit(cells, `=AHP.CHECK(${range})`, {
    rows: 6,
    columns: 2,
  });
  expect(size).toEqual({ rows: laid.rows, columns: laid.columns });
  // The RI table (17 rows) is taller than the band (n + 3 = 7, or the 8 results): it sets the height.
  expect(size.rows).toBe(17);
  for (const cell of laid.cells) {
    const { row, col } = parseCell(cell.address);
    expect(row - 2).toBeLessThan(size.rows);
    expect(col - 1).toBeLessThan(size.columns);
  }
  // Its inputs are read on their own sheet.
  expect(laid.cells.some((c) => c.formula?.includes("«s»!C2"))).toBe(true);
  for (let r = 0; r < 6; r++) {
    const expected = kinerja.value("s", `I${2 + r}`);
    const got = native.value("audit", cellAddress(20 + r, 31));
    if (typeof expected === "number") expect(got).toBeCloseTo(expected, 12);
    else expect(got).toBe(expected);
  }
  expect(laid.results[4][0]).toBe('="Verdict (CR ≤ 0.10)"');
});

test("OMAX.LEVEL with a level table of its own; TRAFFIC is one plain formula and needs no room", () => {
  const omax = audit(
    { A2: 92.4, B2: 70, C2: 85, D2: 99 },
    '=OMAX.LEVEL(A2,B2,C2,D2,3,"interpolate")'
  );
  expect(omax.size).toEqual({ rows: 3, columns: 11 });
  expect(omax.native.value("audit", "AE21")).toBeCloseTo(
    omax.kinerja.value("s", "H2") as number,
    12
  );
  const light = audit({ A2: 0.97 }, "=TRAFFIC(A2)");
  expect(light.size).toEqual({ rows: 0, columns: 0 });
  expect(light.laid.cells).toEqual([]);
  expect(light.laid.results).toEqual([
    ['=IF(«s»!A2="",NA(),IF(«s»!A2>=1-1E-12,"GREEN",IF(«s»!A2>=0.95-1E-12,"YELLOW","RED")))'],
  ]);
  expect(light.native.value("audit", "AE21")).toBe("YELLOW");
});
