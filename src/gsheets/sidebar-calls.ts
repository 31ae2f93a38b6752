/**
 * What the sidebar's server calls do (src/sheets-addon/server.ts hands them Apps Script's services;
 * the tests, the recording fake). One function per WorkbookPort method, each the whole of one pane
 * action, so the sidebar makes one google.script.run round trip per action
 * (src/workbook/google-sheets.ts is the client side).
 *
 * The pane speaks Excel's dialect (=AHP.WEIGHTS, serial dates): formulas written here are turned
 * into Sheets' (=AHP_WEIGHTS), formulas read back into Excel's, and a date read becomes its serial
 * number, so the readers (the checker, the catalogue) read a spreadsheet as they read a workbook.
 *
 * A refusal the pane words (a cell not empty, a cell changed, a failed build and what became of it)
 * comes back as an answer, `{ ok: false, problem }`: google.script.run passes a thrown error's
 * message only, not its data. Anything else thrown reaches the client's failure handler.
 */
import { KINERJA_SIGNATURES, renameFunctions } from "../formula";
import type { Scalar, WorkbookPlan } from "../sheet/plan";
import type { CellChange, CellContext, SheetHead, SheetSnapshot } from "../sheet/snapshot";
import { isSameContent } from "../sheet/snapshot";
import { cellAddress, parseCell, parseRange } from "../sheet/a1";
import {
  blockExtent,
  isWorkbookError,
  type CellBlock,
  type WorkbookProblem,
  type WorkbookStep,
} from "../workbook/port";
import { formulaRefs } from "../workbook/cell-context";
import type { Answer } from "../workbook/sheets-calls";
import type { SheetsRange, SheetsServices, SheetsSheet, SheetsSpreadsheet } from "./apps-script";
import { sheetsFormula, sheetsFunctionName } from "./dialect";
import {
  applyPlanToSpreadsheet,
  reasonOf,
  SheetsStepError,
  type SheetsApplyResult,
} from "./writer";

/** Where the pane's kept state lives: developer metadata on the spreadsheet, under this prefix. */
const STATE_KEY = "kinerja.pane.";

/** Kinerja's functions, Sheets name (upper case) → Excel name: AHP_WEIGHTS → AHP.WEIGHTS. */
const EXCEL_NAMES: ReadonlyMap<string, string> = new Map(
  Object.keys(KINERJA_SIGNATURES).map((name) => [sheetsFunctionName(name).toUpperCase(), name])
);

/** A Sheets formula in Excel's names, as the pane's readers expect. */
export function excelFormula(formula: string): string {
  return renameFunctions(formula, (name) => EXCEL_NAMES.get(name.toUpperCase()) ?? name);
}

/** Excel's serial day number of a date (days since 1899-12-30, the time as the fraction). */
function serial(date: Date): number {
  const local = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds()
  );
  return (local - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** A cell's value as it can travel back (google.script.run refuses Dates). */
function scalar(value: unknown): Scalar {
  if (value instanceof Date) return serial(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return value === null || value === undefined ? "" : String(value);
}

/** A value or formula as Sheets' setValues takes it. */
function toSheets(content: Scalar): string | number | boolean {
  if (content === null) return "";
  return typeof content === "string" && content.startsWith("=")
    ? sheetsFormula(content, new Map())
    : content;
}

function sheetByName(spreadsheet: SheetsSpreadsheet, name: string): SheetsSheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new ProblemAnswer({ code: "noSheet", sheet: name });
  return sheet;
}

/** A refusal to answer with (thrown inside a call, caught by `answer`). */
class ProblemAnswer extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(problem.code);
  }
}

/**
 * Runs one call: a refusal becomes `{ ok: false, problem }`; Apps Script's own failure becomes
 * "excelFailed" at `step` (the pane words it like Excel's).
 */
function answer<T>(step: WorkbookStep, work: () => T): Answer<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof ProblemAnswer) return { ok: false, problem: error.problem };
    if (isWorkbookError(error)) return { ok: false, problem: error.problem };
    if (error instanceof SheetsStepError)
      return {
        ok: false,
        problem: {
          code: "excelFailed",
          step,
          reason: reasonOf(error.cause),
          rollback: error.rollback,
        },
      };
    return { ok: false, problem: { code: "excelFailed", step, reason: reasonOf(error) } };
  }
}

