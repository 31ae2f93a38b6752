/**
 * The Performance Prism's filled example: PT Petrokimia Gresik, from Arianto, E. Z. & Partiwi, S. G.,
 * "Analisa pengukuran kinerja dengan menggunakan metode Performance Prism (studi kasus: PT
 * Petrokimia Gresik)", Institut Teknologi Sepuluh Nopember (no year printed): §1, §2.3.1, §3.1–3.7,
 * §4, §5.
 */
import { CASE_NAMES } from "../case-names";
import type { Lang } from "../../../sheet/plan";
import { type Text, t } from "../../../sheet/text";
import type { OmaxAnchors, PeriodValue, TrafficLight } from "../types";
import type { Direction, Facet, Stakeholder, Unit } from "../vocabulary";

export interface PrismStakeholderInfo {
  stakeholder: Stakeholder;
  /** Kept for the record: the label as printed, e.g. 'Pemerintah (Investor)'. */
  sourceLabel: string;
  /** Kept for the record: its KPIs in the document's full list (55 in all; the text names eleven). */
  kpiCount: number;
  /** AHP weight of the stakeholder, if printed. */
  weight?: number;
}

export interface PrismFacetWeight {
  stakeholder: Stakeholder;
  facet: Facet;
  weight: number;
}

export interface PrismKpi {
  /** I-1, C-2, … as printed; undefined when the text names the KPI but not its code. */
  code?: string;
  stakeholder: Stakeholder;
  facet?: Facet;
  /** Undefined when the text gives the code but not the name. */
  name?: Text;
  unit?: Unit;
  direction?: Direction;
  /** Kept for the record: true when `direction` is the editor's reading of the anchors (L10 vs L0), not printed. */
  directionFromAnchors?: boolean;
  /** Weight within its facet. */
  localWeight?: number;
  anchors?: OmaxAnchors;
  /** Kept for the record: values the text quotes for 2007 and 2008 (the example's actuals are illustrative). */
  reported?: readonly PeriodValue[];
  status?: TrafficLight;
  /** Kept for the record: the document's recommendation for a KPI off target. */
  recommendation?: Text;
  /** Kept for the record: the same KPI in the catalogue (the catalogue test checks it exists). */
  catalogueId?: string;
}

export interface PrismExample {
  /** Where in the document the example's data is printed (the example's note cites it). */
  source: string;
  caseName: Text;
  /** Kept for the record: how complete the case is in the document, so why the example illustrates the rest. */
  status: Text;
  stakeholders: readonly PrismStakeholderInfo[];
  /** Kept for the record: the facets' key questions (the document phrases them for the investor). */
  keyQuestions: Readonly<Record<Facet, Text>>;
  facetWeights: readonly PrismFacetWeight[];
  kpis: readonly PrismKpi[];
  /** Kept for the record: the worked global weight as printed, and as §3.7 rounds it. */
  globalWeightExample: {
    kpi: string;
    factors: readonly number[];
    product: number;
    roundedInOmax: number;
  };
  /** Kept for the record: the document's OMAX rule and periods (the template's anchors follow the rule). */
  omax: { anchorLevel: number; rule: Text; monitoringPeriod: string; referencePeriod: string };
  /** Kept for the record: the results as printed, which the example does not reproduce (docs/methods.md §6). */
  results: {
    totalKpis: number;
    green: number;
    /** Printed twice with different values. */
    yellow: readonly number[];
    red: number;
    /** The corporate index is printed three ways; none is reproducible (spec §6). */
    indexPrinted: readonly { value: number; where: string }[];
  };
  /** Kept for the record: what else the document says about weighting, statuses and their use. */
  notes: readonly Text[];
}

