/** Renders the whole pane (providers included) on a port, in a language, on a tab. */
import { act, render } from "@testing-library/react";
import { Kinerja, type TabName } from "../../src/taskpane/components/App";
import type { WorkbookPort } from "../../src/workbook/port";
import type { Lang } from "../../src/taskpane/strings";

/**
 * Lets the pane settle: the Build options wait for the first paint (a frame), tabs other than Build
 * load lazily, and some read the workbook when they open; all finish within a frame and a few turns
 * of the event loop.
 */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
  for (let k = 0; k < 3; k++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export async function renderPane(port: WorkbookPort, options: { lang?: Lang; tab?: TabName } = {}) {
  const result = render(
    <Kinerja
      port={port}
      lang={options.lang ?? "en"}
      isPreview={false}
      initialTab={options.tab ?? "build"}
    />
  );
  await settle();
  return result;
}
