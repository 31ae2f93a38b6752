/**
 * Balanced Scorecard (seed 001): four perspectives with KPI codes F1…, C1…, B1…, L1…; strategic
 * objectives and targets; AHP pairwise comparisons per level (perspectives, then KPIs within each
 * perspective) with live AHP.WEIGHTS / AHP.CHECK; OMAX level tables, scores and traffic lights;
 * perspective and total index; a strategy map of the objectives with cause → effect arrows.
 */
import { AhpSheet, equalJudgements, judgementsFromWeights } from "./ahp-sheet";
import { BSC_EXAMPLE } from "./data/examples";
import type { Perspective } from "./data/types";
import { omaxRegisterSchema } from "./omax-register";
import { omaxScorecardPlan } from "./omax-scorecard";
import type { TemplateOptions } from "./options";
import { unitLabel } from "./options";
import type { WorkbookPlan } from "../sheet/plan";
import { strategyMapSheet, StrategyObjective } from "./strategy-map";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  title: { id: "Balanced Scorecard", en: "Balanced Scorecard" },
  sheet: { id: "BSC", en: "BSC" },
  blankCase: { id: "Organisasi / unit: (isi di sini)", en: "Organisation / unit: (type it here)" },
  help: {
    id: "Isi sasaran, KPI, satuan dan tiga jangkar OMAX (terburuk, dasar, target) per KPI (sel kuning). Bobot berasal dari lembar AHP; realisasi dari lembar Pelacakan.",
    en: "Fill in objectives, KPIs, units and the three OMAX anchors (worst, baseline, target) per KPI (yellow cells). Weights come from the AHP sheet; actuals from the Tracking sheet.",
  },
  rules: {
    id: "Level OMAX 0–10 (L0 terburuk, L3 dasar, L10 target). Status: GREEN (hijau) level ≥ 8, YELLOW (kuning) 4–8, RED (merah) < 4. Indeks = Σ level × bobot global (0–10).",
    en: "OMAX level 0–10 (L0 worst, L3 baseline, L10 target). Status: GREEN level ≥ 8, YELLOW 4–8, RED < 4. Index = Σ level × global weight (0–10).",
  },
  perspectiveWeight: { id: "Bobot perspektif", en: "Perspective weight" },
  perspectivesBlock: { id: "Level 1 — antar perspektif", en: "Level 1 — between perspectives" },
  kpisBlock: { id: "Level 2 — KPI dalam perspektif", en: "Level 2 — KPIs within the perspective" },
  groupTitle: { id: "Perspektif", en: "Perspective" },
  provenance: {
    id: "Contoh. Dari seed 001: kasusnya (bagian Parts Logistics & Warehouse PT X), empat perspektif dan sepuluh contoh metriknya (§2.4; kode F1…L3 dari editor). Ilustrasi, bukan dari sumber (BAB 4 dokumen belum diisi): sasaran strategis, satuan, jangkar OMAX (terburuk, dasar, target), hubungan sebab-akibat di peta strategi, penilaian berpasangan dan realisasi.",
    en: "Example. From seed 001: the case (PT X's Parts Logistics & Warehouse section), the four perspectives and their ten example metrics (§2.4; codes F1…L3 by the editor). Illustrative, not from the source (the document's BAB 4 is a placeholder): the strategic objectives, units, OMAX anchors (worst, baseline, target), the strategy map's cause → effect links, the pairwise judgements and the actuals.",
  },
  ahpNote: {
    id: "Contoh: penilaian ilustrasi. Antar perspektif = contoh 4×4 spesifikasi (§1.5); KPI dalam perspektif = bobot yang diandaikan, dibulatkan ke skala Saaty. Seed 001 memakai ANP (Super Decisions) dengan kuesioner seorang ahli, tetapi tidak mencetak penilaiannya.",
    en: "Example: illustrative judgements. Between perspectives = the spec's 4×4 example (§1.5); KPIs within a perspective = assumed weights rounded to Saaty's scale. Seed 001 uses ANP (Super Decisions) on one expert's questionnaire but prints no judgements.",
  },
} satisfies Record<string, Text>;

