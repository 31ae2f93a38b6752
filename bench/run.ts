/**
 * npm run bench — throughput of the maths core and the size of the functions bundle.
 *
 * - ahpWeights per second (eigen, geomean) for n = 3, 5, 9, 15, beside a mathjs `eigs` reference on
 *   the same matrices (near-consistent ones that eigs converges on);
 * - omaxLevel evaluations per second, in the core and through the Excel adapter;
 * - AHP.UNCERTAINTY: milliseconds for 10,000 seeded Monte-Carlo trials at n = 9 (eigen and geomean);
 * - dist/functions.js minified and gzipped (the production build is made first when missing or stale);
 * - the λmax-optimal completion before and after its Newton method (bench/completion.ts);
 * - the templates' build and write figures;
 * - the audit (npm run cli -- audit) of a 10,000-KPI workbook: reading it within the limits, then
 *   re-performing every Kinerja cell and the formulas around them;
 * - the Google Sheets writer's Apps Script calls per template and for 10 / 100 / 1,000 KPIs (counted
 *   on the recording fake of test/gsheets: each is a call in Apps Script, not a timing);
 * - the Google Sheets add-on: Code.js and Sidebar.html minified and gzipped (npm run build:sheets,
 *   built into a temporary folder), and =OMAX_LEVEL per second through the Sheets adapter;
 * - the pane's bundles and load time (bench/pane.ts).
 * Figures are medians of several timed batches; they vary with the machine, so compare runs on one machine.
 * `npm run bench -- completion pane` runs only the named sections (weights, omax, uncertainty,
 * bundle, completion, templates, audit, sheets, addon, pane).
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { eigs } from "mathjs";
import { auditWorkbook, READ_LIMITS, readWorkbookFile } from "../src/audit";
import { ahpUncertainty, ahpWeights, omaxLevel, pairwiseMatrix } from "../src/core";
import { DEFAULT_OPTIONS, TEMPLATE_IDS, buildPlan } from "../src/templates";
import { applyPlanWithExcel } from "../src/workbook/office-writer";
import { writePlanToXlsx } from "../src/workbook/xlsx-writer";
import { applyPlanToSpreadsheet } from "../src/gsheets";
import type { WorkbookPlan } from "../src/sheet/plan";
import { reportCompletion } from "./completion";
import { reportPane } from "./pane";
import { seededRandom } from "../test/helpers/reference";

const root = path.join(__dirname, "..");

/** Operations per second: the median of `batches` batches of at least `batchMs` each. */
function opsPerSecond(fn: (i: number) => unknown, batches = 5, batchMs = 200): number {
  for (let i = 0; i < 200; i++) fn(i); // warm-up
  const rates: number[] = [];
  for (let b = 0; b < batches; b++) {
    let count = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < batchMs * 1e6) {
      for (let k = 0; k < 50; k++) fn(count++);
      elapsed = Number(process.hrtime.bigint() - start);
    }
    rates.push(count / (elapsed / 1e9));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

/** Near-consistent reciprocal matrices (judgements within ±35% of w_i/w_j) that mathjs eigs converges on. */
function benchMatrices(n: number, count: number): number[][][] {
  const random = seededRandom(1000 + n);
  const found: number[][][] = [];
  for (let attempt = 0; found.length < count && attempt < 2000; attempt++) {
    const w = Array.from({ length: n }, () => 0.1 + random());
    const a = w.map(() => new Array<number>(n).fill(1));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const value = (w[i] / w[j]) * Math.exp((random() - 0.5) * 0.6);
        a[i][j] = value;
        a[j][i] = 1 / value;
      }
    }
    try {
      eigs(a, { eigenvectors: true });
      found.push(a);
    } catch {
      // eigs did not converge on this one; the reference must run on the same matrices, so skip it.
    }
  }
  return found;
}

function format(rate: number): string {
  return Math.round(rate).toLocaleString("en-US").padStart(12);
}

function functionsBundle(): { minified: number; gzipped: number } {
  const bundle = path.join(root, "dist/functions.js");
  const newestSource = Math.max(
    ...["src/core", "src/functions"].flatMap((dir) =>
      fs.readdirSync(path.join(root, dir)).map((f) => fs.statSync(path.join(root, dir, f)).mtimeMs)
    )
  );
  if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newestSource) {
    console.log("(building the production bundle first: npm run build)");
    execSync("npx webpack --mode production", { cwd: root, stdio: "ignore" });
  }
  const code = fs.readFileSync(bundle);
  return { minified: code.length, gzipped: zlib.gzipSync(code, { level: 9 }).length };
}

const sections = process.argv.slice(2);
const wants = (section: string): boolean => sections.length === 0 || sections.includes(section);

