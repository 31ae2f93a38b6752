/**
 * An asynchronous action started by a button: whether it is running, and what came of it as a
 * message for a MessageBar (a failure's message is shown, never only logged). Messages are worded
 * when shown, so one made before the language was switched reads in the new language.
 */
import { useCallback, useRef, useState } from "react";
import type { Language } from "../i18n";
import { messageOf } from "../port-context";

/** A message's text: fixed, or worded in the pane's language when shown. */
export type Words = string | ((language: Language) => string);

export function wordsOf(words: Words, language: Language): string {
  return typeof words === "function" ? words(language) : words;
}

export interface Outcome {
  intent: "success" | "warning" | "error" | "info";
  title?: Words;
  text: Words;
}

export interface Action {
  busy: boolean;
  outcome: Outcome | null;
  /** Runs `task`; its return value is the outcome to show; a throw shows an error titled `failedTitle`. */
  run: (task: () => Promise<Outcome | null>, failedTitle?: Words) => Promise<void>;
  setOutcome: (outcome: Outcome | null) => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);
  const run = useCallback(async (task: () => Promise<Outcome | null>, failedTitle?: Words) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await task());
    } catch (error) {
      // A WorkbookError is worded from strings.ts in the language shown at the time.
      setOutcome({ intent: "error", title: failedTitle, text: ({ s }) => messageOf(error, s) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, outcome, run, setOutcome };
}
