/**
 * The Google Sheets edition as `npm run build:sheets` makes it, built into a fresh temporary folder
 * (about ten seconds), for the tests that load Code.js or open the sidebar.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

/** Runs webpack.sheets.config.js into `outDir` and returns it. */
export function buildSheets(
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-sheets-"))
): string {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"),
      "--config",
      "webpack.sheets.config.js",
      "--output-path",
      outDir,
    ],
    { cwd: ROOT, stdio: "pipe" }
  );
  return outDir;
}
