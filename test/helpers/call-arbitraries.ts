/**
 * Generated calls of a Kinerja function, written once (test/helpers/sheets-calls.ts passes them the
 * way each spreadsheet does):
 * - the fuzz driver's calls (test/helpers/fuzz.ts: ranges that fit together up to 30×30, option
 *   words, hostile cells and shapes); the shapes no spreadsheet sends (ragged or one-dimensional
 *   arrays, …) go to both adapters as they are;
 * - cells or ranges by each parameter's declared kind (its option words among them), dates (the
 *   fuzz has none), and arguments skipped between others;
 * - one of the function's valid examples with one cell or argument changed.
 */
import fc from "fast-check";
import { choicesOf, declaredArguments } from "./fuzz";
import {
  CalendarDay,
  EXAMPLES,
  isOmitted,
  type Arg,
  type Cell,
  type DeclaredFunction,
  type Grid,
  type Omitted,
} from "./sheets-calls";

const day = fc
  .record({
    year: fc.integer({ min: 1950, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.integer({ min: 1, max: 28 }),
    // Daytime: no clock change (summer time) happens then.
    hour: fc.integer({ min: 8, max: 20 }),
    minute: fc.constantFrom(0, 15, 30, 59),
  })
  .map(({ year, month, date, hour, minute }) => new CalendarDay(year, month, date, hour, minute));

/** A cell as either spreadsheet holds it: numbers (some hostile), text, logicals, blanks, dates. */
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 20 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(0, 1, 1 / 3, 9, 1e-300, 1e300, -0, Number.MAX_VALUE),
  },
  // Excel's blank is null, or "" from a formula; Sheets has "" for both.
  { weight: 3, arbitrary: fc.constantFrom(null, "") },
  { weight: 2, arbitrary: fc.constantFrom("abc", "3", " ", "GREEN", "1/3", "0,5") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: day }
);

const gridOf = (item: fc.Arbitrary<Cell>, maxRows = 5, maxCols = 5): fc.Arbitrary<Grid> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(item, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      })
    );

/** Pairwise matrices: full or upper triangle with blanks, a hostile cell now and then. */
const ahpMatrix: fc.Arbitrary<Grid> = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.boolean())
  .chain(([n, upperOnly]) =>
    fc
      .array(
        fc.oneof(
          { weight: 12, arbitrary: fc.double({ min: 1 / 9, max: 9, noNaN: true }) },
          { weight: 1, arbitrary: cell }
        ),
        { minLength: n * n, maxLength: n * n }
      )
      .map((values) =>
        Array.from({ length: n }, (_, i) =>
          Array.from({ length: n }, (_, j): Cell => {
            if (i === j) return 1;
            if (i > j) return upperOnly ? null : 1 / (values[j * n + i] as number);
            return values[i * n + j];
          })
        )
      )
  );

const kpiColumn: fc.Arbitrary<Grid> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.double({ min: 0, max: 120, noNaN: true }) },
      { weight: 1, arbitrary: cell }
    ),
    { minLength: 1, maxLength: 6 }
  )
  .map((values) => values.map((v) => [v]));

const range = fc.oneof(
  ahpMatrix,
  gridOf(cell),
  kpiColumn,
  cell.map((c) => [[c]])
);
const value: fc.Arbitrary<Cell | Grid> = fc.oneof(
  { weight: 8, arbitrary: cell },
  // A range given where one cell is wanted (never one cell: Sheets passes that as its value).
  { weight: 1, arbitrary: gridOf(cell, 3, 3).filter((g) => g.length * g[0].length > 1) }
);
const omitted = fc.constantFrom<Arg>(
  { omitted: true, between: undefined },
  { omitted: true, between: "" }
);

function parameterArb(p: DeclaredFunction["parameters"][number]): fc.Arbitrary<Arg> {
  // An option's words, as its description quotes them ("eigen", "geomean", …), as often as not.
  const choices = choicesOf(p);
  const scalar = choices.length > 0 ? fc.oneof(value, fc.constantFrom(...choices)) : value;
  const one: fc.Arbitrary<Arg> = p.dimensionality === "matrix" ? range : scalar;
  if (p.repeating) return fc.array(range, { minLength: 1, maxLength: 3 });
  return p.optional ? fc.oneof(omitted, one) : one;
}

