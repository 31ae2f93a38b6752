/**
 * Applies a workbook plan to the open Excel workbook through Office.js.
 *
 * The work is split in two:
 * - `workbookOperations` (pure): picks free sheet and table names and turns every sheet plan into a
 *   short list of range operations — cells grouped into rectangular blocks, one write per block — so
 *   the number of operations does not grow with the number of KPI rows. Testable without Excel.
 * - `applyPlanWithExcel` (thin): issues those operations to Excel in three round trips whatever the
 *   size of the plan: (1) read the names in use, (2) add the new sheets under names unique to this
 *   build and learn the ids Excel gives them, (3) give them their names, queue every write and open
 *   the plan's landing sheet.
 *
 * It never overwrites or deletes anything the user has: it only adds sheets (a name in use gets
 * " (2)"), writes inside them, and gives its tables names nobody uses. All or nothing: each added
 * sheet is recorded in the ExcelUndo (office-transaction.ts), so that when round trip 2 or 3 fails
 * the port removes exactly those sheets — by their ids, or, for a batch that failed before Excel
 * gave them, by the unique names — and with them everything written on them.
 *
 * Requirement sets: Kinerja assumes ExcelApi 1.9 (Excel 2019, Microsoft 365, Excel on the web); the
 * port checks it before calling (office.ts). What each feature needs:
 *   values, formulas, number formats, fonts, fills, borders, tables, charts, activate/select  1.1
 *   column widths, merges                                                                      1.2
 *   sheet-scoped names (worksheet.names)                                                       1.4
 *   conditional formats (custom formula, icon set)                                             1.6
 *   freeze panes, tab colour                                                                   1.7
 *   data validation, gridlines, chart axis number format                                       1.8
 *   shapes, lines with connectors and arrowheads                                               1.9
 *   cell notes (worksheet.notes)                       1.18 — only when `options.notes` is true
 * Spill formulas need dynamic arrays (Microsoft 365, Excel 2021+, the web); Excel 2019 shows their
 * first value only.
 */
