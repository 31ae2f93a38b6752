/* eslint-disable no-undef */
/* global require, module, process, __dirname */
/**
 * Builds the add-in into dist/:
 * - functions.js + functions.json — the custom functions (imports only src/core) and their metadata,
 *   generated from the JSDoc in src/functions/functions.ts; functions-on-demand.js, the functions no
 *   template writes, loaded on their first call;
 * - taskpane.html + taskpane.js — the React pane; the page also hosts the functions (shared runtime),
 *   so taskpane.js reuses functions.js's modules and webpack runtime. taskpane.js holds the first
 *   screen (the gallery); the other tabs, the Build options, the templates and the Excel writer are
 *   chunks of their own, fetched after the first paint (src/taskpane/chunks.tsx). Our makeStyles
 *   are computed at build time (Griffel's loader); Fluent's ship computed already;
 * - help/*.html — one help page per function (the @helpurl targets), rendered from docs/functions/*.md;
 * - manifest.xml and assets/.
 * Production pages load office.js from Microsoft's CDN (the platform requires it); development and
 * preview serve it from the @microsoft/office-js package, so nothing else comes from the network.
 * The pane's page carries a Content-Security-Policy that holds it to that (webpack.csp.js).
 *
 * Preview (`--env preview`): the pane outside Office, on an in-memory workbook, over plain http.
 *   npm run preview                                   → webpack serve, http://localhost:3000/taskpane.html
 *   webpack --mode production --env preview --output-path DIR
 *                                                     → a static build (the e2e test and the bench serve
 *                                                       DIR, with /office-js/ from the package)
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { sources } = require("webpack");
const { marked } = require("marked");
const { ContentSecurityPolicyPlugin } = require("./webpack.csp");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; the manifest and the functions' help links point there.
const urlProd = process.env.KINERJA_BASE_URL || urlDev;
const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsLocal = "office-js/office.js";

/**
 * Renders docs/functions/*.md to help/*.html, and the methods specification they cite
 * (docs/methods.md) to help/methods.html; links between the pages keep working.
 */
class HelpPagesPlugin {
  apply(compiler) {
    const folder = path.resolve(__dirname, "docs/functions");
    const pages = () => [
      ...fs
        .readdirSync(folder)
        .filter((name) => name.endsWith(".md"))
        .map((name) => path.join(folder, name)),
      path.resolve(__dirname, "docs/methods.md"),
    ];
    compiler.hooks.thisCompilation.tap("HelpPagesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "HelpPagesPlugin", stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const file of pages()) {
            compilation.fileDependencies.add(file);
            // help/ is flat: "ahp-cr.md" and "../methods.md" both become sibling .html pages.
            const markdown = fs
              .readFileSync(file, "utf8")
              .replace(/\]\((?:\.\.\/)?([\w.-]+)\.md(#[\w-]+)?\)/g, "]($1.html$2)");
            const title = (markdown.match(/^#\s+(.+)$/m) || [null, "Kinerja help"])[1];
            const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — Kinerja</title><link rel="stylesheet" href="help.css"></head><body><main>${marked.parse(markdown)}</main></body></html>`;
            compilation.emitAsset(
              `help/${path.basename(file).replace(/\.md$/, ".html")}`,
              new sources.RawSource(html)
            );
          }
        }
      );
    });
  }
}

/**
 * Keeps functions.json in the main compilation only. CustomFunctionsMetadataPlugin adds it on the
 * `compilation` hook, whose taps webpack copies to child compilers, so html-webpack-plugin's child
 * compilation (the taskpane.html template) got a copy too. html-webpack-plugin keeps its child's
 * assets and emits them again on a rebuild that leaves the template alone: after a change to the
 * functions' JSDoc that stale copy met the new functions.json, and the dev server stopped with
 * "Conflict: Multiple assets emit different content to the same filename functions.json".
 * Must come after CustomFunctionsMetadataPlugin in `plugins` (taps run in order).
 */
class FunctionsMetadataInMainCompilationOnly {
  apply(compiler) {
    compiler.hooks.compilation.tap("FunctionsMetadataInMainCompilationOnly", (compilation) => {
      if (compilation.compiler.isChild() && compilation.getAsset("functions.json"))
        compilation.deleteAsset("functions.json");
    });
  }
}

/** Points the development URLs in manifest.xml and functions.json at the production host. */
class ProductionUrlsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionUrlsPlugin", stage: compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          for (const name of ["manifest.xml", "functions.json"]) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = asset.source.source().toString().split(urlDev).join(urlProd);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        }
      );
    });
  }
}

/**
 * Griffel's ahead-of-time transform for our own makeStyles: ours come from
 * @fluentui/react-components (which re-exports Griffel), and a style may use a constant from
 * another TypeScript file (shared-styles.ts), which the transform evaluates.
 */
const griffelOwnCode = {
  modules: [
    {
      moduleSource: "@fluentui/react-components",
      importName: "makeStyles",
      resetImportName: "makeResetStyles",
    },
  ],
  babelOptions: { presets: ["@babel/preset-typescript"] },
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const preview = Boolean(env && env.preview);
  if (!dev && !process.env.KINERJA_BASE_URL) {
    console.warn(
      "KINERJA_BASE_URL is not set: the production manifest keeps https://localhost:3000/ URLs."
    );
  }

  const config = {
    devtool: "source-map",
    // The code is ES2020 (tsconfig's target); webpack's own runtime may be too.
    target: ["web", "es2020"],
    entry: {
      functions: "./src/functions/functions.ts",
      // The page loads functions.js first (shared runtime): the pane reuses its modules (src/core)
      // and its webpack runtime instead of shipping copies.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks sit beside taskpane.html, the page that loads them (also for functions.js: shared
      // runtime), so they resolve against its URL; no run-time detection needed.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: "@griffel/webpack-loader", options: griffelOwnCode },
            { loader: "ts-loader", options: { transpileOnly: true } },
          ],
        },
        {
          // The KPI catalogue (src/templates/data/catalogue.csv), imported as its text.
          test: /\.csv$/,
          type: "asset/source",
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      // A module two lazy chunks share goes in a chunk of its own, however small: none ships twice.
      splitChunks: { chunks: "async", minSize: 0 },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsMetadataInMainCompilationOnly(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs: dev || preview ? officeJsLocal : officeJsCdn, preview },
      }),
      // taskpane.html's Content-Security-Policy (webpack.csp.js says what it allows, and why).
      new ContentSecurityPolicyPlugin({
        officeJsOrigin: dev || preview ? undefined : new URL(officeJsCdn).origin,
        devServer: dev,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "docs/functions/help.css", to: "help/help.css" },
        ],
      }),
      new HelpPagesPlugin(),
      ...(dev ? [] : [new ProductionUrlsPlugin()]),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        {
          directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
        },
      ],
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };

  if (preview) {
    // http://localhost:3000/ opens the pane.
    config.devServer.setupMiddlewares = (middlewares) => {
      middlewares.unshift({
        name: "preview-index",
        path: "/",
        middleware: (req, res, next) =>
          req.path === "/" ? res.redirect("/taskpane.html") : next(),
      });
      return middlewares;
    };
  }

  if (dev && !preview && !env.WEBPACK_BUILD) {
    // Office requires https; office-addin-dev-certs installs a trusted localhost certificate (Windows/macOS).
    const devCerts = require("office-addin-dev-certs");
    const httpsOptions = await devCerts.getHttpsServerOptions();
    config.devServer.server = {
      type: "https",
      options: { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert },
    };
  }
  return config;
};
