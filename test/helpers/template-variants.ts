/** Every template in both content kinds, both languages and all three period kinds: 48 variants. */
import { TEMPLATE_IDS } from "../../src/templates";
import type { TemplateOptions } from "../../src/templates/options";
import type { SheetPlan, WorkbookPlan } from "../../src/sheet/plan";

export const TEMPLATE_VARIANTS = TEMPLATE_IDS.flatMap((id) =>
  [true, false].flatMap((example) =>
    (["id", "en"] as const).flatMap((lang) =>
      (["monthly", "quarterly", "yearly"] as const).map((periods) => ({
        id,
        example,
        lang,
        periods,
      }))
    )
  )
);

/** A template's options for a test: the filled example, Bahasa Indonesia, monthly 2026, unless told. */
export const exampleOptions = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  example: true,
  lang: "id",
  periods: "monthly",
  year: 2026,
  kpisPerGroup: 2,
  ...over,
});

/** A plan's sheet by key; a missing one fails the test. */
export function sheetOf(plan: WorkbookPlan, key: string): SheetPlan {
  const found = plan.sheets.find((s) => s.key === key);
  if (!found) throw new Error(`no sheet ${key}`);
  return found;
}
