/* global require, module, __dirname */
/**
 * Builds the Google Sheets edition into dist-sheets/, a project `npx @google/clasp@3 push` uploads
 * as it is (rootDir in .clasp.json):
 * - Code.js — one classic script for Apps Script's V8 runtime (no ES modules): Kinerja's custom
 *   functions, one top-level function each with its @customfunction JSDoc generated from
 *   src/functions/functions.ts (scripts/sheets-functions-loader.js), and the server functions of
 *   src/sheets-addon/code.ts (menu, sidebar, applyPlan). gas-webpack-plugin writes the top-level
 *   function for each `global.NAME = …`.
 * - Sidebar.html — the sidebar HtmlService serves: the pane (src/taskpane/sheets.tsx, the same
 *   React + Fluent pane as Excel's on a google.script.run port) as ONE self-contained file.
 *   HtmlService serves project files, not a web server's, so the script is inlined into the page
 *   (html-inline-script-webpack-plugin) and everything the pane loads on demand goes into that one
 *   script (LimitChunkCountPlugin). Its styles are Griffel's, made at run time: no CSS file.
 * - appsscript.json — the manifest: V8, and the narrowest OAuth scopes.
 *
 * The Excel build (webpack.config.js) is separate and untouched by this one.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const GasPlugin = require("gas-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const HtmlInlineScriptPlugin = require("html-inline-script-webpack-plugin");
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

const code = {
  name: "code",
  mode: "production",
  context: __dirname,
  entry: {
    Code: ["./src/sheets-addon/code.ts", "./src/functions/functions.ts?sheets-globals"],
  },
  output: {
    path: path.resolve(__dirname, "dist-sheets"),
    filename: "[name].js",
    // The sidebar's compilation (run beside this one) writes into the same folder.
    clean: { keep: /^Sidebar\.html$/ },
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
      patterns: [{ from: "src/sheets-addon/appsscript.json", to: "appsscript.json" }],
    }),
  ],
};

/**
 * Puts the bundled libraries' licence notices, which the minifier writes to sidebar.js.LICENSE.txt,
 * into Sidebar.html itself (an HTML comment at its end), so the project stays the three files
 * clasp pushes and the notices travel with the code they belong to.
 */
class LicencesInPage {
  apply(compiler) {
    const name = "LicencesInPage";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const page = compilation.getAsset("Sidebar.html");
          const notices = compilation.getAssets().filter((a) => a.name.endsWith(".LICENSE.txt"));
          if (!page || notices.length === 0) return;
          const text = notices.map((a) => a.source.source().toString()).join("\n");
          for (const notice of notices) compilation.deleteAsset(notice.name);
          const html = page.source
            .source()
            .toString()
            .replace(/\/\*! For license information please see [\w.-]+ \*\//g, "");
          // "--" may not appear inside an HTML comment.
          const comment = `\n<!-- Licences of the libraries in this page:\n${text.replace(/--/g, "- -")}\n-->\n`;
          compilation.updateAsset("Sidebar.html", new sources.RawSource(html + comment));
        }
      );
    });
  }
}

/** Sidebar.html: the pane, its script inlined (no other file is emitted). */
const sidebar = {
  // `--config-name sidebar` builds it alone (the end-to-end test does, into a folder of its own).
  name: "sidebar",
  mode: "production",
  context: __dirname,
  entry: { sidebar: "./src/taskpane/sheets.tsx" },
  output: { path: path.resolve(__dirname, "dist-sheets"), filename: "[name].js", clean: false },
  devtool: false,
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
      // The KPI catalogue (src/templates/data/catalogue.csv), imported as its text.
      { test: /\.csv$/, type: "asset/source" },
      // An image the pane imports travels inside the page.
      { test: /\.(png|jpg|jpeg|gif|svg)$/, type: "asset/inline" },
    ],
  },
  performance: { hints: false },
  plugins: [
    // The pane's tabs load on demand in Excel; HtmlService serves one file, so they are all here.
    new optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new HtmlWebpackPlugin({
      filename: "Sidebar.html",
      template: "./src/sheets-addon/sidebar.html",
      // An inline script runs where it stands: after #root.
      inject: "body",
      scriptLoading: "blocking",
    }),
    new HtmlInlineScriptPlugin(),
    new LicencesInPage(),
  ],
};

module.exports = [code, sidebar];
