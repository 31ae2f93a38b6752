/**
 * The workbook port inside Excel, its code loaded on first use: the pane's first screen does not
 * wait for the Office.js writer (src/workbook/office.ts and office-writer.ts, a chunk of their own,
 * fetched after the first paint — see chunks.tsx). The pane's kept state needs only Office's
 * document settings (office-pane-state.ts), read at once.
 */
import { loadOfficePaneState, saveOfficePaneState } from "../workbook/office-pane-state";
import type { WorkbookPort } from "../workbook/port";
import { lazyPort, loadOnce } from "./lazy-port";

/** The ExcelWorkbook, once its chunk is in; a failed load is tried again on the next call. */
export const loadExcelWorkbook: () => Promise<WorkbookPort> = loadOnce(() =>
  import(/* webpackChunkName: "excel" */ "../workbook/office").then(
    (office) => new office.ExcelWorkbook()
  )
);

/** A WorkbookPort for Excel that loads the real one (ExcelWorkbook) when first asked for anything. */
export function lazyExcelWorkbook(): WorkbookPort {
  return lazyPort({
    kind: "excel",
    // As ExcelWorkbook's (its events are hints); test/taskpane/excel-port.test.ts keeps them equal.
    reportsEveryChange: false,
    load: loadExcelWorkbook,
    paneState: { loadPaneState: loadOfficePaneState, savePaneState: saveOfficePaneState },
  });
}
