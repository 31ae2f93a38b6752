/**
 * Excel's Math & Trig functions the templates and their native re-performance use: sums, products,
 * the matrix product, absolute value, sign, square root, logarithm, rounding.
 */
import { excelRound } from "../number-format";
import { cellsOf, err, isErrorValue, type Grid, type Value } from "../values";
import { criterionMatches, numbersIn } from "./arguments";
import { ANY, define, NUMBER, RANGE, VALUE, type FunctionLibrary } from "./signature";

export const MATH_FUNCTIONS: FunctionLibrary = {
  SUM: define({ params: [ANY], repeats: true }, (args, site) => {
    const n = numbersIn(args, site);
    return isErrorValue(n) ? n : n.reduce((s, x) => s + x, 0);
  }),
  SUMIF: define(
    { params: [RANGE, VALUE, { kind: "range", optional: true }] },
    ([range, criterion, sumRange]) => {
      if (isErrorValue(criterion)) return criterion;
      const sums = cellsOf(sumRange ?? range);
      let total = 0;
      cellsOf(range).forEach((v, k) => {
        if (!isErrorValue(v) && criterionMatches(v, criterion) && typeof sums[k] === "number")
          total += sums[k] as number;
      });
      return total;
    }
  ),
  // Logical values count as 1/0 here, so SUMPRODUCT(--(A1:A9="GREEN"), B1:B9) and (A=B)*(C) work.
  SUMPRODUCT: define({ params: [RANGE], repeats: true }, (ranges) => {
    const lists = ranges.map(cellsOf);
    const length = lists[0].length;
    if (lists.some((list) => list.length !== length))
      return err("#VALUE!", "SUMPRODUCT ranges differ in size");
    let total = 0;
    for (let k = 0; k < length; k++) {
      let product = 1;
      for (const list of lists) {
        const v = list[k];
        if (isErrorValue(v)) return v;
        product *= typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
      }
      total += product;
    }
    return total;
  }),
  PRODUCT: define({ params: [ANY], repeats: true }, (args, site) => {
    const n = numbersIn(args, site);
    // Excel: PRODUCT of no numbers at all is 0, not the empty product 1.
    return isErrorValue(n) ? n : n.length === 0 ? 0 : n.reduce((p, x) => p * x, 1);
  }),
  MMULT: define({ params: [RANGE, RANGE] }, ([a, b]) =>
    matrixProduct(a ?? [[null]], b ?? [[null]])
  ),
  ABS: define({ params: [NUMBER] }, ([x]) => Math.abs(x)),
  SIGN: define({ params: [NUMBER] }, ([x]) => Math.sign(x)),
  INT: define({ params: [NUMBER] }, ([x]) => Math.floor(x)),
  LOG10: define({ params: [NUMBER] }, ([x]) =>
    x <= 0 ? err("#NUM!", `LOG10 of a number that is not positive (${x})`) : Math.log10(x)
  ),
  SQRT: define({ params: [NUMBER] }, ([x]) =>
    x < 0 ? err("#NUM!", `SQRT of a negative number (${x})`) : Math.sqrt(x)
  ),
  ROUND: define({ params: [NUMBER, NUMBER] }, ([x, digits]) => excelRound(x, Math.trunc(digits))),
};

/**
 * MMULT: rows of `a` times columns of `b`. Every cell must hold a number (a blank or text is
 * #VALUE!, as in Excel), and `a` must have as many columns as `b` has rows.
 */
function matrixProduct(a: Grid, b: Grid): Value {
  const inner = a[0].length;
  if (b.length !== inner) return err("#VALUE!", `MMULT: ${inner} columns against ${b.length} rows`);
  for (const v of [...cellsOf(a), ...cellsOf(b)]) {
    if (isErrorValue(v)) return v;
    if (typeof v !== "number") return err("#VALUE!", "MMULT of a cell that is not a number");
  }
  return a.map((row) =>
    b[0].map((_, j) => {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += (row[k] as number) * (b[k][j] as number);
      return sum;
    })
  );
}
