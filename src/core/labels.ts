/**
 * The words the labelled results show (AHP.CHECK, KPI.WEIGHTCHECK; AHP.SUGGEST's and the decision
 * tables' are in decision-labels.ts), in English (the default) and Bahasa Indonesia, chosen by their optional
 * `language` argument. Values stay numbers;
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
  weightSum: (total: string) => string;
  fractionsHint: string;
  /** The traffic-light statuses as TRAFFIC returns them (docs/methods.md §4.3). */
  status: Record<"GREEN" | "YELLOW" | "RED", string>;
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
    weightSum: (total) => `SUM ${total}% ≠ 100%`,
    fractionsHint: "the weights look like fractions: type 25 for 25%",
    status: { GREEN: "GREEN", YELLOW: "YELLOW", RED: "RED" },
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
    weightSum: (total) => `JUMLAH ${total}% ≠ 100%`,
    fractionsHint: "bobot tampak seperti pecahan: ketik 25 untuk 25%",
    status: { GREEN: "HIJAU", YELLOW: "KUNING", RED: "MERAH" },
  },
};
