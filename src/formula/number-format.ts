/**
 * Excel number formats, the subset Kinerja's sheets use, interpreted in one place: the preview grid
 * shows a cell's value through its format (`displayText`), TEXT() computes the text a file stores
 * (`numberFormatter`), and & turns a number into text as General does (`generalText`).
 *
 * Codes understood: General; "@" (text); "0" with fixed and/or optional decimals ("0.00", "0.0000",
 * "0.##", "0.0#"), grouped ("#,##0.00") and/or a percent ("0.0%"); dates as "yyyy-mm-dd" (any count
 * of y, m, d between dashes). Rounding is Excel's, half away from zero on the decimal value.
 */
import type { Scalar } from "../sheet/plan";

/** The languages numbers are shown in (Indonesian: 1.234,5). */
export type NumberLocale = "id" | "en";

/** A format code, read once: how it turns a number into text. */
type Pattern =
  | { kind: "general" }
  | { kind: "text" }
  | { kind: "date" }
  | { kind: "number"; grouped: boolean; fixed: number; optional: number; percent: boolean };

const NUMBER_CODE = /^(#,##)?0(?:\.(?=[0#])(0*)(#*))?(%)?$/;
const DATE_CODE = /^y{2,4}-m{1,2}-d{1,2}$/i;
const MARKS = {
  en: { decimal: ".", group: "," },
  id: { decimal: ",", group: "." },
} as const;

const patterns = new Map<string, Pattern | null>();

/** The pattern of a format code; null for a code outside the subset. Codes are few: kept once read. */
function patternOf(code: string): Pattern | null {
  let pattern = patterns.get(code);
  if (pattern === undefined) {
    pattern = readPattern(code.trim());
    patterns.set(code, pattern);
  }
  return pattern;
}

function readPattern(code: string): Pattern | null {
  if (/^general$/i.test(code)) return { kind: "general" };
  if (code === "@") return { kind: "text" };
  if (DATE_CODE.test(code)) return { kind: "date" };
  const match = NUMBER_CODE.exec(code);
  if (!match) return null;
  const [, grouped, fixed = "", optional = "", percent] = match;
  return {
    kind: "number",
    grouped: !!grouped,
    fixed: fixed.length,
    optional: optional.length,
    percent: !!percent,
  };
}

/**
 * A value as a cell with `format` shows it (the preview grid): text and logical values as they are,
 * numbers through the format; a format outside the subset shows as General.
 */
export function displayText(
  value: Scalar,
  format: string | undefined,
  locale: NumberLocale = "en"
): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const pattern = patternOf(format ?? "General") ?? { kind: "general" };
  switch (pattern.kind) {
    case "text":
      return String(value);
    case "date":
      return serialDate(value);
    case "number":
      return patternText(value, pattern, locale);
    case "general":
      return generalDisplay(value, MARKS[locale].decimal);
  }
}

/**
 * How a numeric format code ("0.00", "#,##0", "0.0%"…) writes a number in English marks, as TEXT()
 * returns it; null when the code is not a numeric one of the subset (TEXT then declines).
 */
export function numberFormatter(code: string): ((n: number) => string) | null {
  const pattern = patternOf(code);
  return pattern?.kind === "number" ? (n) => patternText(n, pattern, "en") : null;
}

function patternText(
  value: number,
  pattern: Extract<Pattern, { kind: "number" }>,
  locale: NumberLocale
): string {
  const { decimal, group } = MARKS[locale];
  const decimals = pattern.fixed + pattern.optional;
  const rounded = excelRound(pattern.percent ? value * 100 : value, decimals);
  let text = Math.abs(rounded).toFixed(decimals);
  if (pattern.optional > 0) text = text.replace(new RegExp(`0{1,${pattern.optional}}$`), "");
  let [whole, fraction] = text.replace(/\.$/, "").split(".");
  if (pattern.grouped) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${rounded < 0 ? "-" : ""}${whole}${fraction ? decimal + fraction : ""}${pattern.percent ? "%" : ""}`;
}

/**
 * ROUND as Excel does it: half away from zero on the decimal value shown (15 significant digits),
 * so ROUND(1.005, 2) is 1.01 although the double 1.005 lies just below it.
 */
export function excelRound(v: number, digits: number): number {
  const f = Math.pow(10, digits);
  const scaled = Number((Math.abs(v) * f).toPrecision(15));
  return (Math.sign(v) * Math.round(scaled)) / f;
}

/**
 * A number as text, as Excel's General format turns it into text (A1&""): at most 15 significant
 * digits, 1/3 → "0.333333333333333", 0.1+0.2 → "0.3", 1e-7 → "0.0000001"; from 1e15 on, and below
 * 1e-9 (an approximation of Excel's switch), scientific: 1.23456789012346E+17.
 */
export function generalText(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const magnitude = decimalExponent(Math.abs(n));
  if (magnitude >= 15 || magnitude < -9) {
    const [mantissa, exponent] = n.toExponential(14).split("e");
    const digits = mantissa.replace(/\.?0+$/, "");
    const sign = exponent.startsWith("-") ? "-" : "+";
    return `${digits}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  const text = n.toFixed(Math.min(100, Math.max(0, 14 - magnitude)));
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** The power of ten of a positive number's leading digit; log10 alone says 15 for 999999999999999. */
function decimalExponent(x: number): number {
  const guess = Math.floor(Math.log10(x));
  return Math.pow(10, guess) > x ? guess - 1 : guess;
}

/** General in a cell of the grid: up to 10 significant digits, no trailing zeros. */
function generalDisplay(value: number, decimalMark: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const text =
    Math.abs(value) >= 1e11 || Math.abs(value) < 1e-9
      ? value.toExponential(4)
      : String(Number(value.toPrecision(10)));
  return text.replace(".", decimalMark);
}

/** An Excel date serial (1 = 1900-01-01, with Excel's 1900 leap-year quirk) as yyyy-mm-dd. */
function serialDate(serial: number): string {
  const days = Math.floor(serial) - (serial >= 61 ? 25569 : 25568);
  const date = new Date(days * 86400000);
  return date.toISOString().slice(0, 10);
}
