/**
 * The RI table chosen on the Settings sheet holds in the native workbook too: the BSC example's
 * native version, its Settings choice changed in the file (as a user would, here with exceljs) before
 * LibreOffice recalculates it, gives every AHP block the CR the core computes with that table, and
 * the Settings sheet shows that table's RI values.
 *
 * Skipped, with a message, where LibreOffice is not installed locally; under CI it must be there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { RI_TABLES, ahpConsistency, randomIndex, type RiTable } from "../../src/core";
import { nativePlan } from "../../src/native";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { settingsLayout } from "../../src/templates/settings";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { writePlanToXlsxWithNames } from "../../src/workbook/xlsx-writer";
import { openWithExceljs } from "../helpers/exceljs-open";
import { convertManyWithLibreOffice, describeWithLibreOffice } from "../helpers/libreoffice";
import { sheetOf } from "../helpers/template-variants";
import { readStoredCells, type StoredValue } from "../helpers/xlsx-values";

const CHOICES = RI_TABLES.filter((table) => table !== "saaty1980");

describeWithLibreOffice(
  "the Settings choice of RI table, changed in a native BSC workbook, recalculated by LibreOffice",
  "LibreOffice checks of the RI table choice",
  () => {
    const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2026 });
    const layout = settingsLayout("omax");
    const choiceCell = cellAddress(layout.rows.riTable!, 1);
    const ahp = sheetOf(plan, "ahp");
    const settings = sheetOf(plan, "settings");
    // Each block's matrix (as Kinerja's AHP.CHECK reads it) and the cell of its CR.
    const evaluated = evaluatePlan(plan);
    const blocks = ahp.cells
      .filter((c) => c.formula?.startsWith("=AHP.CHECK("))
      .map((check) => {
        const range = /^=AHP\.CHECK\(([A-Z]+\d+(?::[A-Z]+\d+)?),/.exec(check.formula!)![1];
        const { top, left, bottom, right } = parseRange(range);
        const matrix = Array.from({ length: bottom - top + 1 }, (_, r) =>
          Array.from(
            { length: right - left + 1 },
            (_, c) => evaluated.value("ahp", cellAddress(top + r, left + c)) as number
          )
        );
        const { row, col } = parseCell(check.address);
        return { matrix, cr: cellAddress(row + 3, col + 1), label: cellAddress(row + 2, col) };
      });
    const recalculated = new Map<RiTable, Map<string, Map<string, { value: StoredValue }>>>();
    let dir: string;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "kinerja-ri-choice-"));
      const { buffer } = await writePlanToXlsxWithNames(nativePlan(plan));
      const inputs: string[] = [];
      for (const table of CHOICES) {
        const workbook = await openWithExceljs(buffer);
        workbook.getWorksheet(settings.name)!.getCell(choiceCell).value = table;
        const input = join(dir, `bsc-${table}.xlsx`);
        writeFileSync(input, Buffer.from(await workbook.xlsx.writeBuffer()));
        inputs.push(input);
      }
      const outputs = convertManyWithLibreOffice(inputs, "xlsx", join(dir, "recalculated"));
      for (const [k, table] of CHOICES.entries())
        recalculated.set(table, await readStoredCells(readFileSync(outputs[k])));
    }, 300_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test.each(CHOICES)(
      "%s: every block's CR is the core's with that table (1e-9), its RI row names the table",
      (table) => {
        const cells = recalculated.get(table)!;
        const value = (sheet: string, address: string) => cells.get(sheet)?.get(address)?.value;
        expect(blocks.length).toBeGreaterThan(3);
        for (const block of blocks) {
          // Over the members in use (a KPI block's spare members are room for KPIs added later).
          const core = ahpConsistency(block.matrix, "eigen", table).cr as number;
          const native = value(ahp.name, block.cr);
          expect(typeof native).toBe("number");
          expect(Math.abs((native as number) - core)).toBeLessThan(1e-9);
          expect(value(ahp.name, block.label)).toBe(`RI (${table})`);
        }
        for (let n = 3; n <= 15; n++)
          expect(
            value(settings.name, cellAddress(layout.riTable!.first + n - 3, 1)) as number
          ).toBeCloseTo(randomIndex(n, table)!, 12);
      }
    );
  }
);
