/**
 * The words the labelled results show (AHP.CHECK, AHP.SUGGEST, KPI.WEIGHTCHECK and the decision
 * tables: AHP.SENSITIVITY, AHP.CRITICAL, AHP.UNCERTAINTY, AHP.TRIADS, AHP.RESPONDENTS), in English (the
 * default) and Bahasa Indonesia, chosen by their optional `language` argument. Values stay numbers;
 * TRAFFIC's GREEN / YELLOW / RED are not here: they are stable codes in every language (spec §4.3).
 * In the core because both the functions and the templates (which lay out a check's rows) read them.
 */
export type OutputLanguage = "en" | "id";
export const OUTPUT_LANGUAGES: readonly OutputLanguage[] = ["en", "id"];

export interface OutputLabels {
  lambdaMax: (method: string) => string;
  ri: (table: string) => string;
  verdict: string;
  consistent: string;
  inconsistent: string;
  unknown: string;
  outsideScale: string;
  /** "row 1, column 2" */
  cell: (row: number, col: number) => string;
  suggestHeader: string[];
  weightSum: (total: string) => string;
  fractionsHint: string;
  /** Decision-analysis tables (AHP.SENSITIVITY, AHP.CRITICAL, AHP.UNCERTAINTY, AHP.TRIADS, AHP.RESPONDENTS). */
  criterion: (k: number) => string;
  alternative: (a: number) => string;
  total: string;
  weightOf: (k: number) => string;
  criticalHeader: string[];
  swap: (a: number, b: number) => string;
  status: Record<"GREEN" | "YELLOW" | "RED", string>;
  noneIn: (total: string) => string;
  uncertaintyHeader: string[];
  sameOrder: string;
  procedure: string;
  triads: string;
  triad: (k: number) => string;
  respondentsHeader: string[];
  yes: string;
  no: string;
  group: string;
  spreadRows: string[];
  consensus: string;
  bands: Record<"very low" | "low" | "moderate" | "high" | "very high", string>;
  leftOut: string;
  nobody: string;
}

export const OUTPUT_LABELS: Readonly<Record<OutputLanguage, OutputLabels>> = {
  en: {
    lambdaMax: (method) => `λmax (${method} weights)`,
    ri: (table) => `RI (${table})`,
    verdict: "Verdict (CR ≤ 0.10)",
    consistent: "CONSISTENT",
    inconsistent: "INCONSISTENT",
    unknown: "UNKNOWN",
    outsideScale: "Judgements outside 1/9…9",
    cell: (row, col) => `row ${row}, column ${col}`,
    suggestHeader: ["Row", "Column", "Current", "Suggested", "Saaty scale", "Deviation"],
    weightSum: (total) => `SUM ${total}% ≠ 100%`,
    fractionsHint: "the weights look like fractions: type 25 for 25%",
    criterion: (k) => `Criterion ${k}`,
    alternative: (a) => `Alternative ${a}`,
    total: "Total",
    weightOf: (k) => `Weight of criterion ${k}`,
    criticalHeader: ["Criterion", "Weight", "Critical weight", "Change", "What changes"],
    swap: (a, b) => `alternatives ${a} and ${b} swap`,
    status: { GREEN: "GREEN", YELLOW: "YELLOW", RED: "RED" },
    noneIn: (total) => `none in [0, ${total}]`,
    uncertaintyHeader: ["Criterion", "Weight", "Mean", "5 %", "95 %"],
    sameOrder: "Same order",
    procedure: "Procedure",
    triads: "Intransitive triads",
    triad: (k) => `Triad ${k}`,
    respondentsHeader: ["Respondent", "CR", "Compatibility", "Included"],
    yes: "YES",
    no: "NO",
    group: "Group",
    spreadRows: ["Mean", "SD", "Min", "Max"],
    consensus: "Consensus S*",
    bands: {
      "very low": "very low",
      low: "low",
      moderate: "moderate",
      high: "high",
      "very high": "very high",
    },
    leftOut: "Left out (CR above max_cr)",
    nobody: "none",
  },
  id: {
    lambdaMax: (method) => `λmax (bobot ${method})`,
    ri: (table) => `RI (${table})`,
    verdict: "Kesimpulan (CR ≤ 0,10)",
    consistent: "KONSISTEN",
    inconsistent: "TIDAK KONSISTEN",
    unknown: "TIDAK DIKETAHUI",
    outsideScale: "Penilaian di luar 1/9…9",
    cell: (row, col) => `baris ${row}, kolom ${col}`,
    suggestHeader: ["Baris", "Kolom", "Saat ini", "Saran", "Skala Saaty", "Deviasi"],
    weightSum: (total) => `JUMLAH ${total}% ≠ 100%`,
    fractionsHint: "bobot tampak seperti pecahan: ketik 25 untuk 25%",
    criterion: (k) => `Kriteria ${k}`,
    alternative: (a) => `Alternatif ${a}`,
    total: "Total",
    weightOf: (k) => `Bobot kriteria ${k}`,
    criticalHeader: ["Kriteria", "Bobot", "Bobot kritis", "Perubahan", "Yang berubah"],
    swap: (a, b) => `alternatif ${a} dan ${b} bertukar`,
    status: { GREEN: "HIJAU", YELLOW: "KUNING", RED: "MERAH" },
    noneIn: (total) => `tidak ada di [0, ${total.replace(".", ",")}]`,
    uncertaintyHeader: ["Kriteria", "Bobot", "Rata-rata", "5 %", "95 %"],
    sameOrder: "Urutan sama",
    procedure: "Prosedur",
    triads: "Triad tidak transitif",
    triad: (k) => `Triad ${k}`,
    respondentsHeader: ["Responden", "CR", "Kompatibilitas", "Diikutkan"],
    yes: "YA",
    no: "TIDAK",
    group: "Kelompok",
    spreadRows: ["Rata-rata", "SD", "Min", "Maks"],
    consensus: "Konsensus S*",
    bands: {
      "very low": "sangat rendah",
      low: "rendah",
      moderate: "sedang",
      high: "tinggi",
      "very high": "sangat tinggi",
    },
    leftOut: "Tidak diikutkan (CR di atas max_cr)",
    nobody: "tidak ada",
  },
};
