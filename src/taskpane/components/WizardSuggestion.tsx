/**
 * The most inconsistent judgement when CR is too high: the answer now, what the other answers point
 * to, and — for a respondent — what "Apply suggestion" will set (for the group: how to fix it).
 */
import { useId } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { WizardState } from "../hooks/useWizard";
import { positionOf } from "../wizard/model";
import { fixText, groupSentence } from "../wizard/words";
import { useSentence } from "./PairQuestion";

const useStyles = makeStyles({
  line: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export function WizardSuggestion({ wizard, onFix }: { wizard: WizardState; onFix: () => void }) {
  const styles = useStyles();
  const language = useLanguage();
  const { s, number } = language;
  const sentence = useSentence();
  const fixId = useId();
  const { criteria, analysis, view } = wizard;
  const top = analysis.inconsistencies[0];
  if (!analysis.isInconsistent || !top) return null;
  const [left, right] = [criteria[top.row - 1], criteria[top.col - 1]];
  const isGroup = view === "group";
  const now = isGroup
    ? groupSentence(left, right, top.current, language)
    : sentence(left, right, positionOf(top.current));
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="suggestion">
      <MessageBarBody>
        <MessageBarTitle>
          {s.suggestionTitle}: {s.pairLabel(left, right)}
        </MessageBarTitle>
        <span className={styles.line}>{s.suggestionNow(now)}</span>
        <span className={styles.line}>
          {s.suggestionBetter(
            sentence(left, right, positionOf(top.suggestedScale)),
            number(top.suggested, 2),
            top.row,
            top.col
          )}
        </span>
        {isGroup ? (
          <span className={styles.line}>{s.groupFixHint}</span>
        ) : (
          <span className={styles.line} id={fixId} data-testid="fix-plan">
            {fixText(criteria, wizard.fix, sentence, language)}
          </span>
        )}
      </MessageBarBody>
      {!isGroup && (
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
  );
}
