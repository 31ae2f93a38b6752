/**
 * The .xlsx writer: a sheet plan → an .xlsx file (exceljs), every formula stored with the value the
 * plan evaluator computed for it, so the file shows numbers in any viewer before anything recalculates.
 *
 * exceljs writes cells, styles, columns, merges, tables, validation, conditional formats, notes,
 * views and tab colours. What it cannot — charts, shapes, dynamic-array metadata, sheet-scoped
 * names — is added to the saved zip afterwards (xlsx-drawings.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
  CellPlan,
  ConditionalFormatPlan,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from "../sheet/plan";
import { quoteSheetName, resolveSheetRefs, spillNumberFormat } from "../sheet/plan";
import { isSpilling, spillArea, type SpillSize } from "../sheet/spill";
import { validatePlan } from "../sheet/validate";
import { absolute, cellAddress, normalCell, parseCell, parseRange } from "../sheet/a1";
import { isErrorValue, renameFunctions, type CellResult, type EvaluatedWorkbook } from "../formula";
import { evaluatePlan } from "./evaluate-plan";
import { freeSheetName, freeTableName } from "./port";
import { readText, unescapeXml, worksheetPartsByName } from "./xlsx-parts";
import { cellFormat, type BorderLine, type CellFormat, type RangeLook } from "./styles";
import type { FormulaRule } from "./rules";
import {
  anchorAtCell,
  chartSeriesFromRange,
  chartXml,
  CONTENT_TYPE,
  drawingXml,
  dynamicArrayMetadataXml,
  escapeXml,
  fileColumnWidth,
  hexColor,
  relationshipsXml,
  RELATIONSHIP_TYPE,
  sheetGeometry,
  withContentTypeOverrides,
  withDrawingElement,
  withDynamicArrayCells,
  withRelationship,
  withSchemaOrderedChildren,
  withSheetScopedNames,
  type DrawingChart,
  type ScopedName,
} from "./xlsx-drawings";

export interface XlsxWriteOptions {
  /**
   * Creation and modification time stored in the file and on each part of its zip (default: now).
   * Fixed, it makes the file the same bytes each time: tests and docs/downloads fix it.
   */
  now?: Date;
  /**
   * Ask Excel to recalculate every formula when the file opens (default false: Excel shows the
   * stored values, which the plan evaluator computed, until something changes).
   */
  fullCalcOnLoad?: boolean;
  /** The spreadsheet the file is for, when it is not Excel (Google Sheets' File › Import). */
  dialect?: XlsxDialect;
}

/**
 * What another spreadsheet needs different in the file; Excel's own form when absent. The writer
 * stays one: a dialect only rewrites formulas, sheets and rules (src/gsheets has Google Sheets').
 */
export interface XlsxDialect {
  /** A plan formula as that spreadsheet reads it ("=…", «key»! resolved with `sheetNames`). */
  formula(formula: string, sheetNames: ReadonlyMap<string, string>): string;
  /**
   * Spilling formulas stored as ordinary formulas in their anchor cell, the cells they spill into
   * left empty: the spreadsheet spills them itself (an array formula would be fixed to its area).
   */
  plainSpills: boolean;
  /** The sheet as that spreadsheet can show it (shapes drawn with cells…), with looks of its own. */
  adapt(sheet: SheetPlan): { sheet: SheetPlan; looks: RangeLook[] };
  /** A conditional format as custom-formula rules (no icon sets there). */
  rules(format: ConditionalFormatPlan): FormulaRule[];
}

/** What was written: the names the sheets and tables finally got. */
export interface XlsxWriteResult {
  buffer: Buffer;
  sheets: { key: string; name: string }[];
  tables: { name: string; finalName: string }[];
}

/** Writes a plan to an .xlsx file in memory. */
export async function writePlanToXlsx(
  plan: WorkbookPlan,
  options: XlsxWriteOptions = {}
): Promise<Buffer> {
  return (await writePlanToXlsxWithNames(plan, options)).buffer;
}

