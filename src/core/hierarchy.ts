/**
 * Global weights down a hierarchy — spec §1.4.
 *
 * The global weight of a leaf is the product of the local weights on its path. Seed 002: Investor
 * 0.298 × Satisfaction 0.338 × KPI I-1 0.264 = 0.026591136. When every group's local weights sum to
 * 1, the leaves' global weights sum to 1.
 */
import { Grid, gridShape, readNumber, where } from "./cells";
import { formatNumber, invalid } from "./errors";

/**
 * Row products of a leaves × levels table of local weights (one row per leaf, one column per level).
 *
 * @example globalWeights([[0.298, 0.338, 0.264]]) // → [0.026591136]
 */
export function globalWeights(pathWeights: Grid, arg = "local_weights"): number[] {
  const { rows, cols } = gridShape(pathWeights, arg);
  const result = new Array<number>(rows);
  for (let r = 0; r < rows; r++) {
    let product = 1;
    for (let c = 0; c < cols; c++) {
      const place = where(arg, r, c, rows, cols);
      const weight = readNumber(pathWeights[r][c], place, "a local weight between 0 and 1");
      if (weight < 0 || weight > 1)
        throw invalid(
          `${place} must be a local weight between 0 and 1, got ${formatNumber(weight)}`
        );
      product *= weight;
    }
    result[r] = product;
  }
  return result;
}

/** A node of a weighted hierarchy: its local weight within its parent and its children. */
export interface HierarchyNode {
  name: string;
  weight: number;
  children?: HierarchyNode[];
}

export interface GlobalWeight {
  path: string[];
  weight: number;
}

/**
 * Global weights of every leaf of a tree, in depth-first order.
 * Checks that each group's local weights sum to 1 (±1e-6), so the leaves sum to 1.
 */
export function hierarchyWeights(
  nodes: readonly HierarchyNode[],
  parentPath: string[] = [],
  parentWeight = 1
): GlobalWeight[] {
  const total = nodes.reduce((sum, node) => sum + node.weight, 0);
  const groupName = parentPath.length ? parentPath.join(" › ") : "the top level";
  if (Math.abs(total - 1) > 1e-6) {
    throw invalid(`local weights under ${groupName} sum to ${formatNumber(total)}; expected 1`);
  }
  const leaves: GlobalWeight[] = [];
  for (const node of nodes) {
    if (!Number.isFinite(node.weight) || node.weight < 0) {
      throw invalid(
        `weight of ${[...parentPath, node.name].join(" › ")} must be a number ≥ 0, got ${String(node.weight)}`
      );
    }
    const path = [...parentPath, node.name];
    const weight = parentWeight * node.weight;
    if (node.children && node.children.length > 0)
      leaves.push(...hierarchyWeights(node.children, path, weight));
    else leaves.push({ path, weight });
  }
  return leaves;
}
