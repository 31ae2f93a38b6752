/**
 * The layers of src/ are lint rules (eslint.config.mjs): for each layer, an import of a folder it
 * may not use is an error that names what it may use, and an import it may use passes.
 */
import { execFileSync } from "child_process";
import * as path from "path";

interface Case {
  /** A file of the layer (it need not exist) and the module it imports. */
  file: string;
  imports: string;
}

const FORBIDDEN: Case[] = [
  { file: "src/core/fake.ts", imports: "../sheet/a1" },
  { file: "src/sheet/fake.ts", imports: "../templates/text" },
  { file: "src/formula/fake.ts", imports: "../workbook/port" },
  { file: "src/formula/fake.ts", imports: "../templates" },
  { file: "src/templates/fake.ts", imports: "../workbook/port" },
  { file: "src/templates/fake.ts", imports: "../readers/check" },
  { file: "src/templates/data/fake.ts", imports: "../../workbook/port" },
  { file: "src/readers/fake.ts", imports: "../workbook/port" },
  { file: "src/readers/fake.ts", imports: "../taskpane/strings" },
  { file: "src/functions/fake.ts", imports: "../sheet/a1" },
  { file: "src/workbook/fake.ts", imports: "../templates" },
  { file: "src/workbook/fake.ts", imports: "../readers/register-reader" },
  { file: "src/audit/fake.ts", imports: "../taskpane/strings" },
  { file: "src/workbook/fake.ts", imports: "../audit/zip" },
  { file: "src/workbook/fake.ts", imports: "../gsheets" },
  { file: "src/gsheets/fake.ts", imports: "../templates" },
  { file: "src/gsheets/fake.ts", imports: "../functions/functions" },
  { file: "src/gsheets/fake.ts", imports: "../sheets-addon/server" },
  { file: "src/functions/fake.ts", imports: "../gsheets" },
  { file: "src/sheets-addon/fake.ts", imports: "../templates" },
  { file: "src/sheets-addon/fake.ts", imports: "../taskpane/strings" },
];

const ALLOWED: Case[] = [
  { file: "src/core/fake.ts", imports: "./errors" },
  { file: "src/sheet/fake.ts", imports: "../core" },
  { file: "src/formula/fake.ts", imports: "../sheet/plan" },
  { file: "src/templates/fake.ts", imports: "../sheet/builder" },
  { file: "src/templates/data/fake.ts", imports: "../../sheet/text" },
  { file: "src/readers/fake.ts", imports: "../templates/text" },
  { file: "src/functions/fake.ts", imports: "../core" },
  { file: "src/workbook/fake.ts", imports: "../formula/evaluate" },
  { file: "src/workbook/fake.ts", imports: "./port" },
  { file: "src/workbook/fake.ts", imports: "../functions/functions" },
  { file: "src/taskpane/fake.ts", imports: "../workbook/port" },
  { file: "src/audit/fake.ts", imports: "../readers/check" },
  { file: "src/cli/fake.ts", imports: "../readers/check" },
  { file: "src/cli/fake.ts", imports: "../gsheets" },
  { file: "src/gsheets/fake.ts", imports: "../workbook/styles" },
  { file: "src/gsheets/fake.ts", imports: "../workbook/cell-blocks" },
  { file: "src/gsheets/fake.ts", imports: "../formula" },
  { file: "src/gsheets/fake.ts", imports: "../sheet/plan" },
  { file: "src/sheets-addon/fake.ts", imports: "../gsheets" },
  { file: "src/sheets-addon/fake.ts", imports: "../functions/functions" },
  { file: "src/sheets-addon/fake.ts", imports: "../workbook/port" },
  { file: "test/workbook/fake.ts", imports: "../../src/templates" },
];

