/**
 * What Build shows once clicked: its progress while it runs, then what came of it. A chunk of its
 * own (fetched after the first paint): nothing here is on the first screen.
 */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Outcome } from "../hooks/useAction";
import type { BuildOutcome, BuildState } from "../hooks/useBuild";
import { useLanguage } from "../i18n";
import { messageOf } from "../port-context";
import { OutcomeBar } from "./OutcomeBar";

export function GalleryBuildStatus({ build }: { build: BuildState }) {
  const { s } = useLanguage();
  return (
    <>
      {build.progress && build.isBuilding && (
        <Field
          label={s.progressLabel}
          validationMessage={s.phaseNames[build.progress.phase]}
          validationState="none"
        >
          <ProgressBar value={build.progress.fraction} max={1} thickness="large" />
        </Field>
      )}
      <OutcomeBar outcome={outcomeOf(build.outcome)} onDismiss={build.dismiss} />
    </>
  );
}

/** The sheets made, under their final names, or the failure worded by the pane. */
function outcomeOf(outcome: BuildOutcome): Outcome | null {
  if (outcome?.kind === "done") {
    const { sheets, activated } = outcome.result;
    return {
      intent: "success",
      title: ({ s }) => s.buildDoneTitle,
      text: ({ s }) =>
        s.buildDone(sheets.length, sheets.map((sheet) => sheet.name).join(", "), activated),
    };
  }
  if (outcome?.kind === "failed") {
    const { error } = outcome;
    return {
      intent: "error",
      title: ({ s }) => s.buildFailedTitle,
      text: ({ s }) => messageOf(error, s),
    };
  }
  return null;
}
