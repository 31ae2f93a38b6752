/**
 * The UMKM scorecard's filled example: Batik 20 Ikan Mas, Jakarta, from Universitas Tarumanagara
 * (2020), "Pengukuran kinerja UMKM dengan menggunakan Key Performance Indicator", community-service
 * report: Tabel 4.1–4.3, §2.1, §4.1; docs/methods.md §5.
 */
import { CASE_NAMES } from "../case-names";
import type { Text } from "../../../sheet/text";
import type { PriorityClass } from "../../../core";
import { UMKM_GROUPS, type Direction, type UmkmKpiGroup, type Unit } from "../vocabulary";

export type UmkmPeriod = "monthly" | "quarterly" | "year-end";

export interface UmkmKpi {
  name: Text;
  group: UmkmKpiGroup;
  weightPct: number;
  /**
   * The classes whose range contains the weight (10% and 15% belong to both neighbours,
   * docs/methods.md §5): the editor's, from the weight — the document does not classify the KPIs.
   */
  priorityClasses: readonly PriorityClass[];
  target: number;
  targetUnit: Unit;
  /** Kept for the record: the target as printed, and its English translation. */
  targetText: Text;
  period: UmkmPeriod;
  /** Kept for the record: the period as printed. */
  periodText: Text;
  direction: Direction;
  /** Kept for the record: the same KPI in the catalogue (the catalogue test checks it exists). */
  catalogueId: string;
}

export interface UmkmExample {
  /** Kept for the record: where in the document to check the example. */
  source: string;
  caseName: Text;
  /**
   * Kept for the record: Tabel 4.1's criterion for each priority class (the classes' names and
   * weight ranges are src/core's CLASS_RANGES).
   */
  classCriteria: Readonly<Record<PriorityClass, Text>>;
  kpis: readonly UmkmKpi[];
  /** Kept for the record: the traffic-light rule as printed (src/core implements it, docs/methods.md §5). */
  trafficLight: { greenFromPct: number; yellowFromPct: number; text: Text };
  /** Kept for the record: how the partner applied SMART-C (the register has a SMART-C checklist). */
  smartC: readonly { letter: string; name: Text; note: Text }[];
  /** Kept for the record: the document's requirements for an indicator and its target. */
  kpiRequirements: readonly Text[];
  /** Kept for the record: how the partner monitors the KPIs. */
  monitoring: readonly Text[];
  /** Kept for the record: the editor's reading notes. */
  notes: readonly Text[];
}

