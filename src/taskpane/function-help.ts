/**
 * The custom functions as the pane's "Functions" list shows them: syntax, a one-line description in
 * both languages (English = the JSDoc line Excel shows, Indonesian = the help page's first line; a
 * test keeps them in step with src/functions/functions.ts and docs/functions/*.md), and a worked
 * example taken from the help pages.
 *
 * "Insert example" writes the example complete — its input cells and a formula that refers to them —
 * because Excel accepts only complete formulas from an add-in (Range.formulas rejects "=AHP.WEIGHTS(")
 * and has no way to leave a cell in edit mode. The syntax can also be copied for typing by hand.
 */
import type { Scalar } from "../templates/plan";
import type { Text } from "../templates/text";
import { rangeAddress } from "../templates/a1";
import type { CellBlock } from "../workbook/port";
import type { Origin } from "./insert";

/** An address relative to the example's first cell: ref(0, 0) is the selected cell. */
export type Ref = (top: number, left: number, bottom?: number, right?: number) => string;

export interface FunctionExample {
  /** Input cells, from the selected cell (null = left empty). */
  data?: Scalar[][];
  /** What the input is, for the list: "the 3×3 example matrix" (words for the user, no spec sections). */
  dataLabel?: Text;
  /** The formula; it sits right of the data (one empty column between) or at the selected cell. */
  formula: (ref: Ref) => string;
  /** The cells the formula's result fills (a dynamic array). */
  spill?: { rows: number; columns: number };
  /**
   * The result as the help page gives it, in reading order (row by row) — for a table, the cells
   * worth showing, e.g. AHP.CHECK's values without their labels. Numbers are formatted for the language.
   */
  result: (number | string)[];
  /** Decimals for the numbers in `result`. */
  digits?: number;
}

export interface FunctionHelp {
  name: string;
  syntax: string;
  description: Text;
  /** The help page, help/<page>.html (rendered from docs/functions/<page>.md). */
  page: string;
  example: FunctionExample;
}

const SPEC_3X3: Scalar[][] = [
  [1, 3, 5],
  ["=1/3", 1, 3],
  ["=1/5", "=1/3", 1],
];
const SPEC_3X3_LABEL: Text = {
  id: "matriks contoh 3×3",
  en: "the 3×3 example matrix",
};