async function main(): Promise<void> {
  console.log("Kinerja benchmark — node", process.version);
  if (wants("weights")) weightFigures();
  if (wants("omax")) omaxFigures();
  if (wants("uncertainty")) uncertaintyFigures();
  if (wants("bundle")) {
    const { minified, gzipped } = functionsBundle();
    console.log("\nFunctions bundle (dist/functions.js, production)");
    console.log(
      `  minified ${(minified / 1024).toFixed(1)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB`
    );
  }
  if (wants("completion")) reportCompletion();
  if (wants("templates")) await templateFigures();
  if (wants("audit")) await auditFigures();
  if (wants("sheets")) sheetsWriterCalls();
  if (wants("addon")) await sheetsAddonFigures();
  if (wants("pane")) await reportPane();
}

function weightFigures(): void {
  console.log("\nAHP weights per second (same matrices for all three columns)");
  console.log("   n        eigen      geomean   mathjs eigs   eigen ÷ eigs");
  for (const n of [3, 5, 9, 15]) {
    const matrices = benchMatrices(n, 16);
    const pick = (i: number) => matrices[i % matrices.length];
    const eigen = opsPerSecond((i) => ahpWeights(pick(i), "eigen"));
    const geomean = opsPerSecond((i) => ahpWeights(pick(i), "geomean"));
    const reference = opsPerSecond((i) => eigs(pick(i), { eigenvectors: true }), 3, 200);
    console.log(
      `  ${String(n).padStart(2)} ${format(eigen)} ${format(geomean)} ${format(reference)}   ${(eigen / reference).toFixed(0).padStart(8)}×`
    );
  }
}

