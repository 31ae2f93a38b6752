import { arityOf, EXCEL_FUNCTIONS, isErrorValue } from "../../src/formula";
import { evaluateSheets, valuesAt } from "../helpers/formula-sheets";

describe("Excel's functions, by family", () => {
  test("ranges, SUM/SUMPRODUCT/COUNTIF/INDEX/MATCH/IF/IFERROR/LARGE/SMALL", () => {
    const e = evaluateSheets({
      s: {
        A1: "GREEN",
        A2: "RED",
        A3: "GREEN",
        B1: 0.5,
        B2: 0.3,
        B3: 0.2,
        C1: 6,
        C2: 8,
        C3: 10,
        D1: "=SUM(B1:B3)",
        D2: "=SUMPRODUCT(B1:B3,C1:C3)",
        D3: '=COUNTIF(A1:A3,"GREEN")',
        D4: '=INDEX(C1:C3,MATCH("RED",A1:A3,0))',
        D5: '=IF(D1=1,"OK","SUM "&D1)',
        D6: '=IFERROR(MATCH("X",A1:A3,0),"none")',
        D7: "=LARGE(C1:C3,1)+SMALL(C1:C3,1)",
        D8: '=SUMPRODUCT(--(A1:A3="GREEN"),C1:C3)',
        D9: '=COUNTIF(C1:C3,">=8")',
      },
    });
    expect(e.value("s", "D1")).toBeCloseTo(1, 15);
    expect(e.value("s", "D2")).toBeCloseTo(7.4, 12);
    expect(e.value("s", "D3")).toBe(2);
    expect(e.value("s", "D4")).toBe(8);
    expect(e.value("s", "D5")).toBe("OK");
    expect(e.value("s", "D6")).toBe("none");
    expect(e.value("s", "D7")).toBe(16);
    expect(e.value("s", "D8")).toBe(16);
    expect(e.value("s", "D9")).toBe(2);
  });

  test("numbers as text: 15 significant digits; ROUND and TEXT half away from zero on the decimal value", () => {
    const e = evaluateSheets({
      s: {
        A1: '=1/3&""',
        A2: '=(0.1+0.2)&""',
        A3: '=10^-7&""',
        A4: '=123456789012345678&""',
        A5: '=-2.5&"|"&TRUE',
        B1: "=ROUND(1.005,2)",
        B2: "=ROUND(-2.5,0)",
        B3: "=ROUND(1234.5678,-2)",
        B4: "=ROUND(2.4999999999,0)",
        C1: '=TEXT(1.005,"0.00")',
        C2: '=TEXT(0.12345,"0.0%")',
        C3: '=TEXT(-1234567.891,"#,##0.00")',
        C4: '=TEXT(2.5,"0")',
        C5: '=TEXT(45000,"mmm yyyy")',
      },
    });
    expect(valuesAt(e, "s", ["A1", "A2", "A3", "A4", "A5"])).toEqual([
      "0.333333333333333",
      "0.3",
      "0.0000001",
      "1.23456789012346E+17",
      "-2.5|TRUE",
    ]);
    expect(valuesAt(e, "s", ["B1", "B2", "B3", "B4"])).toEqual([1.01, -3, 1200, 2]);
    expect(valuesAt(e, "s", ["C1", "C2", "C3", "C4"])).toEqual([
      "1.01",
      "12.3%",
      "-1,234,567.89",
      "3",
    ]);
    // A format outside the subset is not guessed at.
    expect(e.value("s", "C5")).toMatchObject({ error: "#NAME?" });
  });

  test("SUMIF sums where the criterion holds; AVERAGE of nothing is #DIV/0!, MIN and MAX of nothing 0", () => {
    const e = evaluateSheets({
      s: {
        A1: "red",
        A2: "GREEN",
        A3: "Red",
        B1: 10,
        B2: 20,
        B3: 30,
        C1: '=SUMIF(A1:A3,"RED",B1:B3)',
        C2: '=SUMIF(B1:B3,"<>20")',
        C3: "=AVERAGE(A1:A3)",
        C4: "=MIN(A1:A3)+MAX(A1:A3)",
        C5: "=AVERAGE(B1:B3)",
      },
    });
    expect(valuesAt(e, "s", ["C1", "C2", "C4", "C5"])).toEqual([40, 40, 0, 20]);
    expect(e.value("s", "C3")).toMatchObject({ error: "#DIV/0!" });
  });

  test("INDEX along a row or a column, ROWS/COLUMNS, CHOOSE, ROW of a reference and of its own cell", () => {
    const e = evaluateSheets({
      s: {
        A1: 1,
        B1: 2,
        C1: 3,
        A2: 4,
        B2: 5,
        C2: 6,
        E1: "=INDEX(A1:C1,3)",
        E2: "=INDEX(A1:C2,2,2)",
        E3: "=INDEX(A1:C2,3,1)",
        E4: "=ROWS(A1:C2)*10+COLUMNS(A1:C2)",
        E5: '=CHOOSE(2,"a","b","c")',
        E6: '=CHOOSE(4,"a","b","c")',
        E7: "=ROW(B9)",
        E8: "=ROW()",
        E9: "=ROW(1)",
      },
    });
    expect(valuesAt(e, "s", ["E1", "E2", "E4", "E5", "E7", "E8"])).toEqual([3, 5, 23, "b", 9, 8]);
    expect(valuesAt(e, "s", ["E3", "E6", "E9"]).map((v) => isErrorValue(v) && v.error)).toEqual([
      "#REF!",
      "#VALUE!",
      "#VALUE!",
    ]);
  });

  test("MATCH finds exact matches only, without regard to case; other match types are refused", () => {
    const e = evaluateSheets({
      s: {
        A1: "Alpha",
        A2: "beta",
        B1: '=MATCH("BETA",A1:A2,0)',
        B2: '=MATCH("beta",A1:A2)',
        B3: '=MATCH("gamma",A1:A2,0)',
      },
    });
    expect(e.value("s", "B1")).toBe(2);
    expect(e.value("s", "B2")).toMatchObject({ error: "#N/A" });
    expect(e.value("s", "B3")).toMatchObject({ error: "#N/A", message: "gamma not found" });
  });

  test("IFNA catches #N/A only; AND, OR, NOT; ISNUMBER, ISBLANK; NA()", () => {
    const e = evaluateSheets({
      s: {
        A1: 5,
        B1: '=IFNA(NA(),"none")',
        B2: '=IFNA(1/0,"none")',
        B3: "=AND(A1>1,A1<9)",
        B4: "=OR(A1>9,A2)",
        B5: "=NOT(A1)",
        B6: '=ISNUMBER(A1)&ISNUMBER("5")&ISBLANK(A2)&ISBLANK(A1)',
      },
    });
    expect(e.value("s", "B1")).toBe("none");
    expect(e.value("s", "B2")).toMatchObject({ error: "#DIV/0!" });
    expect(valuesAt(e, "s", ["B3", "B4", "B5", "B6"])).toEqual([
      true,
      false,
      false,
      "TRUEFALSETRUEFALSE",
    ]);
  });

  test("ABS, SQRT; the square root of a negative number is #NUM!, not NaN", () => {
    const e = evaluateSheets({ s: { A1: "=ABS(-2.5)", A2: "=SQRT(16)", A3: "=SQRT(-4)" } });
    expect(valuesAt(e, "s", ["A1", "A2"])).toEqual([2.5, 4]);
    expect(e.value("s", "A3")).toMatchObject({ error: "#NUM!" });
  });

  test("MMULT: a 2×2 by 2×1 product spills 2×1; a row by a column is one number; shapes and text are checked", () => {
    const e = evaluateSheets({
      s: {
        A1: 1,
        B1: 2,
        A2: 3,
        B2: 4,
        C1: 5,
        C2: 6,
        D1: { formula: "=MMULT(A1:B2,C1:C2)", spill: { rows: 2, columns: 1 } },
        E1: "=MMULT(A1:B1,C1:C2)",
        E2: "=MMULT(A1:B1,C1:C2)/MMULT(A2:B2,C1:C2)",
        E3: "=MMULT(A1:B2,A1:A2)",
        E4: "=MMULT(A1:B1,C1:C3)",
        E5: "=MMULT(A1:B1,F1:F2)",
      },
    });
    // [1 2; 3 4]·[5; 6] = [17; 39]
    expect(valuesAt(e, "s", ["D1", "D2", "E1", "E2"])).toEqual([17, 39, 17, 17 / 39]);
    expect(e.value("s", "E3")).toBe(7);
    expect(e.value("s", "E4")).toMatchObject({ error: "#VALUE!" });
    // A blank cell is not a number to MMULT.
    expect(e.value("s", "E5")).toMatchObject({ error: "#VALUE!" });
  });

  test("GEOMEAN, PRODUCT, SIGN, INT, LOG10; GEOMEAN of a non-positive number and LOG10 of 0 are #NUM!", () => {
    const e = evaluateSheets({
      s: {
        A1: 2,
        A2: 8,
        A3: "text",
        B1: "=GEOMEAN(A1:A3)",
        B2: "=GEOMEAN(1,3,9)",
        B3: "=GEOMEAN(A1,-1)",
        B4: "=PRODUCT(A1:A3,0.5)",
        B5: "=PRODUCT(A3)",
        B6: "=SIGN(-2)+SIGN(0)*10+SIGN(3)*100",
        B7: "=INT(-2.5)&INT(2.5)",
        B8: "=LOG10(1000)",
        B9: "=LOG10(0)",
      },
    });
    expect(e.value("s", "B1")).toBeCloseTo(4, 14);
    expect(e.value("s", "B2")).toBeCloseTo(3, 14);
    expect(e.value("s", "B3")).toMatchObject({ error: "#NUM!" });
    expect(valuesAt(e, "s", ["B4", "B5", "B6", "B7"])).toEqual([8, 0, 99, "-32"]);
    expect(e.value("s", "B8")).toBeCloseTo(3, 14);
    expect(e.value("s", "B9")).toMatchObject({ error: "#NUM!" });
  });

  test("ISNA is true for #N/A only, ISNUMBER and ISBLANK of an error are FALSE; MID counts from 1 and stops at the end of the text", () => {
    const e = evaluateSheets({
      s: {
        A1: "=ISNA(NA())",
        A2: "=ISNA(1/0)",
        A3: "=ISNA(5)",
        A4: "=ISNUMBER(NA())",
        A5: "=ISBLANK(1/0)",
        B1: '=MID("; row 1, column 2",3,99)',
        B2: '=MID("abc",2,1)',
        B3: '=MID("abc",0,1)',
        B4: "=MID(12.5,2,2)",
      },
    });
    expect(valuesAt(e, "s", ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B4"])).toEqual([
      true,
      false,
      false,
      false,
      false,
      "row 1, column 2",
      "b",
      "2.",
    ]);
    expect(e.value("s", "B3")).toMatchObject({ error: "#VALUE!" });
  });

  test("EXACT minds case, HYPERLINK shows its friendly name, ERROR.TYPE numbers errors as Excel does", () => {
    const e = evaluateSheets({
      s: {
        A1: '=EXACT("GREEN","GREEN")',
        A2: '=EXACT("green","GREEN")',
        A3: '=EXACT(1,"1")',
        B1: `=HYPERLINK("#'UMKM KPIs'!L7","UMKM KPIs!L7")`,
        B2: '=HYPERLINK("#Sheet!A1")',
        C1: "=ERROR.TYPE(1/0)",
        C2: "=ERROR.TYPE(NA())",
        C3: "=ERROR.TYPE(NOSUCH(1))",
        C4: "=ERROR.TYPE(5)",
      },
    });
    expect(valuesAt(e, "s", ["A1", "A2", "A3", "B1", "B2", "C1", "C2", "C3"])).toEqual([
      true,
      false,
      true,
      "UMKM KPIs!L7",
      "#Sheet!A1",
      2,
      7,
      5,
    ]);
    expect(e.value("s", "C4")).toMatchObject({ error: "#N/A" });
  });

  // Excel's syntax for each function (support.microsoft.com): required, then optional arguments.
  test.each([
    ["SUM", 1, 255],
    ["SUMIF", 2, 3],
    ["SUMPRODUCT", 1, 255],
    ["ROUND", 2, 2],
    ["COUNTIF", 2, 2],
    ["COUNTBLANK", 1, 1],
    ["LARGE", 2, 2],
    ["IF", 2, 3],
    ["IFERROR", 2, 2],
    ["AND", 1, 255],
    ["ISBLANK", 1, 1],
    ["NA", 0, 0],
    ["INDEX", 2, 3],
    ["MATCH", 2, 3],
    ["CHOOSE", 2, 255],
    ["ROW", 0, 1],
    ["TEXT", 2, 2],
    ["MMULT", 2, 2],
    ["GEOMEAN", 1, 255],
    ["PRODUCT", 1, 255],
    ["SIGN", 1, 1],
    ["INT", 1, 1],
    ["LOG10", 1, 1],
    ["ISNA", 1, 1],
    ["MID", 3, 3],
  ] as const)("%s takes %d to %d arguments, as in Excel", (name, min, max) => {
    expect(arityOf(EXCEL_FUNCTIONS[name])).toEqual({ min, max });
  });
});
