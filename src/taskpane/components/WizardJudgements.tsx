/**
 * The judgements: one questionnaire row per pair for a respondent, or the group's judgements as
 * sentences (not editable: they are geometric means).
 */
import { Body1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { WizardState } from "../hooks/useWizard";
import { pairKey, pairsOf } from "../wizard/model";
import { groupSentence } from "../wizard/words";
import { PairQuestion } from "./PairQuestion";

const useStyles = makeStyles({
  pairs: { display: "flex", flexDirection: "column" },
  groupPair: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function WizardJudgements({
  wizard,
  onAnswer,
}: {
  wizard: WizardState;
  onAnswer: (key: string, position: number) => void;
}) {
  const styles = useStyles();
  const { criteria, view, answers } = wizard;
  if (view === "group") return <GroupPairs wizard={wizard} />;
  return (
    <div className={styles.pairs}>
      {pairsOf(criteria.length).map(([i, j]) => (
        <PairQuestion
          key={`${view}:${i}-${j}`}
          pair={pairKey(i, j)}
          left={criteria[i]}
          right={criteria[j]}
          position={answers[pairKey(i, j)] ?? 0}
          onAnswer={onAnswer}
        />
      ))}
    </div>
  );
}

function GroupPairs({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const language = useLanguage();
  const { criteria, analysis } = wizard;
  return (
    <div className={styles.pairs}>
      <Body1>{language.s.groupNote(wizard.group.members.length)}</Body1>
      {pairsOf(criteria.length).map(([i, j]) => (
        <Text key={`${i}-${j}`} className={styles.groupPair} data-testid="group-pair">
          {groupSentence(criteria[i], criteria[j], analysis.matrix[i][j], language)}
        </Text>
      ))}
    </div>
  );
}
