/**
 * A WorkbookPort whose real one loads on first use: the pane's first screen does not wait for the
 * writer's code (Excel: the Office.js writer; preview: the in-memory workbook, with its formula
 * engine). Each method loads the real port, then forwards with its arguments and answer untouched.
 * The kept pane state is read at once through `paneState` (the pane reads it as it opens), without
 * the real port's code.
 */
import type { WorkbookPort } from "../workbook/port";

export interface LazyPortOptions {
  kind: WorkbookPort["kind"];
  /** The real port's `reportsEveryChange` (the lazy one must answer as it will). */
  reportsEveryChange: boolean;
  /** Loads the real port; called again after a failure (the next call tries again). */
  load: () => Promise<WorkbookPort>;
  /** The real port's loadPaneState and savePaneState, on storage the first chunk can reach. */
  paneState: Pick<WorkbookPort, "loadPaneState" | "savePaneState">;
}

export function lazyPort({
  kind,
  reportsEveryChange,
  load,
  paneState,
}: LazyPortOptions): WorkbookPort {
  return {
    kind,
    reportsEveryChange,
    listSheets: () => load().then((p) => p.listSheets()),
    applyPlan: (plan, onProgress) => load().then((p) => p.applyPlan(plan, onProgress)),
    addSheetsFrom: (build) => load().then((p) => p.addSheetsFrom(build)),
    readSheet: (name) => load().then((p) => p.readSheet(name)),
    readSheets: () => load().then((p) => p.readSheets()),
    readSheetHeads: (rows) => load().then((p) => p.readSheetHeads(rows)),
    getSelection: () => load().then((p) => p.getSelection()),
    insertAtSelection: (block) => load().then((p) => p.insertAtSelection(block)),
    insertAt: (sheet, address, block) => load().then((p) => p.insertAt(sheet, address, block)),
    readCellContext: () => load().then((p) => p.readCellContext()),
    replaceCells: (sheet, changes) => load().then((p) => p.replaceCells(sheet, changes)),
    replaceCellsOnSheets: (changes) => load().then((p) => p.replaceCellsOnSheets(changes)),
    goTo: (sheet, address) => load().then((p) => p.goTo(sheet, address)),
    // Both real ports (Excel's and the in-memory workbook) have tables that grow.
    addTableRow: (sheet, at, changes) =>
      load().then((p) => {
        if (!p.addTableRow) throw new Error(`a ${kind} workbook has no tables to add a row to`);
        return p.addTableRow(sheet, at, changes);
      }),
    loadPaneState: paneState.loadPaneState,
    savePaneState: paneState.savePaneState,
    subscribe(listener) {
      let stop: (() => void) | undefined;
      let stopped = false;
      load().then(
        (p) => {
          if (!stopped) stop = p.subscribe?.(listener);
        },
        () => undefined // nothing to listen to; the pane reads again when it needs to
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}

/** Loads once; a failed load is tried again on the next call. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
