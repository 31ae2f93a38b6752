/**
 * The README's pictures of "Explain this cell": the preview (a production preview build, or the
 * folder given as the first argument) in headless Chromium at 320 px, the worked 4 × 4 AHP example
 * explained in each language → docs/images/pane-explain-320-{en,id}.png.
 *
 *   npx ts-node scripts/explain-images.ts [built-preview-folder]
 */
import { putAhpExample } from "../test/e2e/explain-example";
import { drawPictures } from "./preview-pictures";

drawPictures({ width: 320, height: 900 }, async (page, lang) => {
  await putAhpExample(page);
  await page.getByRole("tab", { name: lang === "en" ? "Check" : "Periksa" }).click();
  await page
    .getByRole("button", {
      name: lang === "en" ? "Explain the selected cell" : "Jelaskan sel terpilih",
    })
    .click();
  await page.getByTestId("explain-steps").waitFor();
  await page.waitForTimeout(300);
  return { file: `docs/images/pane-explain-320-${lang}.png`, fullPage: true };
});
