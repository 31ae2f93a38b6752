/**
 * The wizard's work as the pane keeps it with the document (port.savePaneState), so that closing or
 * reloading the pane loses nothing: the criteria, every respondent's answers, which answers are
 * shown, and the pane's language. Versioned JSON; a record that does not parse — damaged, from
 * another version, or not the shape below — is ignored with a console warning, never a crash.
 *
 * Version 1: { "v": 1, "lang": "id" | "en", "criteria": [names], "text"?: the criteria box when it
 * differs from the names one per line, "answers": [{ "i-j": position }, … one per respondent],
 * "view": respondent index | "group" }. Positions are −8…8 (wizard/model.ts); 0 (equal) is left
 * out, as a missing answer means equal. Written only when they differ from the defaults (and read
 * as the defaults when missing): "maxCr": the CR limit of the group (none), "options": how many
 * options the sensitivity view compares (1), "scores": { criterion name: [0…10 or null, one per
 * option] } (none).
 */
import type { Lang } from "../../sheet/plan";
import {
  criteriaProblem,
  MAX_CRITERIA,
  MAX_OPTIONS,
  SCALE_STEPS,
  SCORE_MAX,
  SCORE_MIN,
  type Scores,
} from "./bounds";
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
  maxCr?: number;
  options?: number;
  scores?: Scores;
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
  if (data.maxCr !== null) stored.maxCr = data.maxCr;
  if (data.options !== 1) stored.options = data.options;
  // Scores of the criteria there are now; those of renamed or removed ones are not kept.
  const scores = Object.fromEntries(
    data.criteria.flatMap((name) => (data.scores[name] ? [[name, data.scores[name]]] : []))
  );
  if (Object.keys(scores).length > 0) stored.scores = scores;
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
  const { maxCr = null, options = 1, scores = {} } = stored;
  if (maxCr !== null && !(typeof maxCr === "number" && maxCr >= 0 && Number.isFinite(maxCr)))
    throw new Error(`maxCr ${JSON.stringify(maxCr)} is not a CR limit ≥ 0`);
  if (
    typeof options !== "number" ||
    !Number.isInteger(options) ||
    options < 1 ||
    options > MAX_OPTIONS
  )
    throw new Error(`options ${JSON.stringify(options)} is not 1 to ${MAX_OPTIONS}`);
  return {
    lang,
    data: {
      criteriaText: textBox,
      criteria,
      respondents,
      view: view as WizardView,
      maxCr,
      options,
      scores: storedScores(scores, criteria),
    },
  };
}

/** Scores: per criterion of the list, up to MAX_OPTIONS of 0…10 or null. */
function storedScores(entry: unknown, criteria: readonly string[]): Scores {
  if (!isRecord(entry)) throw new Error("scores are not an object");
  const scores: Scores = {};
  for (const [name, values] of Object.entries(entry)) {
    if (!criteria.includes(name))
      throw new Error(`scores name ${JSON.stringify(name)}, not one of the criteria`);
    const valid =
      Array.isArray(values) &&
      values.length <= MAX_OPTIONS &&
      values.every(
        (v) => v === null || (typeof v === "number" && v >= SCORE_MIN && v <= SCORE_MAX)
      );
    if (!valid) throw new Error(`the scores of ${JSON.stringify(name)} are not 0 to 10`);
    scores[name] = values as (number | null)[];
  }
  return scores;
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
