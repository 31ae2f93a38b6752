/**
 * Scorecard templates: pure functions from options to a sheet plan.
 */
import { bscPlan } from "./bsc";
import { ipmsPlan } from "./ipms";
import { prismPlan } from "./prism";
import { umkmPlan } from "./umkm";
import type { TemplateOptions } from "./options";
import type { TemplateId, WorkbookPlan } from "../sheet/plan";

export { DEFAULT_OPTIONS, FORMULA_STYLES, TEMPLATE_IDS } from "./options";
export type { FormulaStyle, TemplateOptions } from "./options";

const BUILDERS: Record<TemplateId, (options: TemplateOptions) => WorkbookPlan> = {
  umkm: umkmPlan,
  bsc: bscPlan,
  prism: prismPlan,
  ipms: ipmsPlan,
};

/**
 * The template's plan, with Kinerja's functions: `options.formulas` is applied by the caller
 * (src/native's nativePlan), which the templates do not import.
 */
export function buildPlan(template: TemplateId, options: TemplateOptions): WorkbookPlan {
  return BUILDERS[template](options);
}
