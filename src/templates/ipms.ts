/**
 * IPMS — Integrated Performance Measurement System (seed 004): stakeholder → requirement →
 * objective → KPI register; a KPI specification record per KPI; AHP per stakeholder and per KPI
 * group; standard OMAX (0 / 3 / 10) on the ×100 weight scale; index and change against the previous
 * period (300 baseline when there is none).
 */
import { AhpSheet, equalJudgements, judgementsFromWeights } from "./ahp-sheet";
import { SheetBuilder } from "../sheet/builder";
import {
  IPMS_EXAMPLE,
  IPMS_EXAMPLE_TEXT,
  ipmsExampleRows,
  ipmsStakeholderRank,
  rankWeights,
} from "./data/examples/ipms";
import { type Stakeholder, stakeholderTerm, unitLabel } from "./data/vocabulary";
import { type BlockRow, type OmaxKpiRow, omaxRegisterSchema, rowsWithRoom } from "./omax-register";
import { omaxScorecardPlan } from "./omax-scorecard";
import type { TemplateOptions } from "./options";
import type { Lang, SheetPlan, WorkbookPlan } from "../sheet/plan";
import type { RegisterField, RegisterLayout } from "./register";
import { COLORS, selectedValue } from "./scorecard";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  title: {
    id: "Integrated Performance Measurement System (IPMS)",
    en: "Integrated Performance Measurement System (IPMS)",
  },
  sheet: { id: "IPMS", en: "IPMS" },
  blankCase: { id: "Perusahaan", en: "Company" },
  help: {
    id: "Tiap KPI diturunkan dari kebutuhan stakeholder → sasaran. Isi kebutuhan, sasaran, KPI, satuan dan jangkar OMAX (sel kuning). Bobot dari lembar AHP (×100); realisasi dari lembar Pelacakan.",
    en: "Each KPI comes from a stakeholder requirement → objective. Fill in requirements, objectives, KPIs, units and OMAX anchors (yellow cells). Weights come from the AHP sheet (×100); actuals from the Tracking sheet.",
  },
  rules: {
    id: "OMAX standar: L0 terburuk, L3 dasar (periode acuan), L10 target. Status: HIJAU level ≥ 8, KUNING 4–8, MERAH < 4. Ambang ada di lembar Pengaturan. Indeks = Σ level × bobot (0–1000); semua KPI di level dasar = 300. Perubahan = (indeks − indeks sebelumnya) / indeks sebelumnya.",
    en: "Standard OMAX: L0 worst, L3 baseline (reference period), L10 target. Status: GREEN level ≥ 8, YELLOW 4–8, RED < 4. The thresholds are on the Settings sheet. Index = Σ level × weight (0–1000); every KPI at baseline = 300. Change = (index − previous) / previous.",
  },
  requirement: { id: "Kebutuhan stakeholder", en: "Stakeholder requirement" },
  stakeholderWeight: { id: "Bobot stakeholder", en: "Stakeholder weight" },
  change: { id: "Perubahan terhadap periode sebelumnya", en: "Change against the previous period" },
  stakeholdersBlock: { id: "Antar stakeholder", en: "Between stakeholders" },
  kpisBlock: { id: "KPI stakeholder", en: "KPIs of stakeholder" },
  spec: { id: "Spesifikasi KPI", en: "KPI specification" },
  specTitle: { id: "Catatan spesifikasi KPI", en: "KPI specification records" },
  specHelp: {
    id: "Satu catatan per KPI (seperti Tabel 4 pada Susetyo): isi tujuan, rumus, frekuensi dan sumber data. Nomor, nama, sasaran dan target diambil dari lembar IPMS.",
    en: "One record per KPI (as Table 4 in Susetyo): fill in purpose, formula, frequency and data source. Number, name, objectives and target come from the IPMS sheet.",
  },
  groupTitle: { id: "Stakeholder", en: "Stakeholder" },
} satisfies Record<string, Text>;

/**
 * The IPMS register: each KPI's stakeholder requirements and objectives, its stakeholder's weight
 * and its weight within the stakeholder; global weights ×100 (index 0–1000).
 */