/** A sheet's used range: values, and formulas in Excel's names (a constant where none). */
function snapshotOf(sheet: SheetsSheet): SheetSnapshot {
  const name = sheet.getName();
  if (sheet.getLastRow() === 0) return { name, address: null, values: [], formulas: [] };
  const range = sheet.getDataRange();
  const values = range.getValues().map((row) => row.map(scalar));
  const formulas = range
    .getFormulas()
    .map((row, r) => row.map((formula, c) => (formula ? excelFormula(formula) : values[r][c])));
  return { name, address: range.getA1Notation(), values, formulas };
}

export function listSheets({ spreadsheet }: SheetsServices): Answer<string[]> {
  return answer({ kind: "listSheets" }, () => spreadsheet.getSheets().map((s) => s.getName()));
}

export function applyPlan(services: SheetsServices, planJson: string): Answer<SheetsApplyResult> {
  return answer({ kind: "build" }, () =>
    applyPlanToSpreadsheet(services, JSON.parse(planJson) as WorkbookPlan)
  );
}

export function readSheet({ spreadsheet }: SheetsServices, name: string): Answer<SheetSnapshot> {
  return answer({ kind: "readSheet", sheet: name }, () =>
    snapshotOf(sheetByName(spreadsheet, name))
  );
}

export function readSheets({ spreadsheet }: SheetsServices): Answer<SheetSnapshot[]> {
  return answer({ kind: "readSheets" }, () => spreadsheet.getSheets().map(snapshotOf));
}

export function readSheetHeads({ spreadsheet }: SheetsServices, rows: number): Answer<SheetHead[]> {
  return answer({ kind: "readHeads" }, () =>
    spreadsheet.getSheets().map((sheet) => {
      const name = sheet.getName();
      const last = Math.min(sheet.getLastRow(), rows);
      const columns = sheet.getLastColumn();
      if (last === 0 || columns === 0) return { name, address: null, values: [] };
      const address = `A1:${cellAddress(last - 1, columns - 1)}`;
      const values = sheet
        .getRange(address)
        .getValues()
        .map((row) => row.map(scalar));
      return { name, address, values };
    })
  );
}

export function getSelection({
  spreadsheet,
}: SheetsServices): Answer<{ sheet: string; address: string; values: Scalar[][] }> {
  return answer({ kind: "readSelection" }, () => {
    const range = activeRange(spreadsheet);
    return {
      sheet: range.getSheet().getName(),
      address: range.getA1Notation(),
      values: range.getValues().map((row) => row.map(scalar)),
    };
  });
}

function activeRange(spreadsheet: SheetsSpreadsheet): SheetsRange {
  const range = spreadsheet.getActiveRange();
  return range ?? spreadsheet.getActiveSheet().getRange("A1");
}

/**
 * Writes a block with its top-left at `top`, `left` of `sheet`, after checking in the same call that
 * every target cell is empty (values and formulas: a spilled value shows in getValues). One
 * setValues: nothing to undo.
 */
function insertBlock(
  sheet: SheetsSheet,
  top: number,
  left: number,
  block: CellBlock
): { sheet: string; address: string } {
  const extent = blockExtent(block);
  const name = sheet.getName();
  const target = `${cellAddress(top, left)}:${cellAddress(top + extent.rows - 1, left + extent.columns - 1)}`;
  const area = sheet.getRange(target);
  const values = area.getValues();
  const formulas = area.getFormulas();
  for (let r = 0; r < extent.rows; r++)
    for (let c = 0; c < extent.columns; c++)
      if (values[r][c] !== "" || formulas[r][c] !== "")
        throw new ProblemAnswer({
          code: "cellNotEmpty",
          sheet: name,
          cell: cellAddress(top + r, left + c),
          rows: extent.rows,
          columns: extent.columns,
        });
  const width = Math.max(...block.rows.map((row) => row.length));
  const written = `${cellAddress(top, left)}:${cellAddress(top + block.rows.length - 1, left + width - 1)}`;
  // Cells a spill fills stay empty, so Sheets' own spill has room.
  sheet
    .getRange(written)
    .setValues(
      block.rows.map((row) => Array.from({ length: width }, (_, c) => toSheets(row[c] ?? "")))
    );
  return { sheet: name, address: written };
}

/** Writes a block from the active cell, if every target cell is empty. */
export function insertAtSelection(
  { spreadsheet }: SheetsServices,
  block: CellBlock
): Answer<{ sheet: string; address: string }> {
  return answer({ kind: "insert" }, () => {
    const start = activeRange(spreadsheet);
    const { top, left } = parseRange(start.getA1Notation());
    return insertBlock(start.getSheet(), top, left, block);
  });
}