/** As writePlanToXlsx, also returning the final sheet and table names. Throws a PlanError on a plan bug. */
export async function writePlanToXlsxWithNames(
  plan: WorkbookPlan,
  options: XlsxWriteOptions = {}
): Promise<XlsxWriteResult> {
  validatePlan(plan);
  const names = finalSheetNames(plan);
  const evaluated = evaluatePlan(plan);
  const { dialect } = options;
  const adapted = plan.sheets.map((sheet) => dialect?.adapt(sheet) ?? { sheet, looks: [] });
  const written: WorkbookPlan = { ...plan, sheets: adapted.map(({ sheet }) => sheet) };
  const form: FileForm = {
    formula: dialect
      ? (formula) => dialect.formula(formula, names).replace(/^=/, "")
      : (formula) => fileFormula(formula, names),
    plainSpills: dialect?.plainSpills ?? false,
    rules: dialect?.rules,
    looks: new Map(adapted.map(({ sheet, looks }) => [sheet.key, looks])),
  };
  const { workbook, tables } = buildWorkbook(written, names, evaluated, options, form);
  const saved = Buffer.from(await workbook.xlsx.writeBuffer());
  const buffer = await addPartsExceljsCannotWrite(
    saved,
    written,
    names,
    evaluated,
    form,
    tables,
    options.now
  );
  return {
    buffer,
    sheets: plan.sheets.map((sheet) => ({ key: sheet.key, name: names.get(sheet.key) as string })),
    tables,
  };
}

/** Plan key → the sheet's name in the file (unique within the workbook). */
export function finalSheetNames(plan: WorkbookPlan): Map<string, string> {
  const names = new Map<string, string>();
  for (const sheet of plan.sheets) names.set(sheet.key, freeSheetName(sheet.name, names.values()));
  return names;
}

// ---------------------------------------------------------------------------------------------
// Formulas in the file's syntax

/**
 * Functions added after Excel 2007 are stored in the file with a prefix (Microsoft's "future
 * functions", [MS-XLSX]); Excel shows them without it, and without it reads them as #NAME?.
 * Listed: the ones a template could plausibly use.
 */
const FUTURE_FUNCTION_PREFIX: Record<string, string> = {
  IFNA: "_xlfn.",
  IFS: "_xlfn.",
  SWITCH: "_xlfn.",
  MAXIFS: "_xlfn.",
  MINIFS: "_xlfn.",
  CONCAT: "_xlfn.",
  TEXTJOIN: "_xlfn.",
  XLOOKUP: "_xlfn.",
  XMATCH: "_xlfn.",
  LET: "_xlfn.",
  SEQUENCE: "_xlfn.",
  UNIQUE: "_xlfn.",
  FILTER: "_xlfn._xlws.",
  SORT: "_xlfn._xlws.",
  "STDEV.S": "_xlfn.",
  "STDEV.P": "_xlfn.",
};

/**
 * A plan formula as stored in the file: «key»! resolved to the final quoted sheet name, no leading
 * "=", future functions prefixed. Text in quotes and quoted sheet names are left alone.
 */
export function fileFormula(formula: string, names: ReadonlyMap<string, string>): string {
  return renameFunctions(
    resolveSheetRefs(formula, names).replace(/^=/, ""),
    (name) => (FUTURE_FUNCTION_PREFIX[name.toUpperCase()] ?? "") + name
  );
}

/** How this file writes formulas, spills, rules and extra looks (Excel's, or a dialect's). */
interface FileForm {
  /** A plan formula as stored in the file (no leading "="). */
  formula(formula: string): string;
  plainSpills: boolean;
  rules?: XlsxDialect["rules"];
  /** Per sheet key, looks drawn over the named styles, in order. */
  looks: ReadonlyMap<string, readonly RangeLook[]>;
}

// ---------------------------------------------------------------------------------------------
// The workbook exceljs writes

