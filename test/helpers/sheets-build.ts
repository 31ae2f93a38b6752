/**
 * The Google Sheets edition as `npm run build:sheets` makes it, built into a fresh temporary folder,
 * for the tests that load Code.js (about ten seconds) or open the sidebar (the pane: a minute or
 * two on two busy cores). `only` builds one of the two (webpack.sheets.config.js's config names).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

/** Runs webpack.sheets.config.js into `outDir` and returns it. */
export function buildSheets(
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-sheets-")),
  only?: "code" | "sidebar"
): string {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--config",
      "webpack.sheets.config.js",
      ...(only ? ["--config-name", only] : []),
      "--output-path",
      outDir,
    ],
    { cwd: ROOT, stdio: "pipe" }
  );
  return outDir;
}
