/**
 * npm run bench:pane -- --against <git ref> [--runs 15]
 *
 * The task pane of this checkout (B) against another commit (A), side by side in one run — absolute
 * times on a shared machine vary from day to day; ratios measured together are what count:
 * - A is checked out in a temporary `git worktree` with its own node_modules (a hard-link copy of
 *   this checkout's when the two package-lock.json are equal, else `npm ci`), removed at the end;
 * - both are built as the production preview (`webpack --mode production --env preview`: the same
 *   JavaScript as the production build, with office.js served from the @microsoft/office-js package)
 *   and served on localhost;
 * - headless Chromium (Debian's) loads them cold, alternately (A B, B A, …), at 320 × 800, each load
 *   in a fresh browser context; the first pair is not counted (it warms the server's file cache);
 * - per load: time to a usable gallery (the performance mark "kinerja:gallery-interactive", checked
 *   with a click), main-thread script time (CDP Performance.getMetrics ScriptDuration) at that moment
 *   and once the page has settled (everything prefetched), and each other tab's first click: from the
 *   click to its content on screen (the next paint);
 * - first-load bytes: the scripts and styles taskpane.html loads (office.js aside), minified and each
 *   gzipped on its own as a server sends it; and the source files that ship in more than one chunk
 *   (from the source maps);
 * - the first screen: on each side's first counted load, once settled, a screenshot
 *   (test-results/bench-pane/A.png, B.png) and how many of its pixels differ between A and B.
 * Prints medians with min–max, and the ratio B ÷ A (per pair for times).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import * as zlib from "zlib";
import { chromium, type Browser } from "playwright-core";
import {
  buildPreview,
  chromiumAvailable,
  CHROMIUM,
  CHROMIUM_ARGS,
  isLocal,
  ROOT,
  servePreview,
  type PreviewServer,
} from "../test/e2e/preview-server";

/* global document, performance, requestAnimationFrame, setTimeout, HTMLElement, Image */

interface Side {
  label: string;
  root: string;
  dist: string;
  server?: PreviewServer;
}

/** One cold load's figures, in milliseconds. */
interface Load {
  gallery: number;
  scriptAtGallery: number;
  scriptSettled: number;
  tabs: Record<string, number>;
}

/** The other tabs (their TabName in App.tsx), in the order first clicked, and what shows they are usable. */
const TABS = [
  { tab: "wizard", label: "AHP", ready: "textarea" },
  { tab: "catalogue", label: "KPIs", ready: "input[type=search]" },
  { tab: "check", label: "Check", ready: "button" },
  { tab: "help", label: "Functions", ready: "input[type=search]" },
] as const;

function git(args: string[], cwd = ROOT): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The ref in a temporary worktree, with node_modules it can build with. */
function checkOut(ref: string): string {
  const commit = git(["rev-parse", "--verify", `${ref}^{commit}`]).trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-ab-"));
  git(["worktree", "add", "--detach", dir, commit]);
  const lock = (root: string) => fs.readFileSync(path.join(root, "package-lock.json"), "utf8");
  if (lock(dir) === lock(ROOT)) {
    console.log(`  ${ref}: same package-lock.json, node_modules hard-linked from this checkout`);
    execFileSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  } else {
    console.log(`  ${ref}: another package-lock.json, npm ci (a minute or two)`);
    execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], {
      cwd: dir,
      stdio: "ignore",
    });
  }
  return dir;
}

function removeWorktree(dir: string): void {
  try {
    git(["worktree", "remove", "--force", dir]);
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    git(["worktree", "prune"]);
  }
}

interface Bytes {
  files: string[];
  minified: number;
  gzipped: number;
}

