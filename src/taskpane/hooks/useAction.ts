/**
 * An asynchronous action started by a button: whether it is running, and what came of it as a
 * message for a MessageBar (a failure's message is shown, never only logged).
 */
import { useCallback, useRef, useState } from "react";
import { useLanguage } from "../i18n";
import { messageOf } from "../port-context";

export interface Outcome {
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  text: string;
}

export interface Action {
  busy: boolean;
  outcome: Outcome | null;
  /** Runs `task`; its return value is the outcome to show; a throw shows an error titled `failedTitle`. */
  run: (task: () => Promise<Outcome | null>, failedTitle?: string) => Promise<void>;
  setOutcome: (outcome: Outcome | null) => void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);
  const { s } = useLanguage();
  const run = useCallback(
    async (task: () => Promise<Outcome | null>, failedTitle?: string) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setOutcome(null);
      try {
        setOutcome(await task());
      } catch (error) {
        setOutcome({ intent: "error", title: failedTitle, text: messageOf(error, s) });
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [s]
  );
  return { busy, outcome, run, setOutcome };
}
