/**
 * The IPMS's filled example: PT X, an iron foundry, from Susetyo, J., "Penerapan sistem pengukuran
 * kinerja perusahaan dengan metode Integrated Performance Measurement Systems (IPMS) pada PT X",
 * IST AKPRIND Yogyakarta (no year printed): Tabel 2–6, the OMAX steps a–g, Kesimpulan.
 */
import { CASE_NAMES } from "../case-names";
import type { Lang } from "../../../sheet/plan";
import { type Text, t } from "../../../sheet/text";
import type { OmaxAnchors, TrafficLight } from "../types";
import type { Direction, Stakeholder, Unit } from "../vocabulary";

export interface IpmsStakeholderInfo {
  stakeholder: Stakeholder;
  /** Priority order among stakeholders as stated (1 = most important). */
  priority: number;
}

export interface IpmsRequirement {
  no: number;
  text: Text;
  /** Derived from the KPI that serves it (Tabel 3 → Tabel 5); the document does not label requirements. */
  stakeholder?: Stakeholder;
}

/** A row of Tabel 2/Tabel 3: requirement numbers → objectives. */
export interface IpmsObjectiveGroup {
  id: string;
  /** Requirement numbers as printed in the No. column of Tabel 3. */
  requirementNos: readonly number[];
  objectives: readonly Text[];
}

/** KPI specification record (Tabel 4 style). */
export interface KpiSpecRecord {
  kpiNo: number;
  description: Text;
  purpose: Text;
  /** Kept for the record: as Tabel 4 prints them (the sheet shows the register's objectives). */
  relatedObjectives: readonly Text[];
  /** Kept for the record: Tabel 4's target and its unit (KPI 1's level-10 anchor in the example). */
  target?: number;
  /** Kept for the record: see `target`. */
  targetUnit?: Unit;
  formula: Text;
  frequency: Text;
  dataSource: Text;
}

export interface IpmsKpi {
  /** Final number 1–29 (Tabel 5/6). */
  no: number;
  /** Kept for the record: its number in Tabel 3 (1–31, before two KPIs were dropped; see droppedKpis). */
  identificationNo: number;
  name: Text;
  /** Kept for the record: other spellings of the name printed elsewhere in the document. */
  nameVariants?: readonly string[];
  stakeholder: Stakeholder;
  /** Rank within the stakeholder (Tabel 5), 1 = most important. */
  priorityRank: number;
  objectiveGroup: string;
  unit: Unit;
  direction: Direction;
  anchors: OmaxAnchors;
  status: TrafficLight;
  /** Kept for the record: the same KPI in the catalogue (the catalogue test checks it exists). */
  catalogueId: string;
}

export interface IpmsExample {
  /** Kept for the record: where in the document to check the example. */
  source: string;
  caseName: Text;
  /** Kept for the record: how complete the case is in the document, so why the example illustrates the rest. */
  status: Text;
  /** Kept for the record: the four business levels IPMS works down through. */
  businessLevels: readonly Text[];
  stakeholders: readonly IpmsStakeholderInfo[];
  requirements: readonly IpmsRequirement[];
  objectiveGroups: readonly IpmsObjectiveGroup[];
  kpis: readonly IpmsKpi[];
  /** Kept for the record: the two KPIs identified but not used, and why. */
  droppedKpis: readonly { identificationNo: number; name: Text; reason: Text }[];
  specRecords: readonly KpiSpecRecord[];
  /** Kept for the record: the document's weight scale (×100), which the template follows. */
  weightScale: Text;
  /** Kept for the record: the index as printed (only its change), which the example does not reproduce. */
  index: {
    /** All-baseline index used when there is no previous measurement. */
    baseline: number;
    /** Change against the previous period, in %, as printed. */
    changePct: number;
    periodsPrinted: readonly string[];
  };
  /** The statuses as printed (the tests check that the example ends in them). */
  statusCounts: { green: number; yellow: number; red: number };
  /** Kept for the record: what each light means to the company. */
  trafficLightMeaning: readonly { status: TrafficLight; text: Text }[];
  /** Kept for the record: the document's OMAX and index rules (docs/methods.md §3 implements them). */
  notes: readonly Text[];
}

/** The document prints no OMAX level table: level 0, level 3 (baseline) and level 10 are all undefined. */
const NO_ANCHORS = { anchorLevel: 3 } as const;

