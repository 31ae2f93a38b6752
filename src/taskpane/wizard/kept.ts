/**
 * The wizard's work as the pane keeps it with the document (port.savePaneState), so that closing or
 * reloading the pane loses nothing: the criteria, every respondent's answers, which answers are
 * shown, and the pane's language. Versioned JSON; a record that does not parse — damaged, from
 * another version, or not the shape below — is ignored with a console warning, never a crash.
 *
 * Version 1: { "v": 1, "lang": "id" | "en", "criteria": [names], "text"?: the criteria box when it
 * differs from the names one per line, "answers": [{ "i-j": position }, … one per respondent],
 * "view": respondent index | "group" }. Positions are −8…8 (wizard/model.ts); 0 (equal) is left
 * out, as a missing answer means equal.
 */
import type { Lang } from "../../sheet/plan";
import { criteriaProblem, MAX_CRITERIA, SCALE_STEPS } from "./bounds";
import type { Answers, WizardData, WizardView } from "./model";

/** The key the work is kept under. */
export const KEPT_WIZARD_KEY = "kinerja.wizard";
export const KEPT_WIZARD_VERSION = 1;

/** Bounds a record must keep within (a document is untrusted: it may carry anything). */
const MAX_KEPT_CHARS = 200_000;
const MAX_RESPONDENTS = 100;

export interface KeptWizard {
  lang: Lang;
  data: WizardData;
}

interface StoredV1 {
  v: 1;
  lang: Lang;
  criteria: string[];
  text?: string;
  answers: Answers[];
  view: WizardView;
}

/** The work as the text kept with the document. */
export function keptWizardText(data: WizardData, lang: Lang): string {
  const stored: StoredV1 = {
    v: KEPT_WIZARD_VERSION,
    lang,
    criteria: data.criteria,
    ...(data.criteriaText !== data.criteria.join("\n") ? { text: data.criteriaText } : {}),
    answers: data.respondents.map((answers) =>
      Object.fromEntries(Object.entries(answers).filter(([, position]) => position !== 0))
    ),
    view: data.view,
  };
  return JSON.stringify(stored);
}

/** The work kept, or null: nothing kept, or something that does not parse (with a warning). */
export function parseKeptWizard(text: string | null): KeptWizard | null {
  if (text === null) return null;
  try {
    return fromStored(text);
  } catch (error) {
    console.warn(
      `Kinerja ignored the wizard's work kept with this document: ${(error as Error).message}`
    );
    return null;
  }
}

function fromStored(text: string): KeptWizard {
  if (text.length > MAX_KEPT_CHARS)
    throw new Error(`it is ${text.length} characters long (at most ${MAX_KEPT_CHARS})`);
  const stored: unknown = JSON.parse(text);
  if (!isRecord(stored)) throw new Error("it is not an object");
  if (stored.v !== KEPT_WIZARD_VERSION)
    throw new Error(`it is version ${JSON.stringify(stored.v)}, this pane reads version 1`);
  const { lang, criteria, answers, view } = stored;
  if (lang !== "id" && lang !== "en") throw new Error(`lang is ${JSON.stringify(lang)}`);
  if (
    !Array.isArray(criteria) ||
    criteria.length > MAX_CRITERIA ||
    !criteria.every((c) => typeof c === "string" && c.trim() === c && c.length > 0) ||
    criteriaProblem(criteria) !== null
  )
    throw new Error("criteria are not 2 to 15 different names");
  const textBox = stored.text ?? criteria.join("\n");
  if (typeof textBox !== "string") throw new Error("text is not the criteria box's text");
  if (!Array.isArray(answers) || answers.length < 1 || answers.length > MAX_RESPONDENTS)
    throw new Error(`answers are not 1 to ${MAX_RESPONDENTS} respondents`);
  const respondents = answers.map((entry, k) => respondentAnswers(entry, criteria.length, k));
  const isRespondent =
    typeof view === "number" && Number.isInteger(view) && view >= 0 && view < respondents.length;
  if (view !== "group" && !isRespondent)
    throw new Error(`view ${JSON.stringify(view)} is not a respondent or "group"`);
  return {
    lang,
    data: { criteriaText: textBox, criteria, respondents, view: view as WizardView },
  };
}

/** One respondent's answers: pairs "i-j" with i < j < n, positions whole numbers in −8…8. */
function respondentAnswers(entry: unknown, n: number, k: number): Answers {
  if (!isRecord(entry)) throw new Error(`respondent ${k + 1}'s answers are not an object`);
  const answers: Answers = {};
  for (const [key, position] of Object.entries(entry)) {
    const pair = /^(\d+)-(\d+)$/.exec(key);
    if (!pair || Number(pair[1]) >= Number(pair[2]) || Number(pair[2]) >= n)
      throw new Error(
        `respondent ${k + 1} answers ${JSON.stringify(key)}, not a pair of the criteria`
      );
    if (
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      Math.abs(position) > SCALE_STEPS
    )
      throw new Error(`respondent ${k + 1}'s answer to ${key} is ${JSON.stringify(position)}`);
    answers[key] = position;
  }
  return answers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
