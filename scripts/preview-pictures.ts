/**
 * The frame of the README's pane pictures: the preview (a production preview build, or the folder
 * given as the first argument) in headless Chromium, one fresh page per language, each picture
 * written where `draw` says and named on the console.
 */
import * as path from "path";
import { chromium, type Page } from "playwright-core";
import {
  buildPreview,
  CHROMIUM,
  CHROMIUM_ARGS,
  ROOT,
  servePreview,
} from "../test/e2e/preview-server";

export type Lang = "en" | "id";

/** Opens the preview at `viewport` in each language; `draw` leaves the page ready and names the file. */
export function drawPictures(
  viewport: { width: number; height: number },
  draw: (page: Page, lang: Lang) => Promise<{ file: string; fullPage?: boolean }>
): void {
  main(viewport, draw).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

async function main(
  viewport: { width: number; height: number },
  draw: (page: Page, lang: Lang) => Promise<{ file: string; fullPage?: boolean }>
): Promise<void> {
  const dist = process.argv[2] ?? buildPreview();
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const lang of ["en", "id"] as const) {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}?lang=${lang}`);
      await page.getByTestId("gallery").waitFor();
      const { file, fullPage } = await draw(page, lang);
      await page.screenshot({ path: path.join(ROOT, file), fullPage });
      console.log(`wrote ${file}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
