/// <reference types="google-apps-script" />
/**
 * The add-on's server side in Apps Script: the Extensions › Kinerja menu, the sidebar, and the calls
 * the sidebar makes with `google.script.run` — one per pane action, each the whole action (a Build
 * sends the whole plan and the answer says what was made). What each call does is in
 * src/gsheets/sidebar-calls.ts, on the services handed in here; the sidebar's client side is
 * src/workbook/google-sheets.ts.
 *
 * The sidebar is the one self-contained HTML file the Sheets build makes of the pane
 * (dist-sheets/Sidebar.html, the SIDEBAR_FILE HtmlService serves). A new server call is an export
 * here and one `global.NAME = NAME` in code.ts.
 *
 * Nothing here runs when the script loads (a custom function loads the whole script on every call):
 * each function touches Apps Script's services only when it is called.
 */
import type { SheetsServices } from "../gsheets";
import * as calls from "../gsheets/sidebar-calls";
import type { CellChange } from "../sheet/snapshot";
import type { CellBlock } from "../workbook/port";
import type { SidebarCalls } from "../workbook/sheets-calls";

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

/** The open spreadsheet and the services the calls use. */
function services(): SheetsServices {
  return { spreadsheet: SpreadsheetApp.getActive(), app: SpreadsheetApp, charts: Charts };
}

/**
 * Builds a plan (JSON of a WorkbookPlan) in new sheets of the open spreadsheet and answers with the
 * sheets and named ranges it made. An invalid plan is refused before anything is written; a build
 * that fails part-way is taken out again (the sheets and names it added).
 */
export function applyPlan(planJson: string) {
  return calls.applyPlan(services(), planJson);
}

export function listSheets() {
  return calls.listSheets(services());
}

export function readSheet(name: string) {
  return calls.readSheet(services(), name);
}

export function readSheets() {
  return calls.readSheets(services());
}

export function readSheetHeads(rows: number) {
  return calls.readSheetHeads(services(), rows);
}

export function getSelection() {
  return calls.getSelection(services());
}

export function insertAtSelection(block: CellBlock) {
  return calls.insertAtSelection(services(), block);
}

export function insertAt(sheet: string, address: string, block: CellBlock) {
  return calls.insertAt(services(), sheet, address, block);
}

export function readCellContext() {
  return calls.readCellContext(services());
}

export function replaceCells(sheet: string, changes: CellChange[]) {
  return calls.replaceCells(services(), sheet, changes);
}

export function replaceCellsOnSheets(changes: { sheet: string; changes: CellChange[] }[]) {
  return calls.replaceCellsOnSheets(services(), changes);
}

export function goTo(sheet: string, address: string) {
  return calls.goTo(services(), sheet, address);
}

export function loadPaneState(key: string) {
  return calls.loadPaneState(services(), key);
}

export function savePaneState(key: string, text: string | null) {
  return calls.savePaneState(services(), key, text);
}

/** `Real` when it has every call of `Calls` with compatible types; a type error otherwise. */
type Fits<Real extends Calls, Calls> = Real;

/** The compiler's proof that this module answers every call the sidebar makes (sheets-calls.ts). */
export type ServerFits = Fits<typeof import("./server"), SidebarCalls>;
