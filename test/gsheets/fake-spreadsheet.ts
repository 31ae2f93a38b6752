/**
 * A recording fake of the part of Apps Script's Spreadsheet service the Google Sheets writer uses.
 *
 * Its classes implement the writer's cut-down Apps Script interfaces (src/gsheets/apps-script.ts),
 * which the compiler holds to Apps Script's own classes, so a method the fake offers is a method
 * Apps Script has. Every call on any of its objects is recorded ({ on, method, args }): the tests
 * count them. It holds what the calls make — cells (values and formulas), number formats, notes,
 * looks, merges, sizes, validations, conditional format rules, charts, filters, named ranges — and
 * refuses what Google Sheets refuses:
 * - a sheet or named range whose name is taken; a range outside the sheet's grid (1,000 rows × 26
 *   columns for a new sheet); setValues and the other matrix setters with the wrong dimensions;
 * - a merge over another merge, or across the frozen rows or columns; freezing rows or columns that
 *   cut a merge ("You can't freeze columns which contain only part of a merged cell.");
 * - a second filter on a sheet.
 * Like Sheets, setValues reads a string starting with "=" as a formula, a leading apostrophe as
 * "keep this as text" (not part of the value), and "" as an empty cell.
 */
import type {
  Built,
  ChartsService,
  ChartType,
  SheetsApp,
  SheetsChartBuilder,
  SheetsDeveloperMetadata,
  SheetsNamedRange,
  SheetsRange,
  SheetsRangeList,
  SheetsRuleBuilder,
  SheetsServices,
  SheetsSheet,
  SheetsSpreadsheet,
  SheetsValidationBuilder,
  BorderStyle,
} from "../../src/gsheets/apps-script";
import { cellAddress, parseRange, type RangePosition } from "../../src/sheet/a1";

export interface Call {
  /** "spreadsheet", "app", "sheet 'BSC'", "range 'BSC'!A1:B4", "rangeList 'BSC'", "validation#3"… */
  on: string;
  method: string;
  args: unknown[];
}

export interface Border {
  color: string | null;
  style: string | null;
}

export interface FakeCell {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  note?: string;
  background?: string | null;
  fontColor?: string | null;
  fontWeight?: string | null;
  fontStyle?: string | null;
  fontSize?: number;
  horizontal?: string | null;
  vertical?: string | null;
  wrap?: boolean;
  borders?: { top?: Border; left?: Border; bottom?: Border; right?: Border };
}

export interface FakeValidation {
  criteria: string;
  args: unknown[];
  allowInvalid?: boolean;
  helpText?: string;
}

export interface FakeRule {
  formula?: string;
  background?: string | null;
  fontColor?: string | null;
  ranges: string[];
}

export interface FakeChart {
  type: string;
  ranges: string[];
  numHeaders?: number;
  transpose?: boolean;
  position?: [number, number, number, number];
  options: Record<string, unknown>;
}

const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/** Apps Script's enums as the fake hands them out: their names. */
const BORDER_STYLES = {
  SOLID: "SOLID" as unknown as BorderStyle,
  SOLID_MEDIUM: "SOLID_MEDIUM" as unknown as BorderStyle,
};
const CHART_TYPES = {
  LINE: "LINE" as unknown as ChartType,
  COLUMN: "COLUMN" as unknown as ChartType,
  BAR: "BAR" as unknown as ChartType,
};

export class FakeSpreadsheet implements SheetsSpreadsheet {
  readonly calls: Call[] = [];
  readonly sheets: FakeSheet[] = [];
  readonly namedRanges = new Map<string, { sheet: string; range: string }>();
  active: FakeSheet | null = null;
  /** The selected range (Spreadsheet.getActiveRange); null before anything is selected. */
  selection: FakeRange | null = null;
  /** Developer metadata on the spreadsheet: key → value. */
  readonly metadata = new Map<string, string>();
  /** Makes a call fail with this message when it returns one (to test error reports). */
  failWhen?: (call: Call) => string | undefined;
  private builtCount = 0;

