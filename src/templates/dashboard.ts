/**
 * The Dashboard: the selected period's index and status counts, the index by period (line chart),
 * each group's weighted score (bar chart) and the five weakest KPIs. Its blocks are placed by one
 * computed layout (`dashboardLayout`), and every formula and chart reads its positions there.
 */
import { absolute, cellAddress, rangeAddress } from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { SheetPlan } from "../sheet/plan";
import {
  COLORS,
  ScorecardContext,
  groupScore,
  noValueFormat,
  scoreNumberFormat,
  selectedValue,
  STATUS_COLOURS,
  STATUS_LABELS,
  countStatus,
  statusFormats,
  trafficCall,
} from "./scorecard";
import type { Status } from "../core";
import type { RegisterField } from "./register";
import { L } from "./text";
import { t } from "../sheet/text";
import type { Text } from "../sheet/text";

/** A block of rows: its section heading, header row, and first and last rows of values. */
interface Block {
  title: number;
  header: number;
  first: number;
  last: number;
}

/** A chart beside a block, over columns D to K, from its section heading down. */
interface ChartArea {
  top: number;
  bottom: number;
}

/** Where the Dashboard keeps everything (0-based rows and columns). */
export interface DashboardLayout {
  /** Labels in A, values in B, a note in C; charts over D to K. */
  cols: { label: number; value: number; note: number; chartLeft: number; chartRight: number };
  title: number;
  caseName: number;
  selected: number;
  index: number;
  /** The index's status, and beside it the number of red KPIs. */
  status: number;
  /** IPMS: the index's change against the previous period, under the index; else null. */
  change: number | null;
  /** The status counts: green, yellow, red, then the KPIs not yet measured. */
  counts: { title: number; first: number; last: number };
  trend: Block & { note: number; chart: ChartArea };
  groups: Block & { chart: ChartArea };
  /** The five weakest KPIs: rank, code, name, score, status, and the sort key they are found by. */
  weakest: Block & {
    cols: { rank: number; code: number; name: number; score: number; status: number; key: number };
  };
}

/** How many weakest KPIs the dashboard lists. */
const WEAKEST = 5;

/**
 * The Dashboard's layout for `periods` periods, `groups` groups and `count` KPIs: each block two rows
 * under the one above (or under its chart, which may reach further down).
 */
export function dashboardLayout(
  periods: number,
  groups: number,
  count: number,
  showChange = false
): DashboardLayout {
  // Under the index: its status (with the number of red KPIs), then IPMS's change.
  const change = showChange ? 5 : null;
  const countsTop = showChange ? 6 : 5;
  const counts = { title: countsTop, first: countsTop + 1, last: countsTop + 4 };
  const block = (title: number, rows: number): Block => ({
    title,
    header: title + 1,
    first: title + 2,
    last: title + 1 + rows,
  });
  const trend = block(counts.last + 2, periods);
  // The trend chart is at least 16 rows tall; the group chart at least 13 and 3 rows past its table.
  const trendChart = { top: trend.title, bottom: Math.max(trend.last, trend.title + 15) };
  const group = block(trendChart.bottom + 2, groups);
  const groupChart = { top: group.title, bottom: Math.max(group.title + 12, group.last + 3) };
  return {
    cols: { label: 0, value: 1, note: 2, chartLeft: 3, chartRight: 10 },
    title: 0,
    caseName: 1,
    selected: 2,
    index: 3,
    status: 4,
    change,
    counts,
    trend: { ...trend, note: trend.last + 1, chart: trendChart },
    groups: { ...group, chart: groupChart },
    weakest: {
      ...block(groupChart.bottom + 2, Math.min(WEAKEST, count)),
      cols: { rank: 0, code: 1, name: 2, score: 3, status: 4, key: 5 },
    },
  };
}

