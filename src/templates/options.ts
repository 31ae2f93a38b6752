/** What the pane, the CLI and the tests pass to a template. */
import type { Lang, PeriodKind, TemplateId } from "../sheet/plan";

export interface TemplateOptions {
  /** A filled example from the seed documents (true) or a blank template with placeholder rows. */
  example: boolean;
  lang: Lang;
  periods: PeriodKind;
  /** First year of the Tracking sheet. */
  year: number;
  /** Placeholder KPI rows per group (perspective, stakeholder…) in a blank template. */
  kpisPerGroup: number;
}

export const DEFAULT_OPTIONS: TemplateOptions = {
  example: false,
  lang: "id",
  periods: "monthly",
  year: new Date().getFullYear(),
  kpisPerGroup: 2,
};

export const TEMPLATE_IDS: readonly TemplateId[] = ["umkm", "bsc", "prism", "ipms"];