export const PRISM_EXAMPLE: PrismExample = {
  source: "Seed 002, §1, §2.3.1, §3.1–3.7, §4, §5",
  caseName: CASE_NAMES.prism,
  status: {
    id:
      "Tabel 3.1–3.8 dan 5.1–5.3 tidak ada di teks: hanya sebagian kode, bobot, jangkar OMAX dan status yang " +
      "tercetak. Indeks korporat tidak dapat direproduksi (spec §6).",
    en:
      "Tables 3.1–3.8 and 5.1–5.3 are missing from the text: only some codes, weights, OMAX anchors and statuses " +
      "are printed. The corporate index cannot be reproduced (spec §6).",
  },
  // §3.1 Identifikasi Stakeholder Kunci; KPI counts from the abstract and §5
  stakeholders: [
    {
      stakeholder: "investor",
      sourceLabel: "Pemerintah (Investor)",
      kpiCount: 14,
      weight: 0.298,
    },
    {
      stakeholder: "customer",
      sourceLabel: "Pelanggan (Customer)",
      kpiCount: 13,
    },
    {
      stakeholder: "employee",
      sourceLabel: "Karyawan (Employees)",
      kpiCount: 11,
    },
    {
      stakeholder: "supplier",
      sourceLabel: "Pemasok (Suppliers)",
      kpiCount: 9,
    },
    {
      stakeholder: "regulator",
      sourceLabel: "Masyarakat (Regulator)",
      kpiCount: 8,
    },
  ],
  // §2.3.1 — the five key questions (phrased for the investor in the document)
  keyQuestions: {
    satisfaction: {
      id: "Apa yang dibutuhkan dan diinginkan oleh investor dari PT. Petrokimia Gresik?",
      en: "What do the investors need and want from PT Petrokimia Gresik?",
    },
    contribution: {
      id: "Apa yang dibutuhkan dan diinginkan oleh PT. Petrokimia Gresik dari para Investor?",
      en: "What does PT Petrokimia Gresik need and want from its investors?",
    },
    strategies: {
      id: "Strategi apa yang dapat digunakan untuk memenuhi keinginan dan kebutuhan tersebut?",
      en: "Which strategies can be used to meet those wants and needs?",
    },
    processes: {
      id: "Proses apa yang dilakukan untuk dapat menjalankan strategi?",
      en: "Which processes are needed to carry out the strategies?",
    },
    capabilities: {
      id: "Kapabilitas apa yang harus dimiliki oleh PT. Petrokimia Gresik agar proses tersebut dapat terlaksana?",
      en: "Which capabilities must PT Petrokimia Gresik have so that those processes can run?",
    },
  },
  // §3.4 — the only facet weight printed
  facetWeights: [{ stakeholder: "investor", facet: "satisfaction", weight: 0.338 }],
  kpis: [
    // §3.4 Pembobotan — worked global weight of I-1 (its name is not printed)
    {
      code: "I-1",
      stakeholder: "investor",
      facet: "satisfaction",
      localWeight: 0.264,
      anchors: { anchorLevel: 8 },
    },
    // §3.7 OMAX — anchors printed for I-2, C-2, E-2, S-2, R-2 (level 10 = optimum, level 0 = worst);
    // level 8 (minimum target) is not printed for any KPI
    {
      code: "I-2",
      stakeholder: "investor",
      direction: "higher",
      directionFromAnchors: true,
      anchors: { level0: 0, anchorLevel: 8, level10: 100 },
    },
    {
      code: "C-2",
      stakeholder: "customer",
      name: { id: "Jumlah keluhan pelanggan", en: "Number of customer complaints" },
      unit: "jumlah",
      direction: "lower",
      directionFromAnchors: true,
      anchors: { level0: 150, anchorLevel: 8, level10: 6 },
      status: "YELLOW",
      recommendation: {
        id: "Terapkan Customer Relationship Management (CRM) untuk menjalin hubungan lebih dekat dengan pelanggan.",
        en: "Apply Customer Relationship Management (CRM) to build closer relations with customers.",
      },
      catalogueId: "prism-customer-complaints",
    },
    // §1 (2007/2008 values) and §3.7/§4 (status, recommendation)
    {
      code: "C-4",
      stakeholder: "customer",
      name: {
        id: "Tingkat ketersediaan pupuk di pasar",
        en: "Fertiliser availability in the market",
      },
      unit: "%",
      direction: "higher",
      reported: [
        { period: "2007", value: 81.64 },
        { period: "2008", value: 80.56 },
      ],
      status: "RED",
      recommendation: {
        id: "Perbaiki rantai pasok ke distributor dengan konsep Supply Chain Management (SCM), mis. pola distribusi.",
        en: "Improve the supply chain to distributors with Supply Chain Management (SCM), e.g. distribution patterns.",
      },
      catalogueId: "prism-fertilizer-availability",
    },
    {
      code: "E-2",
      stakeholder: "employee",
      direction: "higher",
      directionFromAnchors: true,
      anchors: { level0: 50, anchorLevel: 8, level10: 100 },
    },
    {
      code: "E-9",
      stakeholder: "employee",
      name: {
        id: "Penyusunan kurikulum core soft competence",
        en: "Development of the core soft-competence curriculum",
      },
      status: "YELLOW",
      recommendation: {
        id: "Perbaiki teknologi sistem informasi untuk efisiensi waktu dan proses.",
        en: "Improve the information-system technology to save time and streamline processes.",
      },
      catalogueId: "prism-core-soft-competence-curriculum",
    },
    {
      code: "S-1",
      stakeholder: "supplier",
      name: { id: "Lamanya pembayaran (tagihan pemasok)", en: "Supplier payment duration" },
      unit: "hari",
      direction: "lower",
      reported: [
        {
          period: "2007",
          value: 25,
          note: {
            id: 'Kalimat sumber: pemasok "mengharapkan lamanya pembayaran ... lebih singkat dari 25 hari pada 2007".',
            en: 'Source sentence: suppliers "expect the payment time ... to be shorter, from 25 days in 2007".',
          },
        },
        {
          period: "2008",
          value: 20,
          note: {
            id: 'Kalimat sumber: "... menjadi 20 hari pada 2008"; apakah realisasi atau harapan tidak jelas.',
            en: 'Source sentence: "... to 20 days in 2008"; whether actual or expectation is unclear.',
          },
        },
      ],
      status: "YELLOW",
      recommendation: {
        id: "Perbaiki budaya kerja: sederhanakan alur birokrasi pembayaran pemasok yang kompleks.",
        en: "Improve work culture: simplify the complex bureaucratic flow of supplier payments.",
      },
      catalogueId: "prism-supplier-payment-duration",
    },
    {
      code: "S-2",
      stakeholder: "supplier",
      direction: "higher",
      directionFromAnchors: true,
      anchors: { level0: 0, anchorLevel: 8, level10: 30 },
    },
    {
      code: "R-1",
      stakeholder: "regulator",
      name: { id: "Indeks kepuasan masyarakat", en: "Community satisfaction index" },
      unit: "%",
      direction: "higher",
      reported: [
        { period: "2007", value: 78.4 },
        { period: "2008", value: 78.24 },
      ],
      status: "YELLOW",
      recommendation: {
        id: "Tingkatkan penerapan Corporate Social Responsibility (CSR).",
        en: "Strengthen Corporate Social Responsibility (CSR).",
      },
      catalogueId: "prism-community-satisfaction-index",
    },
    {
      // printed "R2" in §3.7
      code: "R-2",
      stakeholder: "regulator",
      direction: "higher",
      directionFromAnchors: true,
      anchors: { level0: 70, anchorLevel: 8, level10: 100 },
    },
    {
      code: "R-7",
      stakeholder: "regulator",
      name: { id: "Realisasi anggaran Humas", en: "Public-relations budget realisation" },
      status: "YELLOW",
      recommendation: {
        id: "Perbaiki budaya kerja dalam penyusunan rencana program kerja Biro Hubungan Masyarakat.",
        en: "Improve work culture in planning the Public Relations Bureau’s work programme.",
      },
      catalogueId: "prism-pr-budget-realisation",
    },
    // §3.7 — yellow KPI named without a code (dropped from the yellow list in §5)
    {
      stakeholder: "customer",
      name: { id: "Pelayanan pelanggan", en: "Customer service" },
      status: "YELLOW",
      catalogueId: "prism-customer-service",
    },
    // §1 Pendahuluan — indicator quoted with 2007/2008 values, code not given
    {
      stakeholder: "customer",
      name: { id: "Indeks kepuasan pelanggan", en: "Customer satisfaction index" },
      unit: "%",
      direction: "higher",
      reported: [
        { period: "2007", value: 81.12 },
        { period: "2008", value: 80.93 },
      ],
      catalogueId: "prism-customer-satisfaction-index",
    },
  ],
  // §3.4: "0,298x0,338x0,264 0,026591136"; §3.7 uses 0,0266 as I-1's weight
  globalWeightExample: {
    kpi: "I-1",
    factors: [0.298, 0.338, 0.264],
    product: 0.026591136,
    roundedInOmax: 0.0266,
  },
  // §3.7 Scoring System dengan OMAX
  omax: {
    anchorLevel: 8,
    rule: {
      id:
        "Level 10 = target optimum yang dapat dicapai; target minimum perusahaan di level 8 (batas bawah hijau); " +
        "level 0 = nilai terendah dalam keadaan terjelek. Level di bagian monitoring dihitung dengan interpolasi.",
      en:
        "Level 10 = the optimum achievable target; the company’s minimum target at level 8 (lower bound of green); " +
        "level 0 = the lowest value in the worst case. The monitoring level is found by interpolation.",
    },
    monitoringPeriod: "2008",
    referencePeriod: "2007",
  },
  // abstract, §3.7, §5 Kesimpulan
  results: {
    totalKpis: 55,
    green: 48,
    yellow: [6, 5],
    red: 1,
    indexPrinted: [
      { value: 8.681, where: "Abstrak" },
      { value: 8.313, where: "§3.7" },
      { value: 8.722, where: "§5 Kesimpulan" },
    ],
  },
  notes: [
    {
      id:
        "Pembobotan AHP tiga tingkat: antar stakeholder, antar faset tiap stakeholder, antar KPI dalam tiap faset; " +
        "bobot global = hasil kali ketiganya, total seluruh KPI = 1.",
      en:
        "Three-level AHP: between stakeholders, between facets per stakeholder, between KPIs within each facet; " +
        "global weight = the product of the three; all KPIs sum to 1.",
    },
    {
      id:
        "Kuning: Jumlah keluhan pelanggan, Pelayanan Pelanggan, Penyusunan Kurikulum Core Soft Competence, " +
        "Lamanya Pembayaran, Indeks Kepuasan Masyarakat, Realisasi Anggaran Humas (§3.7; §5 menghilangkan " +
        "Pelayanan Pelanggan). Merah: Tingkat Ketersediaan Pupuk di Pasar.",
      en:
        "Yellow: customer complaints, customer service, core soft-competence curriculum, payment duration, " +
        "community satisfaction index, PR budget realisation (§3.7; §5 omits customer service). " +
        "Red: fertiliser availability in the market.",
    },
    {
      id: "Saran: masukkan hasil pengukuran ke Management Review periodik (middle hingga top management).",
      en: "Advice: feed the results into the periodic Management Review (middle to top management).",
    },
  ],
};

