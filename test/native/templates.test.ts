/**
 * The native version of every template (4 templates × example/blank × id/en × monthly/quarterly/
 * yearly): no Kinerja function in any cell, every cell that held one re-performed to the value
 * Kinerja's function gives (the plan evaluator with src/core), to 1e-9; nothing else changed.
 * test/native/libreoffice.test.ts has LibreOffice recalculate the same workbooks.
 */
import { callsKinerja, isKinerjaFunction, nativePlanWithReport } from "../../src/native";
import { formulaParts } from "../../src/formula";
import { sheetsFormula, sheetsFormulaProblems } from "../../src/gsheets";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { FUNCTION_CASES } from "./cases";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";
import { eachFormulaCell, sameResult } from "./sheets";

/**
 * What keeps a plan's formulas from working alike everywhere. Google Sheets' rules are the strictest
 * of the three: every function on its list (each also in Excel 2007+ and LibreOffice; no LET, LAMBDA
 * or dynamic-array function), and no range used as one value outside SUMPRODUCT, which Excel 2016
 * would read by implicit intersection. And no spilled (array) result.
 */
function portability(plan: WorkbookPlan): { problems: string[]; formulas: number } {
  const names = new Map(plan.sheets.map((sheet) => [sheet.key, sheet.name]));
  const problems: string[] = [];
  let formulas = 0;
  for (const sheet of plan.sheets)
    for (const cell of sheet.cells) {
      if (cell.spill) problems.push(`${sheet.key}!${cell.address} spills (an array formula)`);
      if (!cell.formula) continue;
      formulas++;
      for (const problem of sheetsFormulaProblems(sheetsFormula(cell.formula, names)))
        problems.push(`${sheet.key}!${cell.address}: ${problem}`);
    }
  return { problems, formulas };
}

test("the calls no template makes (every level mode, AHP method, check) work alike everywhere too", () => {
  const { plan } = nativePlanWithReport(FUNCTION_CASES);
  const { problems, formulas } = portability(plan);
  expect(problems.slice(0, 10)).toEqual([]);
  expect(formulas).toBeGreaterThan(1000);
});

const label = (v: (typeof TEMPLATE_VARIANTS)[number]) =>
  `${v.id} ${v.example ? "example" : "blank"} ${v.lang} ${v.periods}`;

describe.each(TEMPLATE_VARIANTS.map((v) => [label(v), v] as const))("%s natively", (_, variant) => {
  const kinerjaPlan = buildPlan(variant.id, { ...DEFAULT_OPTIONS, ...variant, year: 2026 });
  const { plan, report } = nativePlanWithReport(kinerjaPlan);

  test("no cell calls a Kinerja function; every cell that did is re-performed to Kinerja's value", () => {
    expect(callsKinerja(kinerjaPlan)).toBe(true);
    expect(callsKinerja(plan)).toBe(false);
    const kinerja = evaluatePlan(kinerjaPlan);
    const native = evaluatePlan(plan);
    let compared = 0;
    const mismatches: string[] = [];
    eachFormulaCell(kinerjaPlan, (sheet, address) => {
      const k = kinerja.value(sheet, address);
      const n = native.value(sheet, address);
      compared++;
      if (!sameResult(k, n))
        mismatches.push(`${sheet}!${address}: ${JSON.stringify(k)} ≠ ${JSON.stringify(n)}`);
    });
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(Object.values(report.cells).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  });

  test("one band of AHP steps per matrix: AHP.WEIGHTS reads the band its AHP.CHECK writes", () => {
    const matrices = new Set(
      kinerjaPlan.sheets.flatMap((sheet) =>
        sheet.cells.flatMap(
          (cell) => /^=AHP\.(?:WEIGHTS|CHECK)\(([^,)]+)/.exec(cell.formula ?? "")?.[1] ?? []
        )
      )
    );
    const bands = report.blocks.filter(({ block }) => block.key.startsWith("ahp|"));
    expect(bands).toHaveLength(matrices.size);
  });

  test("every formula works alike in Excel 2016+, LibreOffice and Google Sheets: known functions, no array", () => {
    const { problems, formulas } = portability(plan);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(formulas).toBeGreaterThan(100);
  });

  test("every other cell is as it was; the steps lie right of everything the sheet held", () => {
    kinerjaPlan.sheets.forEach((sheet, k) => {
      const after = new Map(plan.sheets[k].cells.map((cell) => [cell.address, cell]));
      let right = 0;
      for (const cell of sheet.cells) {
        right = Math.max(right, parseCell(cell.address).col + (cell.spill?.columns ?? 1) - 1);
        const callsKinerjaHere =
          cell.formula && formulaParts(cell.formula).calls.some(isKinerjaFunction);
        if (!callsKinerjaHere) expect(after.get(cell.address)).toEqual(cell);
      }
      for (const merge of sheet.merges ?? []) right = Math.max(right, parseRange(merge).right);
      const before = new Set(sheet.cells.map((cell) => cell.address));
      const spilled = new Set(
        sheet.cells.flatMap((cell) => {
          const { row, col } = parseCell(cell.address);
          const { rows, columns } = cell.spill ?? { rows: 1, columns: 1 };
          return Array.from({ length: rows * columns }, (_, i) =>
            cellAddress(row + Math.floor(i / columns), col + (i % columns))
          );
        })
      );
      for (const cell of plan.sheets[k].cells)
        if (!before.has(cell.address) && !spilled.has(cell.address))
          expect(parseCell(cell.address).col).toBeGreaterThan(right);
    });
  });
});
