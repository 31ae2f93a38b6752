/**
 * The fuzz driver (test/helpers/fuzz.ts) at the size CI affords: 500 generated calls per declared
 * function, valid and hostile, made as Excel makes them. `npm run fuzz -- --calls 100000` runs the
 * same calls and more. CI replays the fixed fast-check seed; a local run draws a new one, which a
 * failure names (FC_SEED=… replays it).
 */
import fc from "fast-check";
import { installCustomFunctions } from "../helpers/custom-functions";
import { DeclaredFunction, declaredFunctions, fuzzFunction, jsName } from "../helpers/fuzz";
installCustomFunctions();

import * as xl from "../../src/functions/functions";

let declared: DeclaredFunction[] = [];

beforeAll(async () => {
  declared = await declaredFunctions();
}, 60000);

test("500 calls per function: nothing thrown, no internal error, NaN, malformed result, missing message or call over 50 ms", () => {
  expect(declared.length).toBeGreaterThanOrEqual(18);
  const seed = fc.readConfigureGlobal().seed ?? Date.now() % 2 ** 31;
  const functions = xl as unknown as Record<string, (...args: unknown[]) => unknown>;
  const reports = declared.map((f) =>
    fuzzFunction(f, functions[jsName(f.id)], { calls: 500, seed })
  );
  const failures = reports.flatMap((r) =>
    r.failure ? [`${r.id} (FC_SEED=${seed}): ${r.failure}`] : []
  );
  expect(failures).toEqual([]);
  // Every function was reached past its argument checks at least once: the calls are not all refused.
  for (const r of reports)
    expect([r.id, r.calls, (r.outcomes.values ?? 0) > 0]).toEqual([r.id, 500, true]);
});
