/**
 * The WorkbookPort inside Excel: each method is one Excel.run with as few round trips as it can
 * (one to read, one more only where a write must wait for a check). The pane talks to this, never to
 * Excel.run itself. Every write is all or nothing (excelTransaction, office-transaction.ts): what it
 * had written when a round trip failed is taken out again.
 *
 * Requirement sets: building a scorecard needs ExcelApi 1.9 (checked before writing, see
 * office-writer.ts for the feature list); the other methods need at most 1.7 (getActiveCell).
 */
import type {
  ApplyProgress,
  ApplyResult,
  CellBlock,
  WorkbookPort,
  WorkbookProblem,
  WorkbookStep,
} from "./port";
import { formulaRefs } from "./cell-context";
import {
  isSameContent,
  type CellChange,
  type CellContext,
  type SheetHead,
  type SheetSnapshot,
} from "../sheet/snapshot";
import { blockExtent, workbookMessage, WorkbookError } from "./port";
import type { Scalar, WorkbookPlan } from "../sheet/plan";
import { cellAddress, normalCell, parseCell, parseRange, rangeAddress } from "../sheet/a1";
import type { CellInput } from "./office-writer";
import { applyPlanWithExcel, officeMessage, rectangles, textInput } from "./office-writer";
import { excelRun, excelTransaction } from "./office-transaction";
import { loadOfficePaneState, saveOfficePaneState } from "./office-pane-state";

/** The oldest Excel that has every feature the writer uses: Excel 2019, Microsoft 365, the web. */
export const REQUIRED_EXCEL_API = "1.9";
/** Cell notes arrived later; without them a scorecard is built without its auditor notes. */
const NOTES_EXCEL_API = "1.18";

