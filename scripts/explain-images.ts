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
import { putAhpExample } from "../test/e2e/explain-example";

async function main(): Promise<void> {
  const dist = process.argv[2] ?? buildPreview();
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const lang of ["en", "id"] as const) {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      await page.goto(`${server.url}?lang=${lang}`);
      await page.getByTestId("gallery").waitFor();
      await putAhpExample(page);
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
