import { isErrorValue } from "../../src/formula";
import { evaluateSheets, valuesAt } from "../helpers/formula-sheets";

describe("the evaluator: operators, references and Excel's rules for blanks", () => {
  test("arithmetic with Excel precedence, percent, text and comparison", () => {
    const e = evaluateSheets({
      s: {
        A1: 2,
        A2: 3,
        B1: "=A1+A2*2^2",
        B2: "=-A1^2",
        B3: "=(A1+A2)/4",
        B4: "=50%*A2",
        B5: '=A1&"-"&A2',
        B6: "=A1<>A2",
        B7: '=A9=""',
        B8: "=A1/0",
      },
    });
    expect(e.value("s", "B1")).toBe(14);
    expect(e.value("s", "B2")).toBe(4); // Excel: unary minus binds tighter than ^
    expect(e.value("s", "B3")).toBe(1.25);
    expect(e.value("s", "B4")).toBe(1.5);
    expect(e.value("s", "B5")).toBe("2-3");
    expect(e.value("s", "B6")).toBe(true);
    expect(e.value("s", "B7")).toBe(true);
    expect(e.value("s", "B8")).toEqual({ error: "#DIV/0!", message: undefined });
  });

  test('an empty cell inside a range compares as blank: SUMPRODUCT(--(A1:A4<>"")) is 2 with A2 empty and A4 absent', () => {
    // A2 is a cell with no value (an input cell of a template's room); A4 was never written.
    const e = evaluateSheets({
      s: {
        A1: "x",
        A2: null,
        A3: 5,
        B1: '=SUMPRODUCT(--(A1:A4<>""))',
        B2: '=SUMPRODUCT(--(A1:A4=""))',
      },
    });
    expect(valuesAt(e, "s", ["B1", "B2"])).toEqual([2, 2]);
  });

  test('=-2^2 is 4, =2^3^2 is 64, =2*-3 is -6, =--"5" is 5, =200%% is 0.02', () => {
    const e = evaluateSheets({
      s: { A1: "=-2^2", A2: "=2^3^2", A3: "=2*-3", A4: '=--"5"', A5: "=200%%", A6: "=-(1+2)*2" },
    });
    expect(valuesAt(e, "s", ["A1", "A2", "A3", "A4", "A5", "A6"])).toEqual([
      4, 64, -6, 5, 0.02, -6,
    ]);
  });

  test("text compares without regard to case; numbers sort before text, text before TRUE/FALSE", () => {
    const e = evaluateSheets({
      s: {
        A1: "Green",
        B1: '=A1="GREEN"',
        B2: '="apple"<"Banana"',
        B3: '="abc"<>"ABC"',
        B4: '=1000<"1"',
        B5: '="zzz"<FALSE',
        B6: "=A9=0",
        B7: "=A9=FALSE",
      },
    });
    expect(valuesAt(e, "s", ["B1", "B2", "B3", "B4", "B5", "B6", "B7"])).toEqual([
      true,
      true,
      false,
      true,
      true,
      true,
      true,
    ]);
  });

  test("an operator on a range works cell by cell; a single value pairs with each cell", () => {
    const e = evaluateSheets({
      s: {
        A1: 1,
        A2: 2,
        A3: 3,
        B1: { formula: "=A1:A3*10", spill: { rows: 3, columns: 1 } },
        C1: { formula: '=A1:A3&"x"', spill: { rows: 3, columns: 1 } },
      },
    });
    expect(valuesAt(e, "s", ["B1", "B2", "B3", "C1", "C3"])).toEqual([10, 20, 30, "1x", "3x"]);
  });

  test("a reference names another sheet by its name or, without regard to case, its alias", () => {
    const e = evaluateSheets({
      "data|Data (input)": { B2: 7 },
      s: {
        A1: "=«data»!B2*2",
        A2: "='Data (input)'!$B$2+1",
        A3: "='DATA (INPUT)'!B2",
        A4: "=data!B2",
      },
    });
    expect(valuesAt(e, "s", ["A1", "A2", "A3", "A4"])).toEqual([14, 8, 7, 7]);
    expect(e.value("s", "a1")).toBe(14); // addresses asked for are read as Excel reads them
  });

  test("a reference to a sheet that is not there is #REF!", () => {
    const e = evaluateSheets({ s: { A1: "=«nowhere»!A1" } });
    expect(e.value("s", "A1")).toMatchObject({ error: "#REF!" });
  });

  test("a formula whose whole result is an empty cell shows 0 (=A1, INDEX, IF, a spilled =A1:A2), as Excel", () => {
    const e = evaluateSheets({
      s: {
        A2: 5,
        B1: "=A1",
        B2: "=«data»!C9",
        B3: "=INDEX(A1:A3,1)",
        B4: "=IF(TRUE,A1)",
        B5: { formula: "=A1:A2", spill: { rows: 2, columns: 1 } },
        B7: "=IF(FALSE,1)",
        B8: "=IF(FALSE,1,)",
      },
      data: { A1: 1 },
    });
    expect(e.value("s", "B1")).toBe(0);
    expect(e.value("s", "B2")).toBe(0);
    expect(e.value("s", "B3")).toBe(0);
    expect(e.value("s", "B4")).toBe(0);
    expect([e.value("s", "B5"), e.value("s", "B6")]).toEqual([0, 5]);
    expect(e.value("s", "B7")).toBe(false); // no else branch: FALSE
    expect(e.value("s", "B8")).toBe(0); // an else branch left empty: 0
    // The cached value the .xlsx writer stores: 0, not "no value".
    expect(e.results().get("s")?.get("B1")).toBe(0);
  });

  test('inside a formula a blank stays blank: ISBLANK, COUNT, COUNTA, COUNTBLANK, =""', () => {
    const e = evaluateSheets({
      s: {
        A2: 5,
        A3: "txt",
        B1: "=ISBLANK(A1)",
        B2: '=A1=""',
        B3: "=COUNT(A1:A3)",
        B4: "=COUNTA(A1:A3)",
        B5: "=COUNTBLANK(A1:A3)",
        B6: '=IF(A1="","",A1)',
        // A formula cell is never blank, even when it shows 0 or "".
        C1: "=ISBLANK(C9)",
        C9: "=A1",
        C2: "=ISBLANK(B6)",
        C3: "=COUNTA(B6)",
        C4: "=COUNTBLANK(B6)",
        C5: '=COUNTIF(A1:A3,"")',
      },
    });
    expect(valuesAt(e, "s", ["B1", "B2", "B3", "B4", "B5", "B6"])).toEqual([
      true,
      true,
      1,
      2,
      1,
      "",
    ]);
    // Excel: COUNTA counts a formula's "" (it is text); COUNTBLANK counts it as blank.
    expect(valuesAt(e, "s", ["C1", "C2", "C3", "C4", "C5"])).toEqual([false, false, 1, 1, 1]);
  });

  test('Excel\'s conversions: "" and text are #VALUE! in arithmetic, skipped by SUM over references, counted when typed', () => {
    const e = evaluateSheets({
      s: {
        A2: 5,
        A3: "txt",
        A4: '=IF(A1="","",1)',
        B1: "=A4+1",
        B2: "=-A4",
        B3: "=A3*2",
        B4: '=" 5"+1',
        B5: "=TRUE+1",
        B6: "=SUM(A4,A2,A3)",
        B7: '=SUM(2,"3",TRUE)',
        B8: "=MAX(A3,A1)",
        B9: '=COUNT(A1:A3,"4",TRUE,"x")',
      },
    });
    expect(e.value("s", "B1")).toMatchObject({ error: "#VALUE!" });
    expect(e.value("s", "B2")).toMatchObject({ error: "#VALUE!" });
    expect(e.value("s", "B3")).toMatchObject({ error: "#VALUE!" });
    expect(valuesAt(e, "s", ["B4", "B5", "B6", "B7", "B8", "B9"])).toEqual([6, 2, 5, 6, 0, 3]);
  });

  test("a spilled cell shows its part of the array; results() lists formula and spilled cells", () => {
    const e = evaluateSheets({
      s: {
        A1: 1,
        A2: 2,
        C1: { formula: "=A1:A2+1", spill: { rows: 2, columns: 1 } },
        D1: "=C2*10",
      },
    });
    expect(e.value("s", "C2")).toBe(3);
    expect(e.value("s", "D1")).toBe(30);
    expect(Object.fromEntries(e.results().get("s") ?? [])).toEqual({ C1: 2, C2: 3, D1: 30 });
  });

  test("unknown functions are #NAME?, cycles are reported", () => {
    const e = evaluateSheets({ s: { A1: "=VLOOKUP(1,B1:C2,2)", A2: "=A3", A3: "=A2+1" } });
    expect(e.value("s", "A1")).toMatchObject({ error: "#NAME?" });
    expect(e.value("s", "A3")).toMatchObject({ error: "#CYCLE!" });
  });

  test("a malformed formula is #NAME? with the parser's reason", () => {
    const e = evaluateSheets({ s: { A1: "=SUM(A2:A3", A2: "=1+" } });
    expect(e.value("s", "A1")).toMatchObject({
      error: "#NAME?",
      message: "formula ends too early: =SUM(A2:A3",
    });
    expect(isErrorValue(e.value("s", "A2"))).toBe(true);
  });

  test("a call with too few or too many arguments for its signature is #NAME?, saying what it takes", () => {
    const e = evaluateSheets({
      s: { A1: "=ROUND(2.5)", A2: "=SUM()", A3: "=NOT(TRUE,FALSE)", A4: "=MATCH(1)", A5: "=NA(1)" },
    });
    expect(valuesAt(e, "s", ["A1", "A2", "A3", "A4", "A5"])).toEqual([
      { error: "#NAME?", message: "ROUND takes 2 arguments, not 1" },
      { error: "#NAME?", message: "SUM takes at least 1 argument, not 0" },
      { error: "#NAME?", message: "NOT takes 1 argument, not 2" },
      { error: "#NAME?", message: "MATCH takes 2 to 3 arguments, not 1" },
      { error: "#NAME?", message: "NA takes 0 arguments, not 1" },
    ]);
  });

  test("an error argument is the result of most functions; IF, IFERROR and ISERROR look at it", () => {
    const e = evaluateSheets({
      s: {
        A1: "=1/0",
        B1: "=ABS(A1)",
        B2: "=SUM(1,A1)",
        B3: '=IFERROR(A1,"none")',
        B4: "=ISERROR(A1)",
        B5: "=IF(TRUE,1,A1)",
        B6: "=IF(A1,1,2)",
      },
    });
    expect(valuesAt(e, "s", ["B1", "B2", "B6"]).map((v) => isErrorValue(v) && v.error)).toEqual([
      "#DIV/0!",
      "#DIV/0!",
      "#DIV/0!",
    ]);
    expect(valuesAt(e, "s", ["B3", "B4", "B5"])).toEqual(["none", true, 1]);
  });
});
