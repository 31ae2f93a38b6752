/**
 * A stub `google.script.run` for the sidebar's tests: each call runs the add-on's real server code
 * (src/sheets-addon/server.ts) on the recording fake spreadsheet, given to it as Apps Script's
 * globals SpreadsheetApp and Charts. Like google.script.run it answers later (never in the same
 * turn), carries arguments and answers as JSON (no Dates, no functions, undefined dropped), and
 * hands the failure handler an Error with only the thrown message. Every call is counted.
 */
import * as server from "../../src/sheets-addon/server";
import type { ScriptRun } from "../../src/workbook/google-sheets";
import type { FakeSpreadsheet } from "../gsheets/fake-spreadsheet";

export interface ServerLog {
  /** The server functions called, in order. */
  names: string[];
}

/** Installs the fake as Apps Script's SpreadsheetApp and Charts for the server code. */
export function installFakeServices(fake: FakeSpreadsheet): void {
  const { app, charts } = fake.services();
  const spreadsheetApp = Object.assign(Object.create(app) as object, { getActive: () => fake });
  Object.assign(globalThis, { SpreadsheetApp: spreadsheetApp, Charts: charts });
}

/** Runs one server call as google.script.run would: JSON in, JSON out, a thrown message only. */
export function callServer(name: string, argsJson: string): { value?: unknown; error?: string } {
  const call = (server as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
  if (typeof call !== "function") return { error: `Script function not found: ${name}` };
  try {
    const value = call(...(JSON.parse(argsJson) as unknown[]));
    return { value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** A google.script.run whose calls go to the server code on `fake`; `log.names` counts them. */
export function stubScriptRun(fake: FakeSpreadsheet): { run: () => ScriptRun; log: ServerLog } {
  installFakeServices(fake);
  const log: ServerLog = { names: [] };
  const run = (): ScriptRun => {
    let onSuccess: (value: unknown) => void = () => undefined;
    let onFailure: (error: Error) => void = () => undefined;
    const runner: ScriptRun = new Proxy({} as ScriptRun, {
      get(_, name: string) {
        if (name === "withSuccessHandler")
          return (handler: typeof onSuccess) => ((onSuccess = handler), runner);
        if (name === "withFailureHandler")
          return (handler: typeof onFailure) => ((onFailure = handler), runner);
        return (...args: unknown[]) => {
          log.names.push(name);
          const reply = callServer(name, JSON.stringify(args));
          setTimeout(() =>
            reply.error === undefined ? onSuccess(reply.value) : onFailure(new Error(reply.error))
          );
        };
      },
    });
    return runner;
  };
  return { run, log };
}
