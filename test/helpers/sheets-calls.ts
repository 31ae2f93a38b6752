/**
 * One call of a Kinerja function, written once and passed the way each spreadsheet passes it:
 * - Excel: a range parameter gets a 2-D array (even for one cell), a blank cell is null (or "", from a
 *   formula), a date is its serial number, an omitted optional is null, a repeating parameter's ranges
 *   come as one array, and the invocation object comes last;
 * - Google Sheets: a blank cell is "", a one-cell range is the plain value, a date is a Date, an omitted
 *   argument is missing (or "" / undefined between others), each range of a repeating parameter is
 *   its own argument, and there is no invocation object.
 * The parity test and the Code.js test both call through here; the examples below are valid calls of
 * every function (the tests fail for a function that has none).
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { DeclaredParameter } from "../../src/functions/sheets-adapter";
import { invocation } from "./custom-functions";

/** A date and time on the spreadsheet's clock. */
export class CalendarDay {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour = 0,
    readonly minute = 0
  ) {}

  /** Excel's serial number, computed apart from the adapter: days since 1899-12-30. */
  get serial(): number {
    const ms = Date.UTC(this.year, this.month - 1, this.day, this.hour, this.minute);
    return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
  }

  /** The Date Sheets passes: that wall-clock time in the script's time zone. */
  toDate(): Date {
    return new Date(this.year, this.month - 1, this.day, this.hour, this.minute);
  }
}

export type Cell = number | string | boolean | null | CalendarDay;
export type Grid = Cell[][];

/** An optional argument left out: `between` says how Sheets passes it when a later one is given. */
export interface Omitted {
  omitted: true;
  between: "" | undefined;
}
export const OMIT: Omitted = { omitted: true, between: undefined };

/**
 * A value no spreadsheet passes (a one-dimensional or ragged array, an empty one, the invocation
 * object in an argument's place): both adapters get it as it is, so the Sheets adapter must leave
 * it to the Excel adapter's shape checks.
 */
export interface Raw {
  raw: unknown;
}

/** One argument: a cell, a range, the ranges of a repeating parameter, nothing, or a raw value. */
export type Arg = Cell | Grid | Grid[] | Omitted | Raw;

export interface DeclaredFunction {
  /** Excel's name, AHP.WEIGHTS */
  id: string;
  /** Sheets' name: the function's name in functions.ts, AHP_WEIGHTS */
  sheetsName: string;
  description: string;
  parameters: (DeclaredParameter & { description?: string })[];
}

/** The functions as functions.json declares them, from the JSDoc (the library the build uses). */
export async function declaredFunctions(): Promise<DeclaredFunction[]> {
  const result = await generateCustomFunctionsMetadata(
    [path.join(__dirname, "../../src/functions/functions.ts")],
    true
  );
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const names = new Map(result.associate.map((a) => [a.id, a.functionName]));
  return (JSON.parse(result.metadataJson).functions as Omit<DeclaredFunction, "sheetsName">[]).map(
    (f) => ({ ...f, sheetsName: names.get(f.id) as string })
  );
}

export function isRaw(arg: Arg): arg is Raw {
  return typeof arg === "object" && arg !== null && "raw" in arg;
}

export function isOmitted(arg: Arg): arg is Omitted {
  return typeof arg === "object" && arg !== null && "omitted" in arg;
}

function excelCell(cell: Cell): unknown {
  return cell instanceof CalendarDay ? cell.serial : cell;
}

function sheetsCell(cell: Cell): unknown {
  if (cell === null) return "";
  return cell instanceof CalendarDay ? cell.toDate() : cell;
}

const mapGrid = (grid: Grid, f: (cell: Cell) => unknown): unknown[][] =>
  grid.map((row) => row.map(f));

/** A range as Sheets passes it: one cell as its value. */
function sheetsRange(grid: Grid): unknown {
  return grid.length === 1 && grid[0].length === 1
    ? sheetsCell(grid[0][0])
    : mapGrid(grid, sheetsCell);
}

const isRequiredRange = (p: DeclaredParameter) =>
  p.dimensionality === "matrix" && !p.optional && !p.repeating;

/** The position of the last argument given (Sheets passes nothing after it); −1 for none. */
function lastGiven(parameters: readonly DeclaredParameter[], args: readonly Arg[]): number {
  let last = parameters.length - 1;
  while (last >= 0 && (args[last] === undefined || isOmitted(args[last]))) last--;
  return last;
}

