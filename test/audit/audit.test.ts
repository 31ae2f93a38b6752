/**
 * The audit on workbooks Kinerja's CLI writes, and on the same files tampered with: each tampering
 * is caught and named at its cell. Expected values come from src/core, computed here from the
 * inputs the test knows, not from the audit.
 */
import { achievement, ahpConsistency, ahpWeights, omaxLevel, traffic } from "../../src/core";
import { auditFile, sameValue, TOLERANCE, type AuditReport } from "../../src/audit";
import { parseCell } from "../../src/sheet/a1";
import type { Lang, TemplateId } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import {
  cliWorkbook,
  findCell,
  setPlanValue,
  setStoredError,
  setStoredNumber,
  tamper,
  typeOverFormula,
} from "./workbooks";

const findingsAt = (report: AuditReport, sheet: string, cell: string) =>
  report.findings.filter((f) => f.sheet === sheet && f.cell === cell);

describe("audit of workbooks the CLI writes: everything re-performs", () => {
  const cases: [TemplateId, Lang, boolean][] = [
    ["umkm", "id", true],
    ["bsc", "en", true],
    ["prism", "id", true],
    ["ipms", "en", true],
    ["bsc", "id", false],
    ["ipms", "id", false],
  ];
  test.each(cases)(
    "%s (%s, example %s): every Kinerja cell re-performs exactly, report in the workbook's language",
    async (id, lang, example) => {
      const { plan, file } = await cliWorkbook(id, lang, example);
      const report = auditFile(file);
      const kinerjaFormulas = plan.sheets
        .flatMap((s) => s.cells)
        .filter((c) => c.formula && /\b(AHP|OMAX|KPI)\.|TRAFFIC/.test(c.formula)).length;
      expect(report.kinerjaCells).toBe(kinerjaFormulas);
      expect(report.reperformed).toBe(kinerjaFormulas);
      expect(report.findings.filter((f) => f.fails)).toEqual([]);
      expect(report.passed).toBe(true);
      // The writer stores the very values the core computed: nothing to round.
      expect(report.largestDifference).toBe(0);
      expect(report.forms).toEqual({ plain: kinerjaFormulas });
      expect(report.language).toBe(lang);
    }
  );
});

