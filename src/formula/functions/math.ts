/** Excel's Math & Trig functions the templates use: sums, absolute value, square root, rounding. */
import { excelRound } from "../number-format";
import { cellsOf, err, isErrorValue } from "../values";
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
  ABS: define({ params: [NUMBER] }, ([x]) => Math.abs(x)),
  SQRT: define({ params: [NUMBER] }, ([x]) =>
    x < 0 ? err("#NUM!", `SQRT of a negative number (${x})`) : Math.sqrt(x)
  ),
  ROUND: define({ params: [NUMBER, NUMBER] }, ([x, digits]) => excelRound(x, Math.trunc(digits))),
};
