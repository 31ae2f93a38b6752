/**
 * The respondents as a group (from two respondents on): each one's CR and distance from the group,
 * whether they are in it (with a CR limit, who is left out), the consensus with its band, and the
 * group's weights with the spread of the respondents' own weights. The numbers are src/core's
 * analyseRespondents (see ../wizard/group.ts).
 */
import type { ReactNode } from "react";
import {
  Badge,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { COMPATIBILITY_LIMIT, CR_THRESHOLD } from "../../core";
import { useLanguage } from "../i18n";
import type { WizardState } from "../hooks/useWizard";
import { crText } from "../wizard/words";
import { SubHeading } from "./Section";
import { controlRow } from "./shared-styles";

const useStyles = makeStyles({
  number: { fontVariantNumeric: "tabular-nums", textAlign: "end", whiteSpace: "nowrap" },
  name: { whiteSpace: "nowrap" },
  wrapping: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
  // Columns as wide as their numbers (Fluent's tables share the width out equally).
  table: { tableLayout: "auto" },
  /** A number column's header, over its numbers; long headers wrap rather than widen the table. */
  head: { justifyContent: "flex-end", textAlign: "end", whiteSpace: "normal" },
  row: controlRow,
  limit: { width: "88px" },
  hint: { color: tokens.colorNeutralForeground2 },
  consensus: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  far: { color: tokens.colorPaletteRedForeground1 },
});

export function WizardGroup({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s, number, percent } = useLanguage();
  const { respondents, criteria, maxCr, dispatch } = wizard;
  const { analysis, noneMeetsLimit } = wizard.group;
  if (respondents.length < 2) return null;
  const limit = number(maxCr ?? CR_THRESHOLD, 2);
  const left = analysis.leftOut.map(
    (k) => `${s.respondent(k + 1)} (${crText(analysis.respondents[k].cr, number)})`
  );
  const { consensus } = analysis;
  return (
    <>
      <SubHeading>{s.groupHeading}</SubHeading>
      <NumberTable
        label={s.groupHeading}
        testId="respondents"
        columns={[
          [s.respondentColumn, false],
          [s.cr, true],
          [s.distanceColumn, true],
          [s.inGroupColumn, false],
        ]}
      >
        {analysis.respondents.map((r, k) => (
          <TableRow key={k} data-testid="respondent-row">
            <TableCell className={styles.name}>{s.respondent(k + 1)}</TableCell>
            <TableCell className={styles.number} data-testid="respondent-cr">
              {crText(r.cr, number)}
            </TableCell>
            <TableCell
              className={mergeClasses(
                styles.number,
                r.compatibility !== null && r.compatibility > COMPATIBILITY_LIMIT && styles.far
              )}
              data-testid="respondent-distance"
            >
              {r.compatibility === null ? "—" : number(r.compatibility, 3)}
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={r.included ? "success" : "warning"}>
                {r.included ? s.inGroup : s.leftOutShort}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </NumberTable>
      <Caption1 className={styles.hint}>{s.distanceHint(number(COMPATIBILITY_LIMIT, 2))}</Caption1>

      <div className={styles.row}>
        <Checkbox
          label={s.limitToggle}
          checked={maxCr !== null}
          onChange={(_, data) =>
            dispatch({ type: "maxCr", maxCr: data.checked ? CR_THRESHOLD : null })
          }
        />
        {maxCr !== null && (
          <Field label={s.limitLabel} className={styles.limit}>
            <Input
              type="number"
              min={0}
              step={0.01}
              value={String(maxCr)}
              onChange={(_, data) => {
                const value = Number(data.value);
                if (data.value !== "" && value >= 0) dispatch({ type: "maxCr", maxCr: value });
              }}
            />
          </Field>
        )}
      </div>
      {maxCr !== null && (left.length > 0 || noneMeetsLimit) && (
        <MessageBar intent="warning" layout="multiline" data-testid="left-out">
          <MessageBarBody>
            {noneMeetsLimit ? s.noneMeetsLimit(limit) : s.leftOut(left.join(", "), limit)}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.consensus} data-testid="consensus">
        <Text weight="semibold">{s.consensusLabel}</Text>
        {consensus ? (
          <>
            <Text data-testid="consensus-value">{percent(consensus.consensus, 1)}</Text>
            <Badge appearance="tint" color={consensus.consensus > 0.75 ? "success" : "warning"}>
              {s.consensusBands[consensus.band]}
            </Badge>
          </>
        ) : (
          <Text>{s.consensusNeedsTwo}</Text>
        )}
      </div>
      <Caption1 className={styles.hint}>{s.consensusHint}</Caption1>

      <Text weight="semibold">{s.spreadHeading}</Text>
      <NumberTable
        label={s.spreadHeading}
        testId="spread"
        columns={[
          [s.criterionColumn, false],
          [s.groupColumn, true],
          [s.meanColumn, true],
          [s.rangeColumn, true],
        ]}
      >
        {criteria.map((name, j) => {
          const spread = analysis.spread[j];
          const group = analysis.group?.[j];
          return (
            <TableRow key={j} data-testid="spread-row">
              <TableCell>{name}</TableCell>
              <TableCell className={styles.number} data-testid="spread-group">
                {group === undefined ? "—" : number(group, 3)}
              </TableCell>
              <TableCell className={styles.wrapping} data-testid="spread-mean">
                {/* May break before "±" where the column is narrow (Bahasa Indonesia at 320 px). */}
                {spread
                  ? `${number(spread.mean, 2)} ±\u00a0${spread.sd === null ? "—" : number(spread.sd, 2)}`
                  : "—"}
              </TableCell>
              <TableCell className={styles.number} data-testid="spread-range">
                {spread ? `${number(spread.min, 2)}–${number(spread.max, 2)}` : "—"}
              </TableCell>
            </TableRow>
          );
        })}
      </NumberTable>
      <Caption1 className={styles.hint}>{s.spreadHint}</Caption1>
    </>
  );
}

/** A table of respondents or criteria: its number columns' headers sit over their numbers. */
function NumberTable({
  label,
  testId,
  columns,
  children,
}: {
  label: string;
  testId: string;
  /** [header, whether the column holds numbers]. */
  columns: [string, boolean][];
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="extra-small" aria-label={label} data-testid={testId}>
      <TableHeader>
        <TableRow>
          {columns.map(([header, numeric]) => (
            <TableHeaderCell key={header} button={numeric ? { className: styles.head } : undefined}>
              {header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
