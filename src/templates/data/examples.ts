/**
 * Case-study data for the filled template examples.
 *
 * - BSC_EXAMPLE   — seed 001 (BSC thesis proposal, Parts Logistics & Warehouse, PT X): §2.4, BAB 3, BAB 4 §4.1.
 * - PRISM_EXAMPLE — seed 002 (Performance Prism, PT Petrokimia Gresik): §1, §2.3.1, §3.1–3.7, §4, §5.
 * - IPMS_EXAMPLE  — seed 004 (IPMS, PT X iron casting): Tabel 2–6, OMAX steps a–g, Kesimpulan.
 * - UMKM_EXAMPLE  — seed 003 (UMKM KPI, Batik 20 Ikan Mas): Tabel 4.1–4.3, §2.1, §4.1; spec §5.
 * - DPMS_NOTES    — seed 000 (Dynamic PMS at Petrikbike): abstract.
 *
 * Only values the documents print are filled in; everything else is `undefined` (see each `status`/`notes`).
 * The spec (docs/methods.md) wins where it and a seed disagree.
 */
import { CASE_NAMES } from "./case-names";
import type {
  BscExample,
  DpmsNotes,
  IpmsExample,
  IpmsKpi,
  PrismExample,
  UmkmExample,
} from "./types";

// ---------------------------------------------------------------------------------------------------------------
// Balanced Scorecard — seed 001
// ---------------------------------------------------------------------------------------------------------------