/**
 * The arguments as Excel passes them, the invocation object last. A required range that Sheets
 * gets as "" is a blank cell (Sheets cannot tell it from a skipped argument; the adapter reads a
 * blank, the likelier), so Excel gets a blank cell there too.
 */
export function excelArgs(
  parameters: readonly DeclaredParameter[],
  args: readonly Arg[]
): unknown[] {
  const last = lastGiven(parameters, args);
  const out = parameters.map((p, k) => {
    const arg = args[k];
    if (arg !== undefined && isOmitted(arg) && arg.between === "" && k < last && isRequiredRange(p))
      return [[null]];
    if (arg === undefined || isOmitted(arg)) return null;
    if (isRaw(arg)) return arg.raw;
    if (p.repeating) return (arg as Grid[]).map((grid) => mapGrid(grid, excelCell));
    if (Array.isArray(arg)) return mapGrid(arg as Grid, excelCell);
    // A range parameter gets even one cell as a range.
    return p.dimensionality === "matrix" ? [[excelCell(arg as Cell)]] : excelCell(arg as Cell);
  });
  return [...out, invocation];
}

/** The arguments as Sheets passes them. */
export function sheetsArgs(
  parameters: readonly DeclaredParameter[],
  args: readonly Arg[]
): unknown[] {
  const last = lastGiven(parameters, args);
  const out: unknown[] = [];
  // Arguments left out at the end are not there at all; between others, Sheets passes a blank.
  for (let k = 0; k <= last; k++) {
    const arg = args[k];
    if (arg === undefined || isOmitted(arg)) out.push(arg === undefined ? undefined : arg.between);
    else if (isRaw(arg)) {
      if (parameters[k].repeating && Array.isArray(arg.raw)) out.push(...arg.raw);
      else out.push(arg.raw);
    } else if (parameters[k].repeating) out.push(...(arg as Grid[]).map(sheetsRange));
    else if (Array.isArray(arg)) out.push(sheetsRange(arg as Grid));
    else out.push(sheetsCell(arg as Cell));
  }
  return out;
}

const column = (...values: Cell[]): Grid => values.map((v) => [v]);
const UPPER_3: Grid = [
  [1, 3, 5],
  [null, 1, 3],
  [null, null, 1],
];
const UPPER_4: Grid = [
  [1, 2, 4, 3],
  [null, 1, 3, 2],
  [null, null, 1, 0.5],
  [null, null, null, 1],
];
const FULL_3B: Grid = [
  [1, 5, 3],
  [1 / 5, 1, 1 / 2],
  [1 / 3, 2, 1],
];
/** A block with room: members 2 and 4 not in use (row and column blank), the others as FULL_3B. */
const ROOM_5: Grid = [
  [1, null, 5, null, 3],
  [null, null, null, null, null],
  [1 / 5, null, 1, null, 0.5],
  [null, null, null, null, null],
  [null, null, null, null, 1],
];
const FULL_3C: Grid = [
  [1, 2, 7],
  [1 / 2, 1, 4],
  [1 / 7, 1 / 4, 1],
];

