/**
 * The pane's language: a context holding the chosen language, its strings and number formatting
 * (Intl.NumberFormat id-ID: 0,6370; en-US: 0.6370). The language starts from Office's display
 * language and can be switched in the header.
 */
/* global document */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { STRINGS, type Lang, type Strings } from "./strings";

export interface Language {
  lang: Lang;
  setLang: (lang: Lang) => void;
  s: Strings;
  /** A number with exactly `digits` decimals in the language's style. */
  number: (value: number, digits?: number) => string;
  /** A fraction as a percentage: 0.637 → "63.7%" / "63,7%". */
  percent: (value: number, digits?: number) => string;
  /** A judgement as people say it: 5 → "5", 0.2 → "1/5", 3.873 → "3.87". */
  judgement: (value: number) => string;
}

const LanguageContext = createContext<Language | null>(null);

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, digits: number, style: "decimal" | "percent"): Intl.NumberFormat {
  const key = `${lang}:${digits}:${style}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", {
      style,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, found);
  }
  return found;
}

export function languageValue(lang: Lang, setLang: (lang: Lang) => void = () => {}): Language {
  const number = (value: number, digits = 4) => formatter(lang, digits, "decimal").format(value);
  return {
    lang,
    setLang,
    s: STRINGS[lang],
    number,
    percent: (value, digits = 1) => formatter(lang, digits, "percent").format(value),
    judgement: (value) => {
      if (Math.abs(value - Math.round(value)) < 1e-9) return String(Math.round(value));
      const reciprocal = 1 / value;
      if (value < 1 && Math.abs(reciprocal - Math.round(reciprocal)) < 1e-9)
        return `1/${Math.round(reciprocal)}`;
      return number(value, 2);
    },
  };
}

export function LanguageProvider({ initial, children }: { initial: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  const value = useMemo(() => languageValue(lang, setLang), [lang]);
  // Screen readers pronounce the page in its language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  const value = useContext(LanguageContext);
  if (!value) throw new Error("useLanguage outside LanguageProvider");
  return value;
}