  /** Records a call (the fake's own objects call this; seeding does not). */
  record(on: string, method: string, args: unknown[]): void {
    const call = { on, method, args };
    this.calls.push(call);
    const failure = this.failWhen?.(call);
    if (failure) throw new Error(failure);
  }

  /** A user's sheet that is there before the writer runs (not recorded). */
  seedSheet(name: string, cells: Record<string, string | number> = {}): FakeSheet {
    const sheet = new FakeSheet(this, name);
    for (const [address, content] of Object.entries(cells)) {
      const cell = sheet.cell(address);
      if (typeof content === "string" && content.startsWith("=")) cell.formula = content;
      else cell.value = content;
    }
    this.sheets.push(sheet);
    return sheet;
  }

  seedNamedRange(name: string, sheet: string, range: string): void {
    this.namedRanges.set(name.toLowerCase(), { sheet, range });
  }

  /** The services the writer takes, all recording into this spreadsheet. */
  services(): SheetsServices {
    return { spreadsheet: this, app: new FakeApp(this), charts: new FakeCharts(this) };
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet '${name}'`);
    return sheet;
  }

  nextId(): number {
    return ++this.builtCount;
  }

  getSheets(): SheetsSheet[] {
    this.record("spreadsheet", "getSheets", []);
    return [...this.sheets];
  }

  insertSheet(sheetName: string, sheetIndex: number): SheetsSheet {
    this.record("spreadsheet", "insertSheet", [sheetName, sheetIndex]);
    if (this.sheets.some((s) => s.name.toLowerCase() === sheetName.toLowerCase()))
      throw new Error(
        `A sheet with the name "${sheetName}" already exists. Please enter another name.`
      );
    if (sheetIndex < 0 || sheetIndex > this.sheets.length)
      throw new Error(`sheet index ${sheetIndex} is out of range`);
    const sheet = new FakeSheet(this, sheetName);
    this.sheets.splice(sheetIndex, 0, sheet);
    this.active = sheet;
    return sheet;
  }

  getRange(a1Notation: string): SheetsRange {
    this.record("spreadsheet", "getRange", [a1Notation]);
    const bang = a1Notation.lastIndexOf("!");
    if (bang < 0) throw new Error(`Range not found: ${a1Notation} names no sheet`);
    const quoted = a1Notation.slice(0, bang);
    const name = /^'.*'$/.test(quoted) ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
    return this.sheet(name).range(a1Notation.slice(bang + 1));
  }

  getNamedRanges(): SheetsNamedRange[] {
    this.record("spreadsheet", "getNamedRanges", []);
    return [...this.namedRanges.keys()].map((name) => new FakeNamedRange(this, name));
  }

  setNamedRange(name: string, range: SheetsRange): void {
    this.record("spreadsheet", "setNamedRange", [name, (range as FakeRange).label]);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^(true|false)$/i.test(name))
      throw new Error(`"${name}" is not a valid named range name`);
    if (this.namedRanges.has(name.toLowerCase()))
      throw new Error(`A named range "${name}" already exists`);
    const fake = range as FakeRange;
    this.namedRanges.set(name.toLowerCase(), { sheet: fake.sheet.name, range: fake.a1 });
  }

  setActiveSheet(sheet: SheetsSheet): unknown {
    this.record("spreadsheet", "setActiveSheet", [(sheet as FakeSheet).name]);
    this.active = sheet as FakeSheet;
    return sheet;
  }

  /** Selects a range as the user would (not recorded). */
  select(sheet: string, a1: string): void {
    this.active = this.sheet(sheet);
    this.selection = this.active.range(a1);
  }

  getActiveSheet(): SheetsSheet {
    this.record("spreadsheet", "getActiveSheet", []);
    if (!this.active) this.active = this.sheets[0];
    return this.active;
  }

  getActiveRange(): SheetsRange | null {
    this.record("spreadsheet", "getActiveRange", []);
    // Like Sheets: the active sheet's selection, A1 when nothing was selected there.
    if (!this.active) this.active = this.sheets[0];
    if (this.selection?.sheet === this.active) return this.selection;
    return this.active ? this.active.range("A1") : null;
  }

  getSheetByName(name: string): SheetsSheet | null {
    this.record("spreadsheet", "getSheetByName", [name]);
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  deleteSheet(sheet: SheetsSheet): void {
    const fake = sheet as FakeSheet;
    this.record("spreadsheet", "deleteSheet", [fake.name]);
    const at = this.sheets.indexOf(fake);
    if (at < 0) throw new Error(`Sheet '${fake.name}' not found`);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
    if (this.active === fake) this.active = this.sheets[0];
    if (this.selection?.sheet === fake) this.selection = null;
  }

  removeNamedRange(name: string): void {
    this.record("spreadsheet", "removeNamedRange", [name]);
    if (!this.namedRanges.delete(name.toLowerCase()))
      throw new Error(`Named range "${name}" not found`);
  }

  getDeveloperMetadata(): SheetsDeveloperMetadata[] {
    this.record("spreadsheet", "getDeveloperMetadata", []);
    return [...this.metadata.keys()].map((key) => new FakeDeveloperMetadata(this, key));
  }

  addDeveloperMetadata(key: string, value: string): unknown {
    this.record("spreadsheet", "addDeveloperMetadata", [key, value]);
    this.metadata.set(key, value);
    return this;
  }
}

class FakeDeveloperMetadata implements SheetsDeveloperMetadata {
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly key: string
  ) {}
  getKey(): string {
    this.book.record(`metadata ${this.key}`, "getKey", []);
    return this.key;
  }
  getValue(): string | null {
    this.book.record(`metadata ${this.key}`, "getValue", []);
    return this.book.metadata.get(this.key) ?? null;
  }
  setValue(value: string): unknown {
    this.book.record(`metadata ${this.key}`, "setValue", [value]);
    this.book.metadata.set(this.key, value);
    return this;
  }
  remove(): void {
    this.book.record(`metadata ${this.key}`, "remove", []);
    this.book.metadata.delete(this.key);
  }
}

class FakeNamedRange implements SheetsNamedRange {
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly name: string
  ) {}
  getName(): string {
    this.book.record(`namedRange ${this.name}`, "getName", []);
    return this.name;
  }
}

export class FakeSheet implements SheetsSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: RangePosition[] = [];
  readonly validations: { range: string; rule: FakeValidation }[] = [];
  rules: FakeRule[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  hiddenGridlines = false;
  filter: string | null = null;
  maxRows = NEW_SHEET_ROWS;
  maxColumns = NEW_SHEET_COLUMNS;

  constructor(
    readonly book: FakeSpreadsheet,
    readonly name: string
  ) {}

  get label(): string {
    return `sheet '${this.name}'`;
  }

  private record(method: string, args: unknown[]): void {
    this.book.record(this.label, method, args);
  }

  /** The cell at `address`, made when absent (for the fake's own bookkeeping; not recorded). */
  cell(address: string): FakeCell {
    let cell = this.cells.get(address);
    if (!cell) {
      cell = {};
      this.cells.set(address, cell);
    }
    return cell;
  }

  /** A range of this sheet (not recorded: Sheet.getRange and Spreadsheet.getRange record). */
  range(a1: string): FakeRange {
    const rect = parseRange(a1.replace(/\$/g, ""));
    if (rect.bottom >= this.maxRows || rect.right >= this.maxColumns)
      throw new Error(
        `The coordinates of the range ${a1} are outside the dimensions of the sheet '${this.name}'.`
      );
    return new FakeRange(this, rect);
  }

  getName(): string {
    this.record("getName", []);
    return this.name;
  }
  getMaxRows(): number {
    this.record("getMaxRows", []);
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.record("getMaxColumns", []);
    return this.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): unknown {
    this.record("insertRowsAfter", [afterPosition, howMany]);
    if (afterPosition !== this.maxRows) throw new Error("the fake inserts rows at the end only");
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): unknown {
    this.record("insertColumnsAfter", [afterPosition, howMany]);
    if (afterPosition !== this.maxColumns)
      throw new Error("the fake inserts columns at the end only");
    this.maxColumns += howMany;
    return this;
  }
  getRange(a1Notation: string): SheetsRange {
    this.record("getRange", [a1Notation]);
    return this.range(a1Notation);
  }
  getRangeList(a1Notations: string[]): SheetsRangeList {
    this.record("getRangeList", [a1Notations]);
    return new FakeRangeList(
      this,
      a1Notations.map((a1) => this.range(a1))
    );
  }
  hideColumns(columnIndex: number): unknown {
    this.record("hideColumns", [columnIndex]);
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown {
    this.record("setColumnWidths", [startColumn, numColumns, width]);
    for (let k = 0; k < numColumns; k++) this.columnWidths.set(startColumn - 1 + k, width);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): unknown {
    this.record("setRowHeights", [startRow, numRows, height]);
    for (let k = 0; k < numRows; k++) this.rowHeights.set(startRow - 1 + k, height);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.record("setFrozenRows", [rows]);
    if (this.merges.some((m) => m.top < rows && m.bottom >= rows))
      throw new Error("You can't freeze rows which contain only part of a merged cell.");
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.record("setFrozenColumns", [columns]);
    if (this.merges.some((m) => m.left < columns && m.right >= columns))
      throw new Error("You can't freeze columns which contain only part of a merged cell.");
    this.frozenColumns = columns;
  }
  setTabColor(color: string | null): unknown {
    this.record("setTabColor", [color]);
    this.tabColor = color;
    return this;
  }
  setHiddenGridlines(hideGridlines: boolean): unknown {
    this.record("setHiddenGridlines", [hideGridlines]);
    this.hiddenGridlines = hideGridlines;
    return this;
  }
  setConditionalFormatRules(rules: Built[]): void {
    this.record("setConditionalFormatRules", [rules.length]);
    this.rules = rules as FakeRule[];
  }
  newChart(): SheetsChartBuilder {
    this.record("newChart", []);
    return new FakeChartBuilder(this.book, `chart#${this.book.nextId()}`);
  }
  insertChart(chart: Built): void {
    this.record("insertChart", []);
    this.charts.push(chart as FakeChart);
  }

