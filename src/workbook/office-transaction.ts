/**
 * All-or-nothing writes to Excel. Excel has no transactions: a batch that fails part-way keeps what
 * ran before the failing operation, and a write that takes several round trips keeps the earlier
 * ones. So a write records what it adds or overwrites as it queues it (ExcelUndo), and when a round
 * trip fails, `excelTransaction` takes exactly that out again — in one more round trip, two when it
 * must first learn what a failed batch managed to add — and reports what became of it (Rollback)
 * with the failure.
 *
 * What is recorded, and how it is undone:
 * - sheets the write added: deleted by the id Excel gave them, never by name. Sheets added in a
 *   batch that failed have no id yet; they are added under names unique to this write, and found
 *   by those names among the sheets that were not there before (their ids read in the write's
 *   first round trip). Tables, sheet-scoped names, charts and shapes on them go with them;
 * - workbook-scoped names and tables on sheets that were there before: deleted by name;
 * - cells written on sheets that were there before: their content (and number formats, when the
 *   write changed those) before the write, written back.
 *
 * A new write that adds anything else records it here too, with its undo (CONTRIBUTING.md, "A
 * writer").
 */
import type { LeftSheet, Rollback, WorkbookStep } from "./port";
import { isWorkbookError, rollbackMessage, WorkbookError } from "./port";
import type { CellInput } from "./office-writer";

/** A failed step, in words the pane can show: "Kinerja could not write sheet 'BSC (2)': …". */
export class ExcelStepError extends Error {
  constructor(
    readonly step: string,
    cause: unknown
  ) {
    super(`Kinerja could not ${step}: ${officeMessage(cause)}`, { cause });
    this.name = "ExcelStepError";
  }
}

/** An Office error's message, with where it happened when Office says so. */
export function officeMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const location = (error as Partial<OfficeExtension.Error>).debugInfo?.errorLocation;
  return location ? `${error.message} (${location})` : error.message;
}

/** Cells written on a sheet that was there before, with what they held. */
interface WrittenCells {
  sheet: string;
  address: string;
  /** The cells' content before, as Office.js takes it back through `range.formulas`. */
  formulas: CellInput[][];
  /** Their number formats before, when the write changed those. */
  numberFormat?: (string | null)[][];
}

/** A sheet this write added. */
interface AddedSheet {
  /** The proxy Excel.run gave; its id is read once the batch that added it came back. */
  proxy: Excel.Worksheet;
  /** Excel's id: known once the batch that added the sheet came back. */
  id?: string;
  /** Its name for sure (the one it was added under, unique to this write, until a rename is back). */
  name: string;
  /** A rename queued in a batch not yet back: the new name and the trace Excel runs after it. */
  renaming?: { name: string; trace: string };
}

/** Traces Kinerja queues around renames, to learn from a failed batch how far it got. */
const BATCH_TRACE = "kinerja:batch";
const RENAMED_TRACE = "kinerja:renamed";

export class ExcelUndo {
  private readonly sheets: AddedSheet[] = [];
  /** Ids of the sheets there before the write (those added later without an id are found by name). */
  private readonly before = new Set<string>();
  private readonly cells: WrittenCells[] = [];
  private readonly names: string[] = [];
  private readonly tables: string[] = [];
  /** Rows added to tables: the row's cells across the table ("'Sheet'" and "A25:W25"). */
  private readonly tableRows: { sheet: string; address: string }[] = [];
  private tracedBatch = false;

  /** Nothing recorded: a failure now leaves the workbook as it was without anything to undo. */
  get isEmpty(): boolean {
    return (
      this.sheets.length === 0 &&
      this.cells.length === 0 &&
      this.names.length === 0 &&
      this.tables.length === 0 &&
      this.tableRows.length === 0
    );
  }

