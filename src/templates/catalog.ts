/** The templates as the pane's gallery and the CLI list them. */
import { CASE_NAMES } from "./data/case-names";
import type { TemplateId } from "../sheet/plan";
import type { Text } from "../sheet/text";

export interface TemplateInfo {
  id: TemplateId;
  name: Text;
  description: Text;
  /**
   * The case study the filled example comes from, in words for the reader: "PT X (pengecoran
   * logam)" / "PT X (iron casting)" (the pane shows it after "Filled example from the case study:").
   */
  exampleSource: Text;
  /** The seed document the example follows (provenance for maintainers, not shown to users). */
  seed: string;
  hasExample: boolean;
  /** What a "group" is in this template, for the "KPIs per group" option. */
  groupName: Text;
}

export const TEMPLATE_INFO: TemplateInfo[] = [
  {
    id: "umkm",
    name: { id: "KPI UMKM", en: "UMKM KPI" },
    description: {
      id: "Daftar KPI sederhana untuk usaha kecil: bobot %, kelas prioritas, target, pencapaian dan lampu lalu lintas.",
      en: "A simple KPI register for small businesses: weights in %, priority classes, targets, achievement and traffic lights.",
    },
    exampleSource: CASE_NAMES.umkm,
    seed: "003",
    hasExample: true,
    groupName: { id: "kelompok", en: "group" },
  },
  {
    id: "bsc",
    name: { id: "Balanced Scorecard", en: "Balanced Scorecard" },
    description: {
      id: "Empat perspektif, bobot AHP, skor OMAX, indeks per perspektif dan peta strategi.",
      en: "Four perspectives, AHP weights, OMAX scores, index by perspective and a strategy map.",
    },
    exampleSource: CASE_NAMES.bsc,
    seed: "001",
    hasExample: true,
    groupName: { id: "perspektif", en: "perspective" },
  },
  {
    id: "prism",
    name: { id: "Performance Prism", en: "Performance Prism" },
    description: {
      id: "Lima stakeholder × lima faset, AHP tiga level, OMAX Prism (L8 target minimum) dan indeks korporat.",
      en: "Five stakeholders × five facets, three-level AHP, Prism OMAX (L8 minimum target) and a corporate index.",
    },
    exampleSource: CASE_NAMES.prism,
    seed: "002",
    hasExample: true,
    groupName: { id: "faset", en: "facet" },
  },
  {
    id: "ipms",
    name: { id: "IPMS", en: "IPMS" },
    description: {
      id: "Kebutuhan stakeholder → sasaran → KPI, spesifikasi KPI, OMAX standar dan perubahan indeks per periode.",
      en: "Stakeholder requirement → objective → KPI, KPI specification records, standard OMAX and the index change per period.",
    },
    exampleSource: CASE_NAMES.ipms,
    seed: "004",
    hasExample: true,
    groupName: { id: "stakeholder", en: "stakeholder" },
  },
];
