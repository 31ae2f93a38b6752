/**
 * functions.json is generated from the JSDoc in src/functions/functions.ts by the same library the
 * webpack plugin uses. Every function must be there, with the names users type, descriptions,
 * parameter help and a help page that exists in docs/functions/.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { KINERJA_SIGNATURES } from "../../src/formula";

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    optional?: boolean;
    repeating?: boolean;
    dimensionality?: string;
  }[];
  result: { dimensionality?: string };
}

const EXPECTED = [
  "AHP.WEIGHTS",
  "AHP.CR",
  "AHP.CHECK",
  "AHP.SUGGEST",
  "AHP.COMPLETE",
  "AHP.GROUP",
  "AHP.GLOBAL",
  "AHP.RI",
  "ANP.LIMIT",
  "OMAX.LEVELS",
  "OMAX.LEVEL",
  "OMAX.INDEX",
  "OMAX.CHANGE",
  "KPI.ACHIEVEMENT",
  "TRAFFIC",
  "TRAFFIC.OMAX",
  "KPI.CLASSCHECK",
  "KPI.WEIGHTCHECK",
  "AHP.SENSITIVITY",
  "AHP.CRITICAL",
  "AHP.UNCERTAINTY",
  "AHP.SCALE",
  "AHP.TRIADS",
  "AHP.GCI",
  "AHP.COMPATIBILITY",
  "AHP.CONSENSUS",
  "AHP.RESPONDENTS",
  "ANP.WEIGHTED",
  "AHP.HIERARCHY",
];

let functions: FunctionMetadata[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    [path.join(__dirname, "../../src/functions/functions.ts")],
    true
  );
  expect(result.errors).toEqual([]);
  functions = JSON.parse(result.metadataJson).functions;
}, 60000);

test("every function is declared, under the exact name users type", () => {
  expect(functions.map((f) => f.name).sort()).toEqual([...EXPECTED].sort());
  for (const f of functions) expect(f.id).toBe(f.name);
});

test("every function and parameter has a description; options say their default", () => {
  for (const f of functions) {
    expect(f.description.length).toBeGreaterThan(20);
    expect(f.description).not.toMatch(/\n/);
    for (const p of f.parameters) {
      expect(p.description && p.description.length).toBeGreaterThan(10);
      if (p.optional && !p.repeating && !["count"].includes(p.name))
        expect(p.description).toMatch(/default|blank/i);
    }
  }
});

test("the user's own names keep their signatures", () => {
  const byName = new Map(functions.map((f) => [f.name, f]));
  // Options are only ever appended, so existing formulas keep their meaning.
  expect(byName.get("AHP.WEIGHTS")!.parameters.map((p) => p.name)).toEqual([
    "matrix",
    "method",
    "mode",
  ]);
  expect(byName.get("ANP.LIMIT")!.parameters.map((p) => p.name)).toEqual(["supermatrix", "method"]);
  expect(byName.get("OMAX.LEVEL")!.parameters.map((p) => p.name)).toEqual([
    "actual",
    "worst",
    "mid",
    "target",
    "mid_level",
    "mode",
  ]);
  expect(byName.get("TRAFFIC")!.parameters.map((p) => p.name)).toEqual([
    "value",
    "green",
    "yellow",
    "language",
  ]);
  expect(byName.get("TRAFFIC.OMAX")!.parameters.map((p) => p.name)).toEqual([
    "level",
    "green",
    "yellow",
    "language",
  ]);
  // A repeating parameter is one 3-D array parameter (not a rest parameter): Excel shows it as
  // matrix1, [matrix2], … with the first required, and passes all the ranges as one array.
  for (const [name, param] of [
    ["AHP.GROUP", "matrix"],
    ["AHP.GLOBAL", "local_weights"],
    ["AHP.CONSENSUS", "matrix"],
  ]) {
    const parameters = byName.get(name)!.parameters;
    expect(parameters).toHaveLength(1);
    expect(parameters[0]).toMatchObject({ name: param, repeating: true, dimensionality: "matrix" });
    expect(parameters[0].optional).toBeUndefined();
  }
});

test("functions that may spill declare a matrix result; ranges are declared as matrices", () => {
  const spilling = [
    "AHP.WEIGHTS",
    "AHP.CHECK",
    "AHP.SUGGEST",
    "AHP.COMPLETE",
    "AHP.GROUP",
    "AHP.GLOBAL",
    "ANP.LIMIT",
    "OMAX.LEVELS",
    "OMAX.LEVEL",
    "KPI.ACHIEVEMENT",
    "TRAFFIC",
    "TRAFFIC.OMAX",
    "KPI.CLASSCHECK",
    "AHP.SENSITIVITY",
    "AHP.CRITICAL",
    "AHP.UNCERTAINTY",
    "AHP.SCALE",
    "AHP.TRIADS",
    "AHP.RESPONDENTS",
    "ANP.WEIGHTED",
    "AHP.HIERARCHY",
  ];
  for (const f of functions)
    expect([f.name, f.result.dimensionality ?? "scalar"]).toEqual([
      f.name,
      spilling.includes(f.name) ? "matrix" : "scalar",
    ]);
  const omaxLevel = functions.find((f) => f.name === "OMAX.LEVEL")!;
  expect(omaxLevel.parameters.slice(0, 4).every((p) => p.dimensionality === "matrix")).toBe(true);
});

test("the formula evaluator calls each function as Excel does: its signatures match the JSDoc", () => {
  // A matrix parameter is a range (a 2-D array even for one cell), any other a single value.
  const declared = functions.map((f) => ({
    name: f.name,
    params: f.parameters.map((p) => ({
      kind: p.dimensionality === "matrix" ? "range" : "value",
      ...(p.optional ? { optional: true } : {}),
    })),
    ...(f.parameters.some((p) => p.repeating) ? { repeats: true } : {}),
  }));
  const evaluator = Object.entries(KINERJA_SIGNATURES).map(([name, signature]) => ({
    name,
    ...signature,
  }));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  expect(evaluator.sort(byName)).toEqual(declared.sort(byName));
});

test("every help link points to a page in docs/functions/", () => {
  for (const f of functions) {
    expect(f.helpUrl).toMatch(/^https:\/\/localhost:3000\/help\/[a-z.-]+\.html$/);
    const page = path.join(
      __dirname,
      "../../docs/functions",
      path.basename(f.helpUrl!).replace(/\.html$/, ".md")
    );
    expect([f.name, fs.existsSync(page)]).toEqual([f.name, true]);
  }
});
