import {
  displayText,
  excelRound,
  generalText,
  numberFormatter,
} from "../../src/formula/number-format";

describe("displayText: a value as the preview grid shows it through its number format", () => {
  test.each([
    [1234.5, "#,##0.##", "en", "1,234.5"],
    [1234.5, "#,##0.##", "id", "1.234,5"],
    [0.1234, "0.0%", "en", "12.3%"],
    [0.1234, "0.0%", "id", "12,3%"],
    [0.5, "0%", "en", "50%"],
    [3, "0.00", "id", "3,00"],
    [-1234567.891, "#,##0.00", "en", "-1,234,567.89"],
    [-1234567.891, "#,##0.00", "id", "-1.234.567,89"],
    [8.0000007, "0.0000", "en", "8.0000"],
    [0.63698557, "0.0000", "en", "0.6370"],
    [2.5, "0.##", "en", "2.5"],
    [2, "0.##", "en", "2"],
    [2.345, "0.0#", "en", "2.35"],
    [2.3, "0.0#", "en", "2.3"],
    [-0.0001, "0.0", "en", "0.0"],
    [1 / 3, undefined, "en", "0.3333333333"],
    [1 / 3, "General", "id", "0,3333333333"],
    [1200, "General", "en", "1200"],
    [1234.5, "@", "en", "1234.5"],
    [46023, "yyyy-mm-dd", "en", "2026-01-01"],
    [45716, "yyyy-mm-dd", "en", "2025-02-28"],
    // A code outside the subset shows as General rather than as a guess.
    [0.25, "# ?/?", "en", "0.25"],
    ["Kas", "0.0", "en", "Kas"],
    [true, undefined, "en", "TRUE"],
    [null, "0.00", "en", ""],
  ] as const)("displayText(%p, %p, %p) = %p", (value, format, locale, text) => {
    expect(displayText(value, format, locale)).toBe(text);
  });

  test("1.005 in 0.00 shows 1.01, as Excel rounds the decimal value (the double lies below 1.005)", () => {
    expect((1.005).toFixed(2)).toBe("1.00"); // JavaScript rounds the double
    expect(displayText(1.005, "0.00")).toBe("1.01");
    expect(displayText(-1.005, "0.00")).toBe("-1.01");
    // The UMKM example's tracking: an achievement summed to 0.9804999999999999 shows 98.1%.
    expect(displayText(0.9804999999999999, "0.0%")).toBe("98.1%");
  });
});

describe("numberFormatter: TEXT()'s formats, in English marks whatever the grid's language", () => {
  test.each([
    [1.005, "0.00", "1.01"],
    [0.12345, "0.0%", "12.3%"],
    [-1234567.891, "#,##0.00", "-1,234,567.89"],
    [2.5, "0", "3"],
    [-2.5, "0", "-3"],
    [1234.5, "#,##0", "1,235"],
    [2.5, "0.##", "2.5"],
    [0.000004, "0.0000", "0.0000"],
  ] as const)("TEXT(%p, %p) = %p", (n, code, text) => {
    const write = numberFormatter(code);
    expect(write && write(n)).toBe(text);
  });

  test.each(["General", "@", "yyyy-mm-dd", "mmm yyyy", "0.", "0.#0", ""])(
    "%p is not a numeric format TEXT vouches for",
    (code) => {
      expect(numberFormatter(code)).toBeNull();
    }
  );
});

describe('generalText: a number as text, as Excel\'s General turns it into text (A1&"")', () => {
  test.each([
    [1 / 3, "0.333333333333333"],
    [0.1 + 0.2, "0.3"],
    [1e-7, "0.0000001"],
    [123456789012345680, "1.23456789012346E+17"],
    [1e15, "1E+15"],
    [999999999999999, "999999999999999"],
    [0.001, "0.001"],
    [-2.5, "-2.5"],
    [0, "0"],
    [1.5e-10, "1.5E-10"],
  ])("%p → %p", (n, text) => {
    expect(generalText(n)).toBe(text);
  });
});

describe("excelRound: half away from zero on the decimal value (15 significant digits)", () => {
  test.each([
    [1.005, 2, 1.01],
    [-2.5, 0, -3],
    [2.5, 0, 3],
    [1234.5678, -2, 1200],
    [2.4999999999, 0, 2],
    [0.285, 2, 0.29],
  ])("ROUND(%p, %p) = %p", (v, digits, rounded) => {
    expect(excelRound(v, digits)).toBe(rounded);
  });
});
