/**
 * A small spreadsheet engine for sheet plans: it computes every formula of a plan, so that
 * - the .xlsx writer can store each formula with its value (the file shows numbers in any viewer),
 * - the preview's in-memory workbook shows results without Excel,
 * - the tests can check a template's formulas against src/core.
 *
 * It understands the formula subset the templates write — references (A1, ranges, «key»!A1,
 * 'Sheet'!A1), arithmetic, comparison and text operators, and the functions in FUNCTIONS below —
 * plus Kinerja's custom functions, run through the same adapters Excel calls. Anything else is #NAME?,
 * so a template that strays outside the subset fails its tests rather than shipping unverified.
 * Where Excel's rules are subtle (an empty cell as a result is 0, "" in arithmetic is #VALUE!, numbers
 * as text keep 15 digits) it follows Excel; test/workbook/libreoffice.test.ts has LibreOffice
 * recalculate every native formula of the templates and those edge cases independently.
 */
import type { CellPlan, Scalar, WorkbookPlan } from "../sheet/plan";
import { cellAddress, parseCell, parseRange } from "../sheet/a1";
import { customFunctions } from "./custom-functions";

export interface ErrorValue {
  error: "#VALUE!" | "#N/A" | "#DIV/0!" | "#NAME?" | "#REF!" | "#NUM!" | "#SPILL!" | "#CYCLE!";
  message?: string;
}
export type CellResult = Scalar | ErrorValue;
type Value = CellResult | CellResult[][];

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

const err = (error: ErrorValue["error"], message?: string): ErrorValue => ({ error, message });

export interface EvaluatedPlan {
  /** The value shown in a cell (constants, formula results and spilled cells); null when empty. */
  value(sheetKey: string, address: string): CellResult;
  /** Every formula cell and spilled cell with its value, by sheet key then address. */
  results(): Map<string, Map<string, CellResult>>;
}

interface SheetModel {
  cells: Map<string, CellPlan>;
  /** Spilled cell address → anchor address. */
  spilledFrom: Map<string, string>;
}

/** Evaluates every formula of a plan. Sheet references resolve by key («key»!) or by plan name ('Name'!). */
export function evaluatePlan(plan: WorkbookPlan): EvaluatedPlan {
  const sheets = new Map<string, SheetModel>();
  const keyByName = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const cells = new Map<string, CellPlan>();
    const spilledFrom = new Map<string, string>();
    for (const cell of sheet.cells) {
      const address = normalise(cell.address);
      cells.set(address, cell);
      if (cell.formula && cell.spill) {
        const { row, col } = parseCell(address);
        for (let r = 0; r < cell.spill.rows; r++) {
          for (let c = 0; c < cell.spill.columns; c++) {
            if (r || c) spilledFrom.set(cellAddress(row + r, col + c), address);
          }
        }
      }
    }
    sheets.set(sheet.key, { cells, spilledFrom });
    keyByName.set(sheet.name.toLowerCase(), sheet.key);
  }

  const formulaResults = new Map<string, Value>();
  const inProgress = new Set<string>();

  function evaluateFormulaCell(sheetKey: string, address: string, cell: CellPlan): Value {
    const id = `${sheetKey}!${address}`;
    const known = formulaResults.get(id);
    if (known !== undefined) return known;
    if (inProgress.has(id)) return err("#CYCLE!", `circular reference at ${id}`);
    inProgress.add(id);
    let result: Value;
    try {
      const ast = parseFormula(cell.formula as string);
      result = blankAsZero(evaluate(ast, { sheetKey, address, lookup }));
    } catch (e) {
      result = err("#NAME?", e instanceof Error ? e.message : String(e));
    }
    inProgress.delete(id);
    formulaResults.set(id, result);
    return result;
  }

  function lookup(sheetKey: string, address: string): CellResult {
    const sheet = sheets.get(sheetKey);
    if (!sheet) return err("#REF!", `no sheet «${sheetKey}»`);
    const cell = sheet.cells.get(address);
    if (cell) {
      if (cell.formula) {
        const value = evaluateFormulaCell(sheetKey, address, cell);
        return Array.isArray(value) ? (value[0]?.[0] ?? null) : value;
      }
      return cell.value ?? null;
    }
    const anchor = sheet.spilledFrom.get(address);
    if (anchor) {
      const value = evaluateFormulaCell(sheetKey, anchor, sheet.cells.get(anchor) as CellPlan);
      if (!Array.isArray(value)) return null;
      const a = parseCell(anchor);
      const p = parseCell(address);
      return value[p.row - a.row]?.[p.col - a.col] ?? null;
    }
    return null;
  }

  function resolveSheet(name: string | undefined, current: string): string {
    if (name === undefined) return current;
    return sheets.has(name) ? name : (keyByName.get(name.toLowerCase()) ?? name);
  }

  function evaluate(node: Node, ctx: EvalContext): Value {
    return evaluateNode(node, { ...ctx, resolve: (name) => resolveSheet(name, ctx.sheetKey) });
  }

  return {
    value(sheetKey, address) {
      return lookup(sheetKey, normalise(address));
    },
    results() {
      const out = new Map<string, Map<string, CellResult>>();
      for (const [key, sheet] of sheets) {
        const map = new Map<string, CellResult>();
        for (const [address, cell] of sheet.cells)
          if (cell.formula) map.set(address, lookup(key, address));
        for (const address of sheet.spilledFrom.keys()) map.set(address, lookup(key, address));
        out.set(key, map);
      }
      return out;
    },
  };
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

