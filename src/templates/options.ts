/** What the pane, the CLI and the tests pass to a template. */
import type { Lang, PeriodKind, TemplateId } from "../sheet/plan";

/**
 * How results are computed: with Kinerja's functions (=AHP.WEIGHTS(…), live with the add-in) or
 * re-performed with native formulas every spreadsheet has, their steps shown (no add-in needed).
 */
export type FormulaStyle = "kinerja" | "native";
export const FORMULA_STYLES: readonly FormulaStyle[] = ["native", "kinerja"];

export interface TemplateOptions {
  /** A filled example from the seed documents (true) or a blank template with rows to fill in. */
  example: boolean;
  lang: Lang;
  periods: PeriodKind;
  /** First year of the Tracking sheet. */
  year: number;
  /** KPI rows to fill in per group (perspective, stakeholder…) in a blank template. */
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
