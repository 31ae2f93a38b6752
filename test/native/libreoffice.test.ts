/**
 * LibreOffice recalculates the native version of every template — example and blank, Bahasa
 * Indonesia and English, monthly, quarterly and yearly: 48 workbooks and the function cases, in one
 * LibreOffice run (starting soffice costs seconds, a workbook well under one). The monthly templates
 * and the function cases come with their Audit sheet (src/native/audit-sheet.ts; the quarterly and
 * yearly ones call the same functions, on more cells), the native version of the workbook the pane's
 * "Add audit sheet" makes: its "returned" column then reads native cells LibreOffice computes (with
 * Kinerja's functions it would read #NAME? there), and its re-performed column is checked too. And
 *   - every cell that held a Kinerja function comes out as that function's value (the Kinerja version
 *     of the plan evaluated with src/core), numbers within 1e-9 (relative above 1);
 *   - every native formula, steps included, comes out as the value the writer stored (the plan
 *     evaluator), so the evaluator and a real spreadsheet agree on every formula the generator writes;
 *   - no cell shows #NAME?, and no cell shows an error where the Kinerja version shows none;
 *   - on the Audit sheet every re-performed value is the core's value for its cell, every row
 *     agrees, and the traffic light is GREEN.
 *
 * Skipped, with a message, where LibreOffice is not installed locally; under CI it must be there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { formulaParts, isErrorValue, type CellResult } from "../../src/formula";
import {
  isKinerjaFunction,
  nativePlanWithReport,
  withAuditSheet,
  type AuditSheet,
} from "../../src/native";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { writePlanToXlsxWithNames } from "../../src/workbook/xlsx-writer";
import { convertManyWithLibreOffice, describeWithLibreOffice } from "../helpers/libreoffice";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";
import { readStoredCells, type StoredCell, type StoredValue } from "../helpers/xlsx-values";
import { FUNCTION_CASES } from "./cases";
import { eachFormulaCell, sameResult } from "./sheets";

type Cells = Map<string, Map<string, StoredCell>>;

/** A stored value as the evaluator's result type ({ error } keeps its code). */
function asResult(value: StoredValue | undefined): CellResult {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object") return { error: value.error as never };
  return value;
}

interface Prepared {
  label: string;
  kinerjaPlan: WorkbookPlan;
  nativePlan: WorkbookPlan;
  /** Plan key → the sheet's name in the file. */
  names: Map<string, string>;
  stored: Cells;
  input: string;
  reperformed: number;
  audit: AuditSheet | null;
}

interface Outcome {
  reperformed: number;
  /** The largest |Kinerja − LibreOffice|, divided by |Kinerja| where that is above 1. */
  largest: number;
  nativeCells: number;
  /** Rows of the Audit sheet, and the largest |difference| LibreOffice computed there. */
  auditRows: number;
  auditLargest: number;
  problems: string[];
}

function compare(p: Prepared, recalculated: Cells): Outcome {
  const outcome: Outcome = {
    reperformed: 0,
    largest: 0,
    nativeCells: 0,
    auditRows: 0,
    auditLargest: 0,
    problems: [],
  };
  const lo = (key: string, address: string) =>
    asResult(recalculated.get(p.names.get(key) as string)?.get(address)?.value);
  const kinerja = evaluatePlan(p.kinerjaPlan);
  const kinerjaValue = new Map<string, CellResult>();

  // Each cell that held a Kinerja function: LibreOffice's value is the function's.
  eachFormulaCell(p.kinerjaPlan, (sheet, address, cell) => {
    const expected = kinerja.value(sheet, address);
    kinerjaValue.set(`${sheet}!${address}`, expected);
    if (!formulaParts(cell.formula as string).calls.some(isKinerjaFunction)) return;
    const got = lo(sheet, address);
    outcome.reperformed++;
    if (typeof expected === "number" && typeof got === "number")
      outcome.largest = Math.max(
        outcome.largest,
        Math.abs(expected - got) / Math.max(1, Math.abs(expected))
      );
    if (!sameResult(expected, got))
      outcome.problems.push(
        `${sheet}!${address}: Kinerja ${JSON.stringify(expected)}, LibreOffice ${JSON.stringify(got)}`
      );
  });

  // Every native formula as the writer stored it; no #NAME?, no error the Kinerja version lacks.
  for (const sheet of p.nativePlan.sheets) {
    const name = p.names.get(sheet.key) as string;
    for (const [address, stored] of p.stored.get(name) ?? []) {
      const got = lo(sheet.key, address);
      if (stored.formula !== undefined) {
        outcome.nativeCells++;
        if (!sameResult(asResult(stored.value), got))
          outcome.problems.push(
            `${name}!${address} =${stored.formula}: stored ${JSON.stringify(stored.value)}, LibreOffice ${JSON.stringify(got)}`
          );
      }
      if (isErrorValue(got)) {
        const before = kinerjaValue.get(`${sheet.key}!${address}`);
        if (got.error === "#NAME?" || !isErrorValue(before))
          outcome.problems.push(
            `${name}!${address}: LibreOffice shows ${got.error}, the Kinerja version ${JSON.stringify(before ?? null)}`
          );
      }
    }
  }
  if (p.audit) checkAudit(p.audit, p.kinerjaPlan.lang, kinerja, lo, outcome);
  return outcome;
}