export const FUNCTION_HELP: FunctionHelp[] = [
  {
    name: "AHP.WEIGHTS",
    syntax: "=AHP.WEIGHTS(matrix, [method])",
    description: {
      en: "Priority weights of an AHP pairwise comparison matrix; they sum to 1.",
      id: "Bobot prioritas dari matriks perbandingan berpasangan AHP.",
    },
    page: "ahp-weights",
    example: {
      data: SPEC_3X3,
      dataLabel: SPEC_3X3_LABEL,
      formula: (ref) => `=AHP.WEIGHTS(${ref(0, 0, 2, 2)})`,
      spill: { rows: 3, columns: 1 },
      result: [0.6369855717, 0.2582849944, 0.1047294339],
    },
  },
  {
    name: "AHP.CR",
    syntax: "=AHP.CR(matrix, [method], [ri_table])",
    description: {
      en: "Consistency ratio CR = CI / RI of an AHP matrix; 0.10 or less is acceptable.",
      id: "Rasio konsistensi (CR) matriks perbandingan berpasangan AHP; CR ≤ 0,10 dapat diterima.",
    },
    page: "ahp-cr",
    example: {
      data: SPEC_3X3,
      dataLabel: SPEC_3X3_LABEL,
      formula: (ref) => `=AHP.CR(${ref(0, 0, 2, 2)})`,
      result: [0.033199216],
    },
  },
  {
    name: "AHP.CHECK",
    syntax: "=AHP.CHECK(matrix, [method], [ri_table], [language])",
    description: {
      en: "Consistency check of an AHP matrix: λmax, CI, RI, CR and the verdict, as a labelled table.",
      id: "Uji konsistensi matriks AHP: λmax, CI, RI, CR dan kesimpulannya dalam satu tabel.",
    },
    page: "ahp-check",
    example: {
      data: SPEC_3X3,
      dataLabel: SPEC_3X3_LABEL,
      formula: (ref) => `=AHP.CHECK(${ref(0, 0, 2, 2)})`,
      spill: { rows: 6, columns: 2 },
      result: [3.0385110906, 0.0192555453, 0.58, 0.033199216, "CONSISTENT"],
    },
  },
  {
    name: "AHP.SUGGEST",
    syntax: "=AHP.SUGGEST(matrix, [count], [method], [language])",
    description: {
      en: "The most inconsistent judgements of an AHP matrix and the values that would agree with its weights.",
      id: "Penilaian (judgement) AHP yang paling tidak konsisten dan nilai yang disarankan.",
    },
    page: "ahp-suggest",
    example: {
      data: [
        [1, 2, 4, 3],
        ["=1/2", 1, 3, 2],
        ["=1/4", "=1/3", 1, 4],
        ["=1/3", "=1/2", "=1/4", 1],
      ],
      dataLabel: {
        id: "matriks 4×4 dengan satu penilaian tidak konsisten, a₃₄ = 4",
        en: "a 4×4 matrix with one inconsistent judgement, a₃₄ = 4",
      },
      formula: (ref) => `=AHP.SUGGEST(${ref(0, 0, 3, 3)}, 1)`,
      spill: { rows: 2, columns: 6 },
      result: [3, 4, 4, 1.789093056, 2],
    },
  },
  {
    name: "AHP.COMPLETE",
    syntax: "=AHP.COMPLETE(upper_triangle, [missing])",
    description: {
      en: "Completes a pairwise comparison matrix from its upper triangle by reciprocity.",
      id: "Melengkapi matriks perbandingan berpasangan dari segitiga atasnya (dan mengisi pasangan yang terlewat).",
    },
    page: "ahp-complete",
    example: {
      data: [
        [1, 3, 5],
        [null, 1, 3],
        [null, null, 1],
      ],
      dataLabel: {
        id: "segitiga atas 1, 3, 5 / 1, 3 / 1",
        en: "the upper triangle 1, 3, 5 / 1, 3 / 1",
      },
      formula: (ref) => `=AHP.COMPLETE(${ref(0, 0, 2, 2)})`,
      spill: { rows: 3, columns: 3 },
      result: [1, 1 / 3, 1 / 5],
    },
  },
  {
    name: "AHP.GROUP",
    syntax: "=AHP.GROUP(matrix1, [matrix2], …)",
    description: {
      en: "Group judgement: the element-wise geometric mean (AIJ) of several respondents' matrices.",
      id: "Matriks penilaian kelompok: rata-rata geometrik (AIJ) matriks beberapa responden.",
    },
    page: "ahp-group",
    example: {
      data: [
        [1, 3, 5, null, 1, 5, 7],
        ["=1/3", 1, 3, null, "=1/5", 1, 3],
        ["=1/5", "=1/3", 1, null, "=1/7", "=1/3", 1],
      ],
      dataLabel: { id: "dua responden berdampingan", en: "two respondents side by side" },
      formula: (ref) => `=AHP.GROUP(${ref(0, 0, 2, 2)}, ${ref(0, 4, 2, 6)})`,
      spill: { rows: 3, columns: 3 },
      result: [1, 3.8729833462, 5.9160797831],
    },
  },
  {
    name: "AHP.GLOBAL",
    syntax: "=AHP.GLOBAL(local_weights1, [local_weights2], …)",
    description: {
      en: "Global weights down a hierarchy: the product of the local weights on each leaf's path.",
      id: "Bobot global dalam hierarki: hasil kali bobot lokal di sepanjang jalur setiap KPI.",
    },
    page: "ahp-global",
    example: {
      data: [
        [0.298, 0.338, 0.264],
        [0.298, 0.338, 0.736],
      ],
      dataLabel: {
        id: "bobot lokal stakeholder × faset × KPI (contoh Performance Prism)",
        en: "local weights stakeholder × facet × KPI (the Performance Prism example)",
      },
      formula: (ref) => `=AHP.GLOBAL(${ref(0, 0, 1, 2)})`,
      spill: { rows: 2, columns: 1 },
      result: [0.026591136, 0.074132864],
      digits: 6,
    },
  },
  {
    name: "AHP.RI",
    syntax: "=AHP.RI(n, [ri_table])",
    description: {
      en: "Saaty's random consistency index RI(n) from the chosen table.",
      id: "Indeks acak (Random Index, RI) Saaty untuk n kriteria, menurut tabel yang dipilih.",
    },
    page: "ahp-ri",
    example: { formula: () => "=AHP.RI(5)", result: [1.12], digits: 2 },
  },
  {
    name: "ANP.LIMIT",
    syntax: "=ANP.LIMIT(supermatrix)",
    description: {
      en: "Limit supermatrix of the Analytic Network Process (ANP).",
      id: "Matriks limit (limit supermatrix) Analytic Network Process (ANP).",
    },
    page: "anp-limit",
    example: {
      data: [
        [0.3, 0.2, 0.4],
        [0.1, 0.5, 0.5],
        [0.6, 0.3, 0.1],
      ],
      dataLabel: {
        id: "supermatriks 3×3 yang kolomnya berjumlah 1",
        en: "a 3×3 supermatrix whose columns sum to 1",
      },
      formula: (ref) => `=ANP.LIMIT(${ref(0, 0, 2, 2)})`,
      spill: { rows: 3, columns: 3 },
      result: [10 / 34, 13 / 34, 11 / 34],
    },
  },
  {
    name: "OMAX.LEVELS",
    syntax: "=OMAX.LEVELS(worst, mid, target, [mid_level])",
    description: {
      en: "The eleven OMAX level values L0…L10, interpolated between three anchors.",
      id: "Sebelas nilai level OMAX (L0…L10) yang diinterpolasi dari tiga jangkar.",
    },
    page: "omax-levels",
    example: {
      formula: () => "=OMAX.LEVELS(70, 85, 99)",
      spill: { rows: 1, columns: 11 },
      result: [70, 75, 80, 85, 87, 89, 91, 93, 95, 97, 99],
      digits: 0,
    },
  },
  {
    name: "OMAX.LEVEL",
    syntax: "=OMAX.LEVEL(actual, worst, mid, target, [mid_level], [mode])",
    description: {
      en: "OMAX score (level 0–10) of an actual value against its anchors.",
      id: "Skor OMAX (level 0–10) dari nilai aktual terhadap jangkar-jangkarnya.",
    },
    page: "omax-level",
    example: { formula: () => "=OMAX.LEVEL(92.4, 70, 85, 99)", result: [6], digits: 0 },
  },
  {
    name: "OMAX.INDEX",
    syntax: "=OMAX.INDEX(levels, weights)",
    description: {
      en: "OMAX performance index: the sum of level × weight.",
      id: "Indeks kinerja OMAX: jumlah level × bobot semua KPI.",
    },
    page: "omax-index",
    example: {
      data: [
        [6, 0.6],
        [7, 0.4],
      ],
      dataLabel: { id: "level 6, 7 dan bobot 0,6, 0,4", en: "levels 6, 7 and weights 0.6, 0.4" },
      formula: (ref) => `=OMAX.INDEX(${ref(0, 0, 1, 0)}, ${ref(0, 1, 1, 1)})`,
      result: [6.4],
      digits: 1,
    },
  },
  {
    name: "OMAX.CHANGE",
    syntax: "=OMAX.CHANGE(current, previous, [baseline])",
    description: {
      en: "Change of the performance index against the previous period, as a fraction.",
      id: "Perubahan indeks kinerja terhadap periode sebelumnya, sebagai pecahan.",
    },
    page: "omax-change",
    example: { formula: () => "=OMAX.CHANGE(335, 300)", result: [0.1166666667] },
  },
  {
    name: "KPI.ACHIEVEMENT",
    syntax: "=KPI.ACHIEVEMENT(actual, target, [direction])",
    description: {
      en: "Achievement of a KPI against its target: actual/target, or target/actual when lower is better.",
      id: "Capaian KPI terhadap target: aktual/target, atau target/aktual bila makin rendah makin baik.",
    },
    page: "kpi-achievement",
    example: { formula: () => '=KPI.ACHIEVEMENT(8, 6, "lower")', result: [0.75], digits: 2 },
  },
  {
    name: "TRAFFIC",
    syntax: "=TRAFFIC(value, [green], [yellow])",
    description: {
      en: "Traffic light of an achievement (or any value): GREEN, YELLOW or RED.",
      id: "Lampu lalu lintas dari capaian (atau nilai apa pun): GREEN, YELLOW atau RED.",
    },
    page: "traffic",
    example: { formula: () => "=TRAFFIC(0.97)", result: ["YELLOW"] },
  },
  {
    name: "TRAFFIC.OMAX",
    syntax: "=TRAFFIC.OMAX(level, [green], [yellow])",
    description: {
      en: "Traffic light of an OMAX level: GREEN from 8, YELLOW from 4, RED below.",
      id: "Lampu lalu lintas dari level OMAX: GREEN mulai 8, YELLOW mulai 4, RED di bawahnya.",
    },
    page: "traffic-omax",
    example: { formula: () => "=TRAFFIC.OMAX(7)", result: ["YELLOW"] },
  },
  {
    name: "KPI.CLASSCHECK",
    syntax: "=KPI.CLASSCHECK(weight, priority_class)",
    description: {
      en: "UMKM check of a KPI weight (%) against its priority class: OK, LOW or HIGH.",
      id: "Cek bobot KPI UMKM (%) terhadap kelas prioritasnya: OK, LOW atau HIGH.",
    },
    page: "kpi-classcheck",
    example: { formula: () => '=KPI.CLASSCHECK(12, "Sangat Penting")', result: ["OK"] },
  },
  {
    name: "KPI.WEIGHTCHECK",
    syntax: "=KPI.WEIGHTCHECK(weights, [language])",
    description: {
      en: "UMKM check that KPI weights (%) add up to 100%.",
      id: "Cek apakah bobot KPI UMKM (%) berjumlah 100%.",
    },
    page: "kpi-weightcheck",
    example: {
      data: [[25], [15], [10], [5], [10], [10], [20], [5]],
      dataLabel: {
        id: "bobot Batik 20 Ikan Mas (%)",
        en: "the Batik 20 Ikan Mas weights (%)",
      },
      formula: (ref) => `=KPI.WEIGHTCHECK(${ref(0, 0, 7, 0)})`,
      result: ["OK"],
    },
  },
];