function normalise(address: string): string {
  const { row, col } = parseCell(address);
  return cellAddress(row, col);
}

// ---------------------------------------------------------------------------------------------
// Parser: tokens → syntax tree (precedence as in Excel: comparison < & < + - < * / < ^ < unary < %)

type Node =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "ref"; sheet?: string; range: string }
  | { kind: "unary"; op: "-" | "+"; operand: Node }
  | { kind: "percent"; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "call"; name: string; args: (Node | null)[] };

interface Token {
  type: "number" | "string" | "ref" | "name" | "op" | "(" | ")" | "," | "bool";
  text: string;
  sheet?: string;
}

const REF = /^(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/;

function tokenize(formula: string): Token[] {
  const text = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let value = "";
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') {
          value += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else value += text[j++];
      }
      tokens.push({ type: "string", text: value });
      i = j + 1;
      continue;
    }
    // Sheet-qualified reference: «key»!A1, 'Name'!A1, Name!A1
    let sheet: string | undefined;
    let rest = text.slice(i);
    const keyed =
      /^«([^»]+)»!/.exec(rest) ||
      /^'((?:[^']|'')+)'!/.exec(rest) ||
      /^([A-Za-z_][\w.]*)!/.exec(rest);
    if (keyed) {
      sheet = keyed[1].replace(/''/g, "'");
      i += keyed[0].length;
      rest = text.slice(i);
      const ref = REF.exec(rest);
      if (!ref) throw new Error(`expected a cell reference after ${keyed[0]}`);
      tokens.push({ type: "ref", text: ref[1].replace(/\$/g, ""), sheet });
      i += ref[1].length;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ type: "number", text: number[0] });
      i += number[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      const ref = REF.exec(rest);
      const after = rest[name[0].length];
      if (ref && ref[1].length >= name[0].length && after !== "(") {
        tokens.push({ type: "ref", text: ref[1].replace(/\$/g, "") });
        i += ref[1].length;
      } else if (/^(TRUE|FALSE)$/i.test(name[0]) && after !== "(") {
        tokens.push({ type: "bool", text: name[0].toUpperCase() });
        i += name[0].length;
      } else {
        tokens.push({ type: "name", text: name[0].toUpperCase() });
        i += name[0].length;
      }
      continue;
    }
    if (ch === "$") {
      const ref = REF.exec(rest);
      if (ref) {
        tokens.push({ type: "ref", text: ref[1].replace(/\$/g, "") });
        i += ref[1].length;
        continue;
      }
    }
    const two = rest.slice(0, 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      tokens.push({ type: "op", text: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%".includes(ch)) {
      tokens.push({ type: "op", text: ch });
      i++;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === ",") {
      tokens.push({ type: ch, text: ch });
      i++;
      continue;
    }
    throw new Error(`unexpected "${ch}" in formula ${formula}`);
  }
  return tokens;
}