const TEXT = {
  name: { id: "Dasbor", en: "Dashboard" },
  selectedHelp: (selector: string): Text => ({
    id: `Ubah periode di lembar Pelacakan, sel ${selector}.`,
    en: `Change the period on the Tracking sheet, cell ${selector}.`,
  }),
  notMeasured: { id: "Belum terukur", en: "Not yet measured" },
  trend: { id: "Indeks per periode", en: "Index by period" },
  weakest: {
    id: "Lima KPI terlemah (periode terpilih)",
    en: "Five weakest KPIs (selected period)",
  },
  rank: { id: "Urutan", en: "Rank" },
  overallStatus: { id: "Status keseluruhan", en: "Overall status" },
  redKpis: {
    one: { id: " KPI merah", en: " red KPI" },
    many: { id: " KPI merah", en: " red KPIs" },
  },
  counts: { id: "Jumlah status", en: "Status counts" },
  // What the group table shows: not the index (0–10, or 0–1000 with ×100 weights) but each group's
  // weighted mean score.
  groupAchievement: { id: "Pencapaian tertimbang", en: "Weighted achievement" },
  groupLevel: { id: "Level OMAX rata-rata (tertimbang)", en: "Mean OMAX level (weighted)" },
  measured: (n: string, total: string, share: string): Text => ({
    id: `="Indeks dari KPI yang terukur periode ini: "&${n}&" dari "&${total}&" KPI, "&${share}&" dari bobot."`,
    en: `="Index of the KPIs measured this period: "&${n}&" of "&${total}&", "&${share}&" of the weight."`,
  }),
  change: { id: "Perubahan terhadap periode sebelumnya", en: "Change against the previous period" },
  changeNote: (baseline: string): Text => ({
    id: `="Periode pertama dibandingkan dengan indeks dasar "&TEXT(${baseline},"0")&" (semua KPI di level dasar)."`,
    en: `="The first period is compared with the baseline index "&TEXT(${baseline},"0")&" (every KPI at its baseline level)."`,
  }),
  noValue: {
    id: "#N/A abu-abu = belum ada nilai; sengaja, agar grafik melewatinya dan tidak jatuh ke 0.",
    en: "Grey #N/A = no value yet; on purpose, so that the chart skips it instead of dropping to 0.",
  },
} satisfies Record<string, Text | ((...cells: string[]) => Text) | Record<string, Text>>;

/** The status counts: the label's colours are the status's. */
const COUNTS: { label: Text; status: Status; fill: string; font: string }[] = STATUS_COLOURS.map(
  (colours) => ({ ...colours, label: STATUS_LABELS[colours.status] })
);

/** What each block of the dashboard is written from. */
interface Blocks {
  ctx: ScorecardContext;
  sheet: SheetBuilder;
  layout: DashboardLayout;
}

/** `caseName`: the case's name, a formula reading the register. */
export function dashboardSheet(ctx: ScorecardContext, caseName: string): SheetPlan {
  const { lang, periods, register } = ctx;
  const layout = dashboardLayout(
    periods.length,
    ctx.groupCells.length,
    register.count,
    ctx.showChange
  );
  const sheet = new SheetBuilder("dashboard", t(lang, TEXT.name)).tab(COLORS.dashboard);
  const blocks = { ctx, sheet, layout };
  writeHeadline(blocks, caseName);
  writeTrend(blocks);
  writeGroups(blocks);
  writeWeakest(blocks);
  // The label column holds the period and group labels; the weakest KPIs' names have their own.
  const labels = [
    ...ctx.groups,
    ...periods,
    ...[L.index, TEXT.overallStatus, L.green, L.yellow, L.red, TEXT.notMeasured].map((x) =>
      t(lang, x)
    ),
    ...(layout.change === null ? [] : [t(lang, TEXT.change)]),
  ];
  const { cols } = layout;
  sheet.width(cols.label, fittingWidth(labels, 26, 40));
  sheet.width(cols.value, 20);
  sheet.width(layout.weakest.cols.name, fittingWidth(ctx.kpiNames, 36, 60));
  for (const col of [
    layout.weakest.cols.score,
    layout.weakest.cols.status,
    layout.weakest.cols.key,
  ])
    sheet.width(col, 12);
  // The weakest KPIs' sort keys: a helper, hidden.
  sheet.hide(layout.weakest.cols.key);
  return sheet.build();
}

/** The KPIs of the register: its rows with a code or a name (one still to be named counts), not its empty room. */
export const kpiCount = (register: ScorecardContext["register"]) =>
  `SUMPRODUCT(--((${register.rangeRef("code")}<>"")+(${register.rangeRef("name")}<>"")>0))`;

const indexFormat = (ctx: ScorecardContext) =>
  ctx.scoring.kind === "achievement" ? "0.0%" : "0.00";

const chartArea = (layout: DashboardLayout, area: ChartArea) => ({
  from: cellAddress(area.top, layout.cols.chartLeft),
  to: cellAddress(area.bottom, layout.cols.chartRight),
});