function buildWorkbook(
  plan: WorkbookPlan,
  names: ReadonlyMap<string, string>,
  evaluated: EvaluatedWorkbook,
  options: XlsxWriteOptions,
  form: FileForm
): { workbook: ExcelJS.Workbook; tables: { name: string; finalName: string }[] } {
  const workbook = new ExcelJS.Workbook();
  const now = options.now ?? new Date();
  workbook.creator = "Kinerja";
  workbook.lastModifiedBy = "Kinerja";
  workbook.title = plan.title;
  workbook.subject = plan.template ? `Kinerja ${plan.template} template` : "Kinerja";
  // exceljs writes dc:language; its type definitions omit the property.
  (workbook as ExcelJS.Workbook & { language: string }).language =
    plan.lang === "id" ? "id-ID" : "en-US";
  workbook.created = now;
  workbook.modified = now;
  if (options.fullCalcOnLoad) workbook.calcProperties = { fullCalcOnLoad: true };

  const activeIndex = plan.sheets.findIndex((sheet) => sheet.key === plan.activate);
  workbook.views = [
    {
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      activeTab: activeIndex,
      visibility: "visible",
    },
  ];

  const results = evaluated.results();
  const takenTables: string[] = [];
  const tables: { name: string; finalName: string }[] = [];
  plan.sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names.get(sheet.key) as string, {
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    });
    worksheet.views = [sheetView(sheet, index === activeIndex)];
    for (const column of sheet.columns ?? []) {
      const fileColumn = worksheet.getColumn(column.index + 1);
      fileColumn.width = fileColumnWidth(column.width);
      if (column.hidden) fileColumn.hidden = true;
    }
    for (const row of sheet.rows ?? []) worksheet.getRow(row.index + 1).height = row.height;
    // Tables first: exceljs writes their header names into the cells, which writeCells then restyles.
    for (const table of sheet.tables ?? []) {
      const finalName = freeTableName(table.name, takenTables);
      takenTables.push(finalName);
      tables.push({ name: table.name, finalName });
      addTable(worksheet, sheet, table, finalName);
    }
    for (const merge of sheet.merges ?? []) mergeCells(worksheet, merge);
    writeCells(worksheet, sheet, form, results);
    for (const { range, format } of form.looks.get(sheet.key) ?? []) {
      const { top, left, bottom, right } = parseRange(range);
      const style = exceljsStyle(format);
      for (let row = top; row <= bottom; row++)
        for (let col = left; col <= right; col++)
          Object.assign(worksheet.getCell(cellAddress(row, col)), style);
    }
    for (const validation of sheet.validations ?? [])
      addValidation(worksheet, validation, plan.lang, form);
    let priority = 0;
    for (const format of sheet.conditionalFormats ?? []) {
      if (form.rules) {
        for (const rule of form.rules(format))
          addFormulaRule(worksheet, format.range, rule, ++priority);
      } else addConditionalFormat(worksheet, format, ++priority);
    }
  });
  return { workbook, tables };
}

/** "#1F4E79" → "FF1F4E79" (exceljs colours are ARGB). */
function argb(color: string): string {
  return `FF${hexColor(color)}`;
}

function sheetView(sheet: SheetPlan, isActive: boolean): Partial<ExcelJS.WorksheetView> {
  const common = {
    showGridLines: sheet.showGridlines !== false,
    tabSelected: isActive,
  } as Partial<ExcelJS.WorksheetView>;
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    return {
      ...common,
      state: "frozen",
      xSplit: sheet.freeze.columns,
      ySplit: sheet.freeze.rows,
      topLeftCell: cellAddress(sheet.freeze.rows, sheet.freeze.columns),
    } as Partial<ExcelJS.WorksheetView>;
  }
  return { ...common, state: "normal" } as Partial<ExcelJS.WorksheetView>;
}

function writeCells(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetPlan,
  form: FileForm,
  evaluated: ReadonlyMap<string, ReadonlyMap<string, CellResult>>
): void {
  const results = evaluated.get(sheet.key) ?? new Map<string, CellResult>();
  const where = (cell: CellPlan): string => `${sheet.name}!${cell.address}`;
  for (const cell of sheet.cells) {
    const target = worksheet.getCell(cell.address);
    if (cell.formula) {
      const formula = form.formula(cell.formula);
      const anchor = normalCell(cell.address);
      if (isSpilling(cell)) {
        writeSpill(worksheet, cell, formula, results, where(cell), form.plainSpills);
      } else {
        target.value = {
          formula,
          result: cachedResult(results.get(anchor) ?? null, where(cell)),
        } as ExcelJS.CellFormulaValue;
      }
    } else if (cell.value !== undefined && cell.value !== null) {
      target.value = cell.value;
    }
    // A spill's anchor is its area's (0, 0): spill.numberFormats[0][0] first (plan.ts).
    const numberFormat = spillNumberFormat(cell, 0, 0);
    if (numberFormat) target.numFmt = numberFormat;
    const style = cell.style ? exceljsStyle(cellFormat(cell.style)) : {};
    if (cell.wrap) style.alignment = { ...style.alignment, ...WRAPPED };
    Object.assign(target, style);
    if (cell.note) target.note = cell.note;
  }
}

