/**
 * What the UMKM register keeps under its totals line, for its owner to see and change: the list of
 * KPI groups (the register's group drop-down and the dashboard read it; room for more groups) and
 * the measurement periods with the months each covers (the period drop-down and the conversion of
 * targets read it), and the rule that converts a target to one tracking period (docs/methods.md §5).
 */
import { absRange, absolute, cellAddress } from "../sheet/a1";
import type { SheetBuilder } from "../sheet/builder";
import type { Lang } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import { type Text, t } from "../sheet/text";
import type { Frequency } from "./illustrate";
import type { RegisterLayout } from "./register";

/** Rows of the group list: the groups and room for more. */
export const GROUP_ROWS = 8;

export const FREQUENCY_TEXT: Record<Frequency, Text> = {
  monthly: { id: "Bulanan", en: "Monthly" },
  quarterly: { id: "Triwulanan", en: "Quarterly" },
  "year-end": { id: "Akhir tahun", en: "Year end" },
};

/** The months a measurement period covers. */
export const FREQUENCY_MONTHS: Record<Frequency, number> = {
  monthly: 1,
  quarterly: 3,
  "year-end": 12,
};

/** The group list's header: the checker finds the list by it. */
export const GROUP_LIST_HEADER: Text = { id: "Daftar kelompok KPI", en: "KPI group list" };

const TEXT = {
  groups: GROUP_LIST_HEADER,
  period: { id: "Periode ukur", en: "Measured" },
  months: { id: "Bulan", en: "Months" },
  rule: {
    id: "Target per periode: target yang dijumlah (penjualan, pelanggan, jumlah) dikalikan jumlah bulan periode pelacakan ÷ bulan periode ukurnya, bila periode pelacakan lebih panjang (2 pelanggan per bulan = 24 per tahun); rasio dan persen tidak diubah. Daftar kelompok: tambahkan atau ubah nama kelompok di sini; kolom Kelompok dan dasbor membacanya.",
    en: "Target per period: a target that adds up over time (sales, customers, counts) is multiplied by the tracking period's months ÷ its measurement period's months when the tracking period is longer (2 customers a month = 24 a year); ratios and percentages stay as typed. Group list: add or rename groups here; the Group column and the dashboard read it.",
  },
} satisfies Record<string, Text>;

/** Where the lists are on the register sheet (0-based), from the register's layout. */
export interface UmkmLists {
  /** The header row of both lists; the note under the longer one. */
  top: number;
  groupCol: number;
  /** The group list's cells, first to last (room included). */
  groupRows: { first: number; last: number };
  /** The measurement periods: words in `frequency`'s column, months in the next. */
  periodCols: { word: number; months: number };
  periodRows: { first: number; last: number };
  noteRow: number;
  /** On the register sheet: the group list, the period words, the months ($C$27:$C$34). */
  groupRange: string;
  periodWords: string;
  periodMonths: string;
}

export function umkmLists(layout: RegisterLayout): UmkmLists {
  const top = layout.totalRow + 2;
  const groupCol = layout.columnOf("group");
  const word = layout.columnOf("frequency");
  const groupRows = { first: top + 1, last: top + GROUP_ROWS };
  const periodRows = { first: top + 1, last: top + Object.keys(FREQUENCY_TEXT).length };
  return {
    top,
    groupCol,
    groupRows,
    periodCols: { word, months: word + 1 },
    periodRows,
    noteRow: groupRows.last + 2,
    groupRange: absRange(groupRows.first, groupCol, groupRows.last, groupCol),
    periodWords: absRange(periodRows.first, word, periodRows.last, word),
    periodMonths: absRange(periodRows.first, word + 1, periodRows.last, word + 1),
  };
}

/** The group list's cells from another sheet: «register»!$C$27, one per row of the list. */
export function groupCells(layout: RegisterLayout): string[] {
  const { groupRows, groupCol } = umkmLists(layout);
  return Array.from({ length: GROUP_ROWS }, (_, g) =>
    sheetRef(layout.key, absolute(cellAddress(groupRows.first + g, groupCol)))
  );
}

/** Both lists and the note, under the register's totals line. */
export function writeUmkmLists(
  sheet: SheetBuilder,
  lang: Lang,
  layout: RegisterLayout,
  groups: string[]
): void {
  const lists = umkmLists(layout);
  sheet.put(lists.top, lists.groupCol, t(lang, TEXT.groups), { style: "header" });
  for (let g = 0; g < GROUP_ROWS; g++)
    sheet.put(lists.groupRows.first + g, lists.groupCol, groups[g] ?? null, { style: "input" });
  const { word, months } = lists.periodCols;
  sheet.put(lists.top, word, t(lang, TEXT.period), { style: "header" });
  sheet.put(lists.top, months, t(lang, TEXT.months), { style: "header" });
  (Object.keys(FREQUENCY_TEXT) as Frequency[]).forEach((frequency, k) => {
    const row = lists.periodRows.first + k;
    sheet.put(row, word, t(lang, FREQUENCY_TEXT[frequency]), { style: "label" });
    sheet.put(row, months, FREQUENCY_MONTHS[frequency], { style: "label", numberFormat: "0" });
  });
  sheet.put(lists.noteRow, 0, t(lang, TEXT.rule), { style: "note" });
}
