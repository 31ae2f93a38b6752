/**
 * The seeded fuzz driver behind `npm run fuzz` (scripts/fuzz.ts) and test/functions/fuzz.test.ts.
 *
 * Every function declared in functions.json (generated from the JSDoc by custom-functions-metadata,
 * the library the webpack plugin uses) is called with generated arguments shaped by its metadata:
 * ranges for matrix parameters, fitting together as a user's would (pairwise matrices,
 * supermatrices, KPI columns and rows, hierarchy tables, up to 30×30, by parameter name), cells for
 * scalar ones, the quoted choices of a parameter's description for options, one array of ranges for
 * a repeating parameter — and hostile ones: text,
 * booleans, blanks, NaN, ±Infinity, huge and tiny numbers, 1-D and ragged arrays, empty ranges,
 * wrong sizes, the invocation object in an argument's place. Most calls are made as Excel makes
 * them (every declared argument, then the invocation object); some with arguments missing (the
 * invocation object then lands early), extra, or without the invocation object.
 *
 * A call fails the run when it throws, returns the safety net's internal error ("could not
 * compute"), NaN or Infinity anywhere, a malformed result (not a scalar, or not a non-empty
 * rectangular 2-D array of scalars, as declared), an error value without a message (#DIV/0!
 * excepted: Excel shows none), or takes over 50 ms (a call over it is run three times more and
 * timed in processor time, the fastest kept, so that a garbage collection or a machine busy with
 * other work does not fail it; UNTIMED functions excepted). fast-check generates the calls from
 * the seed and shrinks a failing one to a small example.
 */
import * as path from "path";
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { invocation, isExcelError } from "./custom-functions";

export interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

export interface DeclaredFunction {
  id: string;
  parameters: Parameter[];
  result: { dimensionality?: string };
}

/** The functions as Excel sees them: functions.json, generated from src/functions/functions.ts. */
export async function declaredFunctions(): Promise<DeclaredFunction[]> {
  const result = await generateCustomFunctionsMetadata(
    [path.join(__dirname, "../../src/functions/functions.ts")],
    true
  );
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  return JSON.parse(result.metadataJson).functions;
}

/** The adapter Excel calls for a function id: AHP.WEIGHTS → AHP_WEIGHTS. */
export function jsName(id: string): string {
  return id.replace(/\./g, "_");
}

/** The largest range side generated, and the time any call on such inputs may take. */
export const MAX_SIDE = 30;
export const CALL_BUDGET_MS = 50;
const MAX_SHRINKING_CALLS = 300;

// ——— cells ———

const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Numbers at the edges of floating point, and the ones that make NaN when multiplied or divided. */
const extremeNumber = fc.constantFrom(
  0,
  -0,
  1e-300,
  -1e-300,
  1e300,
  -1e300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  1e15,
  1e-15,
  2 ** 53 + 1,
  NaN,
  Infinity,
  -Infinity
);

/** A cell as a hostile sheet may hold it (NaN and ±Infinity included, which Excel never sends). */
const hostileCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 20 }) },
  { weight: 3, arbitrary: extremeNumber },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "",
      null,
      " ",
      "abc",
      "3",
      "1/3",
      "0,5",
      "#N/A",
      "GREEN",
      "higher",
      "Penting",
      "eigen",
      "1e400",
      "x".repeat(300)
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.boolean() }
);

/** Positive judgements on Saaty's scale, and a few beyond it. */
const judgement: fc.Arbitrary<number> = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...SAATY) },
  { weight: 1, arbitrary: fc.double({ min: 1 / 1000, max: 1000, noNaN: true }) }
);

/** A value for a parameter, by its name: levels 0…10, counts, weights, thresholds, or any number. */
function plausibleNumber(name: string): fc.Arbitrary<number> {
  if (/level/.test(name)) return fc.integer({ min: 0, max: 10 });
  if (["n", "count", "steps"].includes(name)) return fc.integer({ min: 0, max: 20 });
  if (name === "criterion") return fc.integer({ min: 0, max: 6 });
  if (name === "spread") return fc.double({ min: 0.5, max: 4, noNaN: true });
  if (name === "trials") return fc.integer({ min: 1, max: TRIALS });
  if (name === "local_weights" || name === "value" || name === "max_cr")
    return fc.double({ min: 0, max: 1.2, noNaN: true });
  if (/weight/.test(name))
    return fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 40 }));
  if (name === "green" || name === "yellow")
    return fc.oneof(
      fc.double({ min: 0.5, max: 1.2, noNaN: true }),
      fc.integer({ min: 0, max: 10 })
    );
  return fc.oneof(
    fc.integer({ min: -5, max: 200 }),
    fc.double({ min: -1e4, max: 1e4, noNaN: true })
  );
}

