import { useSyncExternalStore } from "react";

/* global window */

/** True while the window is at least `minWidth` px wide. */
export function useWideWindow(minWidth: number): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = window.matchMedia(`(min-width: ${minWidth}px)`);
      query.addEventListener("change", onChange);
      return () => query.removeEventListener("change", onChange);
    },
    () => window.matchMedia(`(min-width: ${minWidth}px)`).matches,
    () => false
  );
}