/** Writes a block from `address` of `sheetName` ("write the steps beside it"), if its cells are empty. */
export function insertAt(
  { spreadsheet }: SheetsServices,
  sheetName: string,
  address: string,
  block: CellBlock
): Answer<{ sheet: string; address: string }> {
  return answer({ kind: "insert" }, () => {
    const { top, left } = parseRange(address);
    return insertBlock(sheetByName(spreadsheet, sheetName), top, left, block);
  });
}

/**
 * The active cell, its formula (in Excel's names) and value, and the values of every range the
 * formula reads: what "Explain this cell" needs, in one call.
 */
export function readCellContext({ spreadsheet }: SheetsServices): Answer<CellContext> {
  return answer({ kind: "readSelection" }, () => {
    const start = activeRange(spreadsheet);
    const sheet = start.getSheet();
    const { top, left } = parseRange(start.getA1Notation());
    const address = cellAddress(top, left);
    const cell = sheet.getRange(address);
    const written = cell.getFormulas()[0][0];
    const formula = written ? excelFormula(written) : null;
    const ranges = formula
      ? formulaRefs(formula).map(({ sheet: named, range }) => {
          const target = named ? sheetByName(spreadsheet, named) : sheet;
          const values = target.getRange(range).getValues();
          return {
            sheet: target.getName(),
            address: range,
            values: values.map((row) => row.map(scalar)),
          };
        })
      : [];
    return {
      sheet: sheet.getName(),
      address,
      formula,
      value: scalar(cell.getValues()[0][0]),
      ranges,
    };
  });
}

/**
 * Checks that every cell of `changes` still holds its `from` (a ProblemAnswer names the first that
 * does not) and answers the writes to make once every sheet has been checked.
 */
function checkedWrites(
  spreadsheet: SheetsSpreadsheet,
  sheetName: string,
  changes: CellChange[]
): () => void {
  const sheet = sheetByName(spreadsheet, sheetName);
  const ranges = changes.map((change) => sheet.getRange(change.address));
  changes.forEach((change, k) => {
    const formula = ranges[k].getFormulas()[0][0];
    const held = formula ? excelFormula(formula) : scalar(ranges[k].getValues()[0][0]);
    if (!isSameContent(held, change.from))
      throw new ProblemAnswer({
        code: "cellChanged",
        sheet: sheetName,
        cell: change.address,
        expected: change.from,
        held,
      });
  });
  return () => changes.forEach((change, k) => ranges[k].setValues([[toSheets(change.to)]]));
}

/** All or nothing: every `from` is checked before the one write of each changed cell. */
export function replaceCells(
  { spreadsheet }: SheetsServices,
  sheetName: string,
  changes: CellChange[]
): Answer<null> {
  return answer({ kind: "changeCells", sheet: sheetName }, () => {
    checkedWrites(spreadsheet, sheetName, changes)();
    return null;
  });
}

/** replaceCells on several sheets (Reconnect): every sheet checked before any cell is written. */
export function replaceCellsOnSheets(
  { spreadsheet }: SheetsServices,
  changes: { sheet: string; changes: CellChange[] }[]
): Answer<null> {
  return answer({ kind: "changeCells", sheet: changes[0]?.sheet ?? "" }, () => {
    const writes = changes.map(({ sheet, changes: some }) =>
      checkedWrites(spreadsheet, sheet, some)
    );
    for (const write of writes) write();
    return null;
  });
}

export function goTo(
  { spreadsheet }: SheetsServices,
  sheetName: string,
  address: string
): Answer<null> {
  return answer({ kind: "goTo", sheet: sheetName, address }, () => {
    const sheet = sheetByName(spreadsheet, sheetName);
    parseCell(address.split(":")[0].replace(/\$/g, ""));
    sheet.activate();
    sheet.getRange(address).activate();
    return null;
  });
}

/** The pane's kept text under `key`, or null (a failure reaches the client's failure handler). */
export function loadPaneState({ spreadsheet }: SheetsServices, key: string): string | null {
  const kept = spreadsheet.getDeveloperMetadata().find((m) => m.getKey() === STATE_KEY + key);
  return kept ? kept.getValue() : null;
}

/** Keeps `text` under `key` with the spreadsheet; null removes it. */
export function savePaneState(
  { spreadsheet }: SheetsServices,
  key: string,
  text: string | null
): null {
  const kept = spreadsheet.getDeveloperMetadata().find((m) => m.getKey() === STATE_KEY + key);
  if (text === null) kept?.remove();
  else if (kept) kept.setValue(text);
  else spreadsheet.addDeveloperMetadata(STATE_KEY + key, text);
  return null;
}
