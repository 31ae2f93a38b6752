/** Excel's Statistical functions the templates use: averages, extremes, counts, k-th values. */
import { cellsOf, err, isErrorValue, toNumber, type CellResult, type Grid } from "../values";
import { criterionMatches, numbersIn } from "./arguments";
import { ANY, define, NUMBER, RANGE, VALUE, type FunctionLibrary } from "./signature";

export const STATISTICAL_FUNCTIONS: FunctionLibrary = {
  AVERAGE: define({ params: [ANY], repeats: true }, (args, site) => {
    const n = numbersIn(args, site);
    if (isErrorValue(n)) return n;
    return n.length ? n.reduce((s, x) => s + x, 0) / n.length : err("#DIV/0!");
  }),
  // The n-th root of the product, in logarithms so that a long row of large numbers cannot overflow.
  GEOMEAN: define({ params: [ANY], repeats: true }, (args, site) => {
    const n = numbersIn(args, site);
    if (isErrorValue(n)) return n;
    if (n.length === 0 || n.some((x) => x <= 0))
      return err("#NUM!", "GEOMEAN needs positive numbers");
    return Math.exp(n.reduce((s, x) => s + Math.log(x), 0) / n.length);
  }),
  MIN: define({ params: [ANY], repeats: true }, (args, site) => {
    const n = numbersIn(args, site);
    return isErrorValue(n) ? n : n.length ? Math.min(...n) : 0;
  }),
  MAX: define({ params: [ANY], repeats: true }, (args, site) => {
    const n = numbersIn(args, site);
    return isErrorValue(n) ? n : n.length ? Math.max(...n) : 0;
  }),
  // COUNT counts the numbers in ranges and references; a value typed as an argument counts when it
  // reads as a number (COUNT(A1:A3, "4", TRUE) counts "4" and TRUE).
  COUNT: define({ params: [ANY], repeats: true }, (args, site) =>
    args.reduce<number>((n, arg, k) => {
      if (Array.isArray(arg) || site.isReference(k))
        return n + cellsOf(arg).filter((v) => typeof v === "number").length;
      return n + (arg !== null && !isErrorValue(toNumber(arg)) ? 1 : 0);
    }, 0)
  ),
  // COUNTA counts every cell that is not empty, a formula's "" included; COUNTBLANK counts "" as blank.
  COUNTA: define(
    { params: [ANY], repeats: true },
    (args) => args.flatMap(cellsOf).filter((v) => v !== null).length
  ),
  COUNTBLANK: define(
    { params: [RANGE] },
    ([range]) => cellsOf(range).filter((v) => v === null || v === "").length
  ),
  COUNTIF: define({ params: [RANGE, VALUE] }, ([range, criterion]) => {
    if (isErrorValue(criterion)) return criterion;
    return cellsOf(range).filter((v) => !isErrorValue(v) && criterionMatches(v, criterion)).length;
  }),
  LARGE: define({ params: [RANGE, NUMBER] }, ([range, k]) => kth(range, k, (a, b) => b - a)),
  SMALL: define({ params: [RANGE, NUMBER] }, ([range, k]) => kth(range, k, (a, b) => a - b)),
};

/** The k-th number of a range in `order` (text, logical values and blanks are skipped). */
function kth(range: Grid | null, k: number, order: (a: number, b: number) => number): CellResult {
  const values = cellsOf(range)
    .filter((v): v is number => typeof v === "number")
    .sort(order);
  return values[k - 1] ?? err("#NUM!", "k beyond the numbers in the range");
}
