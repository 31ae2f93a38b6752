/**
 * Formula text → tokens. References come out without their $ signs (absolute and relative read the
 * same cells) and with the sheet they name: «key»!A1, 'Name with spaces'!A1 ('' is a quote), Name!A1.
 */

export interface Token {
  type: "number" | "string" | "ref" | "name" | "op" | "(" | ")" | "," | "bool";
  /** The number, the string's value (quotes undone), the range (A1 or A1:B2), the upper-case name. */
  text: string;
  /** A reference's sheet, as the formula names it. */
  sheet?: string;
}

/** Where a token lies in the formula text (offsets into the text as given, "=" included). */
export interface TokenSpan {
  start: number;
  end: number;
}

// Sticky patterns, each tried at the current position.
const WHITESPACE = /\s+/y;
// Excel leaves a sheet name unquoted when it is letters, digits, _ and . — in any script (Données!A1).
const SHEET_PREFIX = /«([^»]+)»!|'((?:[^']|'')+)'!|([\p{L}_][\p{L}\p{N}_.]*)!/uy;
const REFERENCE = /\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/y;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_.]*/y;
const OPERATOR = /<=|>=|<>|[-+*/^&=<>%]/y;
const PUNCTUATION = /[(),]/y;

/** What `pattern` matches at `at`, or null. */
function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The tokens of a formula (the leading = optional); throws on a character no token starts with. */
export function tokenize(formula: string): Token[] {
  return tokenizeWithSpans(formula).tokens;
}

/** The tokens of a formula and where each lies in its text. */
export function tokenizeWithSpans(formula: string): { tokens: Token[]; spans: TokenSpan[] } {
  const offset = formula.startsWith("=") ? 1 : 0;
  const text = formula.slice(offset);
  const tokens: Token[] = [];
  const spans: TokenSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const space = matchAt(WHITESPACE, text, at);
    if (space) {
      at += space[0].length;
      continue;
    }
    const [token, length] = readToken(text, at, formula);
    tokens.push(token);
    spans.push({ start: offset + at, end: offset + at + length });
    at += length;
  }
  return { tokens, spans };
}

/** The token at `at` and how many characters it spans. */
function readToken(text: string, at: number, formula: string): [Token, number] {
  if (text[at] === '"') return readString(text, at);
  const sheet = matchAt(SHEET_PREFIX, text, at);
  if (sheet) return readSheetReference(text, at, sheet);
  const number = matchAt(NUMBER, text, at);
  if (number) return [{ type: "number", text: number[0] }, number[0].length];
  const name = matchAt(NAME, text, at);
  if (name) return readName(text, at, name[0]);
  const reference = text[at] === "$" ? matchAt(REFERENCE, text, at) : null;
  if (reference) return [refToken(reference[0]), reference[0].length];
  const operator = matchAt(OPERATOR, text, at);
  if (operator) return [{ type: "op", text: operator[0] }, operator[0].length];
  const punctuation = matchAt(PUNCTUATION, text, at);
  if (punctuation) {
    const type = punctuation[0] as "(" | ")" | ",";
    return [{ type, text: type }, 1];
  }
  throw new Error(`unexpected "${text[at]}" in formula ${formula}`);
}

/** "…" with "" standing for one quote. */
function readString(text: string, at: number): [Token, number] {
  let end = at + 1;
  let value = "";
  while (end < text.length) {
    if (text[end] === '"' && text[end + 1] === '"') {
      value += '"';
      end += 2;
    } else if (text[end] === '"') break;
    else value += text[end++];
  }
  return [{ type: "string", text: value }, end + 1 - at];
}

function readSheetReference(text: string, at: number, prefix: RegExpExecArray): [Token, number] {
  const sheet = (prefix[1] ?? prefix[2] ?? prefix[3]).replace(/''/g, "'");
  const reference = matchAt(REFERENCE, text, at + prefix[0].length);
  if (!reference) throw new Error(`expected a cell reference after ${prefix[0]}`);
  return [refToken(reference[0], sheet), prefix[0].length + reference[0].length];
}

/** A name is a reference when it reads as one (A1, AB12:C3), a logical value, or a function's name. */
function readName(text: string, at: number, name: string): [Token, number] {
  const isCall = text[at + name.length] === "(";
  const reference = matchAt(REFERENCE, text, at);
  if (reference && reference[0].length >= name.length && !isCall)
    return [refToken(reference[0]), reference[0].length];
  if (/^(TRUE|FALSE)$/i.test(name) && !isCall)
    return [{ type: "bool", text: name.toUpperCase() }, name.length];
  return [{ type: "name", text: name.toUpperCase() }, name.length];
}

function refToken(reference: string, sheet?: string): Token {
  return sheet === undefined
    ? { type: "ref", text: reference.replace(/\$/g, "") }
    : { type: "ref", text: reference.replace(/\$/g, ""), sheet };
}