// What the example adds to make a working scorecard. The document prints eleven KPI codes, three
// weights and a few anchors and statuses; the rest below is illustrative, and the sheets say so
// (PRISM_EXAMPLE_TEXT.note).

/**
 * Facets for the printed KPIs that the document does not place (the editor's, by what each KPI
 * measures). I-2 joins I-1 in Investor–Satisfaction, so that facet has a level-3 comparison with
 * I-1's printed local weight 0.264.
 */
const EXAMPLE_FACETS: Readonly<Record<string, Facet>> = {
  "I-2": "satisfaction",
  "C-2": "satisfaction",
  "C-4": "processes",
  "E-2": "satisfaction",
  "E-9": "capabilities",
  "S-1": "satisfaction",
  "S-2": "contribution",
  "R-1": "satisfaction",
  "R-2": "contribution",
  "R-7": "strategies",
};
/** §3.4: "0,298 x 0,338 x 0,264 = 0,026591136" — Investor, its Satisfaction facet, I-1 in it. */
const PRINTED_INVESTOR = PRISM_EXAMPLE.stakeholders.find((s) => s.stakeholder === "investor")!
  .weight as number;
const PRINTED_INVESTOR_SATISFACTION = PRISM_EXAMPLE.facetWeights.find(
  (f) => f.stakeholder === "investor" && f.facet === "satisfaction"
)!.weight;
const PRINTED_I1_LOCAL = PRISM_EXAMPLE.kpis.find((k) => k.code === "I-1")!.localWeight as number;

