/**
 * An in-memory stand-in for the part of the Excel object model the Office.js writer uses, for tests.
 *
 * Like Office.js it queues every call and runs the queue at context.sync(), in order: a sheet added
 * in a batch can be written later in the same batch, while writing to a sheet that does not exist
 * (yet) fails at sync with ItemNotFound. Adding, renaming a sheet or naming a table with a name in
 * use fails with ItemAlreadyExists, as Excel does. Collections must be loaded and synced before
 * `items` is read. A sheet has an id; a worksheet object refers to its sheet as Office.js's proxies
 * do — the one added, or the one found by name or id when the batch runs — so a rename does not
 * lose it, and `delete()` takes its tables with it.
 *
 * Every write that runs is recorded as { sheet, target, what, value }: target is a range address
 * ("B4:F13"), "sheet", "freezePanes", or an object made in the batch ("chart#3", "shape#5"); what is
 * the property path or method ("formulas", "format.fill.color", "conditionalFormats#7:IconSet.iconSet.criteria",
 * "merge()"). Objects below a range (format, dataValidation, conditional formats, charts, shapes)
 * are recorded generically, so the fake follows any property the writer sets; methods are allowed
 * only from a short list, so a misspelt method fails loudly.
 */
import { cellAddress, parseRange } from "../../src/sheet/a1";

export interface RecordedWrite {
  /** The sheet's name when the test reads it (a sheet renamed later reports its new name). */
  sheet: string;
  target: string;
  what: string;
  value: unknown;
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
}

export interface FakeSheet {
  name: string;
  /** Excel's id (given when the sheet is made). */
  id?: string;
  /** What getUsedRangeOrNullObject finds; absent = an empty sheet. */
  used?: { address: string; values: unknown[][]; formulas: unknown[][] };
}

export interface FakeExcelOptions {
  sheets?: (string | FakeSheet)[];
  tables?: FakeTable[];
  /** Workbook-scoped defined names. */
  names?: string[];
  /** Makes a write fail at sync with this message when it returns one (to test error reports). */
  failWhen?: (write: RecordedWrite) => string | undefined;
}

/** How a fake object finds its sheet when its batch runs: the one added, or by name or id. */
type SheetRef = () => FakeSheet;

/** An error shaped like OfficeExtension.Error. */
export class FakeOfficeError extends Error {
  traceMessages: string[] = [];
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

const METHODS = new Set([
  "add",
  "getItem",
  "merge",
  "select",
  "setPosition",
  "setSolidColor",
  "connectBeginShape",
  "connectEndShape",
  "freezeAt",
  "freezeRows",
  "freezeColumns",
  "delete",
]);

const TARGET = Symbol("target");

export class FakeExcel {
  syncs = 0;
  readonly sheets: FakeSheet[];
  readonly tables: FakeTable[];
  readonly names: string[];
  readonly writes: RecordedWrite[] = [];
  activeSheet: string | undefined;
  /** Names of the sheets deleted, in order. */
  readonly deleted: string[] = [];
  selection: { sheet: string; address: string } | undefined;
  readonly context: Excel.RequestContext;

  private queue: (() => void)[] = [];
  private executedTraces: string[] = [];
  private counter = 0;
  private readonly failWhen: FakeExcelOptions["failWhen"];

  constructor(options: FakeExcelOptions = {}) {
    this.sheets = (options.sheets ?? ["Sheet1"]).map((s) => ({
      ...(typeof s === "string" ? { name: s } : s),
      id: this.nextId("sheet"),
    }));
    this.tables = (options.tables ?? []).map((t) => ({ ...t }));
    this.names = [...(options.names ?? [])];
    this.activeSheet = this.sheets[0]?.name;
    this.failWhen = options.failWhen;
    const workbook = {
      worksheets: new FakeWorksheets(this),
      tables: new LoadedList(this, () => this.tables.map((t) => ({ name: t.name }))),
      names: new LoadedList(this, () => this.names.map((name) => ({ name }))),
    };
    this.context = {
      workbook,
      sync: () => this.sync(),
      trace: (message: string) => this.enqueue(() => this.executedTraces.push(message)),
    } as unknown as Excel.RequestContext;
  }