/** Title, case, the selected period; its index, then the status counts. */
function writeHeadline({ ctx, sheet, layout }: Blocks, caseName: string): void {
  const { lang, register, tracking } = ctx;
  const { label, value, note } = layout.cols;
  sheet.put(layout.title, label, `${t(lang, ctx.title)} — ${t(lang, TEXT.name)}`, {
    style: "title",
  });
  sheet.put(layout.caseName, label, caseName, { style: "subtitle" });
  sheet.put(layout.selected, label, t(lang, L.selectedPeriod), { style: "label" });
  sheet.put(layout.selected, value, `=${tracking.ref.selector}`, { style: "total" });
  const selectorCell = cellAddress(tracking.selector.row, tracking.selector.col);
  sheet.put(layout.selected, note, t(lang, TEXT.selectedHelp(selectorCell)), { style: "note" });

  sheet.put(layout.index, label, t(lang, L.index), { style: "label" });
  sheet.put(layout.index, value, selectedValue(tracking.ref.indexes, tracking.ref.periodNumber), {
    style: "total",
    numberFormat: indexFormat(ctx),
  });
  // Which KPIs the index covers: those with a score this period, their number and share of the weight.
  const scores = register.rangeRef(register.scoreField);
  const weights = register.rangeRef(register.weightField);
  const share = `TEXT(IFERROR(SUMPRODUCT(--(${scores}<>""),${weights})/SUM(${weights}),0),"0%")`;
  sheet.put(
    layout.index,
    note,
    t(lang, TEXT.measured(`COUNT(${scores})`, kpiCount(register), share)),
    { style: "note" }
  );
  if (layout.change !== null && tracking.ref.changes && tracking.ref.baseline) {
    sheet.put(layout.change, label, t(lang, TEXT.change), { style: "label" });
    sheet.put(
      layout.change,
      value,
      selectedValue(tracking.ref.changes, tracking.ref.periodNumber),
      { style: "total", numberFormat: "0.00%" }
    );
    sheet.put(layout.change, note, t(lang, TEXT.changeNote(tracking.ref.baseline)), {
      style: "note",
    });
  }
  const statuses = register.rangeRef("status");
  const counted = rangeAddress(layout.counts.first, value, layout.counts.last - 1, value);
  sheet.put(layout.counts.title, label, t(lang, TEXT.counts), { style: "section" });
  COUNTS.forEach((count, k) => {
    sheet.put(layout.counts.first + k, label, t(lang, count.label), { style: "label" });
    sheet.put(layout.counts.first + k, value, `=${countStatus(statuses, count.status)}`, {
      style: "formula",
      numberFormat: "0",
    });
  });
  writeOverallStatus({ ctx, sheet, layout });
  // Every KPI of the register (a row with a code or a name; the room for more KPIs is blank) with no status yet.
  sheet.put(layout.counts.last, label, t(lang, TEXT.notMeasured), { style: "label" });
  sheet.put(layout.counts.last, value, `=${kpiCount(register)}-SUM(${counted})`, {
    style: "formula",
    numberFormat: "0",
  });
  COUNTS.forEach((count, k) =>
    sheet.format({
      range: cellAddress(layout.counts.first + k, label),
      type: "textEquals",
      text: t(lang, count.label),
      fill: count.fill,
      font: count.font,
    })
  );
}

/**
 * Beside the index: its traffic light, and how many KPIs are red, so an overall green cannot hide a
 * red KPI.
 */
function writeOverallStatus({ ctx, sheet, layout }: Blocks): void {
  const { lang, scoring } = ctx;
  const index = cellAddress(layout.index, layout.cols.value);
  // OMAX indexes with ×100 weights run to 1000: their light is the index / 100, a level.
  const scale = ctx.indexMax !== undefined && ctx.indexMax !== 10 ? `/${ctx.indexMax / 10}` : "";
  const status = cellAddress(layout.status, layout.cols.value);
  sheet.put(layout.status, layout.cols.label, t(lang, TEXT.overallStatus), { style: "label" });
  sheet.put(
    layout.status,
    layout.cols.value,
    `=IF(${index}="","",${trafficCall(scoring, `${index}${scale}`, lang)})`,
    { style: "total" }
  );
  sheet.formatAll(statusFormats(status));
  const red = cellAddress(
    layout.counts.first + COUNTS.findIndex((c) => c.status === "RED"),
    layout.cols.value
  );
  const words = TEXT.redKpis;
  sheet.put(
    layout.status,
    layout.cols.note,
    `=IF(${red}=0,"",${red}&IF(${red}=1,"${t(lang, words.one)}","${t(lang, words.many)}"))`,
    { style: "formula" }
  );
  sheet.format({
    range: cellAddress(layout.status, layout.cols.note),
    type: "textNotEquals",
    text: "",
    fill: "#FFC7CE",
    font: "#9C0006",
  });
}

