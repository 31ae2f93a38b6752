/**
 * An in-memory workbook: the WorkbookPort of the pane's preview mode (opened outside Office) and of
 * the tests. It keeps sheets of cells (a constant or a formula, a number format, a declared spill)
 * and a selection, applies sheet plans as the Excel writer does (free names, «key»! references
 * resolved, nothing the user has touched), and computes every formula with the plan evaluator, so
 * what it reads back is what Excel would show.
 *
 * Spills are declared, not discovered: a plan's `spill` and a block's `spills` say how many cells a
 * formula fills. A formula written later over a cell that had a spill keeps it; a constant drops it.
 * A spill area that holds something else shows #SPILL! at its anchor, as in Excel.
 *
 * Its writes take the round trips Excel's do (a read, then the writes; a build: names, new sheets,
 * their contents) and are all or nothing the same way: each records how to undo what it did, so
 * a failure injected at any round trip (failNextWrite, for tests) leaves the workbook as it was and
 * is reported as Excel's would be.
 */
import type { CellStyle, Scalar, SheetPlan, WorkbookPlan } from "../sheet/plan";
import type { CellContext } from "../sheet/snapshot";
import { resolveSheetRefs } from "../sheet/plan";
import { spillArea } from "../sheet/spill";
import { validatePlan } from "../sheet/validate";
import {
  cellAddress,
  normalCell,
  normalRange,
  parseCell,
  parseRange,
  rangeAddress,
  rangesOverlap,
  shiftRows,
} from "../sheet/a1";
import {
  displayText,
  evaluateWorkbook,
  isErrorValue,
  type CellResult,
  type EvaluatedWorkbook,
  type NumberLocale,
  type SheetCell,
} from "../formula";
import { formulaRefs } from "./cell-context";
import { KINERJA_FUNCTIONS } from "./custom-functions";
import type { ApplyProgress, ApplyResult, CellBlock, WorkbookPort, WorkbookStep } from "./port";
import {
  isSameContent,
  type CellChange,
  type SheetHead,
  type SheetSnapshot,
} from "../sheet/snapshot";
import { blockExtent, freeSheetName, freeTableName, WorkbookError } from "./port";
import { mapStore, paneStateOn, type PaneStateStore } from "./pane-state-store";
import { growFormula, grownRange } from "./table-growth";

/** One cell's content. An empty cell may still carry a style or a number format (an input cell). */
interface MemoryCell {
  row: number;
  col: number;
  value: Scalar;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
  spill?: { rows: number; columns: number };
}

/** A table: where it is (it grows as in Excel, see table-growth.ts) and its calculated columns. */
interface MemoryTable {
  name: string;
  sheet: string;
  range: string;
  calculated: number[];
}

interface MemorySheet {
  name: string;
  cells: Map<string, MemoryCell>;
  columnWidths: Map<number, number>;
  tabColor?: string;
  freeze?: { rows: number; columns: number };
}

/** A cell of the preview grid. */
export interface GridCell {
  /** The value as Excel's range.values gives it: errors as "#N/A"…, empty as "". */
  value: Scalar;
  /** The value as shown, with the cell's number format ("12.5%", "1,200"). */
  text: string;
  /** The formula, or null for a constant, an empty cell or a spilled value. */
  formula: string | null;
  /** True for a value a formula elsewhere spilled here. */
  spilled: boolean;
  style?: CellStyle;
  numberFormat?: string;
}

/** What the pane's preview grid draws for one sheet: cells from A1 to the used range's far corner. */
export interface GridSnapshot {
  name: string;
  /** Rows and columns of `cells` (at least 1 × 1). */
  rows: number;
  columns: number;
  cells: GridCell[][];
  /** Column widths in characters, where the plan set them. */
  columnWidths: Record<number, number>;
  tabColor?: string;
  freeze?: { rows: number; columns: number };
}

export interface Selection {
  sheet: string;
  /** "B4" or "B4:D9". */
  address: string;
}

/** Initial content: sheet name → address → constant or "=formula". */
export type WorkbookSeed = Record<string, Record<string, Scalar>>;

export type { PaneStateStore } from "./pane-state-store";

/**
 * A failure to inject into the next write (tests): its round trip `roundTrip` (1-based, as the
 * Excel port counts them) fails after its first `after` operations ran (default 0), with Excel's
 * message `reason`.
 */
