/**
 * Performance Prism (seed 002): five stakeholders × five facets; three-level AHP (stakeholders,
 * facets per stakeholder, KPIs per facet) with global weights by AHP.GLOBAL that sum to 1; OMAX
 * with the Prism anchors (L0 worst, L8 minimum target, L10 optimum); traffic lights on levels; the
 * corporate index on 0–10 and the counts of green / yellow / red.
 */
import { AhpBlock, AhpSheet, equalJudgements, judgementsFromWeights } from "./ahp-sheet";
import { PRISM_EXAMPLE } from "./data/examples";
import type { Facet, PrismKpi, Stakeholder } from "./data/types";
import { omaxScorecardPlan } from "./omax-scorecard";
import type { TemplateOptions } from "./options";
import { unitLabel } from "./options";
import type { WorkbookPlan } from "./plan";
import { L, Text, t } from "./text";

const TEXT = {
  title: { id: "Performance Prism", en: "Performance Prism" },
  sheet: { id: "Prism", en: "Prism" },
  blankCase: { id: "Perusahaan: (isi di sini)", en: "Company: (type it here)" },
  help: {
    id: "Lima stakeholder × lima faset. Isi KPI, satuan dan jangkar OMAX Prism (terburuk, target minimum = level 8, target optimum = level 10) di sel kuning. Bobot global = stakeholder × faset × lokal (AHP.GLOBAL).",
    en: "Five stakeholders × five facets. Fill in KPIs, units and the Prism OMAX anchors (worst, minimum target = level 8, optimum target = level 10) in the yellow cells. Global weight = stakeholder × facet × local (AHP.GLOBAL).",
  },
  rules: {
    id: "Status: GREEN (hijau) level ≥ 8 (target minimum tercapai), YELLOW (kuning) 4–8, RED (merah) < 4. Indeks korporat = Σ level × bobot global (0–10).",
    en: "Status: GREEN level ≥ 8 (minimum target reached), YELLOW 4–8, RED < 4. Corporate index = Σ level × global weight (0–10).",
  },
  stakeholderWeight: { id: "Bobot stakeholder", en: "Stakeholder weight" },
  facetWeight: { id: "Bobot faset", en: "Facet weight" },
  ahpTitle: {
    id: "Perbandingan berpasangan (AHP, tiga level)",
    en: "Pairwise comparisons (AHP, three levels)",
  },
  level1: { id: "Level 1 — antar stakeholder", en: "Level 1 — between stakeholders" },
  level2: { id: "Level 2 — faset", en: "Level 2 — facets" },
  level3: { id: "Level 3 — KPI", en: "Level 3 — KPIs" },
  single: {
    id: "KPI tunggal dalam fasetnya: bobot lokal 1",
    en: "Only KPI in its facet: local weight 1",
  },
  unnamed: { id: "nama tidak tercetak di sumber", en: "name not printed in the source" },
  exampleNote: {
    id: "Contoh: hanya KPI yang dicetak seed 002 (kode, nama, jangkar L0/L10 dan status bila ada). Faset, target minimum (L8), penilaian AHP dan realisasi adalah ilustrasi; bobot Investor 0,298 dan Investor–Kepuasan 0,338 dari sumber.",
    en: "Example: only the KPIs seed 002 prints (code, name, L0/L10 anchors and status where given). Facets, minimum targets (L8), AHP judgements and actuals are illustrative; Investor 0.298 and Investor–Satisfaction 0.338 are from the source.",
  },
  groupTitle: { id: "Stakeholder", en: "Stakeholder" },
} satisfies Record<string, Text>;

const STAKEHOLDERS: Stakeholder[] = ["investor", "customer", "employee", "supplier", "regulator"];
const FACETS: Facet[] = ["satisfaction", "contribution", "strategies", "processes", "capabilities"];
const PREFIX: Record<Stakeholder, string> = {
  investor: "I",
  customer: "C",
  employee: "E",
  supplier: "S",
  regulator: "R",
};

/** Facets for the printed KPIs that seed 002 does not place (editorial, by what each KPI measures). */
const EXAMPLE_FACETS: Record<string, Facet> = {
  "I-2": "contribution",
  "C-2": "satisfaction",
  "C-4": "processes",
  "E-2": "satisfaction",
  "E-9": "capabilities",
  "S-1": "satisfaction",
  "S-2": "contribution",
  "R-1": "satisfaction",
  "R-2": "contribution",
  "R-7": "strategies",
};
/** Illustrative intended stakeholder weights; Investor's 0.298 is printed (the rest share 0.702). */
const EXAMPLE_STAKEHOLDER_WEIGHTS = [0.298, 0.26, 0.18, 0.12, 0.142];

interface PrismRow {
  code: string;
  stakeholder: Stakeholder;
  facet: Facet;
  name: Text | null;
  unit: string;
  anchors: [number, number, number] | null;
  finalLevel: number;
}

function illustrativeAnchors(kpi: PrismKpi): [number, number, number] {
  const a = kpi.anchors;
  if (a?.level0 !== undefined && a.level10 !== undefined) {
    // L8 (minimum target) is not printed: illustrated at 80 % of the way from L0 to L10.
    return [a.level0, a.level0 + 0.8 * (a.level10 - a.level0), a.level10];
  }
  if (kpi.direction === "lower") return kpi.unit === "hari" ? [60, 30, 20] : [100, 20, 10];
  return kpi.unit === "%" ? [50, 90, 100] : [0, 8, 10];
}