const BINARY_PRECEDENCE: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

/** The ranges a formula reads and the functions it calls, from its syntax tree (for plan audits). */
export function formulaParts(formula: string): {
  refs: { sheet?: string; range: string }[];
  calls: string[];
} {
  const refs: { sheet?: string; range: string }[] = [];
  const calls: string[] = [];
  const visit = (node: Node | null): void => {
    if (!node) return;
    switch (node.kind) {
      case "ref":
        refs.push({ sheet: node.sheet, range: node.range });
        return;
      case "unary":
      case "percent":
        return visit(node.operand);
      case "binary":
        visit(node.left);
        return visit(node.right);
      case "call":
        calls.push(node.name.toUpperCase());
        return node.args.forEach(visit);
      default:
        return;
    }
  };
  visit(parseFormula(formula));
  return { refs, calls };
}

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const token = tokens[pos++];
    if (!token) throw new Error(`formula ends too early: ${formula}`);
    return token;
  };

  function parseExpression(minPrecedence: number): Node {
    let left = parseUnary();
    for (;;) {
      const token = peek();
      if (!token || token.type !== "op" || !(token.text in BINARY_PRECEDENCE)) return left;
      const precedence = BINARY_PRECEDENCE[token.text];
      if (precedence < minPrecedence) return left;
      pos++;
      // ^ is left-associative in Excel too.
      const right = parseExpression(precedence + 1);
      left = { kind: "binary", op: token.text, left, right };
    }
  }

  function parseUnary(): Node {
    const token = peek();
    if (token && token.type === "op" && (token.text === "-" || token.text === "+")) {
      pos++;
      return { kind: "unary", op: token.text as "-" | "+", operand: parseUnary() };
    }
    return parsePostfix();
  }

  function parsePostfix(): Node {
    let node = parsePrimary();
    while (peek()?.type === "op" && peek()?.text === "%") {
      pos++;
      node = { kind: "percent", operand: node };
    }
    return node;
  }

  function parsePrimary(): Node {
    const token = next();
    switch (token.type) {
      case "number":
        return { kind: "number", value: Number(token.text) };
      case "string":
        return { kind: "string", value: token.text };
      case "bool":
        return { kind: "boolean", value: token.text === "TRUE" };
      case "ref":
        return { kind: "ref", sheet: token.sheet, range: token.text.toUpperCase() };
      case "(": {
        const inner = parseExpression(0);
        if (next().type !== ")") throw new Error(`missing ) in ${formula}`);
        return inner;
      }
      case "name": {
        if (next().type !== "(") throw new Error(`unknown name ${token.text} in ${formula}`);
        const args: (Node | null)[] = [];
        if (peek()?.type === ")") {
          pos++;
          return { kind: "call", name: token.text, args };
        }
        for (;;) {
          const t = peek();
          if (t && (t.type === "," || t.type === ")")) args.push(null);
          else args.push(parseExpression(0));
          const sep = next();
          if (sep.type === ")") break;
          if (sep.type !== ",") throw new Error(`expected , or ) in ${formula}`);
        }
        return { kind: "call", name: token.text, args };
      }
      default:
        throw new Error(`unexpected ${token.text} in ${formula}`);
    }
  }

  const tree = parseExpression(0);
  if (pos !== tokens.length) throw new Error(`unexpected ${tokens[pos].text} in ${formula}`);
  return tree;
}

// ---------------------------------------------------------------------------------------------
// Evaluation

interface EvalContext {
  sheetKey: string;
  /** The cell being computed (for ROW()). */
  address: string;
  lookup: (sheetKey: string, address: string) => CellResult;
}
interface FullContext extends EvalContext {
  resolve: (sheetName: string | undefined) => string;
}

