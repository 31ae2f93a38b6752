/**
 * Random consistency index RI(n) — spec §1.3.
 *
 * "Saaty's RI" is not one table and the same matrix gets a different CR under each, so every CR
 * Kinerja shows names its table. For n ≤ 2 every table gives 0 (a reciprocal 2×2 is consistent).
 */
import { checkChoice } from "./errors";

export type RiTable =
  "saaty1980" | "saaty2005" | "alonso-lamata" | "alonso-lamata-fit" | "donegan-dodd";

export const RI_TABLES: readonly RiTable[] = [
  "saaty1980",
  "saaty2005",
  "alonso-lamata",
  "alonso-lamata-fit",
  "donegan-dodd",
];

/** Saaty (1980), n = 1…15: the table most Indonesian theses use. Index = n. */
const SAATY_1980 = [
  NaN,
  0,
  0,
  0.58,
  0.9,
  1.12,
  1.24,
  1.32,
  1.41,
  1.45,
  1.49,
  1.51,
  1.48,
  1.56,
  1.57,
  1.59,
];

/** Saaty (2005), n = 3…15. */
const SAATY_2005 = [
  NaN,
  0,
  0,
  0.52,
  0.89,
  1.11,
  1.25,
  1.35,
  1.4,
  1.45,
  1.49,
  1.52,
  1.54,
  1.56,
  1.58,
  1.59,
];

/** Alonso & Lamata (2006), simulated, n = 3…15. */
const ALONSO_LAMATA = [
  NaN,
  0,
  0,
  0.5247,
  0.8816,
  1.1086,
  1.2479,
  1.3417,
  1.4057,
  1.4499,
  1.4854,
  1.514,
  1.5365,
  1.5551,
  1.5713,
  1.5838,
];

/** Donegan & Dodd (1991), tabulated points (n, RI); linear interpolation between them, n ≤ 100. */
const DONEGAN_DODD: readonly (readonly [number, number])[] = [
  [1, 0],
  [2, 0],
  [3, 0.4914],
  [4, 0.8286],
  [5, 1.0591],
  [6, 1.1797],
  [7, 1.2519],
  [8, 1.3171],
  [9, 1.3733],
  [10, 1.4055],
  [11, 1.4213],
  [12, 1.4497],
  [13, 1.4643],
  [14, 1.4822],
  [15, 1.4969],
  [16, 1.5078],
  [17, 1.5153],
  [18, 1.5262],
  [19, 1.5313],
  [20, 1.5371],
  [25, 1.5619],
  [30, 1.5772],
  [40, 1.5976],
  [50, 1.6102],
  [60, 1.6178],
  [70, 1.6237],
  [80, 1.6277],
  [90, 1.6213],
  [100, 1.6339],
];

/** The largest n each table covers (the fit covers every n). */
export const RI_TABLE_MAX_N: Readonly<Record<RiTable, number>> = {
  saaty1980: 15,
  saaty2005: 15,
  "alonso-lamata": 15,
  "alonso-lamata-fit": Infinity,
  "donegan-dodd": 100,
};

/** The table's name and range, as error messages and outputs show it. */
export function describeRiTable(table: RiTable): string {
  const max = RI_TABLE_MAX_N[table];
  return Number.isFinite(max) ? `${table} (n ≤ ${max})` : `${table} (any n)`;
}

/** RI(n) from `table`, or `null` when n lies beyond the table. */
export function randomIndex(n: number, table: RiTable = "saaty1980"): number | null {
  checkChoice(table, "ri_table", RI_TABLES);
  if (!Number.isInteger(n) || n < 1) return null;
  if (n <= 2) return 0;
  if (n > RI_TABLE_MAX_N[table]) return null;
  switch (table) {
    case "saaty1980":
      return SAATY_1980[n];
    case "saaty2005":
      return SAATY_2005[n];
    case "alonso-lamata":
      return ALONSO_LAMATA[n];
    case "alonso-lamata-fit":
      return (1.7699 * n - 4.3513) / (n - 1);
    case "donegan-dodd":
      return interpolate(DONEGAN_DODD, n);
  }
}

function interpolate(points: readonly (readonly [number, number])[], n: number): number {
  for (let k = 1; k < points.length; k++) {
    const [n1, ri1] = points[k];
    if (n <= n1) {
      const [n0, ri0] = points[k - 1];
      return ri0 + ((ri1 - ri0) * (n - n0)) / (n1 - n0);
    }
  }
  return points[points.length - 1][1];
}