function omaxFigures(): void {
  console.log("\nOMAX level evaluations per second");
  const actuals = Array.from({ length: 1024 }, (_, i) => 60 + (i % 45));
  const floor = opsPerSecond((i) => omaxLevel(actuals[i & 1023], 70, 85, 99));
  const interpolate = opsPerSecond((i) =>
    omaxLevel(actuals[i & 1023], 70, 85, 99, 3, "interpolate")
  );
  console.log(`  core omaxLevel, floor        ${format(floor)}`);
  console.log(`  core omaxLevel, interpolate  ${format(interpolate)}`);
  // Through the Excel adapter, as Excel calls =OMAX.LEVEL(B2, C2, D2, E2) for one cell.
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: class {
      constructor(
        public code: string,
        public message?: string
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    associate: () => undefined,
  };

  const xl = require("../src/functions/functions");
  const cells = actuals.map((a) => [[a]]);
  const adapter = opsPerSecond((i) => xl.OMAX_LEVEL(cells[i & 1023], [[70]], [[85]], [[99]]));
  console.log(`  =OMAX.LEVEL (Excel adapter)  ${format(adapter)}`);
}

function uncertaintyFigures(): void {
  console.log("\nMonte-Carlo uncertainty, 10,000 trials, n = 9 (median of 5 runs)");
  const nine = pairwiseMatrix(benchMatrices(9, 1)[0]);
  for (const method of ["eigen", "geomean"] as const) {
    const times: number[] = [];
    for (let run = 0; run < 6; run++) {
      const started = process.hrtime.bigint();
      ahpUncertainty(nine, { trials: 10000, seed: run, method });
      if (run > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${method.padEnd(8)} ${times[2].toFixed(0).padStart(6)} ms`);
  }
}

/** The audit of a 10,000-KPI workbook: read and audit times (medians of three), and what it holds. */
async function auditFigures(): Promise<void> {
  const kpis = 10_000;
  const { kinerjaScorecardPlan } =
    require("../test/audit/kinerja-plan") as typeof import("../test/audit/kinerja-plan");
  console.log(`\nAudit of a ${kpis.toLocaleString("en-US")}-KPI workbook (npm run cli -- audit)`);
  const writeStart = process.hrtime.bigint();
  const file = await writePlanToXlsx(kinerjaScorecardPlan(kpis));
  const writeMs = Number(process.hrtime.bigint() - writeStart) / 1e6;
  const reads: number[] = [];
  const audits: number[] = [];
  let report: ReturnType<typeof auditWorkbook> | null = null;
  let cells = 0;
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    const workbook = readWorkbookFile(file, READ_LIMITS);
    const read = process.hrtime.bigint();
    report = auditWorkbook(workbook);
    reads.push(Number(read - started) / 1e6);
    audits.push(Number(process.hrtime.bigint() - read) / 1e6);
    cells = workbook.sheets.reduce((n, sheet) => n + sheet.cells.size, 0);
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[1];
  const r = report!;
  console.log(
    `  file ${(file.length / 2 ** 20).toFixed(1)} MiB, ${cells.toLocaleString("en-US")} cells (written by the .xlsx writer in ${(writeMs / 1000).toFixed(1)} s)`
  );
  console.log(
    `  ${r.kinerjaCells.toLocaleString("en-US")} Kinerja cells (${r.values.toLocaleString("en-US")} values) and ${r.otherFormulas.toLocaleString("en-US")} other formulas re-performed; ${r.findings.length} findings`
  );
  console.log(
    `  read ${median(reads).toFixed(0)} ms + audit ${median(audits).toFixed(0)} ms = ${(median(reads) + median(audits)).toFixed(0)} ms`
  );
}

/** Each template's example plan: build time, size, the .xlsx writer's time and the Office.js writer's round trips. */
async function templateFigures(): Promise<void> {
  console.log("\nTemplates (example, monthly, Indonesian)");
  console.log("  template   build ms  sheets  formulas  Office.js syncs  .xlsx KiB  .xlsx ms");

  const { FakeExcel } =
    require("../test/workbook/fake-excel") as typeof import("../test/workbook/fake-excel");
  for (const id of TEMPLATE_IDS) {
    const options = { ...DEFAULT_OPTIONS, example: true, lang: "id" as const, year: 2026 };
    const started = process.hrtime.bigint();
    const plan = buildPlan(id, options);
    const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
    const excel = new FakeExcel();
    await applyPlanWithExcel(excel.context, plan);
    const xlsxStart = process.hrtime.bigint();
    const file = await writePlanToXlsx(plan);
    const xlsxMs = Number(process.hrtime.bigint() - xlsxStart) / 1e6;
    const formulas = plan.sheets.reduce((n, s) => n + s.cells.filter((c) => c.formula).length, 0);
    console.log(
      `  ${id.padEnd(8)} ${buildMs.toFixed(1).padStart(9)} ${String(plan.sheets.length).padStart(7)} ` +
        `${String(formulas).padStart(9)} ${String(excel.syncs).padStart(16)} ` +
        `${(file.length / 1024).toFixed(0).padStart(10)} ${xlsxMs.toFixed(0).padStart(9)}`
    );
  }
}

/** The Google Sheets project's files, and the cost of the Sheets adapter on the hot path. */
async function sheetsAddonFigures(): Promise<void> {
  const { buildSheets } =
    require("../test/helpers/sheets-build") as typeof import("../test/helpers/sheets-build");
  const { declaredFunctions } =
    require("../test/helpers/sheets-calls") as typeof import("../test/helpers/sheets-calls");
  const { sheetsFunction } =
    require("../src/functions/sheets-adapter") as typeof import("../src/functions/sheets-adapter");
  console.log("\nGoogle Sheets add-on (npm run build:sheets)");
  const dir = buildSheets();
  for (const file of ["Code.js", "Sidebar.html"]) {
    const code = fs.readFileSync(path.join(dir, file));
    const gzipped = zlib.gzipSync(code, { level: 9 }).length;
    console.log(
      `  ${file.padEnd(13)} minified ${(code.length / 1024).toFixed(1)} KiB, gzipped ${(gzipped / 1024).toFixed(1)} KiB`
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
  // As Sheets calls =OMAX_LEVEL(M7, F7, G7, H7) for one cell: plain values, no invocation object.
  const f = (await declaredFunctions()).find((d) => d.id === "OMAX.LEVEL")!;
  const xl = require("../src/functions/functions");
  const level = sheetsFunction(f.id, f.sheetsName, xl.OMAX_LEVEL, f.parameters);
  const actuals = Array.from({ length: 1024 }, (_, i) => 60 + (i % 45));
  const rate = opsPerSecond((i) => level(actuals[i & 1023], 70, 85, 99));
  console.log(`  =OMAX_LEVEL (Sheets adapter) ${format(rate)} /s`);
}

/** Apps Script calls the Google Sheets writer makes, counted on the recording fake. */
function sheetsWriterCalls(): void {
  const { FakeSpreadsheet } =
    require("../test/gsheets/fake-spreadsheet") as typeof import("../test/gsheets/fake-spreadsheet");
  const { syntheticPlan } =
    require("../test/workbook/synthetic-plan") as typeof import("../test/workbook/synthetic-plan");
  const count = (plan: WorkbookPlan) => {
    const fake = new FakeSpreadsheet();
    applyPlanToSpreadsheet(fake.services(), plan);
    const writes = fake.calls.filter((c) => /^set(Values|Notes)$/.test(c.method)).length;
    return { calls: fake.calls.length, writes };
  };
  console.log(
    "\nGoogle Sheets writer: Apps Script calls (all of them; setValues/setNotes among them)"
  );
  console.log("  template   example  blank   (monthly, Indonesian)");
  for (const id of TEMPLATE_IDS) {
    const [example, blank] = [true, false].map((example) =>
      count(buildPlan(id, { ...DEFAULT_OPTIONS, example, lang: "id", year: 2026 }))
    );
    console.log(
      `  ${id.padEnd(8)} ${`${example.calls} (${example.writes})`.padStart(9)} ${`${blank.calls} (${blank.writes})`.padStart(9)}`
    );
  }
  const synthetic = [10, 100, 1000].map(
    (kpis) => `${kpis} KPIs: ${count(syntheticPlan(kpis)).calls}`
  );
  console.log(`  synthetic plan  ${synthetic.join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
