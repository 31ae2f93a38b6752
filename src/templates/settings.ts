/**
 * The Settings sheet: every parameter the scorecard's formulas use, in one visible place — the
 * traffic-light thresholds (docs/methods.md §4.1, §4.2), the optional cap on achievement, the OMAX
 * middle level and level mode (§3.1, §3.2), and for the AHP sheets the CR limit and the choice of
 * random-index table (§1.3), with the chosen table's values and every table's source. Formulas read
 * these cells; none types a threshold, a level or a table's name itself. The layout is
 * fixed by the kind of scoring, so the register and the other sheets know the cells before the
 * sheet is built.
 */
import { absolute, cellAddress, rangeAddress } from "../sheet/a1";
import { SheetBuilder } from "../sheet/builder";
import type { Lang, SheetPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import {
  ACHIEVEMENT_GREEN,
  ACHIEVEMENT_YELLOW,
  LEVEL_GREEN,
  LEVEL_YELLOW,
  RI_TABLE_MAX_N,
  RI_TABLES,
  type RiTable,
} from "../core";
import { RI_TABLE_SOURCES } from "../core/random-index-sources";
import { AHP_RI_TABLE } from "./ahp-formulas";
import { type Text, t } from "../sheet/text";

/** The parameters a Settings sheet can hold. */
export type SettingKey =
  "green" | "yellow" | "cap" | "midLevel" | "levelMode" | "crLimit" | "riTable";

export type SettingsKind = "achievement" | "omax";

/** The OMAX level modes (docs/methods.md §3.2). */
export const LEVEL_MODES = ["floor", "nearest", "interpolate"] as const;
export type LevelMode = (typeof LEVEL_MODES)[number];

/** The largest matrix the RI table lists on the sheet. */
const RI_ROWS = { first: 3, last: 15 };

/** The CR limit of docs/methods.md §1.3. */
export const CR_LIMIT = 0.1;

export interface SettingsLayout {
  kind: SettingsKind;
  /** 0-based row of each parameter the sheet holds; its value is in column B. */
  rows: Partial<Record<SettingKey, number>>;
  /** The chosen RI table's rows (n, RI), when the sheet has AHP parameters. */
  riTable: { header: number; first: number; last: number } | null;
  /** The rows listing every RI table Kinerja knows (name, range, source), in RI_TABLES order. */
  riSources: { header: number; first: number; last: number } | null;
  has(key: SettingKey): boolean;
  /** A parameter's cell from another sheet: «settings»!$B$5. */
  ref(key: SettingKey): string;
}

const VALUE_COL = 1;

/**
 * Where each parameter goes: the traffic light, then the scoring's own parameters, then (with AHP)
 * the consistency parameters and the RI table.
 */
export function settingsLayout(kind: SettingsKind, withAhp = kind === "omax"): SettingsLayout {
  const rows: Partial<Record<SettingKey, number>> = {};
  let row = 4;
  const add = (key: SettingKey) => (rows[key] = row++);
  add("green");
  add("yellow");
  row += 1;
  if (kind === "achievement") add("cap");
  else {
    add("midLevel");
    add("levelMode");
  }
  let riTable: SettingsLayout["riTable"] = null;
  let riSources: SettingsLayout["riSources"] = null;
  if (withAhp) {
    row += 1;
    add("crLimit");
    add("riTable");
    const header = row + 1;
    riTable = {
      header,
      first: header + 1,
      last: header + 1 + RI_ROWS.last - RI_ROWS.first,
    };
    const sourcesHeader = riTable.last + 2;
    riSources = {
      header: sourcesHeader,
      first: sourcesHeader + 1,
      last: sourcesHeader + RI_TABLES.length,
    };
  }
  return {
    kind,
    rows,
    riTable,
    riSources,
    has: (key) => rows[key] !== undefined,
    ref: (key) => {
      const r = rows[key];
      if (r === undefined) throw new Error(`the Settings sheet has no ${key}`);
      return sheetRef("settings", absolute(cellAddress(r, VALUE_COL)));
    },
  };
}

const TEXT = {
  name: { id: "Pengaturan", en: "Settings" },
  title: { id: "Pengaturan kartu skor", en: "Scorecard settings" },
  help: {
    id: "Semua parameter yang dipakai rumus buku kerja ini ada di sini. Ubah sel kuning; kartu skor, pelacakan dan dasbor mengikutinya.",
    en: "Every parameter the workbook's formulas use is here. Change a yellow cell; the scorecard, the tracking and the dashboard follow.",
  },
  trafficLight: { id: "Lampu lalu lintas", en: "Traffic light" },
  scoring: { id: "Penilaian", en: "Scoring" },
  consistency: {
    id: "Perbandingan berpasangan (AHP)",
    en: "Pairwise comparisons (AHP)",
  },
  greenAchievement: { id: "Hijau mulai pencapaian", en: "Green from achievement" },
  yellowAchievement: { id: "Kuning mulai pencapaian", en: "Yellow from achievement" },
  greenLevel: { id: "Hijau mulai level", en: "Green from level" },
  yellowLevel: { id: "Kuning mulai level", en: "Yellow from level" },
  greenAchievementNote: {
    id: "Target tercapai: pencapaian 100% atau lebih.",
    en: "Target reached: achievement of 100% or more.",
  },
  yellowAchievementNote: {
    id: "Hampir tercapai; di bawah nilai ini statusnya merah.",
    en: "Nearly there; below this value the status is red.",
  },
  greenLevelNote: {
    id: "Level 8 ke atas: target tercapai.",
    en: "Level 8 and above: target reached.",
  },
  yellowLevelNote: {
    id: "Membaik tetapi belum di target; di bawah nilai ini (pada atau di bawah level dasar) statusnya merah.",
    en: "Improving but not yet at target; below this value (at or below the baseline) the status is red.",
  },
  cap: { id: "Batas atas pencapaian", en: "Cap on achievement" },
  capNote: {
    id: "Kosong = tanpa batas, seperti sumbernya (pencapaian di atas 100% dihitung penuh). Isi misalnya 100% agar KPI yang melampaui target tidak menutupi KPI yang merah dalam indeks.",
    en: "Blank = no cap, as in the source (achievement above 100% counts in full). Type e.g. 100% so that KPIs above target cannot hide red KPIs in the index.",
  },
  midLevel: { id: "Level jangkar tengah", en: "Middle anchor level" },
  midLevel3: {
    id: "3 = nilai dasar (periode acuan) di level 3, OMAX standar.",
    en: "3 = the baseline (reference period) sits at level 3, standard OMAX.",
  },
  midLevel8: {
    id: "8 = target minimum di level 8 (batas bawah hijau), seperti pada Performance Prism.",
    en: "8 = the minimum target sits at level 8 (the lower bound of green), as in the Performance Prism.",
  },
  levelMode: { id: "Cara menentukan level", en: "How a level is read" },
  levelModeNote: {
    id: "floor = level tertinggi yang sudah dicapai; nearest = level terdekat; interpolate = level pecahan di antara dua level.",
    en: "floor = the highest level reached; nearest = the closest level; interpolate = a fractional level between two levels.",
  },
  crLimit: { id: "Batas CR", en: "CR limit" },
  crLimitNote: {
    id: "Penilaian dianggap konsisten bila rasio konsistensi (CR) paling tinggi nilai ini (Saaty: 0,10).",
    en: "Judgements count as consistent when the consistency ratio (CR) is at most this value (Saaty: 0.10).",
  },
  riTable: { id: "Tabel indeks acak (RI)", en: "Random index (RI) table" },
  riTableNote: {
    id: "Pilih tabel RI untuk menghitung CR di setiap blok AHP (bawaan saaty1980, dipakai sebagian besar skripsi dan tesis di Indonesia). Nilai RI tabel terpilih ada di bawah, sumber setiap tabel di bawahnya lagi.",
    en: "Choose the RI table every AHP block computes CR with (default saaty1980, used by most Indonesian theses). The chosen table's RI values are below, each table's source further down.",
  },
  riTablePrompt: {
    id: "Salah satu tabel RI di daftar sumber di bawah",
    en: "One of the RI tables listed with their sources below",
  },
  n: { id: "Jumlah kriteria (n)", en: "Criteria (n)" },
  ri: { id: "RI", en: "RI" },
  riTables: { id: "Tabel RI", en: "RI table" },
  riCovers: { id: "Berlaku untuk", en: "Covers" },
  riSource: { id: "Sumber", en: "Source" },
  anyN: { id: "semua n", en: "any n" },
} satisfies Record<string, Text>;

/** What a reader should know about a table beyond its source. */
const RI_REMARKS: Readonly<Record<RiTable, Text | null>> = {
  saaty1980: null,
  saaty2005: null,
  "alonso-lamata": { id: "Tabel hasil simulasi.", en: "Simulated table." },
  "alonso-lamata-fit": {
    id: "Rumus pendekatan: RI = (1,7699·n − 4,3513) / (n − 1).",
    en: "Fitted formula: RI = (1.7699·n − 4.3513) / (n − 1).",
  },
  "donegan-dodd": {
    id: "Tabulasi n = 3…20, 25, 30, 40 … 100; linear di antaranya.",
    en: "Tabulated at n = 3…20, 25, 30, 40 … 100; linear in between.",
  },
};

/** The default values, as the methods give them. */
export interface SettingsValues {
  midLevel?: 3 | 8;
  levelMode?: LevelMode;
}

export function settingsSheet(
  lang: Lang,
  layout: SettingsLayout,
  values: SettingsValues = {}
): SheetPlan {
  const sheet = new SheetBuilder("settings", t(lang, TEXT.name)).tab("#718096");
  sheet.put(0, 0, t(lang, TEXT.title), { style: "title" });
  sheet.put(1, 0, t(lang, TEXT.help), { style: "note" });
  const put = (
    key: SettingKey,
    label: Text,
    value: number | string | null,
    note: Text,
    numberFormat?: string
  ) => {
    const row = layout.rows[key];
    if (row === undefined) return;
    sheet.put(row, 0, t(lang, label), { style: "label" });
    if (value === null) sheet.blank(row, VALUE_COL, { style: "input", numberFormat });
    else sheet.put(row, VALUE_COL, value, { style: "input", numberFormat });
    sheet.put(row, 2, t(lang, note), { style: "note" });
  };
  const section = (row: number, title: Text) =>
    sheet.put(row, 0, t(lang, title), { style: "section" });
  const cell = (key: SettingKey) => cellAddress(layout.rows[key]!, VALUE_COL);

  if (layout.kind === "achievement") {
    put("green", TEXT.greenAchievement, ACHIEVEMENT_GREEN, TEXT.greenAchievementNote, "0%");
    put("yellow", TEXT.yellowAchievement, ACHIEVEMENT_YELLOW, TEXT.yellowAchievementNote, "0%");
    put("cap", TEXT.cap, null, TEXT.capNote, "0%");
    sheet.validate({
      range: cell("cap"),
      type: "decimal",
      min: 1,
      max: 10,
      prompt: {
        id: "Kosongkan untuk tanpa batas, atau isi 100% atau lebih",
        en: "Leave blank for no cap, or type 100% or more",
      },
    });
  } else {
    put("green", TEXT.greenLevel, LEVEL_GREEN, TEXT.greenLevelNote, "0");
    put("yellow", TEXT.yellowLevel, LEVEL_YELLOW, TEXT.yellowLevelNote, "0");
    const mid = values.midLevel ?? 3;
    put("midLevel", TEXT.midLevel, mid, mid === 8 ? TEXT.midLevel8 : TEXT.midLevel3, "0");
    sheet.validate({
      range: cell("midLevel"),
      type: "whole",
      min: 1,
      max: 9,
      prompt: {
        id: "Level 1–9: 3 (dasar) atau 8 (target minimum)",
        en: "Level 1–9: 3 (baseline) or 8 (minimum target)",
      },
    });
    put("levelMode", TEXT.levelMode, values.levelMode ?? "floor", TEXT.levelModeNote);
    sheet.validate({
      range: cell("levelMode"),
      type: "list",
      values: [...LEVEL_MODES],
      prompt: TEXT.levelMode,
    });
  }
  sheet.validate({
    range: rangeAddress(layout.rows.green!, VALUE_COL, layout.rows.yellow!, VALUE_COL),
    type: "decimal",
    min: 0,
    prompt: {
      id: "Ambang: hijau mulai nilai ini (hijau ≥ kuning)",
      en: "Threshold: the status starts at this value (green ≥ yellow)",
    },
  });
  section(layout.rows.green! - 1, TEXT.trafficLight);
  const scoringRow = layout.rows.cap ?? layout.rows.midLevel;
  if (scoringRow !== undefined) section(scoringRow - 1, TEXT.scoring);

  if (layout.riTable) {
    section(layout.rows.crLimit! - 1, TEXT.consistency);
    put("crLimit", TEXT.crLimit, CR_LIMIT, TEXT.crLimitNote, "0.00");
    sheet.validate({
      range: cell("crLimit"),
      type: "decimal",
      min: 0,
      max: 1,
      prompt: TEXT.crLimit,
    });
    // The RI table is chosen here and every AHP.CHECK reads the choice, so one cell changes every
    // CR; the native re-performance looks the chosen table up by the same name.
    put("riTable", TEXT.riTable, AHP_RI_TABLE, TEXT.riTableNote);
    sheet.validate({
      range: cell("riTable"),
      type: "list",
      values: [...RI_TABLES],
      prompt: TEXT.riTablePrompt,
    });
    const choice = absolute(cell("riTable"));
    const { header, first } = layout.riTable;
    const sources = layout.riSources as NonNullable<SettingsLayout["riSources"]>;
    const names = absolute(rangeAddress(sources.first, 0, sources.last, 0));
    const citations = absolute(rangeAddress(sources.first, 2, sources.last, 2));
    sheet.putRow(header, 0, [t(lang, TEXT.n), t(lang, TEXT.ri)], { style: "header" });
    // The chosen table's source, beside its values.
    sheet.put(header, 2, `=INDEX(${citations},MATCH(${choice},${names},0))`, { style: "note" });
    for (let n = RI_ROWS.first; n <= RI_ROWS.last; n++) {
      const row = first + n - RI_ROWS.first;
      sheet.put(row, 0, n, { style: "label" });
      sheet.put(row, VALUE_COL, `=AHP.RI(${cellAddress(row, 0)},${choice})`, {
        style: "formula",
        numberFormat: "0.0000",
      });
    }
    sheet.putRow(
      sources.header,
      0,
      [t(lang, TEXT.riTables), t(lang, TEXT.riCovers), t(lang, TEXT.riSource)],
      { style: "header" }
    );
    RI_TABLES.forEach((table, k) => {
      const row = sources.first + k;
      const max = RI_TABLE_MAX_N[table];
      const remark = RI_REMARKS[table];
      sheet.put(row, 0, table, { style: "label" });
      sheet.put(row, 1, Number.isFinite(max) ? `n ≤ ${max}` : t(lang, TEXT.anyN), {
        style: "label",
      });
      sheet.put(
        row,
        2,
        remark ? `${RI_TABLE_SOURCES[table]} ${t(lang, remark)}` : RI_TABLE_SOURCES[table],
        { style: "note" }
      );
    });
  }
  sheet.widths([30, 14, 90], 0);
  return sheet.build();
}
