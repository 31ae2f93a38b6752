/**
 * The built Google Sheets project (`npm run build:sheets`, built here into a temporary folder) as
 * Apps Script would run it: Code.js loaded in Node's `vm` as a classic script with no Apps Script
 * globals, then every custom function called the way Sheets calls it (test/helpers/sheets-calls.ts).
 * Its numbers must be the core's, its errors thrown Errors with the Excel edition's messages.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import fc from "fast-check";
import { callArb } from "../helpers/call-arbitraries";
import { installCustomFunctions } from "../helpers/custom-functions";
installCustomFunctions();

import { pairwiseMatrix, weightsOf } from "../../src/core";
import * as xl from "../../src/functions/functions";
import { DIVISION_BY_ZERO } from "../../src/functions/sheets-adapter";
import { buildSheets } from "../helpers/sheets-build";
import {
  EXAMPLES,
  callSheets,
  declaredFunctions,
  excelArgs,
  expectSheetsAgrees,
  sheetsArgs,
  type DeclaredFunction,
} from "../helpers/sheets-calls";

/** The server functions the menu and the sidebar call (src/sheets-addon/code.ts). */
const SERVER_FUNCTIONS = [
  "onOpen",
  "onInstall",
  "showSidebar",
  // The sidebar's calls (src/workbook/sheets-calls.ts).
  "applyPlan",
  "listSheets",
  "readSheet",
  "readSheets",
  "readSheetHeads",
  "getSelection",
  "insertAtSelection",
  "insertAt",
  "readCellContext",
  "replaceCells",
  "replaceCellsOnSheets",
  "goTo",
  "loadPaneState",
  "savePaneState",
];
/** Generated calls per function on top of its examples: the parity test runs the thousands. */
const RUNS_PER_FUNCTION = 25;
const SEED = 20261205;

type Script = Record<string, (...args: unknown[]) => unknown>;

let dir = "";
let code = "";
let script: Script = {};
let scriptError: new (...args: never[]) => unknown = Error;
let declared: DeclaredFunction[] = [];

beforeAll(async () => {
  dir = buildSheets(undefined, "code");
  code = fs.readFileSync(path.join(dir, "Code.js"), "utf8");
  // A bare context: JavaScript's own globals only, no SpreadsheetApp, no window, no require.
  const context = vm.createContext({});
  new vm.Script(code, { filename: "Code.js" }).runInContext(context);
  script = context as Script;
  scriptError = vm.runInContext("Error", context);
  declared = await declaredFunctions();
}, 120000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const excelFunction = (f: DeclaredFunction) =>
  (xl as unknown as Record<string, (...args: unknown[]) => unknown>)[f.sheetsName];

describe("dist-sheets/ is a project clasp can push", () => {
  // Sidebar.html, the third file, is the sidebar's own build (checked in test/e2e/sidebar.test.ts).
  test("Code.js and appsscript.json, nothing else", () => {
    expect(fs.readdirSync(dir).sort()).toEqual(["Code.js", "appsscript.json"]);
  });

  test("appsscript.json: the V8 runtime and only this spreadsheet's and the container UI's scopes", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });

  test("Code.js is one classic script: loading it defines the functions and touches no Apps Script service", () => {
    const custom = declared.map((f) => f.sheetsName);
    // The script ran in a context with no Apps Script globals (beforeAll). It leaves its functions
    // and the stand-in for Excel's CustomFunctions runtime the adapters read (not a function, so
    // Sheets offers it nowhere).
    const { CustomFunctions: standIn, ...functions } = script as Record<string, unknown>;
    expect(typeof standIn).toBe("object");
    expect(Object.keys(functions).sort()).toEqual([...SERVER_FUNCTIONS, ...custom].sort());
    for (const [name, value] of Object.entries(functions))
      expect([name, typeof value]).toEqual([name, "function"]);
  });
});

