/**
 * The pairwise-comparison wizard: criteria (typed or read from the selection), one questionnaire row
 * per pair, respondents and their group, live weights and CR, the most inconsistent judgement with a
 * one-click fix, and Insert into the sheet.
 */
import { useCallback, useId, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CR_THRESHOLD } from "../../core";
import { useLanguage, type Language } from "../i18n";
import { usePort } from "../port-context";
import { useWizard, type WizardState } from "../hooks/useWizard";
import { useAction, type Outcome } from "../hooks/useAction";
import { insertBuiltBlock, where } from "../insert";
import {
  blockLabels,
  blockSize,
  criteriaFromCells,
  insertBlock,
  MIN_CRITERIA,
  pairKey,
  pairsOf,
  positionOf,
  RI_TABLE,
  type CriteriaProblem,
} from "../wizard/model";
import { AddIcon, RemoveIcon, TableInsertIcon } from "./icons";
import { OutcomeBar } from "./OutcomeBar";
import { PairQuestion, useSentence } from "./PairQuestion";
import { Section, SubHeading } from "./Section";
import { stickyBottomBar } from "./sticky-bar";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  grow: { flexGrow: 1, minWidth: "150px" },
  pairs: { display: "flex", flexDirection: "column" },
  weightCell: { fontVariantNumeric: "tabular-nums", textAlign: "end", width: "72px" },
  barCell: { width: "30%" },
  bar: {
    height: "8px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorBrandBackground,
  },
  figures: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontVariantNumeric: "tabular-nums",
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { margin: 0 },
  summary: stickyBottomBar,
  line: { display: "block", marginTop: tokens.spacingVerticalXS },
  groupPair: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function problemText(problem: CriteriaProblem, language: Language): string {
  const { s } = language;
  if (problem.kind === "tooFew") return s.tooFew;
  if (problem.kind === "tooMany") return s.tooMany;
  return s.duplicate(problem.name);
}

export function Wizard() {
  const styles = useStyles();
  const language = useLanguage();
  const { s, lang } = language;
  const port = usePort();
  const wizard = useWizard(s.criteriaDefault);
  const { criteria, analysis, view, respondents, setAnswer } = wizard;
  const n = criteria.length;
  const [fixOutcome, setFixOutcome] = useState<Outcome | null>(null);
  const reading = useAction();
  const inserting = useAction();
  const size = blockSize(n);
  // Stable, so the memoised questions re-render only when their own answer changes (105 at n = 15).
  const answer = useCallback(
    (key: string, position: number) => {
      setFixOutcome(null);
      setAnswer(key, position);
    },
    [setAnswer]
  );

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
        const labels = blockLabels(lang, view, respondents.length);
        const result = await insertBuiltBlock(port, (origin) =>
          insertBlock(criteria, analysis.matrix, origin, labels)
        );
        const place = where(result.sheet, result.address);
        return { intent: "success", text: ({ s }) => s.insertDone(place) };
      },
      ({ s }) => s.insertFailedTitle
    );

  const fix = () => {
    const report = wizard.applyFix();
    if (!report) return;
    const [left, right] = [criteria[report.pair[0]], criteria[report.pair[1]]];
    setFixOutcome({
      intent: "success",
      text: ({ s, number }) => {
        const show = (cr: number | null) => (cr === null ? "—" : number(cr, 4));
        return s.fixApplied(s.pairLabel(left, right), show(report.crBefore), show(report.crAfter));
      },
    });
  };

  return (
    <Section title={s.wizardHeading} intro={s.wizardIntro}>
      <Field
        label={s.criteriaLabel}
        validationMessage={wizard.problem ? problemText(wizard.problem, language) : undefined}
        validationState={wizard.problem ? "error" : "none"}
      >
        <Textarea
          value={wizard.criteriaText}
          onChange={(_, data) => wizard.setCriteriaText(data.value)}
          rows={Math.min(Math.max(wizard.criteriaText.split("\n").length, 3), 8)}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void readSelection()} disabled={reading.busy}>
          {s.readSelection}
        </Button>
      </div>
      <OutcomeBar outcome={reading.outcome} onDismiss={() => reading.setOutcome(null)} />

      <div className={styles.row}>
        <Field label={s.respondentsLabel} className={styles.grow}>
          <Select
            value={String(view)}
            onChange={(_, data) => {
              setFixOutcome(null);
              wizard.dispatch({
                type: "view",
                view: data.value === "group" ? "group" : Number(data.value),
              });
            }}
          >
            {respondents.map((_, k) => (
              <option key={k} value={String(k)}>
                {s.respondent(k + 1)}
              </option>
            ))}
            <option value="group">{s.groupView}</option>
          </Select>
        </Field>
        <Button icon={<AddIcon />} onClick={() => wizard.dispatch({ type: "addRespondent" })}>
          {s.addRespondent}
        </Button>
        {view !== "group" && respondents.length > 1 && (
          <Button
            icon={<RemoveIcon />}
            aria-label={s.removeRespondent(view + 1)}
            title={s.removeRespondent(view + 1)}
            onClick={() => wizard.dispatch({ type: "removeRespondent", index: view })}
          />
        )}
      </div>

      <SubHeading>{s.pairsHeading(pairsOf(n).length)}</SubHeading>
      {view === "group" ? (
        <GroupPairs wizard={wizard} />
      ) : (
        <div className={styles.pairs}>
          {pairsOf(n).map(([i, j]) => (
            <PairQuestion
              key={`${view}:${i}-${j}`}
              pair={pairKey(i, j)}
              left={criteria[i]}
              right={criteria[j]}
              position={wizard.answers[pairKey(i, j)] ?? 0}
              onAnswer={answer}
            />
          ))}
        </div>
      )}

      <Results wizard={wizard} onFix={fix} />
      <OutcomeBar outcome={fixOutcome} onDismiss={() => setFixOutcome(null)} testId="fix-outcome" />

      <SubHeading>{s.insertHeading}</SubHeading>
      <Body1>{s.insertHint(size.rows, size.columns)}</Body1>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<TableInsertIcon />}
          onClick={() => void insert()}
          disabled={inserting.busy || wizard.problem !== null}
        >
          {s.insertButton}
        </Button>
      </div>
      <OutcomeBar
        outcome={inserting.outcome}
        onDismiss={() => inserting.setOutcome(null)}
        testId="insert-outcome"
      />

      <ConsistencySummary wizard={wizard} />
    </Section>
  );
}

