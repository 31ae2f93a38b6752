/**
 * The README's pictures of "Add audit sheet" in preview mode: the preview (a production preview
 * build, or the folder given as the first argument) in headless Chromium at 1366 × 900, where the
 * built workbook's grid sits beside the pane; the UMKM example built with Kinerja's functions, then
 * the Check tab's "Add audit sheet", the grid on the new Audit sheet, in each language →
 * docs/images/pane-audit-sheet-{en,id}.png.
 *
 *   npx ts-node scripts/audit-sheet-images.ts [built-preview-folder]
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

async function main(): Promise<void> {
  const dist = process.argv[2] ?? buildPreview();
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const lang of ["en", "id"] as const) {
      const en = lang === "en";
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${server.url}?lang=${lang}`);
      await page.getByTestId("gallery").waitFor();
      await page.locator("[data-template=umkm]").click();
      await page.getByRole("radio", { name: en ? /Filled example/ : /Contoh terisi/ }).click();
      await page.getByRole("button", { name: en ? /^Build / : /^Buat / }).click();
      await page.getByText(en ? / made: / : / lembar dibuat: /).waitFor();
      await page.getByRole("tab", { name: en ? "Check" : "Periksa" }).click();
      await page
        .getByRole("button", { name: en ? "Add audit sheet" : "Tambah lembar audit" })
        .click();
      const done = page.getByText(en ? /^Added the sheet '/ : /^Lembar '.*' ditambahkan/);
      await done.waitFor();
      const sheet = /'([^']+)'/.exec((await done.textContent()) ?? "")?.[1] ?? "Audit";
      await page.getByTestId("preview-grid").getByRole("tab", { name: sheet, exact: true }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(400); // the tab indicator's slide
      const file = path.join(ROOT, `docs/images/pane-audit-sheet-${lang}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(ROOT, file)} (${sheet})`);
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
