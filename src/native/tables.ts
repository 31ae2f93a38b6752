/**
 * The reference tables native formulas read, each written once where a caller places it: the random
 * index RI(n) of a named table (or of every table, for a choice read from a cell), the UMKM priority classes, and an OMAX level table. Their numbers come
 * from src/core, so the sheet shows exactly what Kinerja's functions use.
 */
import {
  CLASS_RANGES,
  PRIORITY_CLASSES,
  RI_TABLE_MAX_N,
  RI_TABLES,
  randomIndex,
  type RiTable,
} from "../core";
import { RI_TABLE_SOURCES } from "../core/random-index-sources";
import { cellAddress } from "../sheet/a1";
import type { CellPlan, Lang } from "../sheet/plan";
import { localise, type Placement, type SharedTable } from "./model";
import { RI_SOURCES, WORDS } from "./words";

/** A table's title (with a note) and, in the row below, its column headers. */
function headed(at: Placement, title: string, note: string, headers: string[]): CellPlan[] {
  return [
    { address: cellAddress(at.row, at.col), value: title, style: "section", note },
    ...headers.map((header, c): CellPlan => ({
      address: cellAddress(at.row + 1, at.col + c),
      value: header,
      style: "header",
    })),
  ];
}

/** The random-index tables that are tables (n = 1…15); the fitted formula needs none. */
export function hasRiTable(table: RiTable): boolean {
  return table !== "alonso-lamata-fit" && table !== "donegan-dodd";
}

/**
 * RI(n) for n = 1…max, titled with its source: rows n | RI. Part "values" is the RI column, so
 * INDEX(values, n) is RI(n).
 */
export function riTable(table: RiTable, lang: Lang): SharedTable {
  const max = RI_TABLE_MAX_N[table];
  return {
    key: `ri|${table}|${lang}`,
    rows: max + 2,
    columns: 2,
    widths: [8, 8],
    alignRow: 0,
    parts: { values: { top: 2, left: 1, bottom: max + 1, right: 1 } },
    cells(at: Placement): CellPlan[] {
      const cell = (r: number, c: number) => cellAddress(at.row + r, at.col + c);
      const cells = headed(
        at,
        `${WORDS.riTitle[lang]}: ${RI_SOURCES[table][lang]}`,
        `ri_table "${table}" (docs/methods.md §1.3)`,
        ["n", WORDS.riHeader[lang]]
      );
      for (let n = 1; n <= max; n++) {
        cells.push({ address: cell(n + 1, 0), value: n, style: "label" });
        cells.push({
          address: cell(n + 1, 1),
          value: randomIndex(n, table) as number,
          // Reference values, not inputs: plain, not the yellow of a cell to type in.
          style: "label",
          numberFormat: "0.00##",
        });
      }
      return cells;
    },
  };
}

/** The sizes the table of every RI table covers: n = 1…15, where every table has a value. */
export const RI_CHOICE_MAX_N = 15;

/**
 * Every RI table side by side, for a choice read from a cell (the Settings sheet's): rows n = 1…15,
 * a column per table headed by its name. Part "names" is the header row and "values" the numbers, so
 * INDEX(values, n, MATCH(name, names, 0)) is RI(n) of the table named.
 */
export function riChoiceTable(lang: Lang): SharedTable {
  const max = RI_CHOICE_MAX_N;
  const last = RI_TABLES.length;
  return {
    key: `ri|choice|${lang}`,
    rows: max + 2,
    columns: last + 1,
    widths: [6, ...RI_TABLES.map((table) => Math.max(8, table.length + 1))],
    alignRow: 0,
    parts: {
      names: { top: 1, left: 1, bottom: 1, right: last },
      values: { top: 2, left: 1, bottom: max + 1, right: last },
    },
    cells(at: Placement): CellPlan[] {
      const cell = (r: number, c: number) => cellAddress(at.row + r, at.col + c);
      const cells = headed(
        at,
        `${WORDS.riChoiceTitle[lang]} (n ≤ ${max})`,
        RI_TABLES.map((table) => `${table}: ${RI_TABLE_SOURCES[table]}`).join("\n"),
        ["n", ...RI_TABLES]
      );
      for (let n = 1; n <= max; n++) {
        cells.push({ address: cell(n + 1, 0), value: n, style: "label" });
        RI_TABLES.forEach((table, k) =>
          cells.push({
            address: cell(n + 1, k + 1),
            value: randomIndex(n, table) as number,
            style: "label",
            numberFormat: "0.00##",
          })
        );
      }
      return cells;
    },
  };
}