  /** Runs the queued calls in order; the first failure stops the batch (earlier calls stay done). */
  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    this.executedTraces = [];
    for (const call of queue) {
      try {
        call();
      } catch (error) {
        if (error instanceof FakeOfficeError) error.traceMessages = [...this.executedTraces];
        throw error;
      }
    }
  }

  /** Writes recorded on one sheet. */
  writesOn(sheet: string): RecordedWrite[] {
    return this.writes.filter((w) => w.sheet === sheet);
  }

  /** What each cell of a sheet received through `values` or `formulas`, by address. */
  cellsOf(sheet: string): Map<string, unknown> {
    const cells = new Map<string, unknown>();
    for (const w of this.writesOn(sheet)) {
      if (w.what !== "values" && w.what !== "formulas") continue;
      const { top, left } = parseRange(w.target);
      (w.value as unknown[][]).forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null) cells.set(cellAddress(top + r, left + c), value);
        })
      );
    }
    return cells;
  }

  // --- used by the fake objects below ---

  enqueue(call: () => void): void {
    this.queue.push(call);
  }

  nextId(kind: string): string {
    return `${kind}#${++this.counter}`;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet named `key` (case-insensitive) or whose id is `key`. */
  requireSheet(key: string, location: string): FakeSheet {
    const sheet = this.sheets.find(
      (s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()
    );
    if (!sheet) {
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist (sheet '${key}').`,
        location
      );
    }
    return sheet;
  }

  /** A sheet that must be in the workbook when the batch runs (it may have been deleted). */
  present(sheet: FakeSheet, location: string): FakeSheet {
    if (!this.sheets.includes(sheet)) return this.requireSheet(sheet.name, location);
    return sheet;
  }

  /** Queues a write; it runs (and is recorded) at sync, if the sheet exists then. */
  write(sheet: SheetRef, target: string, what: string, value: unknown, effect?: () => void): void {
    this.enqueue(() => {
      const on = sheet();
      const write = {
        get sheet() {
          return on.name;
        },
        target,
        what,
        value,
      };
      const failure = this.failWhen?.(write);
      if (failure) throw new FakeOfficeError("InvalidArgument", failure, what);
      effect?.();
      this.writes.push(write);
    });
  }
}

/** A collection whose `items` can be read only after load() and sync(). */
class LoadedList<T> {
  private snapshot: T[] | undefined;
  constructor(
    protected readonly fake: FakeExcel,
    private readonly read: () => T[]
  ) {}
  load(): this {
    this.fake.enqueue(() => {
      this.snapshot = this.read();
    });
    return this;
  }
  get items(): T[] {
    if (!this.snapshot)
      throw new FakeOfficeError("PropertyNotLoaded", "items: call load() and context.sync() first");
    return this.snapshot;
  }
}

class FakeWorksheets extends LoadedList<{ name: string; id: string }> {
  constructor(fake: FakeExcel) {
    super(fake, () => fake.sheets.map((s) => ({ name: s.name, id: s.id as string })));
  }
  add(name: string): FakeWorksheet {
    const sheet: FakeSheet = { name, id: this.fake.nextId("sheet") };
    this.fake.enqueue(() => {
      if (this.fake.hasSheet(name)) {
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A sheet named '${name}' already exists.`,
          "WorksheetCollection.add"
        );
      }
      this.fake.sheets.push(sheet);
      this.fake.writes.push({
        get sheet() {
          return sheet.name;
        },
        target: "sheet",
        what: "worksheets.add",
        value: name,
      });
    });
    return new FakeWorksheet(this.fake, () => this.fake.present(sheet, "Worksheet"), sheet);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.fake, () =>
      this.fake.requireSheet(key, "WorksheetCollection.getItem")
    );
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.fake,
      () => this.fake.requireSheet(key, "WorksheetCollection.getItemOrNullObject"),
      undefined,
      true
    );
  }
}

