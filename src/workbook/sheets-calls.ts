/**
 * The calls the Google Sheets sidebar makes to the add-on's server with `google.script.run`, by
 * name, and their answers: the contract between the client (google-sheets.ts) and the server
 * (src/sheets-addon/server.ts, which the compiler holds to it). Arguments and answers are what
 * google.script.run can carry: strings, numbers, booleans, null, and arrays and objects of them.
 */
import type { Scalar } from "../sheet/plan";
import type { CellChange, CellContext, SheetHead, SheetSnapshot } from "../sheet/snapshot";
import type { ApplyResult, CellBlock, WorkbookProblem } from "./port";

/**
 * A call's answer: its result, or a problem the pane words in its language. google.script.run
 * hands the client only a thrown error's message, so a refusal with data travels as an answer.
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; problem: WorkbookProblem };

export interface SidebarCalls {
  /** Builds a plan (JSON) in new sheets; all or nothing. */
  applyPlan(planJson: string): Answer<Omit<ApplyResult, "syncs">>;
  listSheets(): Answer<string[]>;
  readSheet(name: string): Answer<SheetSnapshot>;
  readSheets(): Answer<SheetSnapshot[]>;
  readSheetHeads(rows: number): Answer<SheetHead[]>;
  getSelection(): Answer<{ sheet: string; address: string; values: Scalar[][] }>;
  insertAtSelection(block: CellBlock): Answer<{ sheet: string; address: string }>;
  insertAt(
    sheet: string,
    address: string,
    block: CellBlock
  ): Answer<{ sheet: string; address: string }>;
  readCellContext(): Answer<CellContext>;
  replaceCells(sheet: string, changes: CellChange[]): Answer<null>;
  replaceCellsOnSheets(changes: { sheet: string; changes: CellChange[] }[]): Answer<null>;
  goTo(sheet: string, address: string): Answer<null>;
  /** The pane's kept text (no refusal to word: a failure is the call's own). */
  loadPaneState(key: string): string | null;
  savePaneState(key: string, text: string | null): null;
}