  /** The last row and column holding something (1-based; 0 on an empty sheet). */
  private extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const address of this.contents().keys()) {
      const { top, left } = parseRange(address);
      rows = Math.max(rows, top + 1);
      columns = Math.max(columns, left + 1);
    }
    return { rows, columns };
  }

  getDataRange(): SheetsRange {
    this.record("getDataRange", []);
    const { rows, columns } = this.extent();
    return new FakeRange(this, {
      top: 0,
      left: 0,
      bottom: Math.max(rows, 1) - 1,
      right: Math.max(columns, 1) - 1,
    });
  }

  getLastRow(): number {
    this.record("getLastRow", []);
    return this.extent().rows;
  }

  getLastColumn(): number {
    this.record("getLastColumn", []);
    return this.extent().columns;
  }

  activate(): unknown {
    this.record("activate", []);
    this.book.active = this;
    return this;
  }

  /** What a reader sees: the values and formulas of the cells that hold something. */
  contents(): Map<string, string | number | boolean> {
    const out = new Map<string, string | number | boolean>();
    for (const [address, cell] of this.cells) {
      const content = cell.formula ?? cell.value;
      if (content !== undefined) out.set(address, content);
    }
    return out;
  }
}

/** Cells of a rectangle, row by row, with their offsets. */
function forEachCell(
  rect: RangePosition,
  visit: (address: string, r: number, c: number) => void
): void {
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let col = rect.left; col <= rect.right; col++)
      visit(cellAddress(row, col), row - rect.top, col - rect.left);
}

