/**
 * Preview mode's chunk (preview-port.tsx starts the pane without it): the in-memory workbook the
 * pane works on outside Office, the grid that shows it beside a wide pane and the field for the
 * selected cell under a narrow one. The workbook is gone on a reload; the pane's state (the
 * wizard's work) is kept in the browser's localStorage, so the preview shows that a closed pane
 * loses nothing.
 */
import { MemoryWorkbook } from "../workbook/memory";
import { PreviewCellField } from "./components/PreviewCellField";
import { PreviewGrid } from "./components/PreviewGrid";
import { previewStore } from "./preview-port";

/* global window */

let workbook: MemoryWorkbook | undefined;

/** The page's one in-memory workbook, made on first use. */
export function previewWorkbook(): MemoryWorkbook {
  if (!workbook) {
    workbook = new MemoryWorkbook(undefined, { paneState: previewStore });
    // For the end-to-end test and the curious: the workbook in the browser's console.
    (window as unknown as { kinerjaWorkbook?: MemoryWorkbook }).kinerjaWorkbook = workbook;
  }
  return workbook;
}

export function PreviewAside() {
  return <PreviewGrid workbook={previewWorkbook()} />;
}

export function PreviewTools() {
  return <PreviewCellField workbook={previewWorkbook()} />;
}
