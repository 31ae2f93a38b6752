/**
 * The KPI catalogue as a domain expert edits it (src/templates/data/catalogue.csv): every row is
 * checked against the vocabulary, so a typo in a spreadsheet fails here, naming the row and column
 * as the spreadsheet shows them (row 2 is the first KPI).
 */
import * as fs from "fs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import Papa from "papaparse";
import {
  CATALOGUE_COLUMNS,
  KPI_CATALOGUE,
  catalogueRows,
  studyOf,
} from "../../src/templates/data/catalogue";
import {
  DIRECTION_WORDS,
  PERSPECTIVES,
  STAKEHOLDERS,
  UMKM_GROUPS,
  UNITS,
} from "../../src/templates/data/vocabulary";
import { BSC_EXAMPLE } from "../../src/templates/data/examples/bsc";
import { IPMS_EXAMPLE } from "../../src/templates/data/examples/ipms";
import { PRISM_EXAMPLE } from "../../src/templates/data/examples/prism";
import { UMKM_EXAMPLE } from "../../src/templates/data/examples/umkm";
import { STRINGS } from "../../src/taskpane/strings";
import { CSV_FILTER_OPTIONS, convertWithLibreOffice, findSoffice } from "../helpers/libreoffice";

const FILE = path.resolve(__dirname, "../../src/templates/data/catalogue.csv");
const TEXT = fs.readFileSync(FILE, "utf8");
const ROWS = catalogueRows(TEXT);

/** The four studies, as the sources cite them. */
const STUDIES = ["Ithrisa 2020", "Arianto & Partiwi", "Universitas Tarumanagara 2020", "Susetyo"];

/** "row 5, unit: 'hours' is not one of …" for every row that breaks `rule`. */
function problems(check: (row: (typeof ROWS)[number]) => string | null): string[] {
  return ROWS.flatMap((row, k) => {
    const problem = check(row);
    return problem ? [`row ${k + 2} (${row.id}): ${problem}`] : [];
  });
}

const oneOf = (column: string, value: string, allowed: readonly string[], optional = false) =>
  (optional && value === "") || allowed.includes(value)
    ? null
    : `${column} '${value}' is not one of ${allowed.join(", ")}${optional ? " (or empty)" : ""}`;

describe("catalogue.csv as a spreadsheet writes it", () => {
  test("UTF-8 with a header row of the 13 columns, in order, and 196 KPIs", () => {
    expect(TEXT).not.toContain("\uFFFD");
    const header = Papa.parse<string[]>(TEXT.replace(/^\uFEFF/, ""), { preview: 1 }).data[0];
    expect(header).toEqual([...CATALOGUE_COLUMNS]);
    expect(ROWS).toHaveLength(196);
    expect(KPI_CATALOGUE).toHaveLength(196);
  });

  test("no cell a spreadsheet would read as a formula (=, +, -, @ first)", () => {
    expect(
      problems((row) => {
        const cell = Object.entries(row).find(([, value]) => /^[=+\-@]/.test(value));
        return cell ? `${cell[0]} starts with '${cell[1][0]}'` : null;
      })
    ).toEqual([]);
  });
});

