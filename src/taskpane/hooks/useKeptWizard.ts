/**
 * Keeping the wizard's work with the document (wizard/kept.ts says what is kept): read once when the
 * pane opens — the start-up takes the pane's language from it, the wizard starts from it — saved a
 * moment after each change (one save for a burst of key presses), at once when the page is hidden
 * or the wizard goes, and cleared by Start over. Nothing is written to a document whose wizard was
 * never used.
 */
/* global document, window */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useLanguage } from "../i18n";
import { messageOf, usePort } from "../port-context";
import { KEPT_WIZARD_KEY, keptWizardText, parseKeptWizard, type KeptWizard } from "../wizard/kept";
import type { WizardData } from "../wizard/model";
import type { WizardState } from "./useWizard";

/** How long the wizard must be still before its work is saved. */
export const SAVE_DELAY_MS = 500;

const reads = new WeakMap<WorkbookPort, Promise<KeptWizard | null>>();
/** What each port's document holds, once read. */
const known = new WeakMap<WorkbookPort, KeptWizard | null>();

/** The work kept with the port's document, read once (a failed read keeps nothing, with a warning). */
export function keptWizard(port: WorkbookPort): Promise<KeptWizard | null> {
  let read = reads.get(port);
  if (!read) {
    read = port
      .loadPaneState(KEPT_WIZARD_KEY)
      .then(parseKeptWizard, (error: unknown) => {
        console.warn(
          `Kinerja could not read the wizard's work kept with the document: ${messageOf(error)}`
        );
        return null;
      })
      .then((kept) => {
        // A save or Start over before the read came back knows better.
        if (!known.has(port)) known.set(port, kept);
        return known.get(port) ?? null;
      });
    reads.set(port, read);
  }
  return read;
}

/** The work kept, if it has been read already (the pane reads it as it opens); else undefined. */
export function keptNow(port: WorkbookPort): KeptWizard | null | undefined {
  return known.get(port);
}

/** What the document holds now, for a wizard that opens again on the same port. */
function remember(port: WorkbookPort, kept: KeptWizard | null): void {
  known.set(port, kept);
  reads.set(port, Promise.resolve(kept));
}

export interface Keeping {
  /** Why the last save failed (null while the work is kept). */
  failed: unknown;
  /** Clears the criteria and every answer, here and in the document. */
  startOver: () => void;
}

/**
 * Saves `wizard`'s work as it changes. A wizard that opened before the kept work was read gets it
 * when the read comes back, unless it was changed meanwhile.
 */
export function useKeepWizard(wizard: WizardState): Keeping {
  const port = usePort();
  const { lang, s } = useLanguage();
  const { criteriaText, criteria, respondents, view, maxCr, scores, options, dispatch } = wizard;
  const [failed, setFailed] = useState<unknown>(null);
  /** There is work to keep: it was restored, or changed since the pane opened (or Start over). */
  const keeping = useRef(!!keptNow(port));
  /** Changed since the wizard opened. */
  const touched = useRef(false);
  /** The work as last seen (null: not yet, or just reset), to tell a change from a re-render. */
  const seen = useRef<WizardData | null>(null);
  /** The text to save (null: remove it), or undefined when nothing waits. */
  const pending = useRef<string | null | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === undefined) return;
    pending.current = undefined;
    port.savePaneState(KEPT_WIZARD_KEY, text).then(
      () => setFailed(null),
      (error: unknown) => {
        console.warn(
          `Kinerja could not keep the wizard's work with the document: ${messageOf(error)}`
        );
        setFailed(error);
      }
    );
  }, [port]);

  useEffect(() => {
    const data: WizardData = {
      criteriaText,
      criteria,
      respondents,
      view,
      maxCr,
      scores,
      options,
    };
    const before = seen.current;
    seen.current = data;
    if (before === null) return; // as the pane opened (or Start over left it): nothing new
    const changed =
      before.criteriaText !== criteriaText ||
      before.criteria !== criteria ||
      before.respondents !== respondents ||
      before.view !== view ||
      before.maxCr !== maxCr ||
      before.scores !== scores ||
      before.options !== options;
    if (changed) keeping.current = touched.current = true;
    if (!keeping.current) return; // only the language changed, and there is no work to keep
    remember(port, { lang, data });
    pending.current = keptWizardText(data, lang);
    clearTimeout(timer.current);
    timer.current = setTimeout(save, SAVE_DELAY_MS);
  }, [criteriaText, criteria, respondents, view, maxCr, scores, options, lang, port, save]);

  useEffect(() => {
    if (keptNow(port) !== undefined) return;
    let gone = false;
    void keptWizard(port).then((kept) => {
      if (gone || !kept || touched.current) return;
      keeping.current = true;
      seen.current = null; // the restored work is the start, not a change to save
      dispatch({ type: "restore", data: kept.data });
    });
    return () => {
      gone = true;
    };
  }, [port, dispatch]);

  // A hidden page may be closed next: save what waits now. So does a wizard that goes.
  useEffect(() => {
    const whenHidden = () => {
      if (document.visibilityState === "hidden") save();
    };
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", whenHidden);
    return () => {
      window.removeEventListener("pagehide", save);
      document.removeEventListener("visibilitychange", whenHidden);
      save();
    };
  }, [save]);

  const startOver = useCallback(() => {
    keeping.current = false;
    seen.current = null;
    remember(port, null);
    pending.current = null;
    dispatch({ type: "startOver", criteria: s.criteriaDefault });
    save();
  }, [port, dispatch, s, save]);

  return { failed, startOver };
}
