/**
 * The pane's first chunk holds only the first screen (the gallery). The rest — the other tabs, the
 * Build options, the templates, the Excel writer — is fetched once that screen has painted, so a
 * first click finds its code already there and the first screen never waits for it.
 */
import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from "react";

/* global window */

const paints = () =>
  typeof window !== "undefined" && typeof window.requestAnimationFrame === "function";

/** Runs `task` after the next paint, when the browser is idle (or within a second at most). */
export function afterFirstPaint(task: () => void): void {
  if (!paints()) return;
  window.requestAnimationFrame(() =>
    window.setTimeout(() => {
      if (typeof window.requestIdleCallback === "function")
        window.requestIdleCallback(task, { timeout: 1000 });
      else task();
    })
  );
}

/**
 * A part of the screen that can wait for the first paint (below the fold, or preview-only): its
 * chunk is not even asked for while the first screen renders. `placeholder` shows until it is in.
 * Its own state, so only this part renders again.
 */
export function AfterFirstPaint({
  children,
  placeholder,
}: {
  children: ReactNode;
  placeholder: ReactNode;
}) {
  // Where nothing paints (no requestAnimationFrame: a test's DOM), there is nothing to wait for.
  const [painted, setPainted] = useState(() => !paints());
  useEffect(() => afterFirstPaint(() => setPainted(true)), []);
  return <Suspense fallback={placeholder}>{painted ? children : placeholder}</Suspense>;
}

/** Starts every load after the first paint; a failure is left to the click that needs the code. */
export function prefetch(loads: readonly (() => Promise<unknown>)[]): void {
  afterFirstPaint(() => {
    for (const load of loads) load().catch(() => undefined);
  });
}

/**
 * A component that lives in a chunk of its own, and `load`, which fetches that chunk. Once loaded
 * (prefetched), it renders at once; before, it renders through React.lazy (the nearest Suspense
 * fallback shows meanwhile). React.lazy alone would suspend on its first render even when the chunk
 * is already in, and React then holds the content back for a few hundred milliseconds after the
 * fallback appears (its fallback throttle): a first click would wait that long for code already
 * there.
 */
export function chunkComponent<P extends object>(
  importComponent: () => Promise<ComponentType<P>>
): { Component: ComponentType<P>; load: () => Promise<ComponentType<P>> } {
  let loaded: ComponentType<P> | undefined;
  const load = () => importComponent().then((component) => (loaded = component));
  // The same component once loaded; React's types for lazy() only spell its props differently.
  const Lazy = lazy(() =>
    load().then((component) => ({ default: component }))
  ) as unknown as ComponentType<P>;
  function Chunk(props: P) {
    // Chosen once per mount: switching types later would remount it and lose its state.
    const [Type] = useState(() => loaded ?? Lazy);
    return <Type {...props} />;
  }
  return { Component: Chunk, load };
}
