/**
 * "Would the result change?" — the section after the weights, loaded when opened (its own chunk):
 * how sure the weights are (seeded Monte-Carlo, as =AHP.UNCERTAINTY), and, given a score per
 * criterion, how far each weight can move before the scorecard's light changes or two options swap
 * (as =AHP.CRITICAL), with the result drawn as one weight runs from 0 to 100 %. The maths is
 * ../wizard/sensitivity.ts over src/core; this view places it and words it for an owner.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DEFAULT_TRIALS } from "../../core";
import { useLanguage, type Language } from "../i18n";
import type { WizardState } from "../hooks/useWizard";
import {
  MAX_OPTIONS,
  SCORE_MAX,
  SCORE_MIN,
  SPREADS,
  linesOf,
  scoreRows,
  sensitivityOf,
  uncertaintyOf,
  type Sensitivity as SensitivityResult,
  type WeightSensitivity,
} from "../wizard/sensitivity";
import { AddIcon, RemoveIcon } from "./icons";
import {
  LinesChart,
  MoveTrack,
  OPTION_COLOURS,
  RangeBar,
  STATUS_COLOURS,
} from "./SensitivityCharts";
import { SubHeading } from "./Section";
import { controlRow, plainList } from "./shared-styles";

const useStyles = makeStyles({
  list: { ...plainList, gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: "2px" },
  itemHead: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  number: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  hint: { color: tokens.colorNeutralForeground2 },
  row: controlRow,
  scores: {
    display: "grid",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  scoreName: { overflowWrap: "anywhere" },
  scoreInput: { minWidth: 0, width: "100%" },
  optionHead: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
});

/** The value once it has stopped changing for `delay` ms (the Monte-Carlo run waits for it). */
function useSettled<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function Sensitivity({ wizard }: { wizard: WizardState }) {
  return (
    <>
      <Uncertainty wizard={wizard} />
      <Scores wizard={wizard} />
      <Critical wizard={wizard} />
    </>
  );
}

function Uncertainty({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s, number, percent } = useLanguage();
  const [spread, setSpread] = useState<number>(SPREADS[0]);
  const matrix = useSettled(wizard.analysis.matrix, 250);
  const result = useMemo(() => uncertaintyOf(matrix, spread), [matrix, spread]);
  const { criteria } = wizard;
  const runs = number(DEFAULT_TRIALS, 0);
  const top = Math.min(1, Math.ceil(Math.max(...result.p95, ...result.weights) * 10) / 10);
  const stale = matrix !== wizard.analysis.matrix || result.weights.length !== criteria.length;
  return (
    <>
      <SubHeading>{s.uncertaintyHeading}</SubHeading>
      <Body1>{s.uncertaintyIntro(runs)}</Body1>
      <Field label={s.spreadLabel}>
        <Select value={String(spread)} onChange={(_, data) => setSpread(Number(data.value))}>
          {SPREADS.map((value) => (
            <option key={value} value={String(value)}>
              {s.spreadNames[value]}
            </option>
          ))}
        </Select>
      </Field>
      {stale ? (
        <Spinner size="tiny" label={s.computing} />
      ) : (
        <>
          <ul className={styles.list} data-testid="uncertainty">
            {criteria.map((name, k) => (
              <li key={k} className={styles.item} data-testid="uncertainty-row">
                <div className={styles.itemHead}>
                  <Text>{name}</Text>
                  <Text className={styles.number} data-testid="uncertainty-range">
                    {s.uncertaintyRange(number(result.p05[k], 3), number(result.p95[k], 3))}
                  </Text>
                </div>
                <RangeBar
                  weight={result.weights[k]}
                  low={result.p05[k]}
                  high={result.p95[k]}
                  top={top}
                />
              </li>
            ))}
          </ul>
          <Text weight="semibold" data-testid="same-order">
            {s.sameOrder(percent(result.sameOrder, 1))}
          </Text>
          <Caption1 className={styles.hint}>{s.uncertaintyAudit(number(spread, 1), runs)}</Caption1>
        </>
      )}
    </>
  );
}

