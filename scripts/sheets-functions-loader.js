/* global require, module */
/**
 * webpack loader of the Google Sheets build (webpack.sheets.config.js): Kinerja's functions as Sheets
 * custom functions, generated from the JSDoc in src/functions/functions.ts, the one place their
 * descriptions are written for both editions.
 *
 * Applied to functions.ts (the entry `./src/functions/functions.ts?sheets-globals`), it reads the
 * file with custom-functions-metadata — the library that writes Excel's functions.json — and emits,
 * for each function, its JSDoc with @customfunction and
 *   global.AHP_WEIGHTS = function AHP_WEIGHTS(matrix, method, mode) { … };
 * gas-webpack-plugin turns each into a top-level `function AHP_WEIGHTS(matrix, method, mode) {}` with
 * that JSDoc, which Sheets reads for autocomplete and argument help. The Sheets name is the function's
 * own name in functions.ts; its body is src/functions/sheets-adapter.ts around the adapter Excel
 * runs, as it answers at once (src/functions/synchronous.ts),
 * with the parameters as functions.json declares them.
 */
const { parseTree } = require("custom-functions-metadata");

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Text for inside a JSDoc block: one line, and nothing that would close the comment. */
function docText(text) {
  return String(text).replace(/\s+/g, " ").replace(/\*\//g, "*\\/").trim();
}

function jsDoc(fn) {
  const lines = [docText(fn.description), ""];
  for (const p of fn.parameters) {
    const type = p.dimensionality === "matrix" ? "any[][]" : "any";
    lines.push(`@param {${type}} ${p.name} ${docText(p.description)}`);
  }
  lines.push("@customfunction");
  return ["/**", ...lines.map((line) => (line ? ` * ${line}` : " *")), " */"].join("\n");
}

/** The module: one global per function, each with its JSDoc. */
function sheetsGlobals(functions, associate) {
  const sheetsName = new Map(associate.map((a) => [a.id, a.functionName]));
  const out = [
    'import { sheetsFunction } from "./sheets-adapter";',
    'import { SYNCHRONOUS_ADAPTERS as excel } from "./synchronous";',
    "",
  ];
  for (const fn of functions) {
    const name = sheetsName.get(fn.id);
    const params = fn.parameters.map((p) => p.name);
    for (const identifier of [name, ...params]) {
      if (!IDENTIFIER.test(identifier || ""))
        throw new Error(`${fn.id}: "${identifier}" cannot be a name in Apps Script`);
    }
    const declared = fn.parameters.map(({ name: n, dimensionality, optional, repeating }) => ({
      name: n,
      dimensionality,
      optional,
      repeating,
    }));
    const adapter = `sheets_${name}`;
    out.push(
      `const ${adapter} = sheetsFunction(${JSON.stringify(fn.id)}, ${JSON.stringify(name)}, excel.${name}, ${JSON.stringify(declared)});`,
      jsDoc(fn),
      `global.${name} = function ${name}(${params.join(", ")}) {`,
      `  return ${adapter}.apply(null, arguments);`,
      "};",
      ""
    );
  }
  return out.join("\n");
}

module.exports = function sheetsFunctionsLoader(source) {
  const parsed = parseTree(source, this.resourcePath);
  const errors = parsed.extras.flatMap((extra) => extra.errors);
  if (errors.length > 0) throw new Error(`functions.ts: ${errors.join("; ")}`);
  if (parsed.functions.length === 0) throw new Error("functions.ts declares no @customfunction");
  return sheetsGlobals(parsed.functions, parsed.associate);
};