describe("each custom function is a top-level function with the Excel edition's description", () => {
  /** The JSDoc blocks of Code.js that sit on a top-level function, by the function's name. */
  function topLevelJsDoc(): Map<string, { doc: string; params: string[] }> {
    const found = new Map<string, { doc: string; params: string[] }>();
    const block = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function ([\w$]+)\(([^)]*)\)\s*\{\}/g;
    for (const [, doc, name, params] of code.matchAll(block)) {
      found.set(name, { doc, params: params.split(",").filter(Boolean) });
    }
    return found;
  }
  const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

  test("one @customfunction block per declared function, and no other", () => {
    const docs = topLevelJsDoc();
    const custom = [...docs].filter(([, d]) => d.doc.includes("@customfunction")).map(([n]) => n);
    expect(custom.sort()).toEqual(declared.map((f) => f.sheetsName).sort());
    expect(code.match(/@customfunction/g)?.length).toBe(declared.length);
  });

  test("its description and parameters are those of functions.json, in order", () => {
    const docs = topLevelJsDoc();
    for (const f of declared) {
      const { doc, params } = docs.get(f.sheetsName) as { doc: string; params: string[] };
      const lines = doc.split("\n").map((line) => line.replace(/^\s*\*\s?/, ""));
      const paramLines = lines.filter((line) => line.startsWith("@param"));
      expect([f.sheetsName, params]).toEqual([f.sheetsName, f.parameters.map((p) => p.name)]);
      expect([f.sheetsName, oneLine(lines.filter((l) => !l.startsWith("@")).join(" "))]).toEqual([
        f.sheetsName,
        oneLine(f.description),
      ]);
      expect([f.sheetsName, paramLines]).toEqual([
        f.sheetsName,
        f.parameters.map(
          (p) =>
            `@param {${p.dimensionality === "matrix" ? "any[][]" : "any"}} ${p.name} ${oneLine(p.description ?? "")}`
        ),
      ]);
    }
  });
});

describe("Code.js's custom functions called the way Sheets calls them", () => {
  test("=AHP_WEIGHTS of Saaty's 3×3 (1, 3, 5 / 1, 3 / 1, upper triangle) is the core's 0.637, 0.258, 0.105", () => {
    const matrix = [
      [1, 3, 5],
      ["", 1, 3],
      ["", "", 1],
    ];
    const shown = script.AHP_WEIGHTS(matrix) as number[][];
    const core = weightsOf(
      pairwiseMatrix([
        [1, 3, 5],
        [null, 1, 3],
        [null, null, 1],
      ]),
      "eigen"
    );
    expect(shown.map((row) => row[0])).toEqual(core);
    expect(shown.map((row) => Number(row[0].toFixed(3)))).toEqual([0.637, 0.258, 0.105]);
  });

  test("=KPI_ACHIEVEMENT(95, 0) throws an Error saying the target is 0", () => {
    expect(() => script.KPI_ACHIEVEMENT(95, 0)).toThrow(
      "target is 0; achievement = actual / target is undefined"
    );
  });

  test("=AHP_GROUP(B2:D4, F2:H4) takes each respondent's range as its own argument", () => {
    const a = [
      [1, 2, 4],
      [0.5, 1, 2],
      [0.25, 0.5, 1],
    ];
    const b = [
      [1, 8, 16],
      [0.125, 1, 2],
      [0.0625, 0.5, 1],
    ];
    // The element-wise geometric mean: √(2·8) = 4, √(4·16) = 8, √(2·2) = 2.
    const group = script.AHP_GROUP(a, b) as number[][];
    expect(group.map((row) => row.map((v) => Number(v.toPrecision(12))))).toEqual([
      [1, 4, 8],
      [0.25, 1, 2],
      [0.125, 0.5, 1],
    ]);
  });

  test(`every declared function, its examples and ${RUNS_PER_FUNCTION} generated calls: the Excel adapter's numbers and messages`, async () => {
    let calls = 0;
    for (const f of declared) {
      const excel = excelFunction(f);
      const sheets = script[f.sheetsName];
      const agree = async (args: Parameters<typeof excelArgs>[1]) => {
        expectSheetsAgrees(
          // Excel's answer, awaited where Excel loads the function's code on demand.
          await excel(...excelArgs(f.parameters, args)),
          callSheets(sheets, sheetsArgs(f.parameters, args)),
          f.id,
          DIVISION_BY_ZERO,
          scriptError
        );
        calls++;
      };
      for (const example of EXAMPLES[f.id]) await agree(example);
      await fc.assert(fc.asyncProperty(callArb(f), agree), {
        seed: SEED,
        numRuns: RUNS_PER_FUNCTION,
      });
    }
    expect(calls).toBeGreaterThanOrEqual(declared.length * (RUNS_PER_FUNCTION + 1));
  });
});
