/**
 * The README's pictures of "Add audit sheet" in preview mode: the preview (a production preview
 * build, or the folder given as the first argument) in headless Chromium at 1366 × 900, where the
 * built workbook's grid sits beside the pane; the UMKM example built with Kinerja's functions, then
 * the Check tab's "Add audit sheet", the grid on the new Audit sheet, in each language →
 * docs/images/pane-audit-sheet-{en,id}.png.
 *
 *   npx ts-node scripts/audit-sheet-images.ts [built-preview-folder]
 */
import { drawPictures } from "./preview-pictures";

drawPictures({ width: 1366, height: 900 }, async (page, lang) => {
  const en = lang === "en";
  await page.locator("[data-template=umkm]").click();
  await page.getByRole("radio", { name: en ? /Filled example/ : /Contoh terisi/ }).click();
  await page.getByRole("button", { name: en ? /^Build / : /^Buat / }).click();
  await page.getByText(en ? / made: / : / lembar dibuat: /).waitFor();
  await page.getByRole("tab", { name: en ? "Check" : "Periksa" }).click();
  await page.getByRole("button", { name: en ? "Add audit sheet" : "Tambah lembar audit" }).click();
  const done = page.getByText(en ? /^Added the sheet '/ : /^Lembar '.*' ditambahkan/);
  await done.waitFor();
  const sheet = /'([^']+)'/.exec((await done.textContent()) ?? "")?.[1] ?? "Audit";
  await page.getByTestId("preview-grid").getByRole("tab", { name: sheet, exact: true }).click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400); // the tab indicator's slide
  return { file: `docs/images/pane-audit-sheet-${lang}.png` };
});
