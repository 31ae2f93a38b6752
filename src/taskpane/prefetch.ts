/**
 * The pane's first chunk holds only the first screen (the gallery). The rest — the other tabs, the
 * Build options, the templates, the Excel writer — is fetched once that screen has painted, so a
 * first click finds its code already there and the first screen never waits for it.
 */

/* global window */

/** Runs `task` after the next paint, when the browser is idle (or within a second at most). */
export function afterFirstPaint(task: () => void): void {
  if (typeof window === "undefined" || typeof window.requestAnimationFrame !== "function") return;
  window.requestAnimationFrame(() =>
    window.setTimeout(() => {
      if (typeof window.requestIdleCallback === "function")
        window.requestIdleCallback(task, { timeout: 1000 });
      else task();
    })
  );
}

/** Starts every load; a failure is ignored here (the click that needs the code tries again). */
export function prefetch(loads: readonly (() => Promise<unknown>)[]): void {
  afterFirstPaint(() => {
    for (const load of loads) load().catch(() => undefined);
  });
}
