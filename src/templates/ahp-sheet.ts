/**
 * Pairwise-comparison blocks for the AHP sheets: the matrix (upper triangle typed by the user,
 * diagonal 1, lower triangle =1/upper so an auditor sees every reciprocal; a template's blocks end
 * with spare members, room for a KPI added later), the live weights
 * (=AHP.WEIGHTS, spilled down a column) and the live check (=AHP.CHECK, spilled label/value rows,
 * in the sheet's language: its labels and verdict come from src/functions/labels.ts, which the
 * verdict's colours read too).
 */
import { nearestSaatyValue } from "../core";
import { OUTPUT_LABELS } from "../core";
import { absCell, cellAddress, rangeAddress } from "../sheet/a1";
import { AHP_CHECK_FORMATS, ahpCheckFormula } from "./ahp-formulas";
import { SheetBuilder } from "../sheet/builder";
import type { Lang, SheetPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import { COLORS } from "./scorecard";
import { settingsLayout } from "./settings";
import { L } from "./text";
import type { Text } from "../sheet/text";
import { t } from "../sheet/text";

export interface AhpBlock {
  /** 0-based row and column of the first weight (the AHP.WEIGHTS spill), then one per row below. */
  weightRow: number;
  weightCol: number;
  /** The cell holding CR (inside the AHP.CHECK spill). */
  crCell: string;
  /** Rows the block occupies, so the next block starts below. */
  height: number;
}

const BLOCK_TEXT = {
  check: { id: "Konsistensi", en: "Consistency" },
  withinLimit: {
    id: "CR ≤ batas (Pengaturan)",
    en: "CR ≤ limit (Settings)",
  },
  value: { id: "Nilai", en: "Value" },
  help: {
    id: "Isi segitiga atas (sel kuning): berapa kali baris lebih penting dari kolom, skala 1–9. Bila kolom 3× lebih penting, ketik =1/3 (dengan tanda =; 1/3 saja menjadi tanggal). Segitiga bawah = 1/atas. Baris kosong di akhir blok KPI: tempat KPI baru (ketik 1 di diagonalnya dan penilaiannya, atau pakai Tambah KPI).",
    en: "Fill in the upper triangle (yellow): how many times the row matters more than the column, scale 1–9. When the column matters 3× more, type =1/3 (with the =; 1/3 alone becomes a date). Lower triangle = 1/upper. Empty rows at the end of a KPI block: room for a new KPI (type 1 on its diagonal and its judgements, or use Add KPI).",
  },
  judgementPrompt: {
    id: "Angka dari 1/9 sampai 9. Baris lebih penting: 2–9. Kolom lebih penting: ketik =1/3 (dengan tanda =).",
    en: "A number from 1/9 to 9. Row matters more: 2–9. Column matters more: type =1/3 (with the =).",
  },
} satisfies Record<string, Text>;

/** A judgement as a cell content: 3 stays 3, 1/3 is written =1/3 (as a person would type it). */
export function judgementCell(value: number): number | string {
  if (value >= 1 || !Number.isFinite(value)) return Math.round(value * 1e6) / 1e6;
  const reciprocal = 1 / value;
  return Number.isInteger(Math.round(reciprocal * 1e9) / 1e9)
    ? `=1/${Math.round(reciprocal)}`
    : Math.round(value * 1e6) / 1e6;
}

/** Saaty-scale judgements that reproduce intended weights as closely as the scale allows. */
export function judgementsFromWeights(weights: number[]): number[][] {
  return weights.map((wi, i) => weights.map((wj, j) => (i === j ? 1 : nearestSaatyValue(wi / wj))));
}

/**
 * "=0.298/0.26": the judgement of row i against column j as the ratio of printed weights, so the
 * consistent matrix (CR 0) gives exactly those weights and a reader sees where each judgement comes
 * from (for a source that prints weights but not the judgements behind them).
 */
export function ratioCell(weights: readonly number[], i: number, j: number): string {
  const shown = (w: number) => String(Number(w.toPrecision(12)));
  return `=${shown(weights[i])}/${shown(weights[j])}`;
}

/** The short column header of a criterion: the code of "F: Financial", else the label itself. */
export function columnHeader(label: string): string {
  return /^([A-Za-z0-9-]{1,4}):\s/.exec(label)?.[1] ?? label;
}

export interface AhpBlockOptions {
  /** The matrix's column headers; by default each label's code (see `columnHeader`). */
  headers?: string[];
  /** Judgements as ratios of these weights (`ratioCell`), instead of `judgements`. */
  ratioOf?: readonly number[];
  /** A note on the block's title: where its judgements come from. */
  titleNote?: string;
  /**
   * Spare members after the labelled ones, room for a criterion added later: the label and header
   * of each (a formula reading the register's row of room), their row and column left empty.
   */
  room?: string[];
}

/**
 * Writes a block at (top, left), laid out like the pane wizard's:
 *
 *   title
 *              F      C      B      L      Weight
 *   F: …       1      2      4      3      =AHP.WEIGHTS(matrix)   ← spills n rows
 *   …          =1/C8  1      …
 *   (gap)
 *   Consistency                        Value
 *   =AHP.CHECK(matrix,"eigen",«settings»!$B$13[,"id"])             ← spills 6 rows × 2 columns
 *                                      (the RI table: the Settings sheet's choice)
 *
 * `judgements[i][j]` for i < j is typed in (as `judgementCell` writes it, or as `ratioCell`); the
 * rest is derived: every lower-triangle cell is =IF(upper="","",1/upper), so a judgement still to
 * be typed (a spare member's, or one cleared) leaves its mirror empty rather than #DIV/0!. A spare
 * member (`room`) has its row and column empty, diagonal included: AHP.WEIGHTS leaves it out (its
 * weight "") until its judgements are typed. The check's labels sit in the wide label column, so
 * they read in full whatever the size of the matrix.
 */
export function writeAhpBlock(
  sheet: SheetBuilder,
  lang: Lang,
  top: number,
  left: number,
  title: string,
  labels: string[],
  judgements: number[][],
  { headers = labels.map(columnHeader), ratioOf, titleNote, room = [] }: AhpBlockOptions = {}
): AhpBlock {
  const inUse = labels.length;
  const n = inUse + room.length;
  sheet.put(top, left, title, { style: "section", note: titleNote });
  const headerRow = top + 1;
  const firstRow = headerRow + 1;
  [...headers, ...room].forEach((label, j) =>
    sheet.put(headerRow, left + 1 + j, label, { style: "header" })
  );
  const weightCol = left + n + 1;
  sheet.put(headerRow, weightCol, t(lang, L.weight), { style: "header" });
  [...labels, ...room].forEach((label, i) => {
    const row = firstRow + i;
    sheet.put(row, left, label, { style: "label" });
    for (let j = 0; j < n; j++) {
      const col = left + 1 + j;
      const isJudged = i < inUse && j < inUse;
      if (i === j) {
        if (isJudged) sheet.put(row, col, 1, { style: "formula", numberFormat: "0.00" });
        else sheet.blank(row, col, { style: "input", numberFormat: "0.00" });
      } else if (j > i) {
        const judgement = !isJudged
          ? null
          : ratioOf
            ? ratioCell(ratioOf, i, j)
            : judgementCell(judgements[i][j]);
        sheet.put(row, col, judgement, { style: "input", numberFormat: "0.00" });
      } else {
        const upper = cellAddress(firstRow + j, left + 1 + i);
        sheet.put(row, col, `=IF(${upper}="","",1/${upper})`, {
          style: "formula",
          numberFormat: "0.00",
        });
      }
    }
  });
  // The judgements: positive numbers within Saaty's scale, 1/9 to 9 (a typed 1/3 would be a date);
  // on a spare member's row from its diagonal on, where its 1 is typed when it comes into use.
  for (let i = 0; i < n; i++) {
    const from = i < inUse ? left + 2 + i : left + 1 + i;
    if (from > left + n) continue;
    sheet.validate({
      range: rangeAddress(firstRow + i, from, firstRow + i, left + n),
      type: "decimal",
      min: 1 / 9,
      max: 9,
      prompt: BLOCK_TEXT.judgementPrompt,
    });
  }
  const matrix = rangeAddress(firstRow, left + 1, firstRow + n - 1, left + n);
  sheet.put(firstRow, weightCol, `=AHP.WEIGHTS(${matrix})`, {
    style: "formula",
    numberFormat: "0.0000",
    spill: { rows: n, columns: 1 },
  });

  const checkHeader = firstRow + n + 1;
  const checkRow = checkHeader + 1;
  sheet.put(checkHeader, left, t(lang, BLOCK_TEXT.check), { style: "header" });
  sheet.put(checkHeader, left + 1, t(lang, BLOCK_TEXT.value), { style: "header" });
  // English, AHP.CHECK's default, goes unnamed (as in the templates' other formulas).
  // The RI table is the Settings sheet's choice, so changing it there changes every CR.
  const settings = settingsLayout("omax");
  const checkFormula = ahpCheckFormula(
    matrix,
    lang === "en" ? undefined : lang,
    settings.ref("riTable")
  );
  sheet.put(checkRow, left, checkFormula, {
    style: "formula",
    spill: {
      rows: AHP_CHECK_FORMATS.length,
      columns: 2,
      numberFormats: AHP_CHECK_FORMATS.map((format) => [null, format]),
    },
  });
  // The verdict in the sheet's language (AHP.CHECK's language argument).
  const words = OUTPUT_LABELS[lang];
  const verdict = cellAddress(checkRow + 4, left + 1);
  sheet.format({
    range: verdict,
    type: "textEquals",
    text: words.inconsistent,
    fill: "#FFC7CE",
    font: "#9C0006",
  });
  sheet.format({
    range: verdict,
    type: "textEquals",
    text: words.consistent,
    fill: "#C6EFCE",
    font: "#006100",
  });
  // Against the CR limit on the Settings sheet (AHP.CHECK's own verdict uses 0.10).
  const crCell = cellAddress(checkRow + 3, left + 1);
  const limitRow = checkRow + AHP_CHECK_FORMATS.length;
  const limit = settings.ref("crLimit");
  sheet.put(limitRow, left, t(lang, BLOCK_TEXT.withinLimit), { style: "label" });
  sheet.put(
    limitRow,
    left + 1,
    `=IF(ISNUMBER(${crCell}),IF(${crCell}<=${limit},"${words.consistent}","${words.inconsistent}"),"")`,
    { style: "formula" }
  );
  for (const [text, fill, font] of [
    [words.inconsistent, "#FFC7CE", "#9C0006"],
    [words.consistent, "#C6EFCE", "#006100"],
  ])
    sheet.format({ range: cellAddress(limitRow, left + 1), type: "textEquals", text, fill, font });
  return {
    weightRow: firstRow,
    weightCol,
    crCell,
    height: limitRow + 1 - top,
  };
}

export function ahpHelp(lang: Lang): string {
  return t(lang, BLOCK_TEXT.help);
}

/**
 * An AHP sheet: a title, the how-to note, then comparison blocks stacked top to bottom. Templates
 * add one block per level and group, and read each weight back with `weightFormula`.
 */
export class AhpSheet {
  private readonly sheet: SheetBuilder;
  private top = 4;
  /**
   * Per column, the width its contents need (the widest block decides); SheetBuilder.build widens
   * the header columns further, for the headers' longest words (see `widenForHeaders`).
   */
  private readonly widths = new Map<number, number>([[0, 30]]);
  private readonly hasNote: boolean;

  constructor(
    private readonly lang: Lang,
    title: Text,
    note?: string
  ) {
    this.sheet = new SheetBuilder("ahp", "AHP").tab(COLORS.ahp);
    this.sheet.put(0, 0, t(lang, title), { style: "title" });
    this.sheet.put(1, 0, ahpHelp(lang), { style: "note" });
    if (note) this.sheet.put(2, 0, note, { style: "muted", wrap: true });
    this.hasNote = note !== undefined;
  }

  /** A block below the last; `options` as for `writeAhpBlock` (the headers are the labels' codes). */
  add(
    title: string,
    labels: string[],
    judgements: number[][],
    options: Omit<AhpBlockOptions, "headers"> = {}
  ): AhpBlock {
    const headers = labels.map(columnHeader);
    // A spare member's label reads the register: the widths are the labelled members'.
    const block = writeAhpBlock(this.sheet, this.lang, this.top, 0, title, labels, judgements, {
      ...options,
      headers,
    });
    this.top += block.height + 1;
    const need = (col: number, width: number) =>
      this.widths.set(col, Math.max(this.widths.get(col) ?? 0, width));
    // Row labels and the check's labels are plain text in column A; the weights need 0.0000.
    for (const label of labels) need(0, label.length + 2);
    need(block.weightCol, 10);
    return block;
  }

  /** "=«ahp»!$H$7": the k-th weight of a block, for the register. */
  static weightFormula(block: AhpBlock, k: number): string {
    return `=${sheetRef("ahp", absCell(block.weightRow + k, block.weightCol))}`;
  }

  build(): SheetPlan {
    const last = Math.max(...this.widths.keys());
    for (let col = 0; col <= last; col++) this.sheet.width(col, this.widths.get(col) ?? 9);
    // The example's note wraps across the blocks' width.
    if (this.hasNote) this.sheet.merge(2, 0, 2, Math.max(last, 8));
    return this.sheet.build();
  }
}

/** Judgements of "all equal" for n criteria: where a blank template starts. */
export function equalJudgements(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(1));
}