/** A Ref for an example that starts at `origin`. */
export function refFrom(origin: Origin): Ref {
  return (top, left, bottom = top, right = left) =>
    rangeAddress(origin.row + top, origin.col + left, origin.row + bottom, origin.col + right);
}

/** Where the formula goes inside the example: right of the data with one empty column, or first. */
export function formulaOffset(example: FunctionExample): Origin {
  const width = Math.max(0, ...(example.data ?? []).map((row) => row.length));
  return { row: 0, col: example.data ? width + 1 : 0 };
}

/** The example's formula as it reads when the example starts at B2 (for the list). */
export function exampleFormula(
  example: FunctionExample,
  origin: Origin = { row: 1, col: 1 }
): string {
  return example.formula(refFrom(origin));
}

/** Where the example's data sits when it starts at B2: "B2:D4". */
export function exampleDataAddress(
  example: FunctionExample,
  origin: Origin = { row: 1, col: 1 }
): string | null {
  if (!example.data) return null;
  const width = Math.max(...example.data.map((row) => row.length));
  return rangeAddress(
    origin.row,
    origin.col,
    origin.row + example.data.length - 1,
    origin.col + width - 1
  );
}

/** The block "Insert example" writes at `origin`: the data, then the formula with its spill declared. */
export function exampleBlock(example: FunctionExample, origin: Origin): CellBlock {
  const at = formulaOffset(example);
  const data = example.data ?? [];
  const height = Math.max(data.length, at.row + 1);
  const rows: Scalar[][] = Array.from({ length: height }, (_, r) => {
    const row: Scalar[] = (data[r] ?? []).slice();
    while (row.length < at.col + 1) row.push(null);
    return row;
  });
  rows[at.row][at.col] = example.formula(refFrom(origin));
  const spill = example.spill ?? { rows: 1, columns: 1 };
  return {
    rows,
    spills:
      spill.rows > 1 || spill.columns > 1
        ? [{ row: at.row, col: at.col, rows: spill.rows, columns: spill.columns }]
        : undefined,
  };
}

/** Case-insensitive search over name, syntax and both descriptions. */
export function searchFunctions(
  query: string,
  list: readonly FunctionHelp[] = FUNCTION_HELP
): FunctionHelp[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return list.slice();
  return list.filter((fn) => {
    const text = `${fn.name} ${fn.syntax} ${fn.description.en} ${fn.description.id}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
