/**
 * Build a scorecard: the four templates as selectable cards, the options for the chosen one, and
 * Build with progress and the outcome. State lives in useBuild; the views only show it.
 */
import { Suspense, useEffect } from "react";
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { TEMPLATE_INFO } from "../../templates/catalog";
import { loadTemplates, useBuild, type BuildOutcome, type BuildState } from "../hooks/useBuild";
import type { Outcome } from "../hooks/useAction";
import { useLanguage } from "../i18n";
import { messageOf } from "../port-context";
import { chunkComponent, prefetch } from "../chunks";
import { GalleryCards } from "./GalleryCards";
import { OutcomeBar } from "./OutcomeBar";
import { Section, SubHeading } from "./Section";

// The options sit below the cards (below the fold at 320 × 800): their controls (SpinButton,
// Radio) come in a chunk of their own, requested with the first render.
const { Component: GalleryOptions } = chunkComponent(() =>
  import(/* webpackChunkName: "gallery-options" */ "./GalleryOptions").then((m) => m.GalleryOptions)
);

const useStyles = makeStyles({
  buildRow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // About the options' height in one column, so Build moves little when they arrive.
  optionsPlaceholder: { minHeight: "360px" },
});

export function Gallery() {
  const styles = useStyles();
  const { lang, s } = useLanguage();
  const build = useBuild(lang);
  const info = TEMPLATE_INFO.find((t) => t.id === build.template) ?? TEMPLATE_INFO[0];

  // For the benchmark and the end-to-end test: the moment the gallery can be used.
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark("kinerja:gallery-interactive");
    prefetch([loadTemplates]);
  }, []);

  return (
    <Section title={s.galleryHeading} intro={s.galleryIntro}>
      <GalleryCards chosen={build.template} onChoose={build.choose} />
      <SubHeading>{s.optionsHeading(info.name[lang])}</SubHeading>
      <Suspense fallback={<div className={styles.optionsPlaceholder} />}>
        <GalleryOptions info={info} build={build} />
      </Suspense>
      <BuildRow build={build} name={info.name[lang]} />
    </Section>
  );
}

/** Build, its progress while it runs, and what came of it. */
function BuildRow({ build, name }: { build: BuildState; name: string }) {
  const styles = useStyles();
  const { s } = useLanguage();
  return (
    <div className={styles.buildRow}>
      <Button appearance="primary" onClick={() => void build.build()} disabled={build.isBuilding}>
        {build.isBuilding ? s.building : s.buildButton(name)}
      </Button>
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
    </div>
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