// Tabel 3 (identification no., objective group), Tabel 5 (stakeholder, priority), Tabel 6 (status).
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
  source: "Susetyo, Tabel 2–6, Objective Matrix steps a–g, Kesimpulan",
  caseName: CASE_NAMES.ipms,
  status: {
    id:
      "Dokumen tidak mencetak bobot AHP, tabel level OMAX, nilai aktual, skor maupun nilai indeks; hanya urutan " +
      "prioritas, status lampu lalu lintas, spesifikasi KPI 1 dan perubahan indeks +5,2017%.",
    en:
      "The document prints no AHP weights, OMAX level tables, actuals, scores or index values; only priority " +
      "ranks, traffic-light statuses, the specification of KPI 1 and the index change of +5.2017%.",
  },
  // Pendahuluan — the four business levels of IPMS
  businessLevels: [
    { id: "Bisnis Induk (Business Corporate)", en: "Business corporate" },
    { id: "Unit Bisnis (Business Unit)", en: "Business unit" },
    { id: "Proses Bisnis (Business Process)", en: "Business process" },
    { id: "Aktivitas (Activity)", en: "Activity" },
  ],
  // §6 Pembobotan — stakeholder priority order as stated
  stakeholders: [
    { stakeholder: "customer", priority: 1 },
    { stakeholder: "investor", priority: 2 },
    { stakeholder: "employee", priority: 3 },
    { stakeholder: "supplier", priority: 4 },
    { stakeholder: "regulator", priority: 5 },
  ],
  // Tabel 2 Hasil identifikasi Objective — requirements 1–50. The stakeholder of each requirement is
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
  // Tabel 2/Tabel 3 — requirement numbers → objectives (requirement 37 is not in any Tabel 3 row)
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
  // §2 Identifikasi KPI — identified but not used
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
  // Tabel 4 Spesifikasi KPI Rasio pengiriman produk tepat waktu — the only record printed
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
  // abstract & Kesimpulan: "+5,2017%"; the current index value itself is not printed
  index: {
    baseline: 300,
    changePct: 5.2017,
    periodsPrinted: ["Juli–Desember 2012 (Pembahasan, Tabel 6)", "Januari–Juni 2009 (Kesimpulan)"],
  },
  // Kesimpulan (matches Tabel 6 read with the per-stakeholder evaluation)
  statusCounts: { green: 9, yellow: 13, red: 7 },
  // Traffic Light System and the discussion after Tabel 6
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

// What the example adds to make a working scorecard. The document prints no AHP weights, OMAX
// level tables or actuals; the anchors, judgements and levels below are illustrative, and the sheets
// say so (IPMS_EXAMPLE_TEXT.provenance).

/** A stakeholder's place in the document's order of priority (1 = most important). */
export function ipmsStakeholderRank(stakeholder: Stakeholder): number {
  return IPMS_EXAMPLE.stakeholders.find((s) => s.stakeholder === stakeholder)!.priority;
}

/** Rank-sum weights, from which the example derives its judgements: with m items, rank r weighs m − r + 1. */
export function rankWeights(ranks: number[]): number[] {
  const m = ranks.length;
  return ranks.map((r) => m - r + 1);
}

/**
 * Illustrative OMAX anchors by unit and direction: the document prints only KPI 1's target
 * (100 %). [worst L0, baseline L3, target L10].
 */
function illustrativeAnchors(kpi: IpmsKpi): [number, number, number] {
  const higher = kpi.direction === "higher";
  const byUnit: Record<string, [number, number, number]> = {
    "%": higher ? [60, 80, 100] : [20, 10, 2],
    jumlah: higher ? [2, 6, 12] : [20, 10, 2],
    orang: higher ? [0, 5, 15] : [20, 10, 2],
    rasio: higher ? [0.5, 1, 2] : [2, 1, 0.5],
    kali: higher ? [0.5, 1, 2] : [2, 1, 0.5],
  };
  const anchors = byUnit[kpi.unit] ?? (higher ? [0, 5, 10] : [10, 5, 0]);
  return kpi.anchors.level10 !== undefined
    ? [anchors[0], anchors[1], kpi.anchors.level10]
    : anchors;
}

/** A level in the printed status's band, varied by position (GREEN 8–10, YELLOW 4–7, RED 1–3). */
function levelForStatus(status: string, k: number): number {
  if (status === "GREEN") return [8, 9, 10][k % 3];
  if (status === "YELLOW") return [4, 5, 6, 7][k % 4];
  return [1, 2, 3][k % 3];
}

