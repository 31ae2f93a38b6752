/** A line that stays in view at the bottom while answering: CR and the verdict. */
import { Badge, Caption1, Text, makeStyles } from "@fluentui/react-components";
import { CR_THRESHOLD } from "../../core";
import { useLanguage } from "../i18n";
import type { WizardState } from "../hooks/useWizard";
import { RI_TABLE } from "../wizard/model";
import { crText } from "../wizard/words";
import { stickyBottomBar } from "./shared-styles";

const useStyles = makeStyles({ summary: stickyBottomBar });

export function ConsistencySummary({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s, number } = useLanguage();
  const { consistency, isInconsistent } = wizard.analysis;
  const limit = number(CR_THRESHOLD, 2);
  return (
    <div className={styles.summary} role="status" data-testid="summary">
      <Text weight="semibold">
        {s.cr} {crText(consistency.cr, number)}
      </Text>
      <Badge appearance="tint" color={isInconsistent ? "danger" : "success"}>
        {isInconsistent ? s.inconsistent(limit) : s.consistent(limit)}
      </Badge>
      <Caption1>{s.riWith(RI_TABLE)}</Caption1>
    </div>
  );
}