import type { ApplyProgress, ApplyResult } from "./port";
import { freeSheetName, freeTableName } from "./port";
import type {
  BoxShapePlan,
  CellPlan,
  ChartPlan,
  ConditionalFormatPlan,
  Lang,
  NamePlan,
  Scalar,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../sheet/plan";
import { resolveSheetRefs, spillNumberFormat } from "../sheet/plan";
import { hasContent as cellHasContent, validatePlan } from "../sheet/validate";
import type { RangePosition } from "../sheet/a1";
import {
  cellAddress,
  columnLetter,
  normalCell,
  normalRange,
  parseCell,
  parseRange,
  rangeAddress,
} from "../sheet/a1";
import type { BorderLine, CellFormat } from "./styles";
import { cellFormat } from "./styles";
import { arrowEnds } from "./arrows";
import { formulaRule } from "./rules";
import {
  addressOf,
  columnsOf,
  groupPositions,
  rectangles,
  rowsOf,
  spillAreaLooks,
  textInput,
} from "./cell-blocks";
import { ExcelStepError, ExcelUndo } from "./office-transaction";

// Shared with the Google Sheets writer; exported from here too for this writer's tests and office.ts.
export { rectangles, textInput } from "./cell-blocks";
// The writer's errors live with the transaction that reports them; tests and the port import them here too.
export { ExcelStepError, officeMessage } from "./office-transaction";

/** What a cell receives through `range.values` / `range.formulas`; null leaves the cell as it is. */
export type CellInput = string | number | boolean | null;

export type BorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export type ConditionalRule =
  | { type: "custom"; formula: string; fill?: string; font: string }
  | { type: "iconSet"; style: "ThreeTrafficLights1"; criteria: Excel.ConditionalIconCriterion[] };

export interface ArrowGeometry {
  key: string;
  from: string;
  to: string;
  color: string;
  /** Connection sites on the boxes (see SITE in arrows.ts). */
  beginSite: number;
  endSite: number;
  /** Where the line starts and ends before Excel snaps it to the sites, in points. */
  start: { left: number; top: number };
  end: { left: number; top: number };
}

/** One step of writing a sheet, as data. Addresses are local to the sheet. */
export type SheetOperation =
  | { kind: "numberFormat"; address: string; matrix: (string | null)[][] }
  | { kind: "cells"; address: string; property: "values" | "formulas"; matrix: CellInput[][] }
  | {
      kind: "style";
      address: string;
      format: CellFormat;
      borders: { edge: BorderEdge; line: BorderLine }[];
    }
  | { kind: "columnWidth"; address: string; points: number }
  | { kind: "hideColumns"; address: string }
  | { kind: "rowHeight"; address: string; points: number }
  | { kind: "merge"; address: string }
  | { kind: "table"; address: string; name: string; style?: string }
  /** No rule: any value, with only a prompt. */
  | { kind: "validation"; address: string; rule?: Excel.DataValidationRule; prompt?: string }
  | { kind: "conditionalFormat"; address: string; rule: ConditionalRule }
  | { kind: "name"; name: string; address: string; comment?: string }
  | { kind: "note"; address: string; text: string }
  | { kind: "chart"; chart: ChartPlan }
  | { kind: "box"; box: BoxShapePlan }
  | { kind: "arrow"; arrow: ArrowGeometry }
  | { kind: "freeze"; rows: number; columns: number }
  | { kind: "tabColor"; color: string }
  | { kind: "gridlines"; show: boolean };

export interface WriteOptions {
  /** Write cell notes (needs ExcelApi 1.18); without it, notes are left out. */
  notes?: boolean;
  /** Where the sheets added are recorded, for the port to take them out if a round trip fails. */
  undo?: ExcelUndo;
}

/** Names already used in the workbook, read in the first round trip. */
export interface NamesInUse {
  sheets: string[];
  tables: string[];
  /** Workbook-scoped defined names: a table cannot take one of them either. */
  names: string[];
}

export interface PlannedWorkbook {
  sheets: { key: string; name: string; operations: SheetOperation[] }[];
  tables: { name: string; finalName: string }[];
  /** Final name of the sheet to open at the end. */
  activate: string;
}

/**
 * Writes `plan` into new sheets of the open workbook: three context.sync() calls whatever its size.
 * Progress goes checking → writing → finishing → done.
 */
export async function applyPlanWithExcel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  onProgress?: (progress: ApplyProgress) => void,
  options: WriteOptions = {}
): Promise<ApplyResult> {
  const report = (phase: ApplyProgress["phase"], fraction: number) =>
    onProgress?.({ phase, fraction });
  const undo = options.undo ?? new ExcelUndo();
  let syncs = 0;
  const sync = async (step: string) => {
    syncs++;
    try {
      await context.sync();
    } catch (error) {
      throw new ExcelStepError(failedStep(error, step), error);
    }
    undo.synced();
  };

  report("checking", 0);
  // A plan bug is refused before the first round trip: nothing is read, nothing is written.
  validatePlan(plan);
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await sync("read the names of the workbook's sheets and tables");

  const taken = sheets.items.map((sheet) => sheet.name);
  const planned = operationsOf(
    plan,
    {
      sheets: taken,
      tables: tables.items.map((table) => table.name),
      names: names.items.map((name) => name.name),
    },
    options
  );
  const list = (verb: string) => `${verb} ${planned.sheets.map((s) => `'${s.name}'`).join(", ")}`;

  // Added under names no one else uses, so that a batch failing half-way can be undone without
  // mistaking anyone's sheet for one of these: Excel tells the ids only when the batch succeeds.
  const building = buildingNames(planned.sheets.length, taken);
  const added = undo.addSheets(
    context,
    building,
    sheets.items.map((sheet) => sheet.id)
  );
  await sync(list("add sheets"));

  report("writing", 0.1);
  // Every sheet gets its name before anything is written: formulas refer to the final names.
  planned.sheets.forEach(({ name }, index) => {
    context.trace(`name sheet '${name}'`);
    undo.renameSheet(context, added[index], name);
  });
  planned.sheets.forEach(({ name, operations }, index) => {
    try {
      // A trace names the sheet and part in Office's error if the big sync below fails.
      context.trace(`write sheet '${name}'`);
      issueOperations(context, added[index], name, operations);
    } catch (error) {
      throw new ExcelStepError(`write sheet '${name}'`, error);
    }
    report("writing", 0.1 + (0.7 * (index + 1)) / planned.sheets.length);
  });
  report("finishing", 0.9);
  const landing = added[planned.sheets.findIndex((s) => s.name === planned.activate)];
  context.trace(`open sheet '${planned.activate}'`);
  landing.activate();
  landing.getRange("A1").select();
  await sync(list("write sheets"));

  report("done", 1);
  return {
    sheets: planned.sheets.map(({ key, name }) => ({ key, name })),
    tables: planned.tables,
    activated: planned.activate,
    syncs,
  };
}

