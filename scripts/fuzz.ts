/**
 * npm run fuzz — every custom function under generated and hostile calls (test/helpers/fuzz.ts).
 *
 *   npm run fuzz                              500 calls per function, a new seed (printed)
 *   npm run fuzz -- --calls 100000 --seed 7   100,000 calls per function, replaying seed 7
 *   npm run fuzz -- --function AHP.COMPLETE   one function (its calls are those of a full run)
 *   npm run fuzz -- --json                    the reports as JSON on the last line (for the test)
 *
 * Prints calls, time and outcomes per function; on a failure, the shrunk call and how to replay it,
 * and exits with status 1.
 */
import { installCustomFunctions } from "../test/helpers/custom-functions";
import { FuzzReport, UNTIMED, declaredFunctions, fuzzFunction, jsName } from "../test/helpers/fuzz";

installCustomFunctions();
// The functions no template writes answer Excel with a Promise from functions.ts, which loads their
// bodies (on-demand.ts) on the first call and passes the arguments through: the bodies are what is
// fuzzed, synchronously, so that each call is timed on its own (test/functions/on-demand.test.ts
// holds each wrapper to its body).
const xl = {
  ...require("../src/functions/functions"),
  ...require("../src/functions/on-demand"),
} as Record<string, (...args: unknown[]) => unknown>;

function option(name: string): string | undefined {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? process.argv[k + 1] : undefined;
}

function wholeNumber(name: string, fallback: number): number {
  const text = option(name);
  if (text === undefined) return fallback;
  const value = Number(text.replace(/[_,]/g, ""));
  if (!Number.isInteger(value)) throw new Error(`--${name} must be a whole number, got ${text}`);
  return value;
}

async function main(): Promise<void> {
  const calls = wholeNumber("calls", 500);
  const seed = wholeNumber("seed", Date.now() % 2 ** 31);
  const only = option("function");
  const declared = (await declaredFunctions()).filter((f) => !only || f.id === only);
  const reports: FuzzReport[] = [];
  if (declared.length === 0) throw new Error(`no declared function is called ${only}`);
  console.log(
    `Fuzzing ${declared.length} functions, ${calls.toLocaleString("en-US")} calls each, seed ${seed}\n`
  );
  const kinds = ["values", "values and errors", "#VALUE!", "#N/A", "#DIV/0!"];
  console.log(
    `  ${"function".padEnd(16)} ${"calls".padStart(8)} ${"s".padStart(6)} ${"slowest ms".padStart(10)} ` +
      kinds.map((k) => k.padStart(k.length > 8 ? k.length : 8)).join(" ")
  );
  const totals: Record<string, number> = {};
  const failures: string[] = [];
  let allCalls = 0;
  const started = Date.now();
  for (const f of declared) {
    const report = fuzzFunction(f, xl[jsName(f.id)], { calls, seed });
    reports.push(report);
    allCalls += report.calls;
    for (const [kind, n] of Object.entries(report.outcomes)) totals[kind] = (totals[kind] ?? 0) + n;
    const unknown = Object.keys(report.outcomes).filter((k) => !kinds.includes(k));
    console.log(
      `  ${f.id.padEnd(16)} ${String(report.calls).padStart(8)} ${(report.totalMs / 1000).toFixed(1).padStart(6)} ` +
        `${report.slowestMs.toFixed(1).padStart(10)} ` +
        kinds
          .map((k) => String(report.outcomes[k] ?? 0).padStart(k.length > 8 ? k.length : 8))
          .join(" ") +
        (unknown.length ? `  (${unknown.map((k) => `${k} ${report.outcomes[k]}`).join(", ")})` : "")
    );
    if (report.failure)
      failures.push(
        `${f.id}: ${report.failure}\n  replay: npm run fuzz -- --calls ${calls} --seed ${seed} --function ${f.id}`
      );
  }
  console.log(
    `\n  all ${allCalls.toLocaleString("en-US")} calls in ${((Date.now() - started) / 1000).toFixed(0)} s: ` +
      Object.entries(totals)
        .map(([kind, n]) => `${kind} ${n.toLocaleString("en-US")}`)
        .join(", ")
  );
  for (const [id, why] of Object.entries(UNTIMED)) console.log(`  not timed: ${id} (${why})`);
  if (failures.length > 0) {
    console.log(`\n${failures.length} function(s) failed:\n\n${failures.join("\n\n")}`);
    process.exitCode = 1;
  }
  if (process.argv.includes("--json")) console.log(JSON.stringify({ seed, reports }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
