/**
 * The Audit sheet (src/native/audit-sheet.ts) evaluated in the plan evaluator, Kinerja's functions
 * computed by src/core: on every template (example and blank, both languages) each listed cell's
 * native re-performance equals the value Kinerja's function gives for that cell, the differences are
 * within 1e-9, every row agrees and the summary says so; a cell holding a wrong value, a cell Kinerja
 * did not compute and a call with no native re-performance are each named. The LibreOffice check of
 * the same sheets is in test/native/libreoffice.test.ts.
 */
import { isErrorValue, type CellResult } from "../../src/formula";
import { nativePlanWithReport } from "../../src/native";
import { auditSheet, withAuditSheet } from "../../src/native/audit-sheet";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";
import { planOf, sameResult } from "./sheets";

const OK = { id: "cocok", en: "agrees" };

const label = (v: (typeof TEMPLATE_VARIANTS)[number]) =>
  `${v.id} ${v.example ? "example" : "blank"} ${v.lang}`;

describe.each(
  TEMPLATE_VARIANTS.filter((v) => v.periods === "monthly").map((v) => [label(v), v] as const)
)("%s with an Audit sheet", (_, variant) => {
  const kinerjaPlan = buildPlan(variant.id, { ...DEFAULT_OPTIONS, ...variant, year: 2026 });
  const { plan, audit } = withAuditSheet(kinerjaPlan);
  const values = evaluatePlan(plan);
  const onAudit = (address: string) => values.value(audit.sheet.key, address);

  test("every cell Kinerja fills is listed, re-performed to the core's value, and agrees to 1e-9", () => {
    // As many rows as the native version replaces Kinerja cells (spilled cells one by one).
    const { report } = nativePlanWithReport(kinerjaPlan);
    expect(audit.rows).toHaveLength(report.results);
    const problems: string[] = [];
    let largest = 0;
    for (const row of audit.rows) {
      const core = values.value(row.sheet, row.address);
      const native = onAudit(row.native);
      if (!sameResult(core, native))
        problems.push(`${row.sheet}!${row.address}: core ${show(core)}, native ${show(native)}`);
      const difference = onAudit(row.difference);
      if (typeof difference === "number") largest = Math.max(largest, Math.abs(difference));
      else if (difference !== "")
        problems.push(`${row.difference}: difference ${show(difference)}`);
      if (onAudit(row.result) !== OK[variant.lang])
        problems.push(`${row.result}: ${show(onAudit(row.result))}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(largest).toBeLessThanOrEqual(1e-9);
    expect(onAudit(audit.summary.checked)).toBe(report.results);
    expect(onAudit(audit.summary.agree)).toBe(report.results);
    expect(onAudit(audit.summary.differ)).toBe(0);
    expect(onAudit(audit.summary.largest)).toBeCloseTo(largest, 15);
    expect(onAudit(audit.summary.light)).toBe("GREEN");
  });

  test("adding it changes no other sheet; it is a new sheet after them", () => {
    expect(plan.sheets.slice(0, -1)).toEqual(kinerjaPlan.sheets);
    expect(plan.sheets.at(-1)?.name).toBe("Audit");
  });
});

/** A KPI register of three rows: achievement and traffic light per row, weights checked. */
function register(sheetName = "KPIs"): WorkbookPlan {
  const plan = planOf({
    s: {
      A1: 80,
      B1: 100,
      C1: "=KPI.ACHIEVEMENT(A1,B1)",
      D1: "=TRAFFIC(C1)",
      A2: 120,
      B2: 100,
      C2: "=KPI.ACHIEVEMENT(A2,B2)",
      D2: "=TRAFFIC(C2)",
      E1: 0.5,
      E2: 0.5,
      F1: "=KPI.WEIGHTCHECK(E1:E2)",
    },
  });
  plan.sheets[0].name = sheetName;
  return plan;
}

/** The plan's audited cells with `change` applied afterwards (the audit sheet kept as built). */
function changed(plan: WorkbookPlan, change: Record<string, string | number>): WorkbookPlan {
  const [sheet, ...rest] = plan.sheets;
  const cells = sheet.cells.map((cell) => {
    if (!(cell.address in change)) return cell;
    const to = change[cell.address];
    return typeof to === "string" && to.startsWith("=")
      ? { address: cell.address, formula: to }
      : { address: cell.address, value: to };
  });
  return { ...plan, sheets: [{ ...sheet, cells }, ...rest] };
}

describe("the Audit sheet of a small register", () => {
  const { plan, audit } = withAuditSheet(register());
  const rowOf = (address: string) => audit.rows.find((r) => r.address === address)!;

  test("lists each Kinerja cell with a link, its formula and the returned value, live", () => {
    const sheet = audit.sheet;
    const cell = (address: string) => sheet.cells.find((c) => c.address === address);
    const row = rowOf("C1");
    const link = row.returned.replace(/^C/, "A");
    expect(cell(link)?.formula).toBe(`=HYPERLINK("#'KPIs'!C1","KPIs!C1")`);
    expect(cell(row.returned.replace(/^C/, "B"))?.value).toBe("=KPI.ACHIEVEMENT(A1,B1)");
    expect(cell(row.returned)?.formula).toBe('=IF(ISBLANK(«s»!C1),"",«s»!C1)');
    // The native side reads the inputs themselves, with no Kinerja function.
    expect(cell(row.native)?.formula).not.toMatch(/KPI\.|TRAFFIC/);
    expect(audit.rows.map((r) => r.address)).toEqual(["C1", "D1", "F1", "C2", "D2"]);
  });

  test("it follows a changed input: 80 → 97 makes the achievement 0.97 and the light YELLOW on both sides", () => {
    const values = evaluatePlan(changed(plan, { A1: 97 }));
    const v = (address: string) => values.value(audit.sheet.key, address);
    expect(v(rowOf("C1").returned)).toBeCloseTo(0.97, 12);
    expect(v(rowOf("C1").native)).toBeCloseTo(0.97, 12);
    expect(v(rowOf("D1").native)).toBe("YELLOW");
    expect(v(audit.summary.light)).toBe("GREEN");
  });

  test("a Kinerja cell holding a wrong number differs: RED, one cell, its difference shown", () => {
    const values = evaluatePlan(changed(plan, { C2: 1.25 }));
    const v = (address: string) => values.value(audit.sheet.key, address);
    expect(v(rowOf("C2").result)).toBe("differs");
    expect(v(rowOf("C2").difference)).toBeCloseTo(0.05, 12);
    expect(v(audit.summary.differ)).toBe(1);
    expect(v(audit.summary.largest)).toBeCloseTo(0.05, 12);
    expect(v(audit.summary.light)).toBe("RED");
  });

  test("a Kinerja cell that shows #NAME? (no add-in) is not computed: YELLOW", () => {
    const values = evaluatePlan(changed(plan, { D1: "=NOSUCH.FUNCTION(C1)" }));
    const v = (address: string) => values.value(audit.sheet.key, address);
    expect(isErrorValue(v(rowOf("D1").returned))).toBe(true);
    expect(v(rowOf("D1").native)).toBe("RED");
    expect(v(rowOf("D1").result)).toBe("not computed");
    expect(v(audit.summary.notComputed)).toBe(1);
    expect(v(audit.summary.differ)).toBe(0);
    expect(v(audit.summary.light)).toBe("YELLOW");
  });

  test("errors of one kind agree: a blank actual is #N/A on both sides", () => {
    const values = evaluatePlan(changed(plan, { A2: "" }));
    const v = (address: string) => values.value(audit.sheet.key, address);
    expect(v(rowOf("C2").returned)).toMatchObject({ error: "#N/A" });
    expect(v(rowOf("C2").native)).toMatchObject({ error: "#N/A" });
    expect(v(rowOf("C2").result)).toBe("agrees");
  });
});

test("a call with no native re-performance is listed as such: AHP.SENSITIVITY, YELLOW", () => {
  const plan = planOf({
    s: {
      A1: 0.5,
      A2: 0.5,
      B1: 7,
      B2: 5,
      C1: { formula: "=AHP.SENSITIVITY(A1:A2,B1:B2)", spill: { rows: 1, columns: 1 } },
    },
  });
  const { audit, plan: audited } = withAuditSheet(plan);
  expect(audit.rows).toEqual([expect.objectContaining({ address: "C1", isNative: false })]);
  const values = evaluatePlan(audited);
  expect(values.value(audit.sheet.key, audit.rows[0].result)).toBe("not re-performed");
  expect(values.value(audit.sheet.key, audit.summary.notNative)).toBe(1);
  expect(values.value(audit.sheet.key, audit.summary.light)).toBe("YELLOW");
});

test("a sheet named Audit already: the new one is Audit (2), in the workbook's language", () => {
  const plan = register("Audit");
  plan.lang = "id";
  const { plan: audited, audit } = withAuditSheet(plan);
  expect(audited.sheets.map((s) => s.name)).toEqual(["Audit", "Audit (2)"]);
  const values = evaluatePlan(audited);
  expect(values.value(audit.sheet.key, audit.rows[0].result)).toBe("cocok");
  expect(audit.sheet.cells.find((c) => c.address === "A1")?.value).toMatch(/^Audit: setiap hasil/);
});

test("an AHP matrix: the weights' spill listed cell by cell, the steps in the helper area beside them", () => {
  const plan = planOf({
    s: {
      A1: 1,
      B1: 3,
      C1: 5,
      A2: "=1/B1",
      B2: 1,
      C2: 2,
      A3: "=1/C1",
      B3: "=1/C2",
      C3: 1,
      E1: { formula: "=AHP.WEIGHTS(A1:C3)", spill: { rows: 3, columns: 1 } },
      F1: "=AHP.CR(A1:C3)",
    },
  });
  const sheet = auditSheet(plan.sheets, "en").sheet;
  const { plan: audited, audit } = withAuditSheet(plan);
  expect(audit.sheet).toEqual(sheet);
  expect(audit.rows.map((r) => r.address)).toEqual(["E1", "E2", "E3", "F1"]);
  const values = evaluatePlan(audited);
  for (const row of audit.rows) expect(values.value(audit.sheet.key, row.result)).toBe("agrees");
  // The band's title names the matrix on its sheet by name, not by the plan's key.
  const title = sheet.cells.find(
    (c) => typeof c.value === "string" && c.value.startsWith("Re-performed with native formulas")
  );
  expect(title?.value).toBe("Re-performed with native formulas: matrix 'Sheet'!A1:C3");
});

function show(value: CellResult): string {
  return JSON.stringify(value);
}