export class ExcelWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  /** Excel's events are hints: no cell edits, renames only from ExcelApi 1.17 (see subscribe). */
  readonly reportsEveryChange = false;

  listSheets(): Promise<string[]> {
    return excelRun({ kind: "listSheets" }, async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  applyPlan(
    plan: WorkbookPlan,
    onProgress?: (progress: ApplyProgress) => void
  ): Promise<ApplyResult> {
    const requirements = Office.context.requirements;
    if (!requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
      return Promise.reject(
        refusal("build the scorecard", { code: "excelTooOld", required: REQUIRED_EXCEL_API })
      );
    }
    const notes = requirements.isSetSupported("ExcelApi", NOTES_EXCEL_API);
    return excelTransaction({ kind: "build" }, (context, undo) =>
      applyPlanWithExcel(context, plan, onProgress, { notes, undo })
    );
  }

  addSheetsFrom(
    build: (sheets: SheetSnapshot[]) => WorkbookPlan | null
  ): Promise<ApplyResult | null> {
    const requirements = Office.context.requirements;
    if (!requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)) {
      return Promise.reject(
        refusal("add the sheet", { code: "excelTooOld", required: REQUIRED_EXCEL_API })
      );
    }
    const notes = requirements.isSetSupported("ExcelApi", NOTES_EXCEL_API);
    // One transaction: the sheets read, then the new ones written on what was read.
    return excelTransaction({ kind: "addSheets" }, async (context, undo) => {
      const { sheets, used } = await usedRanges(context, "address, values, formulas");
      const plan = build(sheets.map((sheet, k) => snapshotOf(sheet.name, used[k])));
      return plan ? applyPlanWithExcel(context, plan, undefined, { notes, undo }) : null;
    });
  }

  readSheet(name: string): Promise<SheetSnapshot> {
    return excelRun({ kind: "readSheet", sheet: name }, async (context) => {
      // Values only: a sheet with nothing but formatting counts as empty.
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("address, values, formulas");
      await context.sync();
      return snapshotOf(name, used);
    });
  }

  readSheets(): Promise<SheetSnapshot[]> {
    // One Excel.run, two round trips whatever the number of sheets: names, then every used range.
    return excelRun({ kind: "readSheets" }, async (context) => {
      const { sheets, used } = await usedRanges(context, "address, values, formulas");
      return sheets.map((sheet, k) => snapshotOf(sheet.name, used[k]));
    });
  }

  readSheetHeads(rows: number): Promise<SheetHead[]> {
    // One Excel.run, three round trips whatever the number of sheets: names, used ranges, top rows.
    return excelRun({ kind: "readHeads" }, async (context) => {
      const { sheets, used } = await usedRanges(context, "address, rowCount");
      const tops = used.map((range) => {
        if (range.isNullObject) return null;
        const top = range.getRow(0).getResizedRange(Math.min(rows, range.rowCount) - 1, 0);
        top.load("address, values");
        return top;
      });
      await context.sync();
      return sheets.map((sheet, k): SheetHead => {
        const top = tops[k];
        return top
          ? { name: sheet.name, address: localAddress(top.address), values: top.values }
          : { name: sheet.name, address: null, values: [] };
      });
    });
  }

  getSelection(): Promise<{ sheet: string; address: string; values: Scalar[][] }> {
    return excelRun({ kind: "readSelection" }, async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, values");
      const sheet = range.worksheet.load("name");
      await context.sync();
      return { sheet: sheet.name, address: localAddress(range.address), values: range.values };
    });
  }

  insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }> {
    return insertInto((context) => context.workbook.getActiveCell(), block);
  }

  insertAt(
    sheet: string,
    address: string,
    block: CellBlock
  ): Promise<{ sheet: string; address: string }> {
    const { top, left } = parseRange(address);
    return insertInto(
      (context) => context.workbook.worksheets.getItem(sheet).getRange(cellAddress(top, left)),
      block
    );
  }

  readCellContext(): Promise<CellContext> {
    // Two round trips: the active cell and its formula, then every range that formula reads.
    return excelRun({ kind: "readCell" }, async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("address, formulas, values");
      const sheet = cell.worksheet.load("name");
      await context.sync();
      const held = cell.formulas[0][0];
      const formula = typeof held === "string" && held.startsWith("=") ? held : null;
      const ranges = (formula ? formulaRefs(formula) : []).map(({ sheet: named, range }) => {
        const target = context.workbook.worksheets.getItem(named ?? sheet.name).getRange(range);
        target.load("values");
        return { sheet: named ?? sheet.name, address: range, target };
      });
      await context.sync();
      return {
        sheet: sheet.name,
        address: localAddress(cell.address),
        formula,
        value: cell.values[0][0] as Scalar,
        ranges: ranges.map(({ sheet: name, address, target }) => ({
          sheet: name,
          address,
          values: target.values as Scalar[][],
        })),
      };
    });
  }

  replaceCells(sheet: string, changes: CellChange[]): Promise<void> {
    return this.replaceCellsOnSheets([{ sheet, changes }]);
  }

  replaceCellsOnSheets(changes: { sheet: string; changes: CellChange[] }[]): Promise<void> {
    const sheets = changes.filter((each) => each.changes.length > 0);
    if (sheets.length === 0) return Promise.resolve();
    const step: WorkbookStep = { kind: "changeCells", sheet: sheets[0].sheet };
    return excelTransaction(step, async (context, undo) => {
      const blocks = sheets.flatMap(({ sheet, changes: cells }) => {
        const wanted = new Map(cells.map((change) => [normalCell(change.address), change]));
        return rectangles([...wanted.keys()].map((address) => parseCell(address))).map((rect) => {
          const address = rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
          const range = context.workbook.worksheets.getItem(sheet).getRange(address);
          range.load("formulas");
          return { sheet, wanted, rect, range };
        });
      });
      await context.sync();

      // All or nothing: check every cell of every sheet before writing any.
      for (const { sheet, wanted, rect, range } of blocks) {
        range.formulas.forEach((row, r) =>
          row.forEach((held, c) => {
            const address = cellAddress(rect.top + r, rect.left + c);
            const { from } = wanted.get(address) as CellChange;
            if (!isSameContent(held, from)) {
              throw refusal("change cells", {
                code: "cellChanged",
                sheet,
                cell: address,
                expected: from,
                held: held as Scalar,
              });
            }
          })
        );
      }
      for (const { sheet, wanted, rect, range } of blocks) {
        const address = rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
        undo.wroteCells({
          sheet,
          address,
          formulas: range.formulas.map((row) => row.map(cellInput)),
        });
        range.formulas = range.formulas.map((row, r) =>
          row.map((_, c) =>
            cellInput((wanted.get(cellAddress(rect.top + r, rect.left + c)) as CellChange).to)
          )
        );
      }
      await context.sync();
    });
  }

  /**
   * Excel's table.rows.add, which inserts the row (its default: the cells under the table move
   * down, references to them follow) and fills the calculated columns; then the changes, written
   * on the new row. range.getTables needs ExcelApi 1.9, below what building needs.
   * Three round trips: the table found, its data rows read, then the row added and the cells
   * written — every change must be on the new row, or the table changed since it was read. A
   * failure of the last deletes the row again (the cells under it move back up).
   */
  addTableRow(sheet: string, at: string, changes: CellChange[]): Promise<void> {
    const step: WorkbookStep = { kind: "changeCells", sheet };
    return excelTransaction(step, async (context, undo) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      const tables = worksheet.getRange(at).getTables(false).load("items/name");
      await context.sync();
      const table = tables.items[0];
      if (!table)
        throw refusal("add a table row", { code: "noTable", sheet, cell: normalCell(at) });
      const body = table.getDataBodyRange().load("rowIndex,rowCount,columnIndex,columnCount");
      await context.sync();
      const newRow = body.rowIndex + body.rowCount;
      for (const change of changes) {
        const cell = normalCell(change.address);
        if (parseCell(cell).row !== newRow || !isSameContent("", change.from))
          throw refusal("change cells", {
            code: "cellChanged",
            sheet,
            cell,
            expected: change.from,
            held: "",
          });
      }
      const right = body.columnIndex + body.columnCount - 1;
      undo.addedTableRow(sheet, rangeAddress(newRow, body.columnIndex, newRow, right));
      table.rows.add();
      for (const change of changes)
        worksheet.getRange(change.address).formulas = [[cellInput(change.to)]];
      await context.sync();
    });
  }

  /** Office's document settings (office-pane-state.ts). */
  loadPaneState(key: string): Promise<string | null> {
    return loadOfficePaneState(key);
  }

  savePaneState(key: string, text: string | null): Promise<void> {
    return saveOfficePaneState(key, text);
  }

  /**
   * Sheets added, deleted or renamed (Excel's worksheet-collection events; renames need ExcelApi
   * 1.17). Cell edits are not reported: the pane re-reads a sheet whole before it writes to it.
   * Events are hints (reportsEveryChange is false): the pane also reads again when it needs the
   * workbook as it is now, so where Excel has no events, or listening fails, it only reads more.
   */
  subscribe(listener: () => void): () => void {
    let handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
    let unsubscribed = false;
    const ready = Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const call = async () => listener();
      const added: OfficeExtension.EventHandlerResult<unknown>[] = [
        sheets.onAdded.add(call),
        sheets.onDeleted.add(call),
      ];
      if (Office.context.requirements.isSetSupported("ExcelApi", "1.17"))
        added.push(sheets.onNameChanged.add(call));
      await context.sync();
      handlers = added;
    }).catch((error: unknown) => {
      // Not worth a message in the pane (it reads again when it needs to), but not silent either.
      console.warn(`Kinerja could not listen to sheet changes: ${officeMessage(error)}`);
    });
    return () => {
      if (unsubscribed) return;
      unsubscribed = true;
      void ready.then(() =>
        Promise.all(
          handlers.map((handler) =>
            Excel.run(handler.context, async (context) => {
              handler.remove();
              await context.sync();
            })
          )
        ).catch((error: unknown) => {
          console.warn(
            `Kinerja could not stop listening to sheet changes: ${officeMessage(error)}`
          );
        })
      );
    };
  }

  goTo(sheet: string, address: string): Promise<void> {
    return excelRun({ kind: "goTo", sheet, address }, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }
}