class FakeWorksheet {
  private loaded: FakeSheet | null | undefined;
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: SheetRef,
    /** The sheet this object added (its name and id as they were when the batch ran). */
    private readonly added?: FakeSheet,
    private readonly nullable = false
  ) {}

  load(): this {
    this.fake.enqueue(() => {
      try {
        this.loaded = { ...this.sheet() };
      } catch (error) {
        if (!this.nullable) throw error;
        this.loaded = null;
      }
    });
    return this;
  }
  get isNullObject(): boolean {
    if (this.loaded === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject");
    return this.loaded === null;
  }
  get id(): string {
    if (!this.loaded) throw new FakeOfficeError("PropertyNotLoaded", "id");
    return this.loaded.id as string;
  }
  get name(): string {
    if (this.added) return this.added.name;
    if (!this.loaded) throw new FakeOfficeError("PropertyNotLoaded", "name");
    return this.loaded.name;
  }
  set name(name: string) {
    this.fake.write(this.sheet, "sheet", "name", name, () => {
      const sheet = this.sheet();
      if (this.fake.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase()))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `A sheet named '${name}' already exists.`,
          "Worksheet.name"
        );
      sheet.name = name;
    });
  }
  delete(): void {
    this.fake.enqueue(() => {
      const sheet = this.sheet();
      this.fake.sheets.splice(this.fake.sheets.indexOf(sheet), 1);
      const tables = this.fake.tables.filter(
        (t) => t.sheet.toLowerCase() !== sheet.name.toLowerCase()
      );
      this.fake.tables.splice(0, this.fake.tables.length, ...tables);
      this.fake.deleted.push(sheet.name);
      if (this.fake.activeSheet === sheet.name) this.fake.activeSheet = this.fake.sheets[0]?.name;
    });
  }

  getRange(address: string): unknown {
    return recorder(this.fake, this.sheet, address, "");
  }
  get freezePanes(): unknown {
    return recorder(this.fake, this.sheet, "freezePanes", "");
  }
  set tabColor(color: string) {
    this.fake.write(this.sheet, "sheet", "tabColor", color);
  }
  set showGridlines(show: boolean) {
    this.fake.write(this.sheet, "sheet", "showGridlines", show);
  }
  activate(): void {
    this.fake.write(this.sheet, "sheet", "activate()", [], () => {
      this.fake.activeSheet = this.sheet().name;
    });
  }

  get tables() {
    return {
      add: (range: unknown, hasHeaders: boolean) =>
        new FakeTableHandle(this.fake, this.sheet, targetOf(range), hasHeaders),
    };
  }
  get charts() {
    return {
      add: (type: string, range: unknown, seriesBy: string) => {
        const id = this.fake.nextId("chart");
        this.fake.write(this.sheet, id, "charts.add", { type, data: describe(range), seriesBy });
        return recorder(this.fake, this.sheet, id, "");
      },
    };
  }
  get shapes() {
    return {
      addGeometricShape: (type: string) => {
        const id = this.fake.nextId("shape");
        this.fake.write(this.sheet, id, "shapes.addGeometricShape", type);
        return recorder(this.fake, this.sheet, id, "");
      },
      addLine: (...args: unknown[]) => {
        const id = this.fake.nextId("shape");
        this.fake.write(this.sheet, id, "shapes.addLine", args);
        return recorder(this.fake, this.sheet, id, "");
      },
    };
  }
  get names() {
    return {
      add: (name: string, reference: unknown, comment?: string) =>
        this.fake.write(this.sheet, targetOf(reference), "names.add", { name, comment }),
    };
  }
  get notes() {
    return {
      add: (cell: unknown, text: string) =>
        this.fake.write(this.sheet, targetOf(cell), "notes.add", text),
    };
  }
  getUsedRangeOrNullObject() {
    const sheet = this.sheet;
    const enqueue = (call: () => void) => this.fake.enqueue(call);
    let used: FakeSheet["used"] | null | undefined;
    const loaded = <T>(read: (u: NonNullable<FakeSheet["used"]>) => T): T => {
      if (used === undefined) throw new FakeOfficeError("PropertyNotLoaded", "used range");
      if (used === null)
        throw new FakeOfficeError("InvalidObjectPath", "the used range is a null object");
      return read(used);
    };
    return {
      load() {
        enqueue(() => {
          used = sheet().used ?? null;
        });
        return this;
      },
      get isNullObject() {
        if (used === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject");
        return used === null;
      },
      get address() {
        return loaded((u) => u.address);
      },
      get values() {
        return loaded((u) => u.values);
      },
      get formulas() {
        return loaded((u) => u.formulas);
      },
    };
  }
}

