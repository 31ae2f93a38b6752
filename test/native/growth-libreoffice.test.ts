/**
 * A native UMKM workbook (plain functions only) whose register grew past its room, recalculated by
 * LibreOffice: the KPI in the row the register's table gained is on Tracking and counts in the index.
 *
 * What "beyond the room" means in a native workbook: the native plan keeps the register's table,
 * so in Excel it grows as the Kinerja one does (a row added at the table's end: Tab in its last
 * cell, Insert › Table Rows Below); the in-memory workbook adds that row as Excel would
 * (src/workbook/table-growth.ts), and the workbook it leaves is written with exceljs and recalculated
 * by LibreOffice, which then computes Tracking's rows beyond the register (INDEX by position) and
 * the index with its own functions. LibreOffice and Google Sheets have no table that grows at its
 * end: there a register grows only into its room.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { nativePlan } from "../../src/native";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { cellAddress, parseRange } from "../../src/sheet/a1";
import type { CellPlan, Scalar, WorkbookPlan } from "../../src/sheet/plan";
import type { SheetSnapshot } from "../../src/sheet/snapshot";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { writePlanToXlsx } from "../../src/workbook/xlsx-writer";
import { convertWithLibreOffice, describeWithLibreOffice } from "../helpers/libreoffice";
import { shown, type } from "../helpers/typing";
import { readStoredCells } from "../helpers/xlsx-values";

const num = (v: unknown): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

/** A workbook's sheets as a plan of their values and formulas (what LibreOffice recalculates). */
function planOf(sheets: SheetSnapshot[]): WorkbookPlan {
  return {
    lang: "en",
    title: "grown",
    activate: "s0",
    sheets: sheets.map((sheet, s) => {
      const cells: CellPlan[] = [];
      if (sheet.address) {
        const { top, left } = parseRange(sheet.address);
        sheet.formulas.forEach((row, r) =>
          row.forEach((content: Scalar, c) => {
            const address = cellAddress(top + r, left + c);
            if (typeof content === "string" && content.startsWith("="))
              cells.push({ address, formula: content });
            else if (content !== "" && content !== null) cells.push({ address, value: content });
          })
        );
      }
      return { key: `s${s}`, name: sheet.name, cells };
    }),
  };
}

describeWithLibreOffice(
  "a native UMKM register grown past its room, recalculated by LibreOffice",
  "LibreOffice check of a grown native register",
  () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "kinerja-native-growth-"));
    });
    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test("UMKM example, English, monthly: a 19th KPI (weight 10, target 4, actual 5) in the row the table gained counts in Tracking's index", async () => {
      const plan = nativePlan(
        buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2026 })
      );
      const wb = new MemoryWorkbook();
      await wb.applyPlan(plan);
      const reg = "UMKM KPIs";
      // The ten rows of room filled (weight 1 each, not measured), then a row added to the table.
      const room: Record<string, Scalar> = {};
      for (let row = 15; row <= 24; row++) {
        room[`A${row}`] = `K${row - 6}`;
        room[`B${row}`] = `Room KPI ${row - 6}`;
        room[`D${row}`] = 1;
        room[`H${row}`] = "higher";
        room[`I${row}`] = 10;
      }
      await type(wb, reg, room);
      const period = num(shown(wb, "Tracking", "C3"));
      const indexCell = cellAddress(88, 4 + period - 1); // the index row under the 40 score rows
      expect(shown(wb, "Tracking", "B89")).toBe("Weighted achievement (KPIs measured)");
      const before = num(shown(wb, "Tracking", indexCell));
      let measuredWeight = 0;
      for (let row = 49; row <= 66; row++)
        if (typeof shown(wb, "Tracking", cellAddress(row - 1, 4 + period - 1)) === "number")
          measuredWeight += num(shown(wb, "Tracking", `D${row}`));

      await wb.addTableRow(reg, "B24", [
        { address: "A25", from: "", to: "K19" },
        { address: "B25", from: "", to: "Repeat customers" },
        { address: "D25", from: "", to: 10 },
        { address: "H25", from: "", to: "higher" },
        { address: "I25", from: "", to: 4 },
        { address: "K25", from: "", to: "No" },
      ]);
      await type(wb, "Tracking", { [cellAddress(23, 4 + period - 1)]: 5 });

      const input = join(dir, "grown.xlsx");
      writeFileSync(input, await writePlanToXlsx(planOf(await wb.readSheets())));
      const cells = await readStoredCells(
        readFileSync(convertWithLibreOffice(input, "xlsx", join(dir, "out")))
      );
      const lo = (sheet: string, address: string) => cells.get(sheet)?.get(address)?.value;
      expect(lo("Tracking", "A24")).toBe("K19");
      expect(lo("Tracking", "B24")).toBe("Repeat customers");
      expect(lo("Tracking", "B25") ?? "").toBe("");
      expect(num(lo("Tracking", cellAddress(66, 4 + period - 1)))).toBeCloseTo(5 / 4, 9);
      const expected = (before * measuredWeight + (5 / 4) * 10) / (measuredWeight + 10);
      expect(expected).not.toBeCloseTo(before, 3);
      expect(num(lo("Tracking", indexCell))).toBeCloseTo(expected, 9);
      // The register's own totals count it too: the weights now add up to 100 + 10 × 1 + 10.
      expect(lo(reg, "D26")).toBe(120);
    }, 120_000);
  }
);
