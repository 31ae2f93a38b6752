import { tokenize, type Token } from "../../src/formula/tokenize";

const kinds = (formula: string) => tokenize(formula).map((t) => `${t.type}:${t.text}`);

describe("tokenize: formula text into tokens", () => {
  test.each([
    ["='KPI''s data'!B2", { type: "ref", text: "B2", sheet: "KPI's data" }],
    ["='It''s ''quoted'''!A1:B2", { type: "ref", text: "A1:B2", sheet: "It's 'quoted'" }],
    ["=«register»!$B$2:$C$9", { type: "ref", text: "B2:C9", sheet: "register" }],
    ["=«AHP (2)»!A1", { type: "ref", text: "A1", sheet: "AHP (2)" }],
    ["=Data_1.x!C3", { type: "ref", text: "C3", sheet: "Data_1.x" }],
    // Excel leaves a name of letters unquoted in any script.
    ["=Données!B7", { type: "ref", text: "B7", sheet: "Données" }],
    ["=$A1", { type: "ref", text: "A1" }],
    ["=A$1:$B2", { type: "ref", text: "A1:B2" }],
    ["=xfd1048576", { type: "ref", text: "xfd1048576" }],
  ] as [string, Token][])("%s → one reference %p", (formula, token) => {
    expect(tokenize(formula)).toEqual([token]);
  });

  test('strings: "" inside stands for one quote; the empty string is a token too', () => {
    expect(tokenize('="say ""hi"""&""')).toEqual([
      { type: "string", text: 'say "hi"' },
      { type: "op", text: "&" },
      { type: "string", text: "" },
    ]);
    expect(tokenize('="a,b(c)"')).toEqual([{ type: "string", text: "a,b(c)" }]);
  });

  test("numbers: decimals, a leading point, scientific notation; percent is an operator after them", () => {
    expect(kinds("=1.5E+3+.5-2e-3*10%")).toEqual([
      "number:1.5E+3",
      "op:+",
      "number:.5",
      "op:-",
      "number:2e-3",
      "op:*",
      "number:10",
      "op:%",
    ]);
  });

  test("unary minus and --: one operator token each", () => {
    expect(kinds('=--(A1:A3="GREEN")')).toEqual([
      "op:-",
      "op:-",
      "(:(",
      "ref:A1:A3",
      "op:=",
      "string:GREEN",
      "):)",
    ]);
  });

  test("two-character comparisons; spaces between tokens are skipped", () => {
    expect(kinds("= A1 <= 2 ")).toEqual(["ref:A1", "op:<=", "number:2"]);
    expect(kinds("=1>=2<>3")).toEqual(["number:1", "op:>=", "number:2", "op:<>", "number:3"]);
  });

  test("names: functions upper-cased (dots allowed), TRUE/FALSE in any case, a cell-like name before ( is a function", () => {
    expect(kinds("=omax.level(true,False)")).toEqual([
      "name:OMAX.LEVEL",
      "(:(",
      "bool:TRUE",
      ",:,",
      "bool:FALSE",
      "):)",
    ]);
    expect(kinds("=LOG10(1)")[0]).toBe("name:LOG10");
    expect(kinds("=AB12C")).toEqual(["name:AB12C"]);
  });

  test("a character no token starts with, or a sheet without a cell, is refused by name", () => {
    expect(() => tokenize("={1,2}")).toThrow('unexpected "{" in formula ={1,2}');
    expect(() => tokenize("='Sheet 1'!total")).toThrow(
      "expected a cell reference after 'Sheet 1'!"
    );
  });
});
