/** The wizard's criteria: typed one per line, or read from the selected cells. */
import { Button, Field, Textarea, makeStyles } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { WizardActions } from "../hooks/useWizardActions";
import type { WizardState } from "../hooks/useWizard";
import { criteriaProblemText } from "../wizard/words";
import { OutcomeBar } from "./OutcomeBar";
import { controlRow } from "./shared-styles";

const useStyles = makeStyles({ row: controlRow });

export function WizardCriteria({
  wizard,
  actions,
}: {
  wizard: WizardState;
  actions: WizardActions;
}) {
  const styles = useStyles();
  const { s } = useLanguage();
  const { problem, criteriaText } = wizard;
  const { reading } = actions;
  return (
    <>
      <Field
        label={s.criteriaLabel}
        validationMessage={problem ? criteriaProblemText(problem, s) : undefined}
        validationState={problem ? "error" : "none"}
      >
        <Textarea
          value={criteriaText}
          onChange={(_, data) => wizard.setCriteriaText(data.value)}
          rows={Math.min(Math.max(criteriaText.split("\n").length, 3), 8)}
          resize="vertical"
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => void actions.readSelection()} disabled={reading.busy}>
          {s.readSelection}
        </Button>
      </div>
      <OutcomeBar outcome={reading.outcome} onDismiss={() => reading.setOutcome(null)} />
    </>
  );
}
