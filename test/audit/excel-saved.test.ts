/**
 * The audit on a workbook in the form Excel saves one (test/fixtures/audit/excel-saved.xlsx; its
 * README separates evidence from assumption): Kinerja's calls as _xldudf_ names in dynamic-array
 * formulas, shared formulas, a spill reference, rich-text shared strings, a formula stuck at #NAME?
 * and one bound to another add-in's file.
 */
import * as fs from "fs";
import * as path from "path";
import { ahpWeights, omaxLevel, omaxTraffic, traffic, achievement } from "../../src/core";
import { auditFile, READ_LIMITS, readWorkbookFile } from "../../src/audit";
import { run } from "../../src/cli";
import { setStoredNumber, tamper } from "./workbooks";

const fixture = path.join(__dirname, "..", "fixtures", "audit", "excel-saved.xlsx");
const file = fs.readFileSync(fixture);
const matrix = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

describe("a workbook in Excel's saved form", () => {
  const stored = readWorkbookFile(file, READ_LIMITS);
  const sheet = (name: string) => stored.sheets.find((s) => s.name === name)!;

  test("is read as Excel stored it: _xldudf_ names, dynamic arrays with their spill range, values in spilled cells", () => {
    expect(sheet("AHP").cells.get("E4")).toEqual({
      value: expect.any(Number),
      fileFormula: "_xldudf_AHP_WEIGHTS(B4:D6)",
      arrayRange: "E4:E6",
      dynamic: true,
    });
    // The README's worked example: weights 0.63699, 0.25828, 0.10473.
    const weights = ["E4", "E5", "E6"].map((a) => sheet("AHP").cells.get(a)!.value as number);
    expect(weights.map((w) => Number(w.toFixed(5)))).toEqual([0.63699, 0.25828, 0.10473]);
    ahpWeights(matrix).forEach((w, k) => expect(Math.abs(weights[k] - w)).toBeLessThan(1e-15));
    expect(sheet("AHP").cells.get("E5")).toEqual({ value: weights[1] });
    expect(sheet("Register").cells.get("G3")).toMatchObject({ arrayRange: "G3", dynamic: true });
  });

  test("shared formulas are moved to the cells that share them; rich text reads as its words", () => {
    const register = sheet("Register").cells;
    expect(register.get("K5")!.fileFormula).toBe("I5*J5");
    expect(register.get("J4")!.fileFormula).toBe("INDEX(_xlfn.ANCHORARRAY(AHP!$E$4),ROW()-2)");
    expect(register.get("J2")!.value).toBe("Global weight");
    expect(stored.application).toBe("Microsoft Excel");
    expect(stored.externalLinks).toBe(1);
  });

  test("every Kinerja cell re-performs but the two that never ran, which are named with the core's value", () => {
    const report = auditFile(file);
    expect(report.language).toBe("en");
    expect(report.kinerjaCells).toBe(16);
    expect(report.reperformed).toBe(14);
    expect(report.forms).toEqual({
      xldudf: 11,
      "xldudf-namespace": 3,
      plain: 1,
      "foreign-file": 1,
    });
    expect(report.largestDifference).toBeLessThanOrEqual(1e-15);
    // K1: actual 10.5 on anchors 0 / 5 / 12 and target 12.
    const level = omaxLevel(10.5, 0, 5, 12);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: "not-computed",
        sheet: "Notes",
        cell: "B1",
        formula: "=TRAFFIC.OMAX(Register!I3)",
        stored: { error: "#NAME?" },
        recomputed: omaxTraffic(level),
      }),
      expect.objectContaining({
        kind: "not-computed",
        sheet: "Notes",
        cell: "B2",
        recomputed: traffic(achievement(10.5, 12)),
        message: expect.stringMatching(/bound the call to another add-in's file/),
      }),
    ]);
  });

  test("a spilled weight changed in the file is named at its block, with the cell that differs", async () => {
    const report = auditFile(await tamper(file, "AHP", setStoredNumber("E5", 0.3)));
    const finding = report.findings.find((f) => f.sheet === "AHP")!;
    expect(finding).toMatchObject({ kind: "mismatch", cell: "E4", stored: 0.3 });
    expect(finding.cells).toEqual([
      {
        cell: "E5",
        stored: 0.3,
        recomputed: ahpWeights(matrix)[1],
        difference: 0.3 - ahpWeights(matrix)[1],
      },
    ]);
  });

  test("npm run cli -- audit: a readable report grouped by sheet, --json for machines, exit code 1", async () => {
    const lines: string[] = [];
    const io = { out: (line: string) => lines.push(line), cwd: path.dirname(fixture) };
    expect(await run(["audit", "excel-saved.xlsx"], io)).toBe(1);
    const text = lines.join("\n");
    expect(text).toMatch(/^Kinerja audit: excel-saved\.xlsx$/m);
    expect(text).toMatch(/^Sheet “AHP”: 3 cells, 16 values — all re-perform\.$/m);
    expect(text).toMatch(/^Sheet “Notes”: 2 cells, 0 values — 2 finding\(s\):$/m);
    expect(text).toMatch(/^ {2}B1 {5}NOT COMPUTED {2}=TRAFFIC\.OMAX\(Register!I3\)$/m);

    lines.length = 0;
    expect(await run(["audit", "excel-saved.xlsx", "--json", "--lang", "id"], io)).toBe(1);
    const json = JSON.parse(lines.join("\n"));
    expect(json).toMatchObject({
      file: "excel-saved.xlsx",
      language: "id",
      kinerjaCells: 16,
      passed: false,
    });
    expect(json.findings[0].message).toMatch(/^menyimpan #NAME\?: fungsinya tidak berjalan/);
  });
});