/**
 * Names for the sheets of a build while it is being written: "Kinerja 4f2a9c 1", "… 2", with a
 * random part no sheet in `taken` starts with (31 characters at most, as Excel allows).
 */
export function buildingNames(count: number, taken: readonly string[]): string[] {
  const used = taken.map((name) => name.toLowerCase());
  let prefix: string;
  do prefix = `Kinerja ${Math.random().toString(36).slice(2, 8)} `;
  while (used.some((name) => name.startsWith(prefix.toLowerCase())));
  return Array.from({ length: count }, (_, k) => `${prefix}${k + 1}`);
}

/**
 * The step to blame: the last trace Office executed before the error (the undo's own markers
 * aside), else the whole sync.
 */
function failedStep(error: unknown, fallback: string): string {
  const traces = (error as Partial<OfficeExtension.Error> | undefined)?.traceMessages ?? [];
  const steps = traces.filter((trace) => !trace.startsWith("kinerja:"));
  return steps.length > 0 ? steps[steps.length - 1] : fallback;
}

// ---------------------------------------------------------------------------------------------
// Pure part: plan → operations

/**
 * Picks the final names and turns each sheet plan into operations. Throws a PlanError on a plan bug
 * (validatePlan), before any write.
 */
export function workbookOperations(
  plan: WorkbookPlan,
  inUse: NamesInUse,
  options: WriteOptions = {}
): PlannedWorkbook {
  validatePlan(plan);
  return operationsOf(plan, inUse, options);
}

/** workbookOperations for a plan validatePlan has passed. */
function operationsOf(
  plan: WorkbookPlan,
  inUse: NamesInUse,
  options: WriteOptions
): PlannedWorkbook {
  const sheetNames = new Map<string, string>();
  const takenSheets = [...inUse.sheets];
  for (const sheet of plan.sheets) {
    const name = freeSheetName(sheet.name, takenSheets);
    sheetNames.set(sheet.key, name);
    takenSheets.push(name);
  }

  const tableNames = new Map<TablePlan, string>();
  const tables: PlannedWorkbook["tables"] = [];
  const takenTables = [...inUse.tables, ...inUse.names];
  for (const table of plan.sheets.flatMap((sheet) => sheet.tables ?? [])) {
    const finalName = freeTableName(table.name, takenTables);
    tableNames.set(table, finalName);
    tables.push({ name: table.name, finalName });
    takenTables.push(finalName);
  }

  // A sheet-scoped name cannot equal a table name; navigation names may take a suffix, formulas do not use them.
  const localNames = new Map<NamePlan, string>();
  for (const sheet of plan.sheets) {
    const taken = [...takenTables];
    for (const name of sheet.names ?? []) {
      const finalName = freeTableName(name.name, taken);
      localNames.set(name, finalName);
      taken.push(finalName);
    }
  }

  return {
    sheets: plan.sheets.map((sheet) => {
      const name = sheetNames.get(sheet.key) as string;
      try {
        const context = {
          sheetNames,
          tableNames,
          localNames,
          lang: plan.lang,
          notes: !!options.notes,
        };
        return { key: sheet.key, name, operations: sheetOperations(sheet, context) };
      } catch (error) {
        throw new ExcelStepError(`write sheet '${name}'`, error);
      }
    }),
    tables,
    activate: sheetNames.get(plan.activate) as string,
  };
}

