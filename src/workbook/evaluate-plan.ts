/**
 * A sheet plan through the formula evaluator: each plan sheet is a sheet of the evaluator named by
 * its key, with its display name as alias, so «key»!A1 and 'Name'!A1 both reach it.
 */
import type { CellPlan, WorkbookPlan } from "../sheet/plan";
import { normalCell } from "../sheet/a1";
import { evaluateWorkbook, type EvaluatedWorkbook } from "../formula";
import { KINERJA_FUNCTIONS } from "./custom-functions";

/** Evaluates every formula of a plan; results by sheet key. */
export function evaluatePlan(plan: WorkbookPlan): EvaluatedWorkbook {
  const sheets = plan.sheets.map((sheet) => {
    const cells = new Map<string, CellPlan>();
    for (const cell of sheet.cells) cells.set(normalCell(cell.address), cell);
    return { name: sheet.key, alias: sheet.name, cells };
  });
  return evaluateWorkbook(sheets, KINERJA_FUNCTIONS);
}
