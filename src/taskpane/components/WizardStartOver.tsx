/**
 * The wizard's work kept with the workbook: a hint that it is, Start over (asked twice: 108
 * judgements are a morning's work), and a warning when it could not be kept.
 */
import { useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Keeping } from "../hooks/useKeptWizard";
import { useLanguage } from "../i18n";
import { messageOf } from "../port-context";
import { controlRow } from "./shared-styles";

const useStyles = makeStyles({
  row: { ...controlRow, alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground3, flexGrow: 1, minWidth: "150px" },
});

export function WizardStartOver({ keeping }: { keeping: Keeping }) {
  const styles = useStyles();
  const { s } = useLanguage();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <div className={styles.row}>
        <Caption1 className={styles.hint}>{s.keptHint}</Caption1>
        <Button size="small" onClick={() => setAsking(true)} disabled={asking}>
          {s.startOver}
        </Button>
      </div>
      {asking && (
        <MessageBar intent="warning" layout="multiline" data-testid="start-over">
          <MessageBarBody>{s.startOverQuestion}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                setAsking(false);
                keeping.startOver();
              }}
            >
              {s.startOverYes}
            </Button>
            <Button size="small" onClick={() => setAsking(false)}>
              {s.startOverNo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {keeping.failed !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid="keep-failed">
          <MessageBarBody>{s.keepFailed(messageOf(keeping.failed, s))}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