/**
 * Functions whose time grows with an argument by design, so that no budget per call holds: they are
 * not timed (everything else is still checked).
 */
export const UNTIMED: Readonly<Record<string, string>> = {
  "AHP.UNCERTAINTY":
    "one eigenvector per Monte-Carlo trial, 10,000 when trials is blank (docs/methods.md §1.6): 0.05–0.6 s a call",
};

/** `trials` is given (ten at most) but for a blank cell now and then, so 100,000 calls stay affordable. */
const TRIALS = 10;
const ALWAYS_GIVEN = new Set(["trials"]);

/** The quoted words of a parameter's description: its options ("eigen", "geomean", …). */
export function choicesOf(p: Parameter): string[] {
  return [...(p.description ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

/** A value a user would give: one of the parameter's choices, or a plausible number. */
function plausibleCell(p: Parameter): fc.Arbitrary<unknown> {
  const choices = choicesOf(p);
  return choices.length > 0
    ? fc.oneof(
        fc.constantFrom(...choices),
        fc.constantFrom(...choices).map((c) => ` ${c.toUpperCase()} `)
      )
    : plausibleNumber(p.name);
}

function cellFor(p: Parameter): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: plausibleCell(p) },
    { weight: 1, arbitrary: hostileCell }
  );
}

// ——— ranges ———

/** A range side: mostly small, sometimes up to 30. */
const side = fc.oneof(
  { weight: 14, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 4, arbitrary: fc.integer({ min: 6, max: 12 }) },
  { weight: 2, arbitrary: fc.integer({ min: 13, max: MAX_SIDE }) }
);

/**
 * What the ranges of one call share, so that they fit together as a user's would: n criteria
 * (nodes, KPIs, items), a second side (alternatives, levels), vectors as a column or a row, the
 * ANP clusters, and a hierarchy over the n items (each item's parent, or −1 at the top, with local
 * weights summing to 1 under each parent).
 */
interface CallContext {
  n: number;
  across: number;
  asRow: boolean;
  clusters: number;
  parents: number[];
  localWeights: number[];
}

const callContext: fc.Arbitrary<CallContext> = fc
  .tuple(side, side, fc.boolean(), fc.integer({ min: 1, max: 3 }))
  .chain(([n, across, asRow, clusters]) =>
    fc
      .tuple(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n })
      )
      .map(([draws, raw]) => {
        // Item k's parent is an earlier item or none: a forest, listed parents first.
        const parents = draws.map((d, k) => (k === 0 || d < 0.3 ? -1 : Math.floor(d * k)));
        const totals = new Map<number, number>();
        parents.forEach((p, k) => totals.set(p, (totals.get(p) ?? 0) + raw[k]));
        const localWeights = raw.map((x, k) => x / (totals.get(parents[k]) as number));
        return { n, across, asRow, clusters, parents, localWeights };
      })
  );

function gridOf<T>(rows: number, cols: number, cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
}

