/**
 * Types for the template data modules (KPI catalogue and the filled case-study examples).
 *
 * Sources: the five seed documents (000 Dynamic PMS at Petrikbike; 001 BSC thesis proposal, Parts
 * Logistics & Warehouse, PT X; 002 Performance Prism, PT Petrokimia Gresik; 003 UMKM KPI, Batik 20
 * Ikan Mas; 004 IPMS, PT X iron casting) and the methods specification, docs/methods.md (the spec
 * wins).
 *
 * Rule for every data module: a value the document does not print is left `undefined` (never guessed).
 * Where a value was derived or assigned by the editor rather than printed, a flag or a `note` says so.
 */
import type { Text } from "../../sheet/text";
import type { Direction, Facet, Perspective, Stakeholder, UmkmKpiGroup, Unit } from "./vocabulary";

/**
 * One entry of the searchable KPI catalogue.
 * `group` keeps the source's own category (SCOR attribute, Keebler & Plank category, Kumar perspective, …).
 * `perspective`, `unit` and `direction` are the editor's assignment where the source does not state them.
 */
export interface CatalogueKpi {
  /** Unique, stable, kebab-case, prefixed by source (e.g. 'scor-…', 'kp-…', 'ipms-…'). */
  id: string;
  name: Text;
  description?: Text;
  perspective?: Perspective;
  stakeholder?: Stakeholder;
  /** The source's own grouping, in the source's wording. */
  group?: string;
  unit: Unit;
  direction: Direction;
  /** Citation: seed number and table/section as named in the document. */
  source: string;
}

/** Traffic-light status as functions return it (spec §4.3). */
export type TrafficLight = "GREEN" | "YELLOW" | "RED";

/**
 * OMAX anchors (spec §3.1): level 0, one interior anchor level m (3 = baseline in standard OMAX / seed 004,
 * 8 = minimum target in the Prism variant / seed 002) and level 10. Any value not printed is undefined.
 */
export interface OmaxAnchors {
  level0?: number;
  anchorLevel: number;
  anchorValue?: number;
  level10?: number;
}

/** A value reported for a period (e.g. an actual for 2008). */
export interface PeriodValue {
  period: string;
  value: number;
  note?: Text;
}

// ---------------------------------------------------------------------------------------------------------------
// Balanced Scorecard (seed 001)
// ---------------------------------------------------------------------------------------------------------------

export type BscCodePrefix = "F" | "C" | "B" | "L";

export interface BscPerspectiveInfo {
  perspective: Perspective;
  codePrefix: BscCodePrefix;
  name: Text;
  /** Kaplan & Norton's guiding question as quoted in the document. */
  guidingQuestion?: Text;
}

export interface BscKpi {
  /** F1…, C1…, B1…, L1…. */
  code: string;
  /** true when the editor assigned the code because the document gives none. */
  codeAssigned: boolean;
  perspective: Perspective;
  name: Text;
  objective?: Text;
  unit?: Unit;
  direction?: Direction;
  target?: number;
  /** Id of the matching entry in KPI_CATALOGUE, if any. */
  catalogueId?: string;
  note?: Text;
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
  source: string;
  caseName: Text;
  /** How complete the case data is in the document. */
  status: Text;
  perspectives: readonly BscPerspectiveInfo[];
  /** The initial design proposed to management (counts only; the table itself is empty in the text). */
  initialProposal: {
    totalKpis: number;
    fromLiterature: number;
    fromCompanyDocuments: number;
    table: string;
  };
  objectives: readonly BscObjective[];
  kpis: readonly BscKpi[];
  strategyLinks: readonly StrategyLink[];
  questionnaire: BscQuestionnaire;
  notes: readonly Text[];
}

// ---------------------------------------------------------------------------------------------------------------
// Performance Prism (seed 002)
// ---------------------------------------------------------------------------------------------------------------

export type PrismCodePrefix = "I" | "C" | "E" | "S" | "R";

export interface PrismStakeholderInfo {
  stakeholder: Stakeholder;
  codePrefix: PrismCodePrefix;
  name: Text;
  /** The label as printed in the document, e.g. 'Pemerintah (Investor)'. */
  sourceLabel: string;
  kpiCount: number;
  /** AHP weight of the stakeholder, if printed. */
  weight?: number;
}

export interface PrismFacetInfo {
  facet: Facet;
  name: Text;
  /** The key question of the facet (the document phrases them for the investor). */
  keyQuestion: Text;
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
  /** true when `direction` was read off the anchors (L10 vs L0) rather than stated. */
  directionFromAnchors?: boolean;
  /** Weight within its facet. */
  localWeight?: number;
  /** Weight against the whole company (stakeholder × facet × local). */
  globalWeight?: number;
  anchors?: OmaxAnchors;
  reported?: readonly PeriodValue[];
  status?: TrafficLight;
  recommendation?: Text;
  catalogueId?: string;
  note?: Text;
}

