/**
 * Performance Prism (seed 002): five stakeholders × five facets; three-level AHP (stakeholders,
 * facets per stakeholder, KPIs per facet) with global weights by AHP.GLOBAL that sum to 1; OMAX
 * with the Prism anchors (L0 worst, L8 minimum target, L10 optimum); traffic lights on levels; the
 * corporate index on 0–10 and the counts of green / yellow / red.
 */
import { AhpBlock, AhpSheet, equalJudgements, ratioJudgements } from "./ahp-sheet";
import { PRISM_EXAMPLE } from "./data/examples";
import type { Facet, PrismKpi, Stakeholder } from "./data/types";
import { omaxRegisterSchema } from "./omax-register";
import { omaxScorecardPlan } from "./omax-scorecard";
import type { TemplateOptions } from "./options";
import { unitLabel } from "./options";
import type { Lang, WorkbookPlan } from "../sheet/plan";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

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
  placeholder: {
    id: "ilustrasi, tidak ada di sumber",
    en: "illustrative placeholder, not in the source",
  },
  exampleNote: {
    id:
      "Contoh: KPI yang dicetak seed 002 (kode, nama, jangkar L0/L10 dan status bila ada). Dari sumber (§3.4): bobot stakeholder Investor 0,298, faset Kepuasan dalam Investor 0,338, KPI I-1 dalam faset itu 0,264, jadi bobot global I-1 = 0,298 × 0,338 × 0,264 = 0,026591136. Sumber mencetak bobot, bukan penilaian berpasangan: blok-blok itu memakai a_ij = w_i / w_j (konsisten, CR 0) sehingga AHP.WEIGHTS menghasilkan bobot tercetak persis. " +
      "Ilustrasi: bobot stakeholder lain, faset I-2 (bobot lokalnya 1 − 0,264), I-3 (pengisi agar Investor punya faset kedua), faset lain dan penilaiannya, target minimum (L8) dan realisasi.",
    en:
      "Example: the KPIs seed 002 prints (code, name, L0/L10 anchors and status where given). From the source (§3.4): stakeholder weight Investor 0.298, facet Satisfaction within Investor 0.338, KPI I-1 within that facet 0.264, so I-1's global weight = 0.298 × 0.338 × 0.264 = 0.026591136. The source prints weights, not pairwise judgements: those blocks use a_ij = w_i / w_j (consistent, CR 0), so AHP.WEIGHTS returns the printed weights exactly. " +
      "Illustrative: the other stakeholder weights, I-2's facet (its local weight 1 − 0.264), I-3 (a placeholder so that Investor has a second facet), the other facets and their judgements, minimum targets (L8) and actuals.",
  },
  exactBlock: {
    id: "Penilaian a_ij = w_i / w_j dari bobot {weights}, sehingga AHP.WEIGHTS menghasilkannya persis (matriks konsisten, CR 0). Tercetak di sumber (§3.4): {printed}; sumber tidak memberi penilaian berpasangan. Bobot lain: ilustrasi, atau sisa hingga 1.",
    en: "Judgements a_ij = w_i / w_j from the weights {weights}, so that AHP.WEIGHTS returns them exactly (a consistent matrix, CR 0). Printed in the source (§3.4): {printed}; it gives no pairwise judgements. The other weights: illustrative, or the rest up to 1.",
  },
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

const STAKEHOLDERS: Stakeholder[] = ["investor", "customer", "employee", "supplier", "regulator"];
const FACETS: Facet[] = ["satisfaction", "contribution", "strategies", "processes", "capabilities"];
const PREFIX: Record<Stakeholder, string> = {
  investor: "I",
  customer: "C",
  employee: "E",
  supplier: "S",
  regulator: "R",
};

/**
 * Facets for the printed KPIs that seed 002 does not place (editorial, by what each KPI measures).
 * I-2 joins I-1 in Investor–Satisfaction, so that facet has a level-3 comparison with I-1's printed
 * local weight 0.264.
 */
const EXAMPLE_FACETS: Record<string, Facet> = {
  "I-2": "satisfaction",
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
/** Seed 002 §3.4: "0,298 x 0,338 x 0,264 = 0,026591136" — Investor, its Satisfaction facet, I-1 in it. */
const PRINTED_INVESTOR = PRISM_EXAMPLE.stakeholders.find((s) => s.stakeholder === "investor")!
  .weight as number;
const PRINTED_INVESTOR_SATISFACTION = PRISM_EXAMPLE.facetWeights.find(
  (f) => f.stakeholder === "investor" && f.facet === "satisfaction"
)!.weight;
const PRINTED_I1_LOCAL = PRISM_EXAMPLE.kpis.find((k) => k.code === "I-1")!.localWeight as number;

/** Stakeholder weights: Investor's is printed, the other four (sharing 0.702) are illustrative. */
const EXAMPLE_STAKEHOLDER_WEIGHTS = [PRINTED_INVESTOR, 0.26, 0.18, 0.12, 0.142];

/**
 * Not in the source: a placeholder Investor KPI in a second facet, without which Investor would have
 * one facet only and its Satisfaction weight would be 1 instead of the printed 0.338.
 */
const EXAMPLE_PLACEHOLDERS: {
  code: string;
  stakeholder: Stakeholder;
  facet: Facet;
  after: string;
}[] = [{ code: "I-3", stakeholder: "investor", facet: "contribution", after: "I-2" }];

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
  const coded: (PrismKpi & { isPlaceholder?: boolean })[] = [];
  for (const kpi of PRISM_EXAMPLE.kpis.filter((k) => k.code)) {
    coded.push(kpi);
    for (const extra of EXAMPLE_PLACEHOLDERS.filter((p) => p.after === kpi.code))
      coded.push({ ...extra, isPlaceholder: true });
  }
  return coded.map((kpi, k) => ({
    code: kpi.code!,
    stakeholder: kpi.stakeholder,
    facet: kpi.facet ?? EXAMPLE_FACETS[kpi.code!] ?? "satisfaction",
    name: kpi.name ?? null,
    isPlaceholder: kpi.isPlaceholder,
    unit: kpi.unit ?? "",
    anchors: illustrativeAnchors(kpi),
    finalLevel:
      kpi.status === "RED" ? 3 : kpi.status === "YELLOW" ? [5, 6, 7][k % 3] : [8, 9, 10][k % 3],
  }));
}