export interface SheetContext {
  sheetNames: ReadonlyMap<string, string>;
  tableNames: ReadonlyMap<TablePlan, string>;
  localNames: ReadonlyMap<NamePlan, string>;
  lang: Lang;
  notes: boolean;
}

/**
 * The operations that build one sheet of a valid plan (validatePlan: no cell twice, nothing under a
 * spill or hidden by a merge, arrows between boxes), in the order Excel needs them.
 */
export function sheetOperations(sheet: SheetPlan, context: SheetContext): SheetOperation[] {
  const cells = new Map(sheet.cells.map((cell) => [normalCell(cell.address), cell]));
  const hasContent = (address: string) => {
    const cell = cells.get(address);
    return !!cell && cellHasContent(cell);
  };
  const ops: SheetOperation[] = [];

  // Number formats and contents go in blocks with gaps bridged: null in a block leaves a cell as it
  // is (empty, on a new sheet), so a spill area or a blank column inside a block stays untouched.
  // Number formats first: a text format ("@") must be in place before the value arrives.
  // A spill area is formatted like its anchor (or as `spill.numberFormats` says), so the values
  // Excel spills there look like the anchor's. The anchor is the area's (0, 0): its
  // spill.numberFormats[0][0] comes before its own numberFormat (plan.ts), as in the .xlsx.
  const looks = spillAreaLooks(sheet);
  const numberFormatOf = (address: string) => {
    const cell = cells.get(address);
    return (cell && spillNumberFormat(cell, 0, 0)) ?? looks.get(address)?.numberFormat;
  };
  const formatted = new Set([...cells.keys(), ...looks.keys()]);
  for (const rect of rectangles(
    [...formatted].filter((a) => numberFormatOf(a) !== undefined).map((a) => parseCell(a)),
    true
  )) {
    const matrix = rowsOf(rect).map((row) =>
      columnsOf(rect).map((col) => numberFormatOf(cellAddress(row, col)) ?? null)
    );
    ops.push({ kind: "numberFormat", address: addressOf(rect), matrix });
  }

  const contentPositions = [...cells.keys()]
    .filter(hasContent)
    .map((address) => parseCell(address));
  for (const rect of rectangles(contentPositions, true)) {
    let hasFormula = false;
    const matrix = rowsOf(rect).map((row) =>
      columnsOf(rect).map((col) => {
        const address = cellAddress(row, col);
        if (!hasContent(address)) return null;
        const cell = cells.get(address) as SheetPlan["cells"][number];
        if (cell.formula !== undefined) {
          hasFormula = true;
          return formulaInput(resolveSheetRefs(cell.formula, context.sheetNames));
        }
        return scalarInput(cell.value ?? null, cell.numberFormat === "@");
      })
    );
    ops.push({
      kind: "cells",
      address: addressOf(rect),
      property: hasFormula ? "formulas" : "values",
      matrix,
    });
  }

  const styled = new Map<string, Pick<CellPlan, "style">>(looks);
  for (const [address, cell] of cells) if (cell.style) styled.set(address, cell);
  for (const [style, positions] of groupPositions(styled, (cell) => cell.style)) {
    const format = cellFormat(style);
    for (const rect of rectangles(positions)) {
      ops.push({
        kind: "style",
        address: addressOf(rect),
        format,
        borders: borderEdges(format, rect),
      });
    }
  }

  // Cells marked `wrap`: on top of their style, text wrapped at word breaks (aligned as the style
  // says, so a tall row's cells line up).
  const wrapped = [...cells].filter(([, cell]) => cell.wrap).map(([a]) => parseCell(a));
  for (const rect of rectangles(wrapped))
    ops.push({ kind: "style", address: addressOf(rect), format: WRAPPED, borders: [] });

  for (const run of columnRuns(sheet.columns ?? [])) ops.push(run);
  for (const column of sheet.columns ?? [])
    if (column.hidden)
      ops.push({
        kind: "hideColumns",
        address: `${columnLetter(column.index)}:${columnLetter(column.index)}`,
      });
  for (const row of sheet.rows ?? [])
    ops.push({
      kind: "rowHeight",
      address: `${row.index + 1}:${row.index + 1}`,
      points: row.height,
    });
  for (const merge of sheet.merges ?? []) ops.push({ kind: "merge", address: normalRange(merge) });

  for (const table of sheet.tables ?? []) {
    const name = context.tableNames.get(table) as string;
    ops.push({ kind: "table", address: normalRange(table.range), name, style: table.style });
    // A calculated column: its formulas written again once the table exists, the whole column body
    // in one write, which Excel takes as the column's formula (and fills into rows added later).
    const { top, bottom } = parseRange(table.range);
    for (const { col } of table.calculated ?? []) {
      const body = { top: top + 1, left: col, bottom, right: col };
      const matrix = rowsOf(body).map((row) => {
        const formula = cells.get(cellAddress(row, col))?.formula ?? "";
        return [formulaInput(resolveSheetRefs(formula, context.sheetNames))];
      });
      ops.push({ kind: "cells", address: addressOf(body), property: "formulas", matrix });
    }
  }
  for (const validation of sheet.validations ?? [])
    ops.push(validationOperation(validation, context));
  for (const format of sheet.conditionalFormats ?? []) {
    ops.push({
      kind: "conditionalFormat",
      address: normalRange(format.range),
      rule: conditionalRule(format),
    });
  }
  for (const name of sheet.names ?? []) {
    const finalName = context.localNames.get(name) ?? name.name;
    ops.push({
      kind: "name",
      name: finalName,
      address: normalRange(name.range),
      comment: name.comment,
    });
  }
  if (context.notes) {
    for (const [address, cell] of cells)
      if (cell.note) ops.push({ kind: "note", address, text: cell.note });
  }

  for (const chart of sheet.charts ?? []) ops.push({ kind: "chart", chart });
  const boxes = new Map<string, BoxShapePlan>();
  for (const shape of sheet.shapes ?? []) {
    if (shape.kind !== "box") continue;
    boxes.set(shape.key, shape);
    ops.push({ kind: "box", box: shape });
  }
  // Arrows after every box: a connector attaches to shapes that already exist.
  for (const shape of sheet.shapes ?? []) {
    if (shape.kind !== "arrow") continue;
    const from = boxes.get(shape.from) as BoxShapePlan;
    const to = boxes.get(shape.to) as BoxShapePlan;
    ops.push({ kind: "arrow", arrow: arrowGeometry(shape.key, from, to, shape.color) });
  }

  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    ops.push({ kind: "freeze", rows: sheet.freeze.rows, columns: sheet.freeze.columns });
  }
  if (sheet.tabColor) ops.push({ kind: "tabColor", color: sheet.tabColor });
  if (sheet.showGridlines !== undefined) ops.push({ kind: "gridlines", show: sheet.showGridlines });
  return ops;
}

