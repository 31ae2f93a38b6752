/**
 * The KPI catalogue room as plain data and functions (no React): searching and filtering the
 * catalogue (src/templates/data/catalogue.csv), and the room's state — the filter, how much of the
 * list is shown, the selection and the register to fill — as a reducer. hooks/useCatalogue.ts keeps
 * the state; the components only show it.
 */
import { KPI_CATALOGUE, studyOf } from "../../templates/data/catalogue";
import type { CatalogueKpi } from "../../templates/data/types";
import { unitLabel } from "../../templates/data/vocabulary";
import type { Lang } from "../../sheet/plan";
import type { Strings } from "../strings";

export interface CatalogueFilter {
  query: string;
  /** "" for all, "p:customer" for a perspective, "s:employee" for a stakeholder. */
  group: string;
  /** "" for all, or a study as sources cite it: "Ithrisa 2020"… */
  study: string;
  /** "" for all, "higher" or "lower". */
  direction: string;
}

export const NO_FILTER: CatalogueFilter = { query: "", group: "", study: "", direction: "" };

/**
 * A KPI's source as the pane shows it, "Tabel" in the pane's language: "Ithrisa 2020, Table 5
 * (Keebler & Plank, 2009)".
 */
export function sourceText(kpi: CatalogueKpi, s: Strings): string {
  return kpi.source.replace(/\bTabel\b/g, s.tableWord);
}

/** The studies the catalogue's KPIs come from, in the catalogue's order. */
export const STUDIES: string[] = Array.from(new Set(KPI_CATALOGUE.map(studyOf)));

/** Everything a search matches: both names, descriptions, perspective/stakeholder (both languages), unit, direction, source. */
export function searchText(kpi: CatalogueKpi, strings: readonly Strings[]): string {
  const parts: string[] = [
    kpi.name.id,
    kpi.name.en,
    kpi.unit,
    unitLabel(kpi.unit, "en"),
    kpi.source,
  ];
  const study = studyOf(kpi);
  if (kpi.description) parts.push(kpi.description.id, kpi.description.en);
  if (kpi.group) parts.push(kpi.group);
  for (const s of strings) {
    if (kpi.perspective) parts.push(s.perspectiveNames[kpi.perspective]);
    if (kpi.stakeholder) parts.push(s.stakeholderNames[kpi.stakeholder]);
    parts.push(s.directionNames[kpi.direction]);
    parts.push(s.sourceNames[study] ?? "", sourceText(kpi, s));
  }
  return parts.join(" ").toLowerCase();
}

export function filterCatalogue(
  filter: CatalogueFilter,
  strings: readonly Strings[],
  catalogue: readonly CatalogueKpi[] = KPI_CATALOGUE
): CatalogueKpi[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return catalogue.filter((kpi) => {
    if (filter.group.startsWith("p:") && kpi.perspective !== filter.group.slice(2)) return false;
    if (filter.group.startsWith("s:") && kpi.stakeholder !== filter.group.slice(2)) return false;
    if (filter.study && studyOf(kpi) !== filter.study) return false;
    if (filter.direction && kpi.direction !== filter.direction) return false;
    if (words.length === 0) return true;
    const text = searchText(kpi, strings);
    return words.every((word) => text.includes(word));
  });
}

/** The line under a KPI's name: the other language's name is searched but the pane shows this. */
export function kpiDetails(kpi: CatalogueKpi, lang: Lang, s: Strings): string {
  const parts: string[] = [];
  if (kpi.perspective) parts.push(s.perspectiveNames[kpi.perspective]);
  // "Customer" as a perspective and as a stakeholder reads the same: say it once.
  if (kpi.stakeholder && !parts.includes(s.stakeholderNames[kpi.stakeholder]))
    parts.push(s.stakeholderNames[kpi.stakeholder]);
  parts.push(`${s.unitLabel}: ${unitLabel(kpi.unit, lang)}`);
  parts.push(s.directionShort[kpi.direction]);
  parts.push(sourceText(kpi, s));
  return parts.join(" · ");
}

/** KPIs the list shows at first, and how many more each "Show more" adds. */
export const PAGE = 40;

export interface CatalogueState {
  filter: CatalogueFilter;
  /** How many of the KPIs found are listed. */
  shown: number;
  /** Ids of the selected KPIs, in the order they were ticked. */
  selected: string[];
  /** The register's sheet to fill; "" for the active sheet's register, else the first. */
  target: string;
}

export const INITIAL_CATALOGUE: CatalogueState = {
  filter: NO_FILTER,
  shown: PAGE,
  selected: [],
  target: "",
};

export type CatalogueAction =
  /** A filter changed: the list starts again at its first page. */
  | { type: "filter"; part: Partial<CatalogueFilter> }
  | { type: "showMore" }
  | { type: "tick"; id: string; on: boolean }
  /** The selection replaced: cleared, or after Add the KPIs that did not fit. */
  | { type: "select"; ids: string[] }
  | { type: "target"; sheet: string };

export function catalogueReducer(state: CatalogueState, action: CatalogueAction): CatalogueState {
  switch (action.type) {
    case "filter":
      return { ...state, filter: { ...state.filter, ...action.part }, shown: PAGE };
    case "showMore":
      return { ...state, shown: state.shown + PAGE };
    case "tick": {
      const others = state.selected.filter((id) => id !== action.id);
      return { ...state, selected: action.on ? [...others, action.id] : others };
    }
    case "select":
      return { ...state, selected: action.ids };
    case "target":
      return { ...state, target: action.sheet };
    default:
      return state;
  }
}

/** The catalogue's KPIs with these ids, in the ids' order (unknown ids are skipped). */
export function kpisOf(ids: readonly string[]): CatalogueKpi[] {
  return ids
    .map((id) => KPI_CATALOGUE.find((kpi) => kpi.id === id))
    .filter((kpi): kpi is CatalogueKpi => kpi !== undefined);
}
