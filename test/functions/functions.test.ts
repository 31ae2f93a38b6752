import {
  FakeCustomFunctionsError,
  installCustomFunctions,
  callAsExcel,
  isExcelError,
} from "../helpers/custom-functions";
installCustomFunctions();

import * as xl from "../../src/functions/functions";
import { SAATY_HOUSE, SPEC_3X3, SPEC_4X4, mathjsPrincipal } from "../helpers/reference";

/** The Excel error a call returned; fails the test when it returned a value instead. */
function excelError(value: unknown): FakeCustomFunctionsError {
  // Functions that may spill answer a single error as a 1×1 array.
  if (Array.isArray(value) && value.length === 1 && value[0].length === 1) value = value[0][0];
  if (!isExcelError(value))
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  return value;
}

const column = (values: number[]): number[][] => values.map((v) => [v]);
/** Excel passes a single cell to a range (matrix) parameter as a 1×1 array… */
const cell = (value: unknown): unknown[][] => [[value]];
/** …and a function with a matrix result answers a single value as a 1×1 array. */
const single = (result: unknown): unknown => {
  expect(Array.isArray(result)).toBe(true);
  const rows = result as unknown[][];
  expect([rows.length, rows[0].length]).toEqual([1, 1]);
  return rows[0][0];
};

