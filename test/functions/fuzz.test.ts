/**
 * The fuzz driver (test/helpers/fuzz.ts) at the size CI affords: `npm run fuzz` with 500 generated
 * calls per declared function, valid and hostile, made as Excel makes them. It runs in a node
 * process of its own, as the functions run in Excel's JavaScript runtime: jest's module sandbox
 * makes numeric code several times slower, which would distort the 50 ms budget per call.
 * CI replays the fixed fast-check seed; a local run draws a new one, which a failure names
 * (FC_SEED=… replays it).
 */
import { spawnSync } from "child_process";
import * as path from "path";
import fc from "fast-check";
import type { FuzzReport } from "../helpers/fuzz";

const CALLS = 500;

test(`${CALLS} calls per function: nothing thrown, no internal error, NaN, malformed result, missing message or call over 50 ms`, () => {
  const seed = fc.readConfigureGlobal().seed ?? Date.now() % 2 ** 31;
  const run = spawnSync(
    process.execPath,
    [
      "-r",
      "ts-node/register",
      "scripts/fuzz.ts",
      "--calls",
      String(CALLS),
      "--seed",
      String(seed),
      "--json",
    ],
    { cwd: path.join(__dirname, "../.."), encoding: "utf8" }
  );
  const lines = run.stdout.trim().split("\n");
  const failed = run.status !== 0 ? `${run.stdout}\n${run.stderr}\n(FC_SEED=${seed})` : "";
  expect(failed).toBe("");
  const { reports } = JSON.parse(lines[lines.length - 1]) as { reports: FuzzReport[] };
  expect(reports.length).toBeGreaterThanOrEqual(18);
  // Every function computed something: the generated calls are not all refused at the door.
  for (const r of reports) {
    const computed = (r.outcomes["values"] ?? 0) + (r.outcomes["values and errors"] ?? 0);
    expect([r.id, r.calls, computed > 0]).toEqual([r.id, CALLS, true]);
  }
}, 300000);
