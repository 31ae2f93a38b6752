/**
 * Performance Prism (seed 002): five stakeholders × five facets; three-level AHP (stakeholders,
 * facets per stakeholder, KPIs per facet) with global weights by AHP.GLOBAL that sum to 1; OMAX
 * with the Prism anchors (L0 worst, L8 minimum target, L10 optimum); traffic lights on levels; the
 * corporate index on 0–10 and the counts of green / yellow / red.
 */
import { AhpBlock, AhpSheet, equalJudgements } from "./ahp-sheet";
import {
  PRISM_EXAMPLE,
  PRISM_EXAMPLE_STAKEHOLDER_WEIGHTS,
  PRISM_EXAMPLE_TEXT,
  exactBlockNote,
  printedFacetWeights,
  printedKpiWeights,
  prismExampleRows,
} from "./data/examples/prism";
import {
  FACETS as FACET_TERMS,
  STAKEHOLDERS as STAKEHOLDER_TERMS,
  type Facet,
  type Stakeholder,
  stakeholderTerm,
  unitLabel,
} from "./data/vocabulary";
import { type OmaxKpiRow, omaxRegisterSchema, rowsWithRoom } from "./omax-register";
import { omaxScorecardPlan } from "./omax-scorecard";
import type { TemplateOptions } from "./options";
import type { WorkbookPlan } from "../sheet/plan";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  title: { id: "Performance Prism", en: "Performance Prism" },
  sheet: { id: "Prism", en: "Prism" },
  blankCase: { id: "Perusahaan", en: "Company" },
  help: {
    id: "Lima stakeholder × lima faset. Isi KPI, satuan dan jangkar OMAX Prism (terburuk, target minimum = level 8, target optimum = level 10) di sel kuning. Bobot global = stakeholder × faset × lokal.",
    en: "Five stakeholders × five facets. Fill in KPIs, units and the Prism OMAX anchors (worst, minimum target = level 8, optimum target = level 10) in the yellow cells. Global weight = stakeholder × facet × local.",
  },
  rules: {
    id: "Status: HIJAU level ≥ 8 (target minimum tercapai), KUNING 4–8, MERAH < 4. Ambang ada di lembar Pengaturan. Indeks korporat = Σ level × bobot global (0–10).",
    en: "Status: GREEN level ≥ 8 (minimum target reached), YELLOW 4–8, RED < 4. The thresholds are on the Settings sheet. Corporate index = Σ level × global weight (0–10).",
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
  groupTitle: { id: "Stakeholder", en: "Stakeholder" },
} satisfies Record<string, Text>;

/**
 * The Prism's register: each KPI's facet and its three weights, stakeholder × facet × local, side by
 * side so that AHP.GLOBAL multiplies them as one range.
 */
export const PRISM_REGISTER = omaxRegisterSchema({
  groupTitle: TEXT.groupTitle,
  describe: [{ field: "facet", header: L.facet }],
  weightParts: [
    { field: "stakeholderWeight", header: TEXT.stakeholderWeight },
    { field: "facetWeight", header: TEXT.facetWeight },
    { field: "localWeight", header: L.localWeight },
  ],
  globalWeight: ({ at }) => `=AHP.GLOBAL(${at("stakeholderWeight")}:${at("localWeight")})`,
  weightScale: 1,
  midLevel: 8,
  tableName: "Prism_KPI",
});

const STAKEHOLDERS: Stakeholder[] = STAKEHOLDER_TERMS.map((s) => s.key);
const FACETS: Facet[] = FACET_TERMS.map((f) => f.key);

interface PrismRow {
  code: string;
  stakeholder: Stakeholder;
  facet: Facet;
  name: Text | null;
  /** A row the example adds that is not in the source. */
  isPlaceholder?: boolean;
  unit: string;
  anchors: [number, number, number] | null;
  finalLevel: number;
}

