/**
 * Achievement, traffic lights, the UMKM checks and global weights re-performed with native formulas
 * equal src/core (docs/methods.md §1.4, §4, §5), at their thresholds and boundaries.
 */
import fc from "fast-check";
import { classCheck, traffic, type PriorityClass } from "../../src/core";
import { bothWays } from "./sheets";

describe("KPI.ACHIEVEMENT natively", () => {
  test("95 of 100 is 0.95; 8 against 6 lower-is-better is 0.75; nothing happened where lower is better is 1", () => {
    const both = bothWays({
      A1: 95,
      B1: 100,
      A2: 8,
      B2: 6,
      C2: "lower",
      A3: 0,
      B3: 6,
      C3: "Rendah",
      A4: 8,
      B4: 10,
      C4: "TINGGI",
      D1: "=KPI.ACHIEVEMENT(A1,B1)",
      D2: "=KPI.ACHIEVEMENT(A2,B2,C2)",
      D3: "=KPI.ACHIEVEMENT(A3,B3,C3)",
      D4: "=KPI.ACHIEVEMENT(A4,B4,C4)",
      D5: '=KPI.ACHIEVEMENT(A2,B2,"lower")',
      D6: '=KPI.ACHIEVEMENT(A2,B2,"higher")',
      D7: "=KPI.ACHIEVEMENT(A9,B1)",
      D8: "=KPI.ACHIEVEMENT(A1,B9)",
    });
    const cells = ["D1", "D2", "D3", "D4", "D5", "D6"];
    expect(cells.map((c) => both.native.value("s", c))).toEqual([0.95, 0.75, 1, 0.8, 0.75, 8 / 6]);
    expect(cells.map((c) => both.kinerja.value("s", c))).toEqual([0.95, 0.75, 1, 0.8, 0.75, 8 / 6]);
    // A blank actual is "no value yet": #N/A, as the function says.
    expect(both.native.value("s", "D7")).toMatchObject({ error: "#N/A" });
    expect(both.kinerja.value("s", "D7")).toMatchObject({ error: "#N/A" });
    // A blank target: an error both ways (the function #N/A, the division #DIV/0!).
    expect(both.native.value("s", "D8")).toMatchObject({ error: "#DIV/0!" });
  });
});

describe("TRAFFIC and TRAFFIC.OMAX natively", () => {
  test("GREEN from 100 %, YELLOW from 95 %, with the core's rounding; levels GREEN from 8, YELLOW from 4", () => {
    const values = [1, 1 - 1e-13, 0.97, 0.95, 19 / 20.000000001, 0.9499, 1.2];
    const levels = [10, 8, 7.99, 4, 3.999, 0];
    const cells: Record<string, number | string> = {};
    values.forEach((v, k) => {
      cells[`A${k + 1}`] = v;
      cells[`B${k + 1}`] = `=TRAFFIC(A${k + 1})`;
    });
    levels.forEach((v, k) => {
      cells[`C${k + 1}`] = v;
      cells[`D${k + 1}`] = `=TRAFFIC.OMAX(C${k + 1})`;
      cells[`E${k + 1}`] = `=TRAFFIC(C${k + 1},9,5)`;
    });
    const both = bothWays(cells);
    values.forEach((v, k) => expect(both.native.value("s", `B${k + 1}`)).toBe(traffic(v)));
    levels.forEach((v, k) => {
      expect(both.native.value("s", `D${k + 1}`)).toBe(traffic(v, 8, 4));
      expect(both.native.value("s", `E${k + 1}`)).toBe(traffic(v, 9, 5));
    });
    expect(values.map((_, k) => both.native.value("s", `B${k + 1}`))).toEqual(
      values.map((_, k) => both.kinerja.value("s", `B${k + 1}`))
    );
  });

  test("any value, any thresholds: the light src/core gives", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, a, b) => {
          const [yellow, green] = a <= b ? [a, b] : [b, a];
          const both = bothWays({ A1: x, B1: green, C1: yellow, D1: "=TRAFFIC(A1,B1,C1)" });
          expect(both.native.value("s", "D1")).toBe(traffic(x, green, yellow));
        }
      ),
      { numRuns: 100 }
    );
  });
});

describe("KPI.CLASSCHECK natively: the class ranges from a visible table, names in both languages", () => {
  test.each([
    [12, "Sangat Penting"],
    [20, "Penting"],
    [4, "Penting"],
    [10, "Penting"],
    [10, "sangat penting"],
    [15, "Kritikal"],
    [15, "Very Important"],
    [16, "Critical"],
    [14.9999999999, "Kritikal"],
    [5, "Important"],
  ])("%d %% as %s", (weight, name) => {
    const both = bothWays({ A1: weight, B1: name, C1: "=KPI.CLASSCHECK(A1,B1)" });
    const key = (
      {
        penting: "penting",
        important: "penting",
        "sangat penting": "sangat-penting",
        "very important": "sangat-penting",
        kritikal: "kritikal",
        critical: "kritikal",
      } as Record<string, PriorityClass>
    )[name.toLowerCase()];
    expect(both.native.value("s", "C1")).toBe(classCheck(weight, key));
    expect(both.native.value("s", "C1")).toBe(both.kinerja.value("s", "C1"));
  });
});

describe("KPI.WEIGHTCHECK natively", () => {
  const weights = (list: (number | null)[], language = "") => {
    const cells: Record<string, number | string | null> = {};
    list.forEach((w, k) => (cells[`A${k + 1}`] = w));
    cells.C1 = `=KPI.WEIGHTCHECK(A1:A${list.length}${language})`;
    return bothWays(cells);
  };

  test.each([
    [[25, 15, 10, 5, 10, 10, 20, 5], "", "OK"],
    [[25, 15, 10], "", "SUM 50% ≠ 100%"],
    [[33.3333333, 33.3333333, 33.3, null], "", "SUM 99.9667% ≠ 100%"],
    [[0.25, 0.5, 0.25], "", "SUM 1% ≠ 100% (the weights look like fractions: type 25 for 25%)"],
    [[60, 30], ',"id"', "JUMLAH 90% ≠ 100%"],
    [[99.995, null, 0.004], "", "OK"],
  ])("%j%s → %s", (list, language, expected) => {
    const both = weights(list, language);
    expect(both.native.value("s", "C1")).toBe(expected);
    expect(both.kinerja.value("s", "C1")).toBe(expected);
  });
});

describe("AHP.GLOBAL natively: products down the hierarchy", () => {
  test("Investor 0.298 × Satisfaction 0.338 × I-1 0.264 = 0.026591136; levels as columns or as rows", () => {
    const both = bothWays({
      A1: 0.298,
      B1: 0.338,
      C1: 0.264,
      A2: 0.5,
      B2: 0.4,
      C2: 1,
      E1: "=AHP.GLOBAL(A1:C1)",
      E3: { formula: "=AHP.GLOBAL(A1:A2,B1:B2,C1:C2)", spill: { rows: 2, columns: 1 } },
      E6: { formula: "=AHP.GLOBAL(A1:C1,A2:C2)", spill: { rows: 1, columns: 3 } },
    });
    expect(both.native.value("s", "E1")).toBeCloseTo(0.026591136, 15);
    for (const cell of ["E1", "E3", "E4", "E6", "F6", "G6"])
      expect(both.native.value("s", cell)).toBe(both.kinerja.value("s", cell));
    expect(both.cell("E1")?.formula).toBe("=PRODUCT(A1:C1)");
    expect(both.cell("F6")?.formula).toBe("=PRODUCT(B1,B2)");
  });
});
