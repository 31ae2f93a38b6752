/**
 * OMAX re-performed with native formulas equals src/core (docs/methods.md §3): the level table, the
 * level in each mode for rising and falling scales, the index and the change.
 */
import fc from "fast-check";
import { omaxLevel, omaxLevels, type LevelMode } from "../../src/core";
import { isErrorValue } from "../../src/formula";
import { bothWays } from "./sheets";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("OMAX.LEVELS natively: each level value a formula over the anchors", () => {
  test("70 / 85 / 99 (mid level 3): 70, 75, 80, 85, 87 … 99; the anchors themselves come back exactly", () => {
    const both = bothWays({
      A1: 70,
      B1: 85,
      C1: 99,
      E1: { formula: "=OMAX.LEVELS(A1,B1,C1)", spill: { rows: 1, columns: 11 } },
    });
    const levels = [...LETTERS.slice(4, 15)].map((col) => both.native.value("s", `${col}1`));
    expect(levels).toEqual(omaxLevels(70, 85, 99));
    expect(both.cell("E1")?.formula).toBe("=A1");
    expect(both.cell("F1")?.formula).toBe("=A1+1*(B1-A1)/3");
    expect(both.cell("I1")?.formula).toBe("=B1+1*(C1-B1)/7");
  });

  test("a column of KPIs gives a row of levels each; a row of KPIs a column each; Prism's mid level 8", () => {
    const both = bothWays({
      A1: 150,
      B1: 34.8,
      C1: 6,
      A2: 0,
      B2: 8,
      C2: 10,
      E1: { formula: "=OMAX.LEVELS(A1:A2,B1:B2,C1:C2,8)", spill: { rows: 2, columns: 11 } },
      A5: 1,
      B5: 2,
      A6: 3,
      B6: 4,
      A7: 10,
      B7: 10,
      E5: { formula: "=OMAX.LEVELS(A5:B5,A6:B6,A7:B7)", spill: { rows: 11, columns: 2 } },
    });
    [0, 1].forEach((i) => {
      const expected = omaxLevels(
        ...([
          [150, 34.8, 6],
          [0, 8, 10],
        ][i] as [number, number, number]),
        8
      );
      expected.forEach((v, k) =>
        expect(both.native.value("s", `${LETTERS[4 + k]}${1 + i}`)).toBeCloseTo(v, 12)
      );
      omaxLevels(
        ...([
          [1, 3, 10],
          [2, 4, 10],
        ][i] as [number, number, number])
      ).forEach((v, k) =>
        expect(both.native.value("s", `${LETTERS[4 + i]}${5 + k}`)).toBeCloseTo(v, 12)
      );
    });
  });
});

/** A KPI's anchors, rising or falling, with its mid level. */
const anchors = fc
  .record({
    worst: fc.integer({ min: -500, max: 500 }),
    steps: fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })),
    falling: fc.boolean(),
    scale: fc.constantFrom(1, 0.1, 0.01, 7.3),
    midLevel: fc.integer({ min: 1, max: 9 }),
  })
  .map(({ worst, steps, falling, scale, midLevel }) => {
    const sign = falling ? -1 : 1;
    const l0 = worst * scale;
    return {
      l0,
      lm: l0 + sign * steps[0] * scale,
      l10: l0 + sign * (steps[0] + steps[1]) * scale,
      midLevel,
    };
  });

/** An actual value: a level value exactly, the midpoint of two (a tie for "nearest"), or anywhere. */
function actualFor(
  a: { l0: number; lm: number; l10: number; midLevel: number },
  pick: number,
  kind: number
): number {
  const levels = omaxLevels(a.l0, a.lm, a.l10, a.midLevel);
  const k = pick % 11;
  if (kind === 0) return levels[k];
  if (kind === 1) return (levels[k] + levels[Math.min(10, k + 1)]) / 2;
  const span = a.l10 - a.l0;
  return a.l0 + span * ((pick % 1400) / 1000 - 0.2);
}