describe("every row of the catalogue", () => {
  test("a unique kebab-case id", () => {
    const seen = new Set<string>();
    expect(
      problems((row) => {
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(row.id)) return `id '${row.id}' is not kebab-case`;
        if (seen.has(row.id)) return `id '${row.id}' is used twice`;
        seen.add(row.id);
        return null;
      })
    ).toEqual([]);
  });

  test("a name in both languages; a description in both or neither", () => {
    expect(
      problems((row) => {
        if (!row.name_id || !row.name_en) return "name_id and name_en must both be filled in";
        if (Boolean(row.description_id) !== Boolean(row.description_en))
          return "description_id and description_en must both be filled in, or both left empty";
        return null;
      })
    ).toEqual([]);
  });

  test("a unit and a direction from the vocabulary", () => {
    expect(
      problems(
        (row) =>
          oneOf("unit", row.unit, Object.keys(UNITS)) ??
          oneOf("direction", row.direction, Object.keys(DIRECTION_WORDS))
      )
    ).toEqual([]);
  });

  test("perspective, stakeholder and UMKM group from the vocabulary, or empty", () => {
    const keys = (terms: readonly { key: string }[]) => terms.map((term) => term.key);
    expect(
      problems(
        (row) =>
          oneOf("perspective", row.perspective, keys(PERSPECTIVES), true) ??
          oneOf("stakeholder", row.stakeholder, keys(STAKEHOLDERS), true) ??
          oneOf("umkm_group", row.umkm_group, keys(UMKM_GROUPS), true)
      )
    ).toEqual([]);
  });

  test("a source as a reader cites it: the study, then where in it (“Ithrisa 2020, Tabel 1 (Lu et al., 2016)”)", () => {
    expect(
      problems((row) => {
        const study = STUDIES.find((s) => row.source.startsWith(`${s}, `));
        if (!study)
          return `source '${row.source}' does not start with one of ${STUDIES.join("; ")}`;
        return row.source.length > study.length + 2 ? null : "source says not where in the study";
      })
    ).toEqual([]);
    expect(new Set(KPI_CATALOGUE.map(studyOf))).toEqual(new Set(STUDIES));
  });
});

describe("the catalogue and what reads it", () => {
  test("the pane names every study, in both languages", () => {
    for (const study of STUDIES) {
      expect(STRINGS.en.sourceNames[study]).toBeTruthy();
      expect(STRINGS.id.sourceNames[study]).toBeTruthy();
    }
  });

  test("every example KPI's catalogueId is a catalogue KPI", () => {
    const ids = new Set(KPI_CATALOGUE.map((kpi) => kpi.id));
    const linked = [
      ...BSC_EXAMPLE.kpis.map((k) => k.catalogueId),
      ...PRISM_EXAMPLE.kpis.map((k) => k.catalogueId),
      ...IPMS_EXAMPLE.kpis.map((k) => k.catalogueId),
      ...UMKM_EXAMPLE.kpis.map((k) => k.catalogueId),
    ].filter((id): id is string => id !== undefined);
    expect(linked.length).toBe(10 + 8 + 29 + 8);
    expect(linked.filter((id) => !ids.has(id))).toEqual([]);
  });

  test("a row becomes a KPI: empty cells are left out, names and descriptions pair up", () => {
    const kpi = KPI_CATALOGUE.find((k) => k.id === "umkm-order-count")!;
    expect(kpi).toEqual({
      id: "umkm-order-count",
      name: { id: "Jumlah order", en: "Number of orders" },
      description: {
        id: "KPI penjual (sales); target: peningkatan order.",
        en: "Sales KPI; target: growth in orders.",
      },
      perspective: "customer",
      umkmGroup: "sales",
      group: "Penjual (sales)",
      unit: "%",
      direction: "higher",
      source: "Universitas Tarumanagara 2020, Tabel 4.2 & 4.3",
    });
  });

  test("semicolons, as Excel saves under Indonesian regional settings, read the same", () => {
    const semicolons = Papa.unparse(ROWS, { delimiter: ";", newline: "\r\n" });
    expect(catalogueRows(semicolons)).toEqual(ROWS);
  });
});

const soffice = findSoffice();
(soffice ? describe : describe.skip)("catalogue.csv through LibreOffice Calc", () => {
  test("opened and saved again as CSV, every cell reads the same", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kinerja-catalogue-"));
    try {
      const saved = convertWithLibreOffice(FILE, "csv", dir, {
        inputFilter: `Text - txt - csv (StarCalc):${CSV_FILTER_OPTIONS}`,
      });
      expect(catalogueRows(fs.readFileSync(saved, "utf8"))).toEqual(ROWS);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
