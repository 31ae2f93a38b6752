/**
 * UMKM KPI scorecard (seed 003, spec §5): a KPI register with weights in %, priority classes,
 * targets and measurement periods; achievement against target and a traffic light per KPI; the
 * weight and class checks; the SMART-C checklist. Example: Batik 20 Ikan Mas.
 */
import { CLASS_RANGES, PriorityClass } from "../core";
import { BOLD_CHARS_PER_WIDTH, fittingWidth } from "../sheet/builder";
import {
  UMKM_EXAMPLE,
  UMKM_EXAMPLE_LEVELS,
  UMKM_EXAMPLE_TEXT,
  umkmExampleRows,
} from "./data/examples/umkm";
import { UMKM_GROUPS, unitLabel } from "./data/vocabulary";
import { dashboardSheet } from "./dashboard";
import { illustrativeActuals, reportedPeriods } from "./illustrate";
import type { Frequency } from "./illustrate";
import type { TemplateOptions } from "./options";
import { PERIOD_MONTHS, periodLabels } from "./periods";
import {
  FREQUENCY_MONTHS,
  FREQUENCY_TEXT,
  groupCells,
  umkmLists,
  writeUmkmLists,
} from "./umkm-lists";
import type { Lang, WorkbookPlan } from "../sheet/plan";
import {
  type RegisterColumn,
  type RegisterSchema,
  caseNameFormula,
  registerLayout,
  registerSheet,
} from "./register";
import {
  COLORS,
  ScorecardContext,
  Scoring,
  actualColumn,
  rankKeyColumn,
  reviewSheet,
  scoreFormula,
  scoreIcons,
  statusColumn,
  statusFormula,
  weightedAchievement,
} from "./scorecard";
import { settingsLayout, settingsSheet } from "./settings";
import { trackingLayout, trackingSheet } from "./tracking";
import { L, directionWord, languageArgument } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  title: { id: "Kartu Skor KPI UMKM", en: "UMKM KPI Scorecard" },
  sheet: { id: "KPI UMKM", en: "UMKM KPIs" },
  blankCase: { id: "Nama usaha", en: "Business name" },
  help: {
    id: "Isi KPI, bobot (%), kelas prioritas, target dan periode ukur (sel kuning). Realisasi diisi di lembar Pelacakan; pencapaian dan status dihitung otomatis.",
    en: "Fill in the KPIs, weights (%), priority classes, targets and measurement periods (yellow cells). Actuals go on the Tracking sheet; achievement and status are computed.",
  },
  rules: {
    id: "Status: HIJAU ≥ 100% target, KUNING 95–100%, MERAH < 95%. Ambang ada di lembar Pengaturan. Kelas: Penting 5–10%, Sangat Penting 10–15%, Kritikal > 15%. Bobot harus berjumlah 100%.",
    en: "Status: GREEN ≥ 100% of target, YELLOW 95–100%, RED < 95%. The thresholds are on the Settings sheet. Classes: Important 5–10%, Very Important 10–15%, Critical > 15%. Weights must add up to 100%.",
  },
  priorityClass: { id: "Kelas prioritas", en: "Priority class" },
  classCheck: { id: "Cek kelas", en: "Class check" },
  measurePeriod: { id: "Periode ukur", en: "Measured" },
  weightCheck: { id: "Cek total bobot", en: "Weight total check" },
  weighted: { id: "Pencapaian tertimbang", en: "Weighted achievement" },
  summed: { id: "Dijumlah per periode?", en: "Adds up over time?" },
  summedPrompt: {
    id: "Ya: jumlah yang bertambah seiring waktu (penjualan, pelanggan); Tidak: rasio atau persen",
    en: "Yes: a quantity that adds up over time (sales, customers); No: a ratio or a percentage",
  },
  periodTarget: { id: "Target per periode", en: "Target per period" },
  periodTargetNote: {
    id: "Target untuk satu periode pelacakan: target yang dijumlah dikalikan bulan periode pelacakan ÷ bulan periode ukur (bila lebih panjang); rasio dan persen tetap. Lihat catatan di bawah register.",
    en: "The target for one tracking period: a target that adds up is multiplied by the tracking period's months ÷ the measurement period's months (when longer); ratios and percentages stay. See the note under the register.",
  },
  groupTitle: { id: "Kelompok KPI", en: "KPI group" },
  smart: { id: "Daftar periksa SMART-C (Ya/Tidak)", en: "SMART-C checklist (Yes/No)" },
} satisfies Record<string, Text>;

