/**
 * The workbook port inside Excel, its code loaded on first use: the pane's first screen does not
 * wait for the Office.js writer (src/workbook/office.ts and office-writer.ts, a chunk of their own,
 * fetched after the first paint — see chunks.tsx). Each method loads the chunk, then forwards; the
 * pane's kept state needs only Office's document settings (office-pane-state.ts), read at once.
 */
import { loadOfficePaneState, saveOfficePaneState } from "../workbook/office-pane-state";
import type { WorkbookPort } from "../workbook/port";

type ExcelModule = typeof import("../workbook/office");
type ExcelWorkbook = InstanceType<ExcelModule["ExcelWorkbook"]>;

let loading: Promise<ExcelWorkbook> | undefined;

/** The ExcelWorkbook, once its chunk is in; a failed load is tried again on the next call. */
export function loadExcelWorkbook(): Promise<ExcelWorkbook> {
  loading ??= import(/* webpackChunkName: "excel" */ "../workbook/office").then(
    (office: ExcelModule) => new office.ExcelWorkbook(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading;
}

/** A WorkbookPort for Excel that loads the real one (ExcelWorkbook) when first asked for anything. */
export function lazyExcelWorkbook(): WorkbookPort {
  const port = loadExcelWorkbook;
  return {
    kind: "excel",
    // As ExcelWorkbook's (its events are hints); test/taskpane/excel-port.test.ts keeps them equal.
    reportsEveryChange: false,
    listSheets: () => port().then((p) => p.listSheets()),
    applyPlan: (plan, onProgress) => port().then((p) => p.applyPlan(plan, onProgress)),
    addSheetsFrom: (build) => port().then((p) => p.addSheetsFrom(build)),
    readSheet: (name) => port().then((p) => p.readSheet(name)),
    readSheets: () => port().then((p) => p.readSheets()),
    readSheetHeads: (rows) => port().then((p) => p.readSheetHeads(rows)),
    getSelection: () => port().then((p) => p.getSelection()),
    insertAtSelection: (block) => port().then((p) => p.insertAtSelection(block)),
    insertAt: (sheet, address, block) => port().then((p) => p.insertAt(sheet, address, block)),
    readCellContext: () => port().then((p) => p.readCellContext()),
    replaceCells: (sheet, changes) => port().then((p) => p.replaceCells(sheet, changes)),
    replaceCellsOnSheets: (changes) => port().then((p) => p.replaceCellsOnSheets(changes)),
    addTableRow: (sheet, at, changes) => port().then((p) => p.addTableRow(sheet, at, changes)),
    goTo: (sheet, address) => port().then((p) => p.goTo(sheet, address)),
    // As ExcelWorkbook's, without waiting for its chunk: the pane reads these as it opens.
    loadPaneState: loadOfficePaneState,
    savePaneState: saveOfficePaneState,
    subscribe(listener) {
      let stop: (() => void) | undefined;
      let stopped = false;
      port().then(
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
