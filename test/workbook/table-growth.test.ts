/**
 * A table gains a row at its end (src/workbook/table-growth.ts, the in-memory workbook): typed into
 * the empty row under it, or inserted (Tab in its last cell, Add KPI); formulas rewritten as Excel
 * rewrites them, calculated columns filled, values recomputed.
 */
import { growFormula } from "../../src/workbook/table-growth";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { isWorkbookError } from "../../src/workbook/port";
import { shown, type } from "../helpers/typing";

describe("growFormula: a table on A1:C4 (header row 1) gains row 5", () => {
  const table = { top: 0, left: 0, bottom: 3, right: 2 };
  const inserted = { sheet: "Data", formulaSheet: "Data", table, inserted: true };
  test.each([
    // A whole column of the table (from its first row or its header) grows with it.
    ["=SUM(B2:B4)", "=SUM(B2:B5)"],
    ["=SUM($B$1:$B$4)", "=SUM($B$1:$B$5)"],
    // Cells under the table move down with the inserted row; cells above or beside stay.
    ["=B5+$C$9", "=B6+$C$10"],
    ["=B3+E5", "=B3+E5"],
    // A range spanning the new row grows; part of a column does not.
    ["=SUM(A3:A7)", "=SUM(A3:A8)"],
    ["=SUM(B3:B4)", "=SUM(B3:B4)"],
    // Text and function names stay as they are.
    ['=IF(A2="B4","B4",LOG10(B4))', '=IF(A2="B4","B4",LOG10(B4))'],
  ])("%s → %s", (formula, expected) => {
    expect(growFormula(formula, inserted)).toBe(expected);
  });

  test("references from another sheet follow only when they name the table's sheet", () => {
    const other = { ...inserted, formulaSheet: "Other" };
    expect(growFormula("=SUM(Data!B2:B4)+'Data'!B5+B5", other)).toBe(
      "=SUM(Data!B2:B5)+'Data'!B6+B5"
    );
    expect(growFormula("='My data'!B4", { ...other, sheet: "My data" })).toBe("='My data'!B4");
    expect(growFormula("=INDEX('My data'!$B$2:$B$4,2)", { ...other, sheet: "My data" })).toBe(
      "=INDEX('My data'!$B$2:$B$5,2)"
    );
  });

  test("typed over the empty row under it: nothing moves, the whole columns grow", () => {
    const typed = { ...inserted, inserted: false };
    expect(growFormula("=SUM(B2:B4)+B5+B9", typed)).toBe("=SUM(B2:B5)+B5+B9");
  });
});

/** Prices and quantities in a table (A1:C3, Amount = Price × Qty calculated), totals in E1:E2. */
function ledger(totalsUnder: boolean): WorkbookPlan {
  return {
    lang: "en",
    title: "ledger",
    activate: "data",
    sheets: [
      {
        key: "data",
        name: "Data",
        cells: [
          { address: "A1", value: "Price" },
          { address: "B1", value: "Qty" },
          { address: "C1", value: "Amount" },
          { address: "A2", value: 2 },
          { address: "B2", value: 3 },
          { address: "C2", formula: "=A2*B2" },
          { address: "A3", value: 5 },
          { address: "B3", value: 1 },
          { address: "C3", formula: "=A3*B3" },
          { address: "E1", formula: "=SUM(C2:C3)" },
          { address: "E2", formula: "=ROWS(A2:A3)" },
          ...(totalsUnder ? [{ address: "C4", formula: "=SUM(C2:C3)" }] : []),
        ],
        tables: [{ name: "Ledger", range: "A1:C3", calculated: [{ col: 2, formula: "=A2*B2" }] }],
      },
    ],
  };
}

describe("the in-memory workbook: a table that gains a row", () => {
  test("prices 2×3 and 5×1, then 4×2 typed under the table: Amount 8 filled in, the total 11 → 19", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(ledger(false));
    expect(shown(wb, "Data", "E1")).toBe(11);
    await type(wb, "Data", { A4: 4, B4: 2 });
    expect(shown(wb, "Data", "C4")).toBe(8);
    expect(shown(wb, "Data", "E1")).toBe(19);
    expect(shown(wb, "Data", "E2")).toBe(3);
    // The table took the row: a value typed under it again extends it again.
    await type(wb, "Data", { A5: 1, B5: 1 });
    expect(shown(wb, "Data", "E1")).toBe(20);
  });

  test("a value typed beside the table, or under a row that is not empty, does not extend it", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(ledger(true));
    await type(wb, "Data", { A4: 4 });
    expect(shown(wb, "Data", "C4")).toBe(11); // the totals under the table, as they were
    await type(wb, "Data", { D4: 1 });
    expect(shown(wb, "Data", "E2")).toBe(2);
  });

  test("addTableRow with totals under the table: they move down a row and count the new row (4×2: 11 → 19)", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(ledger(true));
    await wb.addTableRow("Data", "B3", [
      { address: "A4", from: "", to: 4 },
      { address: "B4", from: "", to: 2 },
    ]);
    expect(shown(wb, "Data", "C4")).toBe(8);
    expect(shown(wb, "Data", "C5")).toBe(19);
    expect(shown(wb, "Data", "E1")).toBe(19);
  });

  test("addTableRow is all or nothing: a change that finds its cell not as expected leaves the table as it was", async () => {
    const wb = new MemoryWorkbook();
    await wb.applyPlan(ledger(true));
    const before = await wb.readSheet("Data");
    const failed = wb.addTableRow("Data", "B3", [
      { address: "A4", from: "", to: 4 },
      { address: "B4", from: 7, to: 2 },
    ]);
    await expect(failed).rejects.toMatchObject({ problem: { code: "cellChanged", cell: "B4" } });
    expect(await wb.readSheet("Data")).toEqual(before);
    const outside = await wb.addTableRow("Data", "E1", []).catch((error: unknown) => error);
    expect(isWorkbookError(outside) && outside.problem).toEqual({
      code: "noTable",
      sheet: "Data",
      cell: "E1",
    });
  });
});
