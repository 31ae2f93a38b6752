/**
 * Reconnect: the Kinerja cells that do not calculate — Excel's saved _xldudf_ form, an add-in file's
 * prefix, a plain call showing #NAME? — found, and entered again in the add-in's form in one batch;
 * a cell changed since the check stops the whole batch, and nothing is written.
 */
import { ahpConsistency, omaxLevel } from "../../src/core";
import { disconnectedCells, reconnectChanges } from "../../src/audit/reconnect";
import { MemoryWorkbook } from "../../src/workbook/memory";

const SPEC_3 = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

function saved(): MemoryWorkbook {
  return new MemoryWorkbook({
    AHP: {
      B2: 1,
      C2: 3,
      D2: 5,
      B3: "=1/C2",
      C3: 1,
      D3: 3,
      B4: "=1/D2",
      C4: "=1/D3",
      D4: 1,
      // As Excel saves a JavaScript custom function, and bound to another add-in's file.
      F2: "=_xldudf_AHP_CR(B2:D4)",
      F3: "=[2]!_xldudf_AHP_RI(3)",
      F4: '=IF(B2="","",_xldudf_KINERJA_AHP_CR(B2:D4))',
      // A plain call stays as it is: it calculates here.
      F5: "=AHP.CR(B2:D4)",
      // Not Kinerja's, not touched.
      F6: "=SUM(B2:D4)",
    },
    KPI: { A1: 92.4, B1: 70, C1: 85, D1: 99, E1: "=_xldudf_OMAX_LEVEL(A1,B1,C1,D1)" },
  });
}

describe("Reconnect", () => {
  test("finds the _xldudf_ cells showing #NAME? and re-enters them as =AHP.CR(…), =OMAX.LEVEL(…): they calculate", async () => {
    const workbook = saved();
    const before = await workbook.readSheets();
    expect(before[0].values[0][4]).toBe("#NAME?"); // F2 (the used range starts at B2)
    const found = disconnectedCells(before);
    expect(found.map((c) => [c.sheet, c.address, c.formula, c.forms])).toEqual([
      ["AHP", "F2", "=AHP.CR(B2:D4)", ["xldudf"]],
      ["AHP", "F3", "=AHP.RI(3)", ["foreign-file"]],
      ["AHP", "F4", '=IF(B2="","",AHP.CR(B2:D4))', ["xldudf-namespace"]],
      ["KPI", "E1", "=OMAX.LEVEL(A1,B1,C1,D1)", ["xldudf"]],
    ]);
    expect(found.every((c) => c.value === "#NAME?")).toBe(true);

    await workbook.replaceCellsOnSheets(reconnectChanges(found));
    const grid = workbook.snapshot("AHP");
    const cr = grid.cells[1][5].value as number;
    expect(cr).toBeCloseTo(ahpConsistency(SPEC_3).cr as number, 12);
    expect(grid.cells[3][5].value).toBe(cr);
    expect(grid.cells[2][5].value).toBe(0.58); // RI(3), Saaty 1980
    expect(workbook.snapshot("KPI").cells[0][4].value).toBe(omaxLevel(92.4, 70, 85, 99));
    expect(disconnectedCells(await workbook.readSheets())).toEqual([]);
    // The matrix and the other formulas are as they were.
    expect(grid.cells[1][1].value).toBe(1);
    expect(grid.cells[5][5].formula).toBe("=SUM(B2:D4)");
  });

  test("a plain call that shows #NAME? (typed before the add-in was there) is entered again as it is", () => {
    const found = disconnectedCells([
      {
        name: "S",
        address: "A1:B1",
        values: [[0.5, "#NAME?"]],
        formulas: [["=AHP.CR(X1:Z3)", "=TRAFFIC(A1)"]],
      },
    ]);
    expect(found).toEqual([
      expect.objectContaining({ address: "B1", stored: "=TRAFFIC(A1)", formula: "=TRAFFIC(A1)" }),
    ]);
  });

  test("a cell changed since the check stops the whole batch: nothing on any sheet is written", async () => {
    const workbook = saved();
    const found = disconnectedCells(await workbook.readSheets());
    await workbook.replaceCells("KPI", [
      { address: "E1", from: "=_xldudf_OMAX_LEVEL(A1,B1,C1,D1)", to: 7 },
    ]);
    await expect(workbook.replaceCellsOnSheets(reconnectChanges(found))).rejects.toMatchObject({
      problem: { code: "cellChanged", sheet: "KPI", cell: "E1" },
    });
    expect(workbook.snapshot("AHP").cells[1][5].formula).toBe("=_xldudf_AHP_CR(B2:D4)");
    expect(workbook.snapshot("AHP").cells[1][5].value).toBe("#NAME?");
  });
});