  /**
   * Queues adding sheets under `names` — unique to this write, so that no one else's sheet can be
   * taken for one of them — and returns them. `existing`: the ids of the sheets already there.
   */
  addSheets(
    context: Excel.RequestContext,
    names: string[],
    existing: Iterable<string>
  ): Excel.Worksheet[] {
    for (const id of existing) this.before.add(id);
    return names.map((name) => {
      const proxy = context.workbook.worksheets.add(name);
      proxy.load("id");
      this.sheets.push({ proxy, name });
      return proxy;
    });
  }

  /** Queues renaming a sheet this write added (Excel runs a trace after it: see undo). */
  renameSheet(context: Excel.RequestContext, proxy: Excel.Worksheet, name: string): void {
    const sheet = this.sheets.find((s) => s.proxy === proxy);
    if (!sheet) throw new Error("renameSheet: not a sheet this write added");
    if (!this.tracedBatch) {
      context.trace(BATCH_TRACE);
      this.tracedBatch = true;
    }
    proxy.name = name;
    const trace = `${RENAMED_TRACE}:${this.sheets.indexOf(sheet)}`;
    context.trace(trace);
    sheet.renaming = { name, trace };
  }

  /** The batch that queued the adds and renames came back: ids and names are known. */
  synced(): void {
    for (const sheet of this.sheets) {
      if (sheet.id === undefined) sheet.id = sheet.proxy.id;
      if (sheet.renaming) sheet.name = sheet.renaming.name;
      delete sheet.renaming;
    }
    this.tracedBatch = false;
  }

  /** Cells about to be written on a sheet that was there before, with what they hold now. */
  wroteCells(cells: WrittenCells): void {
    this.cells.push(cells);
  }

  /** A workbook-scoped name about to be added. */
  addedName(name: string): void {
    this.names.push(name);
  }

  /** A row about to be added at the end of a table (taken out again with the cells under it moving up). */
  addedTableRow(sheet: string, address: string): void {
    this.tableRows.push({ sheet, address });
  }

  /** A table about to be added on a sheet that was there before. */
  addedTable(name: string): void {
    this.tables.push(name);
  }

  /**
   * Takes out what was recorded, after `failure` (the error of the failed round trip): one round
   * trip, or two when a failed batch was adding sheets, names or tables (to see which it added).
   * Never throws: a clean-up that fails is reported in the Rollback.
   */
  async undo(context: Excel.RequestContext, failure: unknown): Promise<Rollback> {
    if (this.isEmpty) return { undone: true };
    const traces = traceMessagesOf(failure);
    const sheets = this.sheets.map((sheet) => ({ ...sheet, ...whatItIsCalled(sheet, traces) }));
    try {
      const known = await this.lookUp(context, sheets);
      for (const name of known.tables) context.workbook.tables.getItem(name).delete();
      for (const name of known.names) context.workbook.names.getItem(name).delete();
      for (const cells of this.cells) {
        const range = context.workbook.worksheets.getItem(cells.sheet).getRange(cells.address);
        if (cells.numberFormat) range.numberFormat = cells.numberFormat;
        range.formulas = cells.formulas;
      }
      for (const row of this.tableRows)
        context.workbook.worksheets
          .getItem(row.sheet)
          .getRange(row.address)
          .delete(Excel.DeleteShiftDirection.up);
      for (const id of known.sheetIds) context.workbook.worksheets.getItem(id).delete();
      await context.sync();
      return { undone: true };
    } catch (error) {
      return {
        undone: false,
        reason: officeMessage(error),
        sheets: sheets.map(({ name, or }): LeftSheet => (or ? { name, or } : { name })),
        cells: [...this.cells, ...this.tableRows].map(({ sheet, address }) => ({ sheet, address })),
      };
    }
  }

