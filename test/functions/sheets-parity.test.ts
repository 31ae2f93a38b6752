/**
 * Parity of the two editions: every declared function gets the same generated calls (valid and
 * hostile, seeded) through the Excel adapter, passed as Excel passes them, and through the Sheets
 * adapter, passed as Google Sheets passes them (test/helpers/sheets-calls.ts). Sheets must show the
 * same numbers to the bit and Excel's messages word for word (see expectSheetsAgrees).
 *
 * `PARITY_REPORT=1` prints the figures per function.
 */
import fc from "fast-check";
import { callArb } from "../helpers/call-arbitraries";
import { installCustomFunctions } from "../helpers/custom-functions";
installCustomFunctions();

import * as xl from "../../src/functions/functions";
import { SYNCHRONOUS_ADAPTERS } from "../../src/functions/synchronous";
import {
  DIVISION_BY_ZERO,
  dateSerial,
  sheetsFunction,
  type SheetsFunction,
} from "../../src/functions/sheets-adapter";
import {
  CalendarDay,
  EXAMPLES,
  callSheets,
  declaredFunctions,
  excelArgs,
  expectSheetsAgrees,
  isRaw,
  sheetsArgs,
  type Agreement,
  type Arg,
  type DeclaredFunction,
} from "../helpers/sheets-calls";

/** Fixed, so the figures are the same on every run (FC_SEED replays another). */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261204;
const RUNS_PER_FUNCTION = 400;

/** Whether an argument holds a date (a cell, or a cell of a range). */
function hasDate(arg: Arg): boolean {
  if (arg instanceof CalendarDay) return true;
  return Array.isArray(arg) && (arg as unknown[]).some((item) => hasDate(item as Arg));
}

let declared: DeclaredFunction[] = [];
beforeAll(async () => {
  declared = await declaredFunctions();
}, 60000);

describe("the Sheets adapter turns what Sheets passes into what Excel passes", () => {
  test("a date is Excel's serial number on the local clock: 15 Jan 2024 09:30 in Jakarta (UTC+7) is 45306.3958…", () => {
    // A Date whose clock runs at UTC+7 whatever the machine's zone.
    class JakartaDate extends Date {
      getTimezoneOffset(): number {
        return -420;
      }
    }
    const local = new JakartaDate(Date.UTC(2024, 0, 15, 9, 30) - 7 * 3_600_000);
    expect(dateSerial(local)).toBe(45306 + 9.5 / 24);
    expect(dateSerial(new CalendarDay(2024, 1, 15).toDate())).toBe(45306);
  });

  test("=OMAX_LEVEL with dates: 14 Jan against worst 31 Jan, mid 20 Jan, target 10 Jan is level 7", () => {
    const f = declared.find((d) => d.id === "OMAX.LEVEL") as DeclaredFunction;
    const level = sheetsFunction(f.id, f.sheetsName, xl.OMAX_LEVEL, f.parameters);
    const days = [14, 31, 20, 10].map((d) => new CalendarDay(2024, 1, d).toDate());
    // From 20 Jan (level 3) to 10 Jan (level 10) a level is 10/7 days: L7 is 14.29 Jan, L8 12.86 Jan.
    expect(level(...days)).toEqual([[7]]);
    // Serial numbers near 45,300 leave about 1e-11 of rounding in the interpolation.
    const [[interpolated]] = level(...days, "", "interpolate") as number[][];
    expect(interpolated).toBeCloseTo(3 + 6 * 0.7, 9);
  });

  test("more arguments than the function has: an error naming the function and its arguments", () => {
    const f = declared.find((d) => d.id === "AHP.RI") as DeclaredFunction;
    const ri = sheetsFunction(f.id, f.sheetsName, xl.AHP_RI, f.parameters);
    expect(ri(3)).toBe(0.58);
    expect(() => ri(3, "saaty1980", 1)).toThrow(
      new Error("AHP_RI takes at most 2 arguments (n, ri_table), got 3")
    );
  });

  test("an error inside a spilled result becomes its text; the rows Excel's adapter shares stay unchanged", () => {
    const f = declared.find((d) => d.id === "KPI.ACHIEVEMENT") as DeclaredFunction;
    const achievement = sheetsFunction(f.id, f.sheetsName, xl.KPI_ACHIEVEMENT, f.parameters);
    expect(achievement([[95], [5], [""]], [[100], [0], [10]])).toEqual([
      [0.95],
      ["#DIV/0! — target is 0; achievement = actual / target is undefined"],
      ["#N/A — actual, row 3 is blank (no value entered yet)"],
    ]);
    const suggest = declared.find((d) => d.id === "AHP.SUGGEST") as DeclaredFunction;
    const run = sheetsFunction(
      suggest.id,
      suggest.sheetsName,
      SYNCHRONOUS_ADAPTERS.AHP_SUGGEST,
      suggest.parameters
    );
    const first = run([
      [1, 9, 1 / 9],
      ["", 1, 9],
      ["", "", 1],
    ]) as unknown[][];
    const second = run([
      [1, 9, 1 / 9],
      ["", 1, 9],
      ["", "", 1],
    ]) as unknown[][];
    expect(second[0]).toEqual(first[0]);
  });
});

