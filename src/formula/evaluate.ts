/**
 * The evaluator: computes every formula of a set of sheets, each cell once, on demand. Its input is
 * the sheets' cells — constants, and formulas with the block a dynamic array fills — nothing of the
 * plan or the workbook that holds them.
 */
import { cellAddress, normalCell, parseCell, parseRange, type RangePosition } from "../sheet/a1";
import { spillArea } from "../sheet/spill";
import { EXCEL_FUNCTIONS } from "./functions";
import {
  arityOf,
  MAX_ARGUMENTS,
  type Arg,
  type CallSite,
  type FormulaFunction,
  type FunctionLibrary,
  type Param,
} from "./functions/signature";
import { binary, mapNumbers } from "./operators";
import { parseFormula, type Node } from "./parse";
import {
  err,
  isErrorValue,
  scalarOf,
  toNumber,
  type CellResult,
  type ErrorValue,
  type Grid,
  type Value,
} from "./values";

/** A cell as the evaluator reads it: a constant, or a formula and the block its result fills. */
export interface SheetCell {
  /** A constant; an error value where a file read back stores one. */
  value?: CellResult;
  /** "=…" in English Excel syntax. */
  formula?: string;
  /** The rows × columns a formula's array result fills, from this cell down and right. */
  spill?: { rows: number; columns: number };
}

export interface FormulaSheet {
  /** The name formulas give the sheet: «name»!A1, 'name'!A1 or name!A1 (matched exactly). */
  name: string;
  /** Another name for it, matched without regard to case (a plan sheet's display name). */
  alias?: string;
  /** The sheet's cells by address: A1 style, upper case, without $. */
  cells: ReadonlyMap<string, SheetCell>;
}

export interface EvaluatedWorkbook {
  /** The value shown in a cell (constants, formula results and spilled cells); null when empty. */
  value(sheet: string, address: string): CellResult;
  /**
   * `formula` computed as if it stood in `address` of `sheet`, reading the cells as they are: how an
   * audit re-performs a stored result from the stored values of its inputs.
   */
  compute(sheet: string, address: string, formula: string): Value;
  /** Every formula cell and spilled cell with its value, by sheet name then address. */
  results(): Map<string, Map<string, CellResult>>;
}

/**
 * Evaluates the formulas of `sheets` with Excel's functions and `functions` (which may add to them);
 * a reference to another sheet names it by `name` or `alias`.
 */
export function evaluateWorkbook(
  sheets: readonly FormulaSheet[],
  functions: FunctionLibrary = {}
): EvaluatedWorkbook {
  const evaluator = new Evaluator(sheets, { ...EXCEL_FUNCTIONS, ...functions });
  return {
    value: (sheet, address) => evaluator.cellValue(sheet, normalCell(address)),
    compute: (sheet, address, formula) => evaluator.compute(sheet, normalCell(address), formula),
    results: () => evaluator.results(),
  };
}

interface SheetState {
  cells: ReadonlyMap<string, SheetCell>;
  /** Spilled cell address → its formula's address. */
  spilledFrom: Map<string, string>;
}

/** The cell whose formula is being computed. */
interface Place {
  sheet: string;
  address: string;
}

class Evaluator {
  private readonly sheets = new Map<string, SheetState>();
  private readonly byAlias = new Map<string, string>();
  /** Formula results by "sheet!A1", each computed once. */
  private readonly computed = new Map<string, Value>();
  private readonly inProgress = new Set<string>();

  constructor(
    sheets: readonly FormulaSheet[],
    private readonly functions: FunctionLibrary
  ) {
    for (const sheet of sheets) {
      this.sheets.set(sheet.name, { cells: sheet.cells, spilledFrom: spilledCells(sheet.cells) });
      if (sheet.alias !== undefined) this.byAlias.set(sheet.alias.toLowerCase(), sheet.name);
    }
  }