/** The group's judgements as sentences (not editable: they are geometric means). */
function GroupPairs({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s, number } = useLanguage();
  const { criteria, analysis } = wizard;
  return (
    <div className={styles.pairs}>
      <Body1>{s.groupNote(wizard.respondents.length)}</Body1>
      {pairsOf(criteria.length).map(([i, j]) => {
        const a = analysis.matrix[i][j];
        const text =
          Math.abs(Math.log(a)) < 0.005
            ? s.equallyImportant(criteria[i], criteria[j])
            : a > 1
              ? s.moreImportant(criteria[i], criteria[j], number(a, 2))
              : s.moreImportant(criteria[j], criteria[i], number(1 / a, 2));
        return (
          <Text key={`${i}-${j}`} className={styles.groupPair} data-testid="group-pair">
            {text}
          </Text>
        );
      })}
    </div>
  );
}

function Results({ wizard, onFix }: { wizard: WizardState; onFix: () => void }) {
  const styles = useStyles();
  const { s, number } = useLanguage();
  const sentence = useSentence();
  const { criteria, analysis, view } = wizard;
  const { consistency } = analysis;
  const top = analysis.inconsistencies[0];
  const max = Math.max(...consistency.weights);
  const fixId = useId();
  return (
    <>
      <SubHeading>{s.resultsHeading}</SubHeading>
      <Table size="extra-small" aria-label={s.resultsHeading} data-testid="weights">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.criterionColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.weightCell}>{s.weightColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.barCell} aria-hidden="true" />
          </TableRow>
        </TableHeader>
        <TableBody>
          {criteria.map((name, k) => (
            <TableRow key={k}>
              <TableCell>{name}</TableCell>
              <TableCell className={styles.weightCell} data-testid="weight">
                {number(consistency.weights[k], 4)}
              </TableCell>
              <TableCell className={styles.barCell} aria-hidden="true">
                <div
                  className={styles.bar}
                  style={{ width: `${(100 * consistency.weights[k]) / max}%` }}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <dl className={styles.figures}>
        <dt className={styles.term}>{s.lambdaMax}</dt>
        <dd className={styles.definition} data-testid="lambda">
          {number(consistency.lambdaMax, 4)}
        </dd>
        <dt className={styles.term}>{s.ci}</dt>
        <dd className={styles.definition}>{number(consistency.ci, 4)}</dd>
        <dt className={styles.term}>{s.riWith(consistency.riTable)}</dt>
        <dd className={styles.definition}>
          {consistency.ri === null ? "—" : number(consistency.ri, 2)}
        </dd>
        <dt className={styles.term}>{s.cr}</dt>
        <dd className={styles.definition} data-testid="cr">
          {consistency.cr === null ? "—" : number(consistency.cr, 4)}
        </dd>
      </dl>
      {criteria.length === 2 && <Caption1>{s.twoCriteria}</Caption1>}
      {analysis.isInconsistent && top && (
        <MessageBar intent="warning" layout="multiline" data-testid="suggestion">
          <MessageBarBody>
            <MessageBarTitle>
              {s.suggestionTitle}: {s.pairLabel(criteria[top.row - 1], criteria[top.col - 1])}
            </MessageBarTitle>
            <span className={styles.line}>
              {view === "group"
                ? s.suggestionNow(
                    groupSentence(
                      criteria[top.row - 1],
                      criteria[top.col - 1],
                      top.current,
                      s,
                      number
                    )
                  )
                : s.suggestionNow(
                    sentence(criteria[top.row - 1], criteria[top.col - 1], positionOf(top.current))
                  )}
            </span>
            <span className={styles.line}>
              {s.suggestionBetter(
                sentence(
                  criteria[top.row - 1],
                  criteria[top.col - 1],
                  positionOf(top.suggestedScale)
                ),
                number(top.suggested, 2),
                top.row,
                top.col
              )}
            </span>
            {view === "group" ? (
              <span className={styles.line}>{s.groupFixHint}</span>
            ) : (
              <span className={styles.line} id={fixId} data-testid="fix-plan">
                {fixText(wizard, s, sentence, number)}
              </span>
            )}
          </MessageBarBody>
          {view !== "group" && (
            <MessageBarActions>
              <Button
                appearance="primary"
                size="small"
                onClick={onFix}
                disabledFocusable={!wizard.fix.plan}
                aria-describedby={fixId}
              >
                {s.applyFix}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </>
  );
}

/**
 * What "Apply suggestion" will do, with the value it will set: the worst pair's fix; or, when the
 * worst pairs cannot move (already 9 or 1/9) or would not lower CR, why not and which pair it
 * changes instead; or that nothing among the top three helps (the button is then disabled).
 */
function fixText(
  wizard: WizardState,
  s: Language["s"],
  sentence: (left: string, right: string, position: number) => string,
  number: Language["number"]
): string {
  const { criteria } = wizard;
  const { plan, skipped } = wizard.fix;
  const show = (cr: number | null) => (cr === null ? "—" : number(cr, 4));
  const label = (row: number, col: number) => s.pairLabel(criteria[row], criteria[col]);
  const why = skipped.map(({ row, col, reason }) =>
    reason === "atEnd" ? s.fixAtEnd(label(row, col)) : s.fixNoGain(label(row, col))
  );
  if (!plan) return [...why, s.fixNone].join(" ");
  const sets = sentence(criteria[plan.row], criteria[plan.col], plan.position);
  const crs = [show(plan.crBefore), show(plan.crAfter)] as const;
  if (why.length === 0) return s.fixWillSet(sets, ...crs);
  return [...why, s.fixInstead(label(plan.row, plan.col), sets, ...crs)].join(" ");
}

function groupSentence(
  left: string,
  right: string,
  a: number,
  s: Language["s"],
  number: Language["number"]
): string {
  if (Math.abs(Math.log(a)) < 0.005) return s.equallyImportant(left, right);
  return a > 1
    ? s.moreImportant(left, right, number(a, 2))
    : s.moreImportant(right, left, number(1 / a, 2));
}

/** A line that stays in view at the bottom while answering: CR and the verdict. */
function ConsistencySummary({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s, number } = useLanguage();
  const { consistency, isInconsistent } = wizard.analysis;
  const limit = number(CR_THRESHOLD, 2);
  return (
    <div className={styles.summary} role="status" data-testid="summary">
      <Text weight="semibold">
        {s.cr} {consistency.cr === null ? "—" : number(consistency.cr, 4)}
      </Text>
      <Badge appearance="tint" color={isInconsistent ? "danger" : "success"}>
        {isInconsistent ? s.inconsistent(limit) : s.consistent(limit)}
      </Badge>
      <Caption1>{s.riWith(RI_TABLE)}</Caption1>
    </div>
  );
}
