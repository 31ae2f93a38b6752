/**
 * A workbook's language, from its texts: the templates' labels that differ between Bahasa Indonesia
 * and English each vote for theirs. What the audit report and the Audit sheet speak.
 */
import type { Lang } from "../sheet/plan";
import type { Text } from "../sheet/text";
import { L } from "../templates/text";

const LABELS = new Map<string, Lang>(
  Object.values(L).flatMap((text: Text) =>
    text.id === text.en
      ? []
      : [
          [text.id.toLowerCase(), "id" as Lang],
          [text.en.toLowerCase(), "en" as Lang],
        ]
  )
);

/** The language more of `texts` are labels in, or null when they do not tell. */
export function labelLanguage(texts: Iterable<unknown>): Lang | null {
  const votes = { id: 0, en: 0 };
  for (const text of texts) {
    if (typeof text !== "string") continue;
    const lang = LABELS.get(text.trim().toLowerCase());
    if (lang) votes[lang]++;
  }
  return votes.id === votes.en ? null : votes.id > votes.en ? "id" : "en";
}
