/** The labels several templates share, in both languages, and the words their formulas take. */
import type { Lang } from "../sheet/plan";
import { t, type Text } from "../sheet/text";
import { DIRECTION_WORDS } from "./data/vocabulary";

/** Labels shared by several templates. */
export const L = {
  number: { id: "No", en: "No" },
  code: { id: "Kode", en: "Code" },
  kpi: { id: "KPI", en: "KPI" },
  /** The prompt of an empty KPI-name cell: shown while it is selected, not typed in it. */
  kpiNamePrompt: {
    id: "Ketik nama KPI (mis. Penjualan bulanan)",
    en: "Type the KPI's name (e.g. Monthly sales)",
  },
  objective: { id: "Sasaran strategis", en: "Strategic objective" },
  perspective: { id: "Perspektif", en: "Perspective" },
  stakeholder: { id: "Stakeholder", en: "Stakeholder" },
  facet: { id: "Faset", en: "Facet" },
  group: { id: "Kelompok", en: "Group" },
  unit: { id: "Satuan", en: "Unit" },
  direction: { id: "Arah", en: "Direction" },
  target: { id: "Target", en: "Target" },
  period: { id: "Periode", en: "Period" },
  actual: { id: "Realisasi", en: "Actual" },
  achievement: { id: "Pencapaian", en: "Achievement" },
  status: { id: "Status", en: "Status" },
  weight: { id: "Bobot", en: "Weight" },
  weightPct: { id: "Bobot (%)", en: "Weight (%)" },
  localWeight: { id: "Bobot lokal", en: "Local weight" },
  globalWeight: { id: "Bobot global", en: "Global weight" },
  level: { id: "Level OMAX", en: "OMAX level" },
  score: { id: "Skor", en: "Score" },
  weightedScore: { id: "Skor tertimbang", en: "Weighted score" },
  worst: { id: "Terburuk (L0)", en: "Worst (L0)" },
  baseline: { id: "Dasar (L3)", en: "Baseline (L3)" },
  minimumTarget: { id: "Target minimum (L8)", en: "Minimum target (L8)" },
  optimum: { id: "Target optimum (L10)", en: "Optimum target (L10)" },
  targetL10: { id: "Target (L10)", en: "Target (L10)" },
  rankKey: { id: "Kunci urut (bantu)", en: "Sort key (helper)" },
  total: { id: "Total", en: "Total" },
  index: { id: "Indeks kinerja", en: "Performance index" },
  check: { id: "Cek", en: "Check" },
  selectedPeriod: { id: "Periode terpilih", en: "Selected period" },
  periodNumber: { id: "Nomor periode", en: "Period number" },
  higher: DIRECTION_WORDS.higher,
  lower: DIRECTION_WORDS.lower,
  green: { id: "Hijau", en: "Green" },
  yellow: { id: "Kuning", en: "Yellow" },
  red: { id: "Merah", en: "Red" },
  yes: { id: "Ya", en: "Yes" },
  no: { id: "Tidak", en: "No" },
  pairwiseComparisons: { id: "Perbandingan berpasangan (AHP)", en: "Pairwise comparisons (AHP)" },
} satisfies Record<string, Text>;

/**
 * The trailing language argument of AHP.CHECK, AHP.SUGGEST and KPI.WEIGHTCHECK: `,"id"` on an
 * Indonesian sheet (labels and verdicts in Bahasa Indonesia), nothing on an English one (the default).
 */
export function languageArgument(lang: Lang): string {
  return lang === "id" ? ',"id"' : "";
}

/** The direction word a cell holds (KPI.ACHIEVEMENT reads both languages). */
export function directionWord(lang: Lang, direction: "higher" | "lower"): string {
  return t(lang, direction === "higher" ? L.higher : L.lower);
}
