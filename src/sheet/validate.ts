/**
 * What a valid sheet plan is, said once. Every writer (Office.js, .xlsx, the in-memory workbook)
 * calls `validatePlan` before it writes anything, so they refuse the same plans with the same
 * message, and a template bug surfaces as a test failure rather than as a workbook Excel repairs
 * or a value that silently goes missing.
 *
 * The rules are Excel's (names it refuses, a spill that would show #SPILL!, text a merge would hide)
 * and the plan's own (every «key» names a sheet of the plan, no cell written twice).
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellAddress,
  cellOnSheet,
  parseCell,
  rangeOnSheet,
  type CellPosition,
  rangesOverlap,
  shiftRows,
  type RangePosition,
} from "./a1";
import type { CellPlan, SheetPlan, TablePlan, WorkbookPlan } from "./plan";
import { referencedSheetKeys } from "./plan";
import { spillArea, type SpillCell } from "./spill";

/** The rule a plan breaks: what a test or a log can match on. */
export type PlanRule =
  | "sheet-key-twice"
  | "activate-unknown"
  | "sheet-name"
  | "address"
  | "cell-twice"
  | "formula"
  | "number"
  | "sheet-ref"
  | "spill"
  | "spill-overlap"
  | "under-spill"
  | "spill-merge"
  | "inside-merge"
  | "merge-overlap"
  | "table-name"
  | "table-size"
  | "table-header"
  | "table-overlap"
  | "table-calculated"
  | "list"
  | "name"
  | "name-twice"
  | "chart-data"
  | "drawing-key-twice"
  | "arrow-ends"
  | "colour"
  | "size";

/** A plan a writer refuses: the rule, the sheet (by key) and the cell or range it concerns. */
export class PlanError extends Error {
  constructor(
    readonly rule: PlanRule,
    /** The sheet's key, or null for a rule about the whole workbook. */
    readonly sheet: string | null,
    /** The cell or range, when the rule concerns one. */
    readonly cell: string | null,
    readonly detail: string
  ) {
    super(
      `invalid plan (${rule}): ${sheet === null ? "" : `sheet «${sheet}»${cell ? ` ${cell}` : ""}: `}${detail}`
    );
    this.name = "PlanError";
  }
}

/** Throws a PlanError for the first rule `plan` breaks; returns when it is valid. */
export function validatePlan(plan: WorkbookPlan): void {
  const keys = new Set<string>();
  for (const sheet of plan.sheets) {
    const fail = (rule: PlanRule, detail: string) => new PlanError(rule, sheet.key, null, detail);
    if (keys.has(sheet.key)) throw fail("sheet-key-twice", "two sheets have this key");
    keys.add(sheet.key);
    if (!isValidSheetName(sheet.name))
      throw fail(
        "sheet-name",
        `Excel refuses the sheet name "${sheet.name}" (1 to 31 characters, none of [ ] : * ? / \\, no ' first or last, not "History")`
      );
  }
  if (!keys.has(plan.activate))
    throw new PlanError(
      "activate-unknown",
      null,
      null,
      `the sheet to open, «${plan.activate}», is not in the plan`
    );

  for (const sheet of plan.sheets) validateSheet(sheet, keys);
}

/**
 * Excel's rule for sheet names: 1 to 31 characters, none of []:*?/\, not starting or ending with an
 * apostrophe, and not "History" (Excel keeps that name for itself).
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

/**
 * Excel's rule for defined names and table names: a letter, "_" or a backslash first, then
 * letters, digits, "_", "." or backslashes; never something that reads as a cell (A1, XFD100,
 * R1C1, R, C). A name that breaks it makes Excel repair the file and drop the name.
 */
export function isValidExcelName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) return false;
  const looksLikeCell =
    /^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name);
  return !looksLikeCell;
}

/** A cell holds something a writer writes: a formula, or a value that is not null. */
export function hasContent(cell: CellPlan): boolean {
  return cell.formula !== undefined || (cell.value ?? null) !== null;
}

/** Excel caps a list of typed choices at 255 characters. */
const LIST_LIMIT = 255;
/** Excel's widest column (characters) and tallest row (points). */
const MAX_WIDTH = 255;
const MAX_HEIGHT = 409;

