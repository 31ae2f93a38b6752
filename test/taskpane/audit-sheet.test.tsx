/**
 * "Add audit sheet" on the Check tab, on the in-memory workbook (preview mode): a UMKM example built
 * with Kinerja's functions gets an Audit sheet in the workbook's language whose every row agrees and
 * whose light is GREEN, in one transaction through the port (addSheetsFrom: read, then write); the
 * sheets it audits are as they were; a second audit sheet is "Audit (2)"; a workbook without Kinerja
 * cells gets none. test/workbook/all-or-nothing.test.ts fails each of its round trips in turn.
 */
import "./setup";
import { fireEvent, screen } from "@testing-library/react";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { fakePort } from "./fake-port";
import { renderPane, settle } from "./render";

async function addAuditSheet(name: RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  await settle();
  await settle();
}

/** A column of the Audit sheet from its header down, as the in-memory workbook computed it. */
function column(workbook: MemoryWorkbook, sheet: string, header: string): unknown[] {
  const { cells } = workbook.snapshot(sheet);
  const headerRow = cells.findIndex((row) => row.some((cell) => cell.value === header));
  const col = cells[headerRow].findIndex((cell) => cell.value === header);
  return cells
    .slice(headerRow + 1)
    .map((row) => row[col]?.value)
    .filter((value) => value !== "" && value !== null);
}

// 537 cells: 273 on the example's 18 register rows, and 22 more rows × 12 months of scores on
// Tracking for a register grown to 40 KPIs.
test("UMKM example in Bahasa Indonesia: Audit sheet added, 537 cells, every row agrees, GREEN", async () => {
  const workbook = new MemoryWorkbook();
  await workbook.applyPlan(
    buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "id", year: 2026 })
  );
  const before = workbook.sheetNames.map((name) => workbook.snapshot(name));
  const transactions = jest.spyOn(workbook, "addSheetsFrom");
  const writes = jest.spyOn(workbook, "applyPlan");
  await renderPane(workbook, { lang: "en", tab: "check" });
  await addAuditSheet(/^Add audit sheet$/);
  expect(screen.getByTestId("audit-sheet-outcome").textContent).toMatch(
    /Added the sheet 'Audit': 537 cells checked\./
  );
  // One transaction reads the sheets and writes the new one.
  expect(transactions).toHaveBeenCalledTimes(1);
  expect(writes).not.toHaveBeenCalled();
  expect(workbook.sheetNames.at(-1)).toBe("Audit");
  // The workbook's labels are Indonesian, so is the sheet (the pane is in English).
  const results = column(workbook, "Audit", "Pemeriksaan");
  expect(results).toHaveLength(537);
  expect(new Set(results)).toEqual(new Set(["cocok"]));
  const { cells } = workbook.snapshot("Audit");
  const light = cells.flat().find((cell) => cell.formula?.startsWith('=IF(C6>0,"RED"'));
  expect(light?.value).toBe("GREEN");
  // The first listed cell links to its cell and reads it live, by the sheet's name.
  expect(cells[12][0].formula).toBe(`=HYPERLINK("#'KPI UMKM'!F7","KPI UMKM!F7")`);
  expect(cells[12][2].formula).toBe(`=IF(ISBLANK('KPI UMKM'!F7),"",'KPI UMKM'!F7)`);
  // Nothing else changed.
  expect(before.map((sheet) => workbook.snapshot(sheet.name))).toEqual(before);

  await addAuditSheet(/^Add audit sheet$/);
  expect(workbook.sheetNames.at(-1)).toBe("Audit (2)");
});

test("a workbook with no Kinerja cell: nothing is added, and the pane says why", async () => {
  const port = fakePort();
  await renderPane(port, { lang: "id", tab: "check" });
  await addAuditSheet(/^Tambah lembar audit$/);
  expect(port.readSheets).toHaveBeenCalledTimes(1);
  expect(port.applyPlan).not.toHaveBeenCalled();
  expect(screen.getByTestId("audit-sheet-outcome").textContent).toMatch(/tidak ada yang diaudit/);
});