export const BSC_EXAMPLE: BscExample = {
  source: "Seed 001, §2.4, BAB 3, BAB 4 §4.1 (Tabel 9, Gambar 3/4 Strategy Map)",
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
  // seed 001, §2.4 — the four perspectives and Kaplan & Norton's questions (quoted in English in the document)
  perspectives: [
    {
      perspective: "financial",
      codePrefix: "F",
      name: { id: "Perspektif Keuangan (Financial)", en: "Financial perspective" },
      guidingQuestion: {
        id: "Langkah keuangan apa yang diperlukan untuk memastikan strategi perusahaan terlaksana?",
        // printed "excecution"
        en: "What financial steps are necessary to ensure the execution of the company strategy?",
      },
    },
    {
      perspective: "customer",
      codePrefix: "C",
      name: { id: "Perspektif Pelanggan (Customer)", en: "Customer perspective" },
      guidingQuestion: {
        id: "Siapa pelanggan sasaran perusahaan, dan apa proposisi nilai perusahaan dalam melayani mereka?",
        en: "Who are the company’s targeted customers, and what is the company’s value proposition in serving them?",
      },
    },
    {
      perspective: "internal",
      codePrefix: "B",
      name: {
        id: "Perspektif Proses Bisnis Internal",
        en: "Internal business process perspective",
      },
      guidingQuestion: {
        id: "Untuk memuaskan pelanggan dan pemegang saham, proses apa yang harus diunggulkan perusahaan?",
        en: "To satisfy customers and shareholders, at what process must the company excel?",
      },
    },
    {
      perspective: "learning",
      codePrefix: "L",
      name: {
        id: "Perspektif Pembelajaran dan Pertumbuhan (Learn and Growth)",
        en: "Learning & growth perspective",
      },
      guidingQuestion: {
        id: "Kemampuan dan alat apa yang dibutuhkan karyawan untuk membantu menjalankan strategi perusahaan?",
        en: "What capabilities and tools do employees require to help them execute company strategy?",
      },
    },
  ],
  // seed 001, §4.1.1 d — initial design: 18 KPIs (12 from literature, 6 from company documents); Tabel 9 is empty
  initialProposal: {
    totalKpis: 18,
    fromLiterature: 12,
    fromCompanyDocuments: 6,
    table: "Tabel 9 Usulan KPI Parts Logistic dan Warehouse PT X",
  },
  // seed 001 gives no strategic objectives for the case
  objectives: [],
  // seed 001, §2.4 — example metrics per perspective; codes assigned in order within each perspective by the editor
  kpis: [
    {
      code: "F1",
      codeAssigned: true,
      perspective: "financial",
      name: { id: "Biaya manufaktur", en: "Manufacturing cost" },
      unit: "Rp",
      direction: "lower",
      catalogueId: "bsc-manufacturing-cost",
    },
    {
      code: "F2",
      codeAssigned: true,
      perspective: "financial",
      name: { id: "Biaya pergudangan", en: "Warehousing cost" },
      unit: "Rp",
      direction: "lower",
      catalogueId: "bsc-warehousing-cost",
    },
    {
      code: "F3",
      codeAssigned: true,
      perspective: "financial",
      name: { id: "Biaya transportasi", en: "Transportation cost" },
      unit: "Rp",
      direction: "lower",
      catalogueId: "bsc-transportation-cost",
    },
    {
      code: "C1",
      codeAssigned: true,
      perspective: "customer",
      name: { id: "Tingkat pemenuhan (fill rate)", en: "Fill rate" },
      unit: "%",
      direction: "higher",
      catalogueId: "bsc-fill-rate",
    },
    {
      code: "C2",
      codeAssigned: true,
      perspective: "customer",
      name: { id: "Tingkat pesanan tertunda (backorder)", en: "Backorder level" },
      unit: "jumlah",
      direction: "lower",
      catalogueId: "bsc-backorder-level",
    },
    {
      code: "C3",
      codeAssigned: true,
      perspective: "customer",
      name: { id: "Pengiriman tepat waktu", en: "On-time delivery" },
      unit: "%",
      direction: "higher",
      catalogueId: "bsc-on-time-delivery",
    },
    {
      code: "B1",
      codeAssigned: true,
      perspective: "internal",
      name: { id: "Kesalahan peramalan", en: "Forecast error" },
      unit: "%",
      direction: "lower",
      catalogueId: "bsc-forecast-error",
    },
    {
      code: "L1",
      codeAssigned: true,
      perspective: "learning",
      name: { id: "Training Center (pelatihan)", en: "Training centre" },
      unit: "jumlah",
      direction: "higher",
      catalogueId: "bsc-training-center",
    },
    {
      code: "L2",
      codeAssigned: true,
      perspective: "learning",
      name: { id: "Sertifikasi", en: "Certification" },
      unit: "jumlah",
      direction: "higher",
      catalogueId: "bsc-certification",
    },
    {
      code: "L3",
      codeAssigned: true,
      perspective: "learning",
      name: { id: "Outbound", en: "Outbound (team-building training)" },
      unit: "jumlah",
      direction: "higher",
      catalogueId: "bsc-outbound",
    },
  ],
  // seed 001: the strategy map (Gambar 3/4) is referenced but not in the text — no links proposed
  strategyLinks: [],
  // seed 001, §4.1.2 Pembobotan Kriteria — questionnaire form
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

// ---------------------------------------------------------------------------------------------------------------
// Performance Prism — seed 002
// ---------------------------------------------------------------------------------------------------------------

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
  // seed 002, §3.1 Identifikasi Stakeholder Kunci; KPI counts from the abstract and §5
  stakeholders: [
    {
      stakeholder: "investor",
      codePrefix: "I",
      name: { id: "Investor (Pemerintah)", en: "Investor (Government)" },
      sourceLabel: "Pemerintah (Investor)",
      kpiCount: 14,
      weight: 0.298,
    },
    {
      stakeholder: "customer",
      codePrefix: "C",
      name: { id: "Pelanggan", en: "Customer" },
      sourceLabel: "Pelanggan (Customer)",
      kpiCount: 13,
    },
    {
      stakeholder: "employee",
      codePrefix: "E",
      name: { id: "Karyawan", en: "Employee" },
      sourceLabel: "Karyawan (Employees)",
      kpiCount: 11,
    },
    {
      stakeholder: "supplier",
      codePrefix: "S",
      name: { id: "Pemasok", en: "Supplier" },
      sourceLabel: "Pemasok (Suppliers)",
      kpiCount: 9,
    },
    {
      stakeholder: "regulator",
      codePrefix: "R",
      name: { id: "Masyarakat (Regulator)", en: "Community (Regulator)" },
      sourceLabel: "Masyarakat (Regulator)",
      kpiCount: 8,
    },
  ],
  // seed 002, §2.3.1 — the five key questions (phrased for the investor in the document)
  facets: [
    {
      facet: "satisfaction",
      name: { id: "Kepuasan Stakeholder", en: "Stakeholder Satisfaction" },
      keyQuestion: {
        id: "Apa yang dibutuhkan dan diinginkan oleh investor dari PT. Petrokimia Gresik?",
        en: "What do the investors need and want from PT Petrokimia Gresik?",
      },
    },
    {
      facet: "contribution",
      name: { id: "Kontribusi Stakeholder", en: "Stakeholder Contribution" },
      keyQuestion: {
        id: "Apa yang dibutuhkan dan diinginkan oleh PT. Petrokimia Gresik dari para Investor?",
        en: "What does PT Petrokimia Gresik need and want from its investors?",
      },
    },
    {
      facet: "strategies",
      name: { id: "Strategi", en: "Strategies" },
      keyQuestion: {
        id: "Strategi apa yang dapat digunakan untuk memenuhi keinginan dan kebutuhan tersebut?",
        en: "Which strategies can be used to meet those wants and needs?",
      },
    },
    {
      facet: "processes",
      name: { id: "Proses", en: "Processes" },
      keyQuestion: {
        id: "Proses apa yang dilakukan untuk dapat menjalankan strategi?",
        en: "Which processes are needed to carry out the strategies?",
      },
    },
    {
      facet: "capabilities",
      name: { id: "Kapabilitas", en: "Capabilities" },
      keyQuestion: {
        id: "Kapabilitas apa yang harus dimiliki oleh PT. Petrokimia Gresik agar proses tersebut dapat terlaksana?",
        en: "Which capabilities must PT Petrokimia Gresik have so that those processes can run?",
      },
    },
  ],
  // seed 002, §3.4 — the only facet weight printed
  facetWeights: [{ stakeholder: "investor", facet: "satisfaction", weight: 0.338 }],
  kpis: [
    // seed 002, §3.4 Pembobotan — worked global weight of I-1 (its name is not printed)
    {
      code: "I-1",
      stakeholder: "investor",
      facet: "satisfaction",
      localWeight: 0.264,
      globalWeight: 0.026591136,
      anchors: { anchorLevel: 8 },
    },
    // seed 002, §3.7 OMAX — anchors printed for I-2, C-2, E-2, S-2, R-2 (level 10 = optimum, level 0 = worst);
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
    // seed 002, §1 (2007/2008 values) and §3.7/§4 (status, recommendation)
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
    // seed 002, §3.7 — yellow KPI named without a code (dropped from the yellow list in §5)
    {
      stakeholder: "customer",
      name: { id: "Pelayanan pelanggan", en: "Customer service" },
      status: "YELLOW",
      catalogueId: "prism-customer-service",
    },
    // seed 002, §1 Pendahuluan — indicator quoted with 2007/2008 values, code not given
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
  // seed 002, §3.4: "0,298x0,338x0,264 0,026591136"; §3.7 uses 0,0266 as I-1's weight
  globalWeightExample: {
    kpi: "I-1",
    factors: [0.298, 0.338, 0.264],
    product: 0.026591136,
    roundedInOmax: 0.0266,
  },
  // seed 002, §3.7 Scoring System dengan OMAX
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
  // seed 002, abstract, §3.7, §5 Kesimpulan
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

// ---------------------------------------------------------------------------------------------------------------
// IPMS — seed 004
// ---------------------------------------------------------------------------------------------------------------

/** Seed 004 prints no OMAX level table: level 0, level 3 (baseline) and level 10 are all undefined. */
const NO_ANCHORS = { anchorLevel: 3 } as const;

// seed 004, Tabel 3 (identification no., objective group), Tabel 5 (stakeholder, priority), Tabel 6 (status).
// Unit and direction are the editor's assignment. Weights, anchors, actuals and levels are not printed.
const IPMS_KPIS: IpmsKpi[] = [
  // Pelanggan
  {
    no: 1,
    identificationNo: 1,
    name: { id: "Rasio pengiriman produk tepat waktu", en: "On-time product delivery ratio" },
    nameVariants: ["Pengiriman produk tepat waktu", "Rasio pengiriman tepat waktu"],
    stakeholder: "customer",
    priorityRank: 2,
    objectiveGroup: "og-1-8",
    unit: "%",
    direction: "higher",
    // level 10 = the company target printed in Tabel 4 (100%); level 0 and level 3 are not printed
    anchors: { anchorLevel: 3, level10: 100 },
    status: "GREEN",
    catalogueId: "ipms-on-time-delivery-ratio",
  },
  {
    no: 2,
    identificationNo: 3,
    name: { id: "Jumlah komplain pelanggan", en: "Number of customer complaints" },
    stakeholder: "customer",
    priorityRank: 5,
    objectiveGroup: "og-1-8",
    unit: "jumlah",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-customer-complaints",
  },
  {
    no: 3,
    identificationNo: 4,
    name: {
      id: "Rasio komplain pelanggan yang diselesaikan",
      en: "Ratio of customer complaints resolved",
    },
    nameVariants: ["Jumlah komplain pelanggan yang diselesaikan"],
    stakeholder: "customer",
    priorityRank: 1,
    objectiveGroup: "og-1-8",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-customer-complaints-resolved",
  },
  {
    no: 4,
    identificationNo: 5,
    name: { id: "Jumlah pelanggan baru", en: "Number of new customers" },
    stakeholder: "customer",
    priorityRank: 3,
    objectiveGroup: "og-1-8",
    unit: "jumlah",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-new-customers",
  },
  {
    no: 5,
    identificationNo: 6,
    name: { id: "Tingkat pertumbuhan penjualan", en: "Sales growth rate" },
    stakeholder: "customer",
    priorityRank: 4,
    objectiveGroup: "og-1-8",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-sales-growth",
  },
  // Tenaga Kerja
  {
    no: 6,
    identificationNo: 7,
    name: { id: "Rasio jumlah komputer yang tersedia", en: "Ratio of computers available" },
    stakeholder: "employee",
    priorityRank: 9,
    objectiveGroup: "og-9-13",
    unit: "rasio",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-computers-available-ratio",
  },
  {
    no: 7,
    identificationNo: 8,
    name: {
      id: "Rasio jumlah kerusakan sarana dan prasarana perusahaan",
      en: "Ratio of damaged company facilities and infrastructure",
    },
    nameVariants: ["Rasio jumlah kerusakan sarana&prasarana perusahaan"],
    stakeholder: "employee",
    priorityRank: 11,
    objectiveGroup: "og-9-13",
    unit: "%",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-facility-damage-ratio",
  },
  {
    no: 8,
    identificationNo: 9,
    name: { id: "Jumlah pelatihan yang dilakukan", en: "Number of trainings held" },
    stakeholder: "employee",
    priorityRank: 6,
    objectiveGroup: "og-14-16",
    unit: "jumlah",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-trainings-held",
  },
  {
    no: 9,
    identificationNo: 10,
    name: { id: "Jumlah kecelakaan kerja", en: "Number of work accidents" },
    stakeholder: "employee",
    priorityRank: 1,
    objectiveGroup: "og-17-18",
    unit: "jumlah",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-work-accidents",
  },
  {
    no: 10,
    identificationNo: 11,
    name: { id: "Jumlah kerusakan mesin", en: "Number of machine breakdowns" },
    stakeholder: "employee",
    priorityRank: 8,
    objectiveGroup: "og-19-20",
    unit: "jumlah",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-machine-breakdowns",
  },
  {
    no: 11,
    identificationNo: 12,
    name: { id: "Tingkat perputaran atau turn over tenaga kerja", en: "Employee turnover rate" },
    stakeholder: "employee",
    priorityRank: 5,
    objectiveGroup: "og-21-23",
    unit: "%",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-employee-turnover",
  },
  {
    no: 12,
    identificationNo: 13,
    name: { id: "Tingkat kepuasan kerja", en: "Job satisfaction level" },
    stakeholder: "employee",
    priorityRank: 3,
    objectiveGroup: "og-21-23",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-job-satisfaction",
  },
  {
    no: 13,
    identificationNo: 14,
    name: {
      id: "Rasio keluhan tenaga kerja yang diselesaikan",
      en: "Ratio of employee complaints resolved",
    },
    nameVariants: [
      "Rasio keluhan yang tenaga kerja yang diselesaikan",
      "Keluhan tenaga kerja yang diselesaikan",
    ],
    stakeholder: "employee",
    priorityRank: 2,
    objectiveGroup: "og-24-25",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-employee-complaints-resolved",
  },
  {
    no: 14,
    identificationNo: 15,
    name: {
      id: "Tingkat produktivitas tenaga kerja dalam proses produksi",
      en: "Labour productivity in the production process",
    },
    nameVariants: ["Tingkat produktifitas tenaga kerja", "Tingkat produktivitas tenaga kerja"],
    stakeholder: "employee",
    priorityRank: 10,
    objectiveGroup: "og-26",
    unit: "rasio",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-labour-productivity",
  },
  {
    no: 15,
    identificationNo: 16,
    name: { id: "Tingkat absensi pekerja", en: "Worker absenteeism rate" },
    stakeholder: "employee",
    priorityRank: 4,
    objectiveGroup: "og-26",
    unit: "%",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-absenteeism",
  },
  {
    no: 16,
    identificationNo: 17,
    name: { id: "Rasio produk cacat", en: "Defective product ratio" },
    stakeholder: "employee",
    priorityRank: 7,
    objectiveGroup: "og-27",
    unit: "%",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-defect-ratio",
  },
  // Penanam Modal
  {
    no: 17,
    identificationNo: 18,
    name: { id: "Current Ratio", en: "Current Ratio" },
    stakeholder: "investor",
    priorityRank: 4,
    objectiveGroup: "og-28-33",
    unit: "rasio",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-current-ratio",
  },
  {
    no: 18,
    identificationNo: 19,
    name: { id: "Debt to Equity", en: "Debt to Equity" },
    stakeholder: "investor",
    priorityRank: 3,
    objectiveGroup: "og-28-33",
    unit: "rasio",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-debt-to-equity",
  },
  {
    no: 19,
    identificationNo: 20,
    name: { id: "Total Asset Turn Over", en: "Total Asset Turn Over" },
    stakeholder: "investor",
    priorityRank: 5,
    objectiveGroup: "og-28-33",
    unit: "kali",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-total-asset-turnover",
  },
  {
    no: 20,
    identificationNo: 21,
    name: {
      id: "Rasio penyelesaian laporan keuangan tepat waktu",
      en: "Ratio of financial reports completed on time",
    },
    stakeholder: "investor",
    priorityRank: 6,
    objectiveGroup: "og-34-36",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-timely-financial-reports",
  },
  {
    no: 21,
    identificationNo: 22,
    name: { id: "Gross Profit Margin on Sales", en: "Gross Profit Margin on Sales" },
    stakeholder: "investor",
    priorityRank: 1,
    objectiveGroup: "og-38-39",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-gross-profit-margin",
  },
  {
    no: 22,
    identificationNo: 23,
    name: { id: "Tingkat pertumbuhan pendapatan", en: "Revenue growth rate" },
    stakeholder: "investor",
    priorityRank: 2,
    objectiveGroup: "og-38-39",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "RED",
    catalogueId: "ipms-revenue-growth",
  },
  // Supplier
  {
    no: 23,
    identificationNo: 24,
    name: { id: "Rasio order mendadak", en: "Rush order ratio" },
    stakeholder: "supplier",
    priorityRank: 2,
    objectiveGroup: "og-40-43",
    unit: "%",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-rush-order-ratio",
  },
  {
    no: 24,
    identificationNo: 25,
    name: { id: "Rasio jumlah pembatalan order", en: "Order cancellation ratio" },
    stakeholder: "supplier",
    priorityRank: 1,
    objectiveGroup: "og-40-43",
    unit: "%",
    direction: "lower",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-order-cancellation-ratio",
  },
  {
    no: 25,
    identificationNo: 26,
    name: { id: "Rasio jumlah ketepatan waktu pembayaran", en: "On-time payment ratio" },
    stakeholder: "supplier",
    priorityRank: 3,
    objectiveGroup: "og-40-43",
    unit: "%",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-on-time-payment-ratio",
  },
  // Masyarakat
  {
    no: 26,
    identificationNo: 27,
    name: { id: "Jumlah kegiatan sosial yang diadakan", en: "Number of social activities held" },
    nameVariants: ["Jumlah kegiatan sosial yang dilakukan"],
    stakeholder: "regulator",
    priorityRank: 1,
    objectiveGroup: "og-44-48",
    unit: "jumlah",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-social-activities",
  },
  {
    no: 27,
    identificationNo: 29,
    name: { id: "Jumlah siswa SMK yang melakukan PKL", en: "Number of vocational-school interns" },
    stakeholder: "regulator",
    priorityRank: 2,
    objectiveGroup: "og-44-48",
    unit: "orang",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "YELLOW",
    catalogueId: "ipms-vocational-interns",
  },
  {
    no: 28,
    identificationNo: 30,
    name: { id: "Jumlah tenaga kerja yang diterima", en: "Number of workers hired" },
    stakeholder: "regulator",
    priorityRank: 3,
    objectiveGroup: "og-49",
    unit: "orang",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-workers-hired",
  },
  {
    no: 29,
    identificationNo: 31,
    name: {
      id: "Jumlah mahasiswa yang melakukan penelitian",
      en: "Number of university students doing research",
    },
    stakeholder: "regulator",
    priorityRank: 4,
    objectiveGroup: "og-50",
    unit: "orang",
    direction: "higher",
    anchors: NO_ANCHORS,
    status: "GREEN",
    catalogueId: "ipms-student-researchers",
  },
];

export const IPMS_EXAMPLE: IpmsExample = {
  source: "Seed 004, Tabel 2–6, Objective Matrix steps a–g, Kesimpulan",
  caseName: CASE_NAMES.ipms,
  status: {
    id:
      "Dokumen tidak mencetak bobot AHP, tabel level OMAX, nilai aktual, skor maupun nilai indeks; hanya urutan " +
      "prioritas, status lampu lalu lintas, spesifikasi KPI 1 dan perubahan indeks +5,2017%.",
    en:
      "The document prints no AHP weights, OMAX level tables, actuals, scores or index values; only priority " +
      "ranks, traffic-light statuses, the specification of KPI 1 and the index change of +5.2017%.",
  },
  // seed 004, Pendahuluan — the four business levels of IPMS
  businessLevels: [
    { id: "Bisnis Induk (Business Corporate)", en: "Business corporate" },
    { id: "Unit Bisnis (Business Unit)", en: "Business unit" },
    { id: "Proses Bisnis (Business Process)", en: "Business process" },
    { id: "Aktivitas (Activity)", en: "Activity" },
  ],
  // seed 004, §6 Pembobotan — stakeholder priority order as stated
  stakeholders: [
    { stakeholder: "customer", name: { id: "Pelanggan", en: "Customers" }, priority: 1 },
    { stakeholder: "investor", name: { id: "Penanam Modal", en: "Investors" }, priority: 2 },
    { stakeholder: "employee", name: { id: "Tenaga Kerja", en: "Employees" }, priority: 3 },
    { stakeholder: "supplier", name: { id: "Supplier", en: "Suppliers" }, priority: 4 },
    { stakeholder: "regulator", name: { id: "Masyarakat", en: "Community" }, priority: 5 },
  ],
  // seed 004, Tabel 2 Hasil identifikasi Objective — requirements 1–50. The stakeholder of each requirement is
  // derived via the KPI that serves it (Tabel 3 → Tabel 5); the document does not label requirements.
  requirements: [
    {
      no: 1,
      stakeholder: "customer",
      text: {
        id: "Spesifikasi barang sesuai dengan pesanan",
        en: "Goods meet the ordered specification",
      },
    },
    {
      no: 2,
      stakeholder: "customer",
      text: { id: "Pengiriman barang tepat waktu", en: "On-time delivery of goods" },
    },
    {
      no: 3,
      stakeholder: "customer",
      text: { id: "Kemudahan dalam bertransaksi", en: "Ease of transacting" },
    },
    {
      no: 4,
      stakeholder: "customer",
      text: {
        id: "Meminimalkan tingkat kecacatan barang saat produksi",
        en: "Minimise defects during production",
      },
    },
    {
      no: 5,
      stakeholder: "customer",
      text: { id: "Kualitas produk selalu dipertahankan", en: "Product quality always maintained" },
    },
    {
      no: 6,
      stakeholder: "customer",
      text: { id: "Komplain cepat direspon", en: "Complaints answered quickly" },
    },
    {
      no: 7,
      stakeholder: "customer",
      text: {
        id: "Akses untuk memantau proses produksi",
        en: "Access to monitor the production process",
      },
    },
    {
      no: 8,
      stakeholder: "customer",
      text: {
        id: "Dukungan dari semua bagian dalam perusahaan untuk menghadapi konsumen",
        en: "Support from every department in dealing with customers",
      },
    },
    {
      no: 9,
      stakeholder: "employee",
      text: { id: "Adanya sistem informasi yang baik", en: "A good information system" },
    },
    {
      no: 10,
      stakeholder: "employee",
      text: { id: "Adanya sistem komputerisasi", en: "A computerised system" },
    },
    {
      no: 11,
      stakeholder: "employee",
      text: { id: "Fasilitas computer yang up to date", en: "Up-to-date computer facilities" },
    },
    {
      no: 12,
      stakeholder: "employee",
      text: {
        id: "Sarana dan prasarana kerja yang memadahi",
        en: "Adequate work facilities and infrastructure",
      },
    },
    {
      no: 13,
      stakeholder: "employee",
      text: {
        id: "Perbaikan sarana dan prasarana kerja",
        en: "Repair of work facilities and infrastructure",
      },
    },
    {
      no: 14,
      stakeholder: "employee",
      text: { id: "Tersedianya SDM yang terlatih", en: "Trained human resources available" },
    },
    {
      no: 15,
      stakeholder: "employee",
      text: {
        id: "Adanya pelatihan yang konsisten dan intensif",
        en: "Consistent and intensive training",
      },
    },
    {
      no: 16,
      stakeholder: "employee",
      text: {
        id: "Adanya pelatihan yang intensif untuk tenaga kerja baru",
        en: "Intensive training for new workers",
      },
    },
    {
      no: 17,
      stakeholder: "employee",
      text: {
        id: "Fasilitas keselamatan kerja yang memadai",
        en: "Adequate occupational-safety facilities",
      },
    },
    {
      no: 18,
      stakeholder: "employee",
      text: { id: "Adanya jaminan keselamatan kerja", en: "Occupational-safety assurance" },
    },
    {
      no: 19,
      stakeholder: "employee",
      text: {
        id: "Perawatan mesin produksi yang teratur",
        en: "Regular maintenance of production machines",
      },
    },
    {
      no: 20,
      stakeholder: "employee",
      text: {
        id: "Peremajaan mesin produksi yang sudah terlalu tua dan sering rusak",
        en: "Replacement of production machines that are too old and break down often",
      },
    },
    {
      no: 21,
      stakeholder: "employee",
      text: { id: "Kejelasan dalam sistem gaji", en: "A clear pay system" },
    },
    {
      no: 22,
      stakeholder: "employee",
      text: { id: "Adanya jenjang karir yang jelas", en: "A clear career path" },
    },
    {
      no: 23,
      stakeholder: "employee",
      text: {
        id: "Sosialisasi Visi, Misi, dan Strategi perusahaan",
        en: "Communication of the company’s vision, mission and strategy",
      },
    },
    {
      no: 24,
      stakeholder: "employee",
      text: {
        id: "Keluhan lebih diperhatikan oleh perusahaan",
        en: "Complaints given more attention by the company",
      },
    },
    {
      no: 25,
      stakeholder: "employee",
      text: {
        id: "Keluhan cepat ditanggapi oleh perusahaan",
        en: "Complaints answered quickly by the company",
      },
    },
    {
      no: 26,
      stakeholder: "employee",
      text: {
        id: "Adanya reward jika target produksi tercapai",
        en: "A reward when the production target is met",
      },
    },
    {
      no: 27,
      stakeholder: "employee",
      text: {
        id: "Adanya kesadaran dari para pekerja bagian proses produksi untuk menjaga kualitas dan kuantitas produksi",
        en: "Awareness among production workers to maintain production quality and quantity",
      },
    },
    {
      no: 28,
      stakeholder: "investor",
      text: {
        id: "Semua komponen bekerja secara professional dan disiplin",
        en: "Everyone works professionally and with discipline",
      },
    },
    {
      no: 29,
      stakeholder: "investor",
      text: {
        id: "Perusahaan bergerak sesuai sistem dan persyaratan-persyaratan standar ISO",
        en: "The company operates according to ISO systems and requirements",
      },
    },
    {
      no: 30,
      stakeholder: "investor",
      text: {
        id: "Adanya kesadaran dari para pekerja untuk menjaga kestabilan kualitas dan kuantitas dalam sistem produksi",
        en: "Awareness among workers to keep quality and quantity stable in the production system",
      },
    },
    {
      no: 31,
      stakeholder: "investor",
      text: {
        id: "Adanya standarisasi proses produksi dan kualitas",
        en: "Standardised production process and quality",
      },
    },
    {
      no: 32,
      stakeholder: "investor",
      text: {
        id: "Perencanaan produksi dan target yang jelas",
        en: "Clear production planning and targets",
      },
    },
    {
      no: 33,
      stakeholder: "investor",
      text: {
        id: "Setiap proses produksi berjalan dengan lancar",
        en: "Every production process runs smoothly",
      },
    },
    {
      no: 34,
      stakeholder: "investor",
      text: {
        id: "Transparansi laporan keuangan dari tiap-tiap bagian di perusahaan",
        en: "Transparent financial reports from every department",
      },
    },
    {
      no: 35,
      stakeholder: "investor",
      text: {
        id: "Adanya sistem laporan keuangan yang efektif",
        en: "An effective financial reporting system",
      },
    },
    {
      no: 36,
      stakeholder: "investor",
      text: {
        id: "Transparansi laporan keuangan perusahaan",
        en: "Transparent company financial reports",
      },
    },
    {
      no: 37,
      stakeholder: "investor",
      text: {
        id: "Laporan keuangan diserahkan tepat waktu",
        en: "Financial reports submitted on time",
      },
    },
    {
      no: 38,
      stakeholder: "investor",
      text: {
        id: "Adanya peningkatan keuntungan dan pendapatan perusahaan",
        en: "Growth in company profit and revenue",
      },
    },
    {
      no: 39,
      stakeholder: "investor",
      text: {
        id: "Produk perusahaan lebih dikenal diskala nasional, bahkan jika memungkinkan diskala internasional.",
        en: "The company’s products better known nationally, and internationally if possible",
      },
    },
    {
      no: 40,
      stakeholder: "supplier",
      text: { id: "Peningkatan jumlah order", en: "More orders" },
    },
    { no: 41, stakeholder: "supplier", text: { id: "Order teratur", en: "Regular orders" } },
    {
      no: 42,
      stakeholder: "supplier",
      text: { id: "Pembayaran tepat waktu", en: "On-time payment" },
    },
    {
      no: 43,
      stakeholder: "supplier",
      text: {
        id: "Terjalin hubungan baik dengan perusahaan",
        en: "A good relationship with the company",
      },
    },
    {
      no: 44,
      stakeholder: "regulator",
      text: {
        id: "Menjadi perusahaan yang ramah lingkungan",
        en: "Be an environmentally friendly company",
      },
    },
    {
      no: 45,
      stakeholder: "regulator",
      text: { id: "Perusahaan dapat bersaing dengan sehat", en: "The company competes fairly" },
    },
    {
      no: 46,
      stakeholder: "regulator",
      text: { id: "Mengelola limbah dengan baik", en: "Manage waste well" },
    },
    {
      no: 47,
      stakeholder: "regulator",
      text: {
        id: "Mengadakan kegiatan sosial secara rutin",
        en: "Hold social activities regularly",
      },
    },
    {
      no: 48,
      stakeholder: "regulator",
      text: {
        id: "Menerima Siswa SMK yang ingin melakukan PKL",
        en: "Accept vocational-school students for internships",
      },
    },
    {
      no: 49,
      stakeholder: "regulator",
      text: { id: "Membuka lowongan pekerjaan", en: "Open job vacancies" },
    },
    {
      no: 50,
      stakeholder: "regulator",
      text: {
        id: "Menerima Mahasiswa yang ingin melakukan penelitian",
        en: "Accept university students who want to do research",
      },
    },
  ],
  // seed 004, Tabel 2/Tabel 3 — requirement numbers → objectives (requirement 37 is not in any Tabel 3 row)
  objectiveGroups: [
    {
      id: "og-1-8",
      requirementNos: [1, 2, 3, 4, 5, 6, 7, 8],
      objectives: [
        { id: "Meningkatkan kepuasan pelanggan", en: "Increase customer satisfaction" },
        { id: "Meningkatkan loyalitas pelanggan", en: "Increase customer loyalty" },
      ],
    },
    {
      id: "og-9-13",
      requirementNos: [9, 10, 11, 12, 13],
      objectives: [
        {
          id: "Meningkatkan kualitas sistem informasi manajemen",
          en: "Improve the management information system",
        },
        { id: "Meningkatkan keefektifan kerja pekerja", en: "Increase workers’ effectiveness" },
        {
          id: "Meningkatkan kenyamanan bekerja para pekerja",
          en: "Increase workers’ comfort at work",
        },
      ],
    },
    {
      id: "og-14-16",
      requirementNos: [14, 15, 16],
      objectives: [{ id: "Meningkatkan kualitas SDM", en: "Improve human-resource quality" }],
    },
    {
      id: "og-17-18",
      requirementNos: [17, 18],
      objectives: [
        { id: "Menurunkan tingkat kecelakaan kerja", en: "Reduce work accidents" },
        { id: "Meningkatkan rasa aman dalam bekerja", en: "Increase the sense of safety at work" },
      ],
    },
    {
      id: "og-19-20",
      requirementNos: [19, 20],
      objectives: [{ id: "Mengurangi tingkat kerusakan mesin", en: "Reduce machine breakdowns" }],
    },
    {
      id: "og-21-23",
      requirementNos: [21, 22, 23],
      objectives: [{ id: "Meningkatkan loyalitas para pekerja", en: "Increase workers’ loyalty" }],
    },
    {
      id: "og-24-25",
      requirementNos: [24, 25],
      objectives: [{ id: "Menurunkan keluhan para pekerja", en: "Reduce workers’ complaints" }],
    },
    {
      id: "og-26",
      requirementNos: [26],
      objectives: [
        {
          id: "Memotivasi para pekerja agar lebih giat bekerja",
          en: "Motivate workers to work harder",
        },
        { id: "Meningkatkan produktivitas para pekerja", en: "Increase workers’ productivity" },
        { id: "Meningkatkan kompetensi antar pekerja", en: "Increase competence among workers" },
      ],
    },
    {
      id: "og-27",
      requirementNos: [27],
      objectives: [{ id: "Mengurangi produk cacat", en: "Reduce defective products" }],
    },
    {
      id: "og-28-33",
      requirementNos: [28, 29, 30, 31, 32, 33],
      objectives: [
        {
          id: "Meningkatkan efisiensi dan efektivitas produksi",
          en: "Increase production efficiency and effectiveness",
        },
        { id: "Menurunkan biaya operasional", en: "Reduce operating costs" },
      ],
    },
    {
      id: "og-34-36",
      requirementNos: [34, 35, 36],
      objectives: [{ id: "Meningkatkan kinerja keuangan", en: "Improve financial performance" }],
    },
    {
      id: "og-38-39",
      requirementNos: [38, 39],
      objectives: [
        {
          id: "Meningkatkan keuntungan dan pendapatan perusahaan",
          en: "Increase company profit and revenue",
        },
      ],
    },
    {
      id: "og-40-43",
      requirementNos: [40, 41, 42, 43],
      objectives: [
        {
          id: "Meningkatkan hubungan baik dengan supplier",
          en: "Strengthen good relations with suppliers",
        },
      ],
    },
    {
      id: "og-44-48",
      requirementNos: [44, 45, 46, 47, 48],
      objectives: [
        { id: "Meningkatkan kepercayaan masyarakat", en: "Increase the community’s trust" },
        {
          id: "Menjalin hubungan baik dengan masyarakat",
          en: "Build good relations with the community",
        },
      ],
    },
    {
      id: "og-49",
      requirementNos: [49],
      objectives: [
        { id: "Meningkatkan upaya penyerapan tenaga kerja", en: "Increase local employment" },
      ],
    },
    {
      id: "og-50",
      requirementNos: [50],
      objectives: [
        {
          id: "Meningkatkan pengadaan penelitian yang berpotensi untuk diimplementasikan oleh perusahaan",
          en: "Host more research with potential for implementation by the company",
        },
      ],
    },
  ],
  kpis: IPMS_KPIS,
  // seed 004, §2 Identifikasi KPI — identified but not used
  droppedKpis: [
    {
      identificationNo: 2,
      name: { id: "Rasio kesalahan kuantitas pengiriman", en: "Delivery quantity error ratio" },
      reason: {
        id: "Kesalahan kuantitas pengiriman tidak pernah terjadi; produksi hanya berdasarkan pesanan.",
        en: "Delivery quantity errors never occurred; production is make-to-order only.",
      },
    },
    {
      identificationNo: 28,
      name: { id: "Tingkat pengolahan limbah", en: "Waste treatment rate" },
      reason: {
        id: "Hampir tidak ada limbah berbahaya; sisa produksi diproses kembali; tak ada departemen pengolahan limbah.",
        en: "Hardly any hazardous waste; production scrap is reprocessed; there is no waste-treatment department.",
      },
    },
  ],
  // seed 004, Tabel 4 Spesifikasi KPI Rasio pengiriman produk tepat waktu — the only record printed
  specRecords: [
    {
      kpiNo: 1,
      description: {
        id: "Rasio pengiriman produk tepat waktu",
        en: "On-time product delivery ratio",
      },
      purpose: {
        id: "Untuk memberikan pelayanan terbaik kepada pelanggan dalam hal waktu pengiriman pesanan.",
        en: "To give customers the best service in terms of order delivery time.",
      },
      relatedObjectives: [
        { id: "Meningkatkan kepuasan pelanggan", en: "Increase customer satisfaction" },
        { id: "Meningkatkan loyalitas pelanggan", en: "Increase customer loyalty" },
      ],
      target: 100,
      targetUnit: "%",
      formula: {
        id: "Σ order terkirim tepat waktu / Σ order terkirim × 100%",
        en: "Σ orders delivered on time / Σ orders delivered × 100%",
      },
      frequency: { id: "6 bulan", en: "Every 6 months" },
      dataSource: { id: "Bagian Pemasaran", en: "Marketing department" },
    },
  ],
  weightScale: {
    id:
      "Bobot AHP dikalikan 100 sehingga jumlah bobot seluruh kriteria = 100; indeks pada skala 0–1000, " +
      "indeks bila semua KPI di level 3 (baseline) = 300.",
    en:
      "AHP weights are multiplied by 100 so that all criteria sum to 100; the index is on 0–1000 and the " +
      "all-baseline (level 3) index is 300.",
  },
  // seed 004, abstract & Kesimpulan: "+5,2017%"; the current index value itself is not printed
  index: {
    baseline: 300,
    changePct: 5.2017,
    periodsPrinted: ["Juli–Desember 2012 (Pembahasan, Tabel 6)", "Januari–Juni 2009 (Kesimpulan)"],
  },
  // seed 004, Kesimpulan (matches Tabel 6 read with the per-stakeholder evaluation)
  statusCounts: { green: 9, yellow: 13, red: 7 },
  // seed 004, Traffic Light System and the discussion after Tabel 6
  trafficLightMeaning: [
    {
      status: "GREEN",
      text: {
        id: "Pencapaian sudah memenuhi target; tidak perlu perbaikan, tetapi tetap diawasi.",
        en: "Target reached; no corrective action needed, but keep monitoring.",
      },
    },
    {
      status: "YELLOW",
      text: {
        id: "Belum mencapai target meskipun mendekati / meningkat dibanding periode sebelumnya; tetap waspada.",
        en: "Not yet on target though close / improved on the previous period; stay alert.",
      },
    },
    {
      status: "RED",
      text: {
        id: "Jauh di bawah target dan bahkan menurun dibanding periode sebelumnya; perlu perbaikan segera.",
        en: "Well below target and even down on the previous period; needs immediate action.",
      },
    },
  ],
  notes: [
    {
      id:
        "OMAX (Riggs): level 1–2 dengan langkah (L3 − L0)/3, level 4–9 dengan langkah (L10 − L3)/7; skor = level " +
        'yang paling mendekati kinerja sekarang (spec §3.2 mode "nearest").',
      en:
        "OMAX (Riggs): levels 1–2 step (L3 − L0)/3, levels 4–9 step (L10 − L3)/7; score = the level closest to " +
        'current performance (spec §3.2 "nearest" mode).',
    },
    {
      id: "Perubahan indeks = (current − previous)/previous; tanpa pengukuran sebelumnya, previous = 300 (spec §3.3).",
      en: "Index change = (current − previous)/previous; without a previous measurement, previous = 300 (spec §3.3).",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// UMKM KPI — seed 003 (Batik 20 Ikan Mas) and spec §5
// ---------------------------------------------------------------------------------------------------------------

export const UMKM_EXAMPLE: UmkmExample = {
  source: "Seed 003, Tabel 4.1, 4.2, 4.3, §2.1, §4.1; spec §5",
  caseName: CASE_NAMES.umkm,
  // seed 003, Tabel 4.1 Kriteria pembobotan KPI (Arini, 2018)
  priorityClasses: [
    {
      id: "penting",
      name: { id: "Penting", en: "Important" },
      criterion: {
        id: "Indikator penting, namun bukan main value driver untuk operasional organisasi",
        en: "Important, but not a main value driver of the organisation’s operations",
      },
      minPct: 5,
      maxPct: 10,
    },
    {
      id: "sangat-penting",
      name: { id: "Sangat Penting", en: "Very important" },
      criterion: {
        id: "Indikator sangat penting dan merupakan main value driver untuk operasional organisasi",
        en: "Very important and a main value driver of the organisation’s operations",
      },
      minPct: 10,
      maxPct: 15,
    },
    {
      id: "kritikal",
      name: { id: "Kritikal", en: "Critical" },
      criterion: {
        id: "Indikator sangat penting dan kritikal dalam pencapaian tujuan operasi organisasi",
        en: "Very important and critical to achieving the organisation’s operating goals",
      },
      minPct: 15,
    },
  ],
  // seed 003, §4.1 — KPI groups as the partner arranged them
  kpiGroups: [
    {
      id: "sales",
      name: { id: "KPI untuk penjual (sales)", en: "Sales KPIs" },
      kpiIds: [
        "umkm-order-count",
        "umkm-new-customers",
        "umkm-profit-increase",
        "umkm-payment-quality",
      ],
    },
    {
      id: "marketing-design",
      name: { id: "KPI untuk pemasaran dan disain", en: "Marketing & design KPIs" },
      kpiIds: ["umkm-new-batik-patterns", "umkm-product-variants"],
    },
    {
      id: "production",
      name: { id: "KPI untuk produksi", en: "Production KPIs" },
      kpiIds: ["umkm-production-cost-saving", "umkm-waste-reduction"],
    },
  ],
  // seed 003, Tabel 4.2 (weights) and Tabel 4.3 (targets, periods); spec §5. Priority classes are derived from the
  // weight by the editor (the document does not classify the eight KPIs).
  kpis: [
    {
      id: "umkm-order-count",
      name: { id: "Jumlah Order", en: "Number of orders" },
      group: "sales",
      weightPct: 25,
      priorityClasses: ["kritikal"],
      priorityClassDerived: true,
      target: 50,
      targetUnit: "%",
      targetText: { id: "Peningkatan order 50%", en: "50% growth in orders" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-order-count",
    },
    {
      id: "umkm-new-customers",
      name: { id: "Jumlah Pelanggan baru", en: "Number of new customers" },
      group: "sales",
      weightPct: 15,
      priorityClasses: ["sangat-penting", "kritikal"],
      priorityClassDerived: true,
      target: 2,
      targetUnit: "jumlah",
      targetText: { id: "2 pelanggan baru", en: "2 new customers" },
      period: "monthly",
      periodText: { id: "Per bulan", en: "Per month" },
      direction: "higher",
      catalogueId: "umkm-new-customers",
    },
    {
      id: "umkm-profit-increase",
      name: { id: "Peningkatan Keuntungan", en: "Profit increase" },
      group: "sales",
      weightPct: 10,
      priorityClasses: ["penting", "sangat-penting"],
      priorityClassDerived: true,
      target: 10,
      targetUnit: "%",
      targetText: { id: "10%", en: "10%" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-profit-increase",
    },
    {
      id: "umkm-payment-quality",
      name: { id: "Kualitas pembayaran", en: "Payment quality" },
      group: "sales",
      weightPct: 5,
      priorityClasses: ["penting"],
      priorityClassDerived: true,
      target: 50,
      targetUnit: "%",
      targetText: { id: "50% membayar <=30 hari", en: "50% (of customers) pay within 30 days" },
      period: "monthly",
      periodText: { id: "Tiap bulan", en: "Every month" },
      direction: "higher",
      catalogueId: "umkm-payment-quality",
    },
    {
      id: "umkm-new-batik-patterns",
      name: { id: "Corak batik baru", en: "New batik patterns" },
      group: "marketing-design",
      weightPct: 10,
      priorityClasses: ["penting", "sangat-penting"],
      priorityClassDerived: true,
      target: 5,
      targetUnit: "jumlah",
      targetText: { id: "5 corak baru", en: "5 new patterns" },
      period: "quarterly",
      periodText: { id: "Per kuartal", en: "Per quarter" },
      direction: "higher",
      catalogueId: "umkm-new-batik-patterns",
    },
    {
      id: "umkm-product-variants",
      name: { id: "Variasi produk", en: "Product variants" },
      group: "marketing-design",
      weightPct: 10,
      priorityClasses: ["penting", "sangat-penting"],
      priorityClassDerived: true,
      target: 5,
      targetUnit: "jumlah",
      targetText: { id: "5 varian produk baru", en: "5 new product variants" },
      period: "quarterly",
      periodText: { id: "Per kuartal", en: "Per quarter" },
      direction: "higher",
      catalogueId: "umkm-product-variants",
    },
    {
      id: "umkm-production-cost-saving",
      name: { id: "Penghematan biaya produksi", en: "Production cost saving" },
      group: "production",
      weightPct: 20,
      priorityClasses: ["kritikal"],
      priorityClassDerived: true,
      target: 20,
      targetUnit: "%",
      targetText: { id: "20%", en: "20%" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-production-cost-saving",
    },
    {
      id: "umkm-waste-reduction",
      name: { id: "Pengurangan limbah", en: "Waste reduction" },
      group: "production",
      weightPct: 5,
      priorityClasses: ["penting"],
      priorityClassDerived: true,
      target: 5,
      targetUnit: "%",
      targetText: { id: "5%", en: "5%" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-waste-reduction",
    },
  ],
  // seed 003, §4.1 Traffic Light System; spec §4.1
  trafficLight: {
    greenFromPct: 100,
    yellowFromPct: 95,
    text: {
      id: "Hijau: pencapaian ≥ 100% target; Kuning: 95–100%; Merah: di bawah 95%.",
      en: "Green: achievement ≥ 100% of target; Yellow: 95–100%; Red: below 95%.",
    },
  },
  // seed 003, §2.1 Solusi Permasalahan (and §4.1) — SMART-C criteria for a KPI's target
  smartC: [
    {
      letter: "S",
      name: { id: "Spesifik", en: "Specific" },
      note: {
        id: "Indikator kinerja didefinisikan secara spesifik dan sesuai visi, misi dan rencana strategis.",
        en: "The indicator is defined specifically and fits the vision, mission and strategic plan.",
      },
    },
    {
      letter: "M",
      name: { id: "Measurable", en: "Measurable" },
      note: {
        id: "Kinerja dapat diukur dan dikuantifikasi dengan satuan tertentu.",
        en: "Performance can be measured and quantified in a stated unit.",
      },
    },
    {
      letter: "A",
      name: { id: "Achievable", en: "Achievable" },
      note: {
        id: "Sasaran masuk akal dan memungkinkan untuk dicapai.",
        en: "The target is reasonable and attainable.",
      },
    },
    {
      letter: "R",
      name: { id: "Relevant", en: "Relevant" },
      note: {
        id: "Sesuai dengan lingkup bisnis dan proses bisnis, sejalan dengan tujuan dan target utama perusahaan.",
        en: "Fits the business scope and processes and is aligned with the company’s main goals and targets.",
      },
    },
    {
      letter: "T",
      name: { id: "Time Bound", en: "Time-bound" },
      note: {
        id: "Ada batas waktu yang jelas untuk pencapaian sasaran.",
        en: "There is a clear deadline for reaching the target.",
      },
    },
    {
      letter: "C",
      name: { id: "Challenging", en: "Challenging" },
      note: {
        id: "Target merupakan peningkatan dari periode sebelumnya dan cukup menantang untuk memacu karyawan.",
        en: "The target improves on the previous period and is stretching enough to spur employees.",
      },
    },
  ],
  // seed 003, §4.1 — requirements for indicators and targets (seven points)
  kpiRequirements: [
    {
      id: "Diidentifikasi secara tertentu, mudah dimengerti, dan jelas.",
      en: "Clearly identified and easy to understand.",
    },
    { id: "Dapat dihitung dan objektif.", en: "Calculable and objective." },
    {
      id: "Sesuai dengan kondisi kegiatan unit usaha.",
      en: "Fits the business unit’s activities.",
    },
    {
      id: "Bermanfaat dalam menentukan hasil dan membantu pencapaian tujuan perusahaan.",
      en: "Useful for judging results and helps achieve the company’s goals.",
    },
    {
      id: "Sensitif terhadap perubahan dan mudah beradaptasi dengan dinamika situasi.",
      en: "Sensitive to change and adaptable to changing situations.",
    },
    {
      id: "Kualitas pencapaiannya dapat dihitung dan diukur.",
      en: "The quality of achievement can be measured.",
    },
    {
      id: "Dapat dikuantifikasi dan datanya diolah secara ekonomis.",
      en: "Quantifiable, with data processed economically.",
    },
  ],
  // seed 003, §4.1 — monitoring practice
  monitoring: [
    {
      id: "KPI diukur dan dilaporkan tiap bulan; penjelasan dimulai dari KPI dengan pencapaian paling rendah.",
      en: "KPIs are measured and reported monthly; the review starts from the KPI with the lowest achievement.",
    },
    {
      id: "Periode pengukuran (bulanan, kuartalan, tahunan) mengikuti kritikalitas: makin kritikal, makin sering.",
      en: "Measurement period (monthly, quarterly, yearly) follows criticality: the more critical, the more often.",
    },
    {
      id: "KPI dan target dituangkan dalam kontrak manajemen yang ditandatangani pimpinan dan diperbarui tiap tahun.",
      en: "KPIs and targets go into a management contract signed by the owner and renewed every year.",
    },
    {
      id:
        "Sumber data: laporan kinerja bulanan dan tahunan, laporan keuangan, survei kepuasan pelanggan dan " +
        "survei kepuasan karyawan.",
      en: "Data sources: monthly and annual performance reports, financial statements, customer and employee surveys.",
    },
  ],
  notes: [
    {
      id:
        'Bobot dijumlah 100%. Urutan "level" dalam teks (1 jumlah order 25%, 2 pelanggan baru 15%, 3 keuntungan ' +
        "10%, 4 corak 10%, 5 variasi 10%, 6 penghematan biaya 20%, 7 limbah 5%) tidak urut bobot dan melewatkan " +
        "kualitas pembayaran.",
      en:
        'Weights sum to 100%. The text’s "level" order (1 orders 25%, 2 new customers 15%, 3 profit 10%, ' +
        "4 patterns 10%, 5 variants 10%, 6 cost saving 20%, 7 waste 5%) is not in weight order and skips " +
        "payment quality.",
    },
    {
      id: "Kelas prioritas diturunkan dari bobot; 10% dan 15% termasuk dua kelas yang berbatasan (spec §5).",
      en: "Priority classes are derived from the weights; 10% and 15% belong to both neighbouring classes (spec §5).",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Dynamic PMS — seed 000 (abstract)
// ---------------------------------------------------------------------------------------------------------------

export const DPMS_NOTES: DpmsNotes = {
  source: "Seed 000, abstract",
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
