/**
 * The Tracking sheet: each KPI's actual per period (typed), its score per period (computed), the
 * index per period and, for IPMS, its change against the previous period. A period selector drives
 * what the register and the dashboard show. Its layout is computed before any sheet is built, so
 * the register and the dashboard refer to its cells by the names the layout gives them.
 *
 * A register that grows past its room: Tracking's KPI rows go `beyond` rows further than the
 * register's table (UMKM: up to 40 KPIs in all). Those rows read the register by position, INDEX(its column, k), blank
 * while the table has fewer than k rows; the column's range is the table's, which a row the table
 * gains extends (Excel: a row added at the table's end, the pane's Add KPI or Tab in its last cell;
 * the in-memory workbook does the same). The register's Actual column reads the Tracking row at the
 * same distance from the first KPI row (row-relative), so a calculated column filled into a new
 * row reads its own Tracking row. Rows beyond are unshaded and show nothing until then; the
 * checker still flags a register longer than Tracking's rows.
 */
import {
  absRange,
  absolute,
  cellAddress,
  rangeAddress,
  rowSpan,
  type CellPosition,
} from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { SheetPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import type { RegisterField, TrackingLink } from "./register";
import {
  COLORS,
  ScorecardContext,
  scoreFormula,
  scoreIcons,
  scoreNumberFormat,
  weightedAchievement,
} from "./scorecard";
import { settingsLayout } from "./settings";
import { L } from "./text";
import { t } from "../sheet/text";
import type { Text } from "../sheet/text";

/** Where the Tracking sheet keeps everything (0-based rows and columns), and references into it. */
export interface TrackingLayout {
  title: CellPosition;
  help: CellPosition;
  /** The labels of the selector and of the period number. */
  labelCol: number;
  /** The selected period's label (typed or picked) and its position among the periods. */
  selector: CellPosition;
  periodNumber: CellPosition;
  /** The months one period covers (shown when a register converts its targets to periods). */
  monthsPerPeriod: CellPosition;
  monthsLabel: CellPosition;
  /** Both tables' columns: the KPI's code, name, unit and weight, then one per period. */
  columns: { code: number; name: number; unit: number; weight: number };
  firstPeriodCol: number;
  lastPeriodCol: number;
  /** The actuals: their header (the period labels) and first KPI row. */
  headerRow: number;
  firstActualRow: number;
  /**
   * The KPI rows of each table: the register's rows (its room included) and `beyond` more for rows
   * the register's table gains later (blank until it has them).
   */
  capacity: number;
  beyond: number;
  /** The scores: their header and first KPI row; then the index per period. */
  scoreHeaderRow: number;
  scoreFirstRow: number;
  indexRow: number;
  /** IPMS: the change against the previous period, and the all-baseline index it starts from. */
  changeRow: number | null;
  baseline: CellPosition | null;
  /** Under the index (and the change): when the index is computed. */
  noteRow: number;
  /** The same places from the other sheets of the plan. */
  ref: {
    selector: string;
    periodNumber: string;
    /** A period's label in the header row. */
    periodLabel(p: number): string;
    /** The index per period, one row; a period's index. */
    indexes: string;
    index(p: number): string;
    /** The change per period, one row (IPMS), and the all-baseline index it starts from. */
    changes: string | null;
    baseline: string | null;
    /** KPI k's actuals and the period number: what the register's Actual column reads. */
    link(k: number): TrackingLink;
  };
}

/**
 * The period selector, the same on every Tracking sheet: the selected period's label in C2 and its
 * position among the periods in C3, each with its label in A (the checker finds them so too).
 */
export const PERIOD_SELECTOR = {
  labelCol: 0,
  selector: { row: 1, col: 2 },
  periodNumber: { row: 2, col: 2 },
  // Beside the selector, over the first periods: its label in E2, the value in G2.
  monthsLabel: { row: 1, col: 4 },
  monthsPerPeriod: { row: 1, col: 6 },
} as const;

/**
 * The Tracking sheet's layout for `count` rows (the register's, room included) over `periods`
 * periods, with `beyond` rows more for a register table that grows past its room.
 */
export function trackingLayout(
  count: number,
  periods: number,
  showChange: boolean,
  beyond = 0
): TrackingLayout {
  const capacity = count + beyond;
  const columns = { code: 0, name: 1, unit: 2, weight: 3 };
  const firstPeriodCol = 4;
  const lastPeriodCol = firstPeriodCol + periods - 1;
  const { labelCol, selector, periodNumber, monthsPerPeriod, monthsLabel } = PERIOD_SELECTOR;
  const headerRow = 4;
  const firstActualRow = headerRow + 1;
  // A blank row and the scores' section heading between the two tables.
  const scoreHeaderRow = firstActualRow + capacity + 2;
  const scoreFirstRow = scoreHeaderRow + 1;
  const indexRow = scoreFirstRow + capacity;
  const changeRow = showChange ? indexRow + 1 : null;
  // In the weight column, whose sum it is; its label in the name column runs on over the unit.
  const baseline = showChange ? { row: indexRow + 2, col: columns.weight } : null;
  const ref = (row: number, col: number) => sheetRef("tracking", absolute(cellAddress(row, col)));
  const periodRow = (row: number) =>
    sheetRef("tracking", absRange(row, firstPeriodCol, row, lastPeriodCol));
  return {
    title: { row: 0, col: 0 },
    help: { row: 0, col: firstPeriodCol },
    labelCol,
    selector,
    periodNumber,
    monthsPerPeriod,
    monthsLabel,
    columns,
    firstPeriodCol,
    lastPeriodCol,
    headerRow,
    firstActualRow,
    capacity,
    beyond,
    scoreHeaderRow,
    scoreFirstRow,
    indexRow,
    changeRow,
    baseline,
    noteRow: baseline ? baseline.row + 1 : indexRow + 1,
    ref: {
      selector: ref(selector.row, selector.col),
      periodNumber: ref(periodNumber.row, periodNumber.col),
      periodLabel: (p) => ref(headerRow, firstPeriodCol + p),
      indexes: periodRow(indexRow),
      index: (p) => ref(indexRow, firstPeriodCol + p),
      changes: changeRow === null ? null : periodRow(changeRow),
      baseline: baseline ? ref(baseline.row, baseline.col) : null,
      // Columns fixed, row relative: the register's calculated column reads the row beside its own.
      link: (k) => ({
        actuals: sheetRef("tracking", rowSpan(firstActualRow + k, firstPeriodCol, lastPeriodCol)),
        periodNumber: ref(periodNumber.row, periodNumber.col),
        monthsPerPeriod: ref(monthsPerPeriod.row, monthsPerPeriod.col),
      }),
    },
  };
}

const TEXT = {
  name: { id: "Pelacakan", en: "Tracking" },
  title: { id: "Pelacakan per periode", en: "Tracking by period" },
  help: (selector: string): Text => ({
    id: `Isi realisasi tiap KPI di kolom periodenya (sel kuning). Pilih periode di ${selector}: kartu skor dan dasbor menampilkan periode itu.`,
    en: `Enter each KPI's actual under its period (yellow cells). Choose the period in ${selector}: the scorecard and the dashboard show that period.`,
  }),
  actuals: { id: "Realisasi per periode", en: "Actuals by period" },
  scoresAchievement: { id: "Pencapaian per periode", en: "Achievement by period" },
  scoresOmax: { id: "Level OMAX per periode", en: "OMAX level by period" },
  indexAchievement: {
    id: "Pencapaian tertimbang (KPI terukur)",
    en: "Weighted achievement (KPIs measured)",
  },
  change: { id: "Perubahan terhadap periode sebelumnya", en: "Change against the previous period" },
  baseline: {
    id: "Indeks dasar (semua KPI di level dasar)",
    en: "Baseline index (every KPI at its baseline level)",
  },
  months: { id: "Bulan per periode", en: "Months per period" },
  monthsNote: {
    id: "Target yang dijumlah diubah ke periode ini: lihat kolom Target per periode di register.",
    en: "Targets that add up are converted to this period: see the register's Target per period column.",
  },
  missing: {
    id: "Indeks dihitung bila semua KPI periode itu terisi.",
    en: "The index is computed once every KPI of the period has an actual.",
  },
} satisfies Record<string, Text | ((cell: string) => Text)>;

export function trackingSheet(ctx: ScorecardContext): SheetPlan {
  const { lang, tracking: layout } = ctx;
  const sheet = new SheetBuilder("tracking", t(lang, TEXT.name)).tab(COLORS.tracking);
  writeSelector(sheet, ctx);
  writeTables(sheet, ctx);
  writeIndex(sheet, ctx);
  const { columns } = layout;
  sheet.width(columns.code, 10);
  sheet.width(columns.name, fittingWidth(ctx.kpiNames, 36, 60));
  sheet.width(columns.unit, 12);
  sheet.width(columns.weight, 9);
  sheet.widths(
    ctx.periods.map(() => 10),
    layout.firstPeriodCol
  );
  sheet.freeze(layout.firstActualRow, columns.name + 1);
  return sheet.build();
}

/** The period headers, absolute: the selector's list and its MATCH read them. */
const periodHeader = (layout: TrackingLayout) =>
  absRange(layout.headerRow, layout.firstPeriodCol, layout.headerRow, layout.lastPeriodCol);

/** Title and help; the selected period (typed or picked from the headers) and its number. */
function writeSelector(sheet: SheetBuilder, ctx: ScorecardContext): void {
  const { lang, tracking: layout } = ctx;
  const selectorCell = cellAddress(layout.selector.row, layout.selector.col);
  sheet.put(layout.title.row, layout.title.col, t(lang, TEXT.title), { style: "title" });
  sheet.put(layout.help.row, layout.help.col, t(lang, TEXT.help(selectorCell)), { style: "note" });
  sheet.put(layout.selector.row, layout.labelCol, t(lang, L.selectedPeriod), { style: "label" });
  // The selector is text, like the period headers: typed 2027 or "Jan 2026" stays text instead of
  // becoming a number or a date that matches no header. The list is the header row itself, and the
  // match compares as text (C2&"") in case a number gets in anyway (pasted, or an old workbook).
  sheet.put(layout.selector.row, layout.selector.col, ctx.periods[ctx.selectedPeriod], {
    style: "input",
    numberFormat: "@",
  });
  sheet.validate({
    range: selectorCell,
    type: "list",
    source: `=${periodHeader(layout)}`,
    prompt: { id: "Pilih periode", en: "Choose a period" },
  });
  sheet.put(layout.periodNumber.row, layout.labelCol, t(lang, L.periodNumber), { style: "label" });
  sheet.put(
    layout.periodNumber.row,
    layout.periodNumber.col,
    `=MATCH(${selectorCell}&"",${periodHeader(layout)},0)`,
    { style: "formula", numberFormat: "0" }
  );
  sheet.name({ name: "SelectedPeriod", range: selectorCell, comment: t(lang, L.selectedPeriod) });
  if (ctx.monthsPerPeriod === undefined) return;
  const months = layout.monthsPerPeriod;
  sheet.put(layout.monthsLabel.row, layout.monthsLabel.col, t(lang, TEXT.months), {
    style: "label",
  });
  sheet.put(months.row, months.col, ctx.monthsPerPeriod, {
    style: "formula",
    numberFormat: "0",
    note: t(lang, TEXT.monthsNote),
  });
}

/** The actuals (typed) and the scores (computed), one row per KPI and one column per period. */
function writeTables(sheet: SheetBuilder, ctx: ScorecardContext): void {
  const { lang, periods, register, scoring, tracking: layout } = ctx;
  const { columns, firstPeriodCol, lastPeriodCol } = layout;
  const header = (row: number, title: Text): void => {
    sheet.put(row - 1, columns.code, t(lang, title), { style: "section" });
    sheet.put(row, columns.code, t(lang, L.code), { style: "header" });
    sheet.put(row, columns.name, t(lang, L.kpi), { style: "header" });
    sheet.put(row, columns.unit, t(lang, L.unit), { style: "header" });
    sheet.put(row, columns.weight, t(lang, L.weight), { style: "header" });
    sheet.putRow(row, firstPeriodCol, periods, { style: "header", numberFormat: "@" });
  };
  header(layout.headerRow, TEXT.actuals);
  header(
    layout.scoreHeaderRow,
    scoring.kind === "achievement" ? TEXT.scoresAchievement : TEXT.scoresOmax
  );

  const weightFormat = register.numberFormatOf(register.weightField);
  for (let k = 0; k < layout.capacity; k++) {
    // The register's rows are read cell by cell; the rows beyond them by position in the table's
    // column, blank while the table has no such row (the range grows with the table).
    const isBeyond = k >= register.rows;
    const cell = (field: RegisterField) =>
      isBeyond ? `INDEX(${register.rangeRef(field)},${k + 1})` : register.ref(field, k);
    const guard = (formula: string) =>
      isBeyond ? `IF(ROWS(${register.rangeRef("name")})<${k + 1},"",${formula})` : formula;
    // Blank while the register's cell is (a formula result of "" stays ""; a blank would show 0).
    const shown = (field: RegisterField) => `=${guard(`IF(${cell(field)}="","",${cell(field)})`)}`;
    for (const row of [layout.firstActualRow + k, layout.scoreFirstRow + k]) {
      sheet.put(row, columns.code, shown("code"), { style: "label" });
      sheet.put(row, columns.name, shown("name"), { style: "label" });
      sheet.put(row, columns.unit, `=${guard(`${cell("unit")}&""`)}`, { style: "label" });
      sheet.put(row, columns.weight, shown(register.weightField), {
        // Rows beyond the register's stay unshaded: nothing shows there until the table grows.
        style: isBeyond ? "muted" : "formula",
        numberFormat: weightFormat,
      });
    }
    periods.forEach((_, p) => {
      const actualRow = layout.firstActualRow + k;
      const col = firstPeriodCol + p;
      // Beyond the register's rows, an actual is typed into a plain cell once the table grows.
      sheet.put(actualRow, col, isBeyond ? null : (ctx.actuals?.[k]?.[p] ?? null), {
        style: isBeyond ? "label" : "input",
      });
      const score = scoreFormula(scoring, cellAddress(actualRow, col), cell);
      sheet.put(layout.scoreFirstRow + k, col, isBeyond ? `=${guard(score.slice(1))}` : score, {
        style: isBeyond ? "muted" : "formula",
        numberFormat: scoreNumberFormat(scoring),
      });
    });
  }
  const lastScoreRow = layout.scoreFirstRow + layout.capacity - 1;
  sheet.format(
    scoreIcons(scoring, absRange(layout.scoreFirstRow, firstPeriodCol, lastScoreRow, lastPeriodCol))
  );
}

/** The index per period; for IPMS, its change against the previous period and the baseline. */
function writeIndex(sheet: SheetBuilder, ctx: ScorecardContext): void {
  const { lang, periods, scoring, tracking: layout } = ctx;
  const { columns, firstPeriodCol } = layout;
  const lastScoreRow = layout.scoreFirstRow + layout.capacity - 1;
  const weights = absRange(layout.scoreFirstRow, columns.weight, lastScoreRow, columns.weight);
  const indexLabel = scoring.kind === "achievement" ? TEXT.indexAchievement : L.index;
  sheet.put(layout.indexRow, columns.name, t(lang, indexLabel), { style: "total" });
  for (const col of [columns.code, columns.unit, columns.weight])
    sheet.put(layout.indexRow, col, null, { style: "total" });
  periods.forEach((_, p) => {
    const col = firstPeriodCol + p;
    const scores = rangeAddress(layout.scoreFirstRow, col, lastScoreRow, col);
    const formula =
      scoring.kind === "achievement"
        ? weightedAchievement(scores, weights)
        : `=IF(COUNT(${scores})<COUNT(${weights}),"",SUMPRODUCT(${scores},${weights}))`;
    sheet.put(layout.indexRow, col, formula, {
      style: "total",
      numberFormat: scoring.kind === "achievement" ? "0.0%" : "0.00",
    });
  });
  if (scoring.kind === "omax")
    sheet.put(layout.noteRow, columns.name, t(lang, TEXT.missing), { style: "note" });
  const { changeRow, baseline } = layout;
  if (changeRow === null || !baseline) return;

  const baselineCell = absolute(cellAddress(baseline.row, baseline.col));
  sheet.put(changeRow, columns.name, t(lang, TEXT.change), { style: "label" });
  periods.forEach((_, p) => {
    const col = firstPeriodCol + p;
    const current = cellAddress(layout.indexRow, col);
    const previous = p === 0 ? '""' : cellAddress(layout.indexRow, col - 1);
    sheet.put(
      changeRow,
      col,
      `=IF(${current}="","",OMAX.CHANGE(${current},${previous},${baselineCell}))`,
      { style: "formula", numberFormat: "0.00%" }
    );
  });
  // The all-baseline index (OMAX.CHANGE above reads it), its label in the name column.
  sheet.put(baseline.row, columns.name, t(lang, TEXT.baseline), { style: "label" });
  sheet.put(
    baseline.row,
    baseline.col,
    `=${settingsLayout("omax").ref("midLevel")}*SUM(${weights})`,
    {
      style: "formula",
      numberFormat: "0.00",
    }
  );
}
