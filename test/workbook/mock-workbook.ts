/**
 * An in-memory Excel workbook served through office-addin-mock, for running the real Office.js
 * writer (office-writer.ts, and office.ts's ExcelWorkbook around it) as it runs in Excel.
 *
 * office-addin-mock (OfficeMockObject) supplies the object model: nested objects, `load` marking
 * properties loaded, values readable only after `load` and `context.sync()` (reading `items` earlier
 * gives its "not loaded" error text). What it cannot model is what Office does behind the proxies,
 * so these members are mocked explicitly, on top of OfficeMockObject instances:
 * - `worksheets.add`, `getRange`, `tables.add`, `names.add`, `notes.add`, `charts.add`,
 *   `shapes.addGeometricShape` / `addLine`, `conditionalFormats.add`, `merge`, `freezePanes.*`,
 *   `activate`, `select`: they return mock objects and queue their effect;
 * - the `values`, `formulas` and `numberFormat` of a range, `dataValidation.rule`, a sheet's
 *   `tabColor` and `showGridlines`: setters that queue the write.
 * Queued effects are applied in order at `context.sync()`, as Office runs a batch: a range write
 * whose matrix does not match the range's size, or a new sheet whose name is taken, fails there.
 * Formats (fills, fonts, borders), widths, chart titles and shape details are accepted and not kept:
 * the recording fake (fake-excel.ts) and the writer's own tests check those.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseRange } from "../../src/sheet/a1";
import type { Scalar } from "../../src/sheet/plan";

export interface MockCell {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
}

export interface MockSheet {
  name: string;
  cells: Map<string, MockCell>;
  tables: { name: string; address: string; style?: string }[];
  merges: string[];
  validations: { address: string; rule: unknown }[];
  conditionalFormats: { address: string; type: string }[];
  charts: { name: string; type: string; source: string }[];
  shapes: { name: string; kind: "box" | "line" }[];
  names: { name: string; address: string }[];
  notes: { address: string; text: string }[];
  tabColor?: string;
  showGridlines?: boolean;
  freeze?: string;
  selected?: string;
}

export interface MockWorkbookOptions {
  /** Sheets already in the workbook, with their cells (a string starting with "=" is a formula). */
  sheets?: { name: string; cells?: Record<string, Scalar> }[];
  /** Table names already in use. */
  tables?: string[];
  /** Workbook-scoped defined names already in use. */
  names?: string[];
}

const officeMock = (data: Record<string, unknown>): any => new OfficeMockObject(data);

/** A collection whose `items/name` load works: the mock cannot follow "items/name" into an array. */
function collection(items: { name: string }[], extra: Record<string, unknown> = {}): any {
  return {
    items,
    load: function (this: OfficeMockObject) {
      return OfficeMockObject.prototype.load.call(this, "items");
    },
    ...extra,
  };
}

/** A property whose writes are queued until the next sync. */
function queuedProperty(target: object, name: string, apply: (value: any) => void, queue: Queue) {
  Object.defineProperty(target, name, {
    configurable: true,
    get: () => {
      throw new Error(`the test fake does not read back ${name}; read the MockSheet instead`);
    },
    set: (value) => {
      queue.push(() => apply(value));
    },
  });
}

type Queue = (() => void)[];

/** Where each range mock points (kept out of the mock: there `address` would need a load). */
const addressOf = new WeakMap<object, string>();
const where = (range: object): string => addressOf.get(range) as string;

export class MockWorkbook {
  readonly sheets: MockSheet[] = [];
  /** Every table name in the workbook, the user's and those added. */
  readonly tables: { name: string }[] = [];
  syncs = 0;
  readonly traces: string[] = [];
  activeSheet?: string;
  /** The Excel.RequestContext the code under test receives: an OfficeMockObject. */
  readonly context: any;
  private readonly queue: Queue = [];

  constructor(options: MockWorkbookOptions = {}) {
    for (const { name, cells = {} } of options.sheets ?? []) {
      const sheet = emptySheet(name);
      for (const [address, content] of Object.entries(cells))
        sheet.cells.set(
          address,
          typeof content === "string" && content.startsWith("=")
            ? { formula: content }
            : { value: content }
        );
      this.sheets.push(sheet);
    }
    this.tables.push(...(options.tables ?? []).map((name) => ({ name })));
    // What Excel.run's context offers the writer. The collections are live: a sheet or table added
    // at one sync is listed when a later build loads them.
    const workbook = this;
    this.context = officeMock({
      workbook: {
        worksheets: collection(this.sheets, { add: (name: string) => workbook.addSheet(name) }),
        tables: collection(this.tables),
        names: collection((options.names ?? []).map((name) => ({ name }))),
      },
      trace: (message: string) => workbook.traces.push(message),
      sync: async function (this: OfficeMockObject) {
        workbook.syncs++;
        // Office runs the queued batch in order; the first failing operation rejects the sync.
        const batch = workbook.queue.splice(0);
        for (const operation of batch) operation();
        await OfficeMockObject.prototype.sync.call(this);
      },
    });
  }

