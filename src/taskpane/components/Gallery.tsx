/**
 * Build a scorecard: the four templates as selectable cards (one radio group: arrow keys move the
 * choice), the options for the chosen one, and Build with progress and the outcome.
 */
import { useEffect, useId } from "react";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  SpinButton,
  type SpinButtonOnChangeData,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { TEMPLATE_INFO } from "../../templates/catalog";
import type { Lang, PeriodKind } from "../../sheet/plan";
import { useLanguage } from "../i18n";
import { useBuild } from "../hooks/useBuild";
import { messageOf } from "../port-context";
import { TemplateThumbnail } from "./TemplateThumbnail";
import { Section, SubHeading } from "./Section";

/**
 * A SpinButton change handler that takes only whole numbers in [min, max]: a typed value arrives
 * as `displayValue` with `value` undefined, and anything else is ignored (the field keeps its value).
 */
function whole(min: number, max: number, apply: (value: number) => void) {
  return (_: unknown, data: SpinButtonOnChangeData) => {
    const value = data.value ?? Number(data.displayValue);
    if (Number.isInteger(value) && value >= min && value <= max) apply(value);
  };
}

const useStyles = makeStyles({
  gallery: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(240px, 1fr))",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  card: { minWidth: 0 },
  chosen: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-1px",
  },
  preview: { flexShrink: 0, alignSelf: "flex-start", lineHeight: 0 },
  header: { minWidth: 0, flexShrink: 1, flexGrow: 1, alignSelf: "flex-start" },
  description: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  options: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(200px, 1fr))",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
    // A field with a hint is taller: its neighbours' controls stay level with its own at the top.
    alignItems: "start",
  },
  wide: { gridColumn: "1 / -1" },
  buildRow: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const PERIODS: PeriodKind[] = ["monthly", "quarterly", "yearly"];
const LANGS: Lang[] = ["id", "en"];

export function Gallery() {
  const styles = useStyles();
  const { lang, s } = useLanguage();
  const build = useBuild(lang);
  const groupName = useId();
  const info = TEMPLATE_INFO.find((t) => t.id === build.template) ?? TEMPLATE_INFO[0];
  const name = info.name[lang];

  // For the benchmark and the end-to-end test: the moment the gallery can be used.
  useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark("kinerja:gallery-interactive");
  }, []);

  return (
    <Section title={s.galleryHeading} intro={s.galleryIntro}>
      <div
        role="radiogroup"
        aria-label={s.galleryLabel}
        className={styles.gallery}
        data-testid="gallery"
      >
        {TEMPLATE_INFO.map((template) => (
          <Card
            key={template.id}
            className={mergeClasses(styles.card, template.id === build.template && styles.chosen)}
            orientation="horizontal"
            size="small"
            selected={template.id === build.template}
            onSelectionChange={(_, data) => data.selected && build.choose(template.id)}
            checkbox={{ type: "radio", name: groupName, value: template.id }}
            data-template={template.id}
          >
            <div className={styles.preview}>
              <TemplateThumbnail
                template={template.id}
                label={s.thumbnailAlt(template.name[lang])}
              />
            </div>
            <div className={styles.header}>
              <CardHeader
                header={<Text weight="semibold">{template.name[lang]}</Text>}
                description={
                  <Caption1 className={styles.description}>{template.description[lang]}</Caption1>
                }
              />
            </div>
          </Card>
        ))}
      </div>

      <SubHeading>{s.optionsHeading(name)}</SubHeading>
      <div className={styles.options}>
        <Field label={s.contentLabel} className={styles.wide}>
          <RadioGroup
            value={build.options.example ? "example" : "blank"}
            onChange={(_, data) => build.setOptions({ example: data.value === "example" })}
          >
            <Radio value="blank" label={s.contentBlank} />
            <Radio
              value="example"
              label={`${s.contentExample}: ${info.exampleSource[lang]}`}
              disabled={!info.hasExample}
            />
          </RadioGroup>
        </Field>
        <Field label={s.kpisPerGroup(info.groupName[lang])} hint={s.kpisPerGroupHint}>
          <SpinButton
            min={1}
            max={10}
            value={build.options.kpisPerGroup}
            disabled={build.options.example}
            onChange={whole(1, 10, (kpisPerGroup) => build.setOptions({ kpisPerGroup }))}
            incrementButton={{ "aria-label": s.increaseValue }}
            decrementButton={{ "aria-label": s.decreaseValue }}
          />
        </Field>
        <Field label={s.periodsLabel}>
          <Select
            value={build.options.periods}
            onChange={(_, data) => build.setOptions({ periods: data.value as PeriodKind })}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {s.periodNames[period]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.yearLabel}>
          <SpinButton
            min={2000}
            max={2100}
            value={build.options.year}
            onChange={whole(2000, 2100, (year) => build.setOptions({ year }))}
            incrementButton={{ "aria-label": s.increaseValue }}
            decrementButton={{ "aria-label": s.decreaseValue }}
          />
        </Field>
        <Field label={s.sheetLanguage}>
          <Select
            value={build.options.lang}
            onChange={(_, data) => build.setOptions({ lang: data.value as Lang })}
          >
            {LANGS.map((code) => (
              <option key={code} value={code}>
                {s.languageNames[code]}
              </option>
            ))}
          </Select>
        </Field>
      </div>

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
        {build.outcome?.kind === "done" && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.buildDoneTitle}</MessageBarTitle>
              {s.buildDone(
                build.outcome.result.sheets.length,
                build.outcome.result.sheets.map((sheet) => sheet.name).join(", "),
                build.outcome.result.activated
              )}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={build.dismiss}>
                {s.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {build.outcome?.kind === "failed" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{s.buildFailedTitle}</MessageBarTitle>
              {messageOf(build.outcome.error, s)}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={build.dismiss}>
                {s.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}