/**
 * The title note of a block whose judgements are w_i / w_j: its weights, and the printed one (the
 * first; the others are illustrative or the rest up to 1).
 */
function exactBlockNote(lang: Lang, weights: readonly number[]): string {
  const shown = (w: number) => {
    const text = String(Number(w.toPrecision(12)));
    return lang === "id" ? text.replace(".", ",") : text;
  };
  return t(lang, TEXT.exactBlock)
    .replace("{weights}", weights.map(shown).join(lang === "id" ? "; " : ", "))
    .replace("{printed}", shown(weights[0]));
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
  // In the example, the blocks holding a printed weight get the exact ratio judgements of their
  // weights, and a note on the title saying so; the rest of the example's judgements are
  // all-equal, as in a blank template.
  const addBlock = (title: string, labels: string[], weights?: readonly number[]): AhpBlock =>
    weights
      ? ahp.add(title, labels, ratioJudgements(weights), {
          isExact: true,
          titleNote: exactBlockNote(lang, weights),
        })
      : ahp.add(title, labels, equalJudgements(labels.length));
  const level1 = addBlock(
    t(lang, TEXT.level1),
    STAKEHOLDERS.map(stakeholderName),
    options.example ? EXAMPLE_STAKEHOLDER_WEIGHTS : undefined
  );
  // Investor: Satisfaction 0.338 is printed; its other facet (the placeholder's) has the rest.
  const printedFacets = (s: Stakeholder, facets: Facet[]): number[] | undefined =>
    options.example && s === "investor" && facets.length === 2 && facets[0] === "satisfaction"
      ? [PRINTED_INVESTOR_SATISFACTION, 1 - PRINTED_INVESTOR_SATISFACTION]
      : undefined;
  const facetBlocks = new Map(
    STAKEHOLDERS.map((s) => {
      const facets = facetsOf(s);
      const title = `${t(lang, TEXT.level2)}: ${stakeholderName(s)}`;
      return [s, addBlock(title, facets.map(facetName), printedFacets(s, facets))];
    })
  );
  // Investor–Satisfaction: I-1's 0.264 is printed; with I-2 the only other member, it has the rest.
  const printedLocals = (s: Stakeholder, f: Facet, codes: string[]): number[] | undefined =>
    options.example && s === "investor" && f === "satisfaction" && codes.join() === "I-1,I-2"
      ? [PRINTED_I1_LOCAL, 1 - PRINTED_I1_LOCAL]
      : undefined;
  const kpiBlocks = new Map<string, AhpBlock>();
  for (const s of STAKEHOLDERS) {
    for (const f of facetsOf(s)) {
      const codes = membersOf(s, f).map((m) => m.code);
      if (codes.length < 2) continue;
      const title = `${t(lang, TEXT.level3)}: ${stakeholderName(s)} — ${facetName(f)}`;
      kpiBlocks.set(`${s}/${f}`, addBlock(title, codes, printedLocals(s, f, codes)));
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
    note: options.example ? `${t(lang, TEXT.exampleNote)} (${PRISM_EXAMPLE.source})` : undefined,
    register: PRISM_REGISTER,
    rows: rows.map((row) => {
      const kpiBlock = kpiBlocks.get(`${row.stakeholder}/${row.facet}`);
      const unnamed = options.example
        ? `${row.code} (${t(lang, row.isPlaceholder ? TEXT.placeholder : TEXT.unnamed)})`
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
          // The only KPI of its facet takes the facet's whole weight.
          localWeight: kpiBlock
            ? AhpSheet.weightFormula(kpiBlock, membersOf(row.stakeholder, row.facet).indexOf(row))
            : "=1",
        },
      };
    }),
    groups: STAKEHOLDERS.map(stakeholderName),
    ahp: ahp.build(),
    showChange: false,
    illustration: options.example
      ? { finalLevels: rows.map((r) => r.finalLevel), seed: 2002 }
      : undefined,
    reviewPrefix: "Prism",
  });
}