  /**
   * The ids of the sheets to delete and the names and tables that exist: the sheets whose id Excel
   * gave, plus — read in one round trip, only if some were added in a batch that failed — those
   * under this write's names among the sheets that were not there before.
   */
  private async lookUp(
    context: Excel.RequestContext,
    sheets: (AddedSheet & { or?: string })[]
  ): Promise<{ sheetIds: string[]; names: string[]; tables: string[] }> {
    const sheetIds = sheets.flatMap((s) => (s.id === undefined ? [] : [s.id]));
    const pending = new Set(
      sheets.filter((s) => s.id === undefined).map((s) => s.name.toLowerCase())
    );
    if (pending.size === 0 && this.names.length === 0 && this.tables.length === 0)
      return { sheetIds, names: [], tables: [] };
    const all = pending.size > 0 ? context.workbook.worksheets.load("items/id,items/name") : null;
    const names = this.names.map((name) =>
      context.workbook.names.getItemOrNullObject(name).load("name")
    );
    const tables = this.tables.map((name) =>
      context.workbook.tables.getItemOrNullObject(name).load("name")
    );
    await context.sync();
    for (const sheet of all?.items ?? [])
      if (!this.before.has(sheet.id) && pending.has(sheet.name.toLowerCase()))
        sheetIds.push(sheet.id);
    return {
      sheetIds,
      names: names.filter((n) => !n.isNullObject).map((n) => n.name),
      tables: tables.filter((t) => !t.isNullObject).map((t) => t.name),
    };
  }
}

/**
 * What a sheet is called after a failed batch: its new name if Excel ran the trace after the
 * rename; the old one if Excel ran the batch's first trace but not that one; either, if Excel did
 * not say (a connection lost mid-batch).
 */
function whatItIsCalled(sheet: AddedSheet, traces: string[] | null): { name: string; or?: string } {
  if (!sheet.renaming) return { name: sheet.name };
  if (traces?.includes(sheet.renaming.trace)) return { name: sheet.renaming.name };
  if (traces?.includes(BATCH_TRACE)) return { name: sheet.name };
  return { name: sheet.renaming.name, or: sheet.name };
}

function traceMessagesOf(error: unknown): string[] | null {
  const cause = error instanceof ExcelStepError ? error.cause : error;
  const traces = (cause as Partial<OfficeExtension.Error> | undefined)?.traceMessages;
  return Array.isArray(traces) ? traces : null;
}

/**
 * Excel.run with a failure reported as a WorkbookError "excelFailed" naming the step, with Excel's
 * own message as the reason; Kinerja's own refusals pass as they are. For reads.
 */
export async function excelRun<T>(
  step: WorkbookStep,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw asWorkbookError(step, error);
  }
}

/**
 * Excel.run for a write: `write` records in `undo` what it adds or overwrites before each round
 * trip; if one fails, that is taken out again and the WorkbookError "excelFailed" carries the
 * Rollback. A refusal (a WorkbookError thrown before anything was written) passes as it is.
 */
export async function excelTransaction<T>(
  step: WorkbookStep,
  write: (context: Excel.RequestContext, undo: ExcelUndo) => Promise<T>
): Promise<T> {
  return excelRun(step, async (context) => {
    const undo = new ExcelUndo();
    try {
      return await write(context, undo);
    } catch (error) {
      if (isWorkbookError(error) && undo.isEmpty) throw error;
      const rollback = await undo.undo(context, error);
      if (isWorkbookError(error) && rollback.undone) throw error;
      throw asWorkbookError(step, error, rollback);
    }
  });
}

/**
 * A failure as a WorkbookError "excelFailed" (a WorkbookError passes as it is). The writer's
 * ExcelStepError keeps its detailed English message (which sheet it was writing) for logs.
 */
function asWorkbookError(step: WorkbookStep, error: unknown, rollback?: Rollback): WorkbookError {
  if (isWorkbookError(error) && !rollback) return error;
  const cause = error instanceof ExcelStepError ? error.cause : error;
  const problem = {
    code: "excelFailed" as const,
    step,
    reason: officeMessage(cause),
    ...(rollback ? { rollback } : {}),
  };
  // The writer's own message names the sheet and part it was writing.
  const detail =
    error instanceof ExcelStepError
      ? error.message + (rollback ? `; ${rollbackMessage(rollback)}` : "")
      : undefined;
  return new WorkbookError(problem, detail, { cause: error });
}
