/**
 * The sheets every template shares — Tracking, Dashboard and Review log — built from a description
 * of the template's KPI register (where its columns are) and how KPIs are scored (achievement
 * against target, or OMAX levels). README.md ("The templates") says what each sheet shows; the
 * golden plans in test/fixtures/plans hold every layout cell by cell.
 */
import { absCell, absRange, absolute, cellAddress, columnLetter, parseCell } from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import { DPMS_NOTES } from "./data/examples/dpms";
import type { Lang, SheetPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import { L } from "./text";
import { t } from "../sheet/text";
import type { Text } from "../sheet/text";

export const COLORS = {
  brand: "#0F6C5C",
  tracking: "#2B6CB0",
  dashboard: "#B7791F",
  review: "#6B46C1",
  ahp: "#2F855A",
};

export type Scoring =
  /** Achievement = KPI.ACHIEVEMENT(actual, target, direction); statuses by TRAFFIC (100 % / 95 %). */
  | { kind: "achievement"; targetCol: number; directionCol: number }
  /** Level = OMAX.LEVEL(actual, worst, mid, target, midLevel); statuses by TRAFFIC.OMAX (8 / 4). */
  | { kind: "omax"; worstCol: number; midCol: number; targetCol: number; midLevel: number };

/** Where a template's KPI register keeps what the shared sheets read (0-based rows and columns). */
export interface RegisterLayout {
  key: string;
  firstRow: number;
  count: number;
  codeCol: number;
  nameCol: number;
  groupCol: number;
  unitCol: number;
  /** Weight used by the index: a fraction (sum 1) or ×100 (sum 100). */
  weightCol: number;
  /** How the register shows that weight, for the Tracking sheet to show it alike. */
  weightFormat: string;
  /** The score: achievement (UMKM) or OMAX level. */
  scoreCol: number;
  statusCol: number;
  /** SMALL() over this column finds the weakest KPIs (score + ROW()/10^7 breaks ties). */
  rankKeyCol: number;
}

export interface ScorecardContext {
  lang: Lang;
  title: Text;
  periods: string[];
  /** 0-based period shown when the workbook opens. */
  selectedPeriod: number;
  register: RegisterLayout;
  scoring: Scoring;
  /** Index per period: weighted achievement of the KPIs measured (UMKM), or Σ level × weight (OMAX). */
  /** With OMAX, the change against the previous period and the all-baseline index (IPMS). */
  showChange: boolean;
  /** Groups for "index by group" (perspectives, stakeholders, KPI groups): the labels the register holds. */
  groups: string[];
  groupTitle: Text;
  /** Illustrative actuals [kpi][period] for a filled example; null = not measured. */
  actuals?: (number | null)[][];
  /** The KPI names the register shows (placeholders included): the name columns fit the longest. */
  kpiNames: string[];
  /** The top of the index scale for the trend chart (OMAX: 10, or 1000 with ×100 weights). */
  indexMax?: number;
}

/** Tracking sheet positions, known before the sheet is built so the register can refer to them. */
export interface TrackingLayout {
  selectorCell: string; // C2: the selected period's label (input)
  periodNumberCell: string; // C3: its position among the periods
  headerRow: number;
  firstActualRow: number;
  firstPeriodCol: number;
  scoreFirstRow: number;
  indexRow: number;
  changeRow: number | null;
  baselineCell: string | null;
}

const FIRST_PERIOD_COL = 4; // E

export function trackingLayout(count: number, showChange: boolean): TrackingLayout {
  const headerRow = 4;
  const firstActualRow = headerRow + 1;
  const scoreHeaderRow = firstActualRow + count + 2;
  const scoreFirstRow = scoreHeaderRow + 1;
  const indexRow = scoreFirstRow + count;
  return {
    selectorCell: "C2",
    periodNumberCell: "C3",
    headerRow,
    firstActualRow,
    firstPeriodCol: FIRST_PERIOD_COL,
    scoreFirstRow,
    indexRow,
    changeRow: showChange ? indexRow + 1 : null,
    // In D: its label in B runs on over C.
    baselineCell: showChange ? cellAddress(indexRow + 2, 3) : null,
  };
}

/** The register's Actual formula for KPI k: this period's value from the Tracking sheet. */
export function actualFromTracking(layout: TrackingLayout, periods: number, k: number): string {
  const row = layout.firstActualRow + k;
  const range = sheetRef(
    "tracking",
    absRange(row, layout.firstPeriodCol, row, layout.firstPeriodCol + periods - 1)
  );
  const pick = `INDEX(${range},${sheetRef("tracking", absolute(layout.periodNumberCell))})`;
  return `=IF(${pick}="","",${pick})`;
}

function registerCell(ctx: ScorecardContext, k: number, col: number): string {
  return sheetRef(ctx.register.key, absCell(ctx.register.firstRow + k, col));
}

/** One column of the register's KPI rows, e.g. «register»!$A$7:$A$16. */
export function registerRange(register: RegisterLayout, col: number): string {
  const { key, firstRow, count } = register;
  return sheetRef(key, absRange(firstRow, col, firstRow + count - 1, col));
}

/** The score formula for KPI k from an actual in `actualCell`. */
function scoreFormula(ctx: ScorecardContext, k: number, actualCell: string): string {
  const s = ctx.scoring;
  const call =
    s.kind === "achievement"
      ? `KPI.ACHIEVEMENT(${actualCell},${registerCell(ctx, k, s.targetCol)},${registerCell(ctx, k, s.directionCol)})`
      : `OMAX.LEVEL(${actualCell},${registerCell(ctx, k, s.worstCol)},${registerCell(ctx, k, s.midCol)},${registerCell(ctx, k, s.targetCol)},${s.midLevel})`;
  return `=IF(${actualCell}="","",${call})`;
}

export function scoreNumberFormat(scoring: Scoring): string {
  return scoring.kind === "achievement" ? "0.0%" : "0.00";
}

export function statusFormula(scoring: Scoring, scoreCell: string): string {
  return `=IF(${scoreCell}="","",${scoring.kind === "achievement" ? "TRAFFIC" : "TRAFFIC.OMAX"}(${scoreCell}))`;
}

/** Conditional formats for a status column: green / yellow / red fill on the text (spec §4.3). */
export function statusFormats(range: string): SheetPlanFormats {
  return [
    { range, type: "textEquals", text: "GREEN", fill: "#C6EFCE", font: "#006100" },
    { range, type: "textEquals", text: "YELLOW", fill: "#FFEB9C", font: "#9C5700" },
    { range, type: "textEquals", text: "RED", fill: "#FFC7CE", font: "#9C0006" },
  ];
}
type SheetPlanFormats = NonNullable<SheetPlan["conditionalFormats"]>;

/**
 * #N/A ("no value yet", kept so a chart leaves a gap) in a grey barely darker than the formula fill,
 * so a table of periods not measured yet reads as empty; the value is still there for an auditor.
 */
export function noValueFormat(range: string): SheetPlanFormats[number] {
  return { range, type: "noValue", font: "#D0D0D0" };
}

/** Excel's 3-traffic-lights icons on a numeric score column, with number criteria (spec §4.3). */
export function scoreIcons(scoring: Scoring, range: string): SheetPlanFormats[number] {
  return scoring.kind === "achievement"
    ? { range, type: "trafficIcons", green: 1, yellow: 0.95 }
    : { range, type: "trafficIcons", green: 8, yellow: 4 };
}

// ---------------------------------------------------------------------------------------------------
// Tracking

const TRACKING_TEXT = {
  name: { id: "Pelacakan", en: "Tracking" },
  title: { id: "Pelacakan per periode", en: "Tracking by period" },
  help: {
    id: "Isi realisasi tiap KPI di kolom periodenya (sel kuning). Pilih periode di C2: kartu skor dan dasbor menampilkan periode itu.",
    en: "Enter each KPI's actual under its period (yellow cells). Choose the period in C2: the scorecard and the dashboard show that period.",
  },
  actuals: { id: "Realisasi per periode", en: "Actuals by period" },
  scoresAchievement: {
    id: "Pencapaian per periode (KPI.ACHIEVEMENT)",
    en: "Achievement by period (KPI.ACHIEVEMENT)",
  },
  scoresOmax: {
    id: "Level OMAX per periode (OMAX.LEVEL)",
    en: "OMAX level by period (OMAX.LEVEL)",
  },
  indexAchievement: {
    id: "Pencapaian tertimbang (KPI terukur)",
    en: "Weighted achievement (KPIs measured)",
  },
  change: { id: "Perubahan terhadap periode sebelumnya", en: "Change against the previous period" },
  baseline: {
    id: "Indeks dasar (semua KPI di level dasar)",
    en: "Baseline index (every KPI at its baseline level)",
  },
  missing: {
    id: "Indeks dihitung bila semua KPI periode itu terisi.",
    en: "The index is computed once every KPI of the period has an actual.",
  },
} satisfies Record<string, Text>;

export function trackingSheet(ctx: ScorecardContext): SheetPlan {
  const { lang, periods, register, scoring } = ctx;
  const n = register.count;
  const layout = trackingLayout(n, ctx.showChange);
  const sheet = new SheetBuilder("tracking", t(lang, TRACKING_TEXT.name)).tab(COLORS.tracking);
  const lastPeriodCol = layout.firstPeriodCol + periods.length - 1;
  const periodHeader = absRange(
    layout.headerRow,
    layout.firstPeriodCol,
    layout.headerRow,
    lastPeriodCol
  );

  sheet.put(0, 0, t(lang, TRACKING_TEXT.title), { style: "title" });
  sheet.put(0, 4, t(lang, TRACKING_TEXT.help), { style: "note" });
  sheet.put(1, 0, t(lang, L.selectedPeriod), { style: "label" });
  // The selector is text, like the period headers: typed 2027 or "Jan 2026" stays text instead of
  // becoming a number or a date that matches no header. The list is the header row itself, and the
  // match compares as text (C2&"") in case a number gets in anyway (pasted, or an old workbook).
  sheet.put(1, 2, periods[ctx.selectedPeriod], { style: "input", numberFormat: "@" });
  sheet.validate({
    range: layout.selectorCell,
    type: "list",
    source: `=${periodHeader}`,
    prompt: { id: "Pilih periode", en: "Choose a period" },
  });
  sheet.put(2, 0, t(lang, L.periodNumber), { style: "label" });
  sheet.put(2, 2, `=MATCH(${layout.selectorCell}&"",${periodHeader},0)`, {
    style: "formula",
    numberFormat: "0",
  });
  sheet.name({
    name: "SelectedPeriod",
    range: layout.selectorCell,
    comment: t(lang, L.selectedPeriod),
  });

  const header = (row: number, title: Text): void => {
    sheet.put(row - 1, 0, t(lang, title), { style: "section" });
    sheet.putRow(row, 0, [t(lang, L.code), t(lang, L.kpi), t(lang, L.unit), t(lang, L.weight)], {
      style: "header",
    });
    sheet.putRow(row, layout.firstPeriodCol, periods, { style: "header", numberFormat: "@" });
  };
  header(layout.headerRow, TRACKING_TEXT.actuals);
  header(
    layout.scoreFirstRow - 1,
    scoring.kind === "achievement" ? TRACKING_TEXT.scoresAchievement : TRACKING_TEXT.scoresOmax
  );

  const weightFormat = ctx.register.weightFormat;
  for (let k = 0; k < n; k++) {
    for (const row of [layout.firstActualRow + k, layout.scoreFirstRow + k]) {
      sheet.put(row, 0, `=${registerCell(ctx, k, register.codeCol)}`, { style: "label" });
      sheet.put(row, 1, `=${registerCell(ctx, k, register.nameCol)}`, { style: "label" });
      sheet.put(row, 2, `=${registerCell(ctx, k, register.unitCol)}&""`, { style: "label" });
      // Blank when the register's weight is (a formula result of "" stays ""; a blank would show 0).
      const weight = registerCell(ctx, k, register.weightCol);
      sheet.put(row, 3, `=IF(${weight}="","",${weight})`, {
        style: "formula",
        numberFormat: weightFormat,
      });
    }
    periods.forEach((_, p) => {
      const actualRow = layout.firstActualRow + k;
      const actual = ctx.actuals?.[k]?.[p];
      sheet.put(actualRow, layout.firstPeriodCol + p, actual ?? null, { style: "input" });
      const actualCell = cellAddress(actualRow, layout.firstPeriodCol + p);
      sheet.put(
        layout.scoreFirstRow + k,
        layout.firstPeriodCol + p,
        scoreFormula(ctx, k, actualCell),
        {
          style: "formula",
          numberFormat: scoreNumberFormat(scoring),
        }
      );
    });
  }
  const scoreRange = absRange(
    layout.scoreFirstRow,
    layout.firstPeriodCol,
    layout.scoreFirstRow + n - 1,
    lastPeriodCol
  );
  sheet.format(scoreIcons(scoring, scoreRange));

  // Index per period.
  const weights = absRange(layout.scoreFirstRow, 3, layout.scoreFirstRow + n - 1, 3);
  sheet.put(
    layout.indexRow,
    1,
    t(lang, scoring.kind === "achievement" ? TRACKING_TEXT.indexAchievement : L.index),
    { style: "total" }
  );
  sheet.put(layout.indexRow, 0, null, { style: "total" });
  sheet.put(layout.indexRow, 2, null, { style: "total" });
  sheet.put(layout.indexRow, 3, null, { style: "total" });
  periods.forEach((_, p) => {
    const col = layout.firstPeriodCol + p;
    const letter = columnLetter(col);
    const scores = `${letter}${layout.scoreFirstRow + 1}:${letter}${layout.scoreFirstRow + n}`;
    const formula =
      scoring.kind === "achievement"
        ? `=IF(COUNT(${scores})=0,"",SUMPRODUCT(${scores},${weights})/SUMPRODUCT(--(${scores}<>""),${weights}))`
        : `=IF(COUNT(${scores})<ROWS(${scores}),"",SUMPRODUCT(${scores},${weights}))`;
    sheet.put(layout.indexRow, col, formula, {
      style: "total",
      numberFormat: scoring.kind === "achievement" ? "0.0%" : "0.00",
    });
  });
  if (scoring.kind === "omax")
    sheet.put(layout.indexRow + 1 + (ctx.showChange ? 2 : 0), 1, t(lang, TRACKING_TEXT.missing), {
      style: "note",
    });

  if (ctx.showChange && layout.changeRow !== null && layout.baselineCell) {
    sheet.put(layout.changeRow, 1, t(lang, TRACKING_TEXT.change), { style: "label" });
    periods.forEach((_, p) => {
      const col = layout.firstPeriodCol + p;
      const current = cellAddress(layout.indexRow, col);
      const previous = p === 0 ? '""' : cellAddress(layout.indexRow, col - 1);
      sheet.put(
        layout.changeRow!,
        col,
        `=IF(${current}="","",OMAX.CHANGE(${current},${previous},${absolute(layout.baselineCell!)}))`,
        {
          style: "formula",
          numberFormat: "0.00%",
        }
      );
    });
    // The all-baseline index where the layout put it (OMAX.CHANGE above reads it), its label in B.
    const baseline = parseCell(layout.baselineCell);
    const midLevel = scoring.kind === "omax" ? scoring.midLevel : 3;
    sheet.put(baseline.row, 1, t(lang, TRACKING_TEXT.baseline), { style: "label" });
    sheet.put(baseline.row, baseline.col, `=${midLevel}*SUM(${weights})`, {
      style: "formula",
      numberFormat: "0.00",
    });
  }

  sheet.widths([10, fittingWidth(ctx.kpiNames, 36, 60), 12, 9]).widths(
    periods.map(() => 10),
    layout.firstPeriodCol
  );
  sheet.freeze(layout.headerRow + 1, 2);
  return sheet.build();
}

// ---------------------------------------------------------------------------------------------------
// Dashboard

const DASHBOARD_TEXT = {
  name: { id: "Dasbor", en: "Dashboard" },
  selectedHelp: {
    id: "Ubah periode di lembar Pelacakan, sel C2.",
    en: "Change the period on the Tracking sheet, cell C2.",
  },
  indexNow: { id: "Indeks periode ini", en: "Index this period" },
  measured: { id: "KPI terukur", en: "KPIs measured" },
  notMeasured: { id: "Belum terukur", en: "Not yet measured" },
  trend: { id: "Indeks per periode", en: "Index by period" },
  weakest: {
    id: "Lima KPI terlemah (periode terpilih)",
    en: "Five weakest KPIs (selected period)",
  },
  rank: { id: "Urutan", en: "Rank" },
  counts: { id: "Jumlah status", en: "Status counts" },
  // What the group table shows: not the index (0–10, or 0–1000 with ×100 weights) but each group's
  // weighted mean score.
  groupAchievement: { id: "Pencapaian tertimbang", en: "Weighted achievement" },
  groupLevel: { id: "Level OMAX rata-rata (tertimbang)", en: "Mean OMAX level (weighted)" },
  noValue: {
    id: "#N/A abu-abu = belum ada nilai; sengaja, agar grafik melewatinya dan tidak jatuh ke 0.",
    en: "Grey #N/A = no value yet; on purpose, so that the chart skips it instead of dropping to 0.",
  },
} satisfies Record<string, Text>;

export function dashboardSheet(ctx: ScorecardContext, caseName: string): SheetPlan {
  const { lang, periods, register, scoring } = ctx;
  const layout = trackingLayout(register.count, ctx.showChange);
  const sheet = new SheetBuilder("dashboard", t(lang, DASHBOARD_TEXT.name)).tab(COLORS.dashboard);
  const scoreFormat = scoreNumberFormat(scoring);
  const indexFormat = scoring.kind === "achievement" ? "0.0%" : "0.00";

  sheet.put(0, 0, `${t(lang, ctx.title)} — ${t(lang, DASHBOARD_TEXT.name)}`, { style: "title" });
  sheet.put(1, 0, caseName, { style: "subtitle" });
  sheet.put(2, 0, t(lang, L.selectedPeriod), { style: "label" });
  sheet.put(2, 1, `=${sheetRef("tracking", absCell(1, 2))}`, { style: "total" });
  sheet.put(2, 2, t(lang, DASHBOARD_TEXT.selectedHelp), { style: "note" });

  // Headline figures for the selected period.
  const lastPeriodCol = layout.firstPeriodCol + periods.length - 1;
  const indexRow = sheetRef(
    "tracking",
    absRange(layout.indexRow, layout.firstPeriodCol, layout.indexRow, lastPeriodCol)
  );
  const periodNumber = sheetRef("tracking", absCell(2, 2));
  const statuses = registerRange(register, register.statusCol);
  // The index of the selected period (row 4), then the status counts under their heading (rows 5–9).
  sheet.put(3, 0, t(lang, L.index), { style: "label" });
  sheet.put(
    3,
    1,
    `=IF(INDEX(${indexRow},${periodNumber})="","",INDEX(${indexRow},${periodNumber}))`,
    { style: "total", numberFormat: indexFormat }
  );
  const counts: [Text, string][] = [
    [L.green, `=COUNTIF(${statuses},"GREEN")`],
    [L.yellow, `=COUNTIF(${statuses},"YELLOW")`],
    [L.red, `=COUNTIF(${statuses},"RED")`],
    // Every KPI row of the register that has no status yet (ROWS follows rows inserted in the register).
    [DASHBOARD_TEXT.notMeasured, `=ROWS(${statuses})-SUM(B6:B8)`],
  ];
  sheet.put(4, 0, t(lang, DASHBOARD_TEXT.counts), { style: "section" });
  counts.forEach(([label, formula], k) => {
    sheet.put(5 + k, 0, t(lang, label), { style: "label" });
    sheet.put(5 + k, 1, formula, { style: "formula", numberFormat: "0" });
  });
  sheet.format({
    range: "A6",
    type: "textEquals",
    text: t(lang, L.green),
    fill: "#C6EFCE",
    font: "#006100",
  });
  sheet.format({
    range: "A7",
    type: "textEquals",
    text: t(lang, L.yellow),
    fill: "#FFEB9C",
    font: "#9C5700",
  });
  sheet.format({
    range: "A8",
    type: "textEquals",
    text: t(lang, L.red),
    fill: "#FFC7CE",
    font: "#9C0006",
  });

  // Index by period (line chart): #N/A where a period has no index, so the chart leaves a gap.
  const trendTop = 11;
  sheet.put(trendTop - 1, 0, t(lang, DASHBOARD_TEXT.trend), { style: "section" });
  sheet.putRow(trendTop, 0, [t(lang, L.period), t(lang, L.index)], { style: "header" });
  periods.forEach((_, p) => {
    const col = layout.firstPeriodCol + p;
    const indexCell = sheetRef("tracking", absCell(layout.indexRow, col));
    sheet.put(trendTop + 1 + p, 0, `=${sheetRef("tracking", absCell(layout.headerRow, col))}`, {
      style: "label",
    });
    sheet.put(trendTop + 1 + p, 1, `=IF(${indexCell}="",NA(),${indexCell})`, {
      style: "formula",
      numberFormat: indexFormat,
    });
  });
  const trendBottom = trendTop + periods.length;
  sheet.format(noValueFormat(`B${trendTop + 2}:B${trendBottom + 1}`));
  sheet.put(trendBottom + 1, 0, t(lang, DASHBOARD_TEXT.noValue), { style: "note" });
  // The value axis: percent for achievement; 0 to the top of the scale for OMAX indexes.
  const axis =
    scoring.kind === "achievement"
      ? { axisNumberFormat: "0%" }
      : ctx.indexMax !== undefined
        ? { axisMax: ctx.indexMax }
        : {};
  sheet.chart({
    key: "trend",
    type: "line",
    title: t(lang, DASHBOARD_TEXT.trend),
    data: `A${trendTop + 1}:B${trendBottom + 1}`,
    seriesBy: "columns",
    axisMin: 0,
    ...axis,
    from: "D11",
    to: `K${Math.max(trendBottom + 1, 26)}`,
  });

  // Index by group (bar chart), selected period.
  const groupTop = Math.max(trendBottom, 25) + 3;
  const groupValue = t(
    lang,
    scoring.kind === "achievement" ? DASHBOARD_TEXT.groupAchievement : DASHBOARD_TEXT.groupLevel
  );
  sheet.put(groupTop - 1, 0, `${groupValue} — ${t(lang, ctx.groupTitle)}`, {
    style: "section",
  });
  sheet.putRow(groupTop, 0, [t(lang, ctx.groupTitle), groupValue], { style: "header" });
  const groups = registerRange(register, register.groupCol);
  const scores = registerRange(register, register.scoreCol);
  const weights = registerRange(register, register.weightCol);
  ctx.groups.forEach((group, g) => {
    const row = groupTop + 1 + g;
    sheet.put(row, 0, group, { style: "label" });
    const label = absCell(row, 0);
    // Weighted mean score of the group's KPIs measured this period.
    sheet.put(
      row,
      1,
      `=IFERROR(SUMPRODUCT(--(${groups}=${label}),${scores},${weights})/SUMPRODUCT(--(${groups}=${label}),--(${scores}<>""),${weights}),NA())`,
      { style: "formula", numberFormat: scoreFormat }
    );
  });
  const groupBottom = groupTop + ctx.groups.length;
  sheet.format(noValueFormat(`B${groupTop + 2}:B${groupBottom + 1}`));
  sheet.chart({
    key: "groups",
    type: "bar",
    title: `${groupValue} — ${t(lang, ctx.groupTitle)}`,
    data: `A${groupTop + 1}:B${groupBottom + 1}`,
    seriesBy: "columns",
    axisMin: 0,
    // Levels run 0–10 whatever the weights' scale.
    ...(scoring.kind === "achievement" ? { axisNumberFormat: "0%" } : { axisMax: 10 }),
    from: `D${groupTop}`,
    to: `K${groupTop + Math.max(12, ctx.groups.length + 4)}`,
  });

  // Five weakest KPIs of the selected period.
  const weakTop = groupTop + Math.max(14, ctx.groups.length + 6);
  sheet.put(weakTop - 1, 0, t(lang, DASHBOARD_TEXT.weakest), { style: "section" });
  sheet.putRow(
    weakTop,
    0,
    [
      t(lang, DASHBOARD_TEXT.rank),
      t(lang, L.code),
      t(lang, L.kpi),
      t(lang, L.score),
      t(lang, L.status),
      t(lang, L.rankKey),
    ],
    {
      style: "header",
    }
  );
  const keys = registerRange(register, register.rankKeyCol);
  const codes = registerRange(register, register.codeCol);
  const names = registerRange(register, register.nameCol);
  for (let k = 1; k <= Math.min(5, register.count); k++) {
    const row = weakTop + k;
    const key = absCell(row, 5);
    const pick = (column: string) => `=IF(${key}="","",INDEX(${column},MATCH(${key},${keys},0)))`;
    sheet.put(row, 0, k, { style: "label" });
    sheet.put(row, 1, pick(codes), { style: "formula" });
    sheet.put(row, 2, pick(names), { style: "formula" });
    sheet.put(row, 3, pick(scores), { style: "formula", numberFormat: scoreFormat });
    sheet.put(row, 4, pick(statuses), { style: "formula" });
    // The k-th smallest key, k read from the rank in column A.
    sheet.put(row, 5, `=IFERROR(SMALL(${keys},${cellAddress(row, 0)}),"")`, {
      style: "muted",
      numberFormat: "0.0000000",
    });
  }
  sheet.formatAll(statusFormats(`E${weakTop + 2}:E${weakTop + 1 + Math.min(5, register.count)}`));
  // Column A holds the period and group labels; C the weakest KPIs' names.
  const labels = [
    ...ctx.groups,
    ...periods,
    ...[L.index, L.green, L.yellow, L.red, DASHBOARD_TEXT.notMeasured].map((x) => t(lang, x)),
  ];
  sheet.widths([fittingWidth(labels, 26, 40), 20, fittingWidth(ctx.kpiNames, 36, 60), 12, 12, 12]);
  return sheet.build();
}

// ---------------------------------------------------------------------------------------------------
// Review log (seed 000: double-loop review)

const REVIEW_TEXT = {
  name: { id: "Tinjauan", en: "Review log" },
  title: { id: "Catatan tinjauan kinerja", en: "Performance review log" },
  columns: [
    { id: "Tanggal", en: "Date" },
    { id: "KPI", en: "KPI" },
    { id: "Temuan", en: "Finding" },
    { id: "Tindakan", en: "Action" },
    { id: "Penanggung jawab", en: "Owner" },
    { id: "Tenggat", en: "Due" },
    { id: "Asumsi atau target dipertanyakan?", en: "Assumption or target questioned?" },
  ],
  yes: { id: "Ya", en: "Yes" },
  no: { id: "Tidak", en: "No" },
} satisfies Record<string, Text | Text[]>;

export const REVIEW_ROWS = 30;

export function reviewSheet(
  lang: Lang,
  tablePrefix: string,
  register: RegisterLayout,
  examples: [string, string, Text, Text, string, string, boolean][] = []
): SheetPlan {
  const sheet = new SheetBuilder("review", t(lang, REVIEW_TEXT.name)).tab(COLORS.review);
  sheet.put(0, 0, t(lang, REVIEW_TEXT.title), { style: "title" });
  sheet.put(1, 0, t(lang, DPMS_NOTES.reviewLogHelp), { style: "note" });
  sheet.put(2, 0, t(lang, DPMS_NOTES.doubleLoopLearning), { style: "note" });
  const headerRow = 4;
  sheet.putRow(
    headerRow,
    0,
    REVIEW_TEXT.columns.map((c) => t(lang, c)),
    { style: "header" }
  );
  for (let r = 1; r <= REVIEW_ROWS; r++) {
    const example = examples[r - 1];
    const row = headerRow + r;
    if (example) {
      const [date, kpi, finding, action, owner, due, questioned] = example;
      sheet.put(row, 0, date, { style: "input", numberFormat: "yyyy-mm-dd" });
      sheet.put(row, 1, kpi, { style: "input" });
      sheet.put(row, 2, t(lang, finding), { style: "input" });
      sheet.put(row, 3, t(lang, action), { style: "input" });
      sheet.put(row, 4, owner, { style: "input" });
      sheet.put(row, 5, due, { style: "input", numberFormat: "yyyy-mm-dd" });
      sheet.put(row, 6, t(lang, questioned ? REVIEW_TEXT.yes : REVIEW_TEXT.no), { style: "input" });
    } else {
      for (let c = 0; c < 7; c++)
        sheet.blank(row, c, {
          style: "input",
          numberFormat: c === 0 || c === 5 ? "yyyy-mm-dd" : undefined,
        });
    }
  }
  const last = headerRow + REVIEW_ROWS;
  sheet.table({
    name: `${tablePrefix}_Review`,
    range: `A${headerRow + 1}:G${last + 1}`,
    style: "TableStyleLight9",
  });
  // The KPI codes as the register holds them now (a typed list would go stale, and Excel caps it at
  // 255 characters, too few for Prism's 125 placeholder codes).
  sheet.validate({
    range: `B${headerRow + 2}:B${last + 1}`,
    type: "list",
    source: `=${registerRange(register, register.codeCol)}`,
    prompt: { id: "Kode KPI", en: "KPI code" },
  });
  sheet.validate({
    range: `G${headerRow + 2}:G${last + 1}`,
    type: "list",
    values: [t(lang, REVIEW_TEXT.yes), t(lang, REVIEW_TEXT.no)],
    prompt: {
      id: "Ya bila temuan ini mempertanyakan asumsi atau target (double-loop)",
      en: "Yes when this finding questions an assumption or the target (double loop)",
    },
  });
  sheet.widths([12, 10, 40, 40, 18, 12, 18]);
  sheet.freeze(headerRow + 1, 0);
  return sheet.build();
}
