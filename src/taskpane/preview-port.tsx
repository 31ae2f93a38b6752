/**
 * Preview mode's start (the pane outside Office, on an in-memory workbook): the pane renders at once
 * on a lazy port, as it does inside Excel, and the in-memory workbook with its formula engine — the
 * preview chunk (preview.tsx) — loads after the first paint. The grid beside a wide pane and the
 * cell field under a narrow one come with that chunk. The pane's kept state is the browser's
 * localStorage, read at once.
 */
import type { WorkbookPort } from "../workbook/port";
import { mapStore, paneStateOn, type PaneStateStore } from "../workbook/pane-state-store";
import { AfterFirstPaint, chunkComponent } from "./chunks";
import { Kinerja } from "./components/App";
import { useWideWindow } from "./hooks/useWideWindow";
import { lazyPort, loadOnce } from "./lazy-port";
import type { Lang } from "./strings";

/* global window */

/** Wide enough for the 420-px pane and a useful grid beside it. */
const GRID_MIN_WIDTH = 900;

/** localStorage, where the browser allows it (a private window may not); else a store for the page's life. */
function browserStore(): PaneStateStore {
  try {
    if (window.localStorage) return window.localStorage;
  } catch {
    // a private window, or storage turned off
  }
  return mapStore();
}

/** Where the preview keeps the pane's state: the in-memory workbook is given the same store. */
export const previewStore: PaneStateStore = browserStore();

const loadPreview = loadOnce(() => import(/* webpackChunkName: "preview" */ "./preview"));

/** The preview's in-memory workbook, once its chunk is in. */
export const loadPreviewWorkbook = (): Promise<WorkbookPort> =>
  loadPreview().then((preview) => preview.previewWorkbook());

export function lazyPreviewWorkbook(): WorkbookPort {
  return lazyPort({
    kind: "memory",
    reportsEveryChange: true,
    load: loadPreviewWorkbook,
    paneState: paneStateOn(previewStore),
  });
}

const grid = chunkComponent(() => loadPreview().then((preview) => preview.PreviewAside));
const cellField = chunkComponent(() => loadPreview().then((preview) => preview.PreviewTools));

/** The pane in preview: beside the workbook's grid when the window is wide, else over a cell field. */
export function PreviewPane({ port, lang }: { port: WorkbookPort; lang: Lang }) {
  const wide = useWideWindow(GRID_MIN_WIDTH);
  // The grid and the cell field come after the first paint, with the workbook they show.
  const later = (Component: typeof grid.Component) => (
    <AfterFirstPaint placeholder={null}>
      <Component />
    </AfterFirstPaint>
  );
  return (
    <Kinerja
      port={port}
      lang={lang}
      isPreview={true}
      aside={wide ? later(grid.Component) : undefined}
      previewTools={wide ? undefined : later(cellField.Component)}
    />
  );
}
