/**
 * The Balanced Scorecard's filled example: the Parts Logistics & Warehouse section of PT X, from
 * Ithrisa, Y. A. (2020), "Model Balanced Scorecard untuk mengukur kinerja bagian Parts Logistics dan
 * Warehouse (studi kasus: PT X)", thesis proposal, Institut Teknologi Sepuluh Nopember: §2.4, BAB 3,
 * BAB 4 §4.1.
 */
import { CASE_NAMES } from "../case-names";
import type { Text } from "../../../sheet/text";
import { PERSPECTIVES, type Perspective, type Unit } from "../vocabulary";

export interface BscKpi {
  /** F1…, C1…, B1…, L1…: the editor's, in order within each perspective (the document gives none). */
  code: string;
  perspective: Perspective;
  name: Text;
  unit: Unit;
  /** Kept for the record: the same KPI in the catalogue (the catalogue test checks it exists). */
  catalogueId: string;
}

/** A cause→effect link between two strategic objectives (by objective id). */
export interface StrategyLink {
  from: string;
  to: string;
}

export interface BscObjective {
  id: string;
  perspective: Perspective;
  name: Text;
}

/** A questionnaire row "left 9 … 1 … 9 right" (spec §1.1). */
export interface PairwiseRow {
  left: string;
  right: string;
}

export interface BscQuestionnaire {
  method: "AHP" | "ANP";
  software?: string;
  /** The printed scale, left to right. */
  scale: readonly number[];
  respondent: Text;
  leftMeaning: Text;
  equalMeaning: Text;
  rightMeaning: Text;
  /** Rows printed in the document. */
  documentedRows: readonly PairwiseRow[];
  /** What the document says about which pairs are asked at which level. */
  pairsNote: Text;
}

export interface BscExample {
  /** Kept for the record: where in the document to check the example. */
  source: string;
  caseName: Text;
  /** Kept for the record: how complete the case is in the document, so why the example illustrates the rest. */
  status: Text;
  /**
   * Kept for the record: Kaplan & Norton's question per perspective, as the document quotes it (a
   * candidate for the sheet's help; no sheet shows it yet).
   */
  guidingQuestions: Readonly<Record<Perspective, Text>>;
  /**
   * Kept for the record: the initial design proposed to management (counts only; the table itself
   * is empty in the text), which is why the example has ten KPIs, not eighteen.
   */
  initialProposal: {
    totalKpis: number;
    fromLiterature: number;
    fromCompanyDocuments: number;
    table: string;
  };
  kpis: readonly BscKpi[];
  /**
   * Kept for the record: the document's ANP questionnaire, which the example's AHP note refers to
   * (it prints the form but no judgements).
   */
  questionnaire: BscQuestionnaire;
  /** Kept for the record: what else the document says about weighting and interpretation. */
  notes: readonly Text[];
}

