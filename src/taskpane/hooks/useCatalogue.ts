/**
 * The KPI catalogue room's state and what its buttons do: the filter and the KPIs it finds, how many
 * are listed, the selection, the register to fill, and "Add to register" with its outcome. The state
 * is catalogue/model.ts's reducer; this hook adds the workbook (through useAddToRegister).
 */
import { useMemo, useReducer } from "react";
import type { CatalogueKpi } from "../../templates/data/types";
import {
  catalogueReducer,
  filterCatalogue,
  INITIAL_CATALOGUE,
  kpisOf,
  type CatalogueFilter,
  type CatalogueState,
} from "../catalogue/model";
import { STRINGS } from "../strings";
import { useAction, type Action } from "./useAction";
import { useAddKpi, useAddToRegister, useRegisterSheets } from "./useAddToRegister";

/** A search matches the words of either language, whichever the pane shows. */
const BOTH = [STRINGS.en, STRINGS.id];

export interface CatalogueRoom extends CatalogueState {
  /** The KPIs the filter finds (all of them; `shown` says how many are listed). */
  found: CatalogueKpi[];
  /** The workbook's registers, and a way to read them again (the Register select's focus). */
  registers: { sheets: string[]; refresh: () => void };
  adding: Action;
  change: (part: Partial<CatalogueFilter>) => void;
  showMore: () => void;
  tick: (id: string, on: boolean) => void;
  clearSelection: () => void;
  setTarget: (sheet: string) => void;
  add: () => Promise<void>;
  /** Add KPI: a new KPI in the target register's next empty row. */
  addKpi: () => Promise<void>;
}

export function useCatalogue(): CatalogueRoom {
  const [state, dispatch] = useReducer(catalogueReducer, INITIAL_CATALOGUE);
  const found = useMemo(() => filterCatalogue(state.filter, BOTH), [state.filter]);
  const adding = useAction();
  const addToRegister = useAddToRegister();
  const registers = useRegisterSheets();
  const addKpiTo = useAddKpi();

  const add = () =>
    adding.run(
      async () => {
        const outcome = await addToRegister(kpisOf(state.selected), state.target || undefined);
        // What went in is no longer selected; what did not fit stays selected.
        if (outcome.sheet) dispatch({ type: "select", ids: outcome.notPlacedIds });
        return outcome;
      },
      ({ s }) => s.addFailedTitle
    );

  const addKpi = () =>
    adding.run(
      () => addKpiTo(state.target || undefined),
      ({ s }) => s.addFailedTitle
    );

  return {
    ...state,
    found,
    registers,
    adding,
    change: (part) => dispatch({ type: "filter", part }),
    showMore: () => dispatch({ type: "showMore" }),
    tick: (id, on) => dispatch({ type: "tick", id, on }),
    clearSelection: () => dispatch({ type: "select", ids: [] }),
    setTarget: (sheet) => dispatch({ type: "target", sheet }),
    add,
    addKpi,
  };
}
