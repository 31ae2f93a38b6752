/** The KPIs found, each a checkbox: its name, and under it the other language's name and details. */
import { Caption1, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueKpi } from "../../templates/data/types";
import { useLanguage } from "../i18n";
import { kpiDetails } from "../catalogue/model";
import { plainList } from "./shared-styles";

const useStyles = makeStyles({
  list: plainList,
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  label: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  details: { color: tokens.colorNeutralForeground3 },
});

export function CatalogueList({
  kpis,
  selected,
  onTick,
}: {
  kpis: CatalogueKpi[];
  selected: string[];
  onTick: (id: string, on: boolean) => void;
}) {
  const styles = useStyles();
  const { s, lang } = useLanguage();
  const other = lang === "id" ? "en" : "id";
  return (
    <ul className={styles.list} aria-label={s.catalogueHeading} data-testid="catalogue-list">
      {kpis.map((kpi) => (
        <li key={kpi.id} className={styles.item}>
          <Checkbox
            checked={selected.includes(kpi.id)}
            onChange={(_, data) => onTick(kpi.id, data.checked === true)}
            label={
              <span className={styles.label}>
                <Text>{kpi.name[lang]}</Text>
                <Caption1 className={styles.details}>
                  {kpi.name[other]} · {kpiDetails(kpi, lang, s)}
                </Caption1>
              </span>
            }
          />
        </li>
      ))}
    </ul>
  );
}
