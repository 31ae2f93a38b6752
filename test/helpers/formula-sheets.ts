/**
 * Sheets for the formula evaluator written as the tests think of them: sheet name → address →
 * content, where "=…" is a formula and { formula, spill } a formula whose result fills a block.
 */
import type { Scalar } from "../../src/sheet/plan";
import {
  evaluateWorkbook,
  type EvaluatedWorkbook,
  type FunctionLibrary,
  type SheetCell,
} from "../../src/formula";

export type TestCells = Record<string, Scalar | SheetCell>;

/** Evaluates the sheets; a sheet's alias is given after a "|": "data|Data (input)". */
export function evaluateSheets(
  sheets: Record<string, TestCells>,
  functions?: FunctionLibrary
): EvaluatedWorkbook {
  return evaluateWorkbook(
    Object.entries(sheets).map(([title, cells]) => {
      const [name, alias] = title.split("|");
      return { name, alias, cells: new Map(Object.entries(cells).map(([a, c]) => [a, cell(c)])) };
    }),
    functions
  );
}

function cell(content: Scalar | SheetCell): SheetCell {
  if (typeof content === "string" && content.startsWith("=")) return { formula: content };
  if (content !== null && typeof content === "object") return content;
  return { value: content };
}

/** The values of several cells of one sheet, for one expect(). */
export const valuesAt = (e: EvaluatedWorkbook, sheet: string, addresses: string[]) =>
  addresses.map((address) => e.value(sheet, address));