/** What a cell marked `wrap` gets, in both writers. */
const WRAPPED: CellFormat = { wrap: true };

/** A formula as Excel takes it: the plan writes "=…"; one without "=" would be stored as text. */
function formulaInput(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

function scalarInput(value: Scalar, isTextFormat: boolean): CellInput {
  if (typeof value === "string") return isTextFormat ? value : textInput(value);
  return value;
}

/**
 * The border lines to draw on a block so that each cell has its style's borders: the outer edges,
 * and the inside lines when the block spans several rows or columns.
 */
export function borderEdges(
  format: CellFormat,
  rect: RangePosition
): { edge: BorderEdge; line: BorderLine }[] {
  const border = format.border;
  if (!border) return [];
  const edges: { edge: BorderEdge; line: BorderLine }[] = [];
  if (border.top) edges.push({ edge: "EdgeTop", line: border.top });
  if (border.bottom) edges.push({ edge: "EdgeBottom", line: border.bottom });
  if (border.left) edges.push({ edge: "EdgeLeft", line: border.left });
  if (border.right) edges.push({ edge: "EdgeRight", line: border.right });
  const between = border.top ?? border.bottom;
  if (between && rect.bottom > rect.top) edges.push({ edge: "InsideHorizontal", line: between });
  const beside = border.left ?? border.right;
  if (beside && rect.right > rect.left) edges.push({ edge: "InsideVertical", line: beside });
  return edges;
}

/**
 * A column width in characters (as the plan and .xlsx files give it) in points (as Office.js wants):
 * Excel draws a character of the default font 7 pixels wide plus 5 pixels of padding; 1 px = 0.75 pt.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 7 + 5) * 0.75;
}

/** Adjacent columns of the same width become one operation ("B:D"). */
function columnRuns(columns: readonly { index: number; width: number }[]): SheetOperation[] {
  const sorted = [...columns].sort((a, b) => a.index - b.index);
  const runs: { first: number; last: number; width: number }[] = [];
  for (const { index, width } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.last + 1 === index && last.width === width) last.last = index;
    else runs.push({ first: index, last: index, width });
  }
  return runs.map(({ first, last, width }) => ({
    kind: "columnWidth",
    address: `${columnLetter(first)}:${columnLetter(last)}`,
    points: columnWidthPoints(width),
  }));
}