/** n cells as a column, or as a row. */
function vector(ctx: CallContext, cells: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[][]> {
  return cells.map((values) => (ctx.asRow ? [values] : values.map((v) => [v])));
}

function cells(n: number, cell: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  return fc.array(cell, { minLength: n, maxLength: n });
}

/**
 * A range as generated, or with one cell spoiled (a blank, text, NaN, …). One bad cell at a time:
 * hostile cells drawn for every cell would spoil nearly every large range, and the maths behind
 * the checks would then never run on a 30×30 input.
 */
function spoiled(range: fc.Arbitrary<unknown[][]>): fc.Arbitrary<unknown[][]> {
  return fc.oneof(
    { weight: 3, arbitrary: range },
    {
      weight: 1,
      arbitrary: fc
        .tuple(range, fc.nat(), fc.nat(), hostileCell)
        .map(([grid, r, c, cell]) =>
          grid.map((row, i) =>
            i === r % grid.length ? row.map((v, j) => (j === c % row.length ? cell : v)) : row
          )
        ),
    }
  );
}

/**
 * A pairwise matrix as users type it: the upper triangle, or full and reciprocal (sometimes with a
 * mirror that disagrees), and in a share of matrices some pairs left blank (skipped judgements).
 */
function pairwise(n: number): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(
      gridOf(n, n, judgement),
      fc.constantFrom("upper", "upper", "full", "full with a mismatch"),
      fc.constantFrom(1, null, ""),
      fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.6, noNaN: true })),
      fc.nat()
    )
    .map(([cells, form, diagonal, blanks, salt]) => {
      const isBlank = (i: number, j: number) =>
        ((i * 7919 + j * 104729 + salt) % 1000) / 1000 < blanks;
      return cells.map((row, i) =>
        row.map((value, j) => {
          if (i === j) return diagonal;
          if (j > i) return isBlank(i, j) ? null : value;
          if (form === "upper" || isBlank(j, i)) return null;
          const mirror = cells[j][i];
          return form === "full" || (i + j) % 7 !== 0 ? 1 / mirror : mirror;
        })
      );
    });
}

/** A weighted supermatrix: non-negative columns summing to 1, some all zero. */
function supermatrix(n: number): fc.Arbitrary<unknown[][]> {
  const entry = fc.oneof(
    { weight: 3, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    { weight: 1, arbitrary: fc.constant(0) }
  );
  return gridOf(n, n, entry).map((cells) => {
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += cells[i][j];
      if (sum > 0) for (let i = 0; i < n; i++) cells[i][j] /= sum;
    }
    return cells;
  });
}

/** A range a user would give this parameter in this call, by the parameter's name. */
function fittingRange(p: Parameter, ctx: CallContext): fc.Arbitrary<unknown[][]> {
  const names = Array.from({ length: ctx.n }, (_, k) => `C${k + 1}`);
  const column = (values: unknown[]) => vector(ctx, fc.constant(values));
  const plausible = plausibleCell(p);
  switch (p.name) {
    case "matrix":
    case "upper_triangle":
      return spoiled(pairwise(ctx.n));
    case "supermatrix":
    case "unweighted":
      return spoiled(supermatrix(ctx.n));
    case "cluster_matrix":
      return spoiled(supermatrix(ctx.clusters));
    case "clusters":
      return spoiled(vector(ctx, cells(ctx.n, fc.integer({ min: 1, max: ctx.clusters }))));
    case "items":
      return spoiled(column(names));
    case "parents":
      return spoiled(column(ctx.parents.map((p) => (p < 0 ? null : names[p]))));
    case "local_weights":
      return spoiled(column(ctx.localWeights));
    case "scores":
      return spoiled(
        fc.oneof(gridOf(ctx.across, ctx.n, plausible), vector(ctx, cells(ctx.n, plausible)))
      );
    default:
      return spoiled(
        fc.oneof(
          { weight: 4, arbitrary: vector(ctx, cells(ctx.n, plausible)) },
          { weight: 2, arbitrary: gridOf(1, 1, plausible) },
          { weight: 1, arbitrary: gridOf(ctx.n, ctx.across, plausible) }
        )
      );
  }
}

/** Shapes Excel never sends, or sends only when an argument is left out. */
const hostileShape: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    "",
    [],
    [[]],
    [[], []],
    invocation,
    [invocation],
    [[invocation]]
  ),
  fc.array(hostileCell, { minLength: 1, maxLength: 6 }),
  fc.tuple(
    fc.array(hostileCell, { minLength: 1, maxLength: 3 }),
    fc.array(hostileCell, { minLength: 0, maxLength: 5 })
  ),
  fc.array(gridOf(2, 2, hostileCell), { minLength: 1, maxLength: 2 }).map((grids) => [grids]),
  hostileCell
);