function exampleRows(): PrismRow[] {
  const coded = PRISM_EXAMPLE.kpis.filter((k) => k.code);
  return coded.map((kpi, k) => ({
    code: kpi.code!,
    stakeholder: kpi.stakeholder,
    facet: kpi.facet ?? EXAMPLE_FACETS[kpi.code!] ?? "satisfaction",
    name: kpi.name ?? null,
    unit: kpi.unit ?? "",
    anchors: illustrativeAnchors(kpi),
    finalLevel:
      kpi.status === "RED" ? 3 : kpi.status === "YELLOW" ? [5, 6, 7][k % 3] : [8, 9, 10][k % 3],
  }));
}

function blankRows(perFacet: number): PrismRow[] {
  return STAKEHOLDERS.flatMap((s) =>
    FACETS.flatMap((facet, f) =>
      Array.from({ length: perFacet }, (_, k) => ({
        code: `${PREFIX[s]}-${f * perFacet + k + 1}`,
        stakeholder: s,
        facet,
        name: null,
        unit: "",
        anchors: null,
        finalLevel: 8,
      }))
    )
  );
}

export function prismPlan(options: TemplateOptions): WorkbookPlan {
  const { lang } = options;
  const rows = options.example ? exampleRows() : blankRows(options.kpisPerGroup);
  const stakeholderName = (s: Stakeholder) =>
    t(lang, PRISM_EXAMPLE.stakeholders.find((x) => x.stakeholder === s)!.name);
  const facetName = (f: Facet) => t(lang, PRISM_EXAMPLE.facets.find((x) => x.facet === f)!.name);
  const facetsOf = (s: Stakeholder) =>
    FACETS.filter((f) => rows.some((r) => r.stakeholder === s && r.facet === f));
  const membersOf = (s: Stakeholder, f: Facet) =>
    rows.filter((r) => r.stakeholder === s && r.facet === f);

  // AHP in three levels: stakeholders; the facets of each; the KPIs of each facet that has several.
  const ahp = new AhpSheet(
    lang,
    TEXT.ahpTitle,
    options.example ? t(lang, TEXT.exampleNote) : undefined
  );
  const level1 = ahp.add(
    t(lang, TEXT.level1),
    STAKEHOLDERS.map(stakeholderName),
    options.example
      ? judgementsFromWeights(EXAMPLE_STAKEHOLDER_WEIGHTS)
      : equalJudgements(STAKEHOLDERS.length)
  );
  const facetBlocks = new Map(
    STAKEHOLDERS.map((s) => {
      const facets = facetsOf(s);
      // Investor–Satisfaction 0.338 is printed; the other facets share the rest (illustrative).
      const intended = facets.map((f) =>
        s === "investor" && f === "satisfaction" ? 0.338 : 0.662 / Math.max(1, facets.length - 1)
      );
      const judgements =
        options.example && facets.length > 1
          ? judgementsFromWeights(intended)
          : equalJudgements(facets.length);
      return [
        s,
        ahp.add(
          `${t(lang, TEXT.level2)}: ${stakeholderName(s)}`,
          facets.map(facetName),
          judgements
        ),
      ];
    })
  );
  const kpiBlocks = new Map<string, AhpBlock>();
  for (const s of STAKEHOLDERS) {
    for (const f of facetsOf(s)) {
      const members = membersOf(s, f);
      if (members.length < 2) continue;
      const title = `${t(lang, TEXT.level3)}: ${stakeholderName(s)} — ${facetName(f)}`;
      kpiBlocks.set(
        `${s}/${f}`,
        ahp.add(
          title,
          members.map((m) => m.code),
          equalJudgements(members.length)
        )
      );
    }
  }

  return omaxScorecardPlan({
    template: "prism",
    options,
    sheetName: TEXT.sheet,
    title: TEXT.title,
    caseName: options.example ? t(lang, PRISM_EXAMPLE.caseName) : t(lang, TEXT.blankCase),
    help: TEXT.help,
    rules: TEXT.rules,
    exampleNote: options.example
      ? `${t(lang, TEXT.exampleNote)} (${PRISM_EXAMPLE.source})`
      : undefined,
    describeHeaders: [L.facet],
    weightHeaders: [TEXT.stakeholderWeight, TEXT.facetWeight, L.localWeight],
    globalWeight: (cells) => `=AHP.GLOBAL(${cells[0]}:${cells[cells.length - 1]})`,
    weightScale: 1,
    midLevel: 8,
    rows: rows.map((row) => {
      const kpiBlock = kpiBlocks.get(`${row.stakeholder}/${row.facet}`);
      const unnamed = options.example ? `${row.code} (${t(lang, TEXT.unnamed)})` : null;
      return {
        code: row.code,
        group: stakeholderName(row.stakeholder),
        describe: [facetName(row.facet)],
        name: row.name ? t(lang, row.name) : unnamed,
        unit: unitLabel(row.unit, lang),
        anchors: row.anchors,
        weights: [
          AhpSheet.weightFormula(level1, STAKEHOLDERS.indexOf(row.stakeholder)),
          AhpSheet.weightFormula(
            facetBlocks.get(row.stakeholder)!,
            facetsOf(row.stakeholder).indexOf(row.facet)
          ),
          // The only KPI of its facet takes the facet's whole weight.
          kpiBlock
            ? AhpSheet.weightFormula(kpiBlock, membersOf(row.stakeholder, row.facet).indexOf(row))
            : "=1",
        ],
      };
    }),
    groups: STAKEHOLDERS.map(stakeholderName),
    groupTitle: TEXT.groupTitle,
    tableName: "Prism_KPI",
    ahp: ahp.build(),
    showChange: false,
    illustration: options.example
      ? { finalLevels: rows.map((r) => r.finalLevel), seed: 2002 }
      : undefined,
    reviewPrefix: "Prism",
  });
}
