/**
 * The KPI catalogue: search (both languages, perspective/stakeholder, unit, direction, source),
 * filters, a selection, and "Add to register" into the scorecard's placeholder rows.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  SearchBox,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { KPI_CATALOGUE } from "../../templates/data/catalogue";
import type { CatalogueKpi } from "../../templates/data/types";
import { filterCatalogue, kpiDetails, NO_FILTER, SEEDS, type CatalogueFilter } from "../catalogue/model";
import { STRINGS } from "../strings";
import { useLanguage } from "../i18n";
import { useAction } from "../hooks/useAction";
import { useAddToRegister, useRegisterSheets } from "../hooks/useAddToRegister";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";
import { stickyBottomBar } from "./sticky-bar";

const PAGE = 40;
const BOTH = [STRINGS.en, STRINGS.id];

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // Side by side from about 340 px of content, one column below (320-px panes).
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  // A native <select> is as wide as its longest option unless told otherwise: let it shrink.
  field: { minWidth: 0 },
  selectRoot: { minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  search: { maxWidth: "none", width: "100%" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  item: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  label: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  details: { color: tokens.colorNeutralForeground3 },
  bar: stickyBottomBar,
  count: { flexGrow: 1 },
});

export function Catalogue() {
  const styles = useStyles();
  const { s, lang } = useLanguage();
  const [filter, setFilter] = useState<CatalogueFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<string[]>([]);
  const adding = useAction();
  const addToRegister = useAddToRegister();
  const registers = useRegisterSheets();
  const [target, setTarget] = useState("");
  const found = useMemo(() => filterCatalogue(filter, BOTH), [filter]);
  const change = (part: Partial<CatalogueFilter>) => {
    setFilter((old) => ({ ...old, ...part }));
    setShown(PAGE);
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((old) => (on ? [...old.filter((k) => k !== id), id] : old.filter((k) => k !== id)));

  const add = () =>
    adding.run(
      async () => {
        const kpis = selected
          .map((id) => KPI_CATALOGUE.find((kpi) => kpi.id === id))
          .filter((kpi): kpi is CatalogueKpi => kpi !== undefined);
        const outcome = await addToRegister(kpis, target || undefined);
        // What went in is no longer selected; what did not fit stays selected.
        if (outcome.sheet) setSelected(outcome.notPlacedIds);
        return outcome;
      },
      ({ s }) => s.addFailedTitle
    );

  return (
    <Section title={s.catalogueHeading} intro={s.catalogueIntro(KPI_CATALOGUE.length)}>
      <div className={styles.filters}>
        <Field label={s.searchLabel} className={styles.field}>
          <SearchBox
            className={styles.search}
            value={filter.query}
            placeholder={s.searchPlaceholder}
            onChange={(_, data) => change({ query: data.value })}
            dismiss={{ "aria-label": s.clearSearch, title: s.clearSearch }}
          />
        </Field>
        <Field label={s.filterSource} className={styles.field}>
          <Select
            className={styles.selectRoot}
            select={{ className: styles.select }}
            value={filter.seed}
            onChange={(_, data) => change({ seed: data.value })}
          >
            <option value="">{s.all}</option>
            {SEEDS.map((seed) => (
              <option key={seed} value={seed}>
                {s.sourceNames[seed] ?? seed}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.pair}>
          <Field label={s.filterGroup} className={styles.field}>
            <Select
              className={styles.selectRoot}
              select={{ className: styles.select }}
              value={filter.group}
              onChange={(_, data) => change({ group: data.value })}
            >
              <option value="">{s.all}</option>
              <optgroup label={s.perspectivesLabel}>
                {Object.entries(s.perspectiveNames).map(([key, name]) => (
                  <option key={key} value={`p:${key}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={s.stakeholdersLabel}>
                {Object.entries(s.stakeholderNames).map(([key, name]) => (
                  <option key={key} value={`s:${key}`}>
                    {name}
                  </option>
                ))}
              </optgroup>
            </Select>
          </Field>
          <Field label={s.filterDirection} className={styles.field}>
            <Select
              className={styles.selectRoot}
              select={{ className: styles.select }}
              value={filter.direction}
              onChange={(_, data) => change({ direction: data.value })}
            >
              <option value="">{s.all}</option>
              <option value="higher">{s.directionNames.higher}</option>
              <option value="lower">{s.directionNames.lower}</option>
            </Select>
          </Field>
        </div>
        <Field
          label={s.registerLabel}
          hint={registers.sheets.length === 0 ? s.noRegister : undefined}
          className={styles.field}
        >
          <Select
            className={styles.selectRoot}
            select={{ className: styles.select }}
            value={target}
            onChange={(_, data) => setTarget(data.value)}
            onFocus={registers.refresh}
            data-testid="register"
          >
            <option value="">{s.registerAuto}</option>
            {registers.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <Text role="status" data-testid="catalogue-count">
        {s.resultsCount(found.length)}
      </Text>
      {found.length === 0 ? (
        <Caption1>{s.noResults}</Caption1>
      ) : (
        <ul className={styles.list} aria-label={s.catalogueHeading} data-testid="catalogue-list">
          {found.slice(0, shown).map((kpi) => (
            <li key={kpi.id} className={styles.item}>
              <Checkbox
                checked={selected.includes(kpi.id)}
                onChange={(_, data) => toggle(kpi.id, data.checked === true)}
                label={
                  <span className={styles.label}>
                    <Text>{kpi.name[lang]}</Text>
                    <Caption1 className={styles.details}>
                      {kpi.name[lang === "id" ? "en" : "id"]} · {kpiDetails(kpi, lang, s)}
                    </Caption1>
                  </span>
                }
              />
            </li>
          ))}
        </ul>
      )}
      {found.length > shown && (
        <Button onClick={() => setShown((old) => old + PAGE)}>
          {s.showMore(Math.min(PAGE, found.length - shown))}
        </Button>
      )}
      <OutcomeBar
        outcome={adding.outcome}
        onDismiss={() => adding.setOutcome(null)}
        testId="add-outcome"
      />
      <div className={styles.bar}>
        <Text className={styles.count} weight="semibold">
          {s.selectedCount(selected.length)}
        </Text>
        <Button size="small" disabled={selected.length === 0} onClick={() => setSelected([])}>
          {s.clearSelection}
        </Button>
        <Button
          size="small"
          appearance="primary"
          disabled={selected.length === 0 || adding.busy}
          onClick={() => void add()}
        >
          {s.addToRegister}
        </Button>
      </div>
    </Section>
  );
}
