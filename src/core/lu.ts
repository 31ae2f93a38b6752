/**
 * Solving linear systems by LU factorisation, for the λmax-optimal completion's Newton steps.
 * Hand-written: a linear-algebra library (mathjs's lusolve) would multiply the size of the
 * functions bundle for two small loops.
 */
export interface LuFactors {
  lu: Float64Array[];
  pivots: Int32Array;
}

/**
 * LU factorisation (the matrix is overwritten), or null when it is singular. Partial pivoting
 * unless `pivoting` is false: an M-matrix (σI − A, σ > λmax) needs none, and without it the
 * factors keep their signs, so a positive right-hand side gives a positive solution, every entry
 * computed without cancellation.
 */
export function luFactor(a: Float64Array[], pivoting = true): LuFactors | null {
  const n = a.length;
  const pivots = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    if (pivoting)
      for (let r = c + 1; r < n; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (!(Math.abs(a[pivot][c]) > 0)) return null;
    pivots[c] = pivot;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    const head = a[c];
    for (let r = c + 1; r < n; r++) {
      const row = a[r];
      const factor = (row[c] /= head[c]);
      if (factor !== 0) for (let j = c + 1; j < n; j++) row[j] -= factor * head[j];
    }
  }
  return { lu: a, pivots };
}

/** Solves LU·x = b in place of b. */
export function luSolve({ lu, pivots }: LuFactors, b: Float64Array): Float64Array {
  const n = lu.length;
  // The factorisation swapped whole rows (multipliers included): permute b first, then substitute.
  for (let c = 0; c < n; c++) {
    const p = pivots[c];
    const t = b[c];
    b[c] = b[p];
    b[p] = t;
  }
  for (let c = 0; c < n; c++) for (let r = c + 1; r < n; r++) b[r] -= lu[r][c] * b[c];
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r];
    for (let j = r + 1; j < n; j++) s -= lu[r][j] * b[j];
    b[r] = s / lu[r][r];
  }
  return b;
}