/**
 * A dynamic-array formula: an array formula over its spill range with the computed value in every
 * cell (the cm="1" mark that makes Excel 365 spill it is added to the zip afterwards). The spilled
 * cells take the anchor's style and number format (or their own from `spill.numberFormats`).
 */
function writeSpill(
  worksheet: ExcelJS.Worksheet,
  cell: CellPlan,
  formula: string,
  results: ReadonlyMap<string, CellResult>,
  where: string,
  plain: boolean
): void {
  const area = spillArea(parseCell(cell.address), cell.spill as SpillSize);
  const ref = `${area[0].address}:${area[area.length - 1].address}`;
  for (const { address, r, c } of area) {
    const result = cachedResult(results.get(address) ?? null, `${where} (spilled into ${address})`);
    const target = worksheet.getCell(address);
    const anchor = r === 0 && c === 0;
    if (plain) {
      // The spreadsheet spills it: the formula alone, nothing in the cells it will fill.
      if (anchor) target.value = { formula, result } as ExcelJS.CellFormulaValue;
    } else
      target.value = anchor
        ? ({ formula, result, shareType: "array", ref } as ExcelJS.CellFormulaValue)
        : ((result ?? null) as ExcelJS.CellValue);
    if (anchor) continue;
    const numberFormat = spillNumberFormat(cell, r, c);
    if (numberFormat) target.numFmt = numberFormat;
    if (cell.style) Object.assign(target, exceljsStyle(cellFormat(cell.style)));
  }
}

/** The error values a cell of type "e" may store in the file. */
const STORABLE_ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
]);

/** The evaluator's value as exceljs stores it in a formula cell; undefined = no cached value. */
function cachedResult(result: CellResult, where: string): ExcelJS.CellFormulaValue["result"] {
  if (result === null) return undefined;
  if (isErrorValue(result)) {
    // #CYCLE! and #SPILL! are mistakes in the plan, not results a user should find in a file.
    if (!STORABLE_ERRORS.has(result.error)) {
      throw new Error(
        `${where}: the formula evaluates to ${result.error}${result.message ? ` (${result.message})` : ""}`
      );
    }
    return { error: result.error } as ExcelJS.CellErrorValue;
  }
  return result;
}

/**
 * A cell the plan marks `wrap`: text wrapped at word breaks in its (taller) row, aligned as its style
 * says (at the bottom, like the row's other cells, unless the style says otherwise).
 */
const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true };

/** The workbook's default font (exceljs's, and Excel's before Office 2023). */
const DEFAULT_FONT = { name: "Calibri", size: 11 };

/** A named style's formatting in exceljs's terms. */
export function exceljsStyle(format: CellFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.bold || format.italic || format.size || format.fontColor) {
    // A font without a name falls back to the viewer's default (a serif in LibreOffice): name it.
    const font: Partial<ExcelJS.Font> = {
      name: DEFAULT_FONT.name,
      family: 2,
      size: format.size ?? DEFAULT_FONT.size,
    };
    if (format.bold) font.bold = true;
    if (format.italic) font.italic = true;
    if (format.fontColor) font.color = { argb: argb(format.fontColor) };
    style.font = font;
  }
  if (format.fill)
    style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(format.fill) } };
  if (format.border) {
    const line = (side?: BorderLine): Partial<ExcelJS.Border> | undefined =>
      side && { style: side.weight, color: { argb: argb(side.color) } };
    const { top, bottom, left, right } = format.border;
    style.border = Object.fromEntries(
      Object.entries({
        top: line(top),
        bottom: line(bottom),
        left: line(left),
        right: line(right),
      }).filter(([, v]) => v)
    );
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (format.horizontal) alignment.horizontal = format.horizontal;
  if (format.vertical) alignment.vertical = format.vertical;
  if (format.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) style.alignment = alignment;
  return style;
}