/** Every sheet and its used range (values only), with `properties` loaded: two round trips. */
async function usedRanges(
  context: Excel.RequestContext,
  properties: string
): Promise<{ sheets: Excel.Worksheet[]; used: Excel.Range[] }> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load(properties);
    return range;
  });
  await context.sync();
  return { sheets: sheets.items, used };
}

/** A loaded used range (values only: formatting alone counts as empty) as a sheet snapshot. */
function snapshotOf(name: string, used: Excel.Range): SheetSnapshot {
  return used.isNullObject
    ? { name, address: null, values: [], formulas: [] }
    : { name, address: localAddress(used.address), values: used.values, formulas: used.formulas };
}

/** Kinerja refusing a step (nothing written), worded "Kinerja could not <what>: <why>" in English. */
function refusal(what: string, problem: WorkbookProblem): WorkbookError {
  return new WorkbookError(problem, `Kinerja could not ${what}: ${workbookMessage(problem)}`);
}

/** "'My sheet'!B4:C9" → "B4:C9" (sheet names may contain "!", addresses never do). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * The first cell (row by row) of a block that holds something: a constant, a formula, or a value
 * spilled into it by a formula elsewhere (writing there would break that formula with #SPILL!).
 */
export function firstOccupiedCell(
  address: string,
  formulas: unknown[][],
  values: unknown[][]
): string | null {
  const { top, left } = parseRange(address);
  for (let r = 0; r < formulas.length; r++) {
    for (let c = 0; c < formulas[r].length; c++) {
      if (!isBlank(formulas[r][c]) || !isBlank(values[r]?.[c]))
        return cellAddress(top + r, left + c);
    }
  }
  return null;
}

