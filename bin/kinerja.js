#!/usr/bin/env node
/**
 * The `kinerja` command (package.json "bin": `npx kinerja list`; `npm run cli -- list`). It runs the
 * command line compiled from src/cli into build/cli (tsconfig.cli.json; npm ci compiles it, the
 * `prepare` script). When a source file is newer than the compiled one — an edit, a checkout — it
 * compiles again first, so it always runs the sources as they are.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const compiled = path.join(root, "build/cli/cli/index.js");

/** The newest modification time of the TypeScript files under `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(file));
    else if (entry.name.endsWith(".ts")) latest = Math.max(latest, fs.statSync(file).mtimeMs);
  }
  return latest;
}

const builtAt = fs.existsSync(compiled) ? fs.statSync(compiled).mtimeMs : -1;
const sourcesAt = Math.max(
  newest(path.join(root, "src")),
  fs.statSync(path.join(root, "tsconfig.cli.json")).mtimeMs
);
if (builtAt < sourcesAt) {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json")],
    { stdio: "inherit" }
  );
}
require(compiled).main(process.argv.slice(2));
