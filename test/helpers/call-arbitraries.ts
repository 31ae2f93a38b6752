/**
 * Generated calls of a Kinerja function, written once (test/helpers/sheets-calls.ts passes them the
 * way each spreadsheet does): every parameter gets cells or ranges by its declared kind — numbers
 * (some hostile), text, logical values, blanks, dates, option words, ranges of the wrong size —
 * and, as often, one of the function's valid examples with one cell or argument changed.
 */
import fc from "fast-check";
import {
  CalendarDay,
  EXAMPLES,
  isOmitted,
  type Arg,
  type Cell,
  type DeclaredFunction,
  type Grid,
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

const OPTIONS = [
  "eigen",
  "geomean",
  "mean",
  "ideal",
  "distributive",
  "saaty2005",
  "donegan-dodd",
  "harker",
  "lambda-min",
  "floor",
  "nearest",
  "interpolate",
  "powers",
  "sinks",
  "balanced",
  "geometric",
  "id",
  "en",
  "higher",
  "lower",
  "rendah",
  "Penting",
  "Kritikal",
] as const;

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
  { weight: 2, arbitrary: fc.constantFrom(...OPTIONS) },
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
  const one: fc.Arbitrary<Arg> = p.dimensionality === "matrix" ? range : value;
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

/** One call of `f`: generated arguments (mostly hostile) or a changed valid example, half each. */
export function callArb(f: DeclaredFunction): fc.Arbitrary<Arg[]> {
  const generated = fc.tuple(...f.parameters.map(parameterArb)) as fc.Arbitrary<Arg[]>;
  return fc.oneof(generated, exampleArb(f));
}
