/**
 * An in-memory Excel workbook served through office-addin-mock, for running the real Office.js
 * writer (office-writer.ts, and office.ts's ExcelWorkbook around it) as it runs in Excel.
 *
 * office-addin-mock (OfficeMockObject) supplies the object model: nested objects, `load` marking
 * properties loaded, values readable only after `load` and `context.sync()` (reading `items` earlier
 * gives its "not loaded" error text). What it cannot model is what Office does behind the proxies,
 * so these members are mocked explicitly, on top of OfficeMockObject instances:
 * - `worksheets.add` / `getItem` (by name or id), a sheet's `id`, `name` (a rename), `delete()`,
 *   `getRange`, `tables.add`, `names.add`, `notes.add`, `charts.add`, `shapes.addGeometricShape` /
 *   `addLine`, `conditionalFormats.add`, `merge`, `freezePanes.*`, `activate`, `select`: they
 *   return mock objects and queue their effect. A worksheet object finds its sheet when the batch
 *   runs, as Office's proxies do: the one it added, or the one of that name or id then;
 * - the `values`, `formulas` and `numberFormat` of a range, `dataValidation.rule` and `.prompt`, a sheet's
 *   `tabColor` and `showGridlines`: setters that queue the write;
 * - reading a range (`load` of address, values, formulas, numberFormat; the active cell, the
 *   selected range, `getResizedRange`, its worksheet's name), workbook-scoped names and tables by
 *   name (`getItem(…).delete()`, `getItemOrNullObject(…)`), and `context.trace`.
 * Queued effects are applied in order at `context.sync()`, as Office runs a batch: a range write
 * whose matrix does not match the range's size, or a new sheet whose name is taken, fails there,
 * and the operations before it stay done; the error carries the traces that ran (traceMessages).
 * `failSync` makes a round trip fail part-way — or the connection drop, so that every later one
 * fails too — and `beforeSync` lets the user act between two round trips.
 * Formats (fills, fonts, borders), widths, chart titles and shape details are accepted and not kept:
 * the recording fake (fake-excel.ts) and the writer's own tests check those.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseRange, rangeAddress } from "../../src/sheet/a1";
import type { Scalar } from "../../src/sheet/plan";

export interface MockCell {
  value?: Scalar;
  formula?: string;
  numberFormat?: string;
}

export interface MockSheet {
  /** Excel's id for the sheet. */
  id: string;
  name: string;
  cells: Map<string, MockCell>;
  tables: { name: string; address: string; style?: string }[];
  merges: string[];
  /** One per range given a rule or a prompt (a prompt alone: any value, with its input message). */
  validations: { address: string; rule?: unknown; prompt?: unknown }[];
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
  /** The selected cell or range (default: A1 of the first sheet). */
  selection?: { sheet: string; address: string };
}

/** A round trip that fails: the `at`-th sync (1-based) after its first `after` operations ran. */
export interface MockFailure {
  at: number;
  after?: number;
  message?: string;
  /** The connection drops: Excel cannot say how far it got, and every later sync fails too. */
  connectionLost?: boolean;
}

const officeMock = (data: Record<string, unknown>): any => new OfficeMockObject(data);

const globals = globalThis as any;

/**
 * Excel.run over the mock workbook, and Office answering the requirement check (ExcelApi 1.9 and
 * 1.18), for the test that follows (dropMockExcel in afterEach takes them away).
 */
export function useMockExcel(workbook: MockWorkbook): void {
  globals.Excel = { run: workbook.run };
  globals.Office = {
    context: {
      requirements: { isSetSupported: (_set: string, v: string) => ["1.9", "1.18"].includes(v) },
    },
  };
}

/** Takes away what useMockExcel set (for afterEach). */
export function dropMockExcel(): void {
  delete globals.Excel;
  delete globals.Office;
}

