/** What the pane, the CLI and the tests pass to a template. */
import type { Lang, PeriodKind, TemplateId } from "./plan";

/**
 * How results are computed: with Kinerja's functions (=AHP.WEIGHTS(…), live with the add-in) or
 * re-performed with native formulas every spreadsheet has, their steps shown (no add-in needed).
 */
export type FormulaStyle = "kinerja" | "native";
export const FORMULA_STYLES: readonly FormulaStyle[] = ["native", "kinerja"];

export interface TemplateOptions {
  /** A filled example from the seed documents (true) or a blank template with placeholder rows. */
  example: boolean;
  lang: Lang;
  periods: PeriodKind;
  /** First year of the Tracking sheet. */
  year: number;
  /** Placeholder KPI rows per group (perspective, stakeholder…) in a blank template. */
  kpisPerGroup: number;
  /** Kinerja's functions (the default) or native formulas only; applied to the built plan. */
  formulas?: FormulaStyle;
}

export const DEFAULT_OPTIONS: TemplateOptions = {
  example: false,
  lang: "id",
  periods: "monthly",
  year: new Date().getFullYear(),
  kpisPerGroup: 2,
  formulas: "kinerja",
};

export const TEMPLATE_IDS: readonly TemplateId[] = ["umkm", "bsc", "prism", "ipms"];

/** Units shown in the sheet's language (the data uses the Indonesian words). */
const UNIT_EN: Record<string, string> = {
  jumlah: "count",
  orang: "persons",
  rasio: "ratio",
  kali: "times",
  skor: "score",
  hari: "days",
  jam: "hours",
  liter: "litre",
  mil: "miles",
  "juta Rp": "Rp million",
};

export function unitLabel(unit: string | undefined, lang: Lang): string {
  if (!unit) return "";
  return lang === "en" ? (UNIT_EN[unit] ?? unit) : unit;
}
