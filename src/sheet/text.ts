/** Bilingual text for the sheets: every label a template writes exists in Indonesian and English. */
import type { Lang } from "./plan";

/** A bilingual string: Indonesian (`id`) and English (`en`). */
export interface Text {
  id: string;
  en: string;
}

/** The text in the sheet's language. */
export function t(lang: Lang, text: Text): string {
  return text[lang];
}