const isBlank = (value: unknown) => value === "" || value === null || value === undefined;

/** What a cell receives for a change: a formula as is, text kept text, and "" (not null) to empty it. */
function cellInput(value: Scalar): CellInput {
  if (value === null) return "";
  return typeof value === "string" && !value.startsWith("=") ? textInput(value) : value;
}

/**
 * A block as Office.js takes it: rectangular (short rows padded with null = left as is), text kept
 * text, and wide enough to cover what its formulas spill, so the emptiness check covers that too.
 */
export function blockInput(block: CellBlock): {
  matrix: CellInput[][];
  numberFormat?: (string | null)[][];
  rows: number;
  columns: number;
} {
  const { rows, columns } = blockExtent(block);
  const formatAt = (r: number, c: number) => block.numberFormat?.[r]?.[c] ?? null;
  const matrix = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c): CellInput => {
      const value = block.rows[r]?.[c] ?? null;
      if (typeof value !== "string" || value.startsWith("=")) return value;
      return formatAt(r, c) === "@" ? value : textInput(value);
    })
  );
  const numberFormat = block.numberFormat
    ? Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => formatAt(r, c))
      )
    : undefined;
  return { matrix, numberFormat, rows, columns };
}

/** Writes a block from the cell `anchor` picks, after checking every target cell is empty. */
function insertInto(
  anchor: (context: Excel.RequestContext) => Excel.Range,
  block: CellBlock
): Promise<{ sheet: string; address: string }> {
  return excelTransaction({ kind: "insert" }, async (context, undo) => {
    const { matrix, numberFormat, rows, columns } = blockInput(block);
    const target = anchor(context).getResizedRange(rows - 1, columns - 1);
    target.load("address, values, formulas");
    // The number formats too when the block sets some: an undo puts them back.
    if (numberFormat) target.load("numberFormat");
    const sheet = target.worksheet.load("name");
    await context.sync();

    const address = localAddress(target.address);
    const occupied = firstOccupiedCell(address, target.formulas, target.values);
    if (occupied) {
      throw refusal("insert at the selection", {
        code: "cellNotEmpty",
        sheet: sheet.name,
        cell: occupied,
        rows,
        columns,
      });
    }
    undo.wroteCells({
      sheet: sheet.name,
      address,
      formulas: target.formulas.map((row) => row.map(() => "")),
      ...(numberFormat ? { numberFormat: target.numberFormat as string[][] } : {}),
    });
    // Formats first: a text format ("@") must be in place before the value arrives.
    if (numberFormat) target.numberFormat = numberFormat;
    target.formulas = matrix;
    await context.sync();
    return { sheet: sheet.name, address };
  });
}
