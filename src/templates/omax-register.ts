/**
 * The KPI register of the OMAX templates (Balanced Scorecard, Performance Prism, IPMS): each KPI
 * with its descriptive columns, the three OMAX anchors, its weights (read from the AHP sheet) and,
 * for the selected period, actual, level, traffic light and weighted score; then the total index
 * and a summary by group (perspective or stakeholder).
 */
import { absCell, cellAddress, columnLetter } from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { Lang, Scalar, SheetPlan } from "../sheet/plan";
import {
  COLORS,
  RegisterLayout,
  Scoring,
  TrackingLayout,
  actualFromTracking,
  scoreIcons,
  statusFormats,
  statusFormula,
} from "./scorecard";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

export interface OmaxKpiRow {
  code: string;
  /** Group label (perspective, stakeholder) as the register shows it. */
  group: string;
  /** Values of the descriptive columns between group and KPI name (objective, facet, requirements…). */
  describe: Scalar[];
  /** KPI name; null for a placeholder row in a blank template. */
  name: string | null;
  unit: string;
  /** [worst L0, mid Lm, target L10]; null when still to be filled in. */
  anchors: [number, number, number] | null;
  /** One formula per weight column (references into the AHP sheet). */
  weights: string[];
}

export interface OmaxRegisterSpec {
  lang: Lang;
  sheetName: Text;
  title: Text;
  caseName: string;
  isExample: boolean;
  help: Text;
  rules: Text;
  /** Shown under the rules in an example: what is illustrative, and the source. */
  exampleNote?: string;
  describeHeaders: Text[];
  weightHeaders: Text[];
  /** Global weight from the row's weight cells (A1 addresses on the same row). */
  globalWeight: (weightCells: string[]) => string;
  /** 1: weights are fractions summing to 1 (index 0–10); 100: ×100 (index 0–1000). */
  weightScale: 1 | 100;
  midLevel: number;
  rows: OmaxKpiRow[];
  groups: string[];
  groupTitle: Text;
  tableName: string;
  tracking: TrackingLayout;
  periods: number;
  /** An extra total line under the index, e.g. IPMS's change against the previous period. */
  extraTotals?: { label: Text; formula: string; numberFormat: string }[];
  /** A reference list under the summary, from the code column (e.g. IPMS's requirement texts). */
  appendix?: { title: Text; headers: Text[]; rows: Scalar[][] };
}

export interface OmaxRegister {
  sheet: SheetPlan;
  layout: RegisterLayout;
  scoring: Scoring;
  columns: {
    name: number;
    worst: number;
    mid: number;
    target: number;
    actual: number;
    level: number;
    weights: number[];
    global: number;
  };
  firstRow: number;
  /** Address of the total index cell. */
  indexCell: string;
}

const HEADER_ROW = 5;
const FIRST_ROW = HEADER_ROW + 1;

const TEXT = {
  midL3: L.baseline,
  midL8: L.minimumTarget,
  totalIndex: {
    id: "Indeks kinerja total (semua KPI terisi)",
    en: "Total performance index (all KPIs measured)",
  },
  summary: {
    id: "Ringkasan per kelompok (periode terpilih)",
    en: "Summary by group (selected period)",
  },
  placeholder: { id: "KPI", en: "KPI" },
} satisfies Record<string, Text>;