export interface PrismExample {
  source: string;
  caseName: Text;
  status: Text;
  stakeholders: readonly PrismStakeholderInfo[];
  facets: readonly PrismFacetInfo[];
  facetWeights: readonly PrismFacetWeight[];
  kpis: readonly PrismKpi[];
  /** Worked global-weight example as printed. */
  globalWeightExample: {
    kpi: string;
    factors: readonly number[];
    product: number;
    roundedInOmax: number;
  };
  omax: { anchorLevel: number; rule: Text; monitoringPeriod: string; referencePeriod: string };
  results: {
    totalKpis: number;
    green: number;
    /** Printed twice with different values. */
    yellow: readonly number[];
    red: number;
    /** The corporate index is printed three ways; none is reproducible (spec §6). */
    indexPrinted: readonly { value: number; where: string }[];
  };
  notes: readonly Text[];
}

// ---------------------------------------------------------------------------------------------------------------
// IPMS (seed 004)
// ---------------------------------------------------------------------------------------------------------------

export interface IpmsStakeholderInfo {
  stakeholder: Stakeholder;
  name: Text;
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
  relatedObjectives: readonly Text[];
  target?: number;
  targetUnit?: Unit;
  formula: Text;
  frequency: Text;
  dataSource: Text;
}

export interface IpmsKpi {
  /** Final number 1–29 (Tabel 5/6). */
  no: number;
  /** Number in Tabel 3 (1–31, before two KPIs were dropped). */
  identificationNo: number;
  name: Text;
  /** Other spellings of the name printed elsewhere in the document. */
  nameVariants?: readonly string[];
  stakeholder: Stakeholder;
  /** Rank within the stakeholder (Tabel 5), 1 = most important. */
  priorityRank: number;
  objectiveGroup: string;
  unit: Unit;
  direction: Direction;
  /** AHP weight ×100 (as seed 004 uses it); not printed in the document. */
  weight?: number;
  anchors: OmaxAnchors;
  actual?: number;
  level?: number;
  status: TrafficLight;
  catalogueId: string;
}

export interface IpmsExample {
  source: string;
  caseName: Text;
  status: Text;
  businessLevels: readonly Text[];
  stakeholders: readonly IpmsStakeholderInfo[];
  requirements: readonly IpmsRequirement[];
  objectiveGroups: readonly IpmsObjectiveGroup[];
  kpis: readonly IpmsKpi[];
  droppedKpis: readonly { identificationNo: number; name: Text; reason: Text }[];
  specRecords: readonly KpiSpecRecord[];
  weightScale: Text;
  index: {
    /** All-baseline index used when there is no previous measurement. */
    baseline: number;
    current?: number;
    /** Change against the previous period, in %, as printed. */
    changePct: number;
    periodsPrinted: readonly string[];
  };
  statusCounts: { green: number; yellow: number; red: number };
  trafficLightMeaning: readonly { status: TrafficLight; text: Text }[];
  notes: readonly Text[];
}

// ---------------------------------------------------------------------------------------------------------------
// UMKM KPI (seed 003, spec §5)
// ---------------------------------------------------------------------------------------------------------------

export type PriorityClass = "penting" | "sangat-penting" | "kritikal";

export interface PriorityClassInfo {
  id: PriorityClass;
  name: Text;
  criterion: Text;
  /** Weight range in %; `max` undefined = open-ended. */
  minPct: number;
  maxPct?: number;
}

export type UmkmPeriod = "monthly" | "quarterly" | "year-end";

export interface UmkmKpi {
  id: string;
  name: Text;
  group: UmkmKpiGroup;
  weightPct: number;
  /** Classes whose range contains the weight (10% and 15% belong to both neighbours, spec §5). */
  priorityClasses: readonly PriorityClass[];
  /** true: derived from the weight — the document does not classify the KPIs. */
  priorityClassDerived: boolean;
  target: number;
  targetUnit: Unit;
  /** The target as printed, and its English translation. */
  targetText: Text;
  period: UmkmPeriod;
  periodText: Text;
  direction: Direction;
  catalogueId: string;
}

export interface UmkmExample {
  source: string;
  caseName: Text;
  priorityClasses: readonly PriorityClassInfo[];
  kpiGroups: readonly { id: UmkmKpiGroup; name: Text; kpiIds: readonly string[] }[];
  kpis: readonly UmkmKpi[];
  trafficLight: { greenFromPct: number; yellowFromPct: number; text: Text };
  smartC: readonly { letter: string; name: Text; note: Text }[];
  kpiRequirements: readonly Text[];
  monitoring: readonly Text[];
  notes: readonly Text[];
}

// ---------------------------------------------------------------------------------------------------------------
// Dynamic PMS (seed 000)
// ---------------------------------------------------------------------------------------------------------------

export interface FeedbackLoop {
  id: "R1" | "B1" | "B2" | "R2";
  kind: "reinforcing" | "balancing";
  name: Text;
  description: Text;
}

export interface DpmsNotes {
  source: string;
  caseName: Text;
  loops: readonly FeedbackLoop[];
  weaknesses: readonly Text[];
  doubleLoopLearning: Text;
  reviewPractices: readonly Text[];
  reviewLogHelp: Text;
}
