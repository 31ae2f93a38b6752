/// <reference types="google-apps-script" />
/**
 * The add-on's server side in Apps Script: the Extensions › Kinerja menu, the sidebar, and the one
 * call the sidebar makes to build a template, `google.script.run.applyPlan(planJson)` — the whole plan
 * goes over in one round trip and the answer says what was made.
 *
 * The sidebar is the one self-contained HTML file src/sheets-addon/sidebar.html (a placeholder
 * until the pane's Sheets build replaces it; the build copies it to dist-sheets/Sidebar.html, the
 * SIDEBAR_FILE HtmlService serves). It reaches the spreadsheet only through the server functions
 * code.ts exposes by name; a new one is an export here and one `global.NAME = NAME` there.
 *
 * Nothing here runs when the script loads (a custom function loads the whole script on every call):
 * each function touches Apps Script's services only when it is called.
 */
import { applyPlanToSpreadsheet, type SheetsApplyResult } from "../gsheets";
import type { WorkbookPlan } from "../sheet/plan";

/** The sidebar's file in the script project (dist-sheets/Sidebar.html). */
export const SIDEBAR_FILE = "Sidebar";

/** The menu item under Extensions › Kinerja, in the user's language. */
const OPEN = { en: "Open Kinerja", id: "Buka Kinerja" } as const;

function userLanguage(): keyof typeof OPEN {
  try {
    return Session.getActiveUserLocale().toLowerCase().startsWith("id") ? "id" : "en";
  } catch {
    // Before the add-on is authorised in a file (AuthMode.NONE) keep to what always works.
    return "en";
  }
}

/** Adds Extensions › Kinerja › Open Kinerja (an add-on's menu sits under Extensions). */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(OPEN[userLanguage()], "showSidebar").addToUi();
}

/** Installing the add-on runs onInstall, not onOpen: the menu should appear at once. */
export function onInstall(): void {
  onOpen();
}

/** Opens the sidebar (300 pixels wide, Google's fixed width). */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle("Kinerja");
  SpreadsheetApp.getUi().showSidebar(page);
}

/**
 * Builds a plan (JSON of a WorkbookPlan) in new sheets of the open spreadsheet and answers with the
 * sheets and named ranges it made. An invalid plan is refused before anything is written.
 */
export function applyPlan(planJson: string): SheetsApplyResult {
  const plan = JSON.parse(planJson) as WorkbookPlan;
  return applyPlanToSpreadsheet(
    { spreadsheet: SpreadsheetApp.getActive(), app: SpreadsheetApp, charts: Charts },
    plan
  );
}