/** What every check of one sheet needs: how to fail, and how to read a range or a formula. */
interface SheetCheck {
  sheet: SheetPlan;
  fail(rule: PlanRule, cell: string | null, detail: string): PlanError;
  /** The range's corners; an "address" failure when it is not a range on the sheet. */
  rangeOf(range: string, what: string): RangePosition;
  /** A "sheet-ref" failure when `text` refers to a «key» that is not a sheet of the plan. */
  checkSheetRefs(text: string, where: string): void;
  checkColour(colour: string, where: string | null): void;
}

function validateSheet(sheet: SheetPlan, sheetKeys: ReadonlySet<string>): void {
  const fail = (rule: PlanRule, cell: string | null, detail: string) =>
    new PlanError(rule, sheet.key, cell, detail);
  const check: SheetCheck = {
    sheet,
    fail,
    rangeOf(range, what) {
      const rect = rangeOnSheet(range);
      if (!rect) throw fail("address", range, `${what} "${range}" is not a range on the sheet`);
      return rect;
    },
    checkSheetRefs(text, where) {
      for (const key of referencedSheetKeys(text))
        if (!sheetKeys.has(key))
          throw fail("sheet-ref", where, `refers to sheet «${key}», which is not in the plan`);
    },
    checkColour(colour, where) {
      if (!/^#?[0-9A-Fa-f]{6}$/.test(colour))
        throw fail("colour", where, `"${colour}" is not a colour as #RRGGBB`);
    },
  };
  const cells = checkCells(check);
  const spilledBy = checkSpills(check, cells);
  const merges = checkMerges(check, cells, spilledBy);
  checkTables(check, cells, merges);
  checkRules(check);
  checkNames(check);
  checkDrawings(check);
  checkSizes(check);
}

/**
 * Each address once, formulas and numbers a writer can store. Cells are keyed by a number
 * (row × columns + column) rather than their address: a large plan has tens of thousands.
 */
function checkCells({ sheet, fail, checkSheetRefs }: SheetCheck): Map<number, CellPlan> {
  const cells = new Map<number, CellPlan>();
  for (const cell of sheet.cells) {
    const at = cellOnSheet(cell.address);
    if (!at) throw fail("address", cell.address, `"${cell.address}" is not a cell on the sheet`);
    const key = keyOf(at);
    if (cells.has(key)) throw fail("cell-twice", addressOf(key), "the plan writes this cell twice");
    cells.set(key, cell);
    if (cell.formula !== undefined) {
      if (cell.formula.length < 2 || !cell.formula.startsWith("="))
        throw fail("formula", addressOf(key), `formula "${cell.formula}" does not start with "="`);
      checkSheetRefs(cell.formula, addressOf(key));
    }
    if (typeof cell.value === "number" && !Number.isFinite(cell.value))
      throw fail("number", addressOf(key), `holds ${cell.value}, which Excel cannot store`);
  }
  return cells;
}

/**
 * Spills of a whole number of rows and columns, on the sheet, apart, over nothing but empty cells.
 * Returns every cell a spill covers (its anchor included) → the anchor.
 */
function checkSpills({ fail }: SheetCheck, cells: Map<number, CellPlan>): Map<number, number> {
  const spilledBy = new Map<number, number>();
  for (const [key, cell] of cells) {
    const spill = cell.spill;
    if (!spill) continue;
    const address = addressOf(key);
    if (cell.formula === undefined)
      throw fail("spill", address, "only a formula spills; this cell holds a value");
    if (!isCount(spill.rows) || !isCount(spill.columns))
      throw fail("spill", address, `spills ${spill.rows} × ${spill.columns} cells`);
    const anchor = parseCell(address);
    if (anchor.row + spill.rows > MAX_ROWS || anchor.col + spill.columns > MAX_COLUMNS)
      throw fail("spill", address, "spills past the edge of the sheet");
    if (spill.rows === 1 && spill.columns === 1) continue;
    for (const covered of spillArea(anchor, spill)) {
      const other = spilledBy.get(keyOf(covered));
      if (other !== undefined)
        throw fail(
          "spill-overlap",
          address,
          `its spill and the spill of ${addressOf(other)} both cover ${covered.address}`
        );
      spilledBy.set(keyOf(covered), key);
    }
  }
  for (const [key, anchor] of spilledBy) {
    const cell = cells.get(key);
    if (anchor !== key && cell && hasContent(cell))
      throw fail(
        "under-spill",
        addressOf(key),
        `has content inside the spill of ${addressOf(anchor)}; Excel would show #SPILL! there`
      );
  }
  return spilledBy;
}

interface Merge {
  merge: string;
  rect: RangePosition;
}

/** Merges apart, hiding nothing (only the top-left cell shows), and not where a formula spills. */
function checkMerges(
  { sheet, fail, rangeOf }: SheetCheck,
  cells: Map<number, CellPlan>,
  spilledBy: Map<number, number>
): Merge[] {
  const merges = (sheet.merges ?? []).map((merge) => ({ merge, rect: rangeOf(merge, "merge") }));
  merges.forEach(({ merge, rect }, k) => {
    const other = merges.slice(0, k).find((m) => rangesOverlap(m.rect, rect));
    if (other) throw fail("merge-overlap", merge, `overlaps the merge ${other.merge}`);
    for (const covered of cellsIn(rect)) {
      const key = keyOf(covered);
      const anchor = spilledBy.get(key);
      if (anchor !== undefined)
        throw fail(
          "spill-merge",
          merge,
          `the spill of ${addressOf(anchor)} reaches into this merge; Excel would show #SPILL!`
        );
      const cell = cells.get(key);
      const isTopLeft = covered.r === 0 && covered.c === 0;
      if (cell && !isTopLeft && hasContent(cell))
        throw fail(
          "inside-merge",
          covered.address,
          `has content inside the merge ${merge}, which hides it`
        );
    }
  });
  return merges;
}

/** Tables with a valid name, a header row of distinct texts and a data row, apart from others and merges. */
function checkTables(
  { sheet, fail, rangeOf }: SheetCheck,
  cells: Map<number, CellPlan>,
  merges: Merge[]
): void {
  const tables = (sheet.tables ?? []).map((table) => ({
    table,
    rect: rangeOf(table.range, "table"),
  }));
  tables.forEach(({ table, rect }, k) => {
    if (!isValidExcelName(table.name))
      throw fail("table-name", table.range, `table name "${table.name}" is not a valid Excel name`);
    if (rect.bottom <= rect.top)
      throw fail(
        "table-size",
        table.range,
        `table ${table.name} needs a header row and a data row`
      );
    const other = tables.slice(0, k).find((t) => rangesOverlap(t.rect, rect));
    if (other) throw fail("table-overlap", table.range, `overlaps the table ${other.table.name}`);
    const merge = merges.find((m) => rangesOverlap(m.rect, rect));
    if (merge) throw fail("table-overlap", table.range, `overlaps the merge ${merge.merge}`);
    const seen = new Set<string>();
    for (const header of cellsIn({ ...rect, bottom: rect.top })) {
      const cell = cells.get(keyOf(header));
      const name = cell?.formula === undefined ? cell?.value : undefined;
      if (typeof name !== "string" || name.trim() === "")
        throw fail(
          "table-header",
          header.address,
          `table ${table.name}: a header cell must hold a column name (text)`
        );
      if (seen.has(name.toLowerCase()))
        throw fail(
          "table-header",
          header.address,
          `table ${table.name}: the column name "${name}" appears twice`
        );
      seen.add(name.toLowerCase());
    }
    checkCalculated(table, rect, cells, fail);
  });
}

/**
 * A calculated column lies inside its table, and each of its rows holds its formula moved down to
 * that row (as Excel fills it): what the .xlsx stores once is what every row shows.
 */
function checkCalculated(
  table: TablePlan,
  rect: RangePosition,
  cells: Map<number, CellPlan>,
  fail: SheetCheck["fail"]
): void {
  for (const { col, formula } of table.calculated ?? []) {
    const top = cellAddress(rect.top + 1, col);
    if (col < rect.left || col > rect.right)
      throw fail("table-calculated", top, `table ${table.name}: calculated column outside it`);
    for (const at of cellsIn({ top: rect.top + 1, left: col, bottom: rect.bottom, right: col })) {
      const expected = shiftRows(formula, at.row - rect.top - 1);
      if (cells.get(keyOf(at))?.formula !== expected)
        throw fail(
          "table-calculated",
          at.address,
          `table ${table.name}: a calculated column's cell must hold ${expected}`
        );
    }
  }
}

/** Validations (drop-down lists Excel can store) and conditional formats, on the sheet. */
function checkRules({ sheet, fail, rangeOf, checkSheetRefs, checkColour }: SheetCheck): void {
  for (const validation of sheet.validations ?? []) {
    rangeOf(validation.range, "validation");
    if (validation.type !== "list") continue;
    if ("source" in validation) {
      checkSheetRefs(validation.source, validation.range);
      continue;
    }
    const bad = validation.values.find((value) => value.includes(",") || value.includes('"'));
    if (bad !== undefined)
      throw fail(
        "list",
        validation.range,
        `the choice "${bad}" holds a comma or a quote, which Excel reads as a separator`
      );
    if (validation.values.join(",").length > LIST_LIMIT)
      throw fail("list", validation.range, `the choices exceed Excel's ${LIST_LIMIT} characters`);
  }
  for (const format of sheet.conditionalFormats ?? []) {
    rangeOf(format.range, "conditional format");
    if (format.type === "textEquals" || format.type === "textNotEquals") {
      checkColour(format.fill, format.range);
      checkColour(format.font, format.range);
    } else if (format.type === "noValue") checkColour(format.font, format.range);
  }
}

/** Sheet-scoped names Excel accepts, each once. */
function checkNames({ sheet, fail, rangeOf }: SheetCheck): void {
  const seen = new Set<string>();
  for (const name of sheet.names ?? []) {
    rangeOf(name.range, `name ${name.name}`);
    if (!isValidExcelName(name.name))
      throw fail("name", name.range, `"${name.name}" is not a valid Excel name`);
    if (seen.has(name.name.toLowerCase()))
      throw fail(
        "name-twice",
        name.range,
        `the name "${name.name}" is defined twice on this sheet`
      );
    seen.add(name.name.toLowerCase());
  }
}

/** Charts over a header row and a category column; shapes in colours; arrows between boxes. */
function checkDrawings({ sheet, fail, rangeOf, checkColour }: SheetCheck): void {
  const keys = new Set<string>();
  const once = (key: string) => {
    if (keys.has(key))
      throw fail("drawing-key-twice", null, `two charts or shapes have the key "${key}"`);
    keys.add(key);
  };
  for (const chart of sheet.charts ?? []) {
    once(chart.key);
    const data = rangeOf(chart.data, `chart ${chart.key}'s data`);
    rangeOf(chart.from, `chart ${chart.key}'s corner`);
    rangeOf(chart.to, `chart ${chart.key}'s corner`);
    if (data.bottom - data.top < 1 || data.right - data.left < 1)
      throw fail(
        "chart-data",
        chart.data,
        `chart ${chart.key} needs a header row and a category column`
      );
  }
  const boxes = new Set<string>();
  for (const shape of sheet.shapes ?? []) {
    once(shape.key);
    if (shape.kind === "box") {
      boxes.add(shape.key);
      for (const colour of [shape.fill, shape.line, shape.fontColor]) checkColour(colour, null);
    } else checkColour(shape.color, null);
  }
  for (const shape of sheet.shapes ?? []) {
    if (shape.kind === "arrow" && !(boxes.has(shape.from) && boxes.has(shape.to)))
      throw fail(
        "arrow-ends",
        null,
        `arrow "${shape.key}" joins "${shape.from}" and "${shape.to}", which are not both boxes on this sheet`
      );
  }
}

/** Column widths, row heights and frozen panes Excel can show; a tab colour. */
function checkSizes({ sheet, fail, checkColour }: SheetCheck): void {
  if (sheet.tabColor !== undefined) checkColour(sheet.tabColor, null);
  for (const column of sheet.columns ?? [])
    if (!isIndex(column.index, MAX_COLUMNS) || !(column.width > 0 && column.width <= MAX_WIDTH))
      throw fail("size", null, `column ${column.index} cannot be ${column.width} characters wide`);
  for (const row of sheet.rows ?? [])
    if (!isIndex(row.index, MAX_ROWS) || !(row.height > 0 && row.height <= MAX_HEIGHT))
      throw fail("size", null, `row ${row.index} cannot be ${row.height} points tall`);
  const freeze = sheet.freeze;
  if (freeze && !(isIndex(freeze.rows, MAX_ROWS) && isIndex(freeze.columns, MAX_COLUMNS)))
    throw fail("size", null, `cannot freeze ${freeze.rows} rows and ${freeze.columns} columns`);
}

/** The cells of a range, row by row, with their offsets from its top-left cell. */
function cellsIn(rect: RangePosition): SpillCell[] {
  return spillArea(
    { row: rect.top, col: rect.left },
    { rows: rect.bottom - rect.top + 1, columns: rect.right - rect.left + 1 }
  );
}

const keyOf = ({ row, col }: CellPosition) => row * MAX_COLUMNS + col;
const addressOf = (key: number) => cellAddress(Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);

const isCount = (n: number) => Number.isInteger(n) && n >= 1;
const isIndex = (n: number, limit: number) => Number.isInteger(n) && n >= 0 && n < limit;