function evaluateNode(node: Node, ctx: FullContext): Value {
  switch (node.kind) {
    case "number":
      return node.value;
    case "string":
      return node.value;
    case "boolean":
      return node.value;
    case "ref": {
      const sheetKey = ctx.resolve(node.sheet);
      const { top, left, bottom, right } = parseRange(node.range);
      if (top === bottom && left === right) return ctx.lookup(sheetKey, cellAddress(top, left));
      const rows: CellResult[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row: CellResult[] = [];
        for (let c = left; c <= right; c++) row.push(ctx.lookup(sheetKey, cellAddress(r, c)));
        rows.push(row);
      }
      return rows;
    }
    case "unary": {
      const sign = node.op === "-" ? -1 : 1;
      return mapValue(evaluateNode(node.operand, ctx), (v) => v * sign);
    }
    case "percent":
      return mapValue(evaluateNode(node.operand, ctx), (v) => v / 100);
    case "binary":
      return binary(node.op, evaluateNode(node.left, ctx), evaluateNode(node.right, ctx));
    case "call":
      return call(node.name, node.args, ctx);
  }
}

/** A numeric operation on a value or, element by element, on a range (--(A1:A9="GREEN")). */
function mapValue(value: Value, fn: (v: number) => number): Value {
  const one = (cell: CellResult): CellResult => {
    const n = toNumber(cell);
    return isErrorValue(n) ? n : fn(n);
  };
  return Array.isArray(value) ? value.map((row) => row.map(one)) : one(value);
}

function scalarOf(value: Value): CellResult {
  return Array.isArray(value) ? (value[0]?.[0] ?? null) : value;
}

/**
 * A value as arithmetic reads it (Excel's rules): an empty cell is 0, TRUE/FALSE are 1/0, text that
 * reads as a number is that number; other text, the empty text "" included, is #VALUE!.
 */
function toNumber(value: CellResult): number | ErrorValue {
  if (isErrorValue(value)) return value;
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  const n = value.trim() === "" ? NaN : Number(value);
  return Number.isFinite(n) ? n : err("#VALUE!", `"${value}" is not a number`);
}

/** A value as & and text functions read it; numbers as Excel's General format, 15 significant digits. */
function toText(value: CellResult): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return numberText(value);
  return String(value);
}

/**
 * A number as text, as Excel's General format turns it into text (A1&""): at most 15 significant
 * digits, 1/3 → "0.333333333333333", 0.1+0.2 → "0.3", 1e-7 → "0.0000001"; from 1e15 on, and below
 * 1e-9 (an approximation of Excel's switch), scientific: 1.23456789012346E+17.
 */