/** A table made by tables.add: Excel names it "TableN"; renaming to a name in use fails. */
class FakeTableHandle {
  private table: FakeTable | undefined;
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: SheetRef,
    private readonly address: string,
    hasHeaders: boolean
  ) {
    fake.write(sheet, address, "tables.add", { hasHeaders }, () => {
      let n = fake.tables.length + 1;
      while (fake.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      this.table = { name: `Table${n}`, sheet: sheet().name, address };
      fake.tables.push(this.table);
    });
  }
  set name(name: string) {
    this.fake.write(this.sheet, this.address, "table.name", name, () => {
      const clash =
        this.fake.tables.some(
          (t) => t !== this.table && t.name.toLowerCase() === name.toLowerCase()
        ) || this.fake.names.some((n) => n.toLowerCase() === name.toLowerCase());
      if (clash)
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `The name '${name}' is already in use.`,
          "Table.name"
        );
      (this.table as FakeTable).name = name;
    });
  }
  set style(style: string) {
    this.fake.write(this.sheet, this.address, "table.style", style);
  }
}

/**
 * Records every property set below an object (range, chart, shape…) as a write on `target`.
 * Methods from METHODS are recorded as calls; add() and getItem() return a recorder for the child.
 */
function recorder(fake: FakeExcel, sheet: SheetRef, target: string, path: string): unknown {
  const children = new Map<string, unknown>();
  const join = (name: string) => (path ? `${path}.${name}` : name);
  return new Proxy(
    {},
    {
      has(_object, property) {
        return property === TARGET;
      },
      get(_object, property) {
        if (property === TARGET) return target;
        if (typeof property !== "string") return undefined;
        if (METHODS.has(property)) {
          return (...args: unknown[]) => {
            const described = args.map(describe);
            fake.write(sheet, target, `${join(property)}()`, described, () => {
              if (property === "select") fake.selection = { sheet: sheet().name, address: target };
            });
            if (property === "getItem") return recorder(fake, sheet, target, join(String(args[0])));
            if (property === "add")
              return recorder(fake, sheet, target, `${fake.nextId(path)}:${String(args[0])}`);
            return undefined;
          };
        }
        if (!children.has(property))
          children.set(property, recorder(fake, sheet, target, join(property)));
        return children.get(property);
      },
      set(_object, property, value) {
        fake.write(sheet, target, join(String(property)), value);
        return true;
      },
    }
  );
}

/** An argument as recorded: a fake object by what it stands for ("B4:D9", "shape#3"), else as is. */
function describe(value: unknown): unknown {
  if (typeof value === "object" && value !== null && TARGET in value)
    return (value as Record<symbol, unknown>)[TARGET];
  return value;
}

/** The address a range argument stands for (a fake range, or an address string). */
function targetOf(range: unknown): string {
  return String(describe(range));
}
