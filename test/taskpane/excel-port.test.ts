/**
 * Inside Excel the pane starts on lazyExcelWorkbook, which loads the Office.js writer after the
 * first paint and forwards every call to ExcelWorkbook. A method ExcelWorkbook gains must be
 * forwarded too, with its arguments and its answer untouched.
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

test.each(methods.filter((name) => name !== "subscribe"))(
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
