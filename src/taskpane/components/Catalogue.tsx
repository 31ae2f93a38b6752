/**
 * The KPI catalogue: search (both languages, perspective/stakeholder, unit, direction, source),
 * filters, a selection, and "Add to register" into the scorecard's free rows (names still empty). State lives in
 * useCatalogue (over catalogue/model.ts); the views below only show it.
 */
import { Button, Caption1, Text, makeStyles } from "@fluentui/react-components";
import { KPI_CATALOGUE } from "../../templates/data/catalogue";
import { PAGE } from "../catalogue/model";
import { useLanguage } from "../i18n";
import { useCatalogue, type CatalogueRoom } from "../hooks/useCatalogue";
import { CatalogueFilters } from "./CatalogueFilters";
import { CatalogueList } from "./CatalogueList";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";
import { stickyBottomBar } from "./shared-styles";

const useStyles = makeStyles({
  bar: stickyBottomBar,
  count: { flexGrow: 1 },
});

export function Catalogue() {
  const { s } = useLanguage();
  const room = useCatalogue();
  const { found, shown, adding } = room;
  return (
    <Section title={s.catalogueHeading} intro={s.catalogueIntro(KPI_CATALOGUE.length)}>
      <CatalogueFilters room={room} />
      <Text role="status" data-testid="catalogue-count">
        {s.resultsCount(found.length)}
      </Text>
      {found.length === 0 ? (
        <Caption1>{s.noResults}</Caption1>
      ) : (
        <CatalogueList kpis={found.slice(0, shown)} selected={room.selected} onTick={room.tick} />
      )}
      {found.length > shown && (
        <Button onClick={room.showMore}>{s.showMore(Math.min(PAGE, found.length - shown))}</Button>
      )}
      <OutcomeBar
        outcome={adding.outcome}
        onDismiss={() => adding.setOutcome(null)}
        testId="add-outcome"
      />
      <SelectionBar room={room} />
    </Section>
  );
}

/** Stays at the bottom while the list scrolls: how many are selected, Clear, and Add to register. */
function SelectionBar({ room }: { room: CatalogueRoom }) {
  const styles = useStyles();
  const { s } = useLanguage();
  const { selected, adding } = room;
  return (
    <div className={styles.bar}>
      <Text className={styles.count} weight="semibold">
        {s.selectedCount(selected.length)}
      </Text>
      <Button size="small" disabled={selected.length === 0} onClick={room.clearSelection}>
        {s.clearSelection}
      </Button>
      <Button
        size="small"
        appearance="primary"
        disabled={selected.length === 0 || adding.busy}
        onClick={() => void room.add()}
      >
        {s.addToRegister}
      </Button>
    </div>
  );
}
