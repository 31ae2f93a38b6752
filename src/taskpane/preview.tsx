/**
 * Preview mode (a separate chunk): the pane outside Office, on an in-memory workbook, with a banner
 * saying so and — when the window is wide — the workbook's grid beside the pane, else a field for
 * the selected cell. The workbook is gone on a reload; the pane's state (the wizard's work) is
 * kept in the browser's localStorage, so the preview shows that a closed pane loses nothing.
 */
import type { Root } from "react-dom/client";
import { MemoryWorkbook } from "../workbook/memory";
import { Kinerja } from "./components/App";
import { keptWizard } from "./hooks/useKeptWizard";
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

/** Starts the preview; `language` picks the pane's language, given the wizard's kept one. */
export async function startPreview(
  root: Root,
  language: (kept: Lang | undefined) => Lang
): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook(undefined, { paneState: paneStateStore() });
  // For the end-to-end test and the curious: the workbook in the browser's console.
  (window as unknown as { kinerjaWorkbook?: MemoryWorkbook }).kinerjaWorkbook = workbook;
  const kept = await keptWizard(workbook);
  root.render(<PreviewApp workbook={workbook} lang={language(kept?.lang)} />);
  return workbook;
}

/** localStorage, where the browser allows it (a private window may not); else nothing is kept. */
function paneStateStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
