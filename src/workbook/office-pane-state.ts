/**
 * The pane's state kept with the document: Office's document settings, per add-in and per workbook,
 * loaded with the document (so read without a round trip) and written into it by saveAsync — kept
 * when the workbook is saved (Excel on the web and AutoSave save it themselves). Needs no more than
 * the Restricted permission. Apart from office.ts so that the pane reads it as it opens without
 * waiting for the Office.js writer's chunk (src/taskpane/excel-port.ts).
 */

/* global Office */

export async function loadOfficePaneState(key: string): Promise<string | null> {
  const value: unknown = Office.context.document.settings.get(key);
  return typeof value === "string" ? value : null;
}

export function saveOfficePaneState(key: string, text: string | null): Promise<void> {
  const settings = Office.context.document.settings;
  if (text === null) settings.remove(key);
  else settings.set(key, text);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(
            new Error(`Kinerja could not keep its work with the workbook: ${result.error?.message}`)
          )
    )
  );
}
