/**
 * Build a scorecard: the four templates as selectable cards, the options for the chosen one, and
 * Build with progress and the outcome. State lives in useBuild; the views only show it.
 */
import { Suspense, useEffect } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { TEMPLATE_INFO } from "../../templates/catalog";
import { AfterFirstPaint, chunkComponent, prefetch } from "../chunks";
import { loadTemplates, useBuild, type BuildState } from "../hooks/useBuild";
import { useLanguage } from "../i18n";
import { GalleryCards } from "./GalleryCards";
import { Section, SubHeading } from "./Section";

// The options sit below the cards (below the fold at 320 × 800): their controls (SpinButton,
// Radio) come in a chunk of their own, asked for once the cards have painted. Build's progress and
// outcome show only once it is clicked: another chunk, fetched after the first paint.
const { Component: GalleryOptions } = chunkComponent(() =>
  import(/* webpackChunkName: "gallery-options" */ "./GalleryOptions").then((m) => m.GalleryOptions)
);
const buildStatus = chunkComponent(() =>
  import(/* webpackChunkName: "gallery-build-status" */ "./GalleryBuildStatus").then(
    (m) => m.GalleryBuildStatus
  )
);
const GalleryBuildStatus = buildStatus.Component;

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
    prefetch([loadTemplates, buildStatus.load]);
  }, []);

  return (
    <Section title={s.galleryHeading} intro={s.galleryIntro}>
      <GalleryCards chosen={build.template} onChoose={build.choose} />
      <SubHeading>{s.optionsHeading(info.name[lang])}</SubHeading>
      <AfterFirstPaint placeholder={<div className={styles.optionsPlaceholder} />}>
        <GalleryOptions info={info} build={build} />
      </AfterFirstPaint>
      <BuildRow build={build} name={info.name[lang]} />
    </Section>
  );
}

/** Build, and once clicked its progress and what came of it. */
function BuildRow({ build, name }: { build: BuildState; name: string }) {
  const styles = useStyles();
  const { s } = useLanguage();
  return (
    <div className={styles.buildRow}>
      <Button appearance="primary" onClick={() => void build.build()} disabled={build.isBuilding}>
        {build.isBuilding ? s.building : s.buildButton(name)}
      </Button>
      {(build.isBuilding || build.outcome) && (
        <Suspense fallback={null}>
          <GalleryBuildStatus build={build} />
        </Suspense>
      )}
    </div>
  );
}
