/**
 * The one error type of the maths core (spec §0).
 *
 * Every invalid input is reported as a `KinerjaError` whose `kind` says which Excel error it becomes:
 * - `VALUE` — the input is wrong (not square, text, negative, anchors out of order…) → `#VALUE!`
 * - `NA`    — no value exists (CR beyond the RI table, a blank actual…) → `#N/A`
 * - `DIV0`  — a ratio's denominator is zero → `#DIV/0!`
 * Excel shows the message only for `#VALUE!` and `#N/A`, so those messages name the argument,
 * the position within it and what was expected.
 */
export type ErrorKind = "VALUE" | "NA" | "DIV0";

export class KinerjaError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = "KinerjaError";
    this.kind = kind;
  }
}

/** Invalid input → `#VALUE!`. */
export function invalid(message: string): KinerjaError {
  return new KinerjaError("VALUE", message);
}

/** No value exists → `#N/A`. */
export function notAvailable(message: string): KinerjaError {
  return new KinerjaError("NA", message);
}

/** Zero denominator → `#DIV/0!`. */
export function divisionByZero(message: string): KinerjaError {
  return new KinerjaError("DIV0", message);
}

export function isKinerjaError(error: unknown): error is KinerjaError {
  return error instanceof KinerjaError;
}

/**
 * An option passed by a library caller, checked against its choices (the Excel adapters read theirs
 * from cells with `readOption`): an unknown name is an error, never a silent default.
 */
export function checkChoice<T extends string>(value: T, arg: string, choices: readonly T[]): T {
  if (choices.includes(value)) return value;
  throw unknownChoice(arg, choices, value);
}

/** "method must be one of "eigen", "geomean", "mean"; got the text "power"". */
export function unknownChoice(arg: string, choices: readonly string[], got: unknown): KinerjaError {
  return invalid(
    `${arg} must be one of ${choices.map((c) => `"${c}"`).join(", ")}; got ${describeValue(got)}`
  );
}

/** A value as it should appear inside an error message: short, and quoted when it is text. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "a blank";
  if (typeof value === "string") {
    const text = value.length > 24 ? value.slice(0, 21) + "…" : value;
    return `the text "${text}"`;
  }
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return "a range";
  if (typeof value === "object") return "an error value";
  return String(value);
}

/** "1 row", "3 rows"; "1 leaf", "2 leaves". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** Numbers in messages: up to 6 significant digits, no exponent for everyday sizes. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}

/** A computed result, checked: inputs near the limits of floating point must not yield NaN or Infinity. */
export function finiteResult(value: number, what: string): number {
  if (!Number.isFinite(value)) {
    throw invalid(
      `${what} cannot be computed: the inputs are too large or too small for floating-point arithmetic`
    );
  }
  return value;
}