export const BSC_EXAMPLE: BscExample = {
  source: "Ithrisa 2020, §2.4, BAB 3, BAB 4 §4.1 (Tabel 9, Gambar 3/4 Strategy Map)",
  caseName: CASE_NAMES.bsc,
  status: {
    id:
      'Proposal tesis: BAB 4 belum diisi ("F1: …. o F2: … dst"), Tabel 9 dan strategy map tidak ada di teks. ' +
      "KPI di bawah adalah contoh metrik per perspektif dari §2.4, kodenya diberikan editor; sasaran strategis, " +
      "target dan hubungan sebab-akibat tidak tersedia.",
    en:
      'Thesis proposal: BAB 4 is a placeholder ("F1: …. o F2: … dst"); Tabel 9 and the strategy map are not in the ' +
      "text. The KPIs below are the example metrics per perspective from §2.4 with codes assigned by the editor; " +
      "strategic objectives, targets and cause→effect links are not available.",
  },
  // §2.4 — Kaplan & Norton's questions (quoted in English in the document)
  guidingQuestions: {
    financial: {
      id: "Langkah keuangan apa yang diperlukan untuk memastikan strategi perusahaan terlaksana?",
      // printed "excecution"
      en: "What financial steps are necessary to ensure the execution of the company strategy?",
    },
    customer: {
      id: "Siapa pelanggan sasaran perusahaan, dan apa proposisi nilai perusahaan dalam melayani mereka?",
      en: "Who are the company’s targeted customers, and what is the company’s value proposition in serving them?",
    },
    internal: {
      id: "Untuk memuaskan pelanggan dan pemegang saham, proses apa yang harus diunggulkan perusahaan?",
      en: "To satisfy customers and shareholders, at what process must the company excel?",
    },
    learning: {
      id: "Kemampuan dan alat apa yang dibutuhkan karyawan untuk membantu menjalankan strategi perusahaan?",
      en: "What capabilities and tools do employees require to help them execute company strategy?",
    },
  },
  // §4.1.1 d — initial design: 18 KPIs (12 from literature, 6 from company documents); Tabel 9 is empty
  initialProposal: {
    totalKpis: 18,
    fromLiterature: 12,
    fromCompanyDocuments: 6,
    table: "Tabel 9 Usulan KPI Parts Logistic dan Warehouse PT X",
  },
  // §2.4 — example metrics per perspective; codes assigned in order within each perspective by the editor
  kpis: [
    {
      code: "F1",
      perspective: "financial",
      name: { id: "Biaya manufaktur", en: "Manufacturing cost" },
      unit: "Rp",
      catalogueId: "bsc-manufacturing-cost",
    },
    {
      code: "F2",
      perspective: "financial",
      name: { id: "Biaya pergudangan", en: "Warehousing cost" },
      unit: "Rp",
      catalogueId: "bsc-warehousing-cost",
    },
    {
      code: "F3",
      perspective: "financial",
      name: { id: "Biaya transportasi", en: "Transportation cost" },
      unit: "Rp",
      catalogueId: "bsc-transportation-cost",
    },
    {
      code: "C1",
      perspective: "customer",
      name: { id: "Tingkat pemenuhan (fill rate)", en: "Fill rate" },
      unit: "%",
      catalogueId: "bsc-fill-rate",
    },
    {
      code: "C2",
      perspective: "customer",
      name: { id: "Tingkat pesanan tertunda (backorder)", en: "Backorder level" },
      unit: "jumlah",
      catalogueId: "bsc-backorder-level",
    },
    {
      code: "C3",
      perspective: "customer",
      name: { id: "Pengiriman tepat waktu", en: "On-time delivery" },
      unit: "%",
      catalogueId: "bsc-on-time-delivery",
    },
    {
      code: "B1",
      perspective: "internal",
      name: { id: "Kesalahan peramalan", en: "Forecast error" },
      unit: "%",
      catalogueId: "bsc-forecast-error",
    },
    {
      code: "L1",
      perspective: "learning",
      name: { id: "Training Center (pelatihan)", en: "Training centre" },
      unit: "jumlah",
      catalogueId: "bsc-training-center",
    },
    {
      code: "L2",
      perspective: "learning",
      name: { id: "Sertifikasi", en: "Certification" },
      unit: "jumlah",
      catalogueId: "bsc-certification",
    },
    {
      code: "L3",
      perspective: "learning",
      name: { id: "Outbound", en: "Outbound (team-building training)" },
      unit: "jumlah",
      catalogueId: "bsc-outbound",
    },
  ],
  // §4.1.2 Pembobotan Kriteria — questionnaire form
  questionnaire: {
    method: "ANP",
    software: "Super Decisions",
    scale: [9, 8, 7, 6, 5, 4, 3, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    respondent: {
      id: "Responden yang dianggap ahli dalam strategi, penilaian dan keputusan terkait logistik dan warehouse",
      en: "A respondent regarded as expert in logistics & warehouse strategy, assessment and decisions",
    },
    leftMeaning: {
      id: "Skala ke kiri dipilih jika kriteria sebelah kiri lebih penting daripada kriteria sebelah kanan.",
      en: "Tick on the left when the left criterion is more important than the right one.",
    },
    equalMeaning: {
      id: "Nilai 1: kriteria kiri dan kanan sama penting.",
      en: "1: the left and right criteria are equally important.",
    },
    rightMeaning: {
      id: "Skala ke kanan dipilih jika kriteria sebelah kanan lebih penting daripada kriteria sebelah kiri.",
      en: "Tick on the right when the right criterion is more important than the left one.",
    },
    documentedRows: [{ left: "C1", right: "F1" }],
    pairsNote: {
      id:
        "Dokumen hanya mencetak satu baris contoh (C1 vs F1, pasangan KPI lintas perspektif) dan menyebut " +
        'kuesioner ANP "untuk menentukan keterkaitan antar KPI"; pasangan mana yang ditanyakan di level mana ' +
        "tidak dirinci.",
      en:
        "The document prints one example row (C1 vs F1, a cross-perspective KPI pair) and says the ANP " +
        'questionnaire is "to determine the interrelations between KPIs"; which pairs are asked at which level ' +
        "is not specified.",
    },
  },
  notes: [
    {
      id: "Bobot dihitung dengan ANP (Super Decisions) dari penilaian seorang ahli; skala 1–9 (spec §1.1, §2).",
      en: "Weights come from ANP (Super Decisions) on one expert’s judgements; scale 1–9 (spec §1.1, §2).",
    },
    {
      id:
        "Interpretasi: hasil angket dibandingkan dengan target kinerja, lalu ditelusuri hubungan sebab-akibatnya " +
        "dengan sasaran strategis departemen (§3.5).",
      en:
        "Interpretation: questionnaire results are compared with the performance targets and traced cause→effect " +
        "to the department’s strategic objectives (§3.5).",
    },
    {
      id: "Stakeholder FGD: Direktur Department Product Support dan Kepala Divisi Part (§3.2).",
      en: "FGD stakeholders: the Director of the Product Support Department and the Head of the Parts Division (§3.2).",
    },
  ],
};

// What the example adds to make a working scorecard. The thesis lists example metrics per
// perspective (§2.4) but no objectives, targets or links (its BAB 4 is a placeholder), so all of
// the following is illustrative, and the sheets say so (BSC_EXAMPLE_TEXT.provenance).

/** One strategic objective per perspective, with the perspective's letter as its id. */
export const BSC_EXAMPLE_OBJECTIVES: readonly BscObjective[] = [
  {
    id: "F",
    perspective: "financial",
    name: { id: "Menekan biaya logistik", en: "Lower logistics cost" },
  },
  {
    id: "C",
    perspective: "customer",
    name: { id: "Suku cadang tersedia tepat waktu", en: "Parts available on time" },
  },
  {
    id: "B",
    perspective: "internal",
    name: {
      id: "Perencanaan dan proses gudang yang akurat",
      en: "Accurate planning and warehouse processes",
    },
  },
  {
    id: "L",
    perspective: "learning",
    name: { id: "Karyawan terampil dan bersertifikat", en: "Skilled, certified staff" },
  },
];

export const BSC_EXAMPLE_LINKS: readonly StrategyLink[] = [
  { from: "L", to: "B" },
  { from: "B", to: "C" },
  { from: "C", to: "F" },
  { from: "B", to: "F" },
];

/**
 * Per KPI code: OMAX anchors [worst L0, baseline L3, target L10], the unit where the sheet shows
 * a finer one than BSC_EXAMPLE's, the local weight and the level the KPI reaches in the last
 * period (C3 uses docs/methods.md's on-time-delivery anchors, §3.4).
 */
export const BSC_EXAMPLE_KPIS: Readonly<
  Record<
    string,
    { anchors: [number, number, number]; unit?: string; weight: number; level: number }
  >
> = {
  F1: { anchors: [1200, 1000, 800], unit: "juta Rp", weight: 0.4, level: 8 },
  F2: { anchors: [900, 750, 600], unit: "juta Rp", weight: 0.35, level: 6 },
  F3: { anchors: [500, 420, 350], unit: "juta Rp", weight: 0.25, level: 9 },
  C1: { anchors: [80, 90, 98], weight: 0.4, level: 7 },
  C2: { anchors: [120, 80, 20], weight: 0.2, level: 3 },
  C3: { anchors: [70, 85, 99], weight: 0.4, level: 6 },
  B1: { anchors: [40, 25, 10], weight: 1, level: 5 },
  L1: { anchors: [2, 6, 12], weight: 0.4, level: 10 },
  L2: { anchors: [0, 5, 15], weight: 0.4, level: 8 },
  L3: { anchors: [0, 1, 4], weight: 0.2, level: 2 },
};

/** The example's register rows: each KPI under its perspective's objective. */
export function bscExampleRows() {
  return BSC_EXAMPLE.kpis.map((kpi) => {
    const extra = BSC_EXAMPLE_KPIS[kpi.code];
    return {
      code: kpi.code,
      perspective: kpi.perspective,
      objective: PERSPECTIVES.find((p) => p.key === kpi.perspective)!.prefix,
      name: kpi.name,
      unit: extra.unit ?? kpi.unit ?? "",
      anchors: extra.anchors,
      weight: extra.weight,
    };
  });
}

/**
 * The judgements between the four perspectives: docs/methods.md's worked 4×4 example (§1.5),
 * weights 0.4673 / 0.2772 / 0.0954 / 0.1601, CR 0.0115. Order F, C, B, L.
 */
export const BSC_EXAMPLE_JUDGEMENTS = [
  [1, 2, 4, 3],
  [1 / 2, 1, 3, 2],
  [1 / 4, 1 / 3, 1, 1 / 2],
  [1 / 3, 1 / 2, 2, 1],
];

/** What the example's sheets say about where its values come from. */
export const BSC_EXAMPLE_TEXT = {
  provenance: {
    id: "Contoh. Dari Ithrisa, Model Balanced Scorecard untuk mengukur kinerja bagian Parts Logistics dan Warehouse (proposal tesis, ITS, 2020): kasusnya (bagian Parts Logistics & Warehouse PT X), empat perspektif dan sepuluh contoh metriknya (kode F1…L3 kami berikan). Ilustrasi, tidak ada di sumber (bab hasilnya belum ditulis): sasaran strategis, satuan, jangkar OMAX (terburuk, dasar, target), hubungan sebab-akibat di peta strategi, penilaian berpasangan dan realisasi.",
    en: "Example. From Ithrisa, Model Balanced Scorecard untuk mengukur kinerja bagian Parts Logistics dan Warehouse (thesis proposal, ITS, 2020): the case (PT X's Parts Logistics & Warehouse section), the four perspectives and their ten example metrics (codes F1…L3 are ours). Illustrative, not in the source (its results chapter is not yet written): the strategic objectives, units, OMAX anchors (worst, baseline, target), the strategy map's cause → effect links, the pairwise judgements and the actuals.",
  },
  ahpNote: {
    id: "Contoh: penilaian ilustrasi. Antar perspektif = contoh matriks 4×4 dari metode Kinerja; KPI dalam perspektif = bobot yang diandaikan, dibulatkan ke skala Saaty. Ithrisa (2020) memakai ANP (Super Decisions) dengan kuesioner seorang ahli, tetapi tidak mencetak penilaiannya.",
    en: "Example: illustrative judgements. Between perspectives = the 4×4 example matrix of Kinerja's methods; KPIs within a perspective = assumed weights rounded to Saaty's scale. Ithrisa (2020) uses ANP (Super Decisions) on one expert's questionnaire but prints no judgements.",
  },
} satisfies Record<string, Text>;
