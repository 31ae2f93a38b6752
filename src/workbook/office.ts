/**
 * The WorkbookPort inside Excel: each method is one Excel.run with as few round trips as it can
 * (one to read, one more only where a write must wait for a check). The pane talks to this, never to
 * Excel.run itself.
 *
 * Requirement sets: building a scorecard needs ExcelApi 1.9 (checked before writing, see
 * office-writer.ts for the feature list); the other methods need at most 1.7 (getActiveCell).
 */
import type {
  ApplyProgress,
  ApplyResult,
  CellBlock,
  CellChange,
  SheetSnapshot,
  WorkbookPort,
} from "./port";
import type { Scalar, WorkbookPlan } from "../templates/plan";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../templates/a1";
import type { CellInput } from "./office-writer";
import { applyPlanWithExcel, ExcelStepError, rectangles, textInput } from "./office-writer";

/** The oldest Excel that has every feature the writer uses: Excel 2019, Microsoft 365, the web. */
export const REQUIRED_EXCEL_API = "1.9";
/** Cell notes arrived later; without them a scorecard is built without its auditor notes. */
const NOTES_EXCEL_API = "1.18";

export class ExcelWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;

  listSheets(): Promise<string[]> {
    return excelRun("list the sheets", async (context) => {
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
        new ExcelStepError(
          "build the scorecard",
          `this version of Excel is too old (Kinerja needs ExcelApi ${REQUIRED_EXCEL_API}: ` +
            "Excel 2019 or later, Microsoft 365, or Excel on the web)"
        )
      );
    }
    const notes = requirements.isSetSupported("ExcelApi", NOTES_EXCEL_API);
    return excelRun("build the scorecard", (context) =>
      applyPlanWithExcel(context, plan, onProgress, { notes })
    );
  }

  readSheet(name: string): Promise<SheetSnapshot> {
    return excelRun(`read sheet '${name}'`, async (context) => {
      // Values only: a sheet with nothing but formatting counts as empty.
      const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("address, values, formulas");
      await context.sync();
      if (used.isNullObject) return { name, address: null, values: [], formulas: [] };
      return {
        name,
        address: localAddress(used.address),
        values: used.values,
        formulas: used.formulas,
      };
    });
  }

  getSelection(): Promise<{ sheet: string; address: string; values: Scalar[][] }> {
    return excelRun("read the selection", async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address, values");
      const sheet = range.worksheet.load("name");
      await context.sync();
      return { sheet: sheet.name, address: localAddress(range.address), values: range.values };
    });
  }

  insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }> {
    return excelRun("insert at the selection", async (context) => {
      const { matrix, numberFormat, rows, columns } = blockInput(block);
      const target = context.workbook.getActiveCell().getResizedRange(rows - 1, columns - 1);
      target.load("address, values, formulas");
      const sheet = target.worksheet.load("name");
      await context.sync();

      const address = localAddress(target.address);
      const occupied = firstOccupiedCell(address, target.formulas, target.values);
      if (occupied) {
        throw new ExcelStepError(
          "insert at the selection",
          `cell ${occupied} on sheet '${sheet.name}' is not empty; select a cell with ${rows} × ${columns} empty cells from it`
        );
      }
      // Formats first: a text format ("@") must be in place before the value arrives.
      if (numberFormat) target.numberFormat = numberFormat;
      target.formulas = matrix;
      await context.sync();
      return { sheet: sheet.name, address };
    });
  }

  replaceCells(sheet: string, changes: CellChange[]): Promise<void> {
    const step = `change cells on sheet '${sheet}'`;
    if (changes.length === 0) return Promise.resolve();
    return excelRun(step, async (context) => {
      const wanted = new Map(changes.map((change) => [normalCell(change.address), change]));
      const blocks = rectangles([...wanted.keys()].map((address) => parseCell(address))).map(
        (rect) => {
          const address = rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
          const range = context.workbook.worksheets.getItem(sheet).getRange(address);
          range.load("formulas");
          return { rect, range };
        }
      );
      await context.sync();

      // All or nothing: check every cell before writing any.
      for (const { rect, range } of blocks) {
        range.formulas.forEach((row, r) =>
          row.forEach((held, c) => {
            const address = cellAddress(rect.top + r, rect.left + c);
            const { from } = wanted.get(address) as CellChange;
            if (!isSameContent(held, from)) {
              throw new ExcelStepError(
                step,
                `cell ${address} no longer holds ${show(from)} (it holds ${show(held)}); nothing was changed`
              );
            }
          })
        );
      }
      for (const { rect, range } of blocks) {
        range.formulas = range.formulas.map((row, r) =>
          row.map((_, c) =>
            cellInput((wanted.get(cellAddress(rect.top + r, rect.left + c)) as CellChange).to)
          )
        );
      }
      await context.sync();
    });
  }

  goTo(sheet: string, address: string): Promise<void> {
    return excelRun(`go to ${address} on sheet '${sheet}'`, async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }
}

/** Excel.run with failures reported as the step that failed; the writer's own errors pass as they are. */
async function excelRun<T>(
  step: string,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    if (error instanceof ExcelStepError) throw error;
    throw new ExcelStepError(step, error);
  }
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

function normalCell(address: string): string {
  const { row, col } = parseCell(address);
  return cellAddress(row, col);
}

/** What a cell receives for a change: a formula as is, text kept text, and "" (not null) to empty it. */
function cellInput(value: Scalar): CellInput {
  if (value === null) return "";
  return typeof value === "string" && !value.startsWith("=") ? textInput(value) : value;
}

/**
 * Whether a cell's `formulas` entry still is `expected`: empty is "" or null, formulas compare
 * without regard to case or spaces (Excel rewrites "=sum(a1)" as "=SUM(A1)"), the rest as text
 * (the text "2024" and the number 2024 look the same to the user).
 */
export function isSameContent(held: unknown, expected: Scalar): boolean {
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  if (blank(held) || blank(expected)) return blank(held) && blank(expected);
  if (typeof expected === "string" && expected.startsWith("=")) {
    const squeeze = (f: string) => f.replace(/\s+/g, "").toUpperCase();
    return typeof held === "string" && squeeze(held) === squeeze(expected);
  }
  return String(held) === String(expected);
}

function show(value: unknown): string {
  return value === "" || value === null || value === undefined ? "nothing" : JSON.stringify(value);
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
  const spills = block.spills ?? [];
  const rows = Math.max(block.rows.length, ...spills.map((s) => s.row + s.rows));
  const columns = Math.max(
    0,
    ...block.rows.map((row) => row.length),
    ...spills.map((s) => s.col + s.columns)
  );
  if (block.rows.length === 0 || rows === 0 || columns === 0)
    throw new Error("there is nothing to insert");
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
