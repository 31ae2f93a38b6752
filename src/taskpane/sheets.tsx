/**
 * The sidebar's entry (dist-sheets/Sidebar.html): the same pane as Excel's, on the open spreadsheet
 * through SheetsWorkbook (google.script.run calls to the add-on's server). It opens in the language
 * of the wizard's work kept with the spreadsheet, else ?lang=id|en, else the browser's.
 */
import { createRoot } from "react-dom/client";
import { SheetsWorkbook } from "../workbook/google-sheets";
import { Kinerja } from "./components/App";
import { keptWizard } from "./hooks/useKeptWizard";
import { languageOf, STRINGS, type Lang } from "./strings";

/* global document, window, navigator */

function askedLanguage(): Lang | null {
  const asked = new URLSearchParams(window.location.search).get("lang");
  return asked === "id" || asked === "en" ? asked : null;
}

async function start(): Promise<void> {
  const port = new SheetsWorkbook();
  // A spreadsheet without kept work, or one the server cannot read yet, opens all the same.
  const kept = await keptWizard(port).catch(() => undefined);
  const lang = askedLanguage() ?? kept?.lang ?? languageOf(navigator.language);
  root.render(<Kinerja port={port} lang={lang} isPreview={false} />);
}

const root = createRoot(document.getElementById("root") as HTMLElement);
start().catch((error) => {
  const reason = error instanceof Error ? error.message : String(error);
  root.render(
    <p role="alert" style={{ fontFamily: "sans-serif", padding: 16 }}>
      {STRINGS[askedLanguage() ?? languageOf(navigator.language)].startFailed(reason)}
    </p>
  );
});
