/**
 * UMKM KPI scorecard (seed 003, spec §5): a KPI register with weights in %, priority classes,
 * targets and measurement periods; achievement against target and a traffic light per KPI; the
 * weight and class checks; the SMART-C checklist. Example: Batik 20 Ikan Mas.
 */
import { CLASS_RANGES, PriorityClass } from "../core";
import { absRange, cellAddress, columnLetter } from "../sheet/a1";
import { BOLD_CHARS_PER_WIDTH, SheetBuilder, fittingWidth } from "../sheet/builder";
import {
  UMKM_EXAMPLE,
  UMKM_EXAMPLE_LEVELS,
  UMKM_EXAMPLE_TEXT,
  umkmExampleRows,
} from "./data/examples/umkm";
import { UMKM_GROUPS, unitLabel } from "./data/vocabulary";
import { illustrativeActuals, reportedPeriods } from "./illustrate";
import type { Frequency } from "./illustrate";
import type { TemplateOptions } from "./options";
import { periodLabels } from "./periods";
import type { WorkbookPlan } from "../sheet/plan";
import {
  COLORS,
  RegisterLayout,
  ScorecardContext,
  actualFromTracking,
  dashboardSheet,
  reviewSheet,
  scoreIcons,
  statusFormats,
  statusFormula,
  trackingLayout,
  trackingSheet,
} from "./scorecard";
import { L, directionWord, languageArgument } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  title: { id: "Kartu Skor KPI UMKM", en: "UMKM KPI Scorecard" },
  sheet: { id: "KPI UMKM", en: "UMKM KPIs" },
  blankCase: { id: "Nama usaha: (isi di sini)", en: "Business name: (type it here)" },
  help: {
    id: "Isi KPI, bobot (%), kelas prioritas, target dan periode ukur (sel kuning). Realisasi diisi di lembar Pelacakan; pencapaian dan status dihitung otomatis.",
    en: "Fill in the KPIs, weights (%), priority classes, targets and measurement periods (yellow cells). Actuals go on the Tracking sheet; achievement and status are computed.",
  },
  rules: {
    id: "Status: GREEN (hijau) ≥ 100% target, YELLOW (kuning) 95–100%, RED (merah) < 95%. Kelas: Penting 5–10%, Sangat Penting 10–15%, Kritikal > 15%. Bobot harus berjumlah 100%.",
    en: "Status: GREEN ≥ 100% of target, YELLOW 95–100%, RED < 95%. Classes: Important 5–10%, Very Important 10–15%, Critical > 15%. Weights must add up to 100%.",
  },
  priorityClass: { id: "Kelas prioritas", en: "Priority class" },
  classCheck: { id: "Cek kelas", en: "Class check" },
  measurePeriod: { id: "Periode ukur", en: "Measured" },
  weightCheck: { id: "Cek total bobot", en: "Weight total check" },
  weighted: { id: "Pencapaian tertimbang", en: "Weighted achievement" },
  monthly: { id: "Bulanan", en: "Monthly" },
  quarterly: { id: "Triwulanan", en: "Quarterly" },
  yearEnd: { id: "Akhir tahun", en: "Year end" },
  groupTitle: { id: "Kelompok KPI", en: "KPI group" },
  placeholder: { id: "KPI", en: "KPI" },
  smart: { id: "Daftar periksa SMART-C (Ya/Tidak)", en: "SMART-C checklist (Yes/No)" },
} satisfies Record<string, Text>;

const FREQUENCY_TEXT: Record<Frequency, Text> = {
  monthly: TEXT.monthly,
  quarterly: TEXT.quarterly,
  "year-end": TEXT.yearEnd,
};
const SMART_C_HEADERS: Text[] = [
  { id: "S: Spesifik", en: "S: Specific" },
  { id: "M: Terukur", en: "M: Measurable" },
  { id: "A: Dapat dicapai", en: "A: Achievable" },
  { id: "R: Relevan", en: "R: Relevant" },
  { id: "T: Berbatas waktu", en: "T: Time-bound" },
  { id: "C: Menantang", en: "C: Challenging" },
];

/** Register columns (0-based). */
const C = {
  code: 0,
  name: 1,
  group: 2,
  weight: 3,
  priorityClass: 4,
  classCheck: 5,
  unit: 6,
  direction: 7,
  target: 8,
  frequency: 9,
  actual: 10,
  achievement: 11,
  status: 12,
  weighted: 13,
  rankKey: 14,
  smart: 15,
} as const;
const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;

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
    }))
  );
}