  /** What a cell shows: its constant, its formula's (top-left) result, or a spilled value. */
  cellValue(sheetName: string, address: string): CellResult {
    const sheet = this.sheets.get(sheetName);
    if (!sheet) return err("#REF!", `no sheet «${sheetName}»`);
    const cell = sheet.cells.get(address);
    if (cell) {
      if (!cell.formula) return cell.value ?? null;
      const value = this.formulaResult(sheetName, address, cell.formula);
      return Array.isArray(value) ? (value[0]?.[0] ?? null) : value;
    }
    const anchor = sheet.spilledFrom.get(address);
    if (!anchor) return null;
    const value = this.formulaResult(sheetName, anchor, sheet.cells.get(anchor)?.formula as string);
    if (!Array.isArray(value)) return null;
    const a = parseCell(anchor);
    const p = parseCell(address);
    return value[p.row - a.row]?.[p.col - a.col] ?? null;
  }

  results(): Map<string, Map<string, CellResult>> {
    const out = new Map<string, Map<string, CellResult>>();
    for (const [name, sheet] of this.sheets) {
      const values = new Map<string, CellResult>();
      for (const [address, cell] of sheet.cells)
        if (cell.formula) values.set(address, this.cellValue(name, address));
      for (const address of sheet.spilledFrom.keys())
        values.set(address, this.cellValue(name, address));
      out.set(name, values);
    }
    return out;
  }

  /** A formula's result at a place, computed afresh; a formula that does not parse is #NAME?. */
  compute(sheet: string, address: string, formula: string): Value {
    try {
      return blankAsZero(this.evaluate(parseFormula(formula), { sheet, address }));
    } catch (e) {
      return err("#NAME?", e instanceof Error ? e.message : String(e));
    }
  }

  private formulaResult(sheet: string, address: string, formula: string): Value {
    const id = `${sheet}!${address}`;
    const known = this.computed.get(id);
    if (known !== undefined) return known;
    if (this.inProgress.has(id)) return err("#CYCLE!", `circular reference at ${id}`);
    this.inProgress.add(id);
    const result = this.compute(sheet, address, formula);
    this.inProgress.delete(id);
    this.computed.set(id, result);
    return result;
  }

  private evaluate(node: Node, at: Place): Value {
    switch (node.kind) {
      case "number":
      case "string":
      case "boolean":
        return node.value;
      case "ref":
        return this.readRange(this.sheetNamed(node.sheet, at), node.range);
      case "unary": {
        // Unary plus reads its operand as a number too: =+"5" is 5.
        const sign = node.op === "-" ? -1 : 1;
        return mapNumbers(this.evaluate(node.operand, at), (v) => v * sign);
      }
      case "percent":
        return mapNumbers(this.evaluate(node.operand, at), (v) => v / 100);
      case "binary":
        return binary(node.op, this.evaluate(node.left, at), this.evaluate(node.right, at));
      case "call":
        return this.call(node, at);
    }
  }

  /** The sheet a reference names: by name, then by alias; none is the formula's own sheet. */
  private sheetNamed(name: string | undefined, at: Place): string {
    if (name === undefined) return at.sheet;
    return this.sheets.has(name) ? name : (this.byAlias.get(name.toLowerCase()) ?? name);
  }

  private readRange(sheet: string, range: string): Value {
    const { top, left, bottom, right } = parseRange(range);
    if (top === bottom && left === right) return this.cellValue(sheet, cellAddress(top, left));
    const rows: Grid = [];
    for (let r = top; r <= bottom; r++) {
      const row: CellResult[] = [];
      for (let c = left; c <= right; c++) row.push(this.cellValue(sheet, cellAddress(r, c)));
      rows.push(row);
    }
    return rows;
  }

  private call(node: Extract<Node, { kind: "call" }>, at: Place): Value {
    const fn = this.functions[node.name];
    if (!fn) return err("#NAME?", `unknown function ${node.name}`);
    const { min, max } = arityOf(fn);
    if (node.args.length < min || node.args.length > max)
      return err("#NAME?", `${node.name} takes ${arityText(min, max)}, not ${node.args.length}`);
    const args = this.arguments(fn, node, at);
    if (!Array.isArray(args)) return args;
    const site: CallSite = {
      address: at.address,
      isReference: (k) => node.args[k]?.kind === "ref",
    };
    return fn.call(args, site);
  }