export interface MemoryFault {
  roundTrip: number;
  after?: number;
  reason?: string;
}

interface Evaluation {
  evaluated: EvaluatedWorkbook;
  /** Per sheet: spilled cell address → anchor address (spills that are not blocked). */
  spilledFrom: Map<string, Map<string, string>>;
  /** Per sheet: anchors whose spill area is obstructed (#SPILL!). */
  blocked: Map<string, Set<string>>;
}

export class MemoryWorkbook implements WorkbookPort {
  readonly kind = "memory" as const;
  /** subscribe's listeners hear every change (cells, sheets, selection). */
  readonly reportsEveryChange = true;
  private readonly sheets: MemorySheet[] = [];
  private readonly tables: MemoryTable[] = [];
  private selected: Selection;
  private readonly listeners = new Set<() => void>();
  private changes = 0;
  private evaluation: Evaluation | null = null;
  private readonly sheetCache = new Map<string, SheetSnapshot>();
  private readonly gridCache = new Map<string, GridSnapshot>();
  private readonly paneState: Pick<WorkbookPort, "loadPaneState" | "savePaneState">;
  private fault: MemoryFault | null = null;

  /**
   * A workbook with Excel's default empty "Sheet1", or with the sheets and cells of `seed`. The
   * pane's state is kept in `paneState` (default: a store that lives as long as the workbook).
   */
  constructor(seed: WorkbookSeed = { Sheet1: {} }, options: { paneState?: PaneStateStore } = {}) {
    this.paneState = paneStateOn(options.paneState ?? mapStore());
    for (const [name, cells] of Object.entries(seed)) {
      const sheet = this.addSheet(name);
      for (const [address, content] of Object.entries(cells))
        writeContent(sheet, normalCell(address), content);
    }
    if (this.sheets.length === 0) this.addSheet("Sheet1");
    this.selected = { sheet: this.sheets[0].name, address: "A1" };
  }

  // -------------------------------------------------------------------------------------------
  // For the preview grid

  /** Sheet names in tab order. */
  get sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  /** The sheet the selection is on. */
  get activeSheet(): string {
    return this.selected.sheet;
  }

  get selection(): Selection {
    return { ...this.selected };
  }

  /** Table names, the workbook's (they are workbook-wide, as in Excel). */
  get tableNames(): string[] {
    return this.tables.map((table) => table.name);
  }

  /** Grows by one on every change: a cheap snapshot key for React's useSyncExternalStore. */
  get version(): number {
    return this.changes;
  }

