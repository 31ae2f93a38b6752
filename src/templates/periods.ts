/** Period labels for the Tracking sheet: months, quarters or years, in the sheet's language. */
import type { Lang, PeriodKind } from "../sheet/plan";
import { type Text, t } from "../sheet/text";

const MONTHS: Record<Lang, string[]> = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/** A quarter's prefix: triwulan, quarter. */
const QUARTER: Text = { id: "TW", en: "Q" };

/** How many periods a Tracking sheet holds: a year of months or quarters, five years. */
export const PERIOD_COUNT: Record<PeriodKind, number> = { monthly: 12, quarterly: 4, yearly: 5 };

/** "Jan 2026" … "Des 2026"; "TW1 2026" (triwulan) / "Q1 2026"; "2026" … "2030". */
export function periodLabels(kind: PeriodKind, year: number, lang: Lang): string[] {
  switch (kind) {
    case "monthly":
      return MONTHS[lang].map((month) => `${month} ${year}`);
    case "quarterly":
      return [1, 2, 3, 4].map((q) => `${t(lang, QUARTER)}${q} ${year}`);
    case "yearly":
      return Array.from({ length: PERIOD_COUNT.yearly }, (_, k) => String(year + k));
  }
}

/** The months a tracking period covers. */
export const PERIOD_MONTHS: Record<PeriodKind, number> = { monthly: 1, quarterly: 3, yearly: 12 };