/**
 * The UMKM priority classes with their weight ranges in %, each class under its Indonesian and its
 * English name (KPI.CLASSCHECK accepts both): parts "names", "min", "max" for SUMIF.
 */
export function classTable(lang: Lang): SharedTable {
  const names = [
    ...PRIORITY_CLASSES.map((k) => CLASS_RANGES[k].labels.id),
    ...PRIORITY_CLASSES.map((k) => CLASS_RANGES[k].labels.en),
  ];
  const ranges = [...PRIORITY_CLASSES, ...PRIORITY_CLASSES].map((k) => CLASS_RANGES[k]);
  const last = names.length + 1;
  return {
    key: `classes|${lang}`,
    rows: names.length + 2,
    columns: 3,
    widths: [16, 8, 8],
    alignRow: 0,
    parts: {
      names: { top: 2, left: 0, bottom: last, right: 0 },
      min: { top: 2, left: 1, bottom: last, right: 1 },
      max: { top: 2, left: 2, bottom: last, right: 2 },
    },
    cells(at: Placement): CellPlan[] {
      const cell = (r: number, c: number) => cellAddress(at.row + r, at.col + c);
      const cells = headed(at, WORDS.classesTitle[lang], WORDS.classesNote[lang], [
        WORDS.className[lang],
        WORDS.classMin[lang],
        WORDS.classMax[lang],
      ]);
      names.forEach((name, k) => {
        cells.push({ address: cell(k + 2, 0), value: name, style: "label" });
        cells.push({ address: cell(k + 2, 1), value: ranges[k].min, style: "label" });
        cells.push({ address: cell(k + 2, 2), value: ranges[k].max, style: "label" });
      });
      return cells;
    },
  };
}

/** The three anchors and the anchor level of one KPI, as formula operands («register»!$F$10). */
export interface Anchors {
  worst: string;
  mid: string;
  target: string;
  /** The anchor level: typed (3, 8), or a cell holding it (the Settings sheet's) as an operand. */
  midLevel: number | string;
}

/**
 * Level k's value as a formula over the anchors (docs/methods.md §3.1), computed as src/core does:
 * the anchors themselves at k = 0, m and 10; W + k·(M − W)/m below m; M + (k − m)·(T − M)/(10 − m) above.
 */
export function levelValueFormula(k: number, { worst, mid, target, midLevel: m }: Anchors): string {
  if (k === 0) return worst;
  if (k === 10) return target;
  // A mid level read from a cell: the same two formulas, chosen as the cell says (k = m gives M).
  if (typeof m === "string")
    return `IF(${k}<${m},${worst}+${k}*(${mid}-${worst})/${m},${mid}+(${k}-${m})*(${target}-${mid})/(10-${m}))`;
  if (k === m) return mid;
  if (k === 10) return target;
  if (k < m) return `${worst}+${k}*(${mid}-${worst})/${m}`;
  return `${mid}+${k - m}*(${target}-${mid})/${10 - m}`;
}

/** The key under which a KPI's level table is shared (the anchors' texts name their sheets). */
export function levelTableKey(anchors: Anchors): string {
  const bare = (text: string) => text.replace(/\$/g, "").toUpperCase();
  return `levels|${bare(anchors.worst)}|${bare(anchors.mid)}|${bare(anchors.target)}|${bare(String(anchors.midLevel))}`;
}

/** One KPI's eleven level values L0…L10 in a row under their names; part "values" is that row. */
export function levelTable(anchors: Anchors, lang: Lang): SharedTable {
  return {
    key: levelTableKey(anchors),
    rows: 3,
    columns: 11,
    widths: new Array<number>(11).fill(8),
    alignRow: 2,
    parts: { values: { top: 2, left: 0, bottom: 2, right: 10 } },
    cells(at: Placement): CellPlan[] {
      const cell = (r: number, c: number) => cellAddress(at.row + r, at.col + c);
      const cells = headed(
        at,
        WORDS.levelsTitle[lang],
        typeof anchors.midLevel === "number"
          ? `${anchors.worst}, ${anchors.mid}, ${anchors.target}; L${anchors.midLevel}`
          : `${anchors.worst}, ${anchors.mid}, ${anchors.target}`,
        Array.from({ length: 11 }, (_, k) => `L${k}`)
      );
      for (let k = 0; k <= 10; k++) {
        cells.push({
          address: cell(2, k),
          formula: `=${localise(levelValueFormula(k, anchors), at.sheet)}`,
          style: "formula",
          numberFormat: "#,##0.00",
        });
      }
      return cells;
    },
  };
}