describe("AHP functions", () => {
  test("AHP.WEIGHTS spills a column of weights; method is optional and case-insensitive", () => {
    const weights = xl.AHP_WEIGHTS(SPEC_3X3, null) as number[][];
    expect(weights).toHaveLength(3);
    expect(weights.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(weights[0][0]).toBeCloseTo(0.6369855717, 9);
    expect((xl.AHP_WEIGHTS(SPEC_3X3, "MEAN") as number[][])[0][0]).toBeCloseTo(0.6333457203, 9);
  });

  test("AHP.WEIGHTS: blank lower triangle as Excel passes it (empty strings) is completed", () => {
    const upper = [
      ["", 2, 4, 3],
      ["", "", 3, 2],
      ["", "", "", 0.5],
      ["", "", "", ""],
    ];
    expect((xl.AHP_WEIGHTS(upper) as number[][])[3][0]).toBeCloseTo(0.160088475, 9);
  });

  test("AHP.WEIGHTS errors: #VALUE! with a message naming the argument and the cell", () => {
    const cases: [unknown[][], string][] = [
      [
        [
          [1, 2, 3],
          [1, 1, 1],
        ],
        "matrix is not square (2 rows, 3 columns)",
      ],
      [
        [
          [1, -2],
          ["", 1],
        ],
        "matrix, row 1, column 2 must be a positive number, got -2",
      ],
      [
        [
          [1, "abc"],
          ["", 1],
        ],
        'matrix, row 1, column 2 must be a positive number (a judgement such as 3 or 1/3), got the text "abc"',
      ],
      [
        [
          [1, ""],
          ["", 1],
        ],
        "matrix, row 1, column 2 is blank; every pair above the diagonal needs a judgement",
      ],
    ];
    for (const [grid, message] of cases) {
      const error = excelError(xl.AHP_WEIGHTS(grid as never));
      expect(error.code).toBe("#VALUE!");
      expect(error.message).toBe(message);
    }
    expect(excelError(xl.AHP_WEIGHTS(SPEC_3X3, "power")).message).toBe(
      'method must be one of "eigen", "geomean", "mean"; got the text "power"'
    );
  });

  test("AHP.CR returns CR; #N/A naming the table beyond its range", () => {
    expect(xl.AHP_CR(SPEC_3X3)).toBeCloseTo(0.033199216, 9);
    expect(xl.AHP_CR(SPEC_4X4, null, "donegan-dodd")).toBeCloseTo(0.0114753697 * (0.9 / 0.8286), 9);
    const big = Array.from({ length: 16 }, (_, i) =>
      Array.from({ length: 16 }, (_, j) => (i === j ? 1 : i < j ? 2 : 0.5))
    );
    const error = excelError(xl.AHP_CR(big));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(
      /^CR is unknown for n = 16: RI table saaty1980 \(n ≤ 15\); CI = /
    );
  });

  test("AHP.CHECK spills six labelled rows: λmax, CI, RI, CR, verdict, out-of-scale judgements", () => {
    const check = xl.AHP_CHECK(SPEC_3X3) as (string | number)[][];
    expect(check.map((row) => row[0])).toEqual([
      "λmax (eigen weights)",
      "CI",
      "RI (saaty1980)",
      "CR",
      "Verdict (CR ≤ 0.10)",
      "Judgements outside 1/9…9",
    ]);
    expect(check[0][1]).toBeCloseTo(3.0385110906, 9);
    expect(check[1][1]).toBeCloseTo(0.0192555453, 9);
    expect(check[2][1]).toBe(0.58);
    expect(check[3][1]).toBeCloseTo(0.033199216, 9);
    expect(check[4][1]).toBe("CONSISTENT");
    expect(check[5][1]).toBe(0);
    const house = xl.AHP_CHECK(SAATY_HOUSE, "geomean", "saaty2005") as (string | number)[][];
    expect(house[0][0]).toBe("λmax (geomean weights)");
    expect(house[2]).toEqual(["RI (saaty2005)", 1.4]);
    expect(house[4][1]).toBe("INCONSISTENT");
    const outside = xl.AHP_CHECK([
      [1, 12],
      ["", 1],
    ]) as (string | number)[][];
    expect(outside[5][1]).toBe("1: row 1, column 2");
  });

  test('AHP.CHECK, AHP.SUGGEST and KPI.WEIGHTCHECK speak Indonesian with language "id"; the values are the same', async () => {
    const en = xl.AHP_CHECK(SAATY_HOUSE) as unknown[][];
    const id = xl.AHP_CHECK(SAATY_HOUSE, null, null, "id") as unknown[][];
    expect(id.map((row) => row[0])).toEqual([
      "λmax (bobot eigen)",
      "CI",
      "RI (saaty1980)",
      "CR",
      "Kesimpulan (CR ≤ 0,10)",
      "Penilaian di luar 1/9…9",
    ]);
    expect(id[4][1]).toBe("TIDAK KONSISTEN");
    expect(en[4][1]).toBe("INCONSISTENT");
    for (const row of [0, 1, 2, 3]) expect(id[row][1]).toBe(en[row][1]);
    expect((xl.AHP_CHECK(SPEC_3X3, "", "", "ID") as unknown[][])[4][1]).toBe("KONSISTEN");
    expect(
      (
        xl.AHP_CHECK(
          [
            [1, 12],
            ["", 1],
          ],
          null,
          null,
          "id"
        ) as unknown[][]
      )[5][1]
    ).toBe("1: baris 1, kolom 2");
    expect(((await xl.AHP_SUGGEST(SAATY_HOUSE, 1, null, "id")) as unknown[][])[0]).toEqual([
      "Baris",
      "Kolom",
      "Saat ini",
      "Saran",
      "Skala Saaty",
      "Deviasi",
    ]);
    expect(xl.KPI_WEIGHTCHECK([[25], [15], [""], [50]], "id")).toBe("JUMLAH 90% ≠ 100%");
    expect(xl.KPI_WEIGHTCHECK([[25], [75]], "id")).toBe("OK");
    expect(excelError(xl.AHP_CHECK(SPEC_3X3, null, null, "fr")).message).toBe(
      'language must be one of "en", "id"; got the text "fr"'
    );
  });

  test("AHP.CHECK beyond the RI table: CI still shown, RI and CR #N/A naming the table", () => {
    const big = Array.from({ length: 16 }, (_, i) =>
      Array.from({ length: 16 }, (_, j) => (i === j ? 1 : i < j ? 2 : 0.5))
    );
    const check = xl.AHP_CHECK(big) as unknown[][];
    // CI from an independent eigen-decomposition (mathjs): (λmax − n)/(n − 1).
    const ci = (mathjsPrincipal(big).lambda - 16) / 15;
    expect(ci).toBeGreaterThan(0.01);
    expect(check[1][1] as number).toBeCloseTo(ci, 9);
    for (const row of [2, 3]) {
      const error = excelError(check[row][1]);
      expect(error.code).toBe("#N/A");
      expect(error.message).toBe("CR is unknown for n = 16: RI table saaty1980 (n ≤ 15)");
    }
    expect(check[4][1]).toBe("UNKNOWN");
    expect((xl.AHP_CHECK(big, null, "donegan-dodd") as unknown[][])[3][1] as number).toBeCloseTo(
      ci / 1.5078,
      9
    );
  });

  test("AHP.SUGGEST: header, then Saaty's house (3,7) a = 6 → 1.128 first", async () => {
    const table = (await xl.AHP_SUGGEST(SAATY_HOUSE)) as (string | number)[][];
    expect(table[0]).toEqual(["Row", "Column", "Current", "Suggested", "Saaty scale", "Deviation"]);
    expect(table).toHaveLength(4);
    expect(table[1].slice(0, 3)).toEqual([3, 7, 6]);
    expect(table[1][3] as number).toBeCloseTo(1.128, 3);
    expect(table[1][4]).toBe(1);
    expect(await xl.AHP_SUGGEST(SAATY_HOUSE, 1)).toHaveLength(2);
    expect(excelError(await xl.AHP_SUGGEST(SAATY_HOUSE, 0)).message).toBe(
      "count must be a whole number ≥ 1, got 0"
    );
    expect(excelError(await xl.AHP_SUGGEST([[1]])).message).toMatch(/single criterion/);
  });

  test("AHP.COMPLETE fills the lower triangle; skipped pairs by Harker or λmax-optimal on request", async () => {
    const full = (await xl.AHP_COMPLETE([
      [1, 3, 5],
      ["", 1, 3],
      ["", "", 1],
    ])) as number[][];
    expect(full[2][0]).toBeCloseTo(0.2, 15);
    expect(full[1][0]).toBeCloseTo(1 / 3, 15);
    const gap = [
      [1, 3, ""],
      ["", 1, 4],
      ["", "", 1],
    ];
    expect(excelError(await xl.AHP_COMPLETE(gap)).message).toBe(
      "upper_triangle, row 1, column 3 is blank; every pair above the diagonal needs a judgement"
    );
    expect(((await xl.AHP_COMPLETE(gap, "lambda-min")) as number[][])[0][2]).toBeCloseTo(12, 9);
    expect(((await xl.AHP_COMPLETE(gap, "harker")) as number[][])[0][2]).toBeCloseTo(12, 9);
  });

  test("AHP.GROUP: geometric mean of the respondents' matrices", async () => {
    // Excel passes the repeating argument as one array of ranges, then the invocation.
    const group = (await callAsExcel(xl.AHP_GROUP, [
      SPEC_3X3,
      [
        [1, 1 / 3, 1 / 5],
        [3, 1, 1 / 3],
        [5, 3, 1],
      ],
    ])) as number[][];
    group.flat().forEach((value) => expect(value).toBeCloseTo(1, 12));
    expect(excelError(await xl.AHP_GROUP([])).message).toBe("give at least one matrix");
    expect(
      excelError(
        await callAsExcel(xl.AHP_GROUP, [
          SPEC_3X3,
          [
            [1, 2],
            [0.5, 1],
          ],
        ])
      ).message
    ).toBe("matrix2 is 2×2 but matrix1 is 3×3; all respondents must compare the same criteria");
  });

  test("AHP.GLOBAL: products down the path; levels as columns spill a column, as rows spill a row", () => {
    const global = callAsExcel(xl.AHP_GLOBAL, [
      [[0.298], [0.298]],
      [[0.338], [0.338]],
      [[0.264], [0.736]],
    ]) as number[][];
    expect(global).toHaveLength(2);
    expect(global[0][0]).toBeCloseTo(0.026591136, 12);
    expect(global[1][0]).toBeCloseTo(0.298 * 0.338 * 0.736, 12);
    const asRow = callAsExcel(xl.AHP_GLOBAL, [[[0.5, 0.5]], [[0.2, 0.8]]]) as number[][];
    expect(asRow).toEqual([[0.1, 0.4]]);
    const table = callAsExcel(xl.AHP_GLOBAL, [
      [
        [0.5, 0.2],
        [0.5, 0.8],
      ],
    ]) as number[][];
    expect(table).toEqual([[0.1], [0.4]]);
    expect(excelError(xl.AHP_GLOBAL([[[0.5], [0.5]], [[1]]])).message).toBe(
      "local_weights2 has 1 leaf but local_weights1 has 2; give one value per leaf in each"
    );
  });

  test("AHP.RI: the table value, #N/A beyond it", () => {
    expect(xl.AHP_RI(9)).toBe(1.45);
    expect(xl.AHP_RI([[9]], "saaty2005")).toBe(1.45);
    expect(excelError(xl.AHP_RI(16)).code).toBe("#N/A");
    expect(excelError(xl.AHP_RI(16)).message).toBe(
      "n = 16 is beyond the RI table saaty1980 (n ≤ 15)"
    );
    expect(excelError(xl.AHP_RI(2.5)).message).toBe("n must be a whole number ≥ 1, got 2.5");
  });

  test("ANP.LIMIT spills the limit matrix", async () => {
    const limit = (await xl.ANP_LIMIT([
      [0.3, 0.2, 0.4],
      [0.1, 0.5, 0.5],
      [0.6, 0.3, 0.1],
    ])) as number[][];
    expect(limit[1][2]).toBeCloseTo(13 / 34, 9);
    expect(
      excelError(
        await xl.ANP_LIMIT([
          [0.5, 0.2],
          [0.4, 0.8],
        ])
      ).message
    ).toMatch(/^supermatrix: column 1 sums to 0.9/);
  });
});

describe("OMAX functions", () => {
  test("OMAX.LEVELS: one KPI → a row of 11; a column of KPIs → one row each; a row of KPIs → columns", () => {
    expect(xl.OMAX_LEVELS(cell(70), cell(85), cell(99))).toEqual([
      [70, 75, 80, 85, 87, 89, 91, 93, 95, 97, 99],
    ]);
    const two = xl.OMAX_LEVELS(
      column([70, 0]),
      column([85, 80]),
      column([99, 100]),
      3
    ) as number[][];
    expect(two).toHaveLength(2);
    expect(two[1][3]).toBe(80);
    const across = xl.OMAX_LEVELS([[70, 0]], [[85, 80]], [[99, 100]], 8) as number[][];
    expect(across).toHaveLength(11);
    expect(across[8]).toEqual([85, 80]);
    expect(excelError(xl.OMAX_LEVELS(cell(70), cell(100), cell(99))).message).toMatch(
      /^anchors out of order: mid is not below target/
    );
  });

  test("OMAX.LEVEL: the spec's examples in every mode", () => {
    expect(single(xl.OMAX_LEVEL(cell(92.4), cell(70), cell(85), cell(99)))).toBe(6);
    expect(single(xl.OMAX_LEVEL(cell(92.4), cell(70), cell(85), cell(99), null, "nearest"))).toBe(
      7
    );
    expect(
      single(xl.OMAX_LEVEL(cell(92.4), cell(70), cell(85), cell(99), 3, "interpolate"))
    ).toBeCloseTo(6.7, 9);
    expect(
      single(xl.OMAX_LEVEL(cell(25), cell(150), cell(60), cell(6), null, "interpolate"))
    ).toBeCloseTo(7.537037037, 9);
  });

  test("OMAX.LEVEL over a column: one level per row; a blank actual is #N/A in its own cell", () => {
    const out = xl.OMAX_LEVEL(
      column([92.4, 25]),
      column([70, 150]),
      column([85, 60]),
      column([99, 6])
    ) as unknown[][];
    expect(out).toEqual([[6], [7]]);
    const blanks = xl.OMAX_LEVEL([[92.4], [""]], cell(70), cell(85), cell(99)) as unknown[][];
    expect(blanks[0][0]).toBe(6);
    const error = excelError(blanks[1][0]);
    expect(error.code).toBe("#N/A");
    expect(error.message).toBe("actual, row 2 is blank (no value entered yet)");
  });

  test("OMAX.LEVEL: ranges of different sizes are #VALUE!", () => {
    expect(
      excelError(xl.OMAX_LEVEL(column([1, 2]), column([0, 0, 0]), cell(5), cell(10))).message
    ).toBe("worst is 3×1 but actual is 2×1; give ranges of the same size or single cells");
  });

  test("OMAX.INDEX and OMAX.CHANGE", () => {
    expect(xl.OMAX_INDEX([[6, 8, 10]], column([0.5, 0.3, 0.2]))).toBeCloseTo(7.4, 12);
    expect(xl.OMAX_CHANGE(335, 300)).toBeCloseTo(0.1166666667, 9);
    expect(xl.OMAX_CHANGE(335, "", 300)).toBeCloseTo(0.1166666667, 9);
    expect(xl.OMAX_CHANGE(335, null, 300)).toBeCloseTo(0.1166666667, 9);
    expect(excelError(xl.OMAX_CHANGE(335, "")).code).toBe("#N/A");
    expect(excelError(xl.OMAX_CHANGE(335, 0)).code).toBe("#DIV/0!");
    expect(excelError(xl.OMAX_CHANGE(335, 0)).message).toBeUndefined();
  });
});

describe("KPI and traffic-light functions", () => {
  test("KPI.ACHIEVEMENT: higher and lower is better; Indonesian direction words", () => {
    expect(single(xl.KPI_ACHIEVEMENT(cell(95), cell(100)))).toBeCloseTo(0.95, 15);
    expect(single(xl.KPI_ACHIEVEMENT(cell(8), cell(6), cell("lower")))).toBeCloseTo(0.75, 15);
    expect(single(xl.KPI_ACHIEVEMENT(cell(8), cell(6), cell("rendah")))).toBeCloseTo(0.75, 15);
    expect(excelError(xl.KPI_ACHIEVEMENT(cell(5), cell(0))).code).toBe("#DIV/0!");
    expect(excelError(xl.KPI_ACHIEVEMENT(cell(""), cell(10))).code).toBe("#N/A");
    expect(excelError(xl.KPI_ACHIEVEMENT(cell("12"), cell(10))).message).toBe(
      'actual holds the text "12", a number stored as text; expected a number'
    );
  });

  test("KPI.ACHIEVEMENT over columns with a per-row direction", () => {
    const out = xl.KPI_ACHIEVEMENT(column([95, 8]), column([100, 6]), [
      ["higher"],
      ["lower"],
    ]) as number[][];
    expect(out[0][0]).toBeCloseTo(0.95, 15);
    expect(out[1][0]).toBeCloseTo(0.75, 15);
  });

  test("TRAFFIC: achievement mode 1.00 / 0.95 by default; a column spills a status per row", () => {
    expect([1, 0.96, 0.94].map((v) => single(xl.TRAFFIC(cell(v))))).toEqual([
      "GREEN",
      "YELLOW",
      "RED",
    ]);
    expect(single(xl.TRAFFIC(cell(0.85), 0.9, 0.8))).toBe("YELLOW");
    expect(xl.TRAFFIC(column([1.1, 0.97, 0.5]))).toEqual([["GREEN"], ["YELLOW"], ["RED"]]);
    expect(excelError(xl.TRAFFIC(cell("high"))).message).toBe(
      'value must be a number, got the text "high"'
    );
    expect(excelError(xl.TRAFFIC(cell(0.9), 0.8, 0.9)).message).toBe(
      "yellow threshold (0.9) must not exceed the green threshold (0.8)"
    );
  });

  test("TRAFFIC.OMAX: 8 / 4 by default", () => {
    expect([9, 8, 5, 4, 3].map((l) => single(xl.TRAFFIC_OMAX(cell(l))))).toEqual([
      "GREEN",
      "GREEN",
      "YELLOW",
      "YELLOW",
      "RED",
    ]);
    expect(excelError(xl.TRAFFIC_OMAX(cell(12))).message).toBe(
      "level must be from 0 to 10, got 12"
    );
  });

  test('TRAFFIC and TRAFFIC.OMAX with "id": 1.02, 0.97, 0.5 → HIJAU, KUNING, MERAH; levels 9, 5, 2 alike', () => {
    expect(xl.TRAFFIC(column([1.02, 0.97, 0.5]), 1, 0.95, "id")).toEqual([
      ["HIJAU"],
      ["KUNING"],
      ["MERAH"],
    ]);
    expect(xl.TRAFFIC_OMAX(column([9, 5, 2]), 8, 4, "id")).toEqual([
      ["HIJAU"],
      ["KUNING"],
      ["MERAH"],
    ]);
    // Blank thresholds keep their defaults; "en" is the default language.
    expect(single(xl.TRAFFIC(cell(0.96), null, null, "en"))).toBe("YELLOW");
    expect(excelError(xl.TRAFFIC(cell(0.96), 1, 0.95, "fr")).message).toMatch(/^language must be/);
  });

  test("KPI.CLASSCHECK and KPI.WEIGHTCHECK: Batik 20 Ikan Mas passes; mistakes are named", () => {
    const weights = column([25, 15, 10, 5, 10, 10, 20, 5]);
    const classes = [
      ["Kritikal"],
      ["Sangat Penting"],
      ["Penting"],
      ["Penting"],
      ["Penting"],
      ["Penting"],
      ["Kritikal"],
      ["Penting"],
    ];
    expect(xl.KPI_CLASSCHECK(weights, classes)).toEqual(new Array(8).fill(["OK"]));
    expect(xl.KPI_WEIGHTCHECK(weights)).toBe("OK");
    expect(xl.KPI_WEIGHTCHECK([[25], [15], [""], [50]])).toBe("SUM 90% ≠ 100%");
    expect(single(xl.KPI_CLASSCHECK(cell(20), cell("Penting")))).toBe("HIGH");
    expect(excelError(xl.KPI_CLASSCHECK(cell(20), cell("Urgent"))).message).toMatch(
      /^priority_class must be Penting/
    );
    expect(excelError(xl.KPI_WEIGHTCHECK([[25], ["x"]])).message).toBe(
      'weights, row 2 must be a weight in %, got the text "x"'
    );
  });
});

describe("every function returns what its metadata declares", () => {
  test("matrix-result functions always answer a 2-D array, scalar ones never do", () => {
    expect(Array.isArray(xl.AHP_WEIGHTS([[1, "x"]]))).toBe(true);
    expect(Array.isArray(xl.TRAFFIC(cell("")))).toBe(true);
    expect(Array.isArray(xl.AHP_CR([[1, "x"]]))).toBe(false);
    expect(Array.isArray(xl.OMAX_INDEX([[1]], [[1]]))).toBe(false);
  });
});

describe("messages name the cell the user typed", () => {
  test("AHP.GLOBAL: a bad weight is named in its own range", () => {
    expect(excelError(xl.AHP_GLOBAL([[[0.3, 0.7, 0.1]], [[0.5, 0.5, 1.5]]])).message).toBe(
      "local_weights2, column 3 must be a local weight between 0 and 1, got 1.5"
    );
  });

  test("OMAX.LEVELS over a column: a KPI with bad anchors gets its own error, the others their levels", () => {
    const table = xl.OMAX_LEVELS(
      column([70, 150]),
      column([85, 160]),
      column([99, 6])
    ) as unknown[][];
    expect(table[0][3]).toBe(85);
    const error = excelError(table[1][0]);
    expect(error.message).toMatch(/^KPI 2: anchors out of order: mid is not below worst/);
    expect(
      excelError(xl.OMAX_LEVELS(column([70, 150]), column([85, 160, 1]), cell(99))).message
    ).toBe("mid is 3×1 but worst is 2×1; give ranges of the same size or single cells");
  });

  test("OMAX.INDEX: positions read as row/column; a scalar call works", () => {
    expect(excelError(xl.OMAX_INDEX(column([6, 11]), column([0.5, 0.5]))).message).toBe(
      "levels, row 2 must be a level from 0 to 10, got 11"
    );
    expect(xl.OMAX_INDEX(6 as never, 1 as never)).toBe(6);
  });

  test("OMAX.INDEX: a KPI without a level yet gives #N/A naming it; a blank weight is #VALUE!", () => {
    const notYet = excelError(xl.OMAX_INDEX([[6], [""], [8]], column([0.5, 0.3, 0.2])));
    expect(notYet.code).toBe("#N/A");
    expect(notYet.message).toBe(
      "levels, row 2 is blank: that KPI has no level yet, so there is no index"
    );
    expect(excelError(xl.OMAX_INDEX(column([6, 7]), [[0.5], [null]])).code).toBe("#VALUE!");
    // The shape is checked first: a 2-D range is wrong whatever it holds.
    const square = excelError(
      xl.OMAX_INDEX(
        [
          [6, ""],
          [7, 8],
        ],
        column([0.5, 0.5])
      )
    );
    expect(square.code).toBe("#VALUE!");
    expect(square.message).toBe("levels must be a single row or column, got 2 rows × 2 columns");
  });

  test("OMAX.CHANGE: previous must be one cell; negative indexes are refused", () => {
    expect(excelError(xl.OMAX_CHANGE(335, [[""], [1]], 300)).message).toBe(
      "previous must be a single cell, got a range of 2 rows × 1 column"
    );
    expect(excelError(xl.OMAX_CHANGE(335, -300)).message).toBe(
      "previous must be an index > 0, got -300"
    );
    // A bad baseline is blamed on `baseline`, the argument the user typed.
    expect(excelError(xl.OMAX_CHANGE(335, "", -300)).message).toBe(
      "baseline must be an index above 0, got -300"
    );
    expect(excelError(xl.OMAX_CHANGE(335, "", 0)).message).toBe(
      "baseline must be an index above 0, got 0"
    );
  });

  test("spilled calls: an element the core refuses names its row", () => {
    const levels = xl.TRAFFIC_OMAX(column([9, 12, 5])) as unknown[][];
    expect(levels[0][0]).toBe("GREEN");
    expect(excelError(levels[1][0]).message).toBe("level, row 2 must be from 0 to 10, got 12");
    expect(levels[2][0]).toBe("YELLOW");
    const checks = xl.KPI_CLASSCHECK(column([10, -5]), [["Penting"], ["Penting"]]) as unknown[][];
    expect(checks[0][0]).toBe("OK");
    expect(excelError(checks[1][0]).message).toMatch(
      /^weight, row 2 must be a percentage ≥ 0, got -5$/
    );
    const achieved = xl.KPI_ACHIEVEMENT(
      column([5, -1]),
      column([4, 4]),
      cell("lower")
    ) as unknown[][];
    expect(achieved[0][0]).toBeCloseTo(0.8, 12);
    expect(excelError(achieved[1][0]).message).toBe(
      "actual, row 2 must be 0 or more for a lower-is-better KPI, got -1"
    );
    // A single-cell call keeps the plain argument name.
    expect(excelError(xl.TRAFFIC_OMAX(cell(12))).message).toBe(
      "level must be from 0 to 10, got 12"
    );
  });

  test("KPI.WEIGHTCHECK: negative weights are refused; fractions get a hint", () => {
    expect(excelError(xl.KPI_WEIGHTCHECK(column([150, -50]))).message).toBe(
      "weights, row 2 must be a weight in % (0 or more), got -50"
    );
    expect(xl.KPI_WEIGHTCHECK(column([0.25, 0.75]))).toBe(
      "SUM 1% ≠ 100% (the weights look like fractions: type 25 for 25%)"
    );
    // One weight of 1 (%) is a wrong total, not a sign of fractions.
    expect(xl.KPI_WEIGHTCHECK(cell(1))).toBe("SUM 1% ≠ 100%");
  });

  test("KPI.CLASSCHECK: a blank weight is #N/A (not entered yet)", () => {
    expect(excelError(xl.KPI_CLASSCHECK(cell(""), cell("Penting"))).code).toBe("#N/A");
  });

  test("AHP.SUGGEST: equal deviations (every 3×3) list the earlier pair first", async () => {
    const table = (await xl.AHP_SUGGEST(SPEC_3X3)) as number[][];
    expect(table.slice(1).map((row) => [row[0], row[1]])).toEqual([
      [1, 2],
      [1, 3],
      [2, 3],
    ]);
  });

  test("AHP.GROUP of one matrix returns it exactly", async () => {
    expect(((await callAsExcel(xl.AHP_GROUP, [SPEC_3X3])) as number[][])[0][1]).toBe(3);
  });
});

describe("arguments of the wrong shape get a message, never an internal error", () => {
  test("=AHP.WEIGHTS(,) and too few arguments (the invocation object lands in matrix): matrix is required", async () => {
    expect(excelError(callAsExcel(xl.AHP_WEIGHTS, null, null)).message).toBe(
      "matrix is required; expected a range"
    );
    expect(excelError(callAsExcel(xl.AHP_WEIGHTS)).message).toBe(
      "matrix is required; expected a range"
    );
    expect(excelError(await callAsExcel(xl.ANP_LIMIT)).message).toBe(
      "supermatrix is required; expected a range"
    );
    expect(excelError(callAsExcel(xl.OMAX_INDEX, column([5]))).message).toBe(
      "weights is required; expected a range"
    );
    expect(excelError(callAsExcel(xl.OMAX_LEVELS, cell(70), cell(85))).message).toBe(
      "target is required; expected a cell or a range"
    );
  });

  test("the invocation object where an optional argument was left out counts as left out", () => {
    expect(callAsExcel(xl.AHP_CR, SPEC_3X3)).toBeCloseTo(0.033199216, 9);
    expect(single(callAsExcel(xl.KPI_ACHIEVEMENT, cell(8), cell(10)))).toBeCloseTo(0.8, 15);
    expect(excelError(callAsExcel(xl.AHP_RI)).message).toBe(
      "n is blank; expected a whole number of criteria ≥ 1"
    );
  });

  test("a one-dimensional list [1, 2, 3] is refused as a range, a cell or an element-wise argument", () => {
    expect(excelError(callAsExcel(xl.AHP_WEIGHTS, [1, 2, 3], null)).message).toBe(
      "matrix must be a range, got a one-dimensional list of 3 values"
    );
    expect(excelError(callAsExcel(xl.TRAFFIC, [1, 2, 3], null, null)).message).toBe(
      "value must be a cell or a range, got a one-dimensional list of 3 values"
    );
    expect(excelError(callAsExcel(xl.AHP_RI, [9], null)).message).toBe(
      "n must be a single cell, got a one-dimensional list of 1 value"
    );
  });

  test("element-wise functions: a ragged range is named, an omitted required argument too", () => {
    expect(excelError(callAsExcel(xl.TRAFFIC, [[1], [2, 3]], null, null)).message).toBe(
      "value: row 2 has 2 cells but row 1 has 1"
    );
    expect(excelError(callAsExcel(xl.TRAFFIC, null, null, null)).message).toBe(
      "value is required; expected a cell or a range"
    );
    expect(excelError(callAsExcel(xl.KPI_CLASSCHECK, cell(10))).message).toBe(
      "priority_class is required; expected a cell or a range"
    );
  });

  test("AHP.GROUP with a respondent's range left out names it", async () => {
    expect(excelError(await callAsExcel(xl.AHP_GROUP, [SPEC_3X3, null])).message).toBe(
      "matrix2 is required; expected a range"
    );
  });
});