/** What no-restricted-imports says about each case, linted in one ESLint run. */
function restrictions(cases: Case[]): string[][] {
  const texts = cases.map(({ file, imports }) => ({
    filePath: file,
    // A type import counts as an import: the layers are about what a file knows.
    code: `import type { Something } from "${imports}";\nexport type Same = Something;\n`,
  }));
  const output = execFileSync(process.execPath, [path.join(__dirname, "lint-texts.mjs")], {
    input: JSON.stringify(texts),
    encoding: "utf8",
  });
  return JSON.parse(output) as string[][];
}

const MAY_IMPORT: Record<string, string> = {
  core: "nothing else of Kinerja",
  sheet: "src/core",
  formula: "src/sheet, src/core",
  templates: "src/sheet, src/core",
  readers: "src/templates, src/sheet, src/core",
  functions: "src/core",
  workbook: "src/formula, src/functions, src/sheet, src/core",
  audit:
    "src/readers, src/templates, src/workbook, src/native, src/formula, src/functions, src/sheet, src/core",
  gsheets: "src/workbook, src/formula, src/sheet, src/core",
  "sheets-addon": "src/gsheets, src/functions, src/workbook, src/formula, src/sheet, src/core",
};

describe("the layers of src/ are lint errors", () => {
  let forbidden: string[][] = [];
  let allowed: string[][] = [];
  beforeAll(() => {
    const all = restrictions([...FORBIDDEN, ...ALLOWED]);
    forbidden = all.slice(0, FORBIDDEN.length);
    allowed = all.slice(FORBIDDEN.length);
  });

  test.each(FORBIDDEN.map((c, k) => ({ ...c, k })))(
    "$file may not import $imports",
    ({ file, imports, k }) => {
      const layer = file.split("/")[1];
      expect(forbidden[k]).toEqual([
        `'${imports}' import is restricted from being used by a pattern. src/${layer} may import only ${MAY_IMPORT[layer]} (the layers are in eslint.config.mjs).`,
      ]);
    }
  );

  test.each(ALLOWED.map((c, k) => ({ ...c, k })))("$file may import $imports", ({ k }) => {
    expect(allowed[k]).toEqual([]);
  });
});

describe.each(["gsheets", "sheets-addon"])(
  "src/%s runs in Apps Script: no Office.js, exceljs, Node or DOM",
  (layer) => {
    const shared =
      "port, sheets-calls, styles, rules, cell-blocks, arrows, xlsx-drawings, cell-context";
    const cases: [string, string][] = [
      [
        "../workbook/office-writer",
        `'../workbook/office-writer' import is restricted from being used by a pattern. Apps Script code may import of src/workbook only ${shared}.`,
      ],
      [
        "../workbook/xlsx-writer",
        `'../workbook/xlsx-writer' import is restricted from being used by a pattern. Apps Script code may import of src/workbook only ${shared}.`,
      ],
      [
        "fs",
        "'fs' import is restricted from being used. This runs in Apps Script, which has no such module.",
      ],
      [
        "node:path",
        "'node:path' import is restricted from being used by a pattern. This runs in Apps Script: no Node modules.",
      ],
    ];
    let said: string[][] = [];
    beforeAll(() => {
      const filePath = `src/${layer}/fake.ts`;
      const texts = [
        ...cases.map(([imports]) => ({
          filePath,
          code: `import type { Something } from "${imports}";\nexport type Same = Something;\n`,
        })),
        { filePath, code: "export const w = window.innerWidth + process.pid;\n" },
      ];
      const output = execFileSync(process.execPath, [path.join(__dirname, "lint-texts.mjs")], {
        input: JSON.stringify(texts),
        encoding: "utf8",
      });
      said = JSON.parse(output) as string[][];
    });

    test.each(cases.map(([imports, message], k) => ({ imports, message, k })))(
      "may not import $imports",
      ({ message, k }) => {
        expect(said[k]).toEqual([message]);
      }
    );

    test("may not use the DOM's or Node's globals", () => {
      expect(said[cases.length]).toEqual([
        "Unexpected use of 'window'. Apps Script has no such global.",
        "Unexpected use of 'process'. Apps Script has no such global.",
      ]);
    });
  }
);