/** Stakeholder weights in the vocabulary's order: Investor's is printed, the other four (sharing 0.702) are illustrative. */
export const PRISM_EXAMPLE_STAKEHOLDER_WEIGHTS = [PRINTED_INVESTOR, 0.26, 0.18, 0.12, 0.142];

/** Investor's facets: Satisfaction 0.338 is printed; its other facet (the placeholder's) has the rest. */
export function printedFacetWeights(s: Stakeholder, facets: Facet[]): number[] | undefined {
  return s === "investor" && facets.length === 2 && facets[0] === "satisfaction"
    ? [PRINTED_INVESTOR_SATISFACTION, 1 - PRINTED_INVESTOR_SATISFACTION]
    : undefined;
}

/** Investor–Satisfaction: I-1's 0.264 is printed; with I-2 the only other member, it has the rest. */
export function printedKpiWeights(s: Stakeholder, f: Facet, codes: string[]): number[] | undefined {
  return s === "investor" && f === "satisfaction" && codes.join() === "I-1,I-2"
    ? [PRINTED_I1_LOCAL, 1 - PRINTED_I1_LOCAL]
    : undefined;
}

/**
 * Not in the source: a placeholder Investor KPI in a second facet, without which Investor would have
 * one facet only and its Satisfaction weight would be 1 instead of the printed 0.338.
 */