interface UmkmRow {
  code: string;
  name: Text | null;
  group: Text;
  weight: number | null;
  priorityClass: PriorityClass | null;
  unit: string;
  direction: "higher" | "lower";
  target: number | null;
  frequency: Frequency;
  /** Whether the KPI adds up over time (a count, sales) or is a rate; null while not said. */
  summed: boolean | null;
}

const DEFAULT_GROUPS: Text[] = UMKM_GROUPS.map((g) => g.name);

function blankRows(perGroup: number): UmkmRow[] {
  return DEFAULT_GROUPS.flatMap((group, g) =>
    Array.from({ length: perGroup }, (_, k) => ({
      code: `K${g * perGroup + k + 1}`,
      name: null,
      group,
      weight: null,
      priorityClass: null,
      unit: "",
      direction: "higher" as const,
      target: null,
      frequency: "monthly" as const,
      summed: null,
    }))
  );
}

/** Achievement against the target converted to one tracking period. */
const SCORING: Scoring = { kind: "achievement", targetField: "periodTarget" };

/** The SMART-C checklist, one column per letter, ticked Yes or No. */
const SMART_C: RegisterColumn<UmkmRow>[] = (
  [
    ["smartSpecific", { id: "S: Spesifik", en: "S: Specific" }],
    ["smartMeasurable", { id: "M: Terukur", en: "M: Measurable" }],
    ["smartAchievable", { id: "A: Dapat dicapai", en: "A: Achievable" }],
    ["smartRelevant", { id: "R: Relevan", en: "R: Relevant" }],
    ["smartTimeBound", { id: "T: Berbatas waktu", en: "T: Time-bound" }],
    ["smartChallenging", { id: "C: Menantang", en: "C: Challenging" }],
  ] as const
).map(([field, header], k) => ({
  field,
  header,
  style: "input",
  width: 11,
  band: k === 0 ? TEXT.smart : undefined,
  validation: (lang) => ({ type: "list", values: [t(lang, L.yes), t(lang, L.no)] }),
}));

const classNames = (lang: Lang) =>
  (Object.keys(CLASS_RANGES) as PriorityClass[]).map((c) => CLASS_RANGES[c].labels[lang]);