function blankRows(perFacet: number): PrismRow[] {
  return STAKEHOLDERS.flatMap((s) =>
    FACETS.flatMap((facet, f) =>
      Array.from({ length: perFacet }, (_, k) => ({
        code: `${stakeholderTerm(s).prefix}-${f * perFacet + k + 1}`,
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
  const rows: PrismRow[] = options.example ? prismExampleRows() : blankRows(options.kpisPerGroup);
  const stakeholderName = (s: Stakeholder) => t(lang, stakeholderTerm(s).prism);
  const facetName = (f: Facet) => t(lang, FACET_TERMS.find((x) => x.key === f)!.name);
  const facetsOf = (s: Stakeholder) =>
    FACETS.filter((f) => rows.some((r) => r.stakeholder === s && r.facet === f));

  // AHP in three levels: stakeholders; the facets of each; the KPIs of each facet that has several.
  const ahp = new AhpSheet(
    lang,
    TEXT.ahpTitle,
    options.example ? t(lang, PRISM_EXAMPLE_TEXT.note) : undefined
  );
  // In the example, the blocks holding a printed weight get the exact ratio judgements of their
  // weights, and a note on the title saying so; the rest of the example's judgements are
  // all-equal, as in a blank template.
  const addBlock = (
    title: string,
    labels: string[],
    weights?: readonly number[],
    room: string[] = []
  ): AhpBlock =>
    ahp.add(title, labels, equalJudgements(labels.length), {
      room,
      ...(weights ? { ratioOf: weights, titleNote: exactBlockNote(lang, weights) } : {}),
    });
  const level1 = addBlock(
    t(lang, TEXT.level1),
    STAKEHOLDERS.map(stakeholderName),
    options.example ? PRISM_EXAMPLE_STAKEHOLDER_WEIGHTS : undefined
  );
  const printedFacets = (s: Stakeholder, facets: Facet[]): number[] | undefined =>
    options.example ? printedFacetWeights(s, facets) : undefined;
  const facetBlocks = new Map(
    STAKEHOLDERS.map((s) => {
      const facets = facetsOf(s);
      const title = `${t(lang, TEXT.level2)}: ${stakeholderName(s)}`;
      return [s, addBlock(title, facets.map(facetName), printedFacets(s, facets))];
    })
  );
  const printedLocals = (s: Stakeholder, f: Facet, codes: string[]): number[] | undefined =>
    options.example ? printedKpiWeights(s, f, codes) : undefined;
  // Level 3: the KPIs of each facet, and spare members for KPIs added later (rows of room), so even
  // a facet's only KPI has a block (its local weight 1 until a second KPI joins it).
  const register = rowsWithRoom(PRISM_REGISTER, rows, (r) => `${r.stakeholder}/${r.facet}`);
  const kpiBlocks = new Map<string, AhpBlock>();
  for (const s of STAKEHOLDERS) {
    for (const f of facetsOf(s)) {
      const { kpis, room } = register.block(`${s}/${f}`);
      const codes = kpis.map((m) => m.code);
      const title = `${t(lang, TEXT.level3)}: ${stakeholderName(s)} — ${facetName(f)}`;
      const printed = codes.length > 1 ? printedLocals(s, f, codes) : undefined;
      kpiBlocks.set(`${s}/${f}`, addBlock(title, codes, printed, room));
    }
  }
  const registerRow = (row: PrismRow, member: number): OmaxKpiRow => {
    const unnamed = options.example
      ? `${row.code} (${t(lang, row.isPlaceholder ? PRISM_EXAMPLE_TEXT.placeholder : PRISM_EXAMPLE_TEXT.unnamed)})`
      : null;
    return {
      code: row.code,
      group: stakeholderName(row.stakeholder),
      describe: { facet: facetName(row.facet) },
      name: row.name ? t(lang, row.name) : unnamed,
      unit: unitLabel(row.unit, lang),
      anchors: row.anchors,
      weights: {
        stakeholderWeight: AhpSheet.weightFormula(level1, STAKEHOLDERS.indexOf(row.stakeholder)),
        facetWeight: AhpSheet.weightFormula(
          facetBlocks.get(row.stakeholder)!,
          facetsOf(row.stakeholder).indexOf(row.facet)
        ),
        localWeight: AhpSheet.weightFormula(
          kpiBlocks.get(`${row.stakeholder}/${row.facet}`)!,
          member
        ),
      },
    };
  };

  return omaxScorecardPlan({
    template: "prism",
    options,
    sheetName: TEXT.sheet,
    title: TEXT.title,
    caseName: options.example ? t(lang, PRISM_EXAMPLE.caseName) : t(lang, TEXT.blankCase),
    help: TEXT.help,
    rules: TEXT.rules,
    note: options.example ? t(lang, PRISM_EXAMPLE_TEXT.note) : undefined,
    register: PRISM_REGISTER,
    rows: register.registerRows(registerRow, ["facet"]),
    groups: STAKEHOLDERS.map(stakeholderName),
    ahp: ahp.build(),
    showChange: false,
    illustration: options.example
      ? {
          finalLevels: register.rows.flatMap((r) => (r.isRoom ? [] : [r.kpi.finalLevel])),
          seed: 2002,
        }
      : undefined,
    reviewPrefix: "Prism",
  });
}
