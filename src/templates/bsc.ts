/**
 * Balanced Scorecard (seed 001): four perspectives with KPI codes F1…, C1…, B1…, L1…; strategic
 * objectives and targets; AHP pairwise comparisons per level (perspectives, then KPIs within each
 * perspective) with live AHP.WEIGHTS / AHP.CHECK; OMAX level tables, scores and traffic lights;
 * perspective and total index; a strategy map of the objectives with cause → effect arrows.
 */
import { AhpSheet, equalJudgements, judgementsFromWeights } from "./ahp-sheet";
import {
  BSC_EXAMPLE,
  BSC_EXAMPLE_JUDGEMENTS,
  BSC_EXAMPLE_KPIS,
  BSC_EXAMPLE_LINKS,
  BSC_EXAMPLE_OBJECTIVES,
  BSC_EXAMPLE_TEXT,
  bscExampleRows,
} from "./data/examples/bsc";
import { PERSPECTIVES, type Perspective, unitLabel } from "./data/vocabulary";
import { type OmaxKpiRow, omaxRegisterSchema, rowsWithRoom } from "./omax-register";
import { omaxScorecardPlan } from "./omax-scorecard";
import type { TemplateOptions } from "./options";
import type { WorkbookPlan } from "../sheet/plan";
import { strategyMapSheet, StrategyObjective } from "./strategy-map";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  title: { id: "Balanced Scorecard", en: "Balanced Scorecard" },
  sheet: { id: "BSC", en: "BSC" },
  blankCase: { id: "Organisasi / unit", en: "Organisation / unit" },
  help: {
    id: "Isi sasaran, KPI, satuan dan tiga jangkar OMAX (terburuk, dasar, target) per KPI (sel kuning). Bobot berasal dari lembar AHP; realisasi dari lembar Pelacakan.",
    en: "Fill in objectives, KPIs, units and the three OMAX anchors (worst, baseline, target) per KPI (yellow cells). Weights come from the AHP sheet; actuals from the Tracking sheet.",
  },
  rules: {
    id: "Level OMAX 0–10 (L0 terburuk, L3 dasar, L10 target). Status: HIJAU level ≥ 8, KUNING 4–8, MERAH < 4. Ambang ada di lembar Pengaturan. Indeks = Σ level × bobot global (0–10).",
    en: "OMAX level 0–10 (L0 worst, L3 baseline, L10 target). Status: GREEN level ≥ 8, YELLOW 4–8, RED < 4. The thresholds are on the Settings sheet. Index = Σ level × global weight (0–10).",
  },
  perspectiveWeight: { id: "Bobot perspektif", en: "Perspective weight" },
  perspectivesBlock: { id: "Level 1 — antar perspektif", en: "Level 1 — between perspectives" },
  kpisBlock: { id: "Level 2 — KPI dalam perspektif", en: "Level 2 — KPIs within the perspective" },
  groupTitle: { id: "Perspektif", en: "Perspective" },
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

/** A blank strategy map links the objectives up the perspectives: learning → internal → customer → financial. */
const BLANK_LINKS = [
  { from: "L", to: "B" },
  { from: "B", to: "C" },
  { from: "C", to: "F" },
];

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

export function bscPlan(options: TemplateOptions): WorkbookPlan {
  const { lang } = options;
  const rows: BscRow[] = options.example ? bscExampleRows() : blankRows(options.kpisPerGroup);
  const objectives = options.example ? BSC_EXAMPLE_OBJECTIVES : blankObjectives();
  const links = options.example ? BSC_EXAMPLE_LINKS : BLANK_LINKS;

  // AHP: level 1 between the perspectives, level 2 the KPIs within each perspective.
  const ahp = new AhpSheet(
    lang,
    L.pairwiseComparisons,
    options.example ? t(lang, BSC_EXAMPLE_TEXT.ahpNote) : undefined
  );
  const level1 = ahp.add(
    t(lang, TEXT.perspectivesBlock),
    PERSPECTIVES.map((p) => `${p.prefix}: ${t(lang, p.name)}`),
    options.example ? BSC_EXAMPLE_JUDGEMENTS : equalJudgements(PERSPECTIVES.length)
  );
  // Level 2: each perspective's KPIs, and spare members for KPIs added later (rows of room).
  const register = rowsWithRoom(BSC_REGISTER, rows, (r) => r.perspective);
  const kpiBlocks = new Map(
    PERSPECTIVES.map((p) => {
      const { kpis, room } = register.block(p.key);
      const title = `${t(lang, TEXT.kpisBlock)}: ${t(lang, p.name)}`;
      return [
        p.key,
        ahp.add(
          title,
          kpis.map((m) => m.code),
          judgementsFromWeights(kpis.map((m) => m.weight)),
          { room }
        ),
      ];
    })
  );
  const registerRow = (row: BscRow, member: number): OmaxKpiRow => {
    const p = PERSPECTIVES.findIndex((x) => x.key === row.perspective);
    const objective = objectives.find((o) => o.id === row.objective);
    return {
      code: row.code,
      group: t(lang, PERSPECTIVES[p].name),
      describe: { objective: objective ? t(lang, objective.name) : null },
      name: row.name ? t(lang, row.name) : null,
      unit: unitLabel(row.unit, lang),
      anchors: row.anchors,
      weights: {
        localWeight: AhpSheet.weightFormula(kpiBlocks.get(row.perspective)!, member),
        perspectiveWeight: AhpSheet.weightFormula(level1, p),
      },
    };
  };

  return omaxScorecardPlan({
    template: "bsc",
    options,
    sheetName: TEXT.sheet,
    title: TEXT.title,
    caseName: options.example ? t(lang, BSC_EXAMPLE.caseName) : t(lang, TEXT.blankCase),
    help: TEXT.help,
    rules: TEXT.rules,
    note: options.example ? t(lang, BSC_EXAMPLE_TEXT.provenance) : undefined,
    register: BSC_REGISTER,
    rows: register.registerRows(registerRow),
    groups: PERSPECTIVES.map((p) => t(lang, p.name)),
    ahp: ahp.build(),
    showChange: false,
    illustration: options.example
      ? {
          finalLevels: register.rows.flatMap((r) =>
            r.isRoom ? [] : [BSC_EXAMPLE_KPIS[r.kpi.code].level]
          ),
          seed: 2001,
        }
      : undefined,
    ownSheets: (layout) => ({
      afterOmax: [
        strategyMapSheet(
          lang,
          PERSPECTIVES,
          objectives,
          links,
          // By the register's rows, its rows of room (which serve no objective yet) included.
          register.rows.map(({ kpi, isRoom }) => ({ objective: isRoom ? "" : kpi.objective })),
          layout
        ),
      ],
    }),
    reviewPrefix: "BSC",
  });
}