/** The UMKM KPI register, column by column. */
export const UMKM_REGISTER: RegisterSchema<UmkmRow> = {
  scoring: SCORING,
  weightTotal: 100,
  weightField: "weightPct",
  scoreField: "achievement",
  tableName: "UMKM_KPI",
  room: 10,
  frozenThrough: "name",
  columns: [
    { field: "code", header: L.code, style: "label", width: 7, value: (r) => r.data.code },
    {
      field: "name",
      header: L.kpi,
      style: "input",
      // As wide as the longest name (a blank sheet keeps room to type).
      width: ({ values }) => fittingWidth(values, 34),
      value: ({ data, lang }) => (data.name ? t(lang, data.name) : null),
      // An empty name prompts for one while selected (nothing typed in it to type over).
      validation: () => ({ type: "any", prompt: L.kpiNamePrompt }),
      total: { label: L.total },
    },
    {
      field: "group",
      header: L.group,
      style: "input",
      width: ({ values }) => fittingWidth(values, 20),
      value: ({ data, lang }) => t(lang, data.group),
      // The list under the register: rename or add a group there.
      validation: (_, layout) => ({
        type: "list",
        source: `=${umkmLists(layout).groupRange}`,
        prompt: L.group,
      }),
    },
    {
      field: "weightPct",
      header: L.weightPct,
      style: "input",
      numberFormat: "0.0",
      width: 9,
      value: (r) => r.data.weight,
      total: { formula: ({ range }) => `=SUM(${range("weightPct")})`, numberFormat: "0.0" },
      validation: () => ({
        type: "decimal",
        min: 0,
        max: 100,
        prompt: { id: "Bobot dalam %, 0–100", en: "Weight in %, 0–100" },
      }),
      name: "Weights",
    },
    {
      field: "priorityClass",
      header: TEXT.priorityClass,
      style: "input",
      // The class names, and the bold "weight total check" label on the totals line.
      width: ({ lang }) =>
        Math.max(
          fittingWidth(classNames(lang), 15),
          Math.ceil(t(lang, TEXT.weightCheck).length / BOLD_CHARS_PER_WIDTH) + 1
        ),
      value: ({ data, lang }) =>
        data.priorityClass ? CLASS_RANGES[data.priorityClass].labels[lang] : null,
      total: { label: TEXT.weightCheck },
      validation: (lang) => ({
        type: "list",
        values: classNames(lang),
        prompt: TEXT.priorityClass,
      }),
    },
    {
      field: "classCheck",
      header: TEXT.classCheck,
      style: "check",
      width: 10,
      formula: ({ at }) =>
        `=IF(OR(${at("weightPct")}="",${at("priorityClass")}=""),"",KPI.CLASSCHECK(${at("weightPct")},${at("priorityClass")}))`,
      // Left-aligned (not centred like the class checks): a message such as "JUMLAH 0% ≠ 100%" runs
      // on over the empty unit and direction cells instead of being cut at the label to its left.
      total: {
        formula: ({ range, lang }) =>
          `=KPI.WEIGHTCHECK(${range("weightPct")}${languageArgument(lang)})`,
      },
      formats: {
        rules: (range) => [
          { range, type: "textNotEquals", text: "OK", fill: "#FFEB9C", font: "#9C5700" },
        ],
        withTotal: true,
      },
    },
    {
      field: "unit",
      header: L.unit,
      style: "input",
      width: 9,
      value: ({ data, lang }) => unitLabel(data.unit, lang) || null,
    },
    {
      field: "direction",
      header: L.direction,
      style: "input",
      width: ({ lang }) =>
        fittingWidth([directionWord(lang, "higher"), directionWord(lang, "lower")], 9),
      value: ({ data, lang }) => directionWord(lang, data.direction),
      validation: (lang) => ({
        type: "list",
        values: [directionWord(lang, "higher"), directionWord(lang, "lower")],
        prompt: L.direction,
      }),
    },
    {
      field: "target",
      header: L.target,
      style: "input",
      numberFormat: "General",
      width: 9,
      value: (r) => r.data.target,
      // Two columns left of the actuals, so the label runs on over the empty cells instead of being cut.
      total: { label: TEXT.weighted },
    },
    {
      field: "frequency",
      header: TEXT.measurePeriod,
      style: "input",
      width: 12,
      value: ({ data, lang }) => t(lang, FREQUENCY_TEXT[data.frequency]),
      validation: (_, layout) => ({
        type: "list",
        source: `=${umkmLists(layout).periodWords}`,
        prompt: TEXT.measurePeriod,
      }),
    },
    {
      field: "summed",
      header: TEXT.summed,
      style: "input",
      width: 12,
      value: ({ data, lang }) =>
        data.summed === null ? null : t(lang, data.summed ? L.yes : L.no),
      validation: (lang) => ({
        type: "list",
        values: [t(lang, L.yes), t(lang, L.no)],
        prompt: TEXT.summedPrompt,
      }),
    },
    {
      field: "periodTarget",
      header: TEXT.periodTarget,
      style: "formula",
      numberFormat: "General",
      width: 11,
      note: TEXT.periodTargetNote,
      formula: ({ at, lang, layout, tracking }) => {
        const lists = umkmLists(layout);
        const measured = `INDEX(${lists.periodMonths},MATCH(${at("frequency")},${lists.periodWords},0))`;
        const factor = `MAX(1,${tracking.monthsPerPeriod}/${measured})`;
        return `=IF(${at("target")}="","",IF(${at("summed")}="${t(lang, L.yes)}",${at("target")}*${factor},${at("target")}))`;
      },
    },
    actualColumn({
      id: "Dari lembar Pelacakan, periode terpilih",
      en: "From the Tracking sheet, selected period",
    }),
    {
      field: "achievement",
      header: L.achievement,
      style: "formula",
      numberFormat: "0.0%",
      width: 12,
      formula: ({ at }) => scoreFormula(SCORING, at("actual"), at),
      total: {
        formula: ({ range }) => weightedAchievement(range("achievement"), range("weightPct")),
        numberFormat: "0.0%",
      },
      formats: { rules: (range) => [scoreIcons(SCORING, range)] },
    },
    {
      ...statusColumn(SCORING, "achievement"),
      total: { formula: ({ at, lang }) => statusFormula(SCORING, at("achievement"), lang) },
    },
    {
      field: "weighted",
      header: L.weightedScore,
      style: "formula",
      numberFormat: "0.0%",
      width: 12,
      formula: ({ at }) =>
        `=IF(${at("achievement")}="","",${at("achievement")}*${at("weightPct")}/100)`,
      total: { formula: ({ range }) => `=SUM(${range("weighted")})`, numberFormat: "0.0%" },
    },
    rankKeyColumn("achievement"),
    ...SMART_C,
  ],
};