/** The scripts and stylesheets taskpane.html loads itself (not office.js); a preloaded one once. */
function firstLoad(dist: string): Bytes {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const named = Array.from(
    html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"'\s>]+\.(?:js|css))/g),
    (m) => m[1].replace(/^\.?\//, "")
  ).filter((file) => !file.includes("office-js/") && !/^https?:/.test(file));
  const files = Array.from(new Set(named));
  let minified = 0;
  let gzipped = 0;
  for (const file of files) {
    const code = fs.readFileSync(path.join(dist, file));
    minified += code.length;
    gzipped += zlib.gzipSync(code, { level: 9 }).length;
  }
  return { files, minified, gzipped };
}

/** Source files (ours and packages') that ship in more than one chunk, from the source maps. */
function shippedTwice(dist: string): string[] {
  const chunks = new Map<string, number>();
  for (const file of fs.readdirSync(dist).filter((f) => f.endsWith(".js.map"))) {
    const map = JSON.parse(fs.readFileSync(path.join(dist, file), "utf8")) as { sources: string[] };
    for (const source of new Set(map.sources))
      if (/\/(src|node_modules)\//.test(source)) chunks.set(source, (chunks.get(source) ?? 0) + 1);
  }
  return Array.from(chunks.entries())
    .filter(([, n]) => n > 1)
    .map(([source]) => source.replace(/^webpack:\/\/[^/]*\//, ""));
}

const SHOTS = path.join(ROOT, "test-results/bench-pane");

async function coldLoad(browser: Browser, side: Side, shot?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  await context.route("**/*", (route) =>
    isLocal(route.request().url()) ? route.continue() : route.abort()
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const scriptMs = async () =>
    1000 *
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration")
      ?.value ?? NaN);
  try {
    await page.goto(`${side.server!.url}?lang=en`, { waitUntil: "commit" });
    await page.waitForFunction(
      () => performance.getEntriesByName("kinerja:gallery-interactive").length > 0,
      undefined,
      { timeout: 30000, polling: 10 }
    );
    const scriptAtGallery = await scriptMs();
    const gallery = await page.evaluate(
      () => performance.getEntriesByName("kinerja:gallery-interactive")[0].startTime
    );
    // Settled: nothing loading any more, and the idle-time prefetch has run.
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    const scriptSettled = await scriptMs();
    if (shot) await page.screenshot({ path: shot });
    // Usable means it answers: choosing a template changes the Build button.
    await page.locator("[data-template=bsc]").click();
    await page.getByRole("button", { name: /Balanced Scorecard$/ }).waitFor();
    const tabs: Record<string, number> = {};
    for (const tab of TABS) {
      tabs[tab.label] = await page.evaluate(async ({ tab: name, ready }) => {
        const button = document.querySelector<HTMLElement>(`[role=tab][id$="-${name}"]`);
        if (!button) throw new Error(`no tab ${name}`);
        const started = performance.now();
        button.click();
        const shown = () =>
          document.querySelector(`[role=tabpanel]:not([hidden]) ${ready}`) !== null;
        while (!shown()) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          if (performance.now() - started > 20000) throw new Error(`${name} never showed`);
        }
        // On screen: the frame after it entered the document has been painted.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - started;
      }, tab);
    }
    return { gallery, scriptAtGallery, scriptSettled, tabs };
  } finally {
    await context.close();
  }
}

/** How many pixels of two screenshots differ (a size difference counts as every pixel), in Chromium. */
async function pixelsThatDiffer(browser: Browser, first: string, second: string): Promise<number> {
  const page = await browser.newPage();
  try {
    const [x, y] = [first, second].map(
      (file) => `data:image/png;base64,${fs.readFileSync(file).toString("base64")}`
    );
    return await page.evaluate(
      async ([one, two]) => {
        const pixels = async (url: string) => {
          const image = new Image();
          image.src = url;
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = image.width;
          canvas.height = image.height;
          const context = canvas.getContext("2d")!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        };
        const [p, q] = [await pixels(one), await pixels(two)];
        if (p.width !== q.width || p.height !== q.height)
          return Math.max(p.width * p.height, q.width * q.height);
        let differ = 0;
        for (let k = 0; k < p.data.length; k += 4)
          if (
            p.data[k] !== q.data[k] ||
            p.data[k + 1] !== q.data[k + 1] ||
            p.data[k + 2] !== q.data[k + 2] ||
            p.data[k + 3] !== q.data[k + 3]
          )
            differ++;
        return differ;
      },
      [x, y]
    );
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = values.slice().sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const span = (values: number[], digits = 0) =>
  `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const COLUMN = 28;

/** A time: each side's median (min–max), then B ÷ A per pair: median (min–max). */
function timeRow(label: string, a: number[], b: number[]): void {
  const ratios = a.map((x, k) => b[k] / x);
  const cell = (values: number[]) =>
    `${median(values).toFixed(0)} ms (${span(values)})`.padEnd(COLUMN);
  console.log(
    `  ${label.padEnd(28)} ${cell(a)} ${cell(b)} ${median(ratios).toFixed(2)} (${span(ratios, 2)})`
  );
}

function byteRow(label: string, a: number, b: number): void {
  console.log(
    `  ${label.padEnd(28)} ${kib(a).padEnd(COLUMN)} ${kib(b).padEnd(COLUMN)} ${(b / a).toFixed(2)}`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { against: { type: "string" }, runs: { type: "string", default: "15" } },
  });
  if (!values.against) {
    console.error("Usage: npm run bench:pane -- --against <git ref> [--runs N]");
    process.exitCode = 2;
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a whole number ≥ 1");
  if (!chromiumAvailable())
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

  const head = git(["rev-parse", "--short", "HEAD"]).trim();
  const changed = git(["status", "--porcelain", "--untracked-files=no"]).trim() !== "";
  const worktree = checkOut(values.against);
  const a: Side = { label: `A ${values.against}`, root: worktree, dist: "" };
  const b: Side = { label: `B ${head}${changed ? " + changes" : ""}`, root: ROOT, dist: "" };
  let browser: Browser | undefined;
  try {
    for (const side of [a, b]) {
      const started = Date.now();
      side.dist = buildPreview(undefined, side.root);
      // What the build adds to CI (which builds twice: the e2e test and npm run build).
      console.log(
        `  built ${side.label} (production preview) in ${(Date.now() - started) / 1000} s`
      );
      side.server = await servePreview(side.dist);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const loads = new Map<Side, Load[]>([
      [a, []],
      [b, []],
    ]);
    fs.mkdirSync(SHOTS, { recursive: true });
    for (let k = 0; k <= runs; k++) {
      // A B, B A, A B…: a drift in the machine's load falls on both alike.
      for (const side of k % 2 ? [b, a] : [a, b]) {
        const shot = k === 1 ? path.join(SHOTS, `${side === a ? "A" : "B"}.png`) : undefined;
        const load = await coldLoad(browser, side, shot);
        if (k > 0) loads.get(side)!.push(load);
      }
      process.stdout.write(`\r  ${k}/${runs} pairs`);
    }
    process.stdout.write("\n");

    const [la, lb] = [loads.get(a)!, loads.get(b)!];
    const [ba, bb] = [firstLoad(a.dist), firstLoad(b.dist)];
    console.log(
      `\nPane A/B: ${runs} alternating cold loads each, 320 × 800, headless Chromium, preview build`
    );
    console.log(
      `  ${"".padEnd(28)} ${a.label.slice(0, COLUMN - 2).padEnd(COLUMN)} ` +
        `${b.label.slice(0, COLUMN - 2).padEnd(COLUMN)} B ÷ A`
    );
    byteRow("first load, minified", ba.minified, bb.minified);
    byteRow("first load, gzipped", ba.gzipped, bb.gzipped);
    const each = (loads: Load[], pick: (load: Load) => number) => loads.map(pick);
    timeRow(
      "usable gallery",
      each(la, (l) => l.gallery),
      each(lb, (l) => l.gallery)
    );
    timeRow(
      "script to usable gallery",
      each(la, (l) => l.scriptAtGallery),
      each(lb, (l) => l.scriptAtGallery)
    );
    timeRow(
      "script, settled",
      each(la, (l) => l.scriptSettled),
      each(lb, (l) => l.scriptSettled)
    );
    for (const { label } of TABS)
      timeRow(
        `first click → ${label}`,
        each(la, (l) => l.tabs[label]),
        each(lb, (l) => l.tabs[label])
      );
    for (const [side, bytes] of [
      [a, ba],
      [b, bb],
    ] as const) {
      const twice = shippedTwice(side.dist);
      const some = twice.slice(0, 4).join(", ") + (twice.length > 4 ? ", …" : "");
      console.log(
        `  ${side.label}: first load = ${bytes.files.join(" + ")}; ` +
          `${twice.length} source files in more than one chunk${twice.length ? ` (${some})` : ""}`
      );
    }
    const differ = await pixelsThatDiffer(
      browser,
      path.join(SHOTS, "A.png"),
      path.join(SHOTS, "B.png")
    );
    console.log(
      `  first screen, settled (${path.relative(ROOT, SHOTS)}/A.png, B.png): ` +
        (differ === 0 ? "identical pixels" : `${differ} pixels differ`)
    );
  } finally {
    await browser?.close();
    for (const side of [a, b]) {
      await side.server?.close();
      if (side.dist) fs.rmSync(side.dist, { recursive: true, force: true });
    }
    removeWorktree(worktree);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
