/**
 * Task pane entry. Inside Excel the pane works on the open workbook through ExcelWorkbook, whose
 * code loads after the first paint (excel-port.ts); outside Office (Office.onReady gives host
 * null — a plain browser, `npm run preview`) the same pane runs on an in-memory workbook, whose
 * code (the preview chunk, which Excel never downloads) also loads after the first paint
 * (preview-port.tsx). The pane opens in the language of the wizard's work kept with the document,
 * if there is some (useKeptWizard).
 */
import { createRoot, type Root } from "react-dom/client";
import { Kinerja } from "./components/App";
import { lazyExcelWorkbook, loadExcelWorkbook } from "./excel-port";
import { prefetch } from "./chunks";
import { lazyPreviewWorkbook, loadPreviewWorkbook, PreviewPane } from "./preview-port";
import { keptWizard } from "./hooks/useKeptWizard";
import { languageOf, STRINGS, type Lang } from "./strings";
import { silenceOfficeTelemetry } from "./telemetry";

/* global document, Office, window, navigator, performance */

/** ?lang=id|en (preview and tests), or null. */
function askedLanguage(): Lang | null {
  const asked = new URLSearchParams(window.location.search).get("lang");
  return asked === "id" || asked === "en" ? asked : null;
}

/** ?lang=id|en, else Office's display language, else the browser's. */
function initialLanguage(): Lang {
  const asked = askedLanguage();
  if (asked) return asked;
  let display: string | undefined;
  try {
    display = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    display = undefined;
  }
  return languageOf(display || navigator.language);
}

async function start(root: Root, host: Office.HostType | null): Promise<void> {
  // Before the in-memory workbook loads: office.js would otherwise ask the network for its telemetry frame.
  if (!host) silenceOfficeTelemetry();
  // The kept work is read from Office's document settings (the browser's storage in preview),
  // without the writer's chunk.
  const port = host ? lazyExcelWorkbook() : lazyPreviewWorkbook();
  const kept = await keptWizard(port);
  const lang = askedLanguage() ?? kept?.lang ?? initialLanguage();
  root.render(
    host ? (
      <Kinerja port={port} lang={lang} isPreview={false} />
    ) : (
      <PreviewPane port={port} lang={lang} />
    )
  );
  prefetch([host ? loadExcelWorkbook : loadPreviewWorkbook]);
}

function showStartupError(root: Root, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  root.render(
    <p role="alert" style={{ fontFamily: "sans-serif", padding: 16 }}>
      {STRINGS[initialLanguage()].startFailed(reason)}
    </p>
  );
}

const root = createRoot(document.getElementById("root") as HTMLElement);
if (typeof Office === "undefined") {
  // office.js did not load (opened as a file, or blocked): still show the preview.
  start(root, null).catch((error) => showStartupError(root, error));
} else {
  Office.onReady((info) => {
    // For the bench: how much of the start is office.js's own (see bench/pane.ts).
    performance.mark("kinerja:office-ready");
    start(root, info.host ?? null).catch((error) => showStartupError(root, error));
  });
}