export const IPMS_REGISTER = omaxRegisterSchema({
  groupTitle: TEXT.groupTitle,
  describe: [
    { field: "requirement", header: TEXT.requirement },
    { field: "objective", header: L.objective },
  ],
  weightParts: [
    { field: "stakeholderWeight", header: TEXT.stakeholderWeight },
    { field: "localWeight", header: L.localWeight },
  ],
  globalWeight: ({ at }) => `=${at("stakeholderWeight")}*${at("localWeight")}*100`,
  weightScale: 100,
  midLevel: 3,
  tableName: "IPMS_KPI",
});

const SPEC_FIELDS: Text[] = [
  { id: "Nomor KPI", en: "KPI number" },
  { id: "Deskripsi", en: "Description" },
  { id: "Tujuan", en: "Purpose" },
  { id: "Sasaran terkait", en: "Related objectives" },
  { id: "Target", en: "Target" },
  { id: "Rumus", en: "Formula" },
  { id: "Frekuensi pengukuran", en: "Measurement frequency" },
  { id: "Sumber data", en: "Data source" },
];

/** Customers first: the order of priority in the case study, which its example's judgements follow. */
const STAKEHOLDER_ORDER: Stakeholder[] = [
  "customer",
  "investor",
  "employee",
  "supplier",
  "regulator",
];

interface IpmsRow {
  code: string;
  stakeholder: Stakeholder;
  requirements: string | null;
  objectives: string | null;
  name: Text | null;
  unit: string;
  anchors: [number, number, number] | null;
  /** Priority rank within the stakeholder (1 = most important). */
  rank: number;
  finalLevel: number;
  spec?: { purpose: Text; formula: Text; frequency: Text; dataSource: Text; description: Text };
}

function blankRows(perGroup: number): IpmsRow[] {
  return STAKEHOLDER_ORDER.flatMap((s, g) =>
    Array.from({ length: perGroup }, (_, k) => ({
      code: `K${String(g * perGroup + k + 1).padStart(2, "0")}`,
      stakeholder: s,
      requirements: null,
      objectives: null,
      name: null,
      unit: "",
      anchors: null,
      rank: k + 1,
      finalLevel: 3,
    }))
  );
}

