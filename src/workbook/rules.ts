/**
 * Conditional formats as custom formulas, for the writers whose spreadsheet takes them so (Office.js,
 * Google Sheets). A formula refers to the range's top-left cell without $, so it moves with each cell
 * of the range. Text rules compare with = (whole text, without regard to case), which "contains"
 * would not: "NOT OK" contains "OK".
 */
import type { ConditionalFormatPlan } from "../sheet/plan";
import { cellAddress, parseRange } from "../sheet/a1";

/** A custom-formula rule and the look it gives a cell where the formula is TRUE. */
export interface FormulaRule {
  formula: string;
  fill?: string;
  font: string;
}

/** The plan's rules that are formulas everywhere (the traffic-light icons are not). */
export type TextRulePlan = Exclude<ConditionalFormatPlan, { type: "trafficIcons" }>;

export function formulaRule(format: TextRulePlan): FormulaRule {
  const { top, left } = parseRange(format.range);
  const cell = cellAddress(top, left);
  switch (format.type) {
    case "textEquals":
      return {
        formula: `=${cell}=${formulaText(format.text)}`,
        fill: format.fill,
        font: format.font,
      };
    case "textNotEquals":
      // A blank cell is not "different from OK".
      return {
        formula: `=AND(${cell}<>"",${cell}<>${formulaText(format.text)})`,
        fill: format.fill,
        font: format.font,
      };
    case "noValue":
      return { formula: `=ISNA(${cell})`, font: format.font };
  }
}

/** A text literal for a formula: "say ""hi""". */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