describe("OMAX.LEVEL natively: floor, nearest and interpolate equal src/core on rising and falling scales", () => {
  test.each(["floor", "nearest", "interpolate"] as LevelMode[])(
    "%s: level values, ties and values beyond both ends, with and without the sheet's own level table",
    (mode) => {
      fc.assert(
        fc.property(anchors, fc.nat(10_000), fc.nat(2), fc.boolean(), (a, pick, kind, hasTable) => {
          const actual = actualFor(a, pick, kind);
          const both = bothWays({
            A1: actual,
            B1: a.l0,
            C1: a.lm,
            D1: a.l10,
            F1: `=OMAX.LEVEL(A1,B1,C1,D1,${a.midLevel},"${mode}")`,
            ...(hasTable
              ? {
                  H1: {
                    formula: `=OMAX.LEVELS(B1,C1,D1,${a.midLevel})`,
                    spill: { rows: 1, columns: 11 },
                  },
                }
              : {}),
          });
          const expected = omaxLevel(actual, a.l0, a.lm, a.l10, a.midLevel, mode);
          const native = both.native.value("s", "F1") as number;
          if (mode === "interpolate") expect(native).toBeCloseTo(expected, 9);
          else expect(native).toBe(expected);
          // With the level table on the sheet, the level reads it instead of a table of its own.
          expect(both.cell("F1")?.formula?.includes("$R$1")).toBe(hasTable);
        }),
        { numRuns: 150 }
      );
    }
  );

  test('a blank actual is #N/A unless the formula around it already tested it: IF(A1="","",…)', () => {
    const both = bothWays({
      B1: 70,
      C1: 85,
      D1: 99,
      F1: "=OMAX.LEVEL(A1,B1,C1,D1)",
      F2: '=IF(A1="","",OMAX.LEVEL(A1,B1,C1,D1))',
    });
    expect(both.native.value("s", "F1")).toMatchObject({ error: "#N/A" });
    expect(both.kinerja.value("s", "F1")).toMatchObject({ error: "#N/A" });
    expect(both.native.value("s", "F2")).toBe("");
    expect(both.cell("F2")?.formula).not.toMatch(/NA\(\)/);
  });
});

describe("OMAX.INDEX and OMAX.CHANGE natively", () => {
  test("index Σ level × weight; a row of levels against a column of weights; #N/A while a level is blank", () => {
    const both = bothWays({
      A1: 6,
      A2: 8,
      B1: 0.5,
      B2: 0.5,
      D1: 6,
      E1: 8,
      C5: "=OMAX.INDEX(A1:A2,B1:B2)",
      C6: "=OMAX.INDEX(D1:E1,B1:B2)",
      C7: "=OMAX.INDEX(A1:A3,B1:B3)",
    });
    expect(both.native.value("s", "C5")).toBe(7);
    expect(both.native.value("s", "C6")).toBe(7);
    expect(both.kinerja.value("s", "C7")).toMatchObject({ error: "#N/A" });
    expect(both.native.value("s", "C7")).toMatchObject({ error: "#N/A" });
  });

  test("change 335 against 300 is 0.11667; a blank previous period uses the baseline; none at all is #N/A", () => {
    const both = bothWays({
      A1: 335,
      B1: 300,
      D1: 300,
      C1: "=OMAX.CHANGE(A1,B1)",
      C2: '=OMAX.CHANGE(A1,"",D1)',
      C3: "=OMAX.CHANGE(A1,B9,D1)",
      C4: "=OMAX.CHANGE(A1,B9)",
    });
    for (const cell of ["C1", "C2", "C3"]) {
      expect(both.native.value("s", cell)).toBeCloseTo(35 / 300, 14);
      expect(both.native.value("s", cell)).toBeCloseTo(both.kinerja.value("s", cell) as number, 14);
    }
    expect(
      isErrorValue(both.native.value("s", "C4")) && both.kinerja.value("s", "C4")
    ).toMatchObject({ error: "#N/A" });
    expect(both.native.value("s", "C4")).toMatchObject({ error: "#N/A" });
  });
});
