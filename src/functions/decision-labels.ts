/**
 * The words of AHP.SUGGEST's and the decision-analysis tables (AHP.SENSITIVITY, AHP.CRITICAL,
 * AHP.UNCERTAINTY, AHP.TRIADS, AHP.RESPONDENTS), in English (the default) and Bahasa Indonesia, as src/core/labels.ts
 * holds the others' words. Apart from those because they load with on-demand.ts, on the first call.
 */
import { OUTPUT_LABELS, type OutputLanguage } from "../core";

export interface DecisionLabels {
  suggestHeader: string[];
  criterion: (k: number) => string;
  alternative: (a: number) => string;
  total: string;
  weightOf: (k: number) => string;
  criticalHeader: string[];
  swap: (a: number, b: number) => string;
  /** The statuses, as TRAFFIC writes them (src/core/labels.ts). */
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

export const DECISION_LABELS: Readonly<Record<OutputLanguage, DecisionLabels>> = {
  en: {
    suggestHeader: ["Row", "Column", "Current", "Suggested", "Saaty scale", "Deviation"],
    criterion: (k) => `Criterion ${k}`,
    alternative: (a) => `Alternative ${a}`,
    total: "Total",
    weightOf: (k) => `Weight of criterion ${k}`,
    criticalHeader: ["Criterion", "Weight", "Critical weight", "Change", "What changes"],
    swap: (a, b) => `alternatives ${a} and ${b} swap`,
    status: OUTPUT_LABELS.en.status,
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
    suggestHeader: ["Baris", "Kolom", "Saat ini", "Saran", "Skala Saaty", "Deviasi"],
    criterion: (k) => `Kriteria ${k}`,
    alternative: (a) => `Alternatif ${a}`,
    total: "Total",
    weightOf: (k) => `Bobot kriteria ${k}`,
    criticalHeader: ["Kriteria", "Bobot", "Bobot kritis", "Perubahan", "Yang berubah"],
    swap: (a, b) => `alternatif ${a} dan ${b} bertukar`,
    status: OUTPUT_LABELS.id.status,
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