/** Excel limits an input message to 255 characters. */
const VALIDATION_TEXT_LIMIT = 255;

function validationOperation(validation: ValidationPlan, context: SheetContext): SheetOperation {
  const address = normalRange(validation.range);
  const prompt = validation.prompt?.[context.lang];
  return {
    kind: "validation",
    address,
    rule:
      validation.type === "any"
        ? undefined
        : validationRule(
            validation,
            cellAddress(parseRange(address).top, parseRange(address).left),
            context.sheetNames
          ),
    prompt: prompt === undefined ? undefined : truncate(prompt, VALIDATION_TEXT_LIMIT),
  };
}

/**
 * An Office.js data-validation rule; a custom rule's references are relative to the top-left cell.
 * A list from a range keeps its formula ("=$E$5:$P$5"), with «key»! resolved to the final sheet name.
 */
export function validationRule(
  validation: Exclude<ValidationPlan, { type: "any" }>,
  topLeft: string,
  sheetNames: ReadonlyMap<string, string> = new Map()
): Excel.DataValidationRule {
  if (validation.type === "list" && "source" in validation) {
    return {
      list: {
        inCellDropDown: true,
        source: formulaInput(resolveSheetRefs(validation.source, sheetNames)),
      },
    };
  }
  // validatePlan has made sure no choice holds a comma and the list fits Excel's 255 characters.
  if (validation.type === "list")
    return { list: { inCellDropDown: true, source: validation.values.join(",") } };
  const { min, max } = validation;
  const criteria: Excel.BasicDataValidation | undefined =
    min !== undefined && max !== undefined
      ? { operator: "Between", formula1: min, formula2: max }
      : min !== undefined
        ? { operator: "GreaterThanOrEqualTo", formula1: min }
        : max !== undefined
          ? { operator: "LessThanOrEqualTo", formula1: max }
          : undefined;
  if (criteria)
    return validation.type === "decimal" ? { decimal: criteria } : { wholeNumber: criteria };
  // No bounds: any number (or any whole number) will do.
  const formula =
    validation.type === "decimal"
      ? `=ISNUMBER(${topLeft})`
      : `=AND(ISNUMBER(${topLeft}),${topLeft}=INT(${topLeft}))`;
  return { custom: { formula } };
}

