import * as fs from "fs";
import * as path from "path";
import * as adapters from "../../src/functions/functions";
import { EXCEL_FUNCTIONS } from "../../src/formula";
import {
  KINERJA_SHEETS_NAMES,
  SHEETS_FUNCTIONS,
  sheetsFormula,
  sheetsFormulaProblems,
} from "../../src/gsheets/dialect";

const names = new Map([
  ["register", "BSC (2)"],
  ["tracking", "Tracking"],
]);

describe("formulas in Google Sheets' dialect", () => {
  test("every Kinerja function has its Sheets name: the adapter's JavaScript name (AHP.WEIGHTS → AHP_WEIGHTS)", () => {
    // The Excel names as the functions' JSDoc declares them (@customfunction AHP.WEIGHTS), each
    // followed by its adapter: the list Excel's metadata is generated from.
    const source = fs.readFileSync(
      path.join(__dirname, "../../src/functions/functions.ts"),
      "utf8"
    );
    const declared = [
      ...source.matchAll(/@customfunction ([A-Z.]+)[\s\S]*?export function ([A-Z_]+)\(/g),
    ].map((m) => [m[1], m[2]]);
    expect(declared.length).toBeGreaterThanOrEqual(29);
    expect([...KINERJA_SHEETS_NAMES].sort()).toEqual(declared.sort());
    // Each Sheets name is a function the Sheets edition can export under that very name.
    for (const sheetsName of KINERJA_SHEETS_NAMES.values())
      expect(typeof (adapters as Record<string, unknown>)[sheetsName]).toBe("function");
  });

  test("Kinerja's names get underscores; Excel's own functions, text and sheet names stay as they are", () => {
    expect(
      sheetsFormula(
        '=IF(«register»!N7="","",OMAX.LEVEL(«register»!M7,F7,G7,H7,3)&" AHP.WEIGHTS(")',
        names
      )
    ).toBe(`=IF('BSC (2)'!N7="","",OMAX_LEVEL('BSC (2)'!M7,F7,G7,H7,3)&" AHP.WEIGHTS(")`);
    expect(sheetsFormula("=ahp.weights(B7:E10)", names)).toBe("=AHP_WEIGHTS(B7:E10)");
    expect(sheetsFormula("=TRAFFIC.OMAX(N7)+TRAFFIC(L7)", names)).toBe(
      "=TRAFFIC_OMAX(N7)+TRAFFIC(L7)"
    );
    expect(sheetsFormula("=SUMPRODUCT(--(B7:B14=$B$19),L7:L14)", names)).toBe(
      "=SUMPRODUCT(--(B7:B14=$B$19),L7:L14)"
    );
  });

  test("a formula every rule allows has no problems", () => {
    for (const formula of [
      `=IF('BSC (2)'!N7="","",OMAX_LEVEL('BSC (2)'!M7,F7,G7,H7,3))`,
      '=IFERROR(SUMPRODUCT(--(B7:B14=$B$19),N7:N14,L7:L14)/SUMPRODUCT(--(B7:B14=$B$19),--(N7:N14<>""),L7:L14),"")',
      '=IF(COUNT(N7:N14)<ROWS(N7:N14),"",SUM(P7:P14))',
      "=ARRAYFORMULA(IF(A1:A9>5,1,0))",
      '=AND(L7<>"",L7<>"OK")',
    ])
      expect(sheetsFormulaProblems(formula)).toEqual([]);
  });

  test.each([
    ["=AHP.WEIGHTS(B7:E10)", "the dotted name AHP.WEIGHTS (Sheets: AHP_WEIGHTS)"],
    ["=_xlfn.IFNA(A1,0)", 'an Excel file prefix "_xlfn."'],
    ["=SUM(BSC_KPI[Weight])", "a structured table reference ([…])"],
    ["=SORTBY(A1:A9,B1:B9,-1)", "the function SORTBY, which is not known to work in Google Sheets"],
    [
      '=IF(A1:A9="GREEN",1,0)',
      "the range A1:A9 is used as one value (in an operator or IF) outside SUMPRODUCT or ARRAYFORMULA",
    ],
    [
      "=SUM(A1:A9*B1:B9)",
      "the range A1:A9 is used as one value (in an operator or IF) outside SUMPRODUCT or ARRAYFORMULA",
    ],
    ["=«register»!A1", "an unresolved «key»! sheet reference"],
  ])("%s is not Sheets' dialect: %s", (formula, problem) => {
    expect(sheetsFormulaProblems(formula)).toContain(problem);
  });

  test('texts in quotes are not checked: ="AHP.WEIGHTS( [1] _xlfn." is fine', () => {
    expect(sheetsFormulaProblems('="AHP.WEIGHTS( [1] _xlfn."')).toEqual([]);
  });

  test("every function the formula engine holds the templates to is one Google Sheets has", () => {
    const kinerja = new Set(KINERJA_SHEETS_NAMES.keys());
    const native = Object.keys(EXCEL_FUNCTIONS).filter((name) => !kinerja.has(name));
    expect(native.length).toBeGreaterThan(20);
    expect(native.filter((name) => !SHEETS_FUNCTIONS.has(name))).toEqual([]);
  });
});
