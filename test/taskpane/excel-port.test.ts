/**
 * Inside Excel the pane starts on lazyExcelWorkbook, which loads the Office.js writer after the
 * first paint and forwards every call to ExcelWorkbook. A method ExcelWorkbook gains must be
 * forwarded too, with its arguments and its answer untouched. The pane's kept state is read as the
 * pane opens, from Office's document settings, without waiting for that chunk.
 */
import { lazyExcelWorkbook } from "../../src/taskpane/excel-port";
import { ExcelWorkbook } from "../../src/workbook/office";

type Method = (...args: unknown[]) => unknown;
const prototype = ExcelWorkbook.prototype as unknown as Record<string, Method>;
const methods = Object.getOwnPropertyNames(ExcelWorkbook.prototype).filter(
  (name) => name !== "constructor" && typeof prototype[name] === "function"
);

afterEach(() => jest.restoreAllMocks());

test("the lazy port has ExcelWorkbook's methods and flags, no more and no fewer", () => {
  const lazy = lazyExcelWorkbook() as unknown as Record<string, unknown>;
  const functions = Object.keys(lazy).filter((key) => typeof lazy[key] === "function");
  expect(functions.sort()).toEqual(methods.slice().sort());
  const real = new ExcelWorkbook();
  expect([lazy.kind, lazy.reportsEveryChange]).toEqual([real.kind, real.reportsEveryChange]);
});

const PANE_STATE = ["loadPaneState", "savePaneState"];

test.each(methods.filter((name) => name !== "subscribe" && !PANE_STATE.includes(name)))(
  "%s reaches ExcelWorkbook with its arguments and answers what it answers",
  async (name) => {
    // As many arguments as the method declares (ExcelWorkbook's), each one recognisable.
    const args = ["Sheet 1", { address: "B2" }, 3].slice(0, prototype[name].length);
    const spy = jest
      .spyOn(prototype, name)
      .mockImplementation((...args: unknown[]) => Promise.resolve({ name, args }));
    const lazy = lazyExcelWorkbook() as unknown as Record<string, Method>;
    await expect(lazy[name](...args)).resolves.toEqual({ name, args });
    expect(spy).toHaveBeenCalledTimes(1);
  }
);

test("subscribe: the listener reaches ExcelWorkbook once loaded, and unsubscribing stops it", async () => {
  const stop = jest.fn();
  let heard: (() => void) | undefined;
  jest.spyOn(ExcelWorkbook.prototype, "subscribe").mockImplementation((listener) => {
    heard = listener;
    return stop;
  });
  const listener = jest.fn();
  const unsubscribe = lazyExcelWorkbook().subscribe!(listener);
  await new Promise((resolve) => setTimeout(resolve, 0));
  heard?.();
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
  expect(stop).toHaveBeenCalledTimes(1);
});

test("the kept state: read and saved through Office's document settings, as ExcelWorkbook does, without it", async () => {
  const kept = new Map<string, unknown>([["kinerja.wizard", "{}"]]);
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded" },
    context: {
      document: {
        settings: {
          get: (key: string) => kept.get(key) ?? null,
          set: (key: string, value: unknown) => kept.set(key, value),
          remove: (key: string) => kept.delete(key),
          saveAsync: (done: (result: { status: string }) => void) => done({ status: "succeeded" }),
        },
      },
    },
  };
  const spies = PANE_STATE.map((name) => jest.spyOn(prototype, name));
  const lazy = lazyExcelWorkbook();
  const real = new ExcelWorkbook();
  expect(await lazy.loadPaneState("kinerja.wizard")).toBe("{}");
  await lazy.savePaneState("kinerja.other", "kept");
  expect(await real.loadPaneState("kinerja.other")).toBe("kept");
  await lazy.savePaneState("kinerja.other", null);
  expect(await real.loadPaneState("kinerja.other")).toBeNull();
  // Only the two calls made on the real one reached ExcelWorkbook.
  expect(spies.map((spy) => spy.mock.calls.length)).toEqual([2, 0]);
});