/** A valid example of the function, one cell or argument changed now and then. */
function exampleArb(f: DeclaredFunction): fc.Arbitrary<Arg[]> {
  const examples = EXAMPLES[f.id];
  return fc
    .tuple(
      fc.constantFrom(...examples),
      fc.option(fc.tuple(fc.nat(), fc.nat(), fc.nat(), cell), { freq: 2 })
    )
    .map(([example, change]) => {
      if (!change) return example;
      const [k, r, c, replacement] = change;
      const args = example.map((arg) => structuredCopy(arg));
      const at = k % args.length;
      const arg = args[at];
      if (isOmitted(arg) || !Array.isArray(arg)) args[at] = replacement;
      else {
        const grid = (f.parameters[at]?.repeating ? (arg as Grid[])[0] : arg) as Grid;
        grid[r % grid.length][c % grid[0].length] = replacement;
      }
      return args;
    });
}

function structuredCopy(arg: Arg): Arg {
  if (!Array.isArray(arg)) return arg;
  return (arg as unknown[]).map((item) =>
    Array.isArray(item) ? structuredCopy(item as Arg) : item
  ) as Arg;
}

const isCellValue = (value: unknown): value is Cell =>
  value === null || ["number", "string", "boolean"].includes(typeof value);

/** A non-empty rectangular range of cell values: what a spreadsheet passes for a range. */
function asGrid(value: unknown): Grid | null {
  if (!Array.isArray(value) || value.length === 0 || !Array.isArray(value[0])) return null;
  const cols = (value[0] as unknown[]).length;
  if (cols === 0) return null;
  for (const row of value)
    if (!Array.isArray(row) || row.length !== cols || !row.every(isCellValue)) return null;
  return value as Grid;
}

/**
 * The fuzz's arguments (Excel's form) as a call a spreadsheet makes: left out (null) is left out; a
 * one-cell range given for a single value is that cell, as both spreadsheets pass it; a value no
 * spreadsheet passes stays raw. Null when Sheets cannot express the call at all (a repeating
 * parameter given one bare value: Sheets passes each range as an argument of its own).
 */
function spreadsheetCall(
  f: DeclaredFunction,
  args: unknown[],
  between: Omitted["between"]
): Arg[] | null {
  const out: Arg[] = [];
  for (let k = 0; k < f.parameters.length; k++) {
    const p = f.parameters[k];
    const value = args[k];
    if (value === null || value === undefined) out.push({ omitted: true, between });
    else if (p.repeating) {
      if (!Array.isArray(value)) return null;
      // One cell among the ranges is a one-cell range, as in the other parameters.
      const grids = value.map((v) => asGrid(v) ?? (v !== null && isCellValue(v) ? [[v]] : null));
      out.push(grids.every((g) => g !== null) ? (grids as Grid[]) : { raw: value });
    } else if (isCellValue(value)) out.push(value);
    else {
      const grid = asGrid(value);
      if (!grid) out.push({ raw: value });
      else
        out.push(
          p.dimensionality !== "matrix" && grid.length * grid[0].length === 1 ? grid[0][0] : grid
        );
    }
  }
  return out;
}

/** The fuzz driver's calls of `f`, as a spreadsheet makes them. */
function fuzzArb(f: DeclaredFunction): fc.Arbitrary<Arg[]> {
  return fc
    .tuple(declaredArguments(f), fc.constantFrom<Omitted["between"]>("", undefined))
    .map(([args, between]) => spreadsheetCall(f, args, between))
    .filter((call): call is Arg[] => call !== null);
}

/** One call of `f`: the fuzz's (half), generated by declared kind, or a changed valid example. */
export function callArb(f: DeclaredFunction): fc.Arbitrary<Arg[]> {
  const generated = fc.tuple(...f.parameters.map(parameterArb)) as fc.Arbitrary<Arg[]>;
  return fc.oneof(
    { weight: 2, arbitrary: fuzzArb(f) },
    { weight: 1, arbitrary: generated },
    { weight: 1, arbitrary: exampleArb(f) }
  );
}
