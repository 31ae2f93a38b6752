/**
 * Types the template data share: the KPI catalogue's entry, and what several case-study examples
 * record (OMAX anchors, a reported value, a traffic light). Each example's own types are in its file
 * under examples/.
 *
 * Rule for every data module: a value the document does not print is left `undefined` (never guessed).
 * Where a value was derived or assigned by the editor rather than printed, a flag or a `note` says so;
 * docs/methods.md wins where it and a document disagree.
 */
import type { Text } from "../../sheet/text";
import type { Direction, Perspective, Stakeholder, UmkmKpiGroup, Unit } from "./vocabulary";

/**
 * One entry of the searchable KPI catalogue (catalogue.csv; catalogue.md says what each column holds).
 * `perspective`, `stakeholder`, `umkmGroup`, `unit` and `direction` are the editor's assignment where
 * the source does not state them; `group` is the source's own category.
 */
export interface CatalogueKpi {
  /** Unique, stable, kebab-case, prefixed by source (e.g. 'scor-…', 'kp-…', 'ipms-…'). */
  id: string;
  name: Text;
  description?: Text;
  perspective?: Perspective;
  stakeholder?: Stakeholder;
  /** The UMKM register's group it belongs to. */
  umkmGroup?: UmkmKpiGroup;
  /** The source's own grouping, in the source's wording (SCOR attribute, Kumar perspective, …). */
  group?: string;
  unit: Unit;
  direction: Direction;
  /** As a reader cites it: the study, then the table or section (and the work it quotes). */
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
  /** Kept for the record: the interior level the document anchors (its value is never printed). */
  anchorLevel: number;
  level10?: number;
}

/** A value reported for a period (e.g. an actual for 2008). */
export interface PeriodValue {
  period: string;
  value: number;
  /** Kept for the record: how the document words the value, where it is unclear. */
  note?: Text;
}
