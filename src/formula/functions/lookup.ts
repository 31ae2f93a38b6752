/** Excel's Lookup & Reference functions the templates use: INDEX, MATCH, CHOOSE, ROWS, COLUMNS, ROW. */
import { parseCell } from "../../sheet/a1";
import { cellsOf, compare, err, gridOf, isErrorValue, toNumber, toText } from "../values";
import { ANY, define, NUMBER, RANGE, VALUE, type FunctionLibrary } from "./signature";

export const LOOKUP_FUNCTIONS: FunctionLibrary = {
  INDEX: define(
    { params: [RANGE, { kind: "number", default: 1 }, { kind: "value", optional: true }] },
    ([range, row, col]) => {
      const grid = gridOf(range);
      const c = toNumber(col ?? 1);
      if (isErrorValue(c)) return c;
      // INDEX(vector, k) reads along a single row or column.
      const vector = col === undefined || col === null;
      const [i, j] = vector && grid.length === 1 ? [1, row] : [row, vector ? 1 : c];
      if (i < 1 || j < 1 || i > grid.length || j > grid[0].length)
        return err("#REF!", "INDEX beyond the range");
      return grid[i - 1][j - 1];
    }
  ),
  MATCH: define(
    { params: [VALUE, RANGE, { kind: "number", optional: true, default: 1 }] },
    ([needle, haystack, type]) => {
      if (isErrorValue(needle)) return needle;
      if (type !== 0) return err("#N/A", "only exact MATCH (type 0) is supported");
      const k = cellsOf(haystack).findIndex(
        (v) => !isErrorValue(v) && v !== null && compare(v, needle) === 0
      );
      return k < 0 ? err("#N/A", `${toText(needle)} not found`) : k + 1;
    }
  ),
  CHOOSE: define(
    { params: [NUMBER, ANY], repeats: true },
    ([index, ...options]) => options[index - 1] ?? err("#VALUE!", "CHOOSE index out of range")
  ),
  ROWS: define({ params: [RANGE] }, ([range]) => gridOf(range).length),
  COLUMNS: define({ params: [RANGE] }, ([range]) => gridOf(range)[0].length),
  ROW: define(
    { params: [{ kind: "reference", optional: true }] },
    ([reference], site) => (reference ? reference.top : parseCell(site.address).row) + 1
  ),
};
