/**
 * Kinerja calls as the generator reads them: found in a formula's syntax tree, each argument kept as
 * written and with every reference naming its sheet («key»!$B$7), so the formulas built from them
 * work on any sheet.
 */
import { KINERJA_SIGNATURES, forEachNode, parseFormulaWithSpans, type Node } from "../formula";
import {
  absolute,
  cellAddress,
  parseCell,
  parseRange,
  rangeAddress,
  type RangePosition,
} from "../sheet/a1";
import { NotNative, num } from "./model";

export interface CallArg {
  /** The argument as written ($ signs kept), every reference naming its sheet: «ahp»!B7:E10. */
  text: string;
  /** Its syntax tree (a reference, a constant, an expression…). */
  node: Node;
}

export interface KinerjaCall {
  /** Upper case, as Excel shows it: "OMAX.LEVEL". */
  name: string;
  /** The arguments in order; null for one left empty, as in OMAX.CHANGE(E30, , $D$30). */
  args: (CallArg | null)[];
  /** The plan key of the calling cell's sheet (where its unqualified references point). */
  sheet: string;
  /** The calling cell. */
  address: string;
  /**
   * Cells the formula around the call has already found filled ("«register»!K7" after
   * IF(K7="","",…)): the re-performance need not give #N/A for them being blank.
   */
  filled: ReadonlySet<string>;
}

const KINERJA_NAMES = new Set(Object.keys(KINERJA_SIGNATURES));

export function isKinerjaFunction(name: string): boolean {
  return KINERJA_NAMES.has(name.toUpperCase());
}

/** "«register»!K7": a single cell, as `KinerjaCall.filled` lists it. */
export function cellKey(sheet: string, address: string): string {
  return `«${sheet}»!${address.replace(/\$/g, "").toUpperCase()}`;
}

/** A reference node's key: its sheet (the calling sheet when unnamed) and range, without $. */
export function refKey(node: Extract<Node, { kind: "ref" }>, sheet: string): string {
  return cellKey(node.sheet ?? sheet, node.range);
}

/**
 * `text` (an expression parsed out of a formula on `sheet`) with «sheet»! put before each reference
 * that names no sheet; references that name one keep their notation.
 */
export function qualified(text: string, sheet: string): string {
  const { tree, spanOf } = parseFormulaWithSpans(`=${text}`);
  const starts: number[] = [];
  forEachNode(tree, (node) => {
    if (node.kind === "ref" && node.sheet === undefined) starts.push(spanOf(node).start - 1);
  });
  let out = text;
  for (const start of starts.sort((a, b) => b - a))
    out = `${out.slice(0, start)}«${sheet}»!${out.slice(start)}`;
  return out;
}

/** A reference argument: where it points, how it is written, and its cells one by one. */
export interface RangeArg extends RangePosition {
  rows: number;
  columns: number;
  /** "«ahp»!" or "'Data'!": how the argument names its sheet. */
  prefix: string;
  /** Whether it was written with $ signs (its cells are then written with them too). */
  isAbsolute: boolean;
  /** The range's key: «sheet»!B7:E10. */
  key: string;
}

/** The argument as a range, or null when it is not a reference. */
export function rangeArg(arg: CallArg | null, sheet: string): RangeArg | null {
  if (!arg || arg.node.kind !== "ref") return null;
  const position = parseRange(arg.node.range);
  const bang = arg.text.lastIndexOf("!");
  return {
    ...position,
    rows: position.bottom - position.top + 1,
    columns: position.right - position.left + 1,
    prefix: arg.text.slice(0, bang + 1),
    isAbsolute: arg.text.slice(bang + 1).includes("$"),
    key: refKey(arg.node, sheet),
  };
}

/** Cell (r, c) of a range argument, written as the argument was: «ahp»!$C$7. */
export function cellOf(range: RangeArg, r: number, c: number): string {
  const address = cellAddress(range.top + r, range.left + c);
  return range.prefix + (range.isAbsolute ? absolute(address) : address);
}

/** A sub-range of a range argument, written as the argument was. */
export function rangeOf(
  range: RangeArg,
  top: number,
  left: number,
  bottom: number,
  right: number
): string {
  const text = rangeAddress(
    range.top + top,
    range.left + left,
    range.top + bottom,
    range.left + right
  );
  return range.prefix + (range.isAbsolute ? absolute(text) : text);
}

