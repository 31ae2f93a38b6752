/**
 * What Fluent UI needs from a browser that jsdom lacks. Imported first by every pane test (the dom
 * project of jest.config.js has no per-project setup file for the pane).
 */
/* global window, global */

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = global as unknown as Record<string, unknown>;
if (!g.ResizeObserver) g.ResizeObserver = ResizeObserverStub;
if (typeof window !== "undefined") {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) as unknown as MediaQueryList;
  }
  if (!window.scrollTo) window.scrollTo = () => undefined;
}
if (typeof performance !== "undefined" && typeof performance.mark !== "function") {
  (performance as unknown as { mark: () => void }).mark = () => undefined;
}