/** Index by period (line chart): #N/A where a period has no index, so the chart leaves a gap. */
function writeTrend({ ctx, sheet, layout }: Blocks): void {
  const { lang, tracking, scoring } = ctx;
  const { label, value } = layout.cols;
  const trend = layout.trend;
  sheet.put(trend.title, label, t(lang, TEXT.trend), { style: "section" });
  sheet.putRow(trend.header, label, [t(lang, L.period), t(lang, L.index)], { style: "header" });
  ctx.periods.forEach((_, p) => {
    const index = tracking.ref.index(p);
    sheet.put(trend.first + p, label, `=${tracking.ref.periodLabel(p)}`, { style: "label" });
    sheet.put(trend.first + p, value, `=IF(${index}="",NA(),${index})`, {
      style: "formula",
      numberFormat: indexFormat(ctx),
    });
  });
  sheet.format(noValueFormat(rangeAddress(trend.first, value, trend.last, value)));
  sheet.put(trend.note, label, t(lang, TEXT.noValue), { style: "note" });
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
    title: t(lang, TEXT.trend),
    data: rangeAddress(trend.header, label, trend.last, value),
    seriesBy: "columns",
    axisMin: 0,
    ...axis,
    ...chartArea(layout, trend.chart),
  });
}

/** Each group's weighted mean score of its KPIs measured this period (bar chart). */
function writeGroups({ ctx, sheet, layout }: Blocks): void {
  const { lang, register, scoring } = ctx;
  const { label, value } = layout.cols;
  const groups = layout.groups;
  const groupValue = t(
    lang,
    scoring.kind === "achievement" ? TEXT.groupAchievement : TEXT.groupLevel
  );
  const title = `${groupValue} — ${t(lang, ctx.groupTitle)}`;
  sheet.put(groups.title, label, title, { style: "section" });
  sheet.putRow(groups.header, label, [t(lang, ctx.groupTitle), groupValue], { style: "header" });
  const groupOf = register.rangeRef("group");
  const scores = register.rangeRef(register.scoreField);
  const weights = register.rangeRef(register.weightField);
  // The group names as the register lists them (a renamed group follows; an empty row of room stays
  // empty), never typed copies.
  ctx.groupCells.forEach((cell, g) => {
    const row = groups.first + g;
    sheet.put(row, label, `=IF(${cell}="","",${cell})`, { style: "label" });
    const inGroup = `--(${groupOf}=${absolute(cellAddress(row, label))})`;
    sheet.put(row, value, groupScore(inGroup, scores, weights, "NA()"), {
      style: "formula",
      numberFormat: scoreNumberFormat(scoring),
    });
  });
  sheet.format(noValueFormat(rangeAddress(groups.first, value, groups.last, value)));
  sheet.chart({
    key: "groups",
    type: "bar",
    title,
    data: rangeAddress(groups.header, label, groups.last, value),
    seriesBy: "columns",
    axisMin: 0,
    // Levels run 0–10 whatever the weights' scale.
    ...(scoring.kind === "achievement" ? { axisNumberFormat: "0%" } : { axisMax: 10 }),
    ...chartArea(layout, groups.chart),
  });
}

/** The weakest KPIs of the selected period, found by the k-th smallest sort key. */
function writeWeakest({ ctx, sheet, layout }: Blocks): void {
  const { lang, register, scoring } = ctx;
  const weakest = layout.weakest;
  const w = weakest.cols;
  sheet.put(weakest.title, w.rank, t(lang, TEXT.weakest), { style: "section" });
  const headers: [number, Text][] = [
    [w.rank, TEXT.rank],
    [w.code, L.code],
    [w.name, L.kpi],
    [w.score, L.score],
    [w.status, L.status],
    [w.key, L.rankKey],
  ];
  for (const [col, header] of headers)
    sheet.put(weakest.header, col, t(lang, header), { style: "header" });
  const keys = register.rangeRef("rankKey");
  for (let row = weakest.first; row <= weakest.last; row++) {
    const key = absolute(cellAddress(row, w.key));
    const pick = (field: RegisterField, text = "") =>
      `=IF(${key}="","",INDEX(${register.rangeRef(field)},MATCH(${key},${keys},0))${text})`;
    sheet.put(row, w.rank, row - weakest.first + 1, { style: "label" });
    // &"": a code or name still to be typed shows empty, not 0.
    sheet.put(row, w.code, pick("code", '&""'), { style: "formula" });
    sheet.put(row, w.name, pick("name", '&""'), { style: "formula" });
    sheet.put(row, w.score, pick(register.scoreField), {
      style: "formula",
      numberFormat: scoreNumberFormat(scoring),
    });
    sheet.put(row, w.status, pick("status"), { style: "formula" });
    // The k-th smallest key, k read from the rank.
    sheet.put(row, w.key, `=IFERROR(SMALL(${keys},${cellAddress(row, w.rank)}),"")`, {
      style: "muted",
      numberFormat: "0.0000000",
    });
  }
  sheet.formatAll(statusFormats(rangeAddress(weakest.first, w.status, weakest.last, w.status)));
}