/**
 * The KPIs Tracking has rows for: the register's table grows past its room up to this many (or its
 * own rows, if more), Tracking reading the rows beyond by position (see tracking.ts).
 */
export const TRACKED_KPIS = 40;

export function umkmPlan(options: TemplateOptions): WorkbookPlan {
  const { lang } = options;
  const rows: UmkmRow[] = options.example ? umkmExampleRows() : blankRows(options.kpisPerGroup);
  const periods = periodLabels(options.periods, options.year, lang);
  const registerRows = registerLayout(UMKM_REGISTER, rows.length).rows;
  const tracking = trackingLayout(
    registerRows,
    periods.length,
    false,
    Math.max(0, TRACKED_KPIS - registerRows)
  );
  const caseName = options.example ? t(lang, UMKM_EXAMPLE.caseName) : t(lang, TEXT.blankCase);
  const groups = uniqueLabels(rows.map((r) => t(lang, r.group)));
  const register = registerSheet(UMKM_REGISTER, {
    lang,
    sheetName: TEXT.sheet,
    title: TEXT.title,
    caseName,
    isExample: options.example,
    help: TEXT.help,
    rules: TEXT.rules,
    note: options.example ? t(lang, UMKM_EXAMPLE_TEXT.provenance) : undefined,
    rows,
    groups,
    tracking: tracking.ref.link,
    tabColor: COLORS.brand,
  });
  writeUmkmLists(register.sheet, lang, register.layout, groups);
  const months = PERIOD_MONTHS[options.periods];
  // Illustrative actuals around each KPI's target for one tracking period (see umkm-lists.ts).
  const periodTarget = (r: UmkmRow) =>
    (r.target ?? 1) * (r.summed ? Math.max(1, months / FREQUENCY_MONTHS[r.frequency]) : 1);
  const actuals = options.example
    ? illustrativeActuals(
        rows.map((r, k) => ({
          level: UMKM_EXAMPLE_LEVELS[k],
          target: periodTarget(r),
          direction: r.direction,
          frequency: r.frequency,
          decimals: r.unit === "%" ? 1 : 0,
        })),
        options.periods,
        2020
      )
    : undefined;
  const ctx: ScorecardContext = {
    lang,
    title: TEXT.title,
    periods,
    selectedPeriod: options.example ? reportedPeriods(options.periods) - 1 : 0,
    register: register.layout,
    tracking,
    scoring: SCORING,
    showChange: false,
    groups,
    groupCells: groupCells(register.layout),
    monthsPerPeriod: months,
    groupTitle: TEXT.groupTitle,
    actuals,
    kpiNames: register.kpiNames,
  };

  return {
    template: "umkm",
    lang,
    title: t(lang, TEXT.title),
    activate: "dashboard",
    sheets: [
      register.sheet.build(),
      trackingSheet(ctx),
      dashboardSheet(ctx, caseNameFormula(options.example)),
      settingsSheet(lang, settingsLayout("achievement")),
      reviewSheet(lang, "UMKM", register.layout),
    ],
  };
}

function uniqueLabels(labels: string[]): string[] {
  return Array.from(new Set(labels));
}
