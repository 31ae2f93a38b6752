/** Every template in both content kinds, both languages and all three period kinds: 48 variants. */
import { TEMPLATE_IDS } from "../../src/templates";

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
