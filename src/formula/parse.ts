/**
 * Tokens → syntax tree, with Excel's precedence (lowest first): comparison, &, + -, * /, ^, then
 * unary minus and percent. Unary minus binds tighter than ^ (=-2^2 is 4) and every binary operator,
 * ^ included, groups from the left (=2^3^2 is 64).
 *
 * Bounded, because formulas may come from untrusted files: the parser and everything that walks a
 * tree recurse, so a formula nesting deeper than MAX_NESTING levels ((((…)))), f(f(f(…))), ---…) or
 * whose tree is taller than MAX_HEIGHT (=1+1+1+… is a left-leaning chain) is refused with an error
 * instead of overflowing the stack.
 */
import { tokenizeWithSpans, type Token, type TokenSpan } from "./tokenize";

export type Node =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "ref"; sheet?: string; range: string }
  | { kind: "unary"; op: "-" | "+"; operand: Node }
  | { kind: "percent"; operand: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  /** A call's arguments; null for one left empty, as in IF(c, , x). */
  | { kind: "call"; name: string; args: (Node | null)[] };

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

/** Parentheses, calls and signs inside each other: Excel itself allows 64 nested functions. */
export const MAX_NESTING = 100;
/** Levels of the tree: a chain of 1,000 operators (=A1+A2+…+A1000) is far beyond real formulas. */
export const MAX_HEIGHT = 1000;

/** The syntax tree of a formula; throws, naming the formula, when it is malformed. */
export function parseFormula(formula: string): Node {
  return new Parser(formula).formula();
}

/** A formula's syntax tree, and the text each node was parsed from (to rewrite a formula in place). */
export interface SpannedFormula {
  tree: Node;
  /** Where a node of `tree` lies in the formula's text ("=" included), parentheses around it excluded. */
  spanOf(node: Node): TokenSpan;
  /** The text a node was parsed from, as written ($ signs and spacing kept). */
  textOf(node: Node): string;
}

export function parseFormulaWithSpans(formula: string): SpannedFormula {
  const parser = new Parser(formula);
  const tree = parser.formula();
  const spanOf = (node: Node): TokenSpan => {
    const span = parser.spans.get(node);
    if (!span) throw new Error(`node not from this formula: ${formula}`);
    return span;
  };
  return {
    tree,
    spanOf,
    textOf: (node) => {
      const { start, end } = spanOf(node);
      return formula.slice(start, end);
    },
  };
}

/** Calls `visit` on every node of a syntax tree, parents before their children, left to right. */
export function forEachNode(tree: Node | null, visit: (node: Node) => void): void {
  if (!tree) return;
  visit(tree);
  switch (tree.kind) {
    case "unary":
    case "percent":
      return forEachNode(tree.operand, visit);
    case "binary":
      forEachNode(tree.left, visit);
      return forEachNode(tree.right, visit);
    case "call":
      return tree.args.forEach((arg) => forEachNode(arg, visit));
    default:
      return;
  }
}

/** The ranges a formula reads and the functions it calls, from its syntax tree (for plan audits). */
export function formulaParts(formula: string): {
  refs: { sheet?: string; range: string }[];
  calls: string[];
} {
  const refs: { sheet?: string; range: string }[] = [];
  const calls: string[] = [];
  forEachNode(parseFormula(formula), (node) => {
    if (node.kind === "ref") refs.push({ sheet: node.sheet, range: node.range });
    if (node.kind === "call") calls.push(node.name.toUpperCase());
  });
  return { refs, calls };
}

/** Recursive descent over one formula's tokens. */
class Parser {
  private readonly tokens: Token[];
  private readonly tokenSpans: TokenSpan[];
  private pos = 0;
  /** Each node's first and last token, as offsets into the text. */
  readonly spans = new Map<Node, TokenSpan>();
  private nesting = 0;
  /** Each node's height (a leaf is 1), kept beside the tree so the tree stays plain data. */
  private readonly heights = new WeakMap<Node, number>();

  constructor(private readonly text: string) {
    ({ tokens: this.tokens, spans: this.tokenSpans } = tokenizeWithSpans(text));
  }

  /** `node`, spanning the tokens from `first` to the last one read. */
  private spanned<T extends Node>(node: T, first: number): T {
    this.spans.set(node, {
      start: this.tokenSpans[first].start,
      end: this.tokenSpans[this.pos - 1].end,
    });
    return node;
  }

  formula(): Node {
    const tree = this.expression(0);
    if (this.pos !== this.tokens.length)
      throw new Error(`unexpected ${this.tokens[this.pos].text} in ${this.excerpt()}`);
    return tree;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const token = this.tokens[this.pos++];
    if (!token) throw new Error(`formula ends too early: ${this.excerpt()}`);
    return token;
  }

  /** `node`, whose children are `children`, after checking the tree's height. */
  private built<T extends Node>(node: T, ...children: (Node | null)[]): T {
    const height = 1 + Math.max(0, ...children.map((c) => (c ? (this.heights.get(c) ?? 1) : 0)));
    if (height > MAX_HEIGHT)
      throw new Error(`formula is more than ${MAX_HEIGHT} operations deep: ${this.excerpt()}`);
    this.heights.set(node, height);
    return node;
  }

  /** Runs one level of recursion, refusing to go deeper than MAX_NESTING. */
  private nested<T>(parse: () => T): T {
    if (++this.nesting > MAX_NESTING)
      throw new Error(`formula nests more than ${MAX_NESTING} levels deep: ${this.excerpt()}`);
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  /** The formula for a message, shortened: a hostile one may be very long. */
  private excerpt(): string {
    return this.text.length > 80 ? `${this.text.slice(0, 80)}…` : this.text;
  }

  /** Binary operators of at least `minPrecedence`, grouped from the left. */
  private expression(minPrecedence: number): Node {
    const first = this.pos;
    return this.nested(() => {
      let left = this.unary();
      for (;;) {
        const token = this.peek();
        if (!token || token.type !== "op" || !(token.text in BINARY_PRECEDENCE)) return left;
        const precedence = BINARY_PRECEDENCE[token.text];
        if (precedence < minPrecedence) return left;
        this.pos++;
        const right = this.expression(precedence + 1);
        left = this.spanned(
          this.built({ kind: "binary", op: token.text, left, right }, left, right),
          first
        );
      }
    });
  }

  private unary(): Node {
    const first = this.pos;
    const token = this.peek();
    if (token && token.type === "op" && (token.text === "-" || token.text === "+")) {
      this.pos++;
      const operand = this.nested(() => this.unary());
      return this.spanned(this.built({ kind: "unary", op: token.text, operand }, operand), first);
    }
    return this.postfix();
  }

  private postfix(): Node {
    const first = this.pos;
    let node = this.primary();
    while (this.peek()?.type === "op" && this.peek()?.text === "%") {
      this.pos++;
      node = this.spanned(this.built({ kind: "percent", operand: node }, node), first);
    }
    return node;
  }

  private primary(): Node {
    const first = this.pos;
    const token = this.next();
    switch (token.type) {
      case "number":
        return this.spanned({ kind: "number", value: Number(token.text) }, first);
      case "string":
        return this.spanned({ kind: "string", value: token.text }, first);
      case "bool":
        return this.spanned({ kind: "boolean", value: token.text === "TRUE" }, first);
      case "ref":
        return this.spanned(
          { kind: "ref", sheet: token.sheet, range: token.text.toUpperCase() },
          first
        );
      case "(": {
        const inner = this.expression(0);
        if (this.next().type !== ")") throw new Error(`missing ) in ${this.excerpt()}`);
        return inner;
      }
      case "name":
        return this.call(token.text, first);
      default:
        throw new Error(`unexpected ${token.text} in ${this.excerpt()}`);
    }
  }

  private call(name: string, first: number): Node {
    if (this.next().type !== "(") throw new Error(`unknown name ${name} in ${this.excerpt()}`);
    const args: (Node | null)[] = [];
    if (this.peek()?.type === ")") {
      this.pos++;
      return this.spanned({ kind: "call", name, args }, first);
    }
    for (;;) {
      const token = this.peek();
      if (token && (token.type === "," || token.type === ")")) args.push(null);
      else args.push(this.expression(0));
      const separator = this.next();
      if (separator.type === ")") break;
      if (separator.type !== ",") throw new Error(`expected , or ) in ${this.excerpt()}`);
    }
    return this.spanned(this.built({ kind: "call", name, args }, ...args), first);
  }
}