/**
 * An Office.js conditional-format rule. Text rules are custom formulas relative to the range's
 * top-left cell ("Contains" would also match "NOT OK"); a blank cell is not "different from OK".
 * The traffic lights use `Number` criteria (spec §4.3: `Percent` means a position within the range).
 */
export function conditionalRule(format: ConditionalFormatPlan): ConditionalRule {
  if (format.type !== "trafficIcons") return { type: "custom", ...formulaRule(format) };
  return {
    type: "iconSet",
    style: "ThreeTrafficLights1",
    criteria: [
      // Excel ignores the first criterion (red: everything below yellow).
      {} as Excel.ConditionalIconCriterion,
      { type: "Number", operator: "GreaterThanOrEqual", formula: `=${format.yellow}` },
      { type: "Number", operator: "GreaterThanOrEqual", formula: `=${format.green}` },
    ],
  };
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** An arrow between two boxes, with the sites both writers agree on (arrows.ts). */
export function arrowGeometry(
  key: string,
  from: BoxShapePlan,
  to: BoxShapePlan,
  color: string
): ArrowGeometry {
  const ends = arrowEnds(from, to);
  return {
    key,
    from: from.key,
    to: to.key,
    color,
    beginSite: ends.start,
    endSite: ends.end,
    start: { left: ends.startPoint.x, top: ends.startPoint.y },
    end: { left: ends.endPoint.x, top: ends.endPoint.y },
  };
}

// ---------------------------------------------------------------------------------------------
// Thin part: operations → Office.js calls (queued; nothing runs until context.sync())

const CHART_TYPES = { line: "Line", column: "ColumnClustered", bar: "BarClustered" } as const;
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER_WEIGHT = { thin: "Thin", medium: "Medium" } as const;

function issueOperations(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  operations: readonly SheetOperation[]
): void {
  const shapes = new Map<string, Excel.Shape>();
  let part = "";
  for (const op of operations) {
    if (op.kind !== part) {
      part = op.kind;
      context.trace(`write sheet '${sheetName}' (${part})`);
    }
    issue(sheet, op, shapes);
  }
}

function issue(sheet: Excel.Worksheet, op: SheetOperation, shapes: Map<string, Excel.Shape>): void {
  switch (op.kind) {
    case "numberFormat":
      sheet.getRange(op.address).numberFormat = op.matrix;
      return;
    case "cells":
      if (op.property === "formulas") sheet.getRange(op.address).formulas = op.matrix;
      else sheet.getRange(op.address).values = op.matrix;
      return;
    case "style":
      applyFormat(sheet.getRange(op.address), op.format, op.borders);
      return;
    case "columnWidth":
      sheet.getRange(op.address).format.columnWidth = op.points;
      return;
    case "hideColumns":
      sheet.getRange(op.address).columnHidden = true;
      return;
    case "rowHeight":
      sheet.getRange(op.address).format.rowHeight = op.points;
      return;
    case "merge":
      sheet.getRange(op.address).merge(false);
      return;
    case "table": {
      const table = sheet.tables.add(sheet.getRange(op.address), true);
      table.name = op.name;
      if (op.style) table.style = op.style;
      return;
    }
    case "validation": {
      const validation = sheet.getRange(op.address).dataValidation;
      // A prompt alone is a validation of any value (Excel's "Any value" with an input message).
      if (op.rule) validation.rule = op.rule;
      if (op.prompt) validation.prompt = { showPrompt: true, title: "Kinerja", message: op.prompt };
      return;
    }
    case "conditionalFormat":
      addConditionalFormat(sheet.getRange(op.address), op.rule);
      return;
    case "name":
      if (op.comment) sheet.names.add(op.name, sheet.getRange(op.address), op.comment);
      else sheet.names.add(op.name, sheet.getRange(op.address));
      return;
    case "note":
      sheet.notes.add(sheet.getRange(op.address), op.text);
      return;
    case "chart": {
      const { chart: plan } = op;
      const chart = sheet.charts.add(
        CHART_TYPES[plan.type],
        sheet.getRange(normalRange(plan.data)),
        plan.seriesBy === "columns" ? "Columns" : "Rows"
      );
      chart.name = plan.key;
      chart.title.text = plan.title;
      if (plan.axisTitle) chart.axes.valueAxis.title.text = plan.axisTitle;
      if (plan.axisMin !== undefined) chart.axes.valueAxis.minimum = plan.axisMin;
      if (plan.axisMax !== undefined) chart.axes.valueAxis.maximum = plan.axisMax;
      if (plan.axisNumberFormat) chart.axes.valueAxis.numberFormat = plan.axisNumberFormat;
      chart.setPosition(normalCell(plan.from), normalCell(plan.to));
      return;
    }
    case "box": {
      const { box } = op;
      const shape = sheet.shapes.addGeometricShape("Rectangle");
      shape.name = box.key;
      shape.left = box.left;
      shape.top = box.top;
      shape.width = box.width;
      shape.height = box.height;
      shape.fill.setSolidColor(box.fill);
      shape.lineFormat.color = box.line;
      shape.textFrame.textRange.text = box.text;
      shape.textFrame.textRange.font.color = box.fontColor;
      shape.textFrame.horizontalAlignment = "Center";
      shape.textFrame.verticalAlignment = "Middle";
      shapes.set(box.key, shape);
      return;
    }
    case "arrow": {
      const { arrow } = op;
      const shape = sheet.shapes.addLine(
        arrow.start.left,
        arrow.start.top,
        arrow.end.left,
        arrow.end.top,
        "Straight"
      );
      shape.name = arrow.key;
      shape.line.connectBeginShape(shapes.get(arrow.from) as Excel.Shape, arrow.beginSite);
      shape.line.connectEndShape(shapes.get(arrow.to) as Excel.Shape, arrow.endSite);
      shape.line.endArrowheadStyle = "Triangle";
      shape.lineFormat.color = arrow.color;
      shape.lineFormat.weight = 1.5;
      return;
    }
    case "freeze":
      if (op.rows > 0 && op.columns > 0)
        sheet.freezePanes.freezeAt(rangeAddress(0, 0, op.rows - 1, op.columns - 1));
      else if (op.rows > 0) sheet.freezePanes.freezeRows(op.rows);
      else sheet.freezePanes.freezeColumns(op.columns);
      return;
    case "tabColor":
      sheet.tabColor = op.color;
      return;
    case "gridlines":
      sheet.showGridlines = op.show;
      return;
  }
}

function applyFormat(
  range: Excel.Range,
  format: CellFormat,
  borders: { edge: BorderEdge; line: BorderLine }[]
) {
  const target = range.format;
  if (format.fill) target.fill.color = format.fill;
  if (format.fontColor) target.font.color = format.fontColor;
  if (format.bold !== undefined) target.font.bold = format.bold;
  if (format.italic !== undefined) target.font.italic = format.italic;
  if (format.size !== undefined) target.font.size = format.size;
  if (format.horizontal) target.horizontalAlignment = HORIZONTAL[format.horizontal];
  if (format.vertical) target.verticalAlignment = VERTICAL[format.vertical];
  if (format.wrap !== undefined) target.wrapText = format.wrap;
  for (const { edge, line } of borders) {
    const border = target.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = BORDER_WEIGHT[line.weight];
    border.color = line.color;
  }
}

function addConditionalFormat(range: Excel.Range, rule: ConditionalRule): void {
  if (rule.type === "custom") {
    const custom = range.conditionalFormats.add("Custom").custom;
    custom.rule.formula = rule.formula;
    if (rule.fill) custom.format.fill.color = rule.fill;
    custom.format.font.color = rule.font;
    return;
  }
  const iconSet = range.conditionalFormats.add("IconSet").iconSet;
  iconSet.style = rule.style;
  iconSet.criteria = rule.criteria;
}
