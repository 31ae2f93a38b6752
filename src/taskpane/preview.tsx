/**
 * Preview mode (a separate chunk): the pane outside Office, on an in-memory workbook, with a banner
 * saying so and — when the window is wide — the workbook's grid beside the pane, else a field for
 * the selected cell.
 */
import type { Root } from "react-dom/client";
import { MemoryWorkbook } from "../workbook/memory";
import { Kinerja } from "./components/App";
import { PreviewCellField } from "./components/PreviewCellField";
import { PreviewGrid, useWideWindow } from "./components/PreviewGrid";
import type { Lang } from "./strings";

/* global window */

/** Wide enough for the 420-px pane and a useful grid beside it. */
const GRID_MIN_WIDTH = 900;

function PreviewApp({ workbook, lang }: { workbook: MemoryWorkbook; lang: Lang }) {
  const wide = useWideWindow(GRID_MIN_WIDTH);
  return (
    <Kinerja
      port={workbook}
      lang={lang}
      isPreview={true}
      aside={wide ? <PreviewGrid workbook={workbook} /> : undefined}
      previewTools={wide ? undefined : <PreviewCellField workbook={workbook} />}
    />
  );
}

export function startPreview(root: Root, lang: Lang): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  // For the end-to-end test and the curious: the workbook in the browser's console.
  (window as unknown as { kinerjaWorkbook?: MemoryWorkbook }).kinerjaWorkbook = workbook;
  root.render(<PreviewApp workbook={workbook} lang={lang} />);
  return workbook;
}
