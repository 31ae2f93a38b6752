/**
 * Where the in-memory workbook keeps the pane's state (WorkbookPort.loadPaneState/savePaneState):
 * a Storage-like store — the browser's localStorage in preview mode, else a map that lives as long
 * as the workbook. Its own module, so the preview's first chunk reads the kept state without the
 * in-memory workbook's code.
 */
import type { WorkbookPort } from "./port";

export type PaneStateStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export function mapStore(): PaneStateStore {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** loadPaneState and savePaneState on `store`. */
export function paneStateOn(
  store: PaneStateStore
): Pick<WorkbookPort, "loadPaneState" | "savePaneState"> {
  return {
    loadPaneState: async (key) => store.getItem(key),
    savePaneState: async (key, text) => {
      if (text === null) store.removeItem(key);
      else store.setItem(key, text);
    },
  };
}
