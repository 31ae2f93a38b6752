/**
 * The ranges a cell's formula reads, as both ports fetch them for "Explain this cell": each distinct
 * reference once, its sheet as the formula names it (undefined for the cell's own sheet). A formula
 * the evaluator cannot parse reads nothing here: the explanation then says so.
 */
import { formulaParts } from "../formula";
import { parseRange } from "../sheet/a1";

/** At most this many cells are read per reference: an explanation needs inputs, not whole columns. */
export const MAX_REFERENCE_CELLS = 10_000;

export function formulaRefs(formula: string): { sheet?: string; range: string }[] {
  let refs: { sheet?: string; range: string }[];
  try {
    refs = formulaParts(formula).refs;
  } catch {
    return [];
  }
  const seen = new Set<string>();
  return refs.filter(({ sheet, range }) => {
    const key = `${(sheet ?? "").toLowerCase()}!${range}`;
    if (seen.has(key)) return false;
    seen.add(key);
    try {
      const { top, left, bottom, right } = parseRange(range);
      return (bottom - top + 1) * (right - left + 1) <= MAX_REFERENCE_CELLS;
    } catch {
      return false;
    }
  });
}
