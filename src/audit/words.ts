/** Numbers and sizes in the audit's messages, in the message's language. */
import type { Lang } from "../sheet/plan";
import type { Text } from "../sheet/text";

const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en-US" };

/** The same words in both languages, with numbers formatted for each. */
export function both(make: (lang: Lang) => string): Text {
  return { id: make("id"), en: make("en") };
}

/** "10,000" / "10.000". */
export function count(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALE[lang]);
}

/** "12.5 MiB" for limits and sizes. */
export function mebibytes(bytes: number): string {
  const mib = bytes / 2 ** 20;
  return `${mib >= 10 ? Math.round(mib) : Number(mib.toFixed(1))} MiB`;
}

/** A stored or re-performed number: 10 significant digits ("0,4672959828" in Indonesian). */
export function decimal(n: number, lang: Lang): string {
  return n.toLocaleString(LOCALE[lang], { maximumSignificantDigits: 10, useGrouping: false });
}

/** A difference: 3 significant digits, or "2.2e-16" (Indonesian "2,2e-16") when tiny. */
export function difference(n: number, lang: Lang): string {
  if (n === 0) return "0";
  const text =
    Math.abs(n) < 1e-4
      ? n.toExponential(1)
      : n.toLocaleString("en-US", { maximumSignificantDigits: 3, useGrouping: false });
  return lang === "id" ? text.replace(".", ",") : text;
}
