import {
  evaluateWorkbook,
  formulaParts,
  parseFormula,
  parseFormulaWithSpans,
} from "../../src/formula";
import { MAX_HEIGHT, MAX_NESTING } from "../../src/formula/parse";

const n = (value: number) => ({ kind: "number", value });

describe("parseFormula: precedence and grouping as in Excel", () => {
  test("=-2^2: unary minus binds tighter than ^, so it is (-2)^2", () => {
    expect(parseFormula("=-2^2")).toEqual({
      kind: "binary",
      op: "^",
      left: { kind: "unary", op: "-", operand: n(2) },
      right: n(2),
    });
  });

  test("=2^3^2 groups from the left: (2^3)^2", () => {
    expect(parseFormula("=2^3^2")).toEqual({
      kind: "binary",
      op: "^",
      left: { kind: "binary", op: "^", left: n(2), right: n(3) },
      right: n(2),
    });
  });

  test('=1+2*3=7&"x": * before +, + before &, & before =', () => {
    expect(parseFormula('=1+2*3=7&"x"')).toEqual({
      kind: "binary",
      op: "=",
      left: {
        kind: "binary",
        op: "+",
        left: n(1),
        right: { kind: "binary", op: "*", left: n(2), right: n(3) },
      },
      right: { kind: "binary", op: "&", left: n(7), right: { kind: "string", value: "x" } },
    });
  });

  test("=50%^2: percent before ^; =2*-3: a unary minus after an operator", () => {
    expect(parseFormula("=50%^2")).toEqual({
      kind: "binary",
      op: "^",
      left: { kind: "percent", operand: n(50) },
      right: n(2),
    });
    expect(parseFormula("=2*-3")).toEqual({
      kind: "binary",
      op: "*",
      left: n(2),
      right: { kind: "unary", op: "-", operand: n(3) },
    });
  });

  test("calls: no arguments, empty arguments as null, references upper-cased", () => {
    expect(parseFormula("=NA()")).toEqual({ kind: "call", name: "NA", args: [] });
    expect(parseFormula("=IF(a1,,«s»!b2)")).toEqual({
      kind: "call",
      name: "IF",
      args: [{ kind: "ref", range: "A1" }, null, { kind: "ref", sheet: "s", range: "B2" }],
    });
  });

  test("the parser rejects malformed formulas", () => {
    expect(() => parseFormula("=SUM(A1:A2")).toThrow();
    expect(() => parseFormula("=1+")).toThrow();
    expect(() => parseFormula("=(1")).toThrow("formula ends too early: =(1");
    expect(() => parseFormula("=(1,2)")).toThrow("missing ) in =(1,2)");
    expect(() => parseFormula("=TOTAL+1")).toThrow("unknown name TOTAL in =TOTAL+1");
    expect(() => parseFormula("=1 2")).toThrow("unexpected 2 in =1 2");
    expect(() => parseFormula("=SUM(1 2)")).toThrow("expected , or ) in =SUM(1 2)");
  });
});

test("formulaParts: the ranges a formula reads and the functions it calls", () => {
  expect(formulaParts('=SUMPRODUCT(--(A1:A3="G"),«data»!C1:C3)+ROUND(-B2%,2)')).toEqual({
    refs: [
      { sheet: undefined, range: "A1:A3" },
      { sheet: "data", range: "C1:C3" },
      { sheet: undefined, range: "B2" },
    ],
    calls: ["SUMPRODUCT", "ROUND"],
  });
});

test("parseFormulaWithSpans: each node's text as written, $ signs, spacing and sheet kept", () => {
  const formula = '=IF(M10="","",OMAX.LEVEL(M10, «register»!$F$10,G10,H10,3)) + (1)';
  const { tree, textOf, spanOf } = parseFormulaWithSpans(formula);
  const sum = tree as Extract<typeof tree, { kind: "binary" }>;
  const call = sum.left as Extract<typeof tree, { kind: "call" }>;
  const omax = call.args[2] as Extract<typeof tree, { kind: "call" }>;
  expect(textOf(omax)).toBe("OMAX.LEVEL(M10, «register»!$F$10,G10,H10,3)");
  expect(omax.args.map((a) => textOf(a!))).toEqual(["M10", "«register»!$F$10", "G10", "H10", "3"]);
  expect(textOf(call.args[0]!)).toBe('M10=""');
  // A parenthesised operand is its inner expression; the whole formula spans all but "=".
  expect(textOf(sum.right)).toBe("1");
  expect(spanOf(tree)).toEqual({ start: 1, end: formula.length });
});

describe("formulas from untrusted files: bounded depth, a clear error instead of a stack overflow", () => {
  const value = (formula: string) =>
    evaluateWorkbook([{ name: "s", cells: new Map([["A1", { formula }]]) }]).value("s", "A1");

  test(`((((1)))) ${MAX_NESTING} deep parses and is 1; one level more is refused`, () => {
    const nested = (depth: number) => `=${"(".repeat(depth - 1)}1${")".repeat(depth - 1)}`;
    expect(value(nested(MAX_NESTING))).toBe(1);
    expect(() => parseFormula(nested(MAX_NESTING + 1))).toThrow(
      `formula nests more than ${MAX_NESTING} levels deep`
    );
  });

  test("((((…)))) 100,000 deep, -----1 and ABS(ABS(…)) 100,000 deep are refused, not overflowing", () => {
    for (const formula of [
      `=${"(".repeat(100_000)}1${")".repeat(100_000)}`,
      `=${"-".repeat(100_000)}1`,
      `=${"ABS(".repeat(100_000)}1${")".repeat(100_000)}`,
    ]) {
      const attempt = () => parseFormula(formula);
      expect(attempt).toThrow(/nests more than 100 levels deep: .{80}…$/);
      expect(attempt).not.toThrow(RangeError);
    }
  });

  test(`=1+1+…+1 of ${MAX_HEIGHT} terms is ${MAX_HEIGHT}; 100,000 terms are refused`, () => {
    const chain = (terms: number) => `=${Array.from({ length: terms }, () => "1").join("+")}`;
    expect(value(chain(MAX_HEIGHT))).toBe(MAX_HEIGHT);
    expect(formulaParts(chain(MAX_HEIGHT)).calls).toEqual([]);
    expect(() => parseFormula(chain(MAX_HEIGHT + 1))).toThrow(
      `formula is more than ${MAX_HEIGHT} operations deep`
    );
    expect(() => parseFormula(chain(100_000))).not.toThrow(RangeError);
    expect(value(chain(100_000))).toMatchObject({ error: "#NAME?" });
  });
});