/** Mostly a fitting range; else one of any size (the wrong one, often), or a hostile shape. */
function rangeFor(p: Parameter, ctx: CallContext): fc.Arbitrary<unknown> {
  const anySize = fc.tuple(side, side).chain(([r, c]) => gridOf(r, c, cellFor(p)));
  return fc.oneof(
    { weight: 12, arbitrary: fittingRange(p, ctx) },
    { weight: 1, arbitrary: anySize },
    { weight: 1, arbitrary: hostileShape }
  );
}

/** One array of ranges, usually 1–4 that fit together (the respondents' matrices agree in n). */
function repeatingFor(p: Parameter, ctx: CallContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .integer({ min: 1, max: 4 })
        .chain((k) => fc.array(fittingRange(p, ctx), { minLength: k, maxLength: k })),
    },
    { weight: 2, arbitrary: fc.array(rangeFor(p, ctx), { minLength: 0, maxLength: 4 }) },
    { weight: 1, arbitrary: hostileShape }
  );
}

function scalarFor(p: Parameter, ctx: CallContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 8, arbitrary: cellFor(p) },
    { weight: 2, arbitrary: cellFor(p).map((c) => [[c]]) },
    { weight: 1, arbitrary: hostileShape },
    { weight: 1, arbitrary: vector(ctx, cells(ctx.n, cellFor(p))) }
  );
}

function argumentFor(p: Parameter, ctx: CallContext): fc.Arbitrary<unknown> {
  const value = p.repeating
    ? repeatingFor(p, ctx)
    : p.dimensionality === "matrix"
      ? rangeFor(p, ctx)
      : scalarFor(p, ctx);
  return p.optional && !ALWAYS_GIVEN.has(p.name)
    ? fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: value })
    : value;
}

/**
 * One value per declared parameter, as Excel passes them (null for one left out), before the
 * invocation object. The Sheets parity test passes the same calls the way Google Sheets does.
 */
export function declaredArguments(
  f: Pick<DeclaredFunction, "parameters">
): fc.Arbitrary<unknown[]> {
  return callContext.chain((ctx) => fc.tuple(...f.parameters.map((p) => argumentFor(p, ctx))));
}

/** The arguments of one call: as Excel passes them, or with some missing, extra, or no invocation. */
function callFor(f: DeclaredFunction): fc.Arbitrary<unknown[]> {
  const declared = declaredArguments(f);
  // Too few arguments: the invocation object lands early (but never before an ALWAYS_GIVEN one).
  const fewest = f.parameters.reduce((k, p, i) => (ALWAYS_GIVEN.has(p.name) ? i + 1 : k), 0);
  const extra = fc.array(fc.oneof(hostileCell, hostileShape), { minLength: 1, maxLength: 2 });
  const calls = [
    { weight: 16, arbitrary: declared.map((args) => [...args, invocation]) },
    {
      weight: 1,
      arbitrary: fc.tuple(declared, extra).map(([args, more]) => [...args, ...more, invocation]),
    },
    { weight: 1, arbitrary: declared },
  ];
  if (fewest < f.parameters.length)
    calls.push({
      weight: 1,
      arbitrary: fc
        .tuple(declared, fc.integer({ min: fewest, max: f.parameters.length - 1 }))
        .map(([args, kept]) => [...args.slice(0, kept), invocation]),
    });
  return fc.oneof(...calls);
}

// ——— checking a result ———

/** How a call ended: "values", one error code throughout ("#VALUE!", …), or "values and errors". */
export type Outcome = string;

