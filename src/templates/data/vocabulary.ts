/**
 * The words the templates, the KPI catalogue and the task pane share, declared once: the Balanced
 * Scorecard's perspectives, the stakeholders of the Performance Prism and IPMS, the Prism's facets,
 * the UMKM KPI groups, the units and the directions. The blank templates lay them out, the
 * catalogue's columns take only these keys (test/templates/catalogue.test.ts checks every row), the
 * catalogue filler recognises a register's groups by these names, and the pane filters by them.
 */
import type { Lang } from "../../sheet/plan";
import type { Text } from "../../sheet/text";

/** Balanced Scorecard perspectives (docs/methods.md §6). */
export type Perspective = "financial" | "customer" | "internal" | "learning";

/** The four perspectives from the top of the strategy map down, with their KPI-code letter. */
export const PERSPECTIVES: readonly { key: Perspective; prefix: string; name: Text }[] = [
  { key: "financial", prefix: "F", name: { id: "Keuangan", en: "Financial" } },
  { key: "customer", prefix: "C", name: { id: "Pelanggan", en: "Customer" } },
  {
    key: "internal",
    prefix: "B",
    name: { id: "Proses Bisnis Internal", en: "Internal Business Process" },
  },
  {
    key: "learning",
    prefix: "L",
    name: { id: "Pembelajaran dan Pertumbuhan", en: "Learning and Growth" },
  },
];

/** Performance Prism / IPMS stakeholder groups. `regulator` also stands for the community (masyarakat). */
export type Stakeholder = "investor" | "customer" | "employee" | "supplier" | "regulator";

export interface StakeholderTerm {
  key: Stakeholder;
  /** The letter of its KPI codes in the Performance Prism: I-1, C-2, … */
  prefix: string;
  /** The plain name: the pane's filter and the catalogue. */
  name: Text;
  /**
   * How each template's sheets name the group, after the case study it was built on (Prism: PT
   * Petrokimia Gresik, whose investor is the government; IPMS: an iron foundry).
   */
  prism: Text;
  ipms: Text;
}

export const STAKEHOLDERS: readonly StakeholderTerm[] = [
  {
    key: "investor",
    prefix: "I",
    name: { id: "Investor", en: "Investor" },
    prism: { id: "Investor (Pemerintah)", en: "Investor (Government)" },
    ipms: { id: "Penanam Modal", en: "Investors" },
  },
  {
    key: "customer",
    prefix: "C",
    name: { id: "Pelanggan", en: "Customer" },
    prism: { id: "Pelanggan", en: "Customer" },
    ipms: { id: "Pelanggan", en: "Customers" },
  },
  {
    key: "employee",
    prefix: "E",
    name: { id: "Karyawan", en: "Employee" },
    prism: { id: "Karyawan", en: "Employee" },
    ipms: { id: "Tenaga Kerja", en: "Employees" },
  },
  {
    key: "supplier",
    prefix: "S",
    name: { id: "Pemasok", en: "Supplier" },
    prism: { id: "Pemasok", en: "Supplier" },
    ipms: { id: "Supplier", en: "Suppliers" },
  },
  {
    key: "regulator",
    prefix: "R",
    name: { id: "Regulator / masyarakat", en: "Regulator / community" },
    prism: { id: "Masyarakat (Regulator)", en: "Community (Regulator)" },
    ipms: { id: "Masyarakat", en: "Community" },
  },
];

export function stakeholderTerm(key: Stakeholder): StakeholderTerm {
  return STAKEHOLDERS.find((s) => s.key === key)!;
}

/** Performance Prism facets. */
export type Facet = "satisfaction" | "contribution" | "strategies" | "processes" | "capabilities";

export const FACETS: readonly { key: Facet; name: Text }[] = [
  { key: "satisfaction", name: { id: "Kepuasan Stakeholder", en: "Stakeholder Satisfaction" } },
  { key: "contribution", name: { id: "Kontribusi Stakeholder", en: "Stakeholder Contribution" } },
  { key: "strategies", name: { id: "Strategi", en: "Strategies" } },
  { key: "processes", name: { id: "Proses", en: "Processes" } },
  { key: "capabilities", name: { id: "Kapabilitas", en: "Capabilities" } },
];

/** The UMKM register's KPI groups (sales; marketing and design; production). */
export type UmkmKpiGroup = "sales" | "marketing-design" | "production";

export const UMKM_GROUPS: readonly { key: UmkmKpiGroup; name: Text }[] = [
  { key: "sales", name: { id: "Penjualan", en: "Sales" } },
  { key: "marketing-design", name: { id: "Pemasaran dan desain", en: "Marketing and design" } },
  { key: "production", name: { id: "Produksi", en: "Production" } },
];

/**
 * Units of the catalogue and the examples, keyed by the Indonesian word the data uses, shown as a
 * word that reads after a number ("2 pelanggan", "5 buah"): 'jumlah' = a count, 'orang' = persons, 'rasio' = a plain ratio, 'kali' = times (turns), 'skor' = a score or
 * index, 'Rp' = rupiah.
 */
export const UNITS = {
  "%": { id: "%", en: "%" },
  hari: { id: "hari", en: "days" },
  jam: { id: "jam", en: "hours" },
  Rp: { id: "Rp", en: "Rp" },
  "juta Rp": { id: "juta Rp", en: "Rp million" },
  // A count reads in a sentence: "5 buah", "5 items" (not "5 jumlah").
  jumlah: { id: "buah", en: "items" },
  pelanggan: { id: "pelanggan", en: "customers" },
  corak: { id: "corak", en: "patterns" },
  varian: { id: "varian", en: "variants" },
  orang: { id: "orang", en: "persons" },
  rasio: { id: "rasio", en: "ratio" },
  kali: { id: "kali", en: "times" },
  skor: { id: "skor", en: "score" },
  kWh: { id: "kWh", en: "kWh" },
  m3: { id: "m3", en: "m3" },
  liter: { id: "liter", en: "litre" },
  mil: { id: "mil", en: "miles" },
} as const satisfies Record<string, Text>;

export type Unit = keyof typeof UNITS;

/** A unit in the sheet's language; a unit the user typed that is not listed stays as typed. */
export function unitLabel(unit: string | undefined, lang: Lang): string {
  if (!unit) return "";
  return Object.prototype.hasOwnProperty.call(UNITS, unit) ? UNITS[unit as Unit][lang] : unit;
}

/** Which way is better. */
export type Direction = "higher" | "lower";

/** The word a direction cell holds (KPI.ACHIEVEMENT reads both languages). */
export const DIRECTION_WORDS: Readonly<Record<Direction, Text>> = {
  higher: { id: "makin tinggi makin baik", en: "higher" },
  lower: { id: "makin rendah makin baik", en: "lower" },
};

/** The words older workbooks hold, still read as directions (the catalogue filler replaces them). */
export const OLD_DIRECTION_WORDS: Readonly<Record<Direction, Text>> = {
  higher: { id: "tinggi", en: "higher" },
  lower: { id: "rendah", en: "lower" },
};
