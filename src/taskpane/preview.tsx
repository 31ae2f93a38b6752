/**
 * Preview mode (a separate chunk): the pane outside Office, on an in-memory workbook, with a banner
 * saying so and — when the window is wide — the workbook's grid beside the pane.
 */
import type { Root } from "react-dom/client";
import { MemoryWorkbook } from "../workbook/memory";
import { Kinerja } from "./components/App";
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
    />
  );
}

/**
 * office.js in a plain browser tab still starts its telemetry logger, which loads a frame from
 * telemetryservice.firstpartyapps.oaspapps.com three seconds later. The preview promises to need no
 * network, so that frame is never loaded (inside Office none of this runs: the host has its own).
 */
export function silenceOfficeTelemetry(): void {
  const osf = (
    window as unknown as {
      OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } };
    }
  ).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}

export function startPreview(root: Root, lang: Lang): MemoryWorkbook {
  silenceOfficeTelemetry();
  const workbook = new MemoryWorkbook();
  // For the end-to-end test and the curious: the workbook in the browser's console.
  (window as unknown as { kinerjaWorkbook?: MemoryWorkbook }).kinerjaWorkbook = workbook;
  root.render(<PreviewApp workbook={workbook} lang={lang} />);
  return workbook;
}