/** The Balanced Scorecard's register: each KPI's objective, its weight within its perspective and the perspective's. */
export const BSC_REGISTER = omaxRegisterSchema({
  groupTitle: TEXT.groupTitle,
  describe: [{ field: "objective", header: L.objective }],
  weightParts: [
    { field: "localWeight", header: L.localWeight },
    { field: "perspectiveWeight", header: TEXT.perspectiveWeight },
  ],
  globalWeight: ({ at }) => `=${at("localWeight")}*${at("perspectiveWeight")}`,
  weightScale: 1,
  midLevel: 3,
  tableName: "BSC_KPI",
});

export const PERSPECTIVES: { key: Perspective; prefix: string; name: Text }[] = [
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

interface BscRow {
  code: string;
  perspective: Perspective;
  objective: string; // objective id
  name: Text | null;
  unit: string;
  anchors: [number, number, number] | null;
  /** Illustrative intended local weight, turned into Saaty judgements for the example. */
  weight: number;
}

/**
 * The example's objectives and anchors. Seed 001 lists the example metrics per perspective (§2.4)
 * but no objectives, targets or links (its BAB 4 is a placeholder), so these are illustrative.
 */
const EXAMPLE_OBJECTIVES: StrategyObjective[] = [
  {
    id: "F",
    perspective: "financial",
    name: { id: "Menekan biaya logistik", en: "Lower logistics cost" },
  },
  {
    id: "C",
    perspective: "customer",
    name: { id: "Suku cadang tersedia tepat waktu", en: "Parts available on time" },
  },
  {
    id: "B",
    perspective: "internal",
    name: {
      id: "Perencanaan dan proses gudang yang akurat",
      en: "Accurate planning and warehouse processes",
    },
  },
  {
    id: "L",
    perspective: "learning",
    name: { id: "Karyawan terampil dan bersertifikat", en: "Skilled, certified staff" },
  },
];
const EXAMPLE_LINKS = [
  { from: "L", to: "B" },
  { from: "B", to: "C" },
  { from: "C", to: "F" },
  { from: "B", to: "F" },
];
/**
 * Illustrative OMAX anchors [worst L0, baseline L3, target L10], local weights and the level each
 * example KPI reaches in the last period (C3 uses the spec's on-time-delivery anchors, §3.4).
 */
const EXAMPLE_ANCHORS: Record<
  string,
  { anchors: [number, number, number]; unit?: string; weight: number; level: number }
> = {
  F1: { anchors: [1200, 1000, 800], unit: "juta Rp", weight: 0.4, level: 8 },
  F2: { anchors: [900, 750, 600], unit: "juta Rp", weight: 0.35, level: 6 },
  F3: { anchors: [500, 420, 350], unit: "juta Rp", weight: 0.25, level: 9 },
  C1: { anchors: [80, 90, 98], weight: 0.4, level: 7 },
  C2: { anchors: [120, 80, 20], weight: 0.2, level: 3 },
  C3: { anchors: [70, 85, 99], weight: 0.4, level: 6 },
  B1: { anchors: [40, 25, 10], weight: 1, level: 5 },
  L1: { anchors: [2, 6, 12], weight: 0.4, level: 10 },
  L2: { anchors: [0, 5, 15], weight: 0.4, level: 8 },
  L3: { anchors: [0, 1, 4], weight: 0.2, level: 2 },
};

function exampleRows(): BscRow[] {
  return BSC_EXAMPLE.kpis.map((kpi) => {
    const extra = EXAMPLE_ANCHORS[kpi.code];
    return {
      code: kpi.code,
      perspective: kpi.perspective,
      objective: PERSPECTIVES.find((p) => p.key === kpi.perspective)!.prefix,
      name: kpi.name,
      unit: extra.unit ?? kpi.unit ?? "",
      anchors: extra.anchors,
      weight: extra.weight,
    };
  });
}

function blankRows(perGroup: number): BscRow[] {
  return PERSPECTIVES.flatMap((p) =>
    Array.from({ length: perGroup }, (_, k) => ({
      code: `${p.prefix}${k + 1}`,
      perspective: p.key,
      objective: p.prefix,
      name: null,
      unit: "",
      anchors: null,
      weight: 1 / perGroup,
    }))
  );
}

function blankObjectives(): StrategyObjective[] {
  return PERSPECTIVES.map((p) => ({
    id: p.prefix,
    perspective: p.key,
    name: { id: `Sasaran ${p.name.id.toLowerCase()}`, en: `${p.name.en} objective` },
  }));
}

/**
 * The spec's worked 4×4 example (§1.5) as the judgements between the four perspectives:
 * weights 0.4673 / 0.2772 / 0.0954 / 0.1601, CR 0.0115. Order F, C, B, L.
 */
const SPEC_PERSPECTIVE_JUDGEMENTS = [
  [1, 2, 4, 3],
  [1 / 2, 1, 3, 2],
  [1 / 4, 1 / 3, 1, 1 / 2],
  [1 / 3, 1 / 2, 2, 1],
];

export function bscPlan(options: TemplateOptions): WorkbookPlan {
  const { lang } = options;
  const rows = options.example ? exampleRows() : blankRows(options.kpisPerGroup);
  const objectives = options.example ? EXAMPLE_OBJECTIVES : blankObjectives();
  const links = options.example
    ? EXAMPLE_LINKS
    : EXAMPLE_LINKS.filter((l) => l.from !== "B" || l.to !== "F");

  // AHP: level 1 between the perspectives, level 2 the KPIs within each perspective.
  const ahp = new AhpSheet(
    lang,
    L.pairwiseComparisons,
    options.example ? t(lang, TEXT.ahpNote) : undefined
  );
  const level1 = ahp.add(
    t(lang, TEXT.perspectivesBlock),
    PERSPECTIVES.map((p) => `${p.prefix}: ${t(lang, p.name)}`),
    options.example ? SPEC_PERSPECTIVE_JUDGEMENTS : equalJudgements(PERSPECTIVES.length)
  );
  const kpiBlocks = new Map(
    PERSPECTIVES.map((p) => {
      const members = rows.filter((r) => r.perspective === p.key);
      const title = `${t(lang, TEXT.kpisBlock)}: ${t(lang, p.name)}`;
      return [
        p.key,
        ahp.add(
          title,
          members.map((m) => m.code),
          judgementsFromWeights(members.map((m) => m.weight))
        ),
      ];
    })
  );

  return omaxScorecardPlan({
    template: "bsc",
    options,
    sheetName: TEXT.sheet,
    title: TEXT.title,
    caseName: options.example ? t(lang, BSC_EXAMPLE.caseName) : t(lang, TEXT.blankCase),
    help: TEXT.help,
    rules: TEXT.rules,
    note: options.example ? t(lang, TEXT.provenance) : undefined,
    register: BSC_REGISTER,
    rows: rows.map((row) => {
      const p = PERSPECTIVES.findIndex((x) => x.key === row.perspective);
      const objective = objectives.find((o) => o.id === row.objective);
      const members = rows.filter((x) => x.perspective === row.perspective);
      return {
        code: row.code,
        group: t(lang, PERSPECTIVES[p].name),
        describe: { objective: objective ? t(lang, objective.name) : null },
        name: row.name ? t(lang, row.name) : null,
        unit: unitLabel(row.unit, lang),
        anchors: row.anchors,
        weights: {
          localWeight: AhpSheet.weightFormula(
            kpiBlocks.get(row.perspective)!,
            members.indexOf(row)
          ),
          perspectiveWeight: AhpSheet.weightFormula(level1, p),
        },
      };
    }),
    groups: PERSPECTIVES.map((p) => t(lang, p.name)),
    ahp: ahp.build(),
    showChange: false,
    illustration: options.example
      ? { finalLevels: rows.map((r) => EXAMPLE_ANCHORS[r.code].level), seed: 2001 }
      : undefined,
    ownSheets: () => ({
      afterOmax: [
        strategyMapSheet(
          lang,
          PERSPECTIVES,
          objectives,
          links,
          rows.map((r) => ({ code: r.code, objective: r.objective }))
        ),
      ],
    }),
    reviewPrefix: "BSC",
  });
}