export function omaxRegister(spec: OmaxRegisterSpec): OmaxRegister {
  const { lang, rows } = spec;
  const d = spec.describeHeaders.length;
  const w = spec.weightHeaders.length;
  const col = {
    code: 0,
    group: 1,
    name: 2 + d,
    unit: 3 + d,
    worst: 4 + d,
    mid: 5 + d,
    target: 6 + d,
    direction: 7 + d,
    weights: Array.from({ length: w }, (_, k) => 8 + d + k),
    global: 8 + d + w,
    actual: 9 + d + w,
    level: 10 + d + w,
    status: 11 + d + w,
    weighted: 12 + d + w,
    rankKey: 13 + d + w,
  };
  const scoring: Scoring = {
    kind: "omax",
    worstCol: col.worst,
    midCol: col.mid,
    targetCol: col.target,
    midLevel: spec.midLevel,
  };
  const n = rows.length;
  const lastRow = FIRST_ROW + n - 1;
  const range = (c: number) =>
    `${columnLetter(c)}${FIRST_ROW + 1}:${columnLetter(c)}${lastRow + 1}`;
  const indexFormat = spec.weightScale === 100 ? "0.0" : "0.00";

  // Text columns as wide as their longest entry (within bounds); longer entries wrap (at one
  // character per unit, so a wider font than Calibri still fits; the rows grow as builder.ts says).
  const widths = {
    group: fittingWidth([...spec.groups, ...rows.map((r) => r.group)], 14, 30),
    describe: spec.describeHeaders.map((_, j) =>
      fittingWidth(
        rows.map((r) => r.describe[j]),
        14,
        66,
        30
      )
    ),
    name: fittingWidth(
      rows.map((r) => r.name),
      30,
      50,
      30
    ),
    unit: fittingWidth(
      rows.map((r) => r.unit),
      9,
      14
    ),
  };
  const wraps = (value: Scalar, width: number) => typeof value === "string" && value.length > width;

  const sheet = new SheetBuilder("register", t(lang, spec.sheetName)).tab(COLORS.brand);
  sheet.put(0, 0, t(lang, spec.title), { style: "title" });
  sheet.put(1, 0, spec.caseName, { style: spec.isExample ? "subtitle" : "input" });
  sheet.put(2, 0, t(lang, spec.help), { style: "note" });
  sheet.put(3, 0, t(lang, spec.rules), { style: "note" });
  if (spec.exampleNote) {
    // Across the register, wrapped: what comes from the source and what is illustrative.
    sheet.put(4, 0, spec.exampleNote, { style: "muted", wrap: true });
    sheet.merge(4, 0, 4, col.rankKey);
  }

  const headers: Text[] = [
    L.code,
    spec.groupTitle,
    ...spec.describeHeaders,
    L.kpi,
    L.unit,
    L.worst,
    spec.midLevel === 8 ? TEXT.midL8 : TEXT.midL3,
    spec.midLevel === 8 ? L.optimum : L.targetL10,
    L.direction,
    ...spec.weightHeaders,
    spec.weightScale === 100 ? { id: "Bobot (×100)", en: "Weight (×100)" } : L.globalWeight,
    L.actual,
    L.level,
    L.status,
    L.weightedScore,
    L.rankKey,
  ];
  sheet.putRow(
    HEADER_ROW,
    0,
    headers.map((h) => t(lang, h)),
    { style: "header" }
  );

  rows.forEach((row, k) => {
    const r = FIRST_ROW + k;
    const at = (c: number) => cellAddress(r, c);
    sheet.put(r, col.code, row.code, { style: "label" });
    sheet.put(r, col.group, row.group, { style: "label" });
    row.describe.forEach((value, j) =>
      sheet.put(r, 2 + j, value, { style: "input", wrap: wraps(value, widths.describe[j]) })
    );
    sheet.put(r, col.name, row.name ?? `${t(lang, TEXT.placeholder)} ${row.code}`, {
      style: row.name ? "input" : "muted",
      wrap: wraps(row.name, widths.name),
    });
    sheet.put(r, col.unit, row.unit || null, { style: "input" });
    const [worst, mid, target] = row.anchors ?? [null, null, null];
    // Typed values show as typed (General: 1200, 0.5, 12.5; "#,##0.##" would show "12.").
    sheet.put(r, col.worst, worst, { style: "input", numberFormat: "General" });
    sheet.put(r, col.mid, mid, { style: "input", numberFormat: "General" });
    sheet.put(r, col.target, target, { style: "input", numberFormat: "General" });
    // Direction follows the anchors (spec §3.1): shown, not typed.
    sheet.put(
      r,
      col.direction,
      `=IF(OR(${at(col.worst)}="",${at(col.target)}=""),"",IF(${at(col.target)}>${at(col.worst)},"${t(lang, L.higher)}","${t(lang, L.lower)}"))`,
      { style: "formula" }
    );
    row.weights.forEach((formula, j) =>
      sheet.put(r, col.weights[j], formula, { style: "formula", numberFormat: "0.0000" })
    );
    sheet.put(r, col.global, spec.globalWeight(col.weights.map(at)), {
      style: "formula",
      numberFormat: spec.weightScale === 100 ? "0.00" : "0.0000",
    });
    sheet.put(r, col.actual, actualFromTracking(spec.tracking, spec.periods, k), {
      style: "formula",
      numberFormat: "General",
    });
    sheet.put(
      r,
      col.level,
      `=IF(${at(col.actual)}="","",OMAX.LEVEL(${at(col.actual)},${at(col.worst)},${at(col.mid)},${at(col.target)},${spec.midLevel}))`,
      { style: "formula", numberFormat: "0" }
    );
    sheet.put(r, col.status, statusFormula(scoring, at(col.level)), { style: "formula" });
    sheet.put(r, col.weighted, `=IF(${at(col.level)}="","",${at(col.level)}*${at(col.global)})`, {
      style: "formula",
      numberFormat: "0.000",
    });
    sheet.put(r, col.rankKey, `=IF(${at(col.level)}="","",${at(col.level)}+ROW()/10^7)`, {
      style: "muted",
      numberFormat: "0.0000",
    });
  });

  // Totals: weights add up to 1 (or 100); the index once every KPI is measured.
  const totalRow = lastRow + 1;
  sheet.put(totalRow, col.name, t(lang, TEXT.totalIndex), { style: "total" });
  sheet.put(totalRow, col.global, `=SUM(${range(col.global)})`, {
    style: "total",
    numberFormat: spec.weightScale === 100 ? "0.00" : "0.0000",
  });
  sheet.put(
    totalRow,
    col.weighted,
    `=IF(COUNT(${range(col.level)})<ROWS(${range(col.level)}),"",SUM(${range(col.weighted)}))`,
    { style: "total", numberFormat: indexFormat }
  );
  const indexCell = cellAddress(totalRow, col.weighted);
  const levelOfIndex = spec.weightScale === 100 ? `${indexCell}/100` : indexCell;
  sheet.put(totalRow, col.status, `=IF(${indexCell}="","",TRAFFIC.OMAX(${levelOfIndex}))`, {
    style: "total",
  });
  (spec.extraTotals ?? []).forEach((extra, k) => {
    sheet.put(totalRow + 1 + k, col.name, t(lang, extra.label), { style: "total" });
    sheet.put(totalRow + 1 + k, col.weighted, extra.formula, {
      style: "total",
      numberFormat: extra.numberFormat,
    });
  });

  // Summary by group: the group's weight and its weighted mean level over the KPIs measured.
  // It starts in the group column (wide enough for "Internal Business Process"), not the code column.
  const summaryTop = totalRow + 2 + (spec.extraTotals?.length ?? 0);
  const first = col.group;
  sheet.put(summaryTop, first, t(lang, TEXT.summary), { style: "section" });
  sheet.putRow(
    summaryTop + 1,
    first,
    [t(lang, spec.groupTitle), t(lang, L.weight), t(lang, L.level), t(lang, L.status)],
    { style: "header" }
  );
  spec.groups.forEach((group, g) => {
    const r = summaryTop + 2 + g;
    const label = absCell(r, first);
    const inGroup = `--(${range(col.group)}=${label})`;
    sheet.put(r, first, group, { style: "label" });
    sheet.put(r, first + 1, `=SUMPRODUCT(${inGroup},${range(col.global)})`, {
      style: "formula",
      numberFormat: spec.weightScale === 100 ? "0.00" : "0.0000",
    });
    sheet.put(
      r,
      first + 2,
      `=IFERROR(SUMPRODUCT(${inGroup},${range(col.level)},${range(col.global)})/SUMPRODUCT(${inGroup},--(${range(col.level)}<>""),${range(col.global)}),"")`,
      { style: "formula", numberFormat: "0.00" }
    );
    sheet.put(r, first + 3, statusFormula(scoring, cellAddress(r, first + 2)), {
      style: "formula",
    });
  });

  // A reference list under the summary (IPMS: the requirement texts the register numbers).
  if (spec.appendix) {
    const top = summaryTop + 3 + spec.groups.length;
    sheet.put(top, 0, t(lang, spec.appendix.title), { style: "section" });
    sheet.putRow(
      top + 1,
      0,
      spec.appendix.headers.map((h) => t(lang, h)),
      { style: "header" }
    );
    spec.appendix.rows.forEach((values, k) =>
      sheet.putRow(top + 2 + k, 0, values, { style: "label" })
    );
  }

  sheet.table({
    name: spec.tableName,
    range: `A${HEADER_ROW + 1}:${columnLetter(col.rankKey)}${lastRow + 1}`,
    style: "TableStyleLight9",
  });
  sheet.formatAll(
    statusFormats(
      `${columnLetter(col.status)}${FIRST_ROW + 1}:${columnLetter(col.status)}${totalRow + 1}`
    )
  );
  const summaryStatus = columnLetter(first + 3);
  sheet.formatAll(
    statusFormats(
      `${summaryStatus}${summaryTop + 3}:${summaryStatus}${summaryTop + 2 + spec.groups.length}`
    )
  );
  sheet.format(scoreIcons(scoring, range(col.level)));
  sheet.validate({
    range: `${columnLetter(col.worst)}${FIRST_ROW + 1}:${columnLetter(col.target)}${lastRow + 1}`,
    type: "decimal",
    prompt: { id: "Jangkar OMAX: angka", en: "OMAX anchor: a number" },
  });
  sheet.name({
    name: "GlobalWeights",
    range: `${columnLetter(col.global)}${FIRST_ROW + 1}:${columnLetter(col.global)}${lastRow + 1}`,
  });
  sheet.widths([
    8,
    widths.group,
    ...widths.describe,
    widths.name,
    widths.unit,
    11,
    12,
    12,
    9,
    ...spec.weightHeaders.map(() => 11),
    11,
    11,
    8,
    10,
    11,
    9,
  ]);
  sheet.freeze(HEADER_ROW + 1, 1);

  return {
    sheet: sheet.build(),
    layout: {
      key: "register",
      firstRow: FIRST_ROW,
      count: n,
      codeCol: col.code,
      nameCol: col.name,
      groupCol: col.group,
      unitCol: col.unit,
      weightCol: col.global,
      weightFormat: spec.weightScale === 100 ? "0.00" : "0.0000",
      scoreCol: col.level,
      statusCol: col.status,
      rankKeyCol: col.rankKey,
    },
    scoring,
    columns: {
      name: col.name,
      worst: col.worst,
      mid: col.mid,
      target: col.target,
      actual: col.actual,
      level: col.level,
      weights: col.weights,
      global: col.global,
    },
    firstRow: FIRST_ROW,
    indexCell,
  };
}
