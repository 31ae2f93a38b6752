/**
 * The KPI catalogue: 196 KPI candidates from the four case studies and the literature they cite,
 * kept in catalogue.csv so that a domain expert can edit it in a spreadsheet (catalogue.md beside it
 * says how, and what each column holds). This module turns the file's rows into `CatalogueKpi`s;
 * test/templates/catalogue.test.ts checks every row against the vocabulary.
 *
 * Why papaparse, parsing in the pane: the file arrives as its text (webpack's `asset/source`; for
 * jest and ts-node, scripts/csv-as-text.js) and is parsed when the KPIs tab first opens. Quoted
 * fields with commas, doubled quotes, a byte-order mark, CRLF line ends and the semicolons Excel
 * writes under Indonesian regional settings are what a hand-written split gets wrong, and
 * papaparse is the maintained parser that handles them. Measured in the production build: it adds
 * 19 KB (6.7 KB gzipped) to what the KPIs tab loads, while the catalogue as CSV text is 4.7 KB
 * smaller than it was as compiled object literals; parsing the 196 rows takes about 15 ms, once.
 * Converting at build time would spare those 19 KB but needs a loader of our own for webpack, jest
 * and ts-node alike.
 */
import Papa from "papaparse";
import text from "./catalogue.csv";
import type { Text } from "../../sheet/text";
import type { CatalogueKpi } from "./types";
import type { Direction, Perspective, Stakeholder, UmkmKpiGroup, Unit } from "./vocabulary";

/** The file's columns, in order. `note` is for the record only (the editor's reading notes). */
export const CATALOGUE_COLUMNS = [
  "id",
  "name_id",
  "name_en",
  "description_id",
  "description_en",
  "perspective",
  "stakeholder",
  "umkm_group",
  "group",
  "unit",
  "direction",
  "source",
  "note",
] as const;

export type CatalogueRow = Record<(typeof CATALOGUE_COLUMNS)[number], string>;

/** The rows of a catalogue file as written: every cell a string, "" when empty. */
export function catalogueRows(csv: string): CatalogueRow[] {
  const parsed = Papa.parse<CatalogueRow>(csv, {
    header: true,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";"],
    transform: (value) => value.trim(),
  });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(`catalogue.csv, row ${(first.row ?? 0) + 2}: ${first.message}`);
  }
  return parsed.data;
}

/** A row as a catalogue KPI. Its values are not checked here: the catalogue test checks them. */
export function catalogueKpi(row: CatalogueRow): CatalogueKpi {
  const text = (id: string, en: string): Text | undefined => (id || en ? { id, en } : undefined);
  return {
    id: row.id,
    name: { id: row.name_id, en: row.name_en },
    description: text(row.description_id, row.description_en),
    perspective: (row.perspective || undefined) as Perspective | undefined,
    stakeholder: (row.stakeholder || undefined) as Stakeholder | undefined,
    umkmGroup: (row.umkm_group || undefined) as UmkmKpiGroup | undefined,
    group: row.group || undefined,
    unit: row.unit as Unit,
    direction: row.direction as Direction,
    source: row.source,
  };
}

export const KPI_CATALOGUE: readonly CatalogueKpi[] = catalogueRows(text).map(catalogueKpi);

/**
 * The study a KPI comes from, as its source cites it before the first comma: "Ithrisa 2020",
 * "Arianto & Partiwi", "Universitas Tarumanagara 2020", "Susetyo".
 */
export function studyOf(kpi: CatalogueKpi): string {
  return kpi.source.split(",")[0].trim();
}
