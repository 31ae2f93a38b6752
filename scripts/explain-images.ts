/**
 * The README's pictures of "Explain this cell": the preview (a production preview build, or the
 * folder given as the first argument) in headless Chromium at 320 px, the worked 4 × 4 AHP example
 * explained in each language → docs/images/pane-explain-320-{en,id}.png.
 *
 *   npx ts-node scripts/explain-images.ts [built-preview-folder]
 */
import * as path from "path";
import { chromium } from "playwright-core";
import {
  buildPreview,
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  servePreview,
} from "../test/e2e/preview-server";

interface ExplainWorkbook {
  activeSheet: string;
  applyPlan(plan: unknown): Promise<unknown>;
  insertAt(sheet: string, address: string, block: unknown): Promise<unknown>;
  goTo(sheet: string, address: string): Promise<void>;
}

async function main(): Promise<void> {
  const dist = process.argv[2] ?? buildPreview();
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const lang of ["en", "id"] as const) {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      await page.goto(`${server.url}?lang=${lang}`);
      await page.getByTestId("gallery").waitFor();
      await page.evaluate(async () => {
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
      });
      await page.getByRole("tab", { name: lang === "en" ? "Check" : "Periksa" }).click();
      await page
        .getByRole("button", {
          name: lang === "en" ? "Explain the selected cell" : "Jelaskan sel terpilih",
        })
        .click();
      await page.getByTestId("explain-steps").waitFor();
      await page.waitForTimeout(300);
      const file = path.join(ROOT, `docs/images/pane-explain-320-${lang}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`wrote ${path.relative(ROOT, file)}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