  /** Excel.run over this workbook. */
  run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context as Excel.RequestContext);

  sheet(name: string): MockSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet '${name}' in the mock workbook`);
    return found;
  }

  private addSheet(name: string): any {
    const state = emptySheet(name);
    this.queue.push(() => {
      if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new Error(
          `ItemAlreadyExists: A resource with the same name or identifier already exists (${name}).`
        );
      this.sheets.push(state);
    });
    return this.worksheetMock(state);
  }

  private worksheetMock(state: MockSheet): any {
    const queue = this.queue;
    const range = (address: string) => this.rangeMock(state, address);
    const sheet = officeMock({
      getRange: range,
      tables: {
        add: (target: object, hasHeaders: boolean) => {
          // name and style are set by the writer after add(); read when the batch runs.
          const table = officeMock({});
          queue.push(() => {
            if (!hasHeaders) throw new Error("the writer's tables always have headers");
            if (this.tables.some((t) => t.name.toLowerCase() === String(table.name).toLowerCase()))
              throw new Error(`InvalidArgument: the table name ${table.name} is in use.`);
            state.tables.push({ name: table.name, address: where(target), style: table.style });
            this.tables.push({ name: table.name });
          });
          return table;
        },
      },
      names: {
        add: (name: string, target: object) =>
          queue.push(() => state.names.push({ name, address: where(target) })),
      },
      notes: {
        add: (target: object, text: string) =>
          queue.push(() => state.notes.push({ address: where(target), text })),
      },
      charts: {
        add: (type: string, source: object) => {
          const chart = officeMock({
            title: {},
            axes: { valueAxis: { title: {} } },
            setPosition: () => undefined,
          });
          queue.push(() => state.charts.push({ name: chart.name, type, source: where(source) }));
          return chart;
        },
      },
      shapes: {
        addGeometricShape: () => this.shapeMock(state, "box"),
        addLine: () => this.shapeMock(state, "line"),
      },
      freezePanes: {
        freezeAt: (address: string) => queue.push(() => (state.freeze = address)),
        freezeRows: (rows: number) => queue.push(() => (state.freeze = `rows ${rows}`)),
        freezeColumns: (cols: number) => queue.push(() => (state.freeze = `columns ${cols}`)),
      },
      activate: () => queue.push(() => (this.activeSheet = state.name)),
    });
    queuedProperty(sheet, "tabColor", (color) => (state.tabColor = color), queue);
    queuedProperty(sheet, "showGridlines", (show) => (state.showGridlines = show), queue);
    return sheet;
  }

  private shapeMock(state: MockSheet, kind: "box" | "line"): any {
    const shape = officeMock({
      fill: { setSolidColor: () => undefined },
      lineFormat: {},
      textFrame: { textRange: { font: {} } },
      line: { connectBeginShape: () => undefined, connectEndShape: () => undefined },
    });
    this.queue.push(() => state.shapes.push({ name: shape.name, kind }));
    return shape;
  }

  private rangeMock(state: MockSheet, address: string): any {
    const queue = this.queue;
    const range = officeMock({
      format: { fill: {}, font: {}, borders: { getItem: () => officeMock({}) } },
      dataValidation: {},
      conditionalFormats: {
        add: (type: string) => {
          queue.push(() => state.conditionalFormats.push({ address, type }));
          return officeMock({
            custom: { rule: {}, format: { fill: {}, font: {} } },
            iconSet: {},
          });
        },
      },
      merge: () => queue.push(() => state.merges.push(address)),
      select: () => queue.push(() => (state.selected = address)),
    });
    addressOf.set(range, address);
    const write = (property: "values" | "formulas" | "numberFormat") => (matrix: unknown[][]) =>
      writeMatrix(state, address, property, matrix);
    queuedProperty(range, "values", write("values"), queue);
    queuedProperty(range, "formulas", write("formulas"), queue);
    queuedProperty(range, "numberFormat", write("numberFormat"), queue);
    queuedProperty(
      range.dataValidation,
      "rule",
      (rule) => state.validations.push({ address, rule }),
      queue
    );
    return range;
  }
}

function emptySheet(name: string): MockSheet {
  return {
    name,
    cells: new Map(),
    tables: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    shapes: [],
    names: [],
    notes: [],
  };
}

/**
 * Text given to a cell as Excel reads it, as if typed: a leading apostrophe keeps the rest as text;
 * otherwise numbers, percentages and TRUE/FALSE become what they look like. (Excel also reads dates
 * and currencies; the writer's own tests cover those, see textInput in office-writer.ts.)
 */
function typedText(text: string): Scalar {
  if (text.startsWith("'")) return text.slice(1);
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return Number(trimmed);
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(trimmed)) return Number(trimmed.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  return text;
}

/**
 * A matrix written to a range, as Excel takes it: its size must match the range; null leaves a cell
 * as it is; "=…" is a formula; other text is read as typed (typedText); in a text-format cell ("@")
 * a string is stored as it is.
 */
function writeMatrix(
  state: MockSheet,
  address: string,
  property: "values" | "formulas" | "numberFormat",
  matrix: unknown[][]
): void {
  const { top, left, bottom, right } = parseRange(address);
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  if (matrix.length !== rows || matrix.some((row) => row.length !== columns))
    throw new Error(
      `InvalidArgument: the ${property} matrix (${matrix.length}×${matrix[0]?.length}) does not match ${address} (${rows}×${columns})`
    );
  matrix.forEach((row, r) =>
    row.forEach((entry, c) => {
      if (entry === null) return;
      const at = cellAddress(top + r, left + c);
      const cell = state.cells.get(at) ?? {};
      if (property === "numberFormat") cell.numberFormat = entry as string;
      else if (typeof entry === "string" && cell.numberFormat === "@") {
        cell.value = entry;
        delete cell.formula;
      } else if (typeof entry === "string" && entry.startsWith("=")) {
        cell.formula = entry;
        delete cell.value;
      } else {
        cell.value = typeof entry === "string" ? typedText(entry) : (entry as Scalar);
        delete cell.formula;
      }
      state.cells.set(at, cell);
    })
  );
}
