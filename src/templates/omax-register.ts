/**
 * The KPI register of the OMAX templates (Balanced Scorecard, Performance Prism, IPMS): each KPI
 * with its descriptive columns, the three OMAX anchors, its weights (read from the AHP sheet) and,
 * for the selected period, actual, level, traffic light and weighted score; then the total index
 * and a summary by group (perspective or stakeholder). A template declares what differs (its group,
 * descriptive and weight columns, the weight scale and the middle anchor); `omaxRegisterSchema`
 * makes the column list every OMAX register shares around them.
 */
import { absolute, cellAddress, rangeAddress } from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { Lang, Scalar, SheetPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import {
  type RegisterColumn,
  type RegisterContent,
  type RegisterField,
  type RegisterLayout,
  type RegisterSchema,
  type TableRow,
  registerLayout,
  registerSheet,
} from "./register";
import {
  COLORS,
  OmaxScoring,
  Scoring,
  actualColumn,
  groupScore,
  rankKeyColumn,
  scoreFormula,
  scoreIcons,
  statusColumn,
  statusFormats,
  statusFormula,
  trafficCall,
} from "./scorecard";
import type { TrackingLayout } from "./tracking";
import { L, directionWord } from "./text";
import { type Text, t } from "../sheet/text";

export interface OmaxKpiRow {
  code: string;
  /** Group label (perspective, stakeholder) as the register shows it. */
  group: string;
  /** The descriptive columns' values (objective, facet, requirements…) by field. */
  describe: Partial<Record<RegisterField, Scalar>>;
  /** KPI name; null for a row of a blank template, still to be named. */
  name: string | null;
  unit: string;
  /** [worst L0, mid Lm, target L10]; null when still to be filled in. */
  anchors: [number, number, number] | null;
  /** The weight parts' formulas (references into the AHP sheet) by field. */
  weights: Partial<Record<RegisterField, string>>;
  /**
   * A row of room in its group, for a KPI added later: its weights link to a spare member of the
   * group's AHP block; code, name, unit and anchors are empty (`code` ""), its group is written.
   */
  isRoom?: boolean;
}

/** Rows of room each KPI block of an OMAX register keeps (spare members of its AHP block). */
export const ROOM_PER_GROUP = 2;

/** An OMAX register: scored by OMAX levels. */
export type OmaxRegisterSchema = RegisterSchema<OmaxKpiRow> & { scoring: OmaxScoring };

/** What an OMAX template declares of its register. */
export interface OmaxRegisterDeclaration {
  /** The group column's header: perspective, stakeholder. */
  groupTitle: Text;
  /** Descriptive columns between the group and the KPI name. */
  describe: { field: RegisterField; header: Text }[];
  /** The weights, read from the AHP sheet, whose product is the global weight. */
  weightParts: { field: RegisterField; header: Text }[];
  /** The global weight from the row's weight parts. */
  globalWeight: (row: TableRow) => string;
  /** 1: weights are fractions summing to 1 (index 0–10); 100: ×100 (index 0–1000). */
  weightScale: 1 | 100;
  /** The level of the middle anchor: 3 (baseline) or 8 (minimum target). */
  midLevel: 3 | 8;
  tableName: string;
}

const TEXT = {
  weightX100: { id: "Bobot (×100)", en: "Weight (×100)" },
  anchor: { id: "Jangkar OMAX: angka", en: "OMAX anchor: a number" },
  totalIndex: {
    id: "Indeks kinerja total (semua KPI terisi)",
    en: "Total performance index (all KPIs measured)",
  },
  summary: {
    id: "Ringkasan per kelompok (periode terpilih)",
    en: "Summary by group (selected period)",
  },
} satisfies Record<string, Text>;

/** An OMAX anchor: typed values show as typed (General: 1200, 0.5, 12.5; "#,##0.##" shows "12."). */
function anchorColumn(
  field: RegisterField,
  header: Text,
  position: 0 | 1 | 2,
  width: number
): RegisterColumn<OmaxKpiRow> {
  return {
    field,
    header,
    style: "input",
    numberFormat: "General",
    width,
    value: ({ data }) => data.anchors?.[position] ?? null,
    validation: () => ({ type: "decimal", prompt: TEXT.anchor }),
  };
}

export function omaxRegisterSchema(d: OmaxRegisterDeclaration): OmaxRegisterSchema {
  const scoring: OmaxScoring = { kind: "omax", midLevel: d.midLevel };
  const weightFormat = d.weightScale === 100 ? "0.00" : "0.0000";
  return {
    scoring,
    weightTotal: d.weightScale,
    weightField: "globalWeight",
    scoreField: "level",
    tableName: d.tableName,
    frozenThrough: "code",
    columns: [
      {
        field: "code",
        header: L.code,
        style: "label",
        width: 8,
        value: ({ data }) => data.code || null,
      },
      {
        field: "group",
        header: d.groupTitle,
        style: "label",
        // The summary under the register lists every group in this column too.
        width: ({ values, groups }) => fittingWidth([...groups, ...values], 14, 30),
        value: ({ data }) => data.group,
      },
      // Text columns as wide as their longest entry (within bounds); longer entries wrap (at one
      // character per unit, so a wider font than Calibri still fits; the rows grow as builder.ts says).
      ...d.describe.map(({ field, header }): RegisterColumn<OmaxKpiRow> => ({
        field,
        header,
        style: "input",
        width: ({ values }) => fittingWidth(values, 14, 66, 30),
        wrapLong: true,
        value: ({ data }) => data.describe[field] ?? null,
      })),
      {
        field: "name",
        header: L.kpi,
        style: "input",
        width: ({ values }) => fittingWidth(values, 30, 50, 30),
        wrapLong: true,
        value: ({ data }) => data.name,
        // An empty name prompts for one while selected (nothing typed in it to type over).
        validation: () => ({ type: "any", prompt: L.kpiNamePrompt }),
        total: { label: TEXT.totalIndex },
      },
      {
        field: "unit",
        header: L.unit,
        style: "input",
        width: ({ values }) => fittingWidth(values, 9, 14),
        value: ({ data }) => data.unit || null,
      },
      anchorColumn("worst", L.worst, 0, 11),
      anchorColumn("mid", d.midLevel === 8 ? L.minimumTarget : L.baseline, 1, 12),
      anchorColumn("target", d.midLevel === 8 ? L.optimum : L.targetL10, 2, 12),
      {
        field: "direction",
        header: L.direction,
        style: "formula",
        width: ({ lang }) =>
          fittingWidth([directionWord(lang, "higher"), directionWord(lang, "lower")], 9),
        // Direction follows the anchors (spec §3.1): shown, not typed.
        formula: ({ at, lang }) =>
          `=IF(OR(${at("worst")}="",${at("target")}=""),"",IF(${at("target")}>${at("worst")},"${directionWord(lang, "higher")}","${directionWord(lang, "lower")}"))`,
      },
      ...d.weightParts.map(({ field, header }): RegisterColumn<OmaxKpiRow> => ({
        field,
        header,
        style: "formula",
        numberFormat: "0.0000",
        width: 11,
        isWeightPart: true,
        link: ({ data }) => {
          const weight = data.weights[field];
          if (weight === undefined) throw new Error(`KPI ${data.code} has no ${field}`);
          return weight;
        },
      })),
      {
        field: "globalWeight",
        header: d.weightScale === 100 ? TEXT.weightX100 : L.globalWeight,
        style: "formula",
        numberFormat: weightFormat,
        width: 11,
        // Blank on a row of room: its weight counts once a KPI is typed there.
        formula: (row) => `=IF(${row.at("code")}="","",${d.globalWeight(row).slice(1)})`,
        // The weights add up to 1 (or 100).
        total: {
          formula: ({ range }) => `=SUM(${range("globalWeight")})`,
          numberFormat: weightFormat,
        },
        name: "GlobalWeights",
      },
      actualColumn(),
      {
        field: "level",
        header: L.level,
        style: "formula",
        numberFormat: "0",
        width: 8,
        formula: ({ at }) => scoreFormula(scoring, at("actual"), at),
        formats: { rules: (range) => [scoreIcons(scoring, range)] },
      },
      {
        ...statusColumn(scoring, "level"),
        // The index's light: its level is the index itself, or the index / 100 with ×100 weights.
        total: {
          formula: ({ at, lang }) =>
            `=IF(${at("weighted")}="","",${trafficCall(scoring, `${at("weighted")}${d.weightScale === 100 ? "/100" : ""}`, lang)})`,
        },
      },
      {
        field: "weighted",
        header: L.weightedScore,
        style: "formula",
        numberFormat: "0.000",
        width: 11,
        formula: ({ at }) => `=IF(${at("level")}="","",${at("level")}*${at("globalWeight")})`,
        // The index, once every KPI is measured.
        total: {
          formula: ({ range }) =>
            `=IF(COUNT(${range("level")})<COUNT(${range("globalWeight")}),"",SUM(${range("weighted")}))`,
          numberFormat: d.weightScale === 100 ? "0.0" : "0.00",
        },
      },
      rankKeyColumn("level"),
    ],
  };
}

/** What fills an OMAX register: what fills any register, and what goes under its totals. */
export interface OmaxRegisterContent extends Omit<
  RegisterContent<OmaxKpiRow>,
  "tracking" | "tabColor"
> {
  tracking: TrackingLayout;
  /** Extra total lines under the index, e.g. IPMS's change against the previous period. */
  extraTotals?: { label: Text; formula: string; numberFormat: string }[];
  /** A reference list under the summary, from the code column (e.g. IPMS's requirement texts). */
  appendix?: { title: Text; headers: Text[]; rows: Scalar[][] };
}

export interface OmaxRegister {
  sheet: SheetPlan;
  layout: RegisterLayout;
  scoring: Scoring;
  /** The KPI names the register shows ("" for a name still to be typed; rows of room aside). */
  kpiNames: string[];
  /** The group labels of the summary by group, from another sheet (what the dashboard reads). */
  groupCells: string[];
}

export function omaxRegister(
  schema: OmaxRegisterSchema,
  content: OmaxRegisterContent
): OmaxRegister {
  const { lang } = content;
  const { sheet, layout, kpiNames } = registerSheet(schema, {
    ...content,
    tracking: content.tracking.ref.link,
    tabColor: COLORS.brand,
    isRoom: (data) => data.isRoom === true,
  });
  const extraTotals = content.extraTotals ?? [];
  extraTotals.forEach((extra, k) => {
    const row = layout.totalRow + 1 + k;
    sheet.put(row, layout.columnOf("name"), t(lang, extra.label), { style: "total" });
    sheet.put(row, layout.columnOf("weighted"), extra.formula, {
      style: "total",
      numberFormat: extra.numberFormat,
    });
  });
  const summaryTop = layout.totalRow + 2 + extraTotals.length;
  const lastGroup = writeSummary(sheet, layout, schema.scoring, content, summaryTop);
  if (content.appendix) writeAppendix(sheet, lang, content.appendix, lastGroup + 2);
  const group = layout.columnOf("group");
  return {
    sheet: sheet.build(),
    layout,
    scoring: schema.scoring,
    kpiNames,
    groupCells: content.groups.map((_, g) =>
      sheetRef(layout.key, absolute(cellAddress(summaryTop + 2 + g, group)))
    ),
  };
}

/**
 * Summary by group, from row `top`: the group's weight and its weighted mean level over the KPIs
 * measured. It starts in the group column (wide enough for "Internal Business Process"), not the
 * code column. Returns its last row.
 */
function writeSummary(
  sheet: SheetBuilder,
  layout: RegisterLayout,
  scoring: Scoring,
  content: OmaxRegisterContent,
  top: number
): number {
  const { lang } = content;
  const group = layout.columnOf("group");
  const cols = { group, weight: group + 1, level: group + 2, status: group + 3 };
  const groups = layout.range("group");
  const levels = layout.range("level");
  const weights = layout.range("globalWeight");
  sheet.put(top, cols.group, t(lang, TEXT.summary), { style: "section" });
  sheet.putRow(
    top + 1,
    cols.group,
    [layout.headerOf("group"), L.weight, L.level, L.status].map((h) => t(lang, h)),
    { style: "header" }
  );
  content.groups.forEach((label, g) => {
    const r = top + 2 + g;
    const inGroup = `--(${groups}=${absolute(cellAddress(r, cols.group))})`;
    sheet.put(r, cols.group, label, { style: "label" });
    sheet.put(r, cols.weight, `=SUMPRODUCT(${inGroup},${weights})`, {
      style: "formula",
      numberFormat: layout.numberFormatOf("globalWeight"),
    });
    sheet.put(r, cols.level, groupScore(inGroup, levels, weights, '""'), {
      style: "formula",
      numberFormat: "0.00",
    });
    sheet.put(r, cols.status, statusFormula(scoring, cellAddress(r, cols.level), lang), {
      style: "formula",
    });
  });
  const last = top + 1 + content.groups.length;
  sheet.formatAll(statusFormats(rangeAddress(top + 2, cols.status, last, cols.status)));
  return last;
}

/** A reference list from row `top` (IPMS: the requirement texts the register numbers). */
function writeAppendix(
  sheet: SheetBuilder,
  lang: Lang,
  appendix: NonNullable<OmaxRegisterContent["appendix"]>,
  top: number
): void {
  sheet.put(top, 0, t(lang, appendix.title), { style: "section" });
  sheet.putRow(
    top + 1,
    0,
    appendix.headers.map((h) => t(lang, h)),
    { style: "header" }
  );
  appendix.rows.forEach((values, k) => sheet.putRow(top + 2 + k, 0, values, { style: "label" }));
}

/** A row of an OMAX register: a KPI, or a row of room; either way a member of its block's AHP matrix. */
export interface BlockRow<T> {
  /** The KPI; on a row of room, its block's first KPI (whose group the row takes). */
  kpi: T;
  isRoom: boolean;
  /** The row's position in its block's AHP matrix: the KPIs', then the spare members'. */
  member: number;
}

/** An OMAX register's rows with room, and its KPI blocks (the KPIs one AHP matrix weighs). */
export interface RegisterRoom<T> {
  rows: BlockRow<T>[];
  /** A block's KPIs, and its spare members' labels (see `roomLabels`); none for an unknown key. */
  block(key: string): { kpis: T[]; room: string[] };
  /** The register's rows from each KPI's (a row of room from its block's first KPI's, `asRoom`). */
  registerRows(row: (kpi: T, member: number) => OmaxKpiRow, keep?: RegisterField[]): OmaxKpiRow[];
}

/**
 * The register's rows, block by block in the order of their first KPI: each block's KPIs, then its
 * ROOM_PER_GROUP rows of room (so a group's room sits under its KPIs, where a reader looks for it).
 */
export function rowsWithRoom<T>(
  schema: OmaxRegisterSchema,
  kpis: readonly T[],
  blockOf: (kpi: T) => string
): RegisterRoom<T> {
  const blocks = new Map<string, { kpis: T[]; roomRows: number[] }>();
  for (const kpi of kpis) {
    const key = blockOf(kpi);
    const block = blocks.get(key) ?? { kpis: [], roomRows: [] };
    block.kpis.push(kpi);
    blocks.set(key, block);
  }
  const rows: BlockRow<T>[] = [];
  for (const block of blocks.values()) {
    block.kpis.forEach((kpi, member) => rows.push({ kpi, isRoom: false, member }));
    for (let j = 0; j < ROOM_PER_GROUP; j++) {
      block.roomRows.push(rows.length);
      rows.push({ kpi: block.kpis[0], isRoom: true, member: block.kpis.length + j });
    }
  }
  return {
    rows,
    block: (key) => {
      const block = blocks.get(key);
      return { kpis: block?.kpis ?? [], room: roomLabels(schema, block?.roomRows ?? []) };
    },
    registerRows: (row, keep = []) =>
      rows.map(({ kpi, isRoom, member }) =>
        isRoom ? asRoom(row(kpi, member), keep) : row(kpi, member)
      ),
  };
}

/** A spare AHP member's label: the code of its row of room on the register, blank while empty. */
function roomLabels(schema: OmaxRegisterSchema, roomRows: readonly number[]): string[] {
  const layout = registerLayout(schema, 0);
  return roomRows.map((k) => {
    const code = layout.ref("code", k);
    return `=IF(${code}="","",${code})`;
  });
}

/**
 * `row` as a row of room of its block: its weights' links and group kept, and the descriptive
 * fields in `keep` (Prism's facet: the block is the facet's); everything the KPI types, empty.
 */
function asRoom(row: OmaxKpiRow, keep: RegisterField[]): OmaxKpiRow {
  const describe = Object.fromEntries(keep.map((field) => [field, row.describe[field] ?? null]));
  return { ...row, code: "", name: null, unit: "", anchors: null, describe, isRoom: true };
}
