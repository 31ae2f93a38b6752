/**
 * What the wizard's buttons do, with the outcome each shows: read the criteria from the selection,
 * insert the matrix block at the selected cell, apply the suggested fix. The state they act on is
 * useWizard's; this hook adds the workbook port and the messages.
 */
import { useCallback, useState } from "react";
import { useLanguage } from "../i18n";
import { insertBuiltBlock, where } from "../insert";
import { usePort } from "../port-context";
import { blockLabels, criteriaFromCells, insertBlock, MIN_CRITERIA } from "../wizard/model";
import { crText } from "../wizard/words";
import { groupBlock, groupBlockInput } from "../wizard/group-block";
import { useAction, type Action, type Outcome } from "./useAction";
import type { WizardState, WizardView } from "./useWizard";

export interface WizardActions {
  reading: Action;
  inserting: Action;
  /** What "Apply suggestion" changed; cleared by the next answer or change of view. */
  fixOutcome: Outcome | null;
  dismissFix: () => void;
  /** Stable, so the memoised questions re-render only when their own answer changes (105 at n = 15). */
  answer: (key: string, position: number) => void;
  showView: (view: WizardView) => void;
  readSelection: () => Promise<void>;
  insert: () => Promise<void>;
  applyFix: () => void;
}

export function useWizardActions(wizard: WizardState): WizardActions {
  const { lang } = useLanguage();
  const port = usePort();
  const [fixOutcome, setFixOutcome] = useState<Outcome | null>(null);
  const reading = useAction();
  const inserting = useAction();
  const { criteria, analysis, view, respondents, setAnswer } = wizard;

  const answer = useCallback(
    (key: string, position: number) => {
      setFixOutcome(null);
      setAnswer(key, position);
    },
    [setAnswer]
  );

  const showView = (next: WizardView) => {
    setFixOutcome(null);
    wizard.dispatch({ type: "view", view: next });
  };

  const readSelection = () =>
    reading.run(async () => {
      const selection = await port.getSelection();
      const names = criteriaFromCells(selection.values);
      const place = where(selection.sheet, selection.address);
      if (names.length === 0)
        return { intent: "warning", text: ({ s }) => s.readSelectionEmpty(place) };
      // One name is no list of criteria: keep what was typed rather than wipe it.
      if (names.length < MIN_CRITERIA)
        return { intent: "warning", text: ({ s }) => s.readSelectionTooFew(names[0], place) };
      wizard.readCriteria(names);
      return { intent: "success", text: ({ s }) => s.readSelectionDone(names.length, place) };
    });

  const insert = () =>
    inserting.run(
      async () => {
        // Several respondents: all of them and the group as live formulas (group-block.ts);
        // one: their matrix with its weights and check.
        const result = await insertBuiltBlock(port, (origin) =>
          respondents.length >= 2
            ? groupBlock(groupBlockInput(wizard), origin, lang)
            : insertBlock(criteria, analysis.matrix, origin, blockLabels(lang, view, 1))
        );
        const place = where(result.sheet, result.address);
        return { intent: "success", text: ({ s }) => s.insertDone(place) };
      },
      ({ s }) => s.insertFailedTitle
    );

  const applyFix = () => {
    const report = wizard.applyFix();
    if (!report) return;
    const [left, right] = [criteria[report.pair[0]], criteria[report.pair[1]]];
    setFixOutcome({
      intent: "success",
      text: ({ s, number }) =>
        s.fixApplied(
          s.pairLabel(left, right),
          crText(report.crBefore, number),
          crText(report.crAfter, number)
        ),
    });
  };

  return {
    reading,
    inserting,
    fixOutcome,
    dismissFix: () => setFixOutcome(null),
    answer,
    showView,
    readSelection,
    insert,
    applyFix,
  };
}
