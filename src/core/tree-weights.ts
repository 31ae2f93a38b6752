/**
 * Global weights from a parent–child table (AHP.HIERARCHY) — spec §1.4. Apart from hierarchy.ts,
 * whose globalWeights every scorecard's AHP.GLOBAL needs: this loads only with the functions that
 * use it (src/functions/on-demand.ts).
 */
import { formatNumber, invalid } from "./errors";

/** One row of a parent–child table: an item, its parent (null at the top) and its local weight. */
export interface TreeRow {
  item: string;
  parent: string | null;
  weight: number;
}

/**
 * Global weights from a parent–child table (spec §1.4): leaves may sit at different depths, and an
 * item may sit under several parents (one row per parent); its global weight is then the sum over
 * its paths, and its children share that sum. Each parent's children must sum to 1 (±1e-6), as must
 * the top level, so the leaves' global weights sum to 1. Leaves come back in the order they first
 * appear.
 *
 * @example treeWeights([{ item: "A", parent: null, weight: 1 }, { item: "x", parent: "A", weight: 1 }])
 *          // → [{ item: "x", weight: 1 }]
 */
export function treeWeights(rows: readonly TreeRow[]): { item: string; weight: number }[] {
  const rowsOf = new Map<string, TreeRow[]>();
  const children = new Map<string | null, TreeRow[]>();
  rows.forEach((row, r) => {
    if (!(row.weight >= 0 && row.weight <= 1))
      throw invalid(
        `local_weights, row ${r + 1} must be a local weight between 0 and 1, got ${formatNumber(row.weight)}`
      );
    const siblings = children.get(row.parent) ?? [];
    if (siblings.some((s) => s.item === row.item))
      throw invalid(
        `row ${r + 1}: "${row.item}" is listed twice under ${row.parent === null ? "the top level" : `"${row.parent}"`}`
      );
    siblings.push(row);
    children.set(row.parent, siblings);
    rowsOf.set(row.item, [...(rowsOf.get(row.item) ?? []), row]);
  });
  rows.forEach((row, r) => {
    if (row.parent !== null && !rowsOf.has(row.parent))
      throw invalid(
        `parents, row ${r + 1}: "${row.parent}" is not an item of the table; add a row for it`
      );
  });
  for (const [parent, group] of children) {
    const total = group.reduce((sum, row) => sum + row.weight, 0);
    if (Math.abs(total - 1) > 1e-6)
      throw invalid(
        `local weights under ${parent === null ? "the top level" : `"${parent}"`} sum to ${formatNumber(total)}; expected 1`
      );
  }
  const global = new Map<string, number>();
  const visiting = new Set<string>();
  const globalOf = (item: string): number => {
    const known = global.get(item);
    if (known !== undefined) return known;
    if (visiting.has(item)) throw invalid(`"${item}" is its own ancestor; the table has a cycle`);
    visiting.add(item);
    let weight = 0;
    for (const row of rowsOf.get(item)!)
      weight += row.weight * (row.parent === null ? 1 : globalOf(row.parent));
    visiting.delete(item);
    global.set(item, weight);
    return weight;
  };
  const leaves: { item: string; weight: number }[] = [];
  for (const row of rows) {
    if (children.has(row.item) || leaves.some((leaf) => leaf.item === row.item)) continue;
    leaves.push({ item: row.item, weight: globalOf(row.item) });
  }
  // Items that are parents are visited too, so a cycle among them is reported.
  for (const row of rows) globalOf(row.item);
  if (leaves.length === 0) throw invalid("the table has no leaf: every item is a parent (a cycle)");
  return leaves;
}
