/**
 * Notes from a case study of a Dynamic Performance Management System at Petrikbike, an SME that
 * converts vehicles to electric (a thesis abstract in ITB's digital library; author and year not
 * printed). Every template's review log takes its help text and the double-loop question from here.
 */
import type { Text } from "../../../sheet/text";

export interface FeedbackLoop {
  id: "R1" | "B1" | "B2" | "R2";
  kind: "reinforcing" | "balancing";
  name: Text;
  description: Text;
}

/**
 * What the review log takes (its help and the double-loop question), and kept for the record the
 * findings behind them, so the next reader can see what the log's columns answer.
 */
export interface DpmsNotes {
  /** Kept for the record: where the notes come from. */
  source: string;
  /** Kept for the record: the case. */
  caseName: Text;
  /** Kept for the record: the four feedback loops the study found. */
  loops: readonly FeedbackLoop[];
  /** Kept for the record: the weaknesses the log's columns guard against (feedback delays, unquestioned assumptions). */
  weaknesses: readonly Text[];
  doubleLoopLearning: Text;
  /** Kept for the record: the review practices the study saw. */
  reviewPractices: readonly Text[];
  reviewLogHelp: Text;
}

export const DPMS_NOTES: DpmsNotes = {
  source: "Dynamic PMS at Petrikbike, thesis abstract (ITB)",
  caseName: {
    id: "Petrikbike (UKM konversi kendaraan listrik dan perakitan baterai), 2021–2025",
    en: "Petrikbike (SME converting vehicles to electric and assembling batteries), 2021–2025",
  },
  loops: [
    {
      id: "R1",
      kind: "reinforcing",
      name: { id: "Responsivitas Sistem", en: "System Responsiveness" },
      description: {
        id: "Dashboard ERP mempercepat pengambilan keputusan dan meningkatkan transparansi.",
        en: "The ERP dashboard speeds up decisions and increases transparency.",
      },
    },
    {
      id: "B1",
      kind: "balancing",
      name: { id: "Manajemen Kapasitas", en: "Capacity Management" },
      description: {
        id: "Pelatihan reaktif menstabilkan operasional saat terjadi gangguan; lemah bila pelatihan terlambat.",
        en: "Reactive training stabilises operations during disruptions; weak when training comes late.",
      },
    },
    {
      id: "B2",
      kind: "balancing",
      name: { id: "Beban Inovasi", en: "Innovation Load" },
      description: {
        id: "Inovasi berbasis permintaan pelanggan memperkuat daya saing, tetapi membebani tim litbang (R&D).",
        en: "Customer-driven innovation strengthens competitiveness but overloads the R&D team.",
      },
    },
    {
      id: "R2",
      kind: "reinforcing",
      name: { id: "Penyelarasan Strategis", en: "Strategic Alignment" },
      description: {
        id: "Data dan dashboard ERP yang transparan menyelaraskan keputusan dengan tujuan strategis.",
        en: "Transparent ERP data and dashboards keep decisions aligned with strategic goals.",
      },
    },
  ],
  weaknesses: [
    {
      id: "Keterlambatan dalam pelatihan dan siklus umpan balik.",
      en: "Delays in training and in feedback cycles.",
    },
    {
      id: "Beban kerja yang tinggi pada tim litbang (R&D).",
      en: "A high workload on the R&D team.",
    },
    {
      id: "Ketergantungan berlebihan pada KPI kuantitatif yang mengaburkan aspek kualitatif pembelajaran.",
      en: "Over-reliance on quantitative KPIs, which obscures the qualitative side of learning.",
    },
    {
      id: "Asumsi-asumsi yang tidak pernah dipertanyakan.",
      en: "Assumptions that were never questioned.",
    },
  ],
  doubleLoopLearning: {
    id:
      "Double-loop learning: bukan hanya tindakan korektif rutin, tetapi meninjau ulang model mental, asumsi " +
      "dan target yang mendasari keputusan.",
    en:
      "Double-loop learning: not just routine corrective action, but revisiting the mental models, assumptions " +
      "and targets behind decisions.",
  },
  reviewPractices: [
    { id: "Evaluasi tim secara berkala.", en: "Periodic team evaluations." },
    { id: "Diskusi lintas fungsi.", en: "Cross-functional discussions." },
    {
      id: "Pemanfaatan data ERP (umpan balik waktu nyata).",
      en: "Use of ERP data (real-time feedback).",
    },
  ],
  reviewLogHelp: {
    id:
      "Catat tiap tinjauan: temuan, tindakan, dan apakah asumsi atau target yang mendasarinya ikut dipertanyakan " +
      "(double-loop learning). Waspadai keterlambatan umpan balik dan jangan hanya bergantung pada angka KPI.",
    en:
      "Log each review: finding, action, and whether an underlying assumption or target was questioned " +
      "(double-loop learning). Watch for feedback delays and do not rely on KPI numbers alone.",
  },
};
