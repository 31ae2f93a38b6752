/**
 * The worked 4 × 4 AHP example (docs/methods.md §1.5) put into the preview's in-memory workbook with
 * its weights spilling down G2:G5, and G2 selected: what the explain view's e2e test and its README
 * pictures (scripts/explain-images.ts) explain.
 */
import type { Page } from "playwright-core";

/** What is asked of the in-memory workbook (window.kinerjaWorkbook). */
interface ExplainWorkbook {
  activeSheet: string;
  insertAt(sheet: string, address: string, block: unknown): Promise<unknown>;
  goTo(sheet: string, address: string): Promise<void>;
}

/** Writes the example on the active sheet and selects its weights' cell; returns the sheet's name. */
export function putAhpExample(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const wb = (window as unknown as { kinerjaWorkbook: ExplainWorkbook }).kinerjaWorkbook;
    const sheet = wb.activeSheet;
    await wb.insertAt(sheet, "B2", {
      rows: [
        [1, 2, 4, 3],
        ["=1/C2", 1, 3, 2],
        ["=1/D2", "=1/D3", 1, 0.5],
        ["=1/E2", "=1/E3", "=1/E4", 1],
      ],
    });
    await wb.insertAt(sheet, "G2", {
      rows: [["=AHP.WEIGHTS(B2:E5)"]],
      spills: [{ row: 0, col: 0, rows: 4, columns: 1 }],
    });
    await wb.goTo(sheet, "G2");
    return sheet;
  });
}
