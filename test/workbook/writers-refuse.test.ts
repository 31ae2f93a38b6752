/**
 * The writers agree on what a valid plan is: each calls validatePlan before it writes, so the
 * Office.js writer (pure part and through Excel), the .xlsx writer and the in-memory workbook refuse
 * every broken plan of test/sheet/invalid-plans.ts with the same message, and write nothing.
 */
import { PlanError } from "../../src/sheet/validate";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { applyPlanWithExcel, workbookOperations } from "../../src/workbook/office-writer";
import { writePlanToXlsx } from "../../src/workbook/xlsx-writer";
import { INVALID_PLANS } from "../sheet/invalid-plans";
import { FakeExcel } from "./fake-excel";

/** What a writer threw: its class and message. */
async function thrown(write: () => unknown): Promise<string> {
  try {
    await write();
    return "nothing thrown";
  } catch (error) {
    return `${error instanceof PlanError ? "PlanError" : "other"}: ${(error as Error).message}`;
  }
}

describe("every writer refuses the same broken plan with the same message", () => {
  test.each(INVALID_PLANS)("$rule: $example", async ({ plan, message }) => {
    const excel = new FakeExcel();
    const memory = new MemoryWorkbook();
    const refusals = {
      officeOperations: await thrown(() =>
        workbookOperations(plan, { sheets: [], tables: [], names: [] })
      ),
      officeExcel: await thrown(() => applyPlanWithExcel(excel.context, plan)),
      xlsx: await thrown(() => writePlanToXlsx(plan)),
      memory: await thrown(() => memory.applyPlan(plan)),
    };
    const expected = `PlanError: ${message}`;
    expect(refusals).toEqual({
      officeOperations: expected,
      officeExcel: expected,
      xlsx: expected,
      memory: expected,
    });
    // Refused before anything was read or written.
    expect([excel.syncs, excel.sheets.map((s) => s.name)]).toEqual([0, ["Sheet1"]]);
    expect(await memory.listSheets()).toEqual(["Sheet1"]);
  });
});
