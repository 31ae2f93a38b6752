/**
 * From the unweighted to the weighted supermatrix — spec §2.
 *
 * An unweighted supermatrix U holds, in each column, the local priorities of the nodes of every
 * cluster with respect to the column's node (each cluster's block sums to 1, or is 0). The cluster
 * matrix C holds, in column d, the weights of the clusters with respect to cluster d. The weighted
 * supermatrix multiplies each block by its cluster weight, W_ij = U_ij · C[cluster(i)][cluster(j)],
 * and divides every non-zero column by its sum (a column that misses a cluster's block is
 * renormalised over the blocks it has), as SuperDecisions and pyanp do before the limit.
 */
import { Grid, gridShape, readNumber, readVector, where } from "./cells";
import { count, formatNumber, invalid } from "./errors";

function readNonNegative(grid: Grid, arg: string): number[][] {
  const { rows, cols } = gridShape(grid, arg);
  return grid.map((row, i) =>
    row.map((cell, j) => {
      const place = where(arg, i, j, rows, cols);
      const value = readNumber(cell, place, "a number ≥ 0 (blank is not allowed; enter 0)");
      if (value < 0) throw invalid(`${place} must not be negative, got ${formatNumber(value)}`);
      return value;
    })
  );
}

/**
 * @example anpWeighted([[0, 1], [1, 0]], [[0.5, 0.5], [0.5, 0.5]], [[1], [2]]) // → [[0, 1], [1, 0]]
 */
export function anpWeighted(unweighted: Grid, clusterMatrix: Grid, clusters: Grid): number[][] {
  const u = readNonNegative(unweighted, "unweighted");
  const n = u.length;
  if (u[0].length !== n)
    throw invalid(`unweighted is not square (${count(n, "row")}, ${count(u[0].length, "column")})`);
  const c = readNonNegative(clusterMatrix, "cluster_matrix");
  const m = c.length;
  if (c[0].length !== m)
    throw invalid(
      `cluster_matrix is not square (${count(m, "row")}, ${count(c[0].length, "column")})`
    );
  const labels = readVector(clusters, "clusters", `a cluster number from 1 to ${m}`);
  if (labels.values.length !== n)
    throw invalid(
      `clusters has ${labels.values.length} entries but unweighted has ${n} nodes; give one cluster per node`
    );
  const of = labels.values.map((value, k) => {
    if (!Number.isInteger(value) || value < 1 || value > m) {
      const place = labels.isRow ? where("clusters", 0, k, 1, n) : where("clusters", k, 0, n, 1);
      throw invalid(
        `${place} must be a cluster number from 1 to ${m} (a row of cluster_matrix), got ${formatNumber(value)}`
      );
    }
    return value - 1;
  });
  const w = u.map((row, i) => row.map((value, j) => value * c[of[i]][of[j]]));
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += w[i][j];
    if (sum > 0) for (let i = 0; i < n; i++) w[i][j] /= sum;
  }
  return w;
}
