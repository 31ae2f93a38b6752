/**
 * The task pane's figures for `npm run bench` (bench/run.ts calls these):
 * - paneBundleSize(): dist/taskpane.js of the production build, minified and gzipped — what Excel
 *   downloads for the pane (the preview chunk is separate and never loaded inside Office);
 * - paneLoadTime(): milliseconds from navigation to the gallery being interactive, in headless
 *   Chromium on the production preview build served from localhost, median of several cold runs
 *   (a fresh browser context each: nothing cached). "Interactive" is the moment the gallery's
 *   effect runs (performance mark "kinerja:gallery-interactive"), checked against a click.
 * Both need no network; the load time needs Debian's Chromium (/usr/bin/chromium) and returns null
 * without it.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { chromium } from "playwright-core";
import {
  buildPreview,
  chromiumAvailable,
  CHROMIUM,
  CHROMIUM_ARGS,
  isLocal,
  servePreview,
} from "../test/e2e/preview-server";

const root = path.join(__dirname, "..");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** dist/taskpane.js (production), minified and gzipped, in bytes; builds first when missing or stale. */
export function paneBundleSize(): { minified: number; gzipped: number; file: string } {
  const file = path.join(root, "dist/taskpane.js");
  const stale =
    !fs.existsSync(file) ||
    fs.statSync(file).mtimeMs < newestSource(path.join(root, "src")) ||
    fs.readFileSync(path.join(root, "dist/taskpane.html"), "utf8").includes("office-js/office.js");
  if (stale) {
    console.log("(building the production bundle first: npm run build)");
    execSync("npx webpack --mode production", { cwd: root, stdio: "ignore" });
  }
  const code = fs.readFileSync(file);
  return { minified: code.length, gzipped: zlib.gzipSync(code, { level: 9 }).length, file };
}

export interface LoadTime {
  /** Median milliseconds from navigation start to the gallery being interactive. */
  median: number;
  runs: number[];
  /** Median milliseconds to Office.onReady (office.js's own start, before the pane renders). */
  officeReady: number;
}

const median = (values: number[]) =>
  values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Navigation → interactive gallery in headless Chromium, median of `runs` cold loads; null without Chromium. */
export async function paneLoadTime(runs = 7): Promise<LoadTime | null> {
  if (!chromiumAvailable()) return null;
  const dist = buildPreview();
  const server = await servePreview(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    const ready: number[] = [];
    for (let k = 0; k < runs + 1; k++) {
      const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
      await context.route("**/*", (route) =>
        isLocal(route.request().url()) ? route.continue() : route.abort()
      );
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: "commit" });
      await page.waitForFunction(
        () => performance.getEntriesByName("kinerja:gallery-interactive").length > 0,
        undefined,
        { timeout: 30000, polling: 10 }
      );
      const [ms, officeMs] = await page.evaluate(() => [
        performance.getEntriesByName("kinerja:gallery-interactive")[0].startTime,
        performance.getEntriesByName("kinerja:office-ready")[0]?.startTime ?? NaN,
      ]);
      // Interactive means it answers: choosing a template changes the Build button.
      await page.locator("[data-template=bsc]").click();
      await page.getByRole("button", { name: /Balanced Scorecard$/ }).waitFor();
      // The first run warms the server's file cache, not the browser's: it is not counted.
      if (k > 0) {
        times.push(ms);
        ready.push(officeMs);
      }
      await context.close();
    }
    return { median: median(times), runs: times, officeReady: median(ready) };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

/** Prints both, in the style of bench/run.ts. */
export async function reportPane(): Promise<void> {
  const { minified, gzipped } = paneBundleSize();
  console.log("\nTask pane bundle (dist/taskpane.js, production)");
  console.log(
    `  minified ${(minified / 1024).toFixed(1)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB`
  );
  const load = await paneLoadTime();
  console.log(
    "\nTask pane load, navigation → gallery interactive (headless Chromium, preview build)"
  );
  if (!load) console.log(`  skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  else
    console.log(
      `  median ${load.median.toFixed(0)} ms over ${load.runs.length} cold loads (${load.runs.map((t) => t.toFixed(0)).join(", ")}); ` +
        `office.js ready at ${load.officeReady.toFixed(0)} ms`
    );
}

if (require.main === module) {
  reportPane().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
