/**
 * What every template's scorecard shares: how KPIs are scored (achievement against target, or OMAX
 * levels) and the formulas and formats of scores, statuses and indexes; the context the Tracking
 * and Dashboard sheets are built from (tracking.ts, dashboard.ts); and the Review log. README.md
 * ("The templates") says what each sheet shows; the golden plans in test/fixtures/plans hold every
 * layout cell by cell.
 */
import { rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/builder";
import { DPMS_NOTES } from "./data/examples/dpms";
import type { Lang, SheetPlan } from "../sheet/plan";
import type { RegisterColumn, RegisterField, RegisterLayout } from "./register";
import type { TrackingLayout } from "./tracking";
import { OUTPUT_LABELS, OUTPUT_LANGUAGES, type Status } from "../core";
import { settingsLayout } from "./settings";
import { L, languageArgument } from "./text";
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
  /**
   * Achievement = KPI.ACHIEVEMENT(actual, target, direction); statuses by TRAFFIC (100 % / 95 %).
   * `targetField`: the register's target for one tracking period, when it converts the typed one.
   */
  | { kind: "achievement"; targetField?: RegisterField }
  /** Level = OMAX.LEVEL(actual, worst, mid, target, midLevel); statuses by TRAFFIC.OMAX (8 / 4). */
  | OmaxScoring;
export type OmaxScoring = { kind: "omax"; midLevel: 3 | 8 };

export interface ScorecardContext {
  lang: Lang;
  title: Text;
  periods: string[];
  /** 0-based period shown when the workbook opens. */
  selectedPeriod: number;
  register: RegisterLayout;
  tracking: TrackingLayout;
  scoring: Scoring;
  /** Index per period: weighted achievement of the KPIs measured (UMKM), or Σ level × weight (OMAX). */
  /** With OMAX, the change against the previous period and the all-baseline index (IPMS). */
  showChange: boolean;
  /** Groups for "index by group" (perspectives, stakeholders, KPI groups): the labels the register holds. */
  groups: string[];
  /**
   * The cells that list the groups (from another sheet: «register»!$C$27), one a group and the rows
   * of room for more: the dashboard reads its group names there instead of typing copies.
   */
  groupCells: string[];
  /** UMKM: the months one tracking period covers (1, 3 or 12), shown on Tracking for the targets. */
  monthsPerPeriod?: number;
  groupTitle: Text;
  /** Illustrative actuals [kpi][period] for a filled example; null = not measured. */
  actuals?: (number | null)[][];
  /** The KPI names the register shows ("" for one still to be typed): the name columns fit the longest. */
  kpiNames: string[];
  /** The top of the index scale for the trend chart (OMAX: 10, or 1000 with ×100 weights). */
  indexMax?: number;
}

/** The selected period's value of a row of periods: "" while it has none (a blank would show 0). */
export function selectedValue(periods: string, periodNumber: string): string {
  const pick = `INDEX(${periods},${periodNumber})`;
  return `=IF(${pick}="","",${pick})`;
}

/**
 * A KPI's score from an actual in `actual` and its register cells (`cell(field)`): the register
 * scores its own row with it, the Tracking sheet every period.
 */
export function scoreFormula(
  scoring: Scoring,
  actual: string,
  cell: (field: RegisterField) => string
): string {
  const settings = settingsLayout(scoring.kind);
  if (scoring.kind === "achievement") {
    const call = `KPI.ACHIEVEMENT(${actual},${cell(scoring.targetField ?? "target")},${cell("direction")})`;
    // The optional cap on the Settings sheet: blank, none (the source counts achievement in full).
    const cap = settings.ref("cap");
    return `=IF(${actual}="","",IF(${cap}="",${call},MIN(${call},${cap})))`;
  }
  const call = `OMAX.LEVEL(${actual},${cell("worst")},${cell("mid")},${cell("target")},${settings.ref("midLevel")},${settings.ref("levelMode")})`;
  return `=IF(${actual}="","",${call})`;
}

export function scoreNumberFormat(scoring: Scoring): string {
  return scoring.kind === "achievement" ? "0.0%" : "0.00";
}

/** The status of a score, by the thresholds on the Settings sheet, in the sheet's language. */
export function statusFormula(scoring: Scoring, scoreCell: string, lang: Lang): string {
  return `=IF(${scoreCell}="","",${trafficCall(scoring, scoreCell, lang)})`;
}

/** TRAFFIC(score, green, yellow[, "id"]): the thresholds read from the Settings sheet. */
export function trafficCall(scoring: Scoring, score: string, lang: Lang): string {
  const settings = settingsLayout(scoring.kind);
  const name = scoring.kind === "achievement" ? "TRAFFIC" : "TRAFFIC.OMAX";
  return `${name}(${score},${settings.ref("green")},${settings.ref("yellow")}${languageArgument(lang)})`;
}

/** Weighted achievement of the KPIs measured: Σ score × weight over the weights of scores present. */
export function weightedAchievement(scores: string, weights: string): string {
  return `=IF(COUNT(${scores})=0,"",SUMPRODUCT(${scores},${weights})/SUMPRODUCT(--(${scores}<>""),${weights}))`;
}

/**
 * The weighted mean score of a group's KPIs measured: `inGroup` is 1 on the group's rows; `otherwise`
 * when none is measured yet.
 */
export function groupScore(
  inGroup: string,
  scores: string,
  weights: string,
  otherwise: string
): string {
  return `=IFERROR(SUMPRODUCT(${inGroup},${scores},${weights})/SUMPRODUCT(${inGroup},--(${scores}<>""),${weights}),${otherwise})`;
}

// The columns every register ends with, from the KPI's score.

/** This period's actual, read from the Tracking sheet. */
export function actualColumn<Data>(note?: Text): RegisterColumn<Data> {
  return {
    field: "actual",
    header: L.actual,
    style: "formula",
    numberFormat: "General",
    width: 11,
    formula: ({ tracking }) => selectedValue(tracking.actuals, tracking.periodNumber),
    note,
  };
}

/** The traffic light of the score, green / yellow / red down to the totals line. */
export function statusColumn<Data>(scoring: Scoring, score: RegisterField): RegisterColumn<Data> {
  return {
    field: "status",
    header: L.status,
    style: "formula",
    width: 10,
    formula: ({ at, lang }) => statusFormula(scoring, at(score), lang),
    formats: { rules: statusFormats, withTotal: true },
  };
}

/** SMALL() over this column finds the weakest KPIs (score + ROW()/10^7 breaks ties). */
export function rankKeyColumn<Data>(score: RegisterField): RegisterColumn<Data> {
  return {
    field: "rankKey",
    header: L.rankKey,
    style: "muted",
    numberFormat: "0.0000",
    width: 11,
    formula: ({ at }) => `=IF(${at(score)}="","",${at(score)}+ROW()/10^7)`,
    // Only for finding the weakest KPIs: hidden, its header saying it is a helper.
    hidden: true,
  };
}

/**
 * Conditional formats for a status column: green / yellow / red fill on the text, in both languages
 * (GREEN or HIJAU …), so a sheet keeps its colours whichever words its formulas return (docs/methods.md §4.3).
 */
export function statusFormats(range: string): SheetPlanFormats {
  return STATUS_COLOURS.flatMap(({ status, fill, font }) =>
    OUTPUT_LANGUAGES.map((language) => ({
      range,
      type: "textEquals" as const,
      text: OUTPUT_LABELS[language].status[status],
      fill,
      font,
    }))
  );
}

/** Each status's colours (Excel's Good / Neutral / Bad). */
export const STATUS_COLOURS: readonly { status: Status; fill: string; font: string }[] = [
  { status: "GREEN", fill: "#C6EFCE", font: "#006100" },
  { status: "YELLOW", fill: "#FFEB9C", font: "#9C5700" },
  { status: "RED", fill: "#FFC7CE", font: "#9C0006" },
];

/** Each status as a label reads it: Hijau / Green … */
export const STATUS_LABELS: Readonly<Record<Status, Text>> = {
  GREEN: L.green,
  YELLOW: L.yellow,
  RED: L.red,
};

/** How many cells of `range` show `status`, in either language: COUNTIF(…,"RED")+COUNTIF(…,"MERAH"). */
export function countStatus(range: string, status: Status): string {
  return OUTPUT_LANGUAGES.map(
    (language) => `COUNTIF(${range},"${OUTPUT_LABELS[language].status[status]}")`
  ).join("+");
}
type SheetPlanFormats = NonNullable<SheetPlan["conditionalFormats"]>;

/**
 * #N/A ("no value yet", kept so a chart leaves a gap) in a grey barely darker than the formula fill,
 * so a table of periods not measured yet reads as empty; the value is still there for an auditor.
 */
export function noValueFormat(range: string): SheetPlanFormats[number] {
  return { range, type: "noValue", font: "#D0D0D0" };
}

/**
 * Excel's 3-traffic-lights icons on a numeric score column, with number criteria (spec §4.3): the
 * default thresholds (an icon rule holds numbers; the status beside it follows the Settings sheet).
 */
export function scoreIcons(scoring: Scoring, range: string): SheetPlanFormats[number] {
  return scoring.kind === "achievement"
    ? { range, type: "trafficIcons", green: 1, yellow: 0.95 }
    : { range, type: "trafficIcons", green: 8, yellow: 4 };
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
} satisfies Record<string, Text | Text[]>;

export const REVIEW_ROWS = 30;

/** The review log's columns, in REVIEW_TEXT.columns's order. */
const REVIEW_COLUMNS = { date: 0, kpi: 1, finding: 2, action: 3, owner: 4, due: 5, questioned: 6 };

export function reviewSheet(
  lang: Lang,
  tablePrefix: string,
  register: RegisterLayout,
  examples: [string, string, Text, Text, string, string, boolean][] = []
): SheetPlan {
  const c = REVIEW_COLUMNS;
  const sheet = new SheetBuilder("review", t(lang, REVIEW_TEXT.name)).tab(COLORS.review);
  sheet.put(0, 0, t(lang, REVIEW_TEXT.title), { style: "title" });
  sheet.put(1, 0, t(lang, DPMS_NOTES.reviewLogHelp), { style: "note" });
  sheet.put(2, 0, t(lang, DPMS_NOTES.doubleLoopLearning), { style: "note" });
  const headerRow = 4;
  const first = headerRow + 1;
  const last = headerRow + REVIEW_ROWS;
  sheet.putRow(
    headerRow,
    c.date,
    REVIEW_TEXT.columns.map((text) => t(lang, text)),
    { style: "header" }
  );
  const isDate = (col: number) => col === c.date || col === c.due;
  for (let row = first; row <= last; row++) {
    const example = examples[row - first];
    if (example) {
      const [date, kpi, finding, action, owner, due, questioned] = example;
      sheet.put(row, c.date, date, { style: "input", numberFormat: "yyyy-mm-dd" });
      sheet.put(row, c.kpi, kpi, { style: "input" });
      sheet.put(row, c.finding, t(lang, finding), { style: "input" });
      sheet.put(row, c.action, t(lang, action), { style: "input" });
      sheet.put(row, c.owner, owner, { style: "input" });
      sheet.put(row, c.due, due, { style: "input", numberFormat: "yyyy-mm-dd" });
      sheet.put(row, c.questioned, t(lang, questioned ? L.yes : L.no), { style: "input" });
    } else {
      for (const col of Object.values(c))
        sheet.blank(row, col, {
          style: "input",
          numberFormat: isDate(col) ? "yyyy-mm-dd" : undefined,
        });
    }
  }
  sheet.table({
    name: `${tablePrefix}_Review`,
    range: rangeAddress(headerRow, c.date, last, c.questioned),
    style: "TableStyleLight9",
  });
  // The KPI codes as the register holds them now (a typed list would go stale, and Excel caps it at
  // 255 characters, too few for a blank Prism's 125 codes).
  sheet.validate({
    range: rangeAddress(first, c.kpi, last, c.kpi),
    type: "list",
    source: `=${register.rangeRef("code")}`,
    prompt: { id: "Kode KPI", en: "KPI code" },
  });
  sheet.validate({
    range: rangeAddress(first, c.questioned, last, c.questioned),
    type: "list",
    values: [t(lang, L.yes), t(lang, L.no)],
    prompt: {
      id: "Ya bila temuan ini mempertanyakan asumsi atau target (double-loop)",
      en: "Yes when this finding questions an assumption or the target (double loop)",
    },
  });
  sheet.widths([12, 10, 40, 40, 18, 12, 18], c.date);
  sheet.freeze(first, 0);
  return sheet.build();
}
