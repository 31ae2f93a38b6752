/**
 * The native Balanced Scorecard grows as the Kinerja one does: a KPI typed into a row of room (its
 * code, name and anchors on the register, its 1 on the diagonal and its judgements in the AHP block,
 * its actual on Tracking) — typed into the native workbook after it was generated, as its owner
 * would — and LibreOffice recalculates the register's index and the dashboard's to the index
 * recomputed independently (test/helpers/omax-room.ts), within 1e-9.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { nativePlan } from "../../src/native";
import { readRegister } from "../../src/readers/register-reader";
import { cellAddress } from "../../src/sheet/a1";
import type { Scalar, WorkbookPlan } from "../../src/sheet/plan";
import { writePlanToXlsxWithNames } from "../../src/workbook/xlsx-writer";
import { convertWithLibreOffice, describeWithLibreOffice } from "../helpers/libreoffice";
import { built, cellOf, linkedCell, memberCells, num, recomputedIndex } from "../helpers/omax-room";
import { shown as value, type } from "../helpers/typing";
import { readStoredCells } from "../helpers/xlsx-values";

/** Types `cells` into a plan's sheet named `sheet`: a constant, or a formula such as =1/3. */
function typeIntoPlan(plan: WorkbookPlan, sheet: string, cells: Record<string, Scalar>): void {
  const target = plan.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  for (const [address, typed] of Object.entries(cells)) {
    const isFormula = typeof typed === "string" && typed.startsWith("=");
    const content = isFormula ? { formula: typed } : { value: typed };
    const k = target.cells.findIndex((c) => c.address === address);
    if (k < 0) target.cells.push({ address, style: "input", ...content });
    else {
      const kept = { ...target.cells[k] };
      delete kept.formula;
      delete kept.value;
      target.cells[k] = { ...kept, ...content };
    }
  }
}

describeWithLibreOffice(
  "A KPI typed into a row of room of the native Balanced Scorecard",
  "LibreOffice check of a native register grown by hand",
  () => {
    let dir: string;
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("BSC example (English, monthly), native: a KPI typed into Customer's room, judged 2 and 1/3 …, recalculates in LibreOffice to the index recomputed independently", async () => {
      const { plan, wb, reg, ahp, dashboard } = await built("bsc", 2026);
      const register = readRegister(await wb.readSheet(reg))!;
      const { columns } = register;
      const groupOf = (row: number) => cellOf(register.snapshot, row, columns.group!, "values");
      const roomRow = register.room.find((row) => groupOf(row) === "Customer")!;
      const link = linkedCell(cellOf(register.snapshot, roomRow, columns.localWeight!, "formulas"));
      const { k, cell, inUse } = memberCells(await wb.readSheet(ahp), link);
      const typed: Record<string, Record<string, Scalar>> = {
        [reg]: {
          [cellAddress(roomRow, columns.code!)]: "C9",
          [cellAddress(roomRow, columns.name!)]: "Orders shipped complete",
          [cellAddress(roomRow, columns.worst!)]: 70,
          [cellAddress(roomRow, columns.mid!)]: 85,
          [cellAddress(roomRow, columns.target!)]: 99,
        },
        [ahp]: { [cell(k, k)]: 1 },
        Tracking: {},
      };
      inUse.forEach((i, n) => {
        typed[ahp][cell(Math.min(i, k), Math.max(i, k))] = n % 2 === 0 ? 2 : "=1/3";
      });
      const period = num(value(wb, "Tracking", "C3"));
      typed.Tracking[cellAddress(5 + roomRow - register.headerRow - 1, 4 + period - 1)] = 93;

      // The independent index, from the cells as typed (in the in-memory workbook) …
      for (const [sheet, cells] of Object.entries(typed)) await type(wb, sheet, cells);
      const expected = await recomputedIndex(wb, reg, ahp, "bsc");
      // … and LibreOffice's, from the native workbook with the same cells typed in.
      const native = nativePlan(plan);
      for (const [sheet, cells] of Object.entries(typed)) typeIntoPlan(native, sheet, cells);
      dir = mkdtempSync(join(tmpdir(), "kinerja-native-room-"));
      const { buffer } = await writePlanToXlsxWithNames(native);
      const input = join(dir, "bsc-grown.xlsx");
      writeFileSync(input, buffer);
      const recalculated = await readStoredCells(
        readFileSync(convertWithLibreOffice(input, "xlsx", join(dir, "out")))
      );
      const lo = (sheet: string, address: string) => recalculated.get(sheet)?.get(address)?.value;
      const total = cellAddress(register.totalRow!, columns.weighted!);
      expect(Math.abs(num(lo(reg, total) as Scalar) - expected.index)).toBeLessThan(1e-9);
      expect(Math.abs(num(lo(dashboard, "B4") as Scalar) - expected.index)).toBeLessThan(1e-9);
      expect(expected.kpis).toBe(11);
    }, 120_000);
  }
);
