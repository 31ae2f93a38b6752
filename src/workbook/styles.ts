/**
 * What each named cell style of a sheet plan looks like, as plain data shared by the writers
 * (Office.js in office-writer.ts, exceljs for .xlsx files). Colours are "#RRGGBB"; each writer turns
 * them into its own form (exceljs wants "FF0F6C5C").
 *
 * A border belongs to every cell of the style: a "total" row has a line above each of its cells, so a
 * writer that formats a whole block at once must also draw the inside lines (see office-writer.ts).
 */
import type { CellStyle } from "../sheet/plan";

export type HexColor = string;

export interface BorderLine {
  weight: "thin" | "medium";
  color: HexColor;
}

export interface CellFormat {
  fill?: HexColor;
  fontColor?: HexColor;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; absent = the workbook's default (11). */
  size?: number;
  border?: { top?: BorderLine; bottom?: BorderLine; left?: BorderLine; right?: BorderLine };
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
}

/** The house palette: calm, professional, readable when printed in grey. */
export const PALETTE = {
  teal: "#0F6C5C",
  tealLight: "#E6F2EF",
  white: "#FFFFFF",
  inputYellow: "#FFF8DC",
  formulaGrey: "#F3F3F3",
  gridGrey: "#D9D9D9",
  text: "#262626",
  noteGrey: "#6E6E6E",
  mutedGrey: "#A6A6A6",
} as const;

const hairline: BorderLine = { weight: "thin", color: PALETTE.gridGrey };
const boxed = { top: hairline, bottom: hairline, left: hairline, right: hairline };

export const CELL_FORMATS: Readonly<Record<CellStyle, CellFormat>> = {
  title: { bold: true, size: 16, fontColor: PALETTE.teal },
  subtitle: { italic: true, fontColor: PALETTE.noteGrey },
  // Not wrapped and not filled: a section title runs on over the empty cells to its right, as a
  // heading, instead of breaking inside a narrow first column.
  section: { bold: true, size: 12, fontColor: PALETTE.teal, vertical: "middle" },
  header: {
    fill: PALETTE.teal,
    fontColor: PALETTE.white,
    bold: true,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
  },
  label: { fontColor: PALETTE.text },
  // Inputs and formulas are boxed so the cells to type in stand out from the computed ones.
  input: { fill: PALETTE.inputYellow, border: boxed },
  formula: { fill: PALETTE.formulaGrey, fontColor: PALETTE.text, border: boxed },
  total: { bold: true, border: { top: { weight: "thin", color: PALETTE.teal } } },
  check: { bold: true, horizontal: "center" },
  note: { italic: true, fontColor: PALETTE.noteGrey },
  muted: { fontColor: PALETTE.mutedGrey },
};

/** The concrete formatting of a named style. */
export function cellFormat(style: CellStyle): CellFormat {
  return CELL_FORMATS[style];
}

/**
 * Traffic-light colours for the GREEN / YELLOW / RED status cells (Excel's own "Good / Neutral / Bad"
 * cell styles, so they look familiar). Spec §4.3: the status text itself is language-independent.
 */
export const TRAFFIC_LIGHT_COLORS = {
  GREEN: { fill: "#C6EFCE", font: "#006100" },
  YELLOW: { fill: "#FFEB9C", font: "#9C5700" },
  RED: { fill: "#FFC7CE", font: "#9C0006" },
} as const;

/**
 * A range with a look of its own, beside the named styles: what a writer draws with cells where its
 * spreadsheet has no shapes (the strategy map in Google Sheets). Later looks win over earlier ones.
 */
export interface RangeLook {
  range: string;
  format: CellFormat;
}
