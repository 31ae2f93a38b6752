/**
 * Check this workbook: the findings with severity icons, each linked to its cell; and the Audit
 * sheet, every Kinerja cell beside its re-performance in plain formulas.
 */
import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../readers/check";
import { useLanguage } from "../i18n";
import { useAuditSheet } from "../hooks/useAuditSheet";
import { useChecker } from "../hooks/useChecker";
import { where } from "../insert";
import { CheckIcon, ErrorIcon, InfoIcon, WarningIcon } from "./icons";
import { OutcomeBar } from "./OutcomeBar";
import { Section, SubHeading } from "./Section";
import { plainList } from "./shared-styles";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: plainList,
  item: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  icon: { paddingTop: "2px" },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  clean: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

function SeverityIcon({ severity }: { severity: Finding["severity"] }) {
  if (severity === "error") return <ErrorIcon color={tokens.colorPaletteRedForeground1} />;
  if (severity === "warning")
    return <WarningIcon color={tokens.colorPaletteDarkOrangeForeground1} />;
  return <InfoIcon color={tokens.colorBrandForeground1} />;
}

export function Checker() {
  const styles = useStyles();
  const { s, lang } = useLanguage();
  const checker = useChecker(lang);
  const auditSheet = useAuditSheet(lang);
  const findings = checker.report
    ? checker.report.findings
        .slice()
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    : [];
  const counts = (severity: Finding["severity"]) =>
    findings.filter((f) => f.severity === severity).length;

  return (
    <Section title={s.checkHeading} intro={s.checkIntro}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void checker.run()} disabled={checker.busy}>
          {s.checkButton}
        </Button>
        {checker.busy && <Spinner size="tiny" label={s.checking} />}
      </div>
      {checker.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.checkFailedTitle}</MessageBarTitle>
            {checker.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {checker.disconnected.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="disconnected">
          <MessageBarBody>
            <MessageBarTitle>{s.reconnectTitle(checker.disconnected.length)}</MessageBarTitle>
            {s.reconnectBody}{" "}
            {checker.disconnected
              .slice(0, 5)
              .map((cell) => where(cell.sheet, cell.address))
              .join(", ")}
            {checker.disconnected.length > 5 ? ", …" : ""}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              disabled={checker.reconnect.busy}
              onClick={() => void checker.runReconnect()}
            >
              {s.reconnectButton}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <OutcomeBar
        outcome={checker.reconnect.outcome}
        onDismiss={() => checker.reconnect.setOutcome(null)}
        testId="reconnect-outcome"
      />
      {checker.report && (
        <Text role="status" weight="semibold" data-testid="check-summary">
          {findings.length === 0 ? (
            <span className={styles.clean}>
              <CheckIcon color={tokens.colorPaletteGreenForeground1} />
              {s.checkClean(checker.report.sheets)}
            </span>
          ) : (
            s.checkSummary(
              checker.report.sheets,
              counts("error"),
              counts("warning"),
              counts("info")
            )
          )}
        </Text>
      )}
      {findings.length > 0 && (
        <ul className={styles.list} aria-label={s.findingsLabel} data-testid="findings">
          {findings.map((finding, k) => {
            const place = where(finding.sheet, finding.address);
            return (
              <li key={k} className={styles.item} data-severity={finding.severity}>
                <span className={styles.icon}>
                  <SeverityIcon severity={finding.severity} />
                </span>
                <span className={styles.body}>
                  <Body1>
                    <Text weight="semibold">{s.severityNames[finding.severity]}: </Text>
                    {finding.message}
                  </Body1>
                  <Link
                    as="button"
                    onClick={() => void checker.goTo(finding)}
                    aria-label={s.goTo(place)}
                  >
                    {place}
                  </Link>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <SubHeading>{s.auditSheetHeading}</SubHeading>
      <Body1>{s.auditSheetIntro}</Body1>
      <div className={styles.row}>
        <Button onClick={() => void auditSheet.add()} disabled={auditSheet.busy}>
          {s.auditSheetButton}
        </Button>
        {auditSheet.busy && <Spinner size="tiny" label={s.auditSheetAdding} />}
      </div>
      <OutcomeBar
        outcome={auditSheet.outcome}
        onDismiss={() => auditSheet.setOutcome(null)}
        testId="audit-sheet-outcome"
      />
    </Section>
  );
}