const EXAMPLE_PLACEHOLDERS: {
  code: string;
  stakeholder: Stakeholder;
  facet: Facet;
  after: string;
}[] = [{ code: "I-3", stakeholder: "investor", facet: "contribution", after: "I-2" }];

/** Prism anchors [worst L0, minimum target L8, optimum L10]: the printed L0/L10 where there are any. */
function illustrativeAnchors(kpi: PrismKpi): [number, number, number] {
  const a = kpi.anchors;
  if (a?.level0 !== undefined && a.level10 !== undefined) {
    // L8 (minimum target) is not printed: illustrated at 80 % of the way from L0 to L10.
    return [a.level0, a.level0 + 0.8 * (a.level10 - a.level0), a.level10];
  }
  if (kpi.direction === "lower") return kpi.unit === "hari" ? [60, 30, 20] : [100, 20, 10];
  return kpi.unit === "%" ? [50, 90, 100] : [0, 8, 10];
}

/** The example's register rows: the coded KPIs, the placeholder, and the level each reaches by its printed status. */
export function prismExampleRows() {
  const coded: (PrismKpi & { isPlaceholder?: boolean })[] = [];
  for (const kpi of PRISM_EXAMPLE.kpis.filter((k) => k.code)) {
    coded.push(kpi);
    for (const extra of EXAMPLE_PLACEHOLDERS.filter((p) => p.after === kpi.code))
      coded.push({ ...extra, isPlaceholder: true });
  }
  return coded.map((kpi, k) => ({
    code: kpi.code!,
    stakeholder: kpi.stakeholder,
    facet: kpi.facet ?? EXAMPLE_FACETS[kpi.code!] ?? "satisfaction",
    name: kpi.name ?? null,
    isPlaceholder: kpi.isPlaceholder,
    unit: kpi.unit ?? "",
    anchors: illustrativeAnchors(kpi),
    finalLevel:
      kpi.status === "RED" ? 3 : kpi.status === "YELLOW" ? [5, 6, 7][k % 3] : [8, 9, 10][k % 3],
  }));
}

