/** A WorkbookPort for component tests: every method a jest mock with a harmless default. */
import type { WorkbookPort } from "../../src/workbook/port";

export type FakePort = {
  [K in keyof WorkbookPort]: WorkbookPort[K] extends (...args: infer A) => infer R
    ? jest.Mock<R, A>
    : WorkbookPort[K];
};

export function fakePort(overrides: Partial<Record<keyof WorkbookPort, unknown>> = {}): FakePort {
  const port = {
    kind: "memory",
    listSheets: jest.fn(async () => ["Sheet1"]),
    applyPlan: jest.fn(
      async (plan: { sheets: { key: string; name: string }[]; activate: string }) => ({
        sheets: plan.sheets.map((sheet) => ({ key: sheet.key, name: sheet.name })),
        tables: [],
        activated: plan.sheets.find((sheet) => sheet.key === plan.activate)?.name ?? "",
        syncs: 0,
      })
    ),
    readSheet: jest.fn(async (name: string) => ({ name, address: null, values: [], formulas: [] })),
    readSheets: jest.fn(async () => [{ name: "Sheet1", address: null, values: [], formulas: [] }]),
    readSheetHeads: jest.fn(async () => [{ name: "Sheet1", address: null, values: [] }]),
    getSelection: jest.fn(async () => ({ sheet: "Sheet1", address: "B2", values: [[null]] })),
    insertAtSelection: jest.fn(async () => ({ sheet: "Sheet1", address: "B2" })),
    replaceCells: jest.fn(async () => undefined),
    goTo: jest.fn(async () => undefined),
    loadPaneState: jest.fn(async () => null),
    savePaneState: jest.fn(async () => undefined),
    ...overrides,
  } as unknown as FakePort;
  // Reads with readSheets and writes with applyPlan, so a test sees both as mocks.
  if (!("addSheetsFrom" in overrides))
    port.addSheetsFrom = jest.fn(async (build) => {
      const plan = build(await port.readSheets());
      return plan ? port.applyPlan(plan) : null;
    });
  return port;
}