/** [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8". */
function numberRuns(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
}

/** The example's register rows, stakeholder by stakeholder in order of priority. */
export function ipmsExampleRows(lang: Lang) {
  // The register shows the requirements' numbers (their texts, up to 400 characters a group, are
  // listed under the register) and the objectives' texts.
  const requirementsOf = (group: string) => {
    const g = IPMS_EXAMPLE.objectiveGroups.find((x) => x.id === group);
    if (!g) return { requirements: null, objectives: null };
    return {
      requirements: numberRuns(g.requirementNos),
      objectives: g.objectives.map((o) => t(lang, o)).join("; "),
    };
  };
  const byPriority = IPMS_EXAMPLE.stakeholders
    .slice()
    .sort((a, b) => a.priority - b.priority)
    .map((s) => s.stakeholder);
  const kpis = byPriority.flatMap((s) => IPMS_EXAMPLE.kpis.filter((k) => k.stakeholder === s));
  return kpis.map((kpi, k) => {
    const record = IPMS_EXAMPLE.specRecords.find((r) => r.kpiNo === kpi.no);
    return {
      code: `K${String(kpi.no).padStart(2, "0")}`,
      stakeholder: kpi.stakeholder,
      ...requirementsOf(kpi.objectiveGroup),
      name: kpi.name,
      unit: kpi.unit,
      anchors: illustrativeAnchors(kpi),
      rank: kpi.priorityRank,
      finalLevel: levelForStatus(kpi.status, k),
      spec: record
        ? {
            purpose: record.purpose,
            formula: record.formula,
            frequency: record.frequency,
            dataSource: record.dataSource,
            description: record.description,
          }
        : undefined,
    };
  });
}

/** What the example's sheets say about where its values come from. */
export const IPMS_EXAMPLE_TEXT = {
  /** The title of the requirements listed under the register. */
  requirementList: {
    id: "Kebutuhan stakeholder (Susetyo, Tabel 2), dengan nomor yang dirujuk kolom C; stakeholder menurut KPI yang melayaninya",
    en: "Stakeholder requirements (Susetyo, Table 2), by the numbers column C refers to; stakeholder as per the KPI serving it",
  },
  ahpNote: {
    id: "Contoh: penilaian diturunkan dari urutan prioritas yang dicetak dokumen (bobot menurut peringkat, dibulatkan ke skala Saaty); dokumen tidak mencetak bobot AHP.",
    en: "Example: judgements derived from the priority order the document prints (rank-sum weights, rounded to Saaty's scale); the document prints no AHP weights.",
  },
  provenance: {
    id: "Contoh. Dari Susetyo, Penerapan sistem pengukuran kinerja perusahaan dengan metode Integrated Performance Measurement Systems (IPMS) pada PT X, IST AKPRIND Yogyakarta, tanpa tahun: stakeholder dan urutan prioritasnya, kebutuhan stakeholder (Tabel 2) dan sasaran, 29 KPI dengan peringkat prioritasnya (Tabel 5) dan status lampu tiap KPI (Tabel 6: 9 hijau, 13 kuning, 7 merah), spesifikasi KPI 1 dengan target 100% (Tabel 4). Ilustrasi, bukan dari sumber: satuan dan arah KPI, jangkar OMAX selain target KPI 1, penilaian berpasangan (diturunkan dari peringkat), realisasi (dipilih agar tiap KPI berakhir pada status tercetaknya), sehingga juga indeks dan perubahannya (dokumen mencetak +5,2017%).",
    en: "Example. From Susetyo, Penerapan sistem pengukuran kinerja perusahaan dengan metode Integrated Performance Measurement Systems (IPMS) pada PT X, IST AKPRIND Yogyakarta, no year: the stakeholders and their priority order, the stakeholder requirements (Table 2) and objectives, the 29 KPIs with their priority ranks (Table 5) and each KPI's traffic light (Table 6: 9 green, 13 yellow, 7 red), KPI 1's specification with its 100% target (Table 4). Illustrative, not from the source: units and directions, the OMAX anchors other than KPI 1's target, the pairwise judgements (derived from the ranks), the actuals (chosen so each KPI ends in its printed status) and so the index and its change (the document prints +5.2017%).",
  },
} satisfies Record<string, Text>;
