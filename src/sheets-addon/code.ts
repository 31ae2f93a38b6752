/**
 * The entry of Code.js, the Google Sheets add-on's one script file (`npm run build:sheets`).
 *
 * Apps Script calls functions by name, so each must be a top-level function: gas-webpack-plugin
 * turns every `global.NAME = …` below into `function NAME() {}` with its JSDoc, and the bundle then
 * puts the real function in its place. Kinerja's custom functions are added beside these at build
 * time from the JSDoc in src/functions/functions.ts (scripts/sheets-functions-loader.js).
 *
 * The sidebar's server calls go here too: one `global.NAME` each, named as the client calls them
 * (`google.script.run.applyPlan(…)`; src/workbook/google-sheets.ts).
 */
import * as server from "./server";

// Apps Script's global object; webpack gives the bundle's own reference to it.
declare const global: Record<string, unknown>;

/**
 * Adds the Extensions › Kinerja menu when a spreadsheet opens.
 */
global.onOpen = server.onOpen;

/**
 * Adds the menu when the add-on is installed.
 */
global.onInstall = server.onInstall;

/**
 * Opens the Kinerja sidebar.
 */
global.showSidebar = server.showSidebar;

/**
 * Sidebar: builds a Kinerja plan (JSON) in new sheets of this spreadsheet; answers with what it made.
 */
global.applyPlan = server.applyPlan;

/**
 * Sidebar: the sheets' names in tab order.
 */
global.listSheets = server.listSheets;

/**
 * Sidebar: one sheet's used range, values and formulas.
 */
global.readSheet = server.readSheet;

/**
 * Sidebar: every sheet's used range (what the checker reads).
 */
global.readSheets = server.readSheets;

/**
 * Sidebar: every sheet's first rows (finding the KPI registers).
 */
global.readSheetHeads = server.readSheetHeads;

/**
 * Sidebar: the selected range, with its values.
 */
global.getSelection = server.getSelection;

/**
 * Sidebar: writes a block from the selected cell, if its cells are empty.
 */
global.insertAtSelection = server.insertAtSelection;

/**
 * Sidebar: writes a block from a given cell, if its cells are empty.
 */
global.insertAt = server.insertAt;

/**
 * Sidebar: the selected cell, its formula and the values it reads.
 */
global.readCellContext = server.readCellContext;

/**
 * Sidebar: changes cells that still hold what the pane read.
 */
global.replaceCells = server.replaceCells;

/**
 * Sidebar: changes cells on several sheets, all or none.
 */
global.replaceCellsOnSheets = server.replaceCellsOnSheets;

/**
 * Sidebar: selects a cell.
 */
global.goTo = server.goTo;

/**
 * Sidebar: the pane's text kept with the spreadsheet.
 */
global.loadPaneState = server.loadPaneState;

/**
 * Sidebar: keeps the pane's text with the spreadsheet.
 */
global.savePaneState = server.savePaneState;
