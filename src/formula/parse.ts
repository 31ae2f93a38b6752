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
import { tokenize, type Token } from "./tokenize";

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

/** Recursive descent over one formula's tokens. */
class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private nesting = 0;
  /** Each node's height (a leaf is 1), kept beside the tree so the tree stays plain data. */
  private readonly heights = new WeakMap<Node, number>();

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
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
    return this.nested(() => {
      let left = this.unary();
      for (;;) {
        const token = this.peek();
        if (!token || token.type !== "op" || !(token.text in BINARY_PRECEDENCE)) return left;
        const precedence = BINARY_PRECEDENCE[token.text];
        if (precedence < minPrecedence) return left;
        this.pos++;
        const right = this.expression(precedence + 1);
        left = this.built({ kind: "binary", op: token.text, left, right }, left, right);
      }
    });
  }

  private unary(): Node {
    const token = this.peek();
    if (token && token.type === "op" && (token.text === "-" || token.text === "+")) {
      this.pos++;
      const operand = this.nested(() => this.unary());
      return this.built({ kind: "unary", op: token.text, operand }, operand);
    }
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.primary();
    while (this.peek()?.type === "op" && this.peek()?.text === "%") {
      this.pos++;
      node = this.built({ kind: "percent", operand: node }, node);
    }
    return node;
  }

  private primary(): Node {
    const token = this.next();
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
        const inner = this.expression(0);
        if (this.next().type !== ")") throw new Error(`missing ) in ${this.excerpt()}`);
        return inner;
      }
      case "name":
        return this.call(token.text);
      default:
        throw new Error(`unexpected ${token.text} in ${this.excerpt()}`);
    }
  }

  private call(name: string): Node {
    if (this.next().type !== "(") throw new Error(`unknown name ${name} in ${this.excerpt()}`);
    const args: (Node | null)[] = [];
    if (this.peek()?.type === ")") {
      this.pos++;
      return { kind: "call", name, args };
    }
    for (;;) {
      const token = this.peek();
      if (token && (token.type === "," || token.type === ")")) args.push(null);
      else args.push(this.expression(0));
      const separator = this.next();
      if (separator.type === ")") break;
      if (separator.type !== ",") throw new Error(`expected , or ) in ${this.excerpt()}`);
    }
    return this.built({ kind: "call", name, args }, ...args);
  }
}