/** A collection whose `items/name` load works: the mock cannot follow "items/name" into an array. */
function collection(items: object[], extra: Record<string, unknown> = {}): any {
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

/** An error as Office.js rejects a sync with: its message, code and the traces that ran. */
class MockOfficeError extends Error {
  traceMessages: string[] = [];
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

/** Where each range mock points (kept out of the mock: there `address` would need a load). */
const addressOf = new WeakMap<object, string>();
const where = (range: object): string => addressOf.get(range) as string;

export class MockWorkbook {
  readonly sheets: MockSheet[] = [];
  /** Every table name in the workbook, the user's and those added. */
  readonly tables: { name: string }[] = [];
  /** Workbook-scoped defined names. */
  readonly names: { name: string; address?: string }[] = [];
  syncs = 0;
  /** How many operations each round trip's batch held, in order (where a failure can be injected). */
  readonly batchSizes: number[] = [];
  /** The traces Excel ran, every batch's. */
  readonly traces: string[] = [];
  activeSheet?: string;
  selection: { sheet: string; address: string };
  /** The Excel.RequestContext the code under test receives: an OfficeMockObject. */
  readonly context: any;
  private readonly queue: Queue = [];
  private batchTraces: string[] = [];
  private failure: MockFailure | undefined;
  private connectionLost = false;
  private readonly hooks = new Map<number, () => void>();
  private ids = 0;

  constructor(options: MockWorkbookOptions = {}) {
    for (const { name, cells = {} } of options.sheets ?? []) this.userAddsSheet(name, cells);
    this.tables.push(...(options.tables ?? []).map((name) => ({ name })));
    this.names.push(...(options.names ?? []).map((name) => ({ name })));
    this.selection = options.selection ?? {
      sheet: this.sheets[0]?.name ?? "Sheet1",
      address: "A1",
    };
    // What Excel.run's context offers the writer. The collections are live: a sheet or table added
    // at one sync is listed when a later build loads them.
    const workbook = this;
    this.context = officeMock({
      workbook: {
        worksheets: collection(this.sheets, {
          add: (name: string) => workbook.addSheet(name),
          getItem: (key: string) => workbook.worksheetMock(() => workbook.requireSheet(key)),
        }),
        tables: collection(this.tables, {
          getItem: (name: string) => workbook.namedItem(workbook.tables, name, false),
          getItemOrNullObject: (name: string) => workbook.namedItem(workbook.tables, name, true),
        }),
        names: collection(this.names, {
          add: (name: string, target: object) =>
            workbook.queue.push(() => workbook.names.push({ name, address: where(target) })),
          getItem: (name: string) => workbook.namedItem(workbook.names, name, false),
          getItemOrNullObject: (name: string) => workbook.namedItem(workbook.names, name, true),
        }),
        getActiveCell: () => {
          const { sheet, address } = workbook.selection;
          const { top, left } = parseRange(address);
          return workbook.rangeMock(() => workbook.requireSheet(sheet), cellAddress(top, left));
        },
        getSelectedRange: () =>
          workbook.rangeMock(
            () => workbook.requireSheet(workbook.selection.sheet),
            workbook.selection.address
          ),
      },
      trace: (message: string) => workbook.queue.push(() => workbook.batchTraces.push(message)),
      sync: async function (this: OfficeMockObject) {
        await workbook.runBatch();
        await OfficeMockObject.prototype.sync.call(this);
      },
    });
    // Each listed sheet also answers getUsedRangeOrNullObject (what readSheets asks of it); before
    // load and sync the items read as the mock has them ("not loaded").
    const worksheets = this.context.workbook.worksheets;
    let items: unknown = worksheets.items;
    Object.defineProperty(worksheets, "items", {
      configurable: true,
      get: () =>
        Array.isArray(items)
          ? items.map((sheet: MockSheet) =>
              Object.assign(Object.create(sheet), {
                getUsedRangeOrNullObject: () => workbook.usedRangeMock(() => sheet),
              })
            )
          : items,
      set: (value) => {
        items = value;
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

  /** The user adds a sheet (now, not in a batch). */
  userAddsSheet(name: string, cells: Record<string, Scalar> = {}): MockSheet {
    const sheet = emptySheet(name, `{mock-sheet-${++this.ids}}`);
    for (const [address, content] of Object.entries(cells))
      sheet.cells.set(
        address,
        typeof content === "string" && content.startsWith("=")
          ? { formula: content }
          : { value: content }
      );
    this.sheets.push(sheet);
    return sheet;
  }

  /** Makes a round trip fail (see MockFailure). */
  failSync(failure: MockFailure): void {
    this.failure = failure;
  }

  /** Runs `act` just before the `at`-th sync runs its batch (the user acting meanwhile). */
  beforeSync(at: number, act: () => void): void {
    this.hooks.set(at, act);
  }

  /** Office running the queued batch in order; the first failing operation rejects the sync. */
  private async runBatch(): Promise<void> {
    this.syncs++;
    this.hooks.get(this.syncs)?.();
    const batch = this.queue.splice(0);
    this.batchSizes.push(batch.length);
    this.batchTraces = [];
    const failure = this.failure?.at === this.syncs ? this.failure : undefined;
    const fail = (error: MockOfficeError) => {
      if (failure?.connectionLost) this.connectionLost = true;
      else error.traceMessages = [...this.batchTraces];
      return error;
    };
    if (this.connectionLost)
      throw new MockOfficeError("ConnectionFailure", "The connection to the workbook was lost.");
    const injected = () =>
      fail(new MockOfficeError("GeneralException", failure?.message ?? "The request failed."));
    try {
      batch.forEach((operation, k) => {
        if (failure && k === (failure.after ?? 0)) throw injected();
        operation();
      });
      if (failure) throw injected();
    } catch (error) {
      if (error instanceof MockOfficeError) throw error;
      const office = new MockOfficeError("InvalidArgument", (error as Error).message);
      throw fail(office);
    } finally {
      this.traces.push(...this.batchTraces);
    }
  }

  private requireSheet(key: string): MockSheet {
    const found = this.sheets.find(
      (s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()
    );
    if (!found)
      throw new Error(`ItemNotFound: the requested resource doesn't exist (sheet ${key}).`);
    return found;
  }

  private addSheet(name: string): any {
    const state = emptySheet(name, `{mock-sheet-${++this.ids}}`);
    this.queue.push(() => {
      if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new Error(
          `ItemAlreadyExists: A resource with the same name or identifier already exists (${name}).`
        );
      this.sheets.push(state);
    });
    return this.worksheetMock(() => {
      if (!this.sheets.includes(state))
        throw new Error(`ItemNotFound: the sheet ${state.id} is gone.`);
      return state;
    });
  }

  /** A workbook-scoped name or a table, found by name when the batch runs. */
  private namedItem(list: { name: string }[], name: string, orNull: boolean): any {
    let loaded: { name: string } | null | undefined;
    const find = () => list.find((item) => item.name.toLowerCase() === name.toLowerCase());
    const queue = this.queue;
    const sheets = this.sheets;
    return {
      load() {
        queue.push(() => {
          loaded = find() ?? null;
          if (!loaded && !orNull) throw new Error(`ItemNotFound: no name or table ${name}.`);
        });
        return this;
      },
      get isNullObject() {
        if (loaded === undefined) throw new Error("isNullObject: not loaded");
        return loaded === null;
      },
      get name() {
        if (!loaded) throw new Error("name: not loaded");
        return loaded.name;
      },
      delete: () =>
        queue.push(() => {
          const item = find();
          if (!item) throw new Error(`ItemNotFound: no name or table ${name}.`);
          list.splice(list.indexOf(item), 1);
          for (const sheet of sheets)
            sheet.tables = sheet.tables.filter((t) => t.name !== item.name);
        }),
    };
  }

  /** A sheet's used range (its cells' bounding box), or a null object for an empty sheet. */
  private usedRangeMock(sheet: () => MockSheet): any {
    let loaded: ReturnType<typeof readRange> | null | undefined;
    const read = () => {
      if (loaded === undefined) throw new Error("used range: call load() and context.sync() first");
      return loaded;
    };
    const used = {
      load: () => {
        this.queue.push(() => {
          const cells = [...sheet().cells.keys()].map((address) => parseRange(address));
          loaded =
            cells.length === 0
              ? null
              : readRange(
                  sheet(),
                  rangeAddress(
                    Math.min(...cells.map((c) => c.top)),
                    Math.min(...cells.map((c) => c.left)),
                    Math.max(...cells.map((c) => c.bottom)),
                    Math.max(...cells.map((c) => c.right))
                  )
                );
        });
        return used;
      },
      get isNullObject() {
        return read() === null;
      },
      get address() {
        return read()?.address;
      },
      get values() {
        return read()?.values;
      },
      get formulas() {
        return read()?.formulas;
      },
    };
    return used;
  }

  /** A worksheet object: `sheet()` finds its sheet when the batch runs. */
  private worksheetMock(sheet: () => MockSheet): any {
    const queue = this.queue;
    const range = (address: string) => this.rangeMock(sheet, address);
    let loaded: { id: string; name: string } | undefined;
    const mock = officeMock({
      getRange: range,
      tables: {
        add: (target: object, hasHeaders: boolean) => {
          // name and style are set by the writer after add(); read when the batch runs.
          const table = officeMock({});
          queue.push(() => {
            if (!hasHeaders) throw new Error("the writer's tables always have headers");
            if (this.tables.some((t) => t.name.toLowerCase() === String(table.name).toLowerCase()))
              throw new Error(`InvalidArgument: the table name ${table.name} is in use.`);
            sheet().tables.push({ name: table.name, address: where(target), style: table.style });
            this.tables.push({ name: table.name });
          });
          return table;
        },
      },
      names: {
        add: (name: string, target: object) =>
          queue.push(() => sheet().names.push({ name, address: where(target) })),
      },
      notes: {
        add: (target: object, text: string) =>
          queue.push(() => sheet().notes.push({ address: where(target), text })),
      },
      charts: {
        add: (type: string, source: object) => {
          const chart = officeMock({
            title: {},
            axes: { valueAxis: { title: {} } },
            setPosition: () => undefined,
          });
          queue.push(() => sheet().charts.push({ name: chart.name, type, source: where(source) }));
          return chart;
        },
      },
      shapes: {
        addGeometricShape: () => this.shapeMock(sheet, "box"),
        addLine: () => this.shapeMock(sheet, "line"),
      },
      freezePanes: {
        freezeAt: (address: string) => queue.push(() => (sheet().freeze = address)),
        freezeRows: (rows: number) => queue.push(() => (sheet().freeze = `rows ${rows}`)),
        freezeColumns: (cols: number) => queue.push(() => (sheet().freeze = `columns ${cols}`)),
      },
      activate: () => queue.push(() => (this.activeSheet = sheet().name)),
      delete: () =>
        queue.push(() => {
          const gone = sheet();
          this.sheets.splice(this.sheets.indexOf(gone), 1);
          const names = new Set(gone.tables.map((t) => t.name));
          const kept = this.tables.filter((t) => !names.has(t.name));
          this.tables.splice(0, this.tables.length, ...kept);
          if (this.activeSheet === gone.name) this.activeSheet = this.sheets[0]?.name;
        }),
    });
    // id and name: read after load() and sync, as in Office; setting the name renames the sheet.
    mock.load = () => {
      queue.push(() => {
        const { id, name } = sheet();
        loaded = { id, name };
      });
      return mock;
    };
    const read = (what: "id" | "name") => {
      if (!loaded) throw new Error(`${what}: call load() and context.sync() first`);
      return loaded[what];
    };
    Object.defineProperty(mock, "id", { configurable: true, get: () => read("id") });
    Object.defineProperty(mock, "name", {
      configurable: true,
      get: () => read("name"),
      set: (name: string) => {
        queue.push(() => {
          const renamed = sheet();
          if (this.sheets.some((s) => s !== renamed && s.name.toLowerCase() === name.toLowerCase()))
            throw new Error(
              `ItemAlreadyExists: A resource with the same name or identifier already exists (${name}).`
            );
          if (this.activeSheet === renamed.name) this.activeSheet = name;
          renamed.name = name;
        });
      },
    });
    queuedProperty(mock, "tabColor", (color) => (sheet().tabColor = color), queue);
    queuedProperty(mock, "showGridlines", (show) => (sheet().showGridlines = show), queue);
    return mock;
  }

  private shapeMock(sheet: () => MockSheet, kind: "box" | "line"): any {
    const shape = officeMock({
      fill: { setSolidColor: () => undefined },
      lineFormat: {},
      textFrame: { textRange: { font: {} } },
      line: { connectBeginShape: () => undefined, connectEndShape: () => undefined },
    });
    this.queue.push(() => sheet().shapes.push({ name: shape.name, kind }));
    return shape;
  }

  private rangeMock(sheet: () => MockSheet, address: string): any {
    const queue = this.queue;
    let loaded: {
      address: string;
      values: Scalar[][];
      formulas: Scalar[][];
      numberFormat: string[][];
    };
    const range = officeMock({
      format: { fill: {}, font: {}, borders: { getItem: () => officeMock({}) } },
      dataValidation: {},
      conditionalFormats: {
        add: (type: string) => {
          queue.push(() => sheet().conditionalFormats.push({ address, type }));
          return officeMock({
            custom: { rule: {}, format: { fill: {}, font: {} } },
            iconSet: {},
          });
        },
      },
      merge: () => queue.push(() => sheet().merges.push(address)),
      select: () =>
        queue.push(() => {
          sheet().selected = address;
          this.selection = { sheet: sheet().name, address };
        }),
      getResizedRange: (rows: number, columns: number) => {
        const { top, left, bottom, right } = parseRange(address);
        return this.rangeMock(sheet, rangeAddress(top, left, bottom + rows, right + columns));
      },
    });
    addressOf.set(range, address);
    // What the range holds, read when the batch runs: address, values, formulas, number formats.
    range.load = () => {
      queue.push(() => (loaded = readRange(sheet(), address)));
      return range;
    };
    const read = (what: "address" | "values" | "formulas" | "numberFormat") => () => {
      if (!loaded) throw new Error(`${what}: call load() and context.sync() first`);
      return loaded[what];
    };
    Object.defineProperty(range, "address", { configurable: true, get: read("address") });
    Object.defineProperty(range, "worksheet", {
      configurable: true,
      get: () => this.worksheetMock(sheet),
    });
    const write = (property: "values" | "formulas" | "numberFormat") => (matrix: unknown[][]) =>
      writeMatrix(sheet(), address, property, matrix);
    for (const property of ["values", "formulas", "numberFormat"] as const) {
      Object.defineProperty(range, property, {
        configurable: true,
        get: read(property),
        set: (matrix: unknown[][]) => {
          queue.push(() => write(property)(matrix));
        },
      });
    }
    const validation = (): MockSheet["validations"][number] => {
      const found = sheet().validations.find((v) => v.address === address);
      if (found) return found;
      const added: MockSheet["validations"][number] = { address };
      sheet().validations.push(added);
      return added;
    };
    queuedProperty(range.dataValidation, "rule", (rule) => (validation().rule = rule), queue);
    queuedProperty(
      range.dataValidation,
      "prompt",
      (prompt) => (validation().prompt = prompt),
      queue
    );
    return range;
  }
}

/** A range as Office reads it: values ("" empty; a formula's value is not computed here: 0), formulas, formats. */
function readRange(sheet: MockSheet, address: string) {
  const { top, left, bottom, right } = parseRange(address);
  const rows = (cell: (c: MockCell | undefined) => any) =>
    Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) =>
        cell(sheet.cells.get(cellAddress(top + r, left + c)))
      )
    );
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : `'${sheet.name}'`;
  return {
    address: `${quoted}!${address}`,
    values: rows((c) => (c?.formula !== undefined ? 0 : (c?.value ?? ""))),
    formulas: rows((c) => c?.formula ?? c?.value ?? ""),
    numberFormat: rows((c) => c?.numberFormat ?? "General"),
  };
}

function emptySheet(name: string, id: string): MockSheet {
  return {
    id,
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
 * as it is; "" empties it; "=…" is a formula; other text is read as typed (typedText); in a text-format cell ("@")
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
      else if (entry === "") {
        // "" empties a cell.
        delete cell.value;
        delete cell.formula;
      } else if (typeof entry === "string" && cell.numberFormat === "@") {
        cell.value = entry;
        delete cell.formula;
      } else if (typeof entry === "string" && entry.startsWith("=")) {
        cell.formula = entry;
        delete cell.value;
      } else {
        cell.value = typeof entry === "string" ? typedText(entry) : (entry as Scalar);
        delete cell.formula;
      }
      if (Object.keys(cell).length > 0) state.cells.set(at, cell);
      else state.cells.delete(at);
    })
  );
}
