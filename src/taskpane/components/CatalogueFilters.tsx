/**
 * The catalogue's search and filters (source, perspective or stakeholder, direction) and the
 * register to fill. Side by side from about 340 px of content, one column below (320-px panes).
 */
import { Button, Field, SearchBox, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useLanguage } from "../i18n";
import type { CatalogueRoom } from "../hooks/useCatalogue";
import { STUDIES } from "../catalogue/model";

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(160px, 1fr))",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  field: { minWidth: 0 },
  selectRoot: { minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  search: { maxWidth: "none", width: "100%" },
});

/** A native <select> is as wide as its longest option unless told otherwise: let it shrink. */
const shrinking = (styles: ReturnType<typeof useStyles>) => ({
  className: styles.selectRoot,
  select: { className: styles.select },
});

export function CatalogueFilters({ room }: { room: CatalogueRoom }) {
  const styles = useStyles();
  const { s } = useLanguage();
  const { filter, change } = room;
  const shrinks = shrinking(styles);
  return (
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
          {...shrinks}
          value={filter.study}
          onChange={(_, data) => change({ study: data.value })}
        >
          <option value="">{s.all}</option>
          {STUDIES.map((study) => (
            <option key={study} value={study}>
              {s.sourceNames[study] ?? study}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field label={s.filterGroup} className={styles.field}>
          <Select
            {...shrinks}
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
            {...shrinks}
            value={filter.direction}
            onChange={(_, data) => change({ direction: data.value })}
          >
            <option value="">{s.all}</option>
            <option value="higher">{s.directionNames.higher}</option>
            <option value="lower">{s.directionNames.lower}</option>
          </Select>
        </Field>
      </div>
      <RegisterField room={room} />
      <AddKpiButton room={room} />
    </div>
  );
}

/** Which register "Add to register" fills; the list is read again when the select gets focus. */
function RegisterField({ room }: { room: CatalogueRoom }) {
  const styles = useStyles();
  const { s } = useLanguage();
  const { registers } = room;
  return (
    <Field
      label={s.registerLabel}
      hint={registers.sheets.length === 0 ? s.noRegister : undefined}
      className={styles.field}
    >
      <Select
        {...shrinking(styles)}
        value={room.target}
        onChange={(_, data) => room.setTarget(data.value)}
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
  );
}

/** Add KPI: a new, empty KPI in the chosen register's next empty row. */
function AddKpiButton({ room }: { room: CatalogueRoom }) {
  const { s } = useLanguage();
  return (
    <Button
      size="small"
      title={s.addKpiHint}
      disabled={room.adding.busy}
      onClick={() => void room.addKpi()}
      data-testid="add-kpi"
    >
      {s.addKpi}
    </Button>
  );
}
