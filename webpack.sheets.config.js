/* global require, module, __dirname */
/**
 * Builds the Google Sheets edition into dist-sheets/, a project `npx @google/clasp@3 push` uploads
 * as it is (rootDir in .clasp.json):
 * - Code.js — one classic script for Apps Script's V8 runtime (no ES modules): Kinerja's custom
 *   functions, one top-level function each with its @customfunction JSDoc generated from
 *   src/functions/functions.ts (scripts/sheets-functions-loader.js), and the server functions of
 *   src/sheets-addon/code.ts (menu, sidebar, applyPlan). gas-webpack-plugin writes the top-level
 *   function for each `global.NAME = …`.
 * - Sidebar.html — the sidebar HtmlService serves (a placeholder until the pane's Sheets build).
 * - appsscript.json — the manifest: V8, and the narrowest OAuth scopes.
 *
 * The Excel build (webpack.config.js) is separate and untouched by this one.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const GasPlugin = require("gas-webpack-plugin");
const { Compilation, optimize, sources } = require("webpack");

const SHEETS_GLOBALS = /sheets-globals/;

/**
 * Keeps each custom function's JSDoc once, on its top-level function (the empty stub
 * gas-webpack-plugin writes). The minifier keeps every @customfunction block, so without this the
 * bundle would also carry the loader's copies and functions.ts's own Excel blocks, on functions
 * inside the bundle that Sheets must not take for custom functions.
 */
class JsDocOnTopLevelFunctionsOnly {
  apply(compiler) {
    const name = "JsDocOnTopLevelFunctionsOnly";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const asset = compilation.getAsset("Code.js");
          const text = asset.source
            .source()
            .toString()
            .replace(
              /\/\*\*(?:(?!\*\/)[\s\S])*\*\/(?!\s*function [\w$]+\([\w$,\s]*\)\s*\{\})/g,
              ""
            );
          compilation.updateAsset("Code.js", new sources.RawSource(text));
        }
      );
    });
  }
}

module.exports = {
  mode: "production",
  context: __dirname,
  entry: {
    Code: ["./src/sheets-addon/code.ts", "./src/functions/functions.ts?sheets-globals"],
  },
  output: {
    path: path.resolve(__dirname, "dist-sheets"),
    filename: "[name].js",
    clean: true,
  },
  // Apps Script's V8 reads ES2019 and later; the bundle is a plain script (no module wrapper).
  target: ["web", "es2019"],
  devtool: false,
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        // functions.ts read for its JSDoc: the custom functions' globals.
        test: /\.ts$/,
        resourceQuery: SHEETS_GLOBALS,
        use: path.resolve(__dirname, "scripts/sheets-functions-loader.js"),
      },
      {
        test: /\.ts$/,
        resourceQuery: { not: [SHEETS_GLOBALS] },
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { target: "ES2019" } },
        },
      },
    ],
  },
  optimization: {
    // Sheets reads each custom function's JSDoc from Code.js: the minifier keeps those blocks. Names
    // are not mangled: the top-level functions keep their parameters' names (as in their JSDoc),
    // and Apps Script's execution log stays readable, for about a third more bytes (npm run bench).
    minimizeOptions: {
      javascript: {
        compress: { passes: 2 },
        mangle: false,
        format: { comments: /@customfunction/ },
      },
    },
  },
  performance: { hints: false },
  plugins: [
    new GasPlugin({
      // Only the two modules that assign globals need parsing.
      include: ["src/sheets-addon/code.ts", "src/functions/functions.ts?sheets-globals"],
    }),
    new JsDocOnTopLevelFunctionsOnly(),
    // Apps Script loads no chunks: a dynamic import() (code Excel loads on demand) goes in Code.js.
    new optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "src/sheets-addon/appsscript.json", to: "appsscript.json" },
        { from: "src/sheets-addon/sidebar.html", to: "Sidebar.html" },
      ],
    }),
  ],
};
