/**
 * In preview the pane starts on lazyPreviewWorkbook, which loads the in-memory workbook (the
 * preview chunk) after the first paint and forwards every call to it. The kept pane state is read
 * from the browser's storage at once, and the workbook, once loaded, keeps it in the same store.
 */
import { lazyPreviewWorkbook, loadPreviewWorkbook } from "../../src/taskpane/preview-port";
import { previewWorkbook } from "../../src/taskpane/preview";

/* global window */

test("the kept state saved before the workbook loads is the workbook's once it has", async () => {
  const lazy = lazyPreviewWorkbook();
  await lazy.savePaneState("kinerja.test", '{"lang":"id"}');
  expect(window.localStorage.getItem("kinerja.test")).toBe('{"lang":"id"}');
  await expect(previewWorkbook().loadPaneState("kinerja.test")).resolves.toBe('{"lang":"id"}');
  await lazy.savePaneState("kinerja.test", null);
  await expect(previewWorkbook().loadPaneState("kinerja.test")).resolves.toBeNull();
});

test("calls reach the page's one in-memory workbook, and it is the console's kinerjaWorkbook", async () => {
  const lazy = lazyPreviewWorkbook();
  await expect(loadPreviewWorkbook()).resolves.toBe(previewWorkbook());
  await lazy.insertAt("Sheet1", "B2", { rows: [[42]] });
  expect(await lazy.listSheets()).toEqual(["Sheet1"]);
  const sheet = await previewWorkbook().readSheet("Sheet1");
  expect(sheet.values.flat()).toEqual([42]);
  expect((window as unknown as { kinerjaWorkbook: unknown }).kinerjaWorkbook).toBe(
    previewWorkbook()
  );
  expect([lazy.kind, lazy.reportsEveryChange]).toEqual([
    previewWorkbook().kind,
    previewWorkbook().reportsEveryChange,
  ]);
});