export class FakeRange implements SheetsRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: RangePosition
  ) {}

  get a1(): string {
    const { top, left, bottom, right } = this.rect;
    return top === bottom && left === right
      ? cellAddress(top, left)
      : `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
  }

  get label(): string {
    return `range '${this.sheet.name}'!${this.a1}`;
  }

  private record(method: string, args: unknown[]): void {
    this.sheet.book.record(this.label, method, args);
  }

  private checkSize(method: string, matrix: unknown[][]): void {
    const rows = this.rect.bottom - this.rect.top + 1;
    const columns = this.rect.right - this.rect.left + 1;
    if (matrix.length !== rows || matrix.some((row) => row.length !== columns))
      throw new Error(
        `${method}: the data has ${matrix.length} rows and ${matrix[0]?.length ?? 0} columns, the range ${this.a1} ${rows} × ${columns}`
      );
  }

  setValues(values: (string | number | boolean)[][]): unknown {
    this.record("setValues", [values]);
    this.checkSize("setValues", values);
    forEachCell(this.rect, (address, r, c) => {
      const value = values[r][c];
      const cell = this.sheet.cell(address);
      delete cell.value;
      delete cell.formula;
      if (typeof value === "string" && value.startsWith("=")) cell.formula = value;
      else if (typeof value === "string" && value.startsWith("'")) cell.value = value.slice(1);
      else if (value !== "") cell.value = value;
    });
    return this;
  }

  getValues(): unknown[][] {
    this.record("getValues", []);
    // A formula's value is Sheets' to compute; the fake has none for it ("").
    return this.matrix((cell) => cell?.value ?? "");
  }

  getFormulas(): string[][] {
    this.record("getFormulas", []);
    return this.matrix((cell) => cell?.formula ?? "");
  }

  getA1Notation(): string {
    this.record("getA1Notation", []);
    return this.a1;
  }

  getSheet(): SheetsSheet {
    this.record("getSheet", []);
    return this.sheet;
  }

  activate(): unknown {
    this.record("activate", []);
    this.sheet.book.active = this.sheet;
    this.sheet.book.selection = this;
    return this;
  }

  private matrix<T>(read: (cell: FakeCell | undefined) => T): T[][] {
    const rows: T[][] = [];
    forEachCell(this.rect, (address, r) => {
      (rows[r] ??= []).push(read(this.sheet.cells.get(address)));
    });
    return rows;
  }

  setNotes(notes: (string | null)[][]): unknown {
    this.record("setNotes", [notes]);
    this.checkSize("setNotes", notes);
    forEachCell(this.rect, (address, r, c) => {
      const note = notes[r][c];
      if (note) this.sheet.cell(address).note = note;
    });
    return this;
  }

  merge(): unknown {
    this.record("merge", []);
    const { rect, sheet } = this;
    const overlaps = (m: RangePosition) =>
      m.left <= rect.right && rect.left <= m.right && m.top <= rect.bottom && rect.top <= m.bottom;
    if (sheet.merges.some(overlaps)) throw new Error(`${this.a1} overlaps a merged range`);
    if (sheet.frozenRows > 0 && rect.top < sheet.frozenRows && rect.bottom >= sheet.frozenRows)
      throw new Error("You can't merge frozen and non-frozen rows.");
    if (
      sheet.frozenColumns > 0 &&
      rect.left < sheet.frozenColumns &&
      rect.right >= sheet.frozenColumns
    )
      throw new Error("You can't merge frozen and non-frozen columns.");
    sheet.merges.push({ ...rect });
    return this;
  }

  setDataValidation(rule: Built | null): unknown {
    this.record("setDataValidation", []);
    if (rule) this.sheet.validations.push({ range: this.a1, rule: rule as FakeValidation });
    return this;
  }

  createFilter(): unknown {
    this.record("createFilter", []);
    if (this.sheet.filter) throw new Error("You can only create one filter on a sheet.");
    this.sheet.filter = this.a1;
    return {};
  }

  /** The look of every cell of the range (the range list's setters). */
  style(apply: (cell: FakeCell, r: number, c: number) => void): void {
    forEachCell(this.rect, (address, r, c) => apply(this.sheet.cell(address), r, c));
  }
}

class FakeRangeList implements SheetsRangeList {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly ranges: FakeRange[]
  ) {}

  private set(method: string, args: unknown[], apply: (cell: FakeCell) => void): unknown {
    this.sheet.book.record(`rangeList '${this.sheet.name}'`, method, args);
    for (const range of this.ranges) range.style(apply);
    return this;
  }

  setNumberFormat(numberFormat: string): unknown {
    return this.set(
      "setNumberFormat",
      [numberFormat],
      (cell) => (cell.numberFormat = numberFormat)
    );
  }
  setBackground(color: string | null): unknown {
    return this.set("setBackground", [color], (cell) => (cell.background = color));
  }
  setFontColor(color: string | null): unknown {
    return this.set("setFontColor", [color], (cell) => (cell.fontColor = color));
  }
  setFontWeight(fontWeight: "normal" | "bold" | null): unknown {
    return this.set("setFontWeight", [fontWeight], (cell) => (cell.fontWeight = fontWeight));
  }
  setFontStyle(fontStyle: "normal" | "italic" | null): unknown {
    return this.set("setFontStyle", [fontStyle], (cell) => (cell.fontStyle = fontStyle));
  }
  setFontSize(size: number): unknown {
    return this.set("setFontSize", [size], (cell) => (cell.fontSize = size));
  }
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): unknown {
    return this.set("setHorizontalAlignment", [alignment], (cell) => (cell.horizontal = alignment));
  }
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): unknown {
    return this.set("setVerticalAlignment", [alignment], (cell) => (cell.vertical = alignment));
  }
  setWrap(isWrapEnabled: boolean): unknown {
    return this.set("setWrap", [isWrapEnabled], (cell) => (cell.wrap = isWrapEnabled));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null,
    style: BorderStyle | null
  ): unknown {
    const line = { color, style: style as unknown as string | null };
    this.sheet.book.record(`rangeList '${this.sheet.name}'`, "setBorder", [
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color,
      style,
    ]);
    for (const range of this.ranges) {
      const rows = range.rect.bottom - range.rect.top;
      const columns = range.rect.right - range.rect.left;
      range.style((cell, r, c) => {
        const edge = (outer: boolean, edgeFlag: boolean | null, inside: boolean | null) =>
          outer ? edgeFlag : inside;
        const sides = {
          top: edge(r === 0, top, horizontal),
          bottom: edge(r === rows, bottom, horizontal),
          left: edge(c === 0, left, vertical),
          right: edge(c === columns, right, vertical),
        };
        for (const [side, flag] of Object.entries(sides)) {
          if (flag === null) continue;
          cell.borders = { ...cell.borders };
          if (flag) cell.borders[side as keyof typeof sides] = line;
          else delete cell.borders[side as keyof typeof sides];
        }
      });
    }
    return this;
  }
}

class FakeValidationBuilder implements SheetsValidationBuilder {
  private readonly rule: FakeValidation = { criteria: "", args: [] };
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly label: string
  ) {}
  private step(method: string, args: unknown[], apply: () => void): SheetsValidationBuilder {
    this.book.record(this.label, method, args);
    apply();
    return this;
  }
  private criterion(name: string, args: unknown[]): SheetsValidationBuilder {
    return this.step(name, args, () => {
      this.rule.criteria = name;
      this.rule.args = args;
    });
  }
  requireValueInList(values: string[], showDropdown: boolean): SheetsValidationBuilder {
    return this.criterion("requireValueInList", [values, showDropdown]);
  }
  requireValueInRange(range: SheetsRange, showDropdown: boolean): SheetsValidationBuilder {
    return this.criterion("requireValueInRange", [(range as FakeRange).label, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): SheetsValidationBuilder {
    return this.criterion("requireNumberBetween", [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): SheetsValidationBuilder {
    return this.criterion("requireNumberGreaterThanOrEqualTo", [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): SheetsValidationBuilder {
    return this.criterion("requireNumberLessThanOrEqualTo", [number]);
  }
  requireFormulaSatisfied(formula: string): SheetsValidationBuilder {
    return this.criterion("requireFormulaSatisfied", [formula]);
  }
  setAllowInvalid(allowInvalidData: boolean): SheetsValidationBuilder {
    return this.step("setAllowInvalid", [allowInvalidData], () => {
      this.rule.allowInvalid = allowInvalidData;
    });
  }
  setHelpText(helpText: string): SheetsValidationBuilder {
    return this.step("setHelpText", [helpText], () => {
      this.rule.helpText = helpText;
    });
  }
  build(): Built {
    this.book.record(this.label, "build", []);
    if (!this.rule.criteria) throw new Error("a data validation needs a criterion");
    return { ...this.rule };
  }
}

class FakeRuleBuilder implements SheetsRuleBuilder {
  private readonly rule: FakeRule = { ranges: [] };
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly label: string
  ) {}
  private step(method: string, args: unknown[], apply: () => void): SheetsRuleBuilder {
    this.book.record(this.label, method, args);
    apply();
    return this;
  }
  whenFormulaSatisfied(formula: string): SheetsRuleBuilder {
    return this.step("whenFormulaSatisfied", [formula], () => (this.rule.formula = formula));
  }
  setBackground(color: string | null): SheetsRuleBuilder {
    return this.step("setBackground", [color], () => (this.rule.background = color));
  }
  setFontColor(color: string | null): SheetsRuleBuilder {
    return this.step("setFontColor", [color], () => (this.rule.fontColor = color));
  }
  setRanges(ranges: SheetsRange[]): SheetsRuleBuilder {
    const labels = ranges.map((range) => (range as FakeRange).a1);
    return this.step("setRanges", [labels], () => (this.rule.ranges = labels));
  }
  build(): Built {
    this.book.record(this.label, "build", []);
    if (!this.rule.formula || this.rule.ranges.length === 0)
      throw new Error("a conditional format rule needs a condition and ranges");
    return { ...this.rule };
  }
}

class FakeChartBuilder implements SheetsChartBuilder {
  private readonly chart: FakeChart = { type: "", ranges: [], options: {} };
  constructor(
    private readonly book: FakeSpreadsheet,
    private readonly label: string
  ) {}
  private step(method: string, args: unknown[], apply: () => void): SheetsChartBuilder {
    this.book.record(this.label, method, args);
    apply();
    return this;
  }
  setChartType(type: ChartType): SheetsChartBuilder {
    return this.step("setChartType", [type], () => (this.chart.type = String(type)));
  }
  addRange(range: SheetsRange): SheetsChartBuilder {
    return this.step("addRange", [(range as FakeRange).label], () =>
      this.chart.ranges.push((range as FakeRange).a1)
    );
  }
  setNumHeaders(headers: number): SheetsChartBuilder {
    return this.step("setNumHeaders", [headers], () => (this.chart.numHeaders = headers));
  }
  setTransposeRowsAndColumns(transpose: boolean): SheetsChartBuilder {
    return this.step("setTransposeRowsAndColumns", [transpose], () => {
      this.chart.transpose = transpose;
    });
  }
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number
  ): SheetsChartBuilder {
    const position: [number, number, number, number] = [
      anchorRowPos,
      anchorColPos,
      offsetX,
      offsetY,
    ];
    return this.step("setPosition", position, () => (this.chart.position = position));
  }
  setOption(option: string, value: unknown): SheetsChartBuilder {
    return this.step("setOption", [option, value], () => (this.chart.options[option] = value));
  }
  build(): Built {
    this.book.record(this.label, "build", []);
    if (!this.chart.type || this.chart.ranges.length === 0)
      throw new Error("a chart needs a type and a range");
    return { ...this.chart };
  }
}

class FakeApp implements SheetsApp {
  readonly BorderStyle = BORDER_STYLES;
  constructor(private readonly book: FakeSpreadsheet) {}
  newDataValidation(): SheetsValidationBuilder {
    this.book.record("app", "newDataValidation", []);
    return new FakeValidationBuilder(this.book, `validation#${this.book.nextId()}`);
  }
  newConditionalFormatRule(): SheetsRuleBuilder {
    this.book.record("app", "newConditionalFormatRule", []);
    return new FakeRuleBuilder(this.book, `rule#${this.book.nextId()}`);
  }
  flush(): void {
    this.book.record("app", "flush", []);
  }
}

class FakeCharts implements ChartsService {
  readonly ChartType = CHART_TYPES;
  // Charts.ChartType is read, not called: nothing to record.
  constructor(readonly book: FakeSpreadsheet) {}
}
