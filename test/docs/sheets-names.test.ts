/**
 * The README's table of Excel ↔ Google Sheets names lists exactly the functions the build finds in
 * functions.ts, in their order, under the names Code.js defines and the Sheets writer's formulas use.
 */
import * as fs from "fs";
import * as path from "path";
import { KINERJA_SHEETS_NAMES, sheetsFunctionName } from "../../src/gsheets/dialect";
import { declaredFunctions, type DeclaredFunction } from "../helpers/sheets-calls";

const README = path.join(__dirname, "../../README.md");

function readmeRows(): string[] {
  const text = fs.readFileSync(README, "utf8");
  const table = /<!-- sheets-names:start -->\n([\s\S]*?)<!-- sheets-names:end -->/.exec(text);
  if (!table) throw new Error("README.md has no <!-- sheets-names:start --> … end table");
  return table[1].trim().split("\n");
}

let declared: DeclaredFunction[] = [];
beforeAll(async () => {
  declared = await declaredFunctions();
}, 60000);

test("each Sheets name is the Excel name with underscores for dots, as the Sheets writer writes it", () => {
  for (const f of declared) {
    expect([f.id, f.sheetsName]).toEqual([f.id, sheetsFunctionName(f.id)]);
    expect([f.id, KINERJA_SHEETS_NAMES.get(f.id)]).toEqual([f.id, f.sheetsName]);
    // Apps Script treats a name ending in "_" as private: it would not be a custom function.
    expect(f.sheetsName.endsWith("_")).toBe(false);
  }
});

test("the README's Google Sheets names table lists every function (29 or more), in functions.ts's order", () => {
  const expected = [
    "| Excel | Google Sheets |",
    "|---|---|",
    ...declared.map((f) => `| \`${f.id}\` | \`${f.sheetsName}\` |`),
  ];
  expect(declared.length).toBeGreaterThanOrEqual(29);
  // On failure the expected rows are the table to paste into README.md.
  expect(readmeRows()).toEqual(expected);
});