function mergeCells(worksheet: ExcelJS.Worksheet, merge: string): void {
  const { top, left, bottom, right } = parseRange(merge);
  worksheet.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
}

// ---------------------------------------------------------------------------------------------
// Tables, validation, conditional formats

function addTable(
  worksheet: ExcelJS.Worksheet,
  sheet: SheetPlan,
  table: TablePlan,
  finalName: string
): void {
  const { top, left, bottom, right } = parseRange(table.range);
  // The header cells are the table's column names (validatePlan: distinct texts).
  const byAddress = new Map(sheet.cells.map((cell) => [normalCell(cell.address), cell]));
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let col = left; col <= right; col++) {
    const name = byAddress.get(cellAddress(top, col))?.value as string;
    columns.push({ name, filterButton: true });
  }
  worksheet.addTable({
    name: finalName,
    ref: cellAddress(top, left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns,
    // Empty rows give the table its height without touching the cells, which writeCells fills.
    rows: Array.from({ length: bottom - top }, () => []),
  });
}

const LIST_SEPARATOR = ",";

/** exceljs keeps range-wide validations in `dataValidations`, which its type definitions omit. */
type WorksheetWithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

function addValidation(
  worksheet: ExcelJS.Worksheet,
  validation: ValidationPlan,
  lang: WorkbookPlan["lang"],
  form: FileForm
): void {
  const prompt = validation.prompt
    ? { showInputMessage: true, prompt: validation.prompt[lang] }
    : {};
  if (validation.type === "any") {
    // No <formula1>: Excel's "Any value", kept for its input message.
    (worksheet as WorksheetWithValidations).dataValidations.add(validation.range, {
      // exceljs writes "any" (its type definitions omit it) without a type attribute.
      type: "any" as ExcelJS.DataValidation["type"],
      formulae: [],
      ...prompt,
    });
    return;
  }
  if (validation.type === "list" && "source" in validation) {
    // A list from a range: <formula1> holds the reference, as Excel writes it (no "=").
    (worksheet as WorksheetWithValidations).dataValidations.add(validation.range, {
      type: "list",
      allowBlank: true,
      formulae: [form.formula(validation.source)],
      showErrorMessage: true,
      ...prompt,
    });
    return;
  }
  if (validation.type === "list") {
    // An inline list is one quoted text, comma-separated (validatePlan: no comma or quote in a
    // choice, at most 255 characters).
    const list = validation.values.join(LIST_SEPARATOR);
    (worksheet as WorksheetWithValidations).dataValidations.add(validation.range, {
      type: "list",
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      ...prompt,
    });
    return;
  }
  const { min, max } = validation;
  const bounds: Pick<ExcelJS.DataValidation, "operator" | "formulae"> =
    min !== undefined && max !== undefined
      ? { operator: "between", formulae: [min, max] }
      : min !== undefined
        ? { operator: "greaterThanOrEqual", formulae: [min] }
        : max !== undefined
          ? { operator: "lessThanOrEqual", formulae: [max] }
          : // Excel's number rules need a bound; "any number" is the widest one.
            { operator: "between", formulae: [-9.99e307, 9.99e307] };
  (worksheet as WorksheetWithValidations).dataValidations.add(validation.range, {
    type: validation.type,
    allowBlank: true,
    showErrorMessage: true,
    ...bounds,
    ...prompt,
  });
}

/** A custom-formula rule: fill and font where the formula (on the range's top-left cell) holds. */
function addFormulaRule(
  worksheet: ExcelJS.Worksheet,
  ref: string,
  rule: FormulaRule,
  priority: number
): void {
  const style: Partial<ExcelJS.Style> = { font: { color: { argb: argb(rule.font) } } };
  if (rule.fill)
    style.fill = {
      type: "pattern",
      pattern: "solid",
      bgColor: { argb: argb(rule.fill) },
      fgColor: { argb: argb(rule.fill) },
    };
  worksheet.addConditionalFormatting({
    ref,
    rules: [{ type: "expression", formulae: [rule.formula.replace(/^=/, "")], priority, style }],
  });
}

