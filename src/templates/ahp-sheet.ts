/**
 * Pairwise-comparison blocks for the AHP sheets: the matrix (upper triangle typed by the user,
 * diagonal 1, lower triangle =1/upper so an auditor sees every reciprocal), the live weights
 * (=AHP.WEIGHTS, spilled down a column) and the live check (=AHP.CHECK, spilled label/value rows).
 */
import { nearestSaatyValue } from "../core";
import { cellAddress, rangeAddress } from "./a1";
import { SheetBuilder, absCell } from "./builder";
import type { Lang, SheetPlan } from "./plan";
import { sheetRef } from "./plan";
import { COLORS } from "./scorecard";
import type { Text } from "./text";
import { t } from "./text";

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
  weights: { id: "Bobot", en: "Weight" },
  check: { id: "Konsistensi", en: "Consistency" },
  help: {
    id: "Isi segitiga atas (sel kuning): berapa kali baris lebih penting dari kolom, skala 1–9; 1/3 bila kolom 3× lebih penting. Segitiga bawah = 1/atas.",
    en: "Fill in the upper triangle (yellow): how many times the row matters more than the column, scale 1–9; 1/3 when the column matters 3× more. Lower triangle = 1/upper.",
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
 * Writes a block at (top, left): title, labels, matrix, weights, consistency check.
 * `judgements[i][j]` for i < j is typed in; the rest is derived.
 */
export function writeAhpBlock(
  sheet: SheetBuilder,
  lang: Lang,
  top: number,
  left: number,
  title: string,
  labels: string[],
  judgements: number[][]
): AhpBlock {
  const n = labels.length;
  sheet.put(top, left, title, { style: "section" });
  const headerRow = top + 1;
  const firstRow = headerRow + 1;
  labels.forEach((label, j) => sheet.put(headerRow, left + 1 + j, label, { style: "header" }));
  const weightCol = left + n + 2;
  sheet.put(headerRow, weightCol, t(lang, BLOCK_TEXT.weights), { style: "header" });
  labels.forEach((label, i) => {
    const row = firstRow + i;
    sheet.put(row, left, label, { style: "label" });
    for (let j = 0; j < n; j++) {
      const col = left + 1 + j;
      if (i === j) sheet.put(row, col, 1, { style: "formula", numberFormat: "0.00" });
      else if (j > i)
        sheet.put(row, col, judgementCell(judgements[i][j]), {
          style: "input",
          numberFormat: "0.00",
        });
      else
        sheet.put(row, col, `=1/${cellAddress(firstRow + j, left + 1 + i)}`, {
          style: "formula",
          numberFormat: "0.00",
        });
    }
  });
  const matrix = rangeAddress(firstRow, left + 1, firstRow + n - 1, left + n);
  sheet.put(firstRow, weightCol, `=AHP.WEIGHTS(${matrix})`, {
    style: "formula",
    numberFormat: "0.0000",
    spill: { rows: n, columns: 1 },
  });
  const checkCol = weightCol + 2;
  sheet.put(headerRow, checkCol, t(lang, BLOCK_TEXT.check), { style: "header" });
  sheet.put(headerRow, checkCol + 1, "", { style: "header" });
  sheet.put(firstRow, checkCol, `=AHP.CHECK(${matrix})`, {
    style: "formula",
    numberFormat: "0.0000",
    spill: { rows: 6, columns: 2 },
  });
  sheet.format({
    range: cellAddress(firstRow + 4, checkCol + 1),
    type: "textEquals",
    text: "INCONSISTENT",
    fill: "#FFC7CE",
    font: "#9C0006",
  });
  sheet.format({
    range: cellAddress(firstRow + 4, checkCol + 1),
    type: "textEquals",
    text: "CONSISTENT",
    fill: "#C6EFCE",
    font: "#006100",
  });
  return {
    weightRow: firstRow,
    weightCol,
    crCell: cellAddress(firstRow + 3, checkCol + 1),
    height: Math.max(n, 6) + 3,
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

  constructor(
    private readonly lang: Lang,
    title: Text,
    note?: string
  ) {
    this.sheet = new SheetBuilder("ahp", "AHP").tab(COLORS.ahp);
    this.sheet.put(0, 0, t(lang, title), { style: "title" });
    this.sheet.put(1, 0, ahpHelp(lang), { style: "note" });
    if (note) this.sheet.put(2, 0, note, { style: "muted" });
  }

  add(title: string, labels: string[], judgements: number[][]): AhpBlock {
    const block = writeAhpBlock(this.sheet, this.lang, this.top, 0, title, labels, judgements);
    this.top += block.height + 1;
    return block;
  }

  /** "=«ahp»!$H$7": the k-th weight of a block, for the register. */
  static weightFormula(block: AhpBlock, k: number): string {
    return `=${sheetRef("ahp", absCell(block.weightRow + k, block.weightCol))}`;
  }

  build(): SheetPlan {
    return this.sheet.widths([30, ...new Array(11).fill(9), 4, 10, 4, 26, 12]).build();
  }
}

/** Judgements of "all equal" for n criteria: where a blank template starts. */
export function equalJudgements(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(1));
}
