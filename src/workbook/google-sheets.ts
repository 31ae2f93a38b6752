/**
 * The pane's workbook port in the Google Sheets sidebar: each method is one `google.script.run`
 * call to the add-on's server (src/sheets-addon/server.ts; what it does: src/gsheets/sidebar-calls.ts).
 * A call is a round trip of typically 0.3–1.5 s, so each pane action is one call that carries all
 * its work: a Build sends the whole plan, and the server answers with what it made (or, if it
 * failed, that it took it out again).
 *
 * A refusal comes back as an answer `{ ok: false, problem }` and becomes the WorkbookError the pane
 * words in its language; anything Apps Script throws (a timeout, a lost connection) reaches the
 * failure handler and becomes "excelFailed" at that step.
 */
import type { Scalar, WorkbookPlan } from "../sheet/plan";
import type { CellChange, CellContext, SheetHead, SheetSnapshot } from "../sheet/snapshot";
import type { Answer, SidebarCalls } from "./sheets-calls";
import {
  WorkbookError,
  type ApplyProgress,
  type ApplyResult,
  type CellBlock,
  type WorkbookPort,
  type WorkbookStep,
} from "./port";

/**
 * The part of `google.script.run` the port uses: a runner with its handlers set, whose server
 * functions return nothing on the client (the answer goes to the success handler).
 */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

/** google.script.run, which HtmlService gives the sidebar's page. */
declare const google: { script: { run: ScriptRun } };

export class SheetsWorkbook implements WorkbookPort {
  readonly kind = "sheets";

  /** `run` gives a fresh google.script.run (the tests pass a stub). */
  constructor(private readonly run: () => ScriptRun = () => google.script.run) {}

  /** One round trip: calls `name` on the server; a failure rejects with the Error Apps Script gave. */
  private call<K extends keyof SidebarCalls>(
    name: K,
    ...args: Parameters<SidebarCalls[K]>
  ): Promise<ReturnType<SidebarCalls[K]>> {
    return new Promise((resolve, reject) => {
      const runner = this.run()
        .withSuccessHandler((value) => resolve(value as ReturnType<SidebarCalls[K]>))
        .withFailureHandler(reject);
      (runner[name] as (...a: unknown[]) => void)(...args);
    });
  }

  /** A call whose answer may be a refusal: resolves with its value, or rejects with the problem. */
  private async ask<T, K extends keyof SidebarCalls>(
    step: WorkbookStep,
    name: K,
    ...args: Parameters<SidebarCalls[K]>
  ): Promise<T> {
    let reply: Answer<T>;
    try {
      reply = (await this.call(name, ...args)) as Answer<T>;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new WorkbookError({ code: "excelFailed", step, reason }, undefined, { cause: error });
    }
    if (!reply.ok) throw new WorkbookError(reply.problem);
    return reply.value;
  }

  listSheets(): Promise<string[]> {
    return this.ask({ kind: "listSheets" }, "listSheets");
  }

  async applyPlan(
    plan: WorkbookPlan,
    onProgress?: (progress: ApplyProgress) => void
  ): Promise<ApplyResult> {
    onProgress?.({ phase: "writing", fraction: 0.1 });
    const made = await this.ask<Omit<ApplyResult, "syncs">, "applyPlan">(
      { kind: "build" },
      "applyPlan",
      JSON.stringify(plan)
    );
    onProgress?.({ phase: "done", fraction: 1 });
    return { ...made, syncs: 1 };
  }

  readSheet(name: string): Promise<SheetSnapshot> {
    return this.ask({ kind: "readSheet", sheet: name }, "readSheet", name);
  }

  readSheets(): Promise<SheetSnapshot[]> {
    return this.ask({ kind: "readSheets" }, "readSheets");
  }

  readSheetHeads(rows: number): Promise<SheetHead[]> {
    return this.ask({ kind: "readHeads" }, "readSheetHeads", rows);
  }

  getSelection(): Promise<{ sheet: string; address: string; values: Scalar[][] }> {
    return this.ask({ kind: "readSelection" }, "getSelection");
  }

  insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }> {
    return this.ask({ kind: "insert" }, "insertAtSelection", block);
  }

  insertAt(
    sheet: string,
    address: string,
    block: CellBlock
  ): Promise<{ sheet: string; address: string }> {
    return this.ask({ kind: "insert" }, "insertAt", sheet, address, block);
  }

  readCellContext(): Promise<CellContext> {
    return this.ask({ kind: "readSelection" }, "readCellContext");
  }

  /** Two calls: the sheets read, then the plan `build` makes from them applied (all or nothing). */
  async addSheetsFrom(
    build: (sheets: SheetSnapshot[]) => WorkbookPlan | null
  ): Promise<ApplyResult | null> {
    const plan = build(await this.readSheets());
    return plan ? this.applyPlan(plan) : null;
  }

  async replaceCells(sheet: string, changes: CellChange[]): Promise<void> {
    await this.ask({ kind: "changeCells", sheet }, "replaceCells", sheet, changes);
  }

  async replaceCellsOnSheets(changes: { sheet: string; changes: CellChange[] }[]): Promise<void> {
    const sheet = changes[0]?.sheet ?? "";
    await this.ask({ kind: "changeCells", sheet }, "replaceCellsOnSheets", changes);
  }

  async goTo(sheet: string, address: string): Promise<void> {
    await this.ask({ kind: "goTo", sheet, address }, "goTo", sheet, address);
  }

  async loadPaneState(key: string): Promise<string | null> {
    return this.call("loadPaneState", key);
  }

  async savePaneState(key: string, text: string | null): Promise<void> {
    await this.call("savePaneState", key, text);
  }
}
