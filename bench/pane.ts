/**
 * The task pane's figures for `npm run bench` (bench/run.ts calls these):
 * - paneBundles(): the production build's JavaScript as Excel fetches it, minified and gzipped (each
 *   file gzipped on its own, as a server sends it): the initial load — what taskpane.html loads
 *   before the gallery is usable (functions.js and taskpane.js: the gallery and its thumbnails are
 *   in taskpane.js, the other tabs load when first opened) — and every chunk of the pane, with the
 *   preview-only chunks (never loaded inside Office) counted apart;
 * - paneLoadTime(): milliseconds from navigation to the gallery being interactive, in headless
 *   Chromium on the production preview build served from localhost, median of several cold runs
 *   (a fresh browser context each: nothing cached). "Interactive" is the moment the gallery's
 *   effect runs (performance mark "kinerja:gallery-interactive"), checked against a click.
 * Both need no network; the load time needs Debian's Chromium (/usr/bin/chromium) and returns null
 * without it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { chromium } from "playwright-core";
import webpack from "webpack";
import {
  buildPreview,
  chromiumAvailable,
  CHROMIUM,
  CHROMIUM_ARGS,
  isLocal,
  servePreview,
} from "../test/e2e/preview-server";

const root = path.join(__dirname, "..");

export interface FileSize {
  file: string;
  minified: number;
  gzipped: number;
}

export interface BundleGroup {
  files: FileSize[];
  minified: number;
  gzipped: number;
}

export interface PaneBundles {
  /** functions.js + taskpane.js: what the pane needs before the gallery can be used. */
  initial: BundleGroup;
  /** Every chunk Excel may fetch for the pane: the initial files and each tab's and Build's chunks. */
  total: BundleGroup;
  /** Chunks only preview mode loads (the in-memory workbook): built, never fetched inside Office. */
  previewOnly: BundleGroup;
  /** Chunk files by the chunk group (tab) that loads them: "wizard", "templates"… */
  groups: Record<string, string[]>;
}

function group(dir: string, files: Iterable<string>): BundleGroup {
  const sizes = Array.from(new Set(files))
    .sort()
    .map((file): FileSize => {
      const code = fs.readFileSync(path.join(dir, file));
      return { file, minified: code.length, gzipped: zlib.gzipSync(code, { level: 9 }).length };
    });
  return {
    files: sizes,
    minified: sizes.reduce((sum, f) => sum + f.minified, 0),
    gzipped: sizes.reduce((sum, f) => sum + f.gzipped, 0),
  };
}

/** The production build (as `npm run build`) into a temporary folder, with its chunk graph. */
export async function paneBundles(): Promise<PaneBundles> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-bundle-"));
  process.env.KINERJA_BASE_URL ??= "https://localhost:3000/";
  const configure = require("../webpack.config.js");
  const config = await configure({}, { mode: "production" });
  config.output.path = dir;
  config.context = root;
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) =>
        error || !result
          ? reject(error)
          : result.hasErrors()
            ? reject(result.toString())
            : resolve(result)
      )
    );
    const json = stats.toJson({ all: false, entrypoints: true, chunkGroups: true, assets: false });
    const js = (assets: { name: string }[] | undefined) =>
      (assets ?? []).map((asset) => asset.name).filter((name) => name.endsWith(".js"));
    const entry = json.entrypoints ?? {};
    const initialFiles = [...js(entry.functions?.assets), ...js(entry.taskpane?.assets)];
    const groups: Record<string, string[]> = {};
    for (const [name, chunkGroup] of Object.entries(json.namedChunkGroups ?? {}))
      groups[name] = js(chunkGroup.assets);
    const elsewhere = new Set(
      Object.entries(groups)
        .filter(([name]) => name !== "preview")
        .flatMap(([, files]) => files)
    );
    const previewOnly = (groups.preview ?? []).filter((file) => !elsewhere.has(file));
    const all = Object.values(groups)
      .flat()
      .filter((file) => !previewOnly.includes(file));
    return {
      initial: group(dir, initialFiles),
      total: group(dir, [...initialFiles, ...all]),
      previewOnly: group(dir, previewOnly),
      groups,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Prints both, in the style of bench/run.ts. */
export async function reportPane(): Promise<void> {
  const bundles = await paneBundles();
  const line = (label: string, g: BundleGroup) =>
    console.log(
      `  ${label.padEnd(34)} minified ${kib(g.minified).padStart(10)}, gzipped ${kib(g.gzipped).padStart(9)}  (${g.files.map((f) => f.file).join(", ")})`
    );
  console.log("\nTask pane bundles (production build; each file gzipped on its own)");
  line("initial load, gallery usable", bundles.initial);
  line("every pane chunk (Excel)", bundles.total);
  line("preview only (never in Excel)", bundles.previewOnly);
  for (const [name, files] of Object.entries(bundles.groups))
    console.log(`    ${name}: ${files.join(", ")}`);
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