export function umkmPlan(options: TemplateOptions): WorkbookPlan {
  const { lang } = options;
  const rows: UmkmRow[] = options.example ? umkmExampleRows() : blankRows(options.kpisPerGroup);
  const n = rows.length;
  const periods = periodLabels(options.periods, options.year, lang);
  const lastRow = FIRST_ROW + n - 1;
  const register: RegisterLayout = {
    key: "register",
    firstRow: FIRST_ROW,
    count: n,
    codeCol: C.code,
    nameCol: C.name,
    groupCol: C.group,
    unitCol: C.unit,
    weightCol: C.weight,
    weightFormat: "0.0",
    scoreCol: C.achievement,
    statusCol: C.status,
    rankKeyCol: C.rankKey,
  };
  const actuals = options.example
    ? illustrativeActuals(
        rows.map((r, k) => ({
          level: UMKM_EXAMPLE_LEVELS[k],
          target: r.target ?? 1,
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
    register,
    scoring: { kind: "achievement", targetCol: C.target, directionCol: C.direction },
    showChange: false,
    groups: uniqueLabels(rows.map((r) => t(lang, r.group))),
    groupTitle: TEXT.groupTitle,
    actuals,
    kpiNames: rows.map((r, k) =>
      r.name ? t(lang, r.name) : `${t(lang, TEXT.placeholder)} ${k + 1}`
    ),
  };
  const caseName = options.example ? t(lang, UMKM_EXAMPLE.caseName) : t(lang, TEXT.blankCase);
  const tracking = trackingLayout(n, false);

  const sheet = new SheetBuilder("register", t(lang, TEXT.sheet)).tab(COLORS.brand);
  sheet.put(0, 0, t(lang, TEXT.title), { style: "title" });
  sheet.put(1, 0, caseName, { style: options.example ? "subtitle" : "input" });
  sheet.put(2, 0, t(lang, TEXT.help), { style: "note" });
  sheet.put(3, 0, t(lang, TEXT.rules), { style: "note" });
  if (options.example) {
    sheet.put(4, 0, t(lang, UMKM_EXAMPLE_TEXT.provenance), { style: "muted", wrap: true });
    sheet.merge(4, 0, 4, C.rankKey);
  }

  const headers: Text[] = [
    L.code,
    L.kpi,
    L.group,
    L.weightPct,
    TEXT.priorityClass,
    TEXT.classCheck,
    L.unit,
    L.direction,
    L.target,
    TEXT.measurePeriod,
    L.actual,
    L.achievement,
    L.status,
    L.weightedScore,
    L.rankKey,
    ...SMART_C_HEADERS,
  ];
  sheet.putRow(
    HEADER_ROW,
    0,
    headers.map((h) => t(lang, h)),
    { style: "header" }
  );

  rows.forEach((row, k) => {
    const r = FIRST_ROW + k;
    const at = (col: number) => cellAddress(r, col);
    sheet.put(r, C.code, row.code, { style: "label" });
    sheet.put(r, C.name, row.name ? t(lang, row.name) : `${t(lang, TEXT.placeholder)} ${k + 1}`, {
      style: row.name ? "input" : "muted",
    });
    sheet.put(r, C.group, t(lang, row.group), { style: "input" });
    sheet.put(r, C.weight, row.weight, { style: "input", numberFormat: "0.0" });
    sheet.put(
      r,
      C.priorityClass,
      row.priorityClass ? CLASS_RANGES[row.priorityClass].labels[lang] : null,
      { style: "input" }
    );
    sheet.put(
      r,
      C.classCheck,
      `=IF(OR(${at(C.weight)}="",${at(C.priorityClass)}=""),"",KPI.CLASSCHECK(${at(C.weight)},${at(C.priorityClass)}))`,
      {
        style: "check",
      }
    );
    sheet.put(r, C.unit, unitLabel(row.unit, lang) || null, { style: "input" });
    sheet.put(r, C.direction, directionWord(lang, row.direction), { style: "input" });
    sheet.put(r, C.target, row.target, { style: "input", numberFormat: "General" });
    sheet.put(r, C.frequency, t(lang, FREQUENCY_TEXT[row.frequency]), { style: "input" });
    sheet.put(r, C.actual, actualFromTracking(tracking, periods.length, k), {
      style: "formula",
      numberFormat: "General",
      note:
        k === 0
          ? t(lang, {
              id: "Dari lembar Pelacakan, periode terpilih",
              en: "From the Tracking sheet, selected period",
            })
          : undefined,
    });
    sheet.put(
      r,
      C.achievement,
      `=IF(${at(C.actual)}="","",KPI.ACHIEVEMENT(${at(C.actual)},${at(C.target)},${at(C.direction)}))`,
      {
        style: "formula",
        numberFormat: "0.0%",
      }
    );
    sheet.put(r, C.status, statusFormula(ctx.scoring, at(C.achievement)), { style: "formula" });
    sheet.put(
      r,
      C.weighted,
      `=IF(${at(C.achievement)}="","",${at(C.achievement)}*${at(C.weight)}/100)`,
      {
        style: "formula",
        numberFormat: "0.0%",
      }
    );
    sheet.put(r, C.rankKey, `=IF(${at(C.achievement)}="","",${at(C.achievement)}+ROW()/10^7)`, {
      style: "muted",
      numberFormat: "0.0000",
    });
    SMART_C_HEADERS.forEach((_, s) => sheet.blank(r, C.smart + s, { style: "input" }));
  });

  // Totals and checks.
  const totalRow = lastRow + 1;
  const col = (c: number) => `${columnLetter(c)}${FIRST_ROW + 1}:${columnLetter(c)}${lastRow + 1}`;
  const weights = col(C.weight);
  const achievements = col(C.achievement);
  sheet.put(totalRow, C.name, t(lang, L.total), { style: "total" });
  sheet.put(totalRow, C.weight, `=SUM(${weights})`, { style: "total", numberFormat: "0.0" });
  sheet.put(totalRow, C.priorityClass, t(lang, TEXT.weightCheck), { style: "total" });
  // Left-aligned (not centred like the class checks): a message such as "JUMLAH 0% ≠ 100%" runs on
  // over the empty unit and direction cells instead of being cut at the label to its left.
  sheet.put(totalRow, C.classCheck, `=KPI.WEIGHTCHECK(${weights}${languageArgument(lang)})`, {
    style: "total",
  });
  // Two columns left of the actuals, so the label runs on over the empty cells instead of being cut.
  sheet.put(totalRow, C.target, t(lang, TEXT.weighted), { style: "total" });
  sheet.put(
    totalRow,
    C.achievement,
    `=IF(COUNT(${achievements})=0,"",SUMPRODUCT(${achievements},${weights})/SUMPRODUCT(--(${achievements}<>""),${weights}))`,
    { style: "total", numberFormat: "0.0%" }
  );
  sheet.put(totalRow, C.status, statusFormula(ctx.scoring, cellAddress(totalRow, C.achievement)), {
    style: "total",
  });
  sheet.put(totalRow, C.weighted, `=SUM(${col(C.weighted)})`, {
    style: "total",
    numberFormat: "0.0%",
  });
  sheet.put(HEADER_ROW - 1, C.smart, t(lang, TEXT.smart), { style: "section" });

  sheet.table({
    name: "UMKM_KPI",
    range: `A${HEADER_ROW + 1}:${columnLetter(C.smart + 5)}${lastRow + 1}`,
    style: "TableStyleLight9",
  });
  const classNames = (Object.keys(CLASS_RANGES) as PriorityClass[]).map(
    (c) => CLASS_RANGES[c].labels[lang]
  );
  sheet.validate({
    range: col(C.priorityClass),
    type: "list",
    values: classNames,
    prompt: TEXT.priorityClass,
  });
  sheet.validate({
    range: col(C.direction),
    type: "list",
    values: [directionWord(lang, "higher"), directionWord(lang, "lower")],
    prompt: L.direction,
  });
  sheet.validate({
    range: col(C.frequency),
    type: "list",
    values: [TEXT.monthly, TEXT.quarterly, TEXT.yearEnd].map((x) => t(lang, x)),
    prompt: TEXT.measurePeriod,
  });
  sheet.validate({
    range: col(C.weight),
    type: "decimal",
    min: 0,
    max: 100,
    prompt: { id: "Bobot dalam %, 0–100", en: "Weight in %, 0–100" },
  });
  sheet.validate({
    range: `${columnLetter(C.smart)}${FIRST_ROW + 1}:${columnLetter(C.smart + 5)}${lastRow + 1}`,
    type: "list",
    values: lang === "id" ? ["Ya", "Tidak"] : ["Yes", "No"],
  });
  sheet.formatAll(
    statusFormats(
      `${columnLetter(C.status)}${FIRST_ROW + 1}:${columnLetter(C.status)}${totalRow + 1}`
    )
  );
  sheet.format(scoreIcons(ctx.scoring, achievements));
  sheet.format({
    range: `${columnLetter(C.classCheck)}${FIRST_ROW + 1}:${columnLetter(C.classCheck)}${totalRow + 1}`,
    type: "textNotEquals",
    text: "OK",
    fill: "#FFEB9C",
    font: "#9C5700",
  });
  sheet.name({ name: "Weights", range: absRange(FIRST_ROW, C.weight, lastRow, C.weight) });
  // Names, groups and class names as wide as the longest (a blank sheet keeps room to type).
  sheet.widths([
    7,
    fittingWidth(
      rows.map((r) => (r.name ? t(lang, r.name) : null)),
      34
    ),
    fittingWidth(ctx.groups, 20),
    9,
    // The class names, and the bold "weight total check" label on the totals line.
    Math.max(
      fittingWidth(classNames, 15),
      Math.ceil(t(lang, TEXT.weightCheck).length / BOLD_CHARS_PER_WIDTH) + 1
    ),
    10,
    9,
    9,
    9,
    12,
    11,
    12,
    10,
    12,
    9,
    11,
    11,
    11,
    11,
    11,
    11,
  ]);
  sheet.freeze(HEADER_ROW + 1, 2);

  return {
    template: "umkm",
    lang,
    title: t(lang, TEXT.title),
    activate: "dashboard",
    sheets: [
      sheet.build(),
      trackingSheet(ctx),
      dashboardSheet(ctx, caseName),
      reviewSheet(lang, "UMKM", register),
    ],
  };
}

function uniqueLabels(labels: string[]): string[] {
  return Array.from(new Set(labels));
}