/** What the example's sheets say about where its values come from. */
export const PRISM_EXAMPLE_TEXT = {
  /** In place of a name the source does not print. */
  unnamed: { id: "nama tidak tercetak di sumber", en: "name not printed in the source" },
  placeholder: {
    id: "ilustrasi, tidak ada di sumber",
    en: "illustrative placeholder, not in the source",
  },
  note: {
    id:
      "Contoh: KPI yang dicetak Arianto & Partiwi, Analisa pengukuran kinerja dengan metode Performance Prism (ITS, tanpa tahun): kode, nama, jangkar L0/L10, status. Dari sumber: bobot stakeholder Investor 0,298, faset Kepuasan dalam Investor 0,338, KPI I-1 dalam faset itu 0,264, jadi bobot global I-1 = 0,298 × 0,338 × 0,264 = 0,026591136. Sumber mencetak bobot, bukan penilaian: di blok itu penilaian = bobot baris / bobot kolom (mis. =0,298/0,26), jadi bobotnya sama persis (CR 0). " +
      "Ilustrasi: bobot stakeholder lain, faset I-2 (bobot lokalnya 1 − 0,264), I-3 (pengisi agar Investor punya faset kedua), faset lain dan penilaiannya, target minimum (L8) dan realisasi.",
    en:
      "Example: the KPIs printed in Arianto & Partiwi, Analisa pengukuran kinerja dengan metode Performance Prism (ITS, no year): code, name, L0/L10 anchors, status. From the source: stakeholder weight Investor 0.298, facet Satisfaction within Investor 0.338, KPI I-1 within that facet 0.264, so I-1's global weight = 0.298 × 0.338 × 0.264 = 0.026591136. The source prints weights, not judgements: in those blocks judgement = row weight / column weight (e.g. =0.298/0.26), so the weights come out exactly (CR 0). " +
      "Illustrative: the other stakeholder weights, I-2's facet (its local weight 1 − 0.264), I-3 (a placeholder so that Investor has a second facet), the other facets and their judgements, minimum targets (L8) and actuals.",
  },
  exactBlock: {
    id: "Tiap penilaian = bobot baris / bobot kolom, dari bobot {weights}, sehingga bobot yang dihitung sama persis (matriks konsisten, CR 0). Tercetak di sumber: {printed}; sumber tidak memberi penilaian berpasangan. Bobot lain: ilustrasi, atau sisa hingga 1.",
    en: "Each judgement = the row's weight / the column's, from the weights {weights}, so the computed weights equal them exactly (a consistent matrix, CR 0). Printed in the source: {printed}; it gives no pairwise judgements. The other weights: illustrative, or the rest up to 1.",
  },
} satisfies Record<string, Text>;

/**
 * The title note of a block whose judgements are w_i / w_j: its weights, and the printed one (the
 * first; the others are illustrative or the rest up to 1).
 */
export function exactBlockNote(lang: Lang, weights: readonly number[]): string {
  const shown = (w: number) => {
    const text = String(Number(w.toPrecision(12)));
    return lang === "id" ? text.replace(".", ",") : text;
  };
  return t(lang, PRISM_EXAMPLE_TEXT.exactBlock)
    .replace("{weights}", weights.map(shown).join(lang === "id" ? "; " : ", "))
    .replace("{printed}", shown(weights[0]));
}