/** Valid calls of every function, by Excel name: blanks, single cells, ranges, dates, options. */
export const EXAMPLES: Readonly<Record<string, Arg[][]>> = {
  "AHP.WEIGHTS": [
    [UPPER_3],
    [ROOM_5, "mean"],
    [UPPER_4, "geomean", "ideal"],
    [FULL_3B, OMIT, "ideal"],
  ],
  "AHP.CR": [[UPPER_3], [ROOM_5], [UPPER_4, "mean", "alonso-lamata"]],
  "AHP.CHECK": [
    [UPPER_4],
    [ROOM_5, "geomean"],
    [UPPER_3, OMIT, { omitted: true, between: "" }, "id"],
  ],
  "AHP.SUGGEST": [
    [UPPER_4, 2],
    [ROOM_5, 1],
    [FULL_3B, OMIT, "geomean", "id"],
  ],
  "AHP.COMPLETE": [
    [UPPER_3],
    [ROOM_5, "lambda-min"],
    [
      [
        [1, 2, null, 4],
        [null, 1, 3, null],
        [null, null, 1, 2],
        [null, null, null, 1],
      ],
      "harker",
    ],
  ],
  "AHP.GROUP": [[[UPPER_3, FULL_3B, FULL_3C]], [[UPPER_4]]],
  "AHP.GLOBAL": [
    [[column(0.6, 0.6, 0.4), column(0.5, 0.5, 1)]],
    [
      [
        [
          [0.6, 0.5],
          [0.6, 0.5],
          [0.4, 1],
        ],
      ],
    ],
    [[[[0.6, 0.6, 0.4]], [[0.5, 0.5, 1]]]],
  ],
  "AHP.RI": [[5], [30, "donegan-dodd"]],
  "ANP.LIMIT": [
    [
      [
        [0, 0.5, 0.3],
        [0.6, 0, 0.7],
        [0.4, 0.5, 0],
      ],
    ],
  ],
  "OMAX.LEVELS": [
    [column(70, 10), column(85, 6), column(99, 2)],
    [[[70]], [[92]], [[99]], 8],
  ],
  "OMAX.LEVEL": [
    [column(92.4, 5), column(70, 10), column(85, 6), column(99, 2), OMIT, "interpolate"],
    [[[88]], [[70]], [[85]], [[99]]],
    // A deadline KPI: days on the calendar, lower is better.
    [
      [[new CalendarDay(2024, 1, 15)]],
      [[new CalendarDay(2024, 1, 31)]],
      [[new CalendarDay(2024, 1, 20)]],
      [[new CalendarDay(2024, 1, 10)]],
      OMIT,
      "nearest",
    ],
  ],
  "OMAX.INDEX": [[column(6, 8, 3), column(0.5, 0.3, 0.2)]],
  "OMAX.CHANGE": [
    [335, 300],
    [335, null, 300],
  ],
  "KPI.ACHIEVEMENT": [
    [column(95, 8, null), column(100, 6, 10), column("higher", "lower", null)],
    [[[95]], [[100]]],
  ],
  TRAFFIC: [[column(1.02, 0.96, 0.5, null)], [[[0.9]], 0.95, 0.8]],
  "TRAFFIC.OMAX": [[column(9, 5, 2)], [[[7]], OMIT, 6]],
  "KPI.CLASSCHECK": [
    [column(7, 12, 20), column("Penting", "Sangat Penting", "Kritikal")],
    [[[4]], [["Penting"]]],
  ],
  "KPI.WEIGHTCHECK": [[column(30, 30, 40)], [column(30, null, 25), "id"]],
  "AHP.SENSITIVITY": [
    [
      [[0.5, 0.3, 0.2]],
      [
        [7, 5, 9],
        [6, 8, 4],
      ],
      2,
      4,
    ],
    [column(0.5, 0.3, 0.2), column(8, 6, 3), OMIT, OMIT, "id"],
  ],
  "AHP.CRITICAL": [
    [
      column(0.5, 0.3, 0.2),
      [
        [7, 5, 9],
        [6, 8, 4],
      ],
    ],
    [column(0.5, 0.3, 0.2), column(9, 7, 3), 8, 4, "id"],
  ],
  "AHP.UNCERTAINTY": [
    [UPPER_3, 1.5, 200, 7],
    [ROOM_5, 1.5, 50, 2],
    [UPPER_4, 2, 100, 3, "geomean", "id"],
  ],
  "AHP.SCALE": [[UPPER_3, "balanced"]],
  "AHP.TRIADS": [
    [
      [
        [1, 3, 1 / 3],
        [1 / 3, 1, 3],
        [3, 1 / 3, 1],
      ],
      [["Cost", "Quality", "Speed"]],
    ],
    [UPPER_4],
    [ROOM_5, column("Cost", null, "Quality", null, "Speed")],
  ],
  "AHP.GCI": [[UPPER_3], [UPPER_4], [ROOM_5]],
  "AHP.COMPATIBILITY": [[UPPER_3, column(0.637, 0.258, 0.105)]],
  "AHP.CONSENSUS": [[[FULL_3B, FULL_3C, UPPER_3]]],
  "AHP.RESPONDENTS": [
    [0.1, "en", [UPPER_3, FULL_3B, FULL_3C]],
    [null, "id", [FULL_3B, FULL_3C]],
  ],
  "ANP.WEIGHTED": [
    [
      [
        [0, 1, 0.5],
        [1, 0, 0.5],
        [1, 1, 0],
      ],
      [
        [0.5, 1],
        [0.5, 0],
      ],
      [[1, 1, 2]],
    ],
  ],
  "AHP.HIERARCHY": [
    [
      column("Finance", "Customer", "Revenue", "Cost", "Satisfaction"),
      column(null, null, "Finance", "Finance", "Customer"),
      column(0.6, 0.4, 0.7, 0.3, 1),
    ],
  ],
};