describe("audit of tampered CLI workbooks: each tampering is caught and named", () => {
  test("UMKM: the stored achievement of K1 changed to 1.5 is a mismatch at that cell, with the core's value beside it", async () => {
    const { plan, file, names } = await cliWorkbook("umkm", "en");
    const cell = findCell(plan, "register", (c) => /KPI\.ACHIEVEMENT/.test(c.formula ?? ""));
    const row = parseCell(cell.address).row + 1;
    const register = plan.sheets.find((s) => s.key === "register")!;
    const input = (col: string) => register.cells.find((c) => c.address === `${col}${row}`)?.value;
    const tampered = await tamper(file, names.get("register")!, setStoredNumber(cell.address, 1.5));

    const report = auditFile(tampered);
    const [mismatch] = findingsAt(report, names.get("register")!, cell.address);
    expect(mismatch).toMatchObject({ kind: "mismatch", fails: true, stored: 1.5 });
    // Actual M (what the writer stored from Tracking) over target I (a % target: per period as typed),
    // in the row's direction H.
    const actual = evaluatePlan(plan).value("register", `M${row}`) as number;
    expect(input("H")).toBe("higher");
    const expected = achievement(actual, input("I") as number, "higher");
    expect(Math.abs((mismatch.recomputed as number) - expected)).toBeLessThanOrEqual(TOLERANCE);
    expect(mismatch.difference).toBeCloseTo(1.5 - expected, 12);
    expect(mismatch.message).toContain(cell.address);
    expect(report.passed).toBe(false);
    // The traffic light beside it shows the old value's colour; re-performed from 1.5 it is GREEN.
    expect(traffic(expected)).not.toBe("GREEN");
    const status = findingsAt(report, names.get("register")!, `O${row}`)[0];
    expect(status).toMatchObject({
      kind: "mismatch",
      recomputed: traffic(1.5),
      after: `${names.get("register")}!${cell.address}`,
      fails: false,
    });
  });

  test("BSC: an OMAX level typed over its formula (N8 = 9) is named as a formula replaced by a typed number", async () => {
    const { plan, file, names } = await cliWorkbook("bsc", "id");
    const levels = plan.sheets
      .find((s) => s.key === "register")!
      .cells.filter((c) => /OMAX\.LEVEL\(/.test(c.formula ?? ""));
    const target = levels[1];
    const sheet = names.get("register")!;
    const report = auditFile(await tamper(file, sheet, typeOverFormula(target.address, 9)));
    const replaced = findingsAt(report, sheet, target.address);
    expect(replaced.map((f) => f.kind)).toEqual(["formula-replaced"]);
    expect(replaced[0].fails).toBe(true);
    expect(replaced[0].message).toMatch(/nilai ketikan 9/);
    // The traffic light beside it was not recalculated: listed as following from it.
    const [status] = findingsAt(report, sheet, target.address.replace("N", "O"));
    expect(status).toMatchObject({ kind: "mismatch", after: `${sheet}!${target.address}` });
    expect(report.kinerjaCells).toBe(auditFile(file).kinerjaCells - 1);
    expect(report.passed).toBe(false);
  });

  test("BSC: a judgement changed without recalculation (AHP C7: 2 → 5) is named at its stale reciprocal, the weights and check following from it", async () => {
    const { plan, file, names } = await cliWorkbook("bsc", "en");
    const ahp = plan.sheets.find((s) => s.key === "ahp")!;
    const value = (address: string) => ahp.cells.find((c) => c.address === address)?.value;
    expect(value("C7")).toBe(2);
    const tampered = await tamper(file, names.get("ahp")!, setStoredNumber("C7", 5));
    const report = auditFile(tampered);

    // Re-performed from the stored cells, the matrix is no longer reciprocal (B8 still stores 1/2):
    // the weights' re-performance is the core's own #VALUE!, naming the pair.
    const weights = findingsAt(report, "AHP", "F7")[0];
    expect(weights).toMatchObject({ kind: "mismatch", fails: false, after: "AHP!B8" });
    expect(weights.recomputed).toEqual({
      error: "#VALUE!",
      message: expect.stringMatching(/row 2, column 1 is 0.5 but must be the reciprocal/),
    });
    expect(weights.cells!.map((d) => d.cell)).toEqual(["F7", "F8", "F9", "F10"]);
    // With the reciprocal recalculated too, the core's weights differ from the stored ones.
    const shown = evaluatePlan(plan);
    const matrix = [0, 1, 2, 3].map((r) =>
      [0, 1, 2, 3].map((c) => shown.value("ahp", `${"BCDE"[c]}${7 + r}`) as number)
    );
    matrix[0][1] = 5;
    matrix[1][0] = 1 / 5;
    expect(ahpWeights(matrix)[0]).toBeGreaterThan((weights.stored as number) + 0.05);
    expect(findingsAt(report, "AHP", "A13")[0]).toMatchObject({
      kind: "mismatch",
      after: "AHP!B8",
    });
    // The reciprocal 1/C7 is where the change enters: named as the cause.
    expect(findingsAt(report, "AHP", "B8")[0]).toMatchObject({
      kind: "mismatch",
      fails: true,
      stored: 0.5,
      recomputed: 0.2,
    });
    expect(report.findings.filter((f) => f.fails).map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "AHP!B8",
    ]);
  });

  test("BSC: a tracked actual changed without recalculation is named where it enters (Tracking level, register actual)", async () => {
    const { plan, file, names } = await cliWorkbook("bsc", "en");
    const tracking = plan.sheets.find((s) => s.key === "tracking")!;
    // The first level formula reads the first actual of the first KPI: =IF(E6="","",OMAX.LEVEL(E6,…)).
    const level = tracking.cells.find((c) => /OMAX\.LEVEL\(/.test(c.formula ?? ""))!;
    const actualAddress = /OMAX\.LEVEL\((\w+),/.exec(level.formula!)![1];
    const anchors = /«register»!\$F\$(\d+)/.exec(level.formula!)![1];
    const register = plan.sheets.find((s) => s.key === "register")!;
    const anchor = (col: string) =>
      register.cells.find((c) => c.address === `${col}${anchors}`)!.value as number;
    const report = auditFile(
      await tamper(file, names.get("tracking")!, setStoredNumber(actualAddress, anchor("H")))
    );
    const named = findingsAt(report, names.get("tracking")!, level.address)[0];
    expect(named).toMatchObject({ kind: "mismatch", fails: true });
    // An actual at the target (L10 anchor) is level 10 in the core.
    expect(named.recomputed).toBe(omaxLevel(anchor("H"), anchor("F"), anchor("G"), anchor("H")));
    expect(report.passed).toBe(false);
  });

  test("an AHP weight block that spills into fewer cells than stored is named as a spill of another size", async () => {
    const { file, names } = await cliWorkbook("bsc", "en");
    // The level-1 matrix B7:E10 cut to 3 × 3 in the formula, its stored spill left at F7:F10.
    const report = auditFile(
      await tamper(file, names.get("ahp")!, (xml) =>
        xml.replace(">AHP.WEIGHTS(B7:E10)<", ">AHP.WEIGHTS(B7:D9)<")
      )
    );
    const [finding] = findingsAt(report, "AHP", "F7");
    expect(finding.kind).toBe("mismatch");
    expect(finding.cells!.map((d) => d.cell)).toContain("F10");
  });
});

describe("audit of recalculated workbooks that re-perform but do not hold together", () => {
  test("UMKM: K1's weight typed as 30 instead of 25 — every cell re-performs, the weight total of 105% is named", async () => {
    const { file, plan } = await cliWorkbook("umkm", "en", true, (p) =>
      setPlanValue(p, "register", "D7", 30)
    );
    expect(findCell(plan, "register", (c) => c.address === "D6").value).toBe("Weight (%)");
    const report = auditFile(file);
    expect(report.reperformed).toBe(report.kinerjaCells);
    const total = report.findings.find((f) => f.kind === "weights-sum")!;
    expect(total).toMatchObject({ fails: true, severity: "error" });
    expect(total.message).toMatch(/add up to 105%, not 100%/);
    expect(report.passed).toBe(false);
  });

  test("BSC: level-1 judgements 9, 1/9 and 9 around a triangle — CR above 0.10 is named with the worst pair", async () => {
    const { file } = await cliWorkbook("bsc", "en", true, (p) => {
      setPlanValue(p, "ahp", "C7", 9);
      setPlanValue(p, "ahp", "D7", 1 / 9);
      setPlanValue(p, "ahp", "D8", 9);
    });
    const report = auditFile(file);
    expect(report.reperformed).toBe(report.kinerjaCells);
    const matrix = [
      [1, 9, 1 / 9],
      [1 / 9, 1, 9],
      [9, 1 / 9, 1],
    ];
    // The core's CR of that triangle alone is already far above 0.10.
    expect(ahpConsistency(matrix).cr!).toBeGreaterThan(0.1);
    const cr = report.findings.find((f) => f.kind === "ahp-cr")!;
    expect(cr).toMatchObject({ sheet: "AHP", fails: true });
    expect(cr.message).toMatch(/^CR = [\d.]+ > 0\.10 in .*B7:E10/);
  });

  test("UMKM: a target typed as text makes the achievement #VALUE!, named with the function's own message", async () => {
    const { file, names } = await cliWorkbook("umkm", "en", true, (p) =>
      setPlanValue(p, "register", "I7", "ten")
    );
    const report = auditFile(file);
    const [error] = findingsAt(report, names.get("register")!, "N7");
    expect(error).toMatchObject({
      kind: "error-result",
      fails: true,
      stored: { error: "#VALUE!" },
    });
    expect(error.message).toMatch(/^shows #VALUE!: target.*"ten"/);
  });

  test("an achievement stored as #BUSY! (saved while computing) is named as not computed, with the value it has", async () => {
    const { file, names } = await cliWorkbook("umkm", "en");
    const sheet = names.get("register")!;
    const report = auditFile(await tamper(file, sheet, setStoredError("N7", "#BUSY!")));
    const [busy] = findingsAt(report, sheet, "N7");
    expect(busy).toMatchObject({ kind: "not-computed", fails: true, stored: { error: "#BUSY!" } });
    expect(typeof busy.recomputed).toBe("number");
  });
});

describe("sameValue: how stored and re-performed values are compared", () => {
  test.each([
    [0.1 + 0.2, 0.3, true],
    [1e6, 1e6 * (1 + 5e-10), true],
    [1, 1 + 2e-9, false],
    ["", null, true],
    [0, null, false],
    ["GREEN", "GREEN", true],
    ["GREEN", "green", false],
    [{ error: "#N/A" as const }, { error: "#N/A" as const }, true],
    [{ error: "#N/A" as const }, { error: "#VALUE!" as const }, false],
  ])("%p against %p: %p", (stored, recomputed, same) => {
    expect(sameValue(stored, recomputed)).toBe(same);
  });
});
