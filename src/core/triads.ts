/**
 * Ordinal inconsistency — spec §1.6.
 *
 * A triad (i, j, k) is intransitive (circular) when its judgements go round: a_ij > 1, a_jk > 1 and
 * a_ki > 1 (i over j over k over i), or all three < 1 (the same cycle the other way). A low CR can
 * hide one such contradiction of the order; Kendall & Babington Smith (1940) bound their number by
 * n(n² − 1)/24 for odd n and n(n² − 4)/24 for even n.
 */
import { PairwiseMatrix } from "./pairwise";

/** Judgements within this of 1 count as "equal", so a typed 1.0000000001 makes no cycle. */
const EQUAL = 1e-9;

/** An intransitive triad as the cycle it makes, 0-based: first ≻ second ≻ third ≻ first. */
export type Triad = [number, number, number];

/** Every intransitive triad, each once, starting from its lowest index. */
export function intransitiveTriads(a: PairwiseMatrix): Triad[] {
  const n = a.length;
  const over = (i: number, j: number) => a[i][j] > 1 + EQUAL;
  const found: Triad[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      for (let k = j + 1; k < n; k++) {
        if (over(i, j) && over(j, k) && over(k, i)) found.push([i, j, k]);
        else if (over(j, i) && over(k, j) && over(i, k)) found.push([i, k, j]);
      }
    }
  }
  return found;
}