/** The text of a range argument as a whole. */
export function wholeRange(range: RangeArg): string {
  return rangeOf(range, 0, 0, range.rows - 1, range.columns - 1);
}

/** An option typed into the formula as text ("eigen"), `fallback` when left out; else not native. */
export function textOption<T extends string>(
  fn: string,
  arg: CallArg | null | undefined,
  name: string,
  choices: readonly T[],
  fallback: T
): T {
  if (!arg) return fallback;
  if (arg.node.kind !== "string")
    throw new NotNative(fn, `${name} must be typed into the formula as text to be re-performed`);
  const value = arg.node.value.trim().toLowerCase();
  if (value === "") return fallback;
  const choice = choices.find((c) => c === value);
  if (!choice)
    throw new NotNative(fn, `${name} "${arg.node.value}" is not one of ${choices.join(", ")}`);
  return choice;
}

/**
 * An option typed into the formula or read from one cell (the Settings sheet's mid level): the typed
 * value, or the cell as a formula operand; `fallback` when left out; else not native.
 */
export function optionOrCell<T extends string | number>(
  fn: string,
  arg: CallArg | null | undefined,
  sheet: string,
  name: string,
  typed: (arg: CallArg | null | undefined) => T
): T | { cell: string } {
  const range = arg ? rangeArg(arg, sheet) : null;
  if (arg && range) {
    if (range.rows * range.columns !== 1)
      throw new NotNative(
        fn,
        `${name} must be one cell or typed into the formula to be re-performed`
      );
    return { cell: cellOf(range, 0, 0) };
  }
  return typed(arg);
}

/** A number typed into the formula (mid_level 8), `fallback` when left out; else not native. */
export function numberOption(
  fn: string,
  arg: CallArg | null | undefined,
  name: string,
  fallback: number
): number {
  if (!arg) return fallback;
  if (arg.node.kind === "number") return arg.node.value;
  throw new NotNative(fn, `${name} must be typed into the formula as a number to be re-performed`);
}

/**
 * Element (r, c) of an argument for a function that works cell by cell: the cell of a range (a
 * single cell stands for every element), or the expression itself, in parentheses when it is one.
 */
export function elementOf(arg: CallArg, sheet: string, r: number, c: number): string {
  const range = rangeArg(arg, sheet);
  if (range) {
    const rr = range.rows === 1 ? 0 : r;
    const cc = range.columns === 1 ? 0 : c;
    return cellOf(range, rr, cc);
  }
  return isAtom(arg.node) ? arg.text : `(${arg.text})`;
}

/** A number, text, logical value, reference or call: needs no parentheses inside an expression. */
function isAtom(node: Node): boolean {
  return node.kind !== "binary" && node.kind !== "unary" && node.kind !== "percent";
}

/** Whether element (r, c) of an argument is known to be filled (a cell the formula tested for ""). */
export function isFilled(call: KinerjaCall, arg: CallArg, r: number, c: number): boolean {
  const range = rangeArg(arg, call.sheet);
  if (!range) return arg.node.kind === "number";
  const address = cellAddress(
    range.top + (range.rows === 1 ? 0 : r),
    range.left + (range.columns === 1 ? 0 : c)
  );
  const sheet = range.key.slice(1, range.key.indexOf("»"));
  return call.filled.has(cellKey(sheet, address));
}

/** `expression`, or #N/A when `element` is blank (as Kinerja's functions answer a blank input). */
export function unlessBlank(element: string, filled: boolean, expression: string): string {
  return filled ? expression : `IF(${element}="",NA(),${expression})`;
}

/** The rows × columns of the cells an element-wise function fills: the largest argument. */
export function elementwiseShape(
  args: readonly (CallArg | null)[],
  sheet: string
): { rows: number; columns: number } {
  let rows = 1;
  let columns = 1;
  for (const arg of args) {
    const range = rangeArg(arg, sheet);
    if (!range) continue;
    rows = Math.max(rows, range.rows);
    columns = Math.max(columns, range.columns);
  }
  return { rows, columns };
}

/** A number or an argument as a formula operand: 8, or «register»!$F$9. */
export function operand(arg: CallArg | null | undefined, fallback: number): string {
  if (!arg) return num(fallback);
  return isAtom(arg.node) ? arg.text : `(${arg.text})`;
}

/** The 0-based row of a cell address. */
export function rowOf(address: string): number {
  return parseCell(address).row;
}