  /** Calls `listener` after every change (cells, sheets, selection); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The sheet as a grid from A1 to its used range's far corner, values computed and formatted. */
  snapshot(name: string, locale: NumberLocale = "en"): GridSnapshot {
    const sheet = this.sheetNamed(name);
    const key = `${sheet.name.toLowerCase()}|${locale}`;
    const cached = this.gridCache.get(key);
    if (cached) return cached;
    const used = this.usedRange(sheet);
    const rows = used ? used.bottom + 1 : 1;
    const columns = used ? used.right + 1 : 1;
    const { spilledFrom } = this.evaluate();
    const spilled = spilledFrom.get(sheet.name) as Map<string, string>;
    const cells = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c): GridCell => {
        const address = cellAddress(r, c);
        const cell = sheet.cells.get(address);
        const value = this.valueAt(sheet, address);
        const isSpilled = !hasContent(cell) && spilled.has(address);
        const format = cell?.numberFormat ?? this.spillFormat(sheet, spilled.get(address));
        return {
          value,
          text: displayText(value, format, locale),
          formula: cell?.formula ?? null,
          spilled: isSpilled,
          ...(cell?.style ? { style: cell.style } : {}),
          ...(format ? { numberFormat: format } : {}),
        };
      })
    );
    const grid: GridSnapshot = {
      name: sheet.name,
      rows,
      columns,
      cells,
      columnWidths: Object.fromEntries(sheet.columnWidths),
      ...(sheet.tabColor ? { tabColor: sheet.tabColor } : {}),
      ...(sheet.freeze ? { freeze: sheet.freeze } : {}),
    };
    this.gridCache.set(key, grid);
    return grid;
  }

  // -------------------------------------------------------------------------------------------
  // WorkbookPort

  async listSheets(): Promise<string[]> {
    return this.sheetNames;
  }

  async applyPlan(
    plan: WorkbookPlan,
    onProgress?: (progress: ApplyProgress) => void
  ): Promise<ApplyResult> {
    const report = (phase: ApplyProgress["phase"], fraction: number) =>
      onProgress?.({ phase, fraction });
    report("checking", 0);

    // Everything is worked out before anything is written: a plan bug leaves the workbook as it was.
    validatePlan(plan);
    return this.write({ kind: "build" }, (batch) => this.build(batch, plan, report));
  }

  async addSheetsFrom(
    build: (sheets: SheetSnapshot[]) => WorkbookPlan | null
  ): Promise<ApplyResult | null> {
    const plan = build(await this.readSheets());
    if (!plan) return null;
    validatePlan(plan);
    return this.write({ kind: "addSheets" }, (batch) => this.build(batch, plan, () => undefined));
  }

  /** A plan's sheets added in three round trips, as Excel's writer makes them. */
  private build(
    batch: MemoryBatch,
    plan: WorkbookPlan,
    report: (phase: ApplyProgress["phase"], fraction: number) => void
  ): ApplyResult {
    const finalNames = new Map<string, string>();
    const tables: ApplyResult["tables"] = [];
    const newTables: MemoryTable[] = [];
    // Round trip 1: the names in use.
    batch.roundTrip(() => {
      const takenSheets = this.sheetNames;
      for (const sheet of plan.sheets) {
        const name = freeSheetName(sheet.name, takenSheets);
        finalNames.set(sheet.key, name);
        takenSheets.push(name);
      }
      const takenTables = this.tables.map((table) => table.name);
      for (const sheet of plan.sheets) {
        for (const table of sheet.tables ?? []) {
          const finalName = freeTableName(table.name, takenTables);
          takenTables.push(finalName);
          tables.push({ name: table.name, finalName });
          newTables.push({
            name: finalName,
            sheet: finalNames.get(sheet.key) as string,
            range: table.range,
            calculated: (table.calculated ?? []).map(({ col }) => col),
          });
        }
      }
    });
    const built = plan.sheets.map((sheetPlan) =>
      buildSheet(sheetPlan, finalNames.get(sheetPlan.key) as string, finalNames)
    );

    // Round trip 2: the new sheets, empty. Undone by removing them (this very object: its "id").
    const shells = built.map((sheet): MemorySheet => ({
      name: sheet.name,
      cells: new Map(),
      columnWidths: new Map(),
    }));
    batch.roundTrip(() => {
      for (const shell of shells) {
        batch.undo(() => this.removeSheet(shell));
        batch.op(() => this.sheets.push(shell));
      }
    });

    // Round trip 3: their contents, tables and the landing sheet (removing a sheet undoes its contents).
    report("writing", 0.1);
    const activated = finalNames.get(plan.activate) as string;
    batch.roundTrip(() => {
      built.forEach((sheet, index) => {
        batch.op(() => Object.assign(shells[index], sheet));
        report("writing", 0.1 + (0.7 * (index + 1)) / built.length);
      });
      const before = this.tables.length;
      batch.undo(() => this.tables.splice(before));
      batch.op(() => this.tables.push(...newTables));
      report("finishing", 0.9);
      const selected = this.selected;
      batch.undo(() => (this.selected = selected));
      batch.op(() => (this.selected = { sheet: activated, address: "A1" }));
    });
    report("done", 1);
    return {
      sheets: plan.sheets.map((sheet) => ({
        key: sheet.key,
        name: finalNames.get(sheet.key) as string,
      })),
      tables,
      activated,
      syncs: 0,
    };
  }

  async readSheets(): Promise<SheetSnapshot[]> {
    return Promise.all(this.sheetNames.map((name) => this.readSheet(name)));
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const sheet = this.sheetNamed(name);
    const cached = this.sheetCache.get(sheet.name);
    if (cached) return cached;
    const used = this.usedRange(sheet);
    let snapshot: SheetSnapshot;
    if (!used) snapshot = { name: sheet.name, address: null, values: [], formulas: [] };
    else {
      const values: Scalar[][] = [];
      const formulas: Scalar[][] = [];
      for (let r = used.top; r <= used.bottom; r++) {
        const valueRow: Scalar[] = [];
        const formulaRow: Scalar[] = [];
        for (let c = used.left; c <= used.right; c++) {
          const address = cellAddress(r, c);
          const value = this.valueAt(sheet, address);
          valueRow.push(value);
          // As range.formulas: the formula, else what the cell shows (spilled values included).
          formulaRow.push(sheet.cells.get(address)?.formula ?? value);
        }
        values.push(valueRow);
        formulas.push(formulaRow);
      }
      snapshot = {
        name: sheet.name,
        address: rangeAddress(used.top, used.left, used.bottom, used.right),
        values,
        formulas,
      };
    }
    this.sheetCache.set(sheet.name, snapshot);
    return snapshot;
  }

  async readSheetHeads(rows: number): Promise<SheetHead[]> {
    return this.sheets.map((sheet) => {
      const used = this.usedRange(sheet);
      if (!used) return { name: sheet.name, address: null, values: [] };
      const bottom = Math.min(used.bottom, used.top + rows - 1);
      const values: Scalar[][] = [];
      for (let r = used.top; r <= bottom; r++) {
        const row: Scalar[] = [];
        for (let c = used.left; c <= used.right; c++)
          row.push(this.valueAt(sheet, cellAddress(r, c)));
        values.push(row);
      }
      return {
        name: sheet.name,
        address: rangeAddress(used.top, used.left, bottom, used.right),
        values,
      };
    });
  }

  async getSelection(): Promise<{ sheet: string; address: string; values: Scalar[][] }> {
    const sheet = this.sheetNamed(this.selected.sheet);
    const { top, left, bottom, right } = parseRange(this.selected.address);
    const values: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = left; c <= right; c++) row.push(this.valueAt(sheet, cellAddress(r, c)));
      values.push(row);
    }
    return { sheet: sheet.name, address: this.selected.address, values };
  }

  async insertAtSelection(block: CellBlock): Promise<{ sheet: string; address: string }> {
    return this.insertAt(this.selected.sheet, this.selected.address, block);
  }

  async readCellContext(): Promise<CellContext> {
    const sheet = this.sheetNamed(this.selected.sheet);
    const { top, left } = parseRange(this.selected.address);
    const address = cellAddress(top, left);
    const formula = sheet.cells.get(address)?.formula ?? null;
    const ranges = formula
      ? formulaRefs(formula).map(({ sheet: named, range }) => {
          const target = this.sheetNamed(named ?? sheet.name);
          const { top: t, left: l, bottom, right } = parseRange(range);
          const values: Scalar[][] = [];
          for (let r = t; r <= bottom; r++) {
            const row: Scalar[] = [];
            for (let c = l; c <= right; c++) row.push(this.valueAt(target, cellAddress(r, c)));
            values.push(row);
          }
          return { sheet: target.name, address: range, values };
        })
      : [];
    return { sheet: sheet.name, address, formula, value: this.valueAt(sheet, address), ranges };
  }

  async insertAt(
    sheetName: string,
    at: string,
    block: CellBlock
  ): Promise<{ sheet: string; address: string }> {
    return this.write({ kind: "insert" }, (batch) => {
      const sheet = this.sheetNamed(sheetName);
      const spills = block.spills ?? [];
      const { rows, columns } = blockExtent(block);
      const { top, left } = parseRange(at);
      const address = rangeAddress(top, left, top + rows - 1, left + columns - 1);
      const targets: string[] = [];
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) targets.push(cellAddress(top + r, left + c));

      // Round trip 1: nothing the user typed is lost: every target cell, spilled values included,
      // must be empty.
      batch.roundTrip(() => {
        for (const target of targets) {
          if (hasContent(sheet.cells.get(target)) || this.valueAt(sheet, target) !== "") {
            throw new WorkbookError({
              code: "cellNotEmpty",
              sheet: sheet.name,
              cell: target,
              rows,
              columns,
            });
          }
        }
      });
      // Round trip 2: number formats first, then the contents, then what spills.
      batch.roundTrip(() => {
        batch.undo(restoreCells(sheet, targets));
        const each = (write: (target: string, content: Scalar, format?: string) => void) =>
          block.rows.forEach((row, r) =>
            row.forEach((content, c) =>
              write(
                cellAddress(top + r, left + c),
                content,
                block.numberFormat?.[r]?.[c] ?? undefined
              )
            )
          );
        batch.op(() =>
          each((target, _content, format) => {
            if (!format) return;
            const { row, col } = parseCell(target);
            const cell = sheet.cells.get(target) ?? { row, col, value: null };
            cell.numberFormat = format;
            sheet.cells.set(target, cell);
          })
        );
        batch.op(() =>
          each((target, content) => {
            if (content !== null) writeContent(sheet, target, content);
          })
        );
        batch.op(() => {
          for (const spill of spills) {
            const anchor = sheet.cells.get(cellAddress(top + spill.row, left + spill.col));
            if (anchor?.formula) anchor.spill = { rows: spill.rows, columns: spill.columns };
          }
        });
      });
      return { sheet: sheet.name, address };
    });
  }

  async replaceCells(sheetName: string, changes: CellChange[]): Promise<void> {
    return this.replaceCellsOnSheets([{ sheet: sheetName, changes }]);
  }

  async replaceCellsOnSheets(changes: { sheet: string; changes: CellChange[] }[]): Promise<void> {
    // Every sheet named must exist (an unknown one rejects), even with nothing to change on it.
    const sheets = changes
      .map((each) => ({
        sheet: this.sheetNamed(each.sheet),
        changes: each.changes,
        addresses: each.changes.map((change) => normalCell(change.address)),
      }))
      .filter((each) => each.changes.length > 0);
    if (sheets.length === 0) return;
    return this.write({ kind: "changeCells", sheet: sheets[0].sheet.name }, (batch) => {
      // Round trip 1: check every cell of every sheet before writing any.
      batch.roundTrip(() => {
        for (const { sheet, changes: cells, addresses } of sheets) {
          cells.forEach((change, k) => {
            const held = this.contentAt(sheet, addresses[k]);
            if (!isSameContent(held, change.from)) {
              throw new WorkbookError({
                code: "cellChanged",
                sheet: sheet.name,
                cell: addresses[k],
                expected: change.from,
                held,
              });
            }
          });
        }
      });
      // Round trip 2: the cells, one by one; a value typed under a table extends it (as Excel).
      batch.roundTrip(() => {
        for (const { sheet, changes: cells, addresses } of sheets) {
          for (const table of this.tablesExtendedBy(sheet, cells, addresses)) {
            batch.undo(this.savedCells());
            batch.op(() => this.growTable(sheet, table, false));
          }
          batch.undo(restoreCells(sheet, addresses));
          cells.forEach((change, k) =>
            batch.op(() => writeContent(sheet, addresses[k], change.to))
          );
        }
      });
    });
  }

  /**
   * Adds a row at the end of the table that holds `at` (Excel's table.rows.add: the cells under the
   * table, in its columns, move down a row; nothing is overwritten), its calculated columns filled,
   * then makes `changes` on the new row as replaceCells would. All or nothing.
   */
  async addTableRow(sheetName: string, at: string, changes: CellChange[]): Promise<void> {
    return this.write({ kind: "changeCells", sheet: sheetName }, (batch) => {
      const sheet = this.sheetNamed(sheetName);
      const cell = normalCell(at);
      const table = this.tables.find(
        (t) => t.sheet === sheet.name && rangesOverlap(parseRange(t.range), parseRange(cell))
      );
      // Round trip 1: the table, found by a cell of it.
      batch.roundTrip(() => {
        if (!table) throw new WorkbookError({ code: "noTable", sheet: sheet.name, cell });
      });
      // Round trip 2: the row added, then the cells written (each must hold what it held: empty).
      batch.roundTrip(() => {
        if (!table) return;
        batch.undo(this.savedCells());
        batch.op(() => this.growTable(sheet, table, true));
        for (const change of changes) {
          const address = normalCell(change.address);
          const held = this.contentAt(sheet, address);
          if (!isSameContent(held, change.from))
            throw new WorkbookError({
              code: "cellChanged",
              sheet: sheet.name,
              cell: address,
              expected: change.from,
              held,
            });
          batch.op(() => writeContent(sheet, address, change.to));
        }
      });
    });
  }

  loadPaneState(key: string): Promise<string | null> {
    return this.paneState.loadPaneState(key);
  }

  savePaneState(key: string, text: string | null): Promise<void> {
    return this.paneState.savePaneState(key, text);
  }

  /** Makes the next write fail as `fault` says (failure-injection tests); it then leaves nothing behind. */
  failNextWrite(fault: MemoryFault): void {
    this.fault = fault;
  }

  async goTo(sheetName: string, address: string): Promise<void> {
    const sheet = this.sheetNamed(sheetName);
    this.selected = { sheet: sheet.name, address: normalRange(address) };
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // Inside

  /**
   * Runs a write as a MemoryBatch: on a failure the batch's undos run (newest first) and an
   * injected fault is reported as Excel's failure would be, with nothing left behind.
   */
  private write<T>(step: WorkbookStep, body: (batch: MemoryBatch) => T): T {
    const batch = new MemoryBatch(this.fault);
    this.fault = null;
    try {
      return body(batch);
    } catch (error) {
      batch.rollback();
      if (!(error instanceof InjectedFault)) throw error;
      throw new WorkbookError({
        code: "excelFailed",
        step,
        reason: error.message,
        rollback: { undone: true },
      });
    } finally {
      if (batch.changedAnything) this.changed();
    }
  }

  /**
   * The tables of `sheet` that the changes extend: a value typed into the row directly under a
   * table, that row empty across the table's columns until now (Excel's AutoExpansion).
   */
  private tablesExtendedBy(
    sheet: MemorySheet,
    changes: CellChange[],
    addresses: string[]
  ): MemoryTable[] {
    return this.tables.filter((table) => {
      if (table.sheet !== sheet.name) return false;
      const { bottom, left, right } = parseRange(table.range);
      const under = bottom + 1;
      const typed = changes.some((change, k) => {
        const { row, col } = parseCell(addresses[k]);
        return (
          row === under && col >= left && col <= right && change.to !== "" && change.to !== null
        );
      });
      if (!typed) return false;
      for (let col = left; col <= right; col++)
        if (hasContent(sheet.cells.get(cellAddress(under, col)))) return false;
      return true;
    });
  }

  /**
   * `table` gains a row at its end: inserted (the cells under it move down) or over the empty row
   * under it; every formula of the workbook rewritten as Excel does (table-growth.ts), the new
   * row formatted as the one above and its calculated columns filled.
   */
  private growTable(sheet: MemorySheet, table: MemoryTable, inserted: boolean): void {
    const position = parseRange(table.range);
    const newRow = position.bottom + 1;
    const inColumns = (cell: MemoryCell) => cell.col >= position.left && cell.col <= position.right;
    if (inserted) {
      const moving = Array.from(sheet.cells.values()).filter(
        (cell) => cell.row >= newRow && inColumns(cell)
      );
      for (const cell of moving) sheet.cells.delete(cellAddress(cell.row, cell.col));
      for (const cell of moving) {
        cell.row++;
        sheet.cells.set(cellAddress(cell.row, cell.col), cell);
      }
    }
    for (const each of this.sheets)
      for (const cell of each.cells.values())
        if (cell.formula !== undefined)
          cell.formula = growFormula(cell.formula, {
            sheet: sheet.name,
            formulaSheet: each.name,
            table: position,
            inserted,
          });
    for (let col = position.left; col <= position.right; col++) {
      const above = sheet.cells.get(cellAddress(position.bottom, col));
      const address = cellAddress(newRow, col);
      const cell: MemoryCell = sheet.cells.get(address) ?? { row: newRow, col, value: null };
      if (above?.style) cell.style = above.style;
      if (above?.numberFormat) cell.numberFormat = above.numberFormat;
      if (table.calculated.includes(col) && above?.formula !== undefined)
        cell.formula = shiftRows(above.formula, 1);
      sheet.cells.set(address, cell);
    }
    table.range = grownRange(position);
  }

  /** An undo that puts every sheet's cells and every table's range back as they are now. */
  private savedCells(): () => void {
    const saved = this.sheets.map((sheet) => ({
      sheet,
      cells: new Map(
        Array.from(sheet.cells, ([address, cell]) => [
          address,
          { ...cell, spill: cell.spill && { ...cell.spill } },
        ])
      ),
    }));
    const ranges = this.tables.map((table) => table.range);
    return () => {
      for (const { sheet, cells } of saved) sheet.cells = cells;
      this.tables.forEach((table, k) => (table.range = ranges[k] ?? table.range));
    };
  }

  private removeSheet(sheet: MemorySheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index >= 0) this.sheets.splice(index, 1);
  }

  private addSheet(name: string): MemorySheet {
    const sheet: MemorySheet = {
      name: freeSheetName(name, this.sheetNames),
      cells: new Map(),
      columnWidths: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Sheet names are case-insensitive in Excel. */
  private sheetNamed(name: string): MemorySheet {
    const wanted = name.toLowerCase();
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === wanted);
    if (!sheet) throw new WorkbookError({ code: "noSheet", sheet: name });
    return sheet;
  }

  private changed(): void {
    this.changes++;
    this.evaluation = null;
    this.sheetCache.clear();
    this.gridCache.clear();
    for (const listener of Array.from(this.listeners)) listener();
  }

  /** Computes the whole workbook once per change; formulas name sheets by their names. */
  private evaluate(): Evaluation {
    if (this.evaluation) return this.evaluation;
    const spilledFrom = new Map<string, Map<string, string>>();
    const blocked = new Map<string, Set<string>>();
    const sheets = this.sheets.map((sheet) => {
      const spilled = new Map<string, string>();
      const obstructed = new Set<string>();
      const cells = new Map<string, SheetCell>();
      for (const [address, cell] of sheet.cells) {
        if (cell.formula === undefined) {
          if (hasContent(cell)) cells.set(address, { value: cell.value });
          continue;
        }
        if (cell.spill) {
          const area = spillArea(cell, cell.spill)
            .slice(1)
            .map((spilled) => spilled.address);
          if (area.some((a) => hasContent(sheet.cells.get(a)))) {
            // Excel shows #SPILL! and fills nothing; dependents see an error (#N/A here).
            obstructed.add(address);
            cells.set(address, { formula: "=NA()" });
            continue;
          }
          for (const a of area) spilled.set(a, address);
          cells.set(address, { formula: cell.formula, spill: cell.spill });
        } else cells.set(address, { formula: cell.formula });
      }
      spilledFrom.set(sheet.name, spilled);
      blocked.set(sheet.name, obstructed);
      return { name: sheet.name, alias: sheet.name, cells };
    });
    const evaluated = evaluateWorkbook(sheets, KINERJA_FUNCTIONS);
    this.evaluation = { evaluated, spilledFrom, blocked };
    return this.evaluation;
  }

  /** What range.values shows for a cell: the constant or the computed value; "" when empty. */
  private valueAt(sheet: MemorySheet, address: string): Scalar {
    const cell = sheet.cells.get(address);
    if (cell && cell.formula === undefined && hasContent(cell)) return cell.value;
    const { evaluated, spilledFrom, blocked } = this.evaluate();
    if (cell?.formula !== undefined) {
      if (blocked.get(sheet.name)?.has(address)) return "#SPILL!";
    } else if (!spilledFrom.get(sheet.name)?.has(address)) return "";
    // A formula, or an empty (perhaps formatted) cell a spill fills.
    return excelValue(evaluated.value(sheet.name, address));
  }

  /** What range.formulas shows for a cell: the formula, else the value. */
  private contentAt(sheet: MemorySheet, address: string): Scalar {
    return sheet.cells.get(address)?.formula ?? this.valueAt(sheet, address);
  }

  private spillFormat(sheet: MemorySheet, anchor: string | undefined): string | undefined {
    return anchor ? sheet.cells.get(anchor)?.numberFormat : undefined;
  }

  /** The smallest range holding every constant, formula and spilled value (as getUsedRange(true)). */
  private usedRange(sheet: MemorySheet): {
    top: number;
    left: number;
    bottom: number;
    right: number;
  } | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (row: number, col: number) => {
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    };
    for (const cell of sheet.cells.values()) if (hasContent(cell)) include(cell.row, cell.col);
    const spilled = this.evaluate().spilledFrom.get(sheet.name) as Map<string, string>;
    for (const address of spilled.keys()) {
      if (this.valueAt(sheet, address) === "") continue;
      const { row, col } = parseCell(address);
      include(row, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

// ---------------------------------------------------------------------------------------------
// Writes, all or nothing

class InjectedFault extends Error {}

/**
 * One write's round trips and operations, with the undo of each: as Excel runs a batch, a failing
 * round trip keeps the operations that ran before it, so each operation's undo is registered
 * before it runs, and every undo is safe to run whether or not its operation did.
 */
class MemoryBatch {
  private trip = 0;
  private ops = 0;
  private readonly undos: (() => void)[] = [];
  changedAnything = false;

  constructor(private readonly fault: MemoryFault | null) {}

  /** The next round trip: its operations run in `body`; an injected fault ends it. */
  roundTrip(body: () => void): void {
    this.trip++;
    this.ops = 0;
    body();
    this.failHere(true);
  }

  /** Registers how to take out what the next operations do. */
  undo(undo: () => void): void {
    this.undos.push(undo);
  }

  op(effect: () => void): void {
    this.failHere(false);
    this.changedAnything = true;
    effect();
    this.ops++;
  }

  rollback(): void {
    for (const undo of this.undos.reverse()) undo();
  }

  private failHere(atEnd: boolean): void {
    const fault = this.fault;
    if (!fault || fault.roundTrip !== this.trip) return;
    if (atEnd || this.ops >= (fault.after ?? 0))
      throw new InjectedFault(fault.reason ?? "The request failed (injected).");
  }
}

/** An undo that puts `addresses` of `sheet` back as they are now (a cell absent stays absent). */
function restoreCells(sheet: MemorySheet, addresses: readonly string[]): () => void {
  const before = addresses.map((address) => {
    const cell = sheet.cells.get(address);
    return { address, cell: cell && { ...cell, spill: cell.spill && { ...cell.spill } } };
  });
  return () => {
    for (const { address, cell } of before) {
      if (cell) sheet.cells.set(address, { ...cell });
      else sheet.cells.delete(address);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Cells

function hasContent(cell: MemoryCell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== null && cell.value !== ""));
}

/** Writes a constant or a formula, keeping the cell's style and number format. */
function writeContent(sheet: MemorySheet, address: string, content: Scalar): MemoryCell {
  const { row, col } = parseCell(address);
  const cell = sheet.cells.get(address) ?? { row, col, value: null };
  if (typeof content === "string" && content.startsWith("=")) {
    cell.formula = content;
    cell.value = null;
  } else {
    delete cell.formula;
    delete cell.spill;
    cell.value = content === "" ? null : content;
  }
  sheet.cells.set(address, cell);
  return cell;
}

/** A sheet plan's cells on a sheet named `name`, with «key»! references made 'Final name'!. */
function buildSheet(
  plan: SheetPlan,
  name: string,
  finalNames: ReadonlyMap<string, string>
): MemorySheet {
  const sheet: MemorySheet = { name, cells: new Map(), columnWidths: new Map() };
  for (const cellPlan of plan.cells) {
    const address = normalCell(cellPlan.address);
    const { row, col } = parseCell(address);
    const cell: MemoryCell = { row, col, value: null };
    if (cellPlan.formula !== undefined) {
      cell.formula = resolveSheetRefs(cellPlan.formula, finalNames);
      if (cellPlan.spill) cell.spill = { ...cellPlan.spill };
    } else cell.value = cellPlan.value === "" ? null : (cellPlan.value ?? null);
    if (cellPlan.numberFormat) cell.numberFormat = cellPlan.numberFormat;
    if (cellPlan.style) cell.style = cellPlan.style;
    sheet.cells.set(address, cell);
  }
  for (const column of plan.columns ?? []) sheet.columnWidths.set(column.index, column.width);
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  if (plan.freeze) sheet.freeze = { ...plan.freeze };
  return sheet;
}

/** An evaluator result as Excel's range.values gives it: errors as their text, empty as "". */
function excelValue(result: CellResult): Scalar {
  if (isErrorValue(result)) {
    // Excel shows 0 for a circular reference (and warns); there is no #CYCLE! error in Excel.
    return result.error === "#CYCLE!" ? 0 : result.error;
  }
  if (result === null) return "";
  if (typeof result === "number" && !Number.isFinite(result)) return "#NUM!";
  return result;
}