/** The outcome of a valid result, or the reason the result is wrong. */
function judge(result: unknown, isMatrix: boolean): { outcome: Outcome } | { problem: string } {
  const scalarProblem = (value: unknown): string | null => {
    if (isExcelError(value)) {
      if (value.code === "#DIV/0!") return null;
      if (typeof value.message !== "string" || value.message.trim().length < 5)
        return `${value.code} without a message`;
      if (/could not compute/.test(value.message)) return `internal error: ${value.message}`;
      return null;
    }
    if (typeof value === "number")
      return Number.isFinite(value) ? null : `${String(value)} in the result`;
    if (typeof value === "string" || typeof value === "boolean") return null;
    return `not a cell value: ${describe(value)}`;
  };
  if (!isMatrix) {
    if (Array.isArray(result))
      return { problem: "a range from a function declared to return one value" };
    const problem = scalarProblem(result);
    if (problem) return { problem };
    return { outcome: isExcelError(result) ? result.code : "values" };
  }
  if (!Array.isArray(result) || result.length === 0)
    return { problem: `not a non-empty 2-D array: ${describe(result)}` };
  const cols = Array.isArray(result[0]) ? result[0].length : -1;
  if (cols < 1) return { problem: "row 1 is not a non-empty array" };
  const codes = new Set<string>();
  let values = 0;
  for (const row of result) {
    if (!Array.isArray(row) || row.length !== cols) return { problem: "ragged rows" };
    for (const cell of row) {
      const problem = scalarProblem(cell);
      if (problem) return { problem };
      if (isExcelError(cell)) codes.add(cell.code);
      else values++;
    }
  }
  if (codes.size === 0) return { outcome: "values" };
  return { outcome: values === 0 && codes.size === 1 ? [...codes][0] : "values and errors" };
}

function describe(value: unknown): string {
  const text = fc.stringify(value);
  return text.length > 80 ? text.slice(0, 77) + "…" : text;
}

function millis(call: () => unknown): { result: unknown; ms: number } {
  const start = process.hrtime.bigint();
  const result = call();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** The processor time of a call, in ms: unlike the clock, it does not count other programs' turns. */
function cpuMillis(call: () => unknown): number {
  const start = process.cpuUsage();
  call();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// ——— the run ———

export interface FuzzOptions {
  calls: number;
  seed: number;
}

export interface FuzzReport {
  id: string;
  calls: number;
  /** Calls by outcome: "values", "#VALUE!", "#N/A", "#DIV/0!", "values and errors". */
  outcomes: Record<Outcome, number>;
  /** The slowest call's time (the fastest of its re-runs when it was re-timed). */
  slowestMs: number;
  totalMs: number;
  /** What was wrong with the first failing call, and that call shrunk; absent when all passed. */
  failure?: string;
}

/** A seed per function, so that `--function X` replays what a full run did for X. */
function seedFor(seed: number, id: string): number {
  let h = seed | 0;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

export function fuzzFunction(
  f: DeclaredFunction,
  fn: (...args: unknown[]) => unknown,
  { calls, seed }: FuzzOptions
): FuzzReport {
  const report: FuzzReport = { id: f.id, calls: 0, outcomes: {}, slowestMs: 0, totalMs: 0 };
  const isMatrix = f.result.dimensionality === "matrix";
  const isTimed = !(f.id in UNTIMED);
  let counting = true;
  let shrinkingCalls = 0;
  // The first failure stops the counts: fast-check then shrinks it, re-running smaller calls.
  const fail = (problem: string): never => {
    counting = false;
    throw new Error(problem);
  };
  const started = process.hrtime.bigint();
  const details = fc.check(
    fc.property(callFor(f), (args) => {
      // A slow call makes a slow shrink: after a few hundred tries, keep the smallest failure found.
      if (!counting && ++shrinkingCalls > MAX_SHRINKING_CALLS) return;
      const call = (): unknown => {
        try {
          return fn(...args);
        } catch (error) {
          return fail(`threw ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      const first = millis(call);
      let ms = first.ms;
      if (isTimed && ms > CALL_BUDGET_MS) {
        for (let k = 0; k < 3; k++) ms = Math.min(ms, cpuMillis(call));
        if (ms > CALL_BUDGET_MS) fail(`took ${ms.toFixed(0)} ms (over ${CALL_BUDGET_MS} ms)`);
      }
      const verdict = judge(first.result, isMatrix);
      if ("problem" in verdict) fail(verdict.problem);
      else if (counting) {
        report.calls++;
        report.outcomes[verdict.outcome] = (report.outcomes[verdict.outcome] ?? 0) + 1;
        report.slowestMs = Math.max(report.slowestMs, ms);
      }
    }),
    { numRuns: calls, seed: seedFor(seed, f.id) }
  );
  report.totalMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (details.failed) {
    const error = details.errorInstance;
    report.failure =
      `${error instanceof Error ? error.message : String(error)}\n` +
      `  arguments: ${fc.stringify(details.counterexample?.[0])}`;
  }
  return report;
}