export const UMKM_EXAMPLE: UmkmExample = {
  source: "Universitas Tarumanagara 2020, Tabel 4.1, 4.2, 4.3, §2.1, §4.1; docs/methods.md §5",
  caseName: CASE_NAMES.umkm,
  // Tabel 4.1 Kriteria pembobotan KPI (Arini, 2018)
  classCriteria: {
    penting: {
      id: "Indikator penting, namun bukan main value driver untuk operasional organisasi",
      en: "Important, but not a main value driver of the organisation’s operations",
    },
    "sangat-penting": {
      id: "Indikator sangat penting dan merupakan main value driver untuk operasional organisasi",
      en: "Very important and a main value driver of the organisation’s operations",
    },
    kritikal: {
      id: "Indikator sangat penting dan kritikal dalam pencapaian tujuan operasi organisasi",
      en: "Very important and critical to achieving the organisation’s operating goals",
    },
  },
  // Tabel 4.2 (weights) and Tabel 4.3 (targets, periods); spec §5. Priority classes are derived from the
  // weight by the editor (the document does not classify the eight KPIs).
  kpis: [
    {
      name: { id: "Jumlah Order", en: "Number of orders" },
      group: "sales",
      weightPct: 25,
      priorityClasses: ["kritikal"],
      target: 50,
      targetUnit: "%",
      targetText: { id: "Peningkatan order 50%", en: "50% growth in orders" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-order-count",
    },
    {
      name: { id: "Jumlah Pelanggan baru", en: "Number of new customers" },
      group: "sales",
      weightPct: 15,
      priorityClasses: ["sangat-penting", "kritikal"],
      target: 2,
      targetUnit: "pelanggan",
      targetText: { id: "2 pelanggan baru", en: "2 new customers" },
      period: "monthly",
      periodText: { id: "Per bulan", en: "Per month" },
      direction: "higher",
      catalogueId: "umkm-new-customers",
    },
    {
      name: { id: "Peningkatan Keuntungan", en: "Profit increase" },
      group: "sales",
      weightPct: 10,
      priorityClasses: ["penting", "sangat-penting"],
      target: 10,
      targetUnit: "%",
      targetText: { id: "10%", en: "10%" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-profit-increase",
    },
    {
      name: { id: "Kualitas pembayaran", en: "Payment quality" },
      group: "sales",
      weightPct: 5,
      priorityClasses: ["penting"],
      target: 50,
      targetUnit: "%",
      targetText: { id: "50% membayar <=30 hari", en: "50% (of customers) pay within 30 days" },
      period: "monthly",
      periodText: { id: "Tiap bulan", en: "Every month" },
      direction: "higher",
      catalogueId: "umkm-payment-quality",
    },
    {
      name: { id: "Corak batik baru", en: "New batik patterns" },
      group: "marketing-design",
      weightPct: 10,
      priorityClasses: ["penting", "sangat-penting"],
      target: 5,
      targetUnit: "corak",
      targetText: { id: "5 corak baru", en: "5 new patterns" },
      period: "quarterly",
      periodText: { id: "Per kuartal", en: "Per quarter" },
      direction: "higher",
      catalogueId: "umkm-new-batik-patterns",
    },
    {
      name: { id: "Variasi produk", en: "Product variants" },
      group: "marketing-design",
      weightPct: 10,
      priorityClasses: ["penting", "sangat-penting"],
      target: 5,
      targetUnit: "varian",
      targetText: { id: "5 varian produk baru", en: "5 new product variants" },
      period: "quarterly",
      periodText: { id: "Per kuartal", en: "Per quarter" },
      direction: "higher",
      catalogueId: "umkm-product-variants",
    },
    {
      name: { id: "Penghematan biaya produksi", en: "Production cost saving" },
      group: "production",
      weightPct: 20,
      priorityClasses: ["kritikal"],
      target: 20,
      targetUnit: "%",
      targetText: { id: "20%", en: "20%" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-production-cost-saving",
    },
    {
      name: { id: "Pengurangan limbah", en: "Waste reduction" },
      group: "production",
      weightPct: 5,
      priorityClasses: ["penting"],
      target: 5,
      targetUnit: "%",
      targetText: { id: "5%", en: "5%" },
      period: "year-end",
      periodText: { id: "Akhir tahun", en: "Year end" },
      direction: "higher",
      catalogueId: "umkm-waste-reduction",
    },
  ],
  // §4.1 Traffic Light System; spec §4.1
  trafficLight: {
    greenFromPct: 100,
    yellowFromPct: 95,
    text: {
      id: "Hijau: pencapaian ≥ 100% target; Kuning: 95–100%; Merah: di bawah 95%.",
      en: "Green: achievement ≥ 100% of target; Yellow: 95–100%; Red: below 95%.",
    },
  },
  // §2.1 Solusi Permasalahan (and §4.1) — SMART-C criteria for a KPI's target
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
  // §4.1 — requirements for indicators and targets (seven points)
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
  // §4.1 — monitoring practice
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

// What the example adds: the document prints no actuals, so the sheets show illustrative ones
// around each target, and say so (UMKM_EXAMPLE_TEXT.provenance).

/** Illustrative performance relative to target per example KPI, for a mix of statuses. */
export const UMKM_EXAMPLE_LEVELS = [0.93, 1.02, 1.04, 0.88, 1.0, 0.97, 1.05, 0.94];

/** The example's register rows, K1…K8 in the document's order. */
export function umkmExampleRows() {
  return UMKM_EXAMPLE.kpis.map((kpi, k) => ({
    code: `K${k + 1}`,
    name: kpi.name,
    group: UMKM_GROUPS.find((g) => g.key === kpi.group)!.name,
    weight: kpi.weightPct,
    priorityClass: kpi.priorityClasses[0],
    unit: kpi.targetUnit,
    direction: kpi.direction,
    target: kpi.target,
    frequency: kpi.period,
    // The editor's reading (the document does not say): counts add up over time, percentages do not.
    summed: kpi.targetUnit !== "%",
  }));
}

/** What the example's sheets say about where its values come from. */
export const UMKM_EXAMPLE_TEXT = {
  provenance: {
    id: "Contoh. Dari Universitas Tarumanagara, Pengukuran kinerja UMKM dengan menggunakan Key Performance Indicator (laporan pengabdian kepada masyarakat, 2020), Tabel 4.1–4.3: KPI, kelompok, bobot, target dan periode ukur; kelas prioritas menurut bobotnya. Ilustrasi, tidak ada di sumber: realisasi per periode (dokumen tidak mencetaknya).",
    en: "Example. From Universitas Tarumanagara, Pengukuran kinerja UMKM dengan menggunakan Key Performance Indicator (community-service report, 2020), Tables 4.1–4.3: the KPIs, groups, weights, targets and measurement periods; priority classes from the weights. Illustrative, not in the source: the actuals per period (the document prints none).",
  },
} satisfies Record<string, Text>;
