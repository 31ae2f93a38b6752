/**
 * The pairwise-comparison wizard: criteria (typed or read from the selection), one questionnaire row
 * per pair, respondents and their group, live weights and CR, the most inconsistent judgement with a
 * one-click fix, and Insert into the sheet. State lives in useWizard (the answers and the analysis)
 * and useWizardActions (what the buttons do); the views below only show it. The work is kept with
 * the document (useKeptWizard): the wizard opens where it was left, until Start over.
 */
import { Suspense, useEffect, useState } from "react";
import { Body1, Button, Spinner, makeStyles } from "@fluentui/react-components";
import { chunkComponent, prefetch } from "../chunks";
import { useLanguage } from "../i18n";
import { useFunctionNames, usePort } from "../port-context";
import { keptNow, useKeepWizard } from "../hooks/useKeptWizard";
import { useWizard } from "../hooks/useWizard";
import { useWizardActions } from "../hooks/useWizardActions";
import { blockSize, pairsOf } from "../wizard/model";
import { groupBlockInput, groupBlockSize } from "../wizard/group-block";
import { ConsistencySummary } from "./ConsistencySummary";
import { TableInsertIcon } from "./icons";
import { OutcomeBar } from "./OutcomeBar";
import { Section, SubHeading } from "./Section";
import { WizardCriteria } from "./WizardCriteria";
import { WizardGroup } from "./WizardGroup";
import { WizardJudgements } from "./WizardJudgements";
import { WizardRespondents } from "./WizardRespondents";
import { WizardStartOver } from "./WizardStartOver";
import { WizardSuggestion } from "./WizardSuggestion";
import { WizardWeights } from "./WizardWeights";
import { controlRow } from "./shared-styles";

const useStyles = makeStyles({ row: controlRow });

// A chunk of its own (chunks.tsx), fetched once the wizard has painted: the Monte-Carlo run and the
// charts are not needed to answer the pairs, and "Show" then finds the code already there.
const sensitivity = chunkComponent(() =>
  import(/* webpackChunkName: "sensitivity" */ "./Sensitivity").then((m) => m.Sensitivity)
);
const { Component: Sensitivity } = sensitivity;

export function Wizard() {
  const styles = useStyles();
  const { s } = useLanguage();
  const names = useFunctionNames();
  // The work kept with the document, as read when the pane opened (useKeepWizard restores it if
  // that read comes later).
  const wizard = useWizard(s.criteriaDefault, keptNow(usePort())?.data ?? null);
  const keeping = useKeepWizard(wizard);
  const actions = useWizardActions(wizard);
  const { inserting } = actions;
  const n = wizard.criteria.length;
  const several = wizard.respondents.length >= 2;
  const size = several ? groupBlockSize(groupBlockInput(wizard)) : blockSize(n);
  const [showSensitivity, setShowSensitivity] = useState(false);
  useEffect(() => prefetch([sensitivity.load]), []);
  return (
    <Section title={s.wizardHeading} intro={s.wizardIntro}>
      <WizardStartOver keeping={keeping} />
      <WizardCriteria wizard={wizard} actions={actions} />
      <WizardRespondents wizard={wizard} onView={actions.showView} />

      <SubHeading>{s.pairsHeading(pairsOf(n).length)}</SubHeading>
      <WizardJudgements wizard={wizard} onAnswer={actions.answer} />

      <WizardWeights wizard={wizard} />
      <WizardGroup wizard={wizard} />
      <WizardSuggestion wizard={wizard} onFix={actions.applyFix} />
      <OutcomeBar
        outcome={actions.fixOutcome}
        onDismiss={actions.dismissFix}
        testId="fix-outcome"
      />

      <SubHeading>{s.insertHeading}</SubHeading>
      <Body1>
        {names(
          several
            ? s.groupInsertHint(size.rows, size.columns, wizard.group.members.length)
            : s.insertHint(size.rows, size.columns)
        )}
      </Body1>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<TableInsertIcon />}
          onClick={() => void actions.insert()}
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

      <SubHeading>{s.sensitivityHeading}</SubHeading>
      <Body1>{s.sensitivityIntro}</Body1>
      <div className={styles.row}>
        <Button
          aria-expanded={showSensitivity}
          onClick={() => setShowSensitivity((shown) => !shown)}
          data-testid="sensitivity-toggle"
        >
          {showSensitivity ? s.sensitivityHide : s.sensitivityShow}
        </Button>
      </div>
      {showSensitivity && wizard.problem === null && (
        <Suspense fallback={<Spinner size="tiny" label={s.working} />}>
          <Sensitivity wizard={wizard} />
        </Suspense>
      )}

      <ConsistencySummary wizard={wizard} />
    </Section>
  );
}