  /** Each argument computed and handed over in its parameter's kind; or the error that ends the call. */
  private arguments(
    fn: FormulaFunction,
    node: Extract<Node, { kind: "call" }>,
    at: Place
  ): Arg[] | ErrorValue {
    const values = node.args.map((arg, k): Value | Reference =>
      paramAt(fn, k).kind === "reference"
        ? referenceOf(arg)
        : arg === null
          ? null
          : this.evaluate(arg, at)
    );
    // Most functions pass an error argument straight through (a range holding one does not count).
    if (!fn.takesErrors) {
      const error = values.find(isErrorValue);
      if (error) return error;
    }
    const args: Arg[] = [];
    for (const [k, value] of values.entries()) {
      const param = paramAt(fn, k);
      // A reference to one blank cell is a 1×1 range holding a blank, as Excel passes it; only an
      // argument left out is null.
      const blankCell = param.kind === "range" && value === null && node.args[k] !== null;
      const arg = blankCell ? [[null]] : asKind(param, value);
      if (isErrorValue(arg) && (param.kind === "number" || param.kind === "reference")) return arg;
      args.push(arg);
    }
    // Parameters left out that have a default take it (MATCH's type 1); the others stay undefined.
    let last = fn.params.length - 1;
    while (last >= args.length && fn.params[last].default === undefined) last--;
    for (let k = args.length; k <= last; k++) args.push(fn.params[k].default);
    return args;
  }
}

/** The parameter argument `k` is for (a repeating last parameter takes every argument after). */
const paramAt = (fn: FormulaFunction, k: number): Param =>
  fn.params[Math.min(k, fn.params.length - 1)];

/** Where a reference argument points; the argument is not read. */
type Reference = RangePosition | ErrorValue;

function referenceOf(arg: Node | null): Reference {
  return arg?.kind === "ref" ? parseRange(arg.range) : err("#VALUE!", "expected a reference");
}

/** An argument in its parameter's kind (signature.ts says what each kind hands over). */
function asKind(param: Param, value: Value | Reference): Arg {
  if (param.kind === "reference" || param.kind === "any") return value as Arg;
  const given = value as Value;
  switch (param.kind) {
    case "number":
      return toNumber(scalarOf(given ?? param.default ?? null));
    case "value":
      return scalarOf(given);
    case "range":
      return given === null || Array.isArray(given) ? given : [[given]];
  }
}

function arityText(min: number, max: number): string {
  const count = (n: number) => `${n} argument${n === 1 ? "" : "s"}`;
  if (min === max) return count(min);
  return max >= MAX_ARGUMENTS ? `at least ${count(min)}` : `${min} to ${count(max)}`;
}

/** Spilled cell address → the address of the formula whose result fills it. */
function spilledCells(cells: ReadonlyMap<string, SheetCell>): Map<string, string> {
  const spilledFrom = new Map<string, string>();
  for (const [address, cell] of cells) {
    if (!cell.formula || !cell.spill) continue;
    for (const spilled of spillArea(parseCell(address), cell.spill).slice(1))
      spilledFrom.set(spilled.address, address);
  }
  return spilledFrom;
}

/**
 * What a formula shows when its whole result is an empty cell: 0, as in Excel and LibreOffice (=A1
 * with A1 empty shows 0; so does each empty cell of a spilled =A1:A3). Only the final result changes:
 * inside the formula a blank stays blank, so COUNT, COUNTA, ISBLANK and ="" comparisons still see it.
 */
function blankAsZero(value: Value): Value {
  if (value === null) return 0;
  if (Array.isArray(value)) return value.map((row) => row.map((v) => (v === null ? 0 : v)));
  return value;
}
