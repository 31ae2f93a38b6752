/**
 * Explain this cell: the selected cell's Kinerja function, its inputs (where and what), its method,
 * the native formulas' steps and result beside the function's own, and for AHP the judgements that
 * disagree most with the weights; "Write the steps beside it" puts the working in the workbook.
 */
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ExplainedCall } from "../../audit/explain";
import { isErrorValue, type CellResult } from "../../formula";
import { FUNCTION_HELP } from "../function-help";
import { useLanguage, type Language } from "../i18n";
import { useExplain } from "../hooks/useExplain";
import { where } from "../insert";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";
import { controlRow, plainList } from "./shared-styles";

const useStyles = makeStyles({
  row: controlRow,
  call: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  list: plainList,
  pairs: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  value: {
    margin: 0,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  input: { paddingBottom: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  values: {
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  note: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});

/** At most this many values of an input are listed; the rest is counted. */
const SHOWN_VALUES = 16;

const LOCALES = { id: "id-ID", en: "en-US" } as const;

/** A value as the pane shows it: numbers to 6 decimals at most, errors as Excel names them. */
function shown(value: CellResult, language: Language): string {
  if (isErrorValue(value)) return value.error;
  if (typeof value === "number")
    return value.toLocaleString(LOCALES[language.lang], { maximumFractionDigits: 6 });
  if (value === null || value === "") return "–";
  return String(value);
}

/** The parameter names from the function's syntax: "=AHP.WEIGHTS(matrix, [method])" → matrix, method. */
function parameterNames(name: string): string[] {
  const syntax = FUNCTION_HELP.find((help) => help.name === name)?.syntax ?? "";
  const inside = syntax.slice(syntax.indexOf("(") + 1, syntax.lastIndexOf(")"));
  return inside.split(",").map((p) => p.replace(/[[\]…\s]/g, ""));
}

function CallView({
  call,
  busy,
  onWrite,
}: {
  call: ExplainedCall;
  busy: boolean;
  onWrite: (place: "beside" | "sheet") => void;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const { s, lang } = language;
  const help = FUNCTION_HELP.find((h) => h.name === call.name);
  const names = parameterNames(call.name);
  /** A range's values, a row a line (a column or a row of values on one line). */
  const values = (grid: CellResult[][]): string[] => {
    const lines = grid.length > 1 && grid[0].length > 1 ? grid : [grid.flat()];
    const shownLines = lines.slice(0, SHOWN_VALUES).map((line) =>
      line
        .slice(0, SHOWN_VALUES)
        .map((v) => shown(v, language))
        .join(lang === "id" ? " ; " : ", ")
    );
    if (lines.length > SHOWN_VALUES) shownLines.push(`… (${grid.length} × ${grid[0].length})`);
    return shownLines;
  };
  const lines = (grid: CellResult[][]) =>
    values(grid).map((line, k) => (
      <div key={k} className={styles.values}>
        <Caption1>{line}</Caption1>
      </div>
    ));
  return (
    <section className={styles.call} aria-label={call.name} data-testid="explained-call">
      <Subtitle2 as="h3" className={styles.heading}>
        {call.name}
      </Subtitle2>
      {help && (
        <Body1>
          <Text weight="semibold">{s.explainMethod}: </Text>
          {help.description[lang]}
        </Body1>
      )}

      <Text weight="semibold">{s.explainInputs}</Text>
      <ul className={styles.list} aria-label={s.explainInputs}>
        {call.inputs.map((input) => (
          <li key={input.position} className={styles.input}>
            <Body1>
              <Text weight="semibold">{names[input.position] ?? `#${input.position + 1}`}</Text>
              {" = "}
              <span className={styles.formula}>{input.text}</span>
              {!input.range && <Caption1 className={styles.note}> ({s.explainConstant})</Caption1>}
            </Body1>
            {input.range && lines(input.values)}
          </li>
        ))}
      </ul>

      {call.steps.length > 0 && (
        <>
          <Text weight="semibold">{s.explainSteps}</Text>
          <Caption1 className={styles.note}>{s.explainStepsNote}</Caption1>
          <dl className={styles.pairs} data-testid="explain-steps">
            {call.steps.map((step, k) => (
              <div key={k} style={{ display: "contents" }}>
                <dt className={styles.term}>{step.label[lang]}</dt>
                <dd className={styles.value}>{shown(step.value, language)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <Text weight="semibold">{s.explainResult}</Text>
      {call.notNative ? <Caption1 className={styles.note}>{s.explainNotNative}</Caption1> : null}
      <div data-testid="explain-result">
        {!call.notNative && (
          <div className={styles.input}>
            <Body1>{s.explainNative}</Body1>
            {lines(call.result)}
          </div>
        )}
        <div className={styles.input}>
          <Body1>{s.explainKinerja}</Body1>
          {lines(call.kinerja)}
        </div>
      </div>
      {!call.notNative && (
        <Caption1>
          {s.explainDifference(
            Number.isFinite(call.difference)
              ? call.difference === 0
                ? "0"
                : call.difference.toExponential(1).replace(".", lang === "id" ? "," : ".")
              : "≠"
          )}
        </Caption1>
      )}

      {call.inconsistent && call.inconsistent.length > 0 && (
        <>
          <Text weight="semibold">{s.explainInconsistent}</Text>
          <ol className={styles.list} data-testid="explain-inconsistent">
            {call.inconsistent.map((pair) => (
              <li key={pair.cell} className={styles.input}>
                <Body1>
                  {s.explainJudgement(
                    pair.cell,
                    pair.row,
                    pair.col,
                    language.judgement(pair.current),
                    language.number(pair.suggested, 2),
                    language.judgement(pair.suggestedScale)
                  )}
                </Body1>
              </li>
            ))}
          </ol>
        </>
      )}

      {call.reperformance && (
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => onWrite("beside")}>
            {s.explainWrite}
          </Button>
          <Button disabled={busy} onClick={() => onWrite("sheet")}>
            {s.explainWriteSheet}
          </Button>
        </div>
      )}
    </section>
  );
}

export function Explain() {
  const styles = useStyles();
  const { s, lang } = useLanguage();
  const state = useExplain(lang);
  const { explanation } = state;
  const place = explanation ? where(explanation.sheet, explanation.address) : "";
  return (
    <Section title={s.explainHeading} intro={s.explainIntro}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void state.explain()} disabled={state.busy}>
          {s.explainButton}
        </Button>
        {state.busy && <Spinner size="tiny" label={s.explaining} />}
      </div>
      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.explainFailedTitle}</MessageBarTitle>
            {state.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {explanation?.kind === "noFormula" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.explainNoFormula(place)}</MessageBarBody>
        </MessageBar>
      )}
      {explanation?.kind === "noKinerja" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.explainNoKinerja(place)}</MessageBarBody>
        </MessageBar>
      )}
      {explanation?.kind === "explained" && (
        <>
          <Body1 data-testid="explained-cell">
            <Text weight="semibold">{s.explainCell(place)}: </Text>
            <span className={styles.formula}>{explanation.formula}</span>
          </Body1>
          <OutcomeBar
            outcome={state.writing.outcome}
            onDismiss={() => state.writing.setOutcome(null)}
            testId="explain-outcome"
          />
          {explanation.calls.map((call, k) => (
            <CallView
              key={k}
              call={call}
              busy={state.writing.busy}
              onWrite={(where) => void state.write(call, where)}
            />
          ))}
        </>
      )}
    </Section>
  );
}
