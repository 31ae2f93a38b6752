/**
 * The pane in preview mode for the end-to-end test and the bench: a production preview build
 * (`webpack --mode production --env preview`) served by a tiny static server on a free localhost
 * port, with office.js from the @microsoft/office-js package at /office-js/ (as `npm run preview`
 * serves it), and Debian's Chromium driven by playwright-core.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";

export const ROOT = path.join(__dirname, "../..");
export const CHROMIUM = process.env.KINERJA_CHROMIUM || "/usr/bin/chromium";
/** Flags for a closed network: no background requests, no first-run, no sandbox as root. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

/**
 * Builds the production preview into a fresh temporary folder (about half a minute) and returns it;
 * `root` is the checkout to build (another commit's worktree for the bench's A/B).
 */
export function buildPreview(
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-preview-")),
  root = ROOT
): string {
  execFileSync(
    process.execPath,
    [
      path.join(root, "node_modules/webpack-cli/bin/cli.js"),
      "--mode",
      "production",
      "--env",
      "preview",
      "--output-path",
      outDir,
    ],
    { cwd: root, stdio: "pipe", env: { ...process.env, KINERJA_BASE_URL: "http://localhost/" } }
  );
  return outDir;
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/taskpane.html */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` (and /office-js/ from the package) on a free port of 127.0.0.1. */
export async function servePreview(dir: string): Promise<PreviewServer> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const [base, rest] = pathname.startsWith("/office-js/")
      ? [OFFICE_JS, pathname.slice("/office-js/".length)]
      : [dir, pathname === "/" ? "taskpane.html" : pathname.slice(1)];
    const file = path.normalize(path.join(base, rest));
    if (!file.startsWith(base) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/taskpane.html`,
    origin,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Whether a request stays on this machine. */
export function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
    return ["127.0.0.1", "localhost", "[::1]", "::1"].includes(hostname);
  } catch {
    return false;
  }
}

export function chromiumAvailable(): boolean {
  return fs.existsSync(CHROMIUM);
}
