/**
 * The Perron vector of a non-negative irreducible matrix (every pairwise matrix, and Harker's) by
 * Noda's iteration (Noda 1971): inverse iteration shifted by σ = max_i (A·w)_i / w_i, an upper
 * bound of λmax (Collatz–Wielandt), so that (σI − A)⁻¹ is positive and w stays positive. It
 * converges quadratically from any positive start, whatever |λ2| / λmax — where the power method
 * crawls (extreme, cyclic judgements) it takes a few steps of O(n³). Its stopping rule holds entry
 * by entry, so an entry of 1e-20 beside 1 is as accurate as the 1.
 */
import { luFactor, luSolve } from "./lu";

/**
 * Stop when every (A·w)_i / w_i lies within this share of the largest, or once the spread no longer
 * halves below SETTLED (rounding then dominates).
 */
const NODA_TOLERANCE = 1e-14;
const SETTLED = 1e-9;
const MAX_NODA_STEPS = 30;

/** The Perron vector (summing to 1) from a positive `guess`, or null when floating point cannot resolve it. */
export function nodaVector(
  a: readonly (readonly number[])[],
  guess: ArrayLike<number>
): number[] | null {
  const n = a.length;
  let w = normalised(guess);
  let spread = Infinity;
  for (let step = 0; step < MAX_NODA_STEPS; step++) {
    let high = 0;
    let low = Infinity;
    for (let i = 0; i < n; i++) {
      const row = a[i];
      let aw = 0;
      for (let j = 0; j < n; j++) aw += row[j] * w[j];
      const ratio = aw / w[i];
      if (ratio > high) high = ratio;
      if (ratio < low) low = ratio;
    }
    if (!(high < Infinity && low > 0)) return null;
    const previous = spread;
    spread = (high - low) / high;
    if (spread <= NODA_TOLERANCE || (spread < SETTLED && spread > previous / 2)) return w;
    // σI − A is an M-matrix: no pivoting, so that its factors keep their signs (lu.ts).
    const shifted = a.map((row, i) => Float64Array.from(row, (x, j) => (i === j ? high : 0) - x));
    const factors = luFactor(shifted, false);
    // Singular only when σ is λmax itself, to the last bit: w is then its vector already.
    if (!factors) return w;
    const next = normalised(luSolve(factors, Float64Array.from(w)));
    if (!next.every((x) => x > 0 && Number.isFinite(x))) return spread < SETTLED ? w : null;
    w = next;
  }
  return null;
}

function normalised(w: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < w.length; i++) total += w[i];
  return Array.from(w, (x) => x / total);
}
