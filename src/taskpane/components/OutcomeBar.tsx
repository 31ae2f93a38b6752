/** The outcome of an action as a Fluent MessageBar, with a button to dismiss it. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { wordsOf, type Outcome } from "../hooks/useAction";
import { useLanguage } from "../i18n";

export function OutcomeBar({
  outcome,
  onDismiss,
  testId,
}: {
  outcome: Outcome | null;
  onDismiss?: () => void;
  testId?: string;
}) {
  const language = useLanguage();
  const { s } = language;
  if (!outcome) return null;
  return (
    <MessageBar intent={outcome.intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        {outcome.title && <MessageBarTitle>{wordsOf(outcome.title, language)}</MessageBarTitle>}
        {wordsOf(outcome.text, language)}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            {s.dismiss}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
