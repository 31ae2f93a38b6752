// Lint: the Office add-in rules (office-addin-lint's own set, with React) for src/, test/ and bench/.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

/**
 * The layers of src/ (issue 9): a folder may import only the folders listed, so the arrows point
 * inward to core and the templates ⇄ workbook loop cannot come back. taskpane and cli, the outer
 * layer, may import anything. Tests, bench and scripts are not layers.
 */
const LAYERS = {
  core: [],
  sheet: ["core"],
  formula: ["sheet", "core"],
  templates: ["sheet", "core"],
  readers: ["templates", "sheet", "core"],
  functions: ["core"],
  // The in-memory workbook and the .xlsx writer compute Kinerja cells with the very adapters Excel
  // calls (src/workbook/custom-functions.ts), so they agree with Excel to the message.
  workbook: ["formula", "functions", "sheet", "core"],
  // The native-formula generator: Kinerja calls re-performed with formulas every spreadsheet has.
  native: ["formula", "sheet", "core"],
  // Untrusted workbook files and the audit that re-performs them: the checker's rules, the shared
  // sheet labels it recognises, the adapters bound to the evaluator, and the native generator's
  // steps (explaining one cell).
  audit: ["readers", "templates", "workbook", "native", "formula", "functions", "sheet", "core"],
  // The Google Sheets writer runs in Apps Script's V8: of src/workbook only the pieces every writer
  // shares (WORKBOOK_SHARED), never Office.js, exceljs or Node (APPS_SCRIPT_ONLY below).
  gsheets: ["workbook", "formula", "sheet", "core"],
  // The Google Sheets add-on's one script, Code.js (also Apps Script only): the custom functions —
  // the very adapters Excel calls, through their Sheets adapter — and the server functions the menu
  // and the sidebar call, which drive the Sheets writer.
  "sheets-addon": ["gsheets", "functions", "workbook", "formula", "sheet", "core"],
};

/** The layers that run in Apps Script's V8 (APPS_SCRIPT_ONLY). */
const APPS_SCRIPT_LAYERS = ["gsheets", "sheets-addon"];

/** The modules of src/workbook that src/gsheets may import: plain data and pure functions. */
const WORKBOOK_SHARED = [
  "port",
  // The contract of the sidebar's server calls (types only).
  "sheets-calls",
  "styles",
  "rules",
  "cell-blocks",
  "arrows",
  "xlsx-drawings",
  // The references a formula reads (Explain this cell), parsed by src/formula.
  "cell-context",
];
const SRC_FOLDERS = [...Object.keys(LAYERS), "taskpane", "cli"];

/** What Apps Script's V8 does not have: Node's modules and globals, the DOM, Office.js. */
const APPS_SCRIPT_ONLY = {
  patterns: [
    {
      regex: `^(\\.\\./)+(src/)?workbook/(?!(${WORKBOOK_SHARED.join("|")})$)`,
      message: `Apps Script code may import of src/workbook only ${WORKBOOK_SHARED.join(", ")}.`,
    },
    { regex: "^node:", message: "This runs in Apps Script: no Node modules." },
  ],
  paths: ["fs", "path", "os", "child_process", "util", "crypto", "exceljs", "jszip", "react"].map(
    (name) => ({ name, message: "This runs in Apps Script, which has no such module." })
  ),
  globals: [
    "window",
    "document",
    "navigator",
    "process",
    "Buffer",
    "require",
    "Office",
    "Excel",
  ].map((name) => ({ name, message: "Apps Script has no such global." })),
};

/** For src/<layer>: no-restricted-imports of every src folder it may not import ("../workbook/port"). */
function layerRule(layer, allowed) {
  const forbidden = SRC_FOLDERS.filter((folder) => folder !== layer && !allowed.includes(folder));
  const may =
    allowed.length === 0 ? "nothing else of Kinerja" : allowed.map((f) => `src/${f}`).join(", ");
  const patterns = [
    {
      regex: `^(\\.\\./)+(src/)?(${forbidden.join("|")})(/|$)`,
      message: `src/${layer} may import only ${may} (the layers are in eslint.config.mjs).`,
    },
  ];
  const appsScript = APPS_SCRIPT_LAYERS.includes(layer);
  if (appsScript) patterns.push(...APPS_SCRIPT_ONLY.patterns);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        appsScript ? { patterns, paths: APPS_SCRIPT_ONLY.paths } : { patterns },
      ],
      ...(appsScript ? { "no-restricted-globals": ["error", ...APPS_SCRIPT_ONLY.globals] } : {}),
    },
  };
}

// The plugin's TypeScript rules are declared for *.{js,mjs,cjs,ts,cts,mts} only, so without this
// the React components (*.tsx) would not be linted at all.
const typescriptRules = officeAddins.configs.recommended.find((config) => config.files);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  { ...typescriptRules, files: ["**/*.tsx"] },
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript checks names itself (typescript-eslint advises against no-undef on TS code).
      "no-undef": "off",
      // React 17+ JSX transform: components need not import React.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["test/**", "bench/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
  ...Object.entries(LAYERS).map(([layer, allowed]) => layerRule(layer, allowed)),
];
