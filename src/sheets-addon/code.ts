/**
 * The entry of Code.js, the Google Sheets add-on's one script file (`npm run build:sheets`).
 *
 * Apps Script calls functions by name, so each must be a top-level function: gas-webpack-plugin
 * turns every `global.NAME = …` below into `function NAME() {}` with its JSDoc, and the bundle then
 * puts the real function in its place. Kinerja's custom functions are added beside these at build
 * time from the JSDoc in src/functions/functions.ts (scripts/sheets-functions-loader.js).
 *
 * The sidebar's server calls go here too: one `global.NAME` each, named as the client calls them
 * (`google.script.run.applyPlan(…)`).
 */
import { applyPlan, onInstall, onOpen, showSidebar } from "./server";

// Apps Script's global object; webpack gives the bundle's own reference to it.
declare const global: Record<string, unknown>;

/**
 * Adds the Extensions › Kinerja menu when a spreadsheet opens.
 */
global.onOpen = onOpen;

/**
 * Adds the menu when the add-on is installed.
 */
global.onInstall = onInstall;

/**
 * Opens the Kinerja sidebar.
 */
global.showSidebar = showSidebar;

/**
 * Builds a Kinerja plan (JSON) in new sheets of this spreadsheet; answers with what it made.
 *
 * @param {string} planJson The workbook plan, as JSON.
 * @return {Object} The sheets and named ranges made, and the sheet activated.
 */
global.applyPlan = applyPlan;