export function ipmsPlan(options: TemplateOptions): WorkbookPlan {
  const { lang } = options;
  const rows: IpmsRow[] = options.example ? ipmsExampleRows(lang) : blankRows(options.kpisPerGroup);
  const stakeholderName = (s: Stakeholder) => t(lang, stakeholderTerm(s).ipms);

  // AHP: between the stakeholders, then the KPIs of each stakeholder. The example derives its
  // judgements from the priority order the document prints.
  const ahp = new AhpSheet(
    lang,
    L.pairwiseComparisons,
    options.example ? t(lang, IPMS_EXAMPLE_TEXT.ahpNote) : undefined
  );
  const level1 = ahp.add(
    t(lang, TEXT.stakeholdersBlock),
    STAKEHOLDER_ORDER.map(stakeholderName),
    options.example
      ? judgementsFromWeights(rankWeights(STAKEHOLDER_ORDER.map(ipmsStakeholderRank)))
      : equalJudgements(STAKEHOLDER_ORDER.length)
  );
  // The KPIs of each stakeholder, and spare members for KPIs added later (rows of room).
  const register = rowsWithRoom(IPMS_REGISTER, rows, (r) => r.stakeholder);
  const blocks = new Map(
    STAKEHOLDER_ORDER.map((s) => {
      const { kpis, room } = register.block(s);
      const judgements = options.example
        ? judgementsFromWeights(rankWeights(kpis.map((m) => m.rank)))
        : equalJudgements(kpis.length);
      return [
        s,
        ahp.add(
          `${t(lang, TEXT.kpisBlock)}: ${stakeholderName(s)}`,
          kpis.map((m) => m.code),
          judgements,
          { room }
        ),
      ];
    })
  );
  const registerRow = (row: IpmsRow, member: number): OmaxKpiRow => ({
    code: row.code,
    group: stakeholderName(row.stakeholder),
    describe: { requirement: row.requirements, objective: row.objectives },
    name: row.name ? t(lang, row.name) : null,
    unit: unitLabel(row.unit, lang),
    anchors: row.anchors,
    weights: {
      stakeholderWeight: AhpSheet.weightFormula(level1, STAKEHOLDER_ORDER.indexOf(row.stakeholder)),
      localWeight: AhpSheet.weightFormula(blocks.get(row.stakeholder)!, member),
    },
  });

  return omaxScorecardPlan({
    template: "ipms",
    options,
    sheetName: TEXT.sheet,
    title: TEXT.title,
    caseName: options.example ? t(lang, IPMS_EXAMPLE.caseName) : t(lang, TEXT.blankCase),
    help: TEXT.help,
    rules: TEXT.rules,
    note: options.example ? t(lang, IPMS_EXAMPLE_TEXT.provenance) : undefined,
    register: IPMS_REGISTER,
    rows: register.registerRows(registerRow),
    groups: STAKEHOLDER_ORDER.map(stakeholderName),
    appendix: options.example
      ? {
          title: IPMS_EXAMPLE_TEXT.requirementList,
          headers: [L.number, TEXT.groupTitle, TEXT.requirement],
          rows: IPMS_EXAMPLE.requirements.map((r) => [
            r.no,
            r.stakeholder ? stakeholderName(r.stakeholder) : null,
            t(lang, r.text),
          ]),
        }
      : undefined,
    ahp: ahp.build(),
    showChange: true,
    // The register shows the selected period's change, read from the Tracking sheet.
    extraTotals: (tracking) => [
      {
        label: TEXT.change,
        formula: selectedValue(tracking.ref.changes!, tracking.ref.periodNumber),
        numberFormat: "0.00%",
      },
    ],
    illustration: options.example
      ? {
          finalLevels: register.rows.flatMap((r) => (r.isRoom ? [] : [r.kpi.finalLevel])),
          seed: 2004,
        }
      : undefined,
    ownSheets: (layout) => ({ afterRegister: [specSheet(lang, register.rows, layout)] }),
    reviewPrefix: "IPMS",
  });
}

/** A record per KPI (its rows of room have none: a KPI added there gets its record by hand). */
function specSheet(lang: Lang, rows: BlockRow<IpmsRow>[], register: RegisterLayout): SheetPlan {
  const sheet = new SheetBuilder("spec", t(lang, TEXT.spec)).tab(COLORS.brand);
  sheet.put(0, 0, t(lang, TEXT.specTitle), { style: "title" });
  sheet.put(1, 0, t(lang, TEXT.specHelp), { style: "note" });
  const BLOCK = SPEC_FIELDS.length + 2;
  const kpis = rows.flatMap(({ kpi, isRoom }, k) => (isRoom ? [] : [{ row: kpi, k }]));
  kpis.forEach(({ row, k }, record) => {
    const top = 3 + record * BLOCK;
    const ref = (field: RegisterField) => register.ref(field, k);
    const [code, name, target] = [ref("code"), ref("name"), ref("target")];
    sheet.put(top, 0, `="KPI "&${code}&IF(${name}="","",": "&${name})`, { style: "section" });
    const values: (string | null)[] = [
      `=${code}`,
      row.spec ? t(lang, row.spec.description) : `=${name}&""`,
      row.spec ? t(lang, row.spec.purpose) : null,
      `=${ref("objective")}&""`,
      `=IF(${target}="","",${target}&" "&${ref("unit")})`,
      row.spec ? t(lang, row.spec.formula) : null,
      row.spec ? t(lang, row.spec.frequency) : null,
      row.spec ? t(lang, row.spec.dataSource) : null,
    ];
    SPEC_FIELDS.forEach((field, f) => {
      sheet.put(top + 1 + f, 0, t(lang, field), { style: "label" });
      const value = values[f];
      const isDerived = typeof value === "string" && value.startsWith("=");
      sheet.put(top + 1 + f, 1, value, { style: isDerived ? "formula" : "input" });
    });
  });
  sheet.widths([24, 90]);
  return sheet.build();
}