function addConditionalFormat(
  worksheet: ExcelJS.Worksheet,
  format: ConditionalFormatPlan,
  priority: number
): void {
  const ref = format.range;
  const fillAndFont = (fill: string, font: string): Partial<ExcelJS.Style> => ({
    fill: {
      type: "pattern",
      pattern: "solid",
      bgColor: { argb: argb(fill) },
      fgColor: { argb: argb(fill) },
    },
    font: { color: { argb: argb(font) } },
  });
  switch (format.type) {
    case "textEquals": {
      const text = `"${format.text.replace(/"/g, '""')}"`;
      worksheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "cellIs",
            operator: "equal",
            formulae: [text],
            priority,
            style: fillAndFont(format.fill, format.font),
          },
        ],
      });
      return;
    }
    case "textNotEquals": {
      // As the Office.js writer: an expression on the range's top-left cell (relative, so it moves
      // with each cell), because "cellIs notEqual" would also mark the blank cells.
      const { top, left } = parseRange(ref);
      const cell = cellAddress(top, left);
      const text = `"${format.text.replace(/"/g, '""')}"`;
      worksheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "expression",
            formulae: [`AND(${cell}<>"",${cell}<>${text})`],
            priority,
            style: fillAndFont(format.fill, format.font),
          },
        ],
      });
      return;
    }
    case "noValue": {
      const { top, left } = parseRange(ref);
      worksheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "expression",
            formulae: [`ISNA(${cellAddress(top, left)})`],
            priority,
            style: { font: { color: { argb: argb(format.font) } } },
          },
        ],
      });
      return;
    }
    case "trafficIcons":
      // Spec §4.3: number thresholds, never percent — green from `green`, yellow from `yellow`, red below.
      worksheet.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "iconSet",
            iconSet: "3TrafficLights1",
            showValue: true,
            priority,
            cfvo: [
              { type: "num", value: 0 }, // the lowest icon's threshold is ignored: red is "below yellow"
              { type: "num", value: format.yellow },
              { type: "num", value: format.green },
            ],
          },
        ],
      });
      return;
    default: {
      const unknown: never = format;
      throw new Error(
        `conditional format type ${(unknown as { type: string }).type} cannot be written to .xlsx`
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The zip parts exceljs cannot write

async function addPartsExceljsCannotWrite(
  saved: Buffer,
  plan: WorkbookPlan,
  names: ReadonlyMap<string, string>,
  evaluated: EvaluatedWorkbook,
  form: FileForm,
  tables: readonly { name: string; finalName: string }[],
  now: Date | undefined
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(saved);
  const sheetParts = await worksheetPartsByName(zip);
  await addCalculatedColumns(zip, plan, tables, form);
  const overrides: { partName: string; contentType: string }[] = [];
  let drawingCount = 0;
  let chartCount = 0;
  let hasSpills = false;

  for (const sheet of plan.sheets) {
    const name = names.get(sheet.key) as string;
    const sheetPath = sheetParts.get(name);
    if (!sheetPath) throw new Error(`worksheet part for "${name}" not found in the saved file`);
    let sheetXml = await readText(zip, sheetPath);

    const spillAnchors = form.plainSpills
      ? []
      : sheet.cells.filter(isSpilling).map((cell) => normalCell(cell.address));
    if (spillAnchors.length > 0) {
      sheetXml = withDynamicArrayCells(sheetXml, spillAnchors);
      hasSpills = true;
    }

    const charts = sheet.charts ?? [];
    const shapes = sheet.shapes ?? [];
    if (charts.length > 0 || shapes.length > 0) {
      drawingCount++;
      const drawingPath = `xl/drawings/drawing${drawingCount}.xml`;
      const drawingCharts: DrawingChart[] = [];
      let drawingRels: string | undefined;
      for (const chart of charts) {
        chartCount++;
        const chartPath = `xl/charts/chart${chartCount}.xml`;
        const data = chartSeriesFromRange(chart, name, (address) =>
          evaluated.value(sheet.key, address)
        );
        zip.file(chartPath, chartXml(data));
        overrides.push({ partName: `/${chartPath}`, contentType: CONTENT_TYPE.chart });
        const rel = withRelationship(
          drawingRels,
          RELATIONSHIP_TYPE.chart,
          `../charts/chart${chartCount}.xml`
        );
        drawingRels = rel.xml;
        drawingCharts.push({
          relId: rel.id,
          name: chart.title || chart.key,
          from: anchorAtCell(chart.from),
          to: anchorAtCell(chart.to),
        });
      }
      zip.file(
        drawingPath,
        drawingXml(drawingCharts, shapes, sheetGeometry(sheet.columns, sheet.rows))
      );
      zip.file(
        `xl/drawings/_rels/drawing${drawingCount}.xml.rels`,
        drawingRels ?? relationshipsXml([])
      );
      overrides.push({ partName: `/${drawingPath}`, contentType: CONTENT_TYPE.drawing });

      const sheetRelsPath = relsPathOf(sheetPath);
      const sheetRels = withRelationship(
        zip.file(sheetRelsPath) ? await readText(zip, sheetRelsPath) : undefined,
        RELATIONSHIP_TYPE.drawing,
        `../drawings/drawing${drawingCount}.xml`
      );
      zip.file(sheetRelsPath, sheetRels.xml);
      sheetXml = withDrawingElement(sheetXml, sheetRels.id);
    }
    zip.file(sheetPath, withSchemaOrderedChildren(sheetXml));
  }

  if (hasSpills) {
    zip.file("xl/metadata.xml", dynamicArrayMetadataXml());
    overrides.push({ partName: "/xl/metadata.xml", contentType: CONTENT_TYPE.sheetMetadata });
    const workbookRels = withRelationship(
      await readText(zip, "xl/_rels/workbook.xml.rels"),
      RELATIONSHIP_TYPE.sheetMetadata,
      "metadata.xml"
    );
    zip.file("xl/_rels/workbook.xml.rels", workbookRels.xml);
  }

  const scoped = sheetScopedNames(plan, names);
  if (scoped.length > 0)
    zip.file(
      "xl/workbook.xml",
      withSheetScopedNames(await readText(zip, "xl/workbook.xml"), scoped)
    );
  if (overrides.length > 0) {
    zip.file(
      "[Content_Types].xml",
      withContentTypeOverrides(await readText(zip, "[Content_Types].xml"), overrides)
    );
  }
  // A zip stores each part's time too: with `now` fixed, the file is the same bytes every time.
  if (now) zip.forEach((_, file) => (file.date = now));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/**
 * The tables' calculated columns (exceljs writes none): each column's formula once, in its
 * `tableColumn`, so that Excel fills it into a row added to the table. The formula is the one of the
 * table's first row, as Excel stores it.
 */
async function addCalculatedColumns(
  zip: JSZip,
  plan: WorkbookPlan,
  tables: readonly { name: string; finalName: string }[],
  form: FileForm
): Promise<void> {
  const planned = plan.sheets.flatMap((sheet) => sheet.tables ?? []);
  const calculated = new Map(
    planned.flatMap((table, k) =>
      table.calculated?.length ? [[tables[k].finalName.toLowerCase(), table] as const] : []
    )
  );
  if (calculated.size === 0) return;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await readText(zip, path);
    const name = /<table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1];
    const table = name === undefined ? undefined : calculated.get(unescapeXml(name).toLowerCase());
    if (!table) continue;
    const { left } = parseRange(table.range);
    const formulas = new Map(table.calculated!.map((c) => [c.col - left, form.formula(c.formula)]));
    let index = 0;
    zip.file(
      path,
      xml.replace(/<tableColumn\b([^>]*?)\/>/g, (whole, attributes: string) => {
        const formula = formulas.get(index++);
        return formula === undefined
          ? whole
          : `<tableColumn${attributes}><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula></tableColumn>`;
      })
    );
  }
}

function sheetScopedNames(plan: WorkbookPlan, names: ReadonlyMap<string, string>): ScopedName[] {
  return plan.sheets.flatMap((sheet, sheetIndex) =>
    (sheet.names ?? []).map((name) => ({
      name: name.name,
      sheetIndex,
      reference: `${quoteSheetName(names.get(sheet.key) as string)}!${absolute(name.range)}`,
      comment: name.comment,
    }))
  );
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}