function Scores({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s } = useLanguage();
  const { criteria, scores, options, dispatch } = wizard;
  const single = options === 1;
  const names = Array.from({ length: options }, (_, o) =>
    single ? s.scoreColumn : s.optionName(o)
  );
  return (
    <>
      <SubHeading>{s.scoresHeading}</SubHeading>
      <Body1>{s.scoresIntro}</Body1>
      <div
        className={styles.scores}
        style={{ gridTemplateColumns: `minmax(0, 1fr) repeat(${options}, 64px)` }}
        data-testid="scores"
      >
        <span />
        {names.map((name, o) => (
          <span key={o} className={styles.optionHead} style={{ color: OPTION_COLOURS[o] }}>
            {name}
          </span>
        ))}
        {criteria.map((criterion) => [
          <Text key={criterion} className={styles.scoreName}>
            {criterion}
          </Text>,
          ...names.map((name, o) => (
            <Input
              key={`${criterion}:${o}`}
              className={styles.scoreInput}
              type="number"
              min={SCORE_MIN}
              max={SCORE_MAX}
              step={0.5}
              aria-label={s.scoreOf(criterion, name)}
              value={scoreText(scores[criterion]?.[o])}
              onChange={(_, data) =>
                dispatch({
                  type: "score",
                  criterion,
                  option: o,
                  value: data.value.trim() === "" ? null : Number(data.value),
                })
              }
            />
          )),
        ])}
      </div>
      <div className={styles.row}>
        {options < MAX_OPTIONS && (
          <Button
            icon={<AddIcon />}
            onClick={() => dispatch({ type: "options", options: options + 1 })}
          >
            {s.addOption}
          </Button>
        )}
        {options > 1 && (
          <Button
            icon={<RemoveIcon />}
            onClick={() => dispatch({ type: "options", options: options - 1 })}
          >
            {s.removeOption(names[options - 1])}
          </Button>
        )}
      </div>
    </>
  );
}

function scoreText(value: number | null | undefined): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

function Critical({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const language = useLanguage();
  const { s, number } = language;
  const { criteria, scores, options } = wizard;
  const weights = wizard.analysis.consistency.weights;
  const rows = useMemo(() => scoreRows(criteria, scores, options), [criteria, scores, options]);
  const result = useMemo(() => (rows ? sensitivityOf(weights, rows) : null), [weights, rows]);
  const [chosen, setChosen] = useState<string | null>(null);
  if (!rows || !result) return <Caption1 className={styles.hint}>{s.scoresMissing}</Caption1>;
  const optionName = (o: number) => s.optionName(o);
  const shown = result.rows.find((r) => criteria[r.criterion] === chosen) ?? result.rows[0];
  const lines = linesOf(weights, rows, shown.criterion);
  const name = criteria[shown.criterion];
  return (
    <>
      <Text weight="semibold" data-testid="result-now">
        {result.mode === "light"
          ? s.indexNow(number(result.totals[0], 2), s.statusNames[result.status!])
          : s.totalsNow(
              result.totals.map((total, o) => `${optionName(o)} ${number(total, 2)}`).join(", ")
            )}
      </Text>
      <SubHeading>{s.criticalHeading}</SubHeading>
      <Caption1 className={styles.hint}>{s.criticalHint}</Caption1>
      <ul className={styles.list} data-testid="critical">
        {result.rows.map((row) => (
          <li key={row.criterion} className={styles.item} data-testid="critical-row">
            <div className={styles.itemHead}>
              <Text weight="semibold">{criteria[row.criterion]}</Text>
              <Text className={styles.number}>{language.percent(row.weight, 1)}</Text>
            </div>
            <MoveTrack
              weight={row.weight}
              critical={row.critical}
              colour={
                row.event?.kind === "light"
                  ? STATUS_COLOURS[row.event.to]
                  : tokens.colorBrandForeground1
              }
            />
            <Caption1 data-testid="critical-text">{criticalText(row, result, language)}</Caption1>
          </li>
        ))}
      </ul>
      <SubHeading>{s.linesHeading}</SubHeading>
      <Field label={s.linesCriterion}>
        <Select value={name} onChange={(_, data) => setChosen(data.value)}>
          {result.rows.map((row) => (
            <option key={row.criterion} value={criteria[row.criterion]}>
              {criteria[row.criterion]}
            </option>
          ))}
        </Select>
      </Field>
      <LinesChart
        weight={lines.weight}
        totals={lines.totals}
        current={shown.weight}
        critical={shown.critical}
        bands={result.mode === "light"}
        axisY={result.mode === "light" ? s.linesAxisIndex : s.linesAxisTotal}
        axisX={s.linesAxisWeight(name)}
        now={s.linesNow}
        label={s.linesChart(name)}
      />
    </>
  );
}

/** "12.3 points lower turns the light Yellow · each +10 points moves the index −0.42". */
function criticalText(
  row: WeightSensitivity,
  result: SensitivityResult,
  { s, number }: Language
): string {
  const signed = (value: number) => `${value < 0 ? "−" : "+"}${number(Math.abs(value), 2)}`;
  const perStep = row.perStep === null ? "" : ` · ${s.perStep(signed(row.perStep))}`;
  if (row.change === null || row.event === null) return capitalised(`${s.criticalNone}${perStep}`);
  const points = number(Math.abs(row.change) * 100, 1);
  const move = row.change < 0 ? s.pointsDown(points) : s.pointsUp(points);
  const what =
    row.event.kind === "light"
      ? s.criticalLight(move, s.statusNames[row.event.to])
      : s.criticalSwap(move, s.optionName(row.event.first), s.optionName(row.event.second));
  return capitalised(`${what}${result.mode === "light" ? perStep : ""}`);
}

/** A sentence begins with a capital, whichever word the language puts first ("naik 6,0 poin…"). */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