/** What a Sheets custom function did: returned a value, or threw. */
export type SheetsOutcome = { returned: unknown } | { threw: unknown };

export function callSheets(fn: (...args: unknown[]) => unknown, args: unknown[]): SheetsOutcome {
  try {
    return { returned: fn(...args) };
  } catch (error) {
    return { threw: error };
  }
}

interface ExcelError {
  code: string;
  message?: string;
}

const isExcelError = (value: unknown): value is ExcelError =>
  typeof value === "object" && value !== null && !Array.isArray(value) && "code" in value;

/** What a Sheets custom function may return: a number (finite), text or a logical value. */
function expectSheetsValue(value: unknown): void {
  if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  else expect(["string", "boolean"]).toContain(typeof value);
}

export interface Agreement {
  kind: "error" | "value" | "grid";
  /** Error cells inside a spilled result (shown as text in Sheets). */
  errorCells: number;
  /** Whether the error (or an error cell) was Excel's #DIV/0!. */
  divisionByZero: boolean;
}

/**
 * Fails unless the Sheets call shows what the Excel call does: the same numbers (to the bit), the
 * same text, and Excel's error messages — thrown as an Error (of `errorType`) for a result that is
 * one error, "#CODE — message" in an error cell of a spilled result; Excel's bare #DIV/0! as the
 * reason `divisionByZero` gives for the function.
 */
export function expectSheetsAgrees(
  excel: unknown,
  sheets: SheetsOutcome,
  id: string,
  divisionByZero: Readonly<Record<string, string>>,
  errorType: new (...args: never[]) => unknown = Error
): Agreement {
  let div0 = false;
  const messageOf = (error: ExcelError): string => {
    if (error.code === "#DIV/0!") {
      div0 = true;
      expect([id, error.message]).toEqual([id, undefined]);
      // A function whose #DIV/0! has no reason in the Sheets adapter fails here.
      expect([id, typeof divisionByZero[id]]).toEqual([id, "string"]);
      return divisionByZero[id];
    }
    expect([id, typeof error.message]).toEqual([id, "string"]);
    return error.message as string;
  };
  const single =
    Array.isArray(excel) && excel.length === 1 && excel[0].length === 1 ? excel[0][0] : excel;
  if (isExcelError(single)) {
    const message = messageOf(single);
    expect("threw" in sheets).toBe(true);
    const thrown = (sheets as { threw: unknown }).threw;
    expect(thrown).toBeInstanceOf(errorType);
    expect([id, (thrown as Error).message]).toEqual([id, message]);
    return { kind: "error", errorCells: 0, divisionByZero: div0 };
  }
  if ("threw" in sheets) throw new Error(`${id}: Sheets threw ${String(sheets.threw)}`);
  const got = sheets.returned;
  if (!Array.isArray(excel)) {
    expectSheetsValue(got);
    expect([id, Object.is(got, excel)]).toEqual([id, true]);
    return { kind: "value", errorCells: 0, divisionByZero: false };
  }
  const rows = excel as unknown[][];
  expect(Array.isArray(got)).toBe(true);
  const grid = got as unknown[][];
  expect(grid.length).toBe(rows.length);
  let errorCells = 0;
  rows.forEach((row, r) => {
    // Sheets spills rectangles only.
    expect([id, r, grid[r].length]).toEqual([id, r, rows[0].length]);
    row.forEach((cell, c) => {
      const shown = grid[r][c];
      expectSheetsValue(shown);
      if (isExcelError(cell)) {
        errorCells++;
        expect([id, r, c, shown]).toEqual([id, r, c, `${cell.code} — ${messageOf(cell)}`]);
      } else {
        expect([id, r, c, Object.is(shown, cell)]).toEqual([id, r, c, true]);
      }
    });
  });
  return { kind: "grid", errorCells, divisionByZero: div0 };
}