/** The Audit sheet as LibreOffice computed it: the core's values, every row agreeing, GREEN. */
function checkAudit(
  audit: AuditSheet,
  lang: "id" | "en",
  kinerja: ReturnType<typeof evaluatePlan>,
  lo: (key: string, address: string) => CellResult,
  outcome: Outcome
): void {
  const key = audit.sheet.key;
  const agrees = lang === "id" ? "cocok" : "agrees";
  for (const row of audit.rows) {
    outcome.auditRows++;
    const core = kinerja.value(row.sheet, row.address);
    const native = lo(key, row.native);
    if (!sameResult(core, native))
      outcome.problems.push(
        `Audit ${row.native} (${row.sheet}!${row.address}): core ${JSON.stringify(core)}, LibreOffice ${JSON.stringify(native)}`
      );
    if (lo(key, row.result) !== agrees)
      outcome.problems.push(`Audit ${row.result}: ${JSON.stringify(lo(key, row.result))}`);
  }
  const largest = lo(key, audit.summary.largest);
  if (typeof largest === "number") outcome.auditLargest = largest;
  else outcome.problems.push(`Audit ${audit.summary.largest}: ${JSON.stringify(largest)}`);
  if (lo(key, audit.summary.light) !== "GREEN")
    outcome.problems.push(`Audit light: ${JSON.stringify(lo(key, audit.summary.light))}`);
}

type Variant = (typeof TEMPLATE_VARIANTS)[number];

const labelOf = (v: Variant) => `${v.id}-${v.example ? "example" : "blank"}-${v.lang}-${v.periods}`;

const VARIANTS: readonly Variant[] = TEMPLATE_VARIANTS;

describeWithLibreOffice(
  "LibreOffice recalculates every native template to Kinerja's values",
  "LibreOffice checks of the native templates",
  () => {
    let dir: string;
    const outcomes = new Map<string, Outcome>();
    let seconds = 0;

    beforeAll(async () => {
      const started = Date.now();
      dir = mkdtempSync(join(tmpdir(), "kinerja-native-lo-"));
      const prepared: Prepared[] = [];
      for (const v of VARIANTS) {
        const template = buildPlan(v.id, { ...DEFAULT_OPTIONS, ...v, year: 2026 });
        const { plan: kinerjaPlan, audit } =
          v.periods === "monthly" ? withAuditSheet(template) : { plan: template, audit: null };
        const { plan, report } = nativePlanWithReport(kinerjaPlan);
        const { buffer, sheets } = await writePlanToXlsxWithNames(plan);
        const input = join(dir, `${labelOf(v)}.xlsx`);
        writeFileSync(input, buffer);
        prepared.push({
          label: labelOf(v),
          kinerjaPlan,
          nativePlan: plan,
          names: new Map(sheets.map((s) => [s.key, s.name])),
          stored: await readStoredCells(buffer),
          input,
          reperformed: report.results,
          audit,
        });
      }
      // And the calls the templates do not make: every level mode, every AHP method, the checks' edges.
      const withAudit = withAuditSheet(FUNCTION_CASES);
      const cases = nativePlanWithReport(withAudit.plan);
      const written = await writePlanToXlsxWithNames(cases.plan);
      const casesInput = join(dir, "functions.xlsx");
      writeFileSync(casesInput, written.buffer);
      prepared.push({
        label: "functions",
        kinerjaPlan: withAudit.plan,
        nativePlan: cases.plan,
        names: new Map(written.sheets.map((s) => [s.key, s.name])),
        stored: await readStoredCells(written.buffer),
        input: casesInput,
        reperformed: 0,
        audit: withAudit.audit,
      });
      const converted = convertManyWithLibreOffice(
        prepared.map((p) => p.input),
        "xlsx",
        join(dir, "recalculated")
      );
      for (const [k, p] of prepared.entries())
        outcomes.set(p.label, compare(p, await readStoredCells(readFileSync(converted[k]))));
      seconds = (Date.now() - started) / 1000;
    }, 600_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (outcomes.size === 0) return;
      const lines = [...outcomes].map(
        ([label, o]) =>
          `  ${label}: ${o.reperformed} Kinerja cells re-performed (largest difference ${o.largest.toExponential(1)}, relative above 1), ${o.nativeCells} native formulas recalculated; Audit sheet ${o.auditRows} rows, largest |difference| ${o.auditLargest.toExponential(1)}`
      );
      console.log(
        `Native templates through LibreOffice in ${seconds.toFixed(1)} s:\n${lines.join("\n")}`
      );
    });

    test("every level mode, AHP method and KPI check outside the templates", () => {
      const outcome = outcomes.get("functions") as Outcome;
      expect(outcome.problems.slice(0, 20)).toEqual([]);
      expect(outcome.reperformed).toBeGreaterThan(400);
      expect(outcome.auditRows).toBe(outcome.reperformed);
      expect(outcome.largest).toBeLessThan(1e-9);
    });

    test.each(VARIANTS.map(labelOf))("%s", (label) => {
      const outcome = outcomes.get(label) as Outcome;
      expect(outcome.problems.slice(0, 20)).toEqual([]);
      expect(outcome.reperformed).toBeGreaterThan(10);
      expect(outcome.largest).toBeLessThan(1e-9);
      if (label.includes("monthly")) expect(outcome.auditRows).toBe(outcome.reperformed);
      expect(outcome.auditLargest).toBeLessThanOrEqual(1e-9);
    });
  }
);