describe("parity: the same inputs through Excel's adapter and Sheets' adapter", () => {
  type Figure = Agreement["kind"] | "inputs" | "errorCells" | "div0" | "dates" | "raw";
  const figures: Record<string, Record<Figure, number>> = {};

  afterAll(() => {
    if (!process.env.PARITY_REPORT) return;
    const columns = (f: Record<Figure, number>) => [
      f.inputs,
      f.error,
      f.value + f.grid,
      f.errorCells,
      f.div0,
      f.dates,
      f.raw,
    ];
    const rows = Object.entries(figures).map(
      ([id, f]) =>
        id.padEnd(18) +
        columns(f)
          .map((n) => String(n).padStart(9))
          .join("")
    );
    const total = Object.values(figures).reduce(
      (sum, f) => sum.map((n, k) => n + columns(f)[k]),
      [0, 0, 0, 0, 0, 0, 0]
    );
    console.log(
      [
        "function             inputs   errors   values errcells    div0    dates  rawshape",
        ...rows,
        "total".padEnd(18) + total.map((n) => String(n).padStart(9)).join(""),
      ].join("\n")
    );
  });

  test(`every declared function, ${RUNS_PER_FUNCTION} seeded inputs each: identical numbers and messages`, async () => {
    expect(declared.length).toBeGreaterThanOrEqual(29);
    const missing = declared.filter((f) => !EXAMPLES[f.id]).map((f) => f.id);
    expect(missing).toEqual([]);
    for (const f of declared) {
      // Excel calls functions.ts (a Promise for what it loads on demand); Sheets its body.
      const excelFn = (xl as unknown as Record<string, (...args: unknown[]) => unknown>)[
        f.sheetsName
      ];
      const sheets: SheetsFunction = sheetsFunction(
        f.id,
        f.sheetsName,
        SYNCHRONOUS_ADAPTERS[f.sheetsName],
        f.parameters
      );
      const count = {
        inputs: 0,
        error: 0,
        value: 0,
        grid: 0,
        errorCells: 0,
        div0: 0,
        dates: 0,
        raw: 0,
      };
      await fc.assert(
        fc.asyncProperty(callArb(f), async (args) => {
          const excel = await excelFn(...excelArgs(f.parameters, args));
          const shown = callSheets(sheets, sheetsArgs(f.parameters, args));
          const agreement = expectSheetsAgrees(excel, shown, f.id, DIVISION_BY_ZERO);
          count.inputs++;
          count[agreement.kind]++;
          count.errorCells += agreement.errorCells;
          if (agreement.divisionByZero) count.div0++;
          if (args.some(hasDate)) count.dates++;
          if (args.some(isRaw)) count.raw++;
        }),
        { seed: SEED, numRuns: RUNS_PER_FUNCTION }
      );
      // Valid and hostile inputs both reached the function.
      expect([f.id, count.error > 0, count.value + count.grid > 0]).toEqual([f.id, true, true]);
      figures[f.id] = count;
    }
    const total = Object.values(figures).reduce((sum, f) => sum + f.inputs, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
