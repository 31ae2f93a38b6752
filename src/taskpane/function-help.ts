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
import type { Scalar } from "../sheet/plan";
import type { Text } from "../sheet/text";
import { rangeAddress } from "../sheet/a1";
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

const DECISION_DATA: Scalar[][] = [
  [0.5, 7, 5, 9],
  [0.3, 6, 8, 4],
  [0.2, 8, 4, 6],
];
const DECISION_LABEL: Text = {
  id: "bobot 3 kriteria dan skor 3 alternatif",
  en: "three criteria's weights and three alternatives' scores",
};
const THREE_RESPONDENTS: Scalar[][] = [
  [1, 3, 5, null, 1, "=1/2", 3, null, 1, 5, 7],
  ["=1/3", 1, 3, null, 2, 1, 4, null, "=1/5", 1, 2],
  ["=1/5", "=1/3", 1, null, "=1/3", "=1/4", 1, null, "=1/7", "=1/2", 1],
];
const THREE_RESPONDENTS_LABEL: Text = {
  id: "tiga responden berdampingan",
  en: "three respondents side by side",
};

export const FUNCTION_HELP: FunctionHelp[] = [
  {
    name: "AHP.WEIGHTS",
    syntax: "=AHP.WEIGHTS(matrix, [method], [mode])",
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
    syntax: "=ANP.LIMIT(supermatrix, [method])",
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
    syntax: "=TRAFFIC(value, [green], [yellow], [language])",
    description: {
      en: "Traffic light of an achievement (or any value): GREEN, YELLOW or RED.",
      id: "Lampu lalu lintas dari capaian (atau nilai apa pun): GREEN, YELLOW atau RED (dalam Bahasa Indonesia HIJAU, KUNING atau MERAH).",
    },
    page: "traffic",
    example: { formula: () => "=TRAFFIC(0.97)", result: ["YELLOW"] },
  },
  {
    name: "TRAFFIC.OMAX",
    syntax: "=TRAFFIC.OMAX(level, [green], [yellow], [language])",
    description: {
      en: "Traffic light of an OMAX level: GREEN from 8, YELLOW from 4, RED below.",
      id: "Lampu lalu lintas dari level OMAX: HIJAU mulai 8, KUNING mulai 4, MERAH di bawahnya.",
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
  {
    name: "AHP.SENSITIVITY",
    syntax: "=AHP.SENSITIVITY(weights, scores, [criterion], [steps], [language])",
    description: {
      en: "One-way sensitivity: the totals of the alternatives as one weight moves from 0 to its full total, the others in proportion.",
      id: "Analisis sensitivitas satu arah: total tiap alternatif saat satu bobot bergerak dari 0 sampai penuh.",
    },
    page: "ahp-sensitivity",
    example: {
      data: DECISION_DATA,
      dataLabel: DECISION_LABEL,
      formula: (ref) => `=AHP.SENSITIVITY(${ref(0, 0, 2, 0)}, ${ref(0, 1, 2, 3)}, 1, 4)`,
      spill: { rows: 6, columns: 4 },
      result: [6.6, 6.4, 4.8, 7, 6, 8],
    },
  },
  {
    name: "AHP.CRITICAL",
    syntax: "=AHP.CRITICAL(weights, scores, [green], [yellow], [language])",
    description: {
      en: "For each weight, the smallest change that alters the ranking of the alternatives, or a scorecard's traffic light.",
      id: "Perubahan bobot terkecil yang mengubah peringkat alternatif atau status HIJAU/KUNING/MERAH scorecard.",
    },
    page: "ahp-critical",
    example: {
      data: DECISION_DATA,
      dataLabel: DECISION_LABEL,
      formula: (ref) => `=AHP.CRITICAL(${ref(0, 0, 2, 0)}, ${ref(0, 1, 2, 3)})`,
      spill: { rows: 4, columns: 5 },
      result: [4 / 9, "alternatives 2 and 3 swap", 1 / 3, 1 / 9],
    },
  },
  {
    name: "AHP.UNCERTAINTY",
    syntax: "=AHP.UNCERTAINTY(matrix, [spread], [trials], [seed], [method], [language])",
    description: {
      en: "Monte-Carlo uncertainty of AHP weights: judgements moved at random within a spread, seeded so every run is the same.",
      id: "Ketidakpastian bobot AHP: penilaian digeser acak dalam rentang tertentu, dengan bilangan acak tetap sehingga setiap hitungan sama.",
    },
    page: "ahp-uncertainty",
    example: {
      data: SPEC_3X3,
      dataLabel: SPEC_3X3_LABEL,
      formula: (ref) => `=AHP.UNCERTAINTY(${ref(0, 0, 2, 2)}, 2, 1000, 42)`,
      spill: { rows: 6, columns: 5 },
      result: [0.636344508664, 0.521391779405, 0.741530355858],
    },
  },
  {
    name: "AHP.SCALE",
    syntax: "=AHP.SCALE(matrix, scale)",
    description: {
      en: "The judgements of an AHP matrix read on another published scale (balanced, logarithmic, geometric, …).",
      id: "Penilaian matriks AHP dibaca pada skala lain yang dipublikasikan (seimbang, logaritmik, geometrik, …).",
    },
    page: "ahp-scale",
    example: {
      data: SPEC_3X3,
      dataLabel: SPEC_3X3_LABEL,
      formula: (ref) => `=AHP.SCALE(${ref(0, 0, 2, 2)}, "balanced")`,
      spill: { rows: 3, columns: 3 },
      result: [1, 1.5, 7 / 3],
    },
  },
  {
    name: "AHP.TRIADS",
    syntax: "=AHP.TRIADS(matrix, [names], [language])",
    description: {
      en: "Ordinal inconsistency: the intransitive triads of an AHP matrix (A over B, B over C, but C over A), counted and named.",
      id: "Inkonsistensi ordinal: triad yang tidak transitif (A > B, B > C, tetapi C > A), dihitung dan disebutkan.",
    },
    page: "ahp-triads",
    example: {
      data: [
        [1, 3, "=1/2"],
        [null, 1, 3],
        [null, null, 1],
      ],
      dataLabel: { id: "matriks 3×3 yang berputar", en: "a 3×3 matrix that goes round" },
      formula: (ref) => `=AHP.TRIADS(${ref(0, 0, 2, 2)})`,
      spill: { rows: 2, columns: 2 },
      result: [1, "1 > 2 > 3 > 1"],
    },
  },
  {
    name: "AHP.GCI",
    syntax: "=AHP.GCI(matrix)",
    description: {
      en: "Geometric consistency index (GCI) of an AHP matrix, for geometric-mean weights; acceptable up to 0.31 (n = 3), 0.35 (n = 4), 0.37 (n > 4).",
      id: "Indeks konsistensi geometrik (GCI) untuk bobot rata-rata geometrik; ambang 0,31 (n = 3), 0,35 (n = 4), 0,37 (n > 4).",
    },
    page: "ahp-gci",
    example: {
      data: SPEC_3X3,
      dataLabel: SPEC_3X3_LABEL,
      formula: (ref) => `=AHP.GCI(${ref(0, 0, 2, 2)})`,
      result: [0.1151643878],
    },
  },
  {
    name: "AHP.COMPATIBILITY",
    syntax: "=AHP.COMPATIBILITY(matrix, weights)",
    description: {
      en: "Saaty's compatibility index of a respondent's matrix with a priority vector (e.g. the group's weights): 1 is full agreement, up to 1.1 acceptable.",
      id: "Indeks kompatibilitas Saaty antara matriks seorang responden dan vektor prioritas (mis. bobot kelompok).",
    },
    page: "ahp-compatibility",
    example: {
      data: [
        [1, 3, 5, 0.574037],
        ["=1/3", 1, 3, 0.311359],
        ["=1/5", "=1/3", 1, 0.114604],
      ],
      dataLabel: {
        id: "matriks responden dan bobot kelompok",
        en: "a respondent's matrix and the group's weights",
      },
      formula: (ref) => `=AHP.COMPATIBILITY(${ref(0, 0, 2, 2)}, ${ref(0, 3, 2, 3)})`,
      digits: 4,
      result: [1.0279553936],
    },
  },
  {
    name: "AHP.CONSENSUS",
    syntax: "=AHP.CONSENSUS(matrix1, [matrix2], …)",
    description: {
      en: "Goepel's AHP consensus indicator S* of several respondents' matrices: 0 (none) to 1 (full agreement).",
      id: "Indikator konsensus AHP Goepel (S*) dari matriks beberapa responden: 0 (tidak ada) sampai 1 (sepakat penuh).",
    },
    page: "ahp-consensus",
    example: {
      data: THREE_RESPONDENTS,
      dataLabel: THREE_RESPONDENTS_LABEL,
      formula: (ref) =>
        `=AHP.CONSENSUS(${ref(0, 0, 2, 2)}, ${ref(0, 4, 2, 6)}, ${ref(0, 8, 2, 10)})`,
      result: [0.8219213275],
    },
  },
  {
    name: "AHP.RESPONDENTS",
    syntax: "=AHP.RESPONDENTS(max_cr, language, matrix1, [matrix2], …)",
    description: {
      en: "Respondents of a group: each one's CR, compatibility and weights; the group from those with CR ≤ max_cr, the spread of their weights and their consensus.",
      id: "Responden kelompok: CR, kompatibilitas dan bobot tiap responden; bobot kelompok dari yang CR-nya memenuhi, sebaran dan konsensus.",
    },
    page: "ahp-respondents",
    example: {
      data: THREE_RESPONDENTS,
      dataLabel: THREE_RESPONDENTS_LABEL,
      formula: (ref) =>
        `=AHP.RESPONDENTS(0.1, "en", ${ref(0, 0, 2, 2)}, ${ref(0, 4, 2, 6)}, ${ref(0, 8, 2, 10)})`,
      spill: { rows: 11, columns: 7 },
      result: [0.033199216, 0.8219213275, "high"],
    },
  },
  {
    name: "ANP.WEIGHTED",
    syntax: "=ANP.WEIGHTED(unweighted, cluster_matrix, clusters)",
    description: {
      en: "Weighted ANP supermatrix: the unweighted supermatrix's blocks times the cluster weights, each column renormalised to sum 1.",
      id: "Supermatriks berbobot ANP: blok supermatriks tak berbobot dikali bobot klaster, tiap kolom dinormalkan.",
    },
    page: "anp-weighted",
    example: {
      data: [
        [0, 0.25, 0.6, null, 0.5, 0.2, null, 1],
        [1, 0.75, 0.4, null, 0.5, 0.8, null, 1],
        [1, 1, 0, null, null, null, null, 2],
      ],
      dataLabel: {
        id: "supermatriks tak berbobot, bobot klaster, klaster tiap simpul",
        en: "unweighted supermatrix, cluster weights, each node's cluster",
      },
      formula: (ref) => `=ANP.WEIGHTED(${ref(0, 0, 2, 2)}, ${ref(0, 4, 1, 5)}, ${ref(0, 7, 2, 7)})`,
      spill: { rows: 3, columns: 3 },
      result: [0, 0.125, 0.6, 0.5, 0.375, 0.4],
    },
  },
  {
    name: "AHP.HIERARCHY",
    syntax: "=AHP.HIERARCHY(items, parents, local_weights, [mode])",
    description: {
      en: "Global weights from a parent–child table: leaves at any depth, an item under several parents summed over its paths.",
      id: "Bobot global dari tabel induk–anak: daun pada kedalaman berbeda, item di bawah beberapa induk dijumlahkan.",
    },
    page: "ahp-hierarchy",
    example: {
      data: [
        ["Financial", null, 0.4],
        ["Customer", null, 0.6],
        ["Revenue", "Financial", 0.7],
        ["Cost", "Financial", 0.3],
        ["Satisfaction", "Customer", 0.5],
        ["Cost", "Customer", 0.5],
        ["Energy", "Cost", 0.25],
        ["Waste", "Cost", 0.75],
      ],
      dataLabel: { id: "tabel induk–anak", en: "a parent–child table" },
      formula: (ref) =>
        `=AHP.HIERARCHY(${ref(0, 0, 7, 0)}, ${ref(0, 1, 7, 1)}, ${ref(0, 2, 7, 2)})`,
      spill: { rows: 4, columns: 2 },
      result: ["Revenue", 0.28, "Satisfaction", 0.3, "Energy", 0.105, "Waste", 0.315],
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