function numberText(n: number): string {
  if (n === 0 || !Number.isFinite(n)) return String(n);
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  if (magnitude >= 15 || magnitude < -9) {
    const [mantissa, exponent] = n.toExponential(14).split("e");
    const digits = mantissa.replace(/\.?0+$/, "");
    const sign = exponent.startsWith("-") ? "-" : "+";
    return `${digits}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
  }
  const text = n.toFixed(Math.min(100, Math.max(0, 14 - magnitude)));
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** Applies an operator element-wise when either side is a range (array formulas: SUMPRODUCT(--(A=B))). */
function binary(op: string, left: Value, right: Value): Value {
  if (Array.isArray(left) || Array.isArray(right)) {
    const l = Array.isArray(left) ? left : [[left]];
    const r = Array.isArray(right) ? right : [[right]];
    const rows = Math.max(l.length, r.length);
    const cols = Math.max(l[0].length, r[0].length);
    const pick = (m: CellResult[][], i: number, j: number): CellResult =>
      m[m.length === 1 ? 0 : i]?.[m[0].length === 1 ? 0 : j] ?? err("#N/A");
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => binaryScalar(op, pick(l, i, j), pick(r, i, j)))
    );
  }
  return binaryScalar(op, left, right);
}

function compare(a: CellResult, b: CellResult): number {
  const blankA = a === null;
  const blankB = b === null;
  if (blankA && blankB) return 0;
  const av = blankA ? (typeof b === "string" ? "" : typeof b === "boolean" ? false : 0) : a;
  const bv = blankB ? (typeof a === "string" ? "" : typeof a === "boolean" ? false : 0) : b;
  const rank = (v: unknown) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(av) !== rank(bv)) return rank(av) - rank(bv);
  if (typeof av === "string" && typeof bv === "string") {
    const x = av.toLowerCase();
    const y = bv.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(av);
  const y = Number(bv);
  return x < y ? -1 : x > y ? 1 : 0;
}

function binaryScalar(op: string, a: CellResult, b: CellResult): CellResult {
  if (isErrorValue(a)) return a;
  if (isErrorValue(b)) return b;
  switch (op) {
    case "&":
      return toText(a) + toText(b);
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">=":
      return compare(a, b) >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isErrorValue(x)) return x;
  if (isErrorValue(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!") : x / y;
    case "^":
      return Math.pow(x, y);
  }
  return err("#NAME?", `operator ${op}`);
}

/** The cells of an argument, row by row (a scalar is a 1×1 range). */
function cellsOf(value: Value): CellResult[] {
  return Array.isArray(value) ? value.flat() : [value];
}

function gridOf(value: Value): CellResult[][] {
  return Array.isArray(value) ? value : [[value]];
}

/**
 * Numbers of the arguments, as SUM/AVERAGE/MIN/MAX read them: in a range or a cell reference, text,
 * logical values and blanks are skipped; a value typed as an argument (SUM(2,"3",TRUE)) is converted.
 */
function numbersIn(args: Value[], raw: (Node | null)[]): number[] | ErrorValue {
  const out: number[] = [];
  for (const [k, arg] of args.entries()) {
    const isReference = Array.isArray(arg) || raw[k]?.kind === "ref";
    for (const v of isReference ? cellsOf(arg) : [arg]) {
      if (isErrorValue(v)) return v;
      if (isReference) {
        if (typeof v === "number") out.push(v);
        continue;
      }
      const n = toNumber(v);
      if (isErrorValue(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function criterionMatches(value: CellResult, criterion: CellResult): boolean {
  if (typeof criterion === "string") {
    const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(criterion) as RegExpExecArray;
    const op = m[1] ?? "=";
    const operand = m[2];
    const numeric = operand !== "" && Number.isFinite(Number(operand));
    const target: CellResult = numeric ? Number(operand) : operand;
    if (!numeric && (op === "=" || op === "<>")) {
      const equal = toText(value).toLowerCase() === operand.toLowerCase();
      return op === "=" ? equal : !equal;
    }
    if (numeric && typeof value !== "number") return op === "<>";
    const c = compare(value, target);
    return op === "="
      ? c === 0
      : op === "<>"
        ? c !== 0
        : op === "<"
          ? c < 0
          : op === ">"
            ? c > 0
            : op === "<="
              ? c <= 0
              : c >= 0;
  }
  return compare(value, criterion) === 0 && value !== null;
}

type Impl = (args: Value[], raw: (Node | null)[], ctx: FullContext) => Value;

const FUNCTIONS: Record<string, Impl> = {
  SUM: (args, raw) => {
    const n = numbersIn(args, raw);
    return isErrorValue(n) ? n : n.reduce((s, x) => s + x, 0);
  },
  AVERAGE: (args, raw) => {
    const n = numbersIn(args, raw);
    if (isErrorValue(n)) return n;
    return n.length ? n.reduce((s, x) => s + x, 0) / n.length : err("#DIV/0!");
  },
  MIN: (args, raw) => {
    const n = numbersIn(args, raw);
    return isErrorValue(n) ? n : n.length ? Math.min(...n) : 0;
  },
  MAX: (args, raw) => {
    const n = numbersIn(args, raw);
    return isErrorValue(n) ? n : n.length ? Math.max(...n) : 0;
  },
  // COUNT counts the numbers in ranges and references; a value typed as an argument counts when it
  // reads as a number (COUNT(A1:A3, "4", TRUE) counts "4" and TRUE).
  COUNT: (args, raw) =>
    args.reduce<number>((n, arg, k) => {
      if (Array.isArray(arg) || raw[k]?.kind === "ref")
        return n + cellsOf(arg).filter((v) => typeof v === "number").length;
      return n + (arg !== null && !isErrorValue(toNumber(arg)) ? 1 : 0);
    }, 0),
  // COUNTA counts every cell that is not empty, a formula's "" included; COUNTBLANK counts "" as blank.
  COUNTA: (args) => args.flatMap(cellsOf).filter((v) => v !== null).length,
  COUNTBLANK: (args) => args.flatMap(cellsOf).filter((v) => v === null || v === "").length,
  COUNTIF: ([range, criterion]) => {
    const c = scalarOf(criterion);
    if (isErrorValue(c)) return c;
    return cellsOf(range).filter((v) => !isErrorValue(v) && criterionMatches(v, c)).length;
  },
  SUMIF: ([range, criterion, sumRange]) => {
    const c = scalarOf(criterion);
    if (isErrorValue(c)) return c;
    const cells = cellsOf(range);
    const sums = cellsOf(sumRange ?? range);
    let total = 0;
    cells.forEach((v, k) => {
      if (!isErrorValue(v) && criterionMatches(v, c) && typeof sums[k] === "number")
        total += sums[k] as number;
    });
    return total;
  },
  SUMPRODUCT: (args) => {
    const grids = args.map(cellsOf);
    const length = grids[0].length;
    if (grids.some((g) => g.length !== length))
      return err("#VALUE!", "SUMPRODUCT ranges differ in size");
    let total = 0;
    for (let k = 0; k < length; k++) {
      let product = 1;
      for (const g of grids) {
        const v = g[k];
        if (isErrorValue(v)) return v;
        product *= typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
      }
      total += product;
    }
    return total;
  },
  ABS: ([x]) => unaryMath(x, Math.abs),
  SQRT: ([x]) => unaryMath(x, Math.sqrt),
  ROUND: ([x, digits]) => {
    const v = toNumber(scalarOf(x));
    const d = toNumber(scalarOf(digits ?? 0));
    if (isErrorValue(v)) return v;
    if (isErrorValue(d)) return d;
    return excelRound(v, Math.trunc(d));
  },
  IF: ([condition, whenTrue, whenFalse], raw) => {
    const c = scalarOf(condition);
    if (isErrorValue(c)) return c;
    const truthy = typeof c === "string" ? c !== "" : Boolean(c);
    // IF(c, x) is FALSE when c is false; an argument left empty, IF(c, , x), is 0.
    if (truthy) return whenTrue ?? 0;
    return raw.length < 3 ? false : (whenFalse ?? 0);
  },
  IFERROR: ([value, fallback]) =>
    isErrorValue(scalarOf(value)) && !Array.isArray(value) ? fallback : value,
  IFNA: ([value, fallback]) => {
    const v = scalarOf(value);
    return isErrorValue(v) && v.error === "#N/A" && !Array.isArray(value) ? fallback : value;
  },
  ISNUMBER: ([x]) => typeof scalarOf(x) === "number",
  ISBLANK: ([x]) => scalarOf(x) === null,
  ISERROR: ([x]) => isErrorValue(scalarOf(x)),
  AND: (args) => args.flatMap(cellsOf).every((v) => Boolean(v)),
  OR: (args) => args.flatMap(cellsOf).some((v) => Boolean(v)),
  NOT: ([x]) => !scalarOf(x),
  ROWS: ([x]) => gridOf(x).length,
  COLUMNS: ([x]) => gridOf(x)[0].length,
  INDEX: ([range, row, col]) => {
    const grid = gridOf(range);
    const r = toNumber(scalarOf(row ?? 1));
    const c = toNumber(scalarOf(col ?? 1));
    if (isErrorValue(r)) return r;
    if (isErrorValue(c)) return c;
    // INDEX(vector, k) reads along a single row or column.
    const vector = col === undefined || col === null;
    const [i, j] = vector && grid.length === 1 ? [1, r] : [r, vector ? 1 : c];
    if (i < 1 || j < 1 || i > grid.length || j > grid[0].length)
      return err("#REF!", "INDEX beyond the range");
    return grid[i - 1][j - 1];
  },
  MATCH: ([needle, haystack, type]) => {
    const n = scalarOf(needle);
    if (isErrorValue(n)) return n;
    const cells = cellsOf(haystack);
    const mode = toNumber(scalarOf(type ?? 1));
    if (mode !== 0) return err("#N/A", "only exact MATCH (type 0) is supported");
    const k = cells.findIndex((v) => !isErrorValue(v) && v !== null && compare(v, n) === 0);
    return k < 0 ? err("#N/A", `${toText(n)} not found`) : k + 1;
  },
  CHOOSE: ([index, ...options]) => {
    const k = toNumber(scalarOf(index));
    if (isErrorValue(k)) return k;
    return options[k - 1] ?? err("#VALUE!", "CHOOSE index out of range");
  },
  LARGE: ([range, k]) => kth(range, k, (a, b) => b - a),
  SMALL: ([range, k]) => kth(range, k, (a, b) => a - b),
  TEXT: ([value, format]) => textFormat(scalarOf(value), toText(scalarOf(format))),
  NA: () => err("#N/A"),
  ROW: (_args, raw, ctx) => {
    const ref = raw[0];
    if (ref && ref.kind === "ref") return parseRange(ref.range).top + 1;
    return parseCell(ctx.address).row + 1;
  },
};

function unaryMath(x: Value, fn: (v: number) => number): CellResult {
  const v = toNumber(scalarOf(x));
  return isErrorValue(v) ? v : fn(v);
}

function kth(range: Value, k: Value, order: (a: number, b: number) => number): CellResult {
  const values = cellsOf(range)
    .filter((v): v is number => typeof v === "number")
    .sort(order);
  const n = toNumber(scalarOf(k));
  if (isErrorValue(n)) return n;
  return values[n - 1] ?? err("#NUM!", "k beyond the numbers in the range");
}

/**
 * ROUND as Excel does it: half away from zero on the decimal value shown (15 significant digits),
 * so ROUND(1.005, 2) is 1.01 although the double 1.005 lies just below it.
 */
function excelRound(v: number, digits: number): number {
  const f = Math.pow(10, digits);
  const scaled = Number((Math.abs(v) * f).toPrecision(15));
  return (Math.sign(v) * Math.round(scaled)) / f;
}

/**
 * TEXT for the number formats "0", "0.00…", "#,##0", "#,##0.00…", each optionally followed by "%".
 * Any other format is #NAME?: outside the subset the evaluator vouches for (see the file comment).
 */
function textFormat(value: CellResult, format: string): CellResult {
  const match = /^(#,##)?0(?:\.(0+))?(%?)$/.exec(format);
  if (!match)
    return err("#NAME?", `TEXT format "${format}" is not supported by the plan evaluator`);
  const v = toNumber(value);
  if (isErrorValue(v)) return v;
  const [, grouped, zeros = "", percent] = match;
  const rounded = excelRound(percent ? v * 100 : v, zeros.length);
  let text = Math.abs(rounded).toFixed(zeros.length);
  if (grouped) text = text.replace(/^\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ","));
  return (rounded < 0 ? "-" : "") + text + percent;
}

function call(name: string, rawArgs: (Node | null)[], ctx: FullContext): Value {
  const custom = customFunctions[name];
  const builtin = FUNCTIONS[name];
  if (!custom && !builtin) return err("#NAME?", `unknown function ${name}`);
  // IF / IFERROR evaluate lazily in Excel; evaluating both branches is harmless here (no side effects).
  const args = rawArgs.map((a) => (a === null ? null : evaluateNode(a, ctx)));
  if (builtin) {
    if (name !== "IFERROR" && name !== "IFNA" && name !== "IF" && name !== "ISERROR") {
      // Most functions pass an error argument straight through.
      for (const a of args) {
        if (a !== null && !Array.isArray(a) && isErrorValue(a)) return a;
      }
    }
    return builtin(args as Value[], rawArgs, ctx);
  }
  return custom(args.map((a) => (a === null ? null : a)));
}
