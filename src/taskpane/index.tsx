/**
 * Task pane entry. Renders once Office is ready; outside Office (host === null) the pane still runs,
 * in preview mode, against an in-memory workbook.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";

/* global document, Office */

Office.onReady((info) => {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={info.host ?? null} />
    </FluentProvider>
  );
});
