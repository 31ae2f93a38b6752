/** The shown matrix's weights (a table with bars) and its consistency figures: λmax, CI, RI, CR. */
import {
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { WizardState } from "../hooks/useWizard";
import { crText } from "../wizard/words";
import { SubHeading } from "./Section";

const useStyles = makeStyles({
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
});

export function WizardWeights({ wizard }: { wizard: WizardState }) {
  const styles = useStyles();
  const { s, number } = useLanguage();
  const { criteria } = wizard;
  const { consistency } = wizard.analysis;
  const max = Math.max(...consistency.weights);
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
          {crText(consistency.cr, number)}
        </dd>
      </dl>
      {criteria.length === 2 && <Caption1>{s.twoCriteria}</Caption1>}
    </>
  );
}
