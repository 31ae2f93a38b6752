/**
 * The audit on workbooks saved by LibreOffice: CLI-written files opened and saved again without
 * recalculating (as someone opening and saving one would). LibreOffice writes Kinerja's names in lower
 * case and 15 significant digits; its array formulas come back as #NAME?, which it cannot compute.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { auditFile, TOLERANCE } from "../../src/audit";
import { convertManyWithLibreOffice, findSoffice } from "../helpers/libreoffice";
import { cliWorkbook } from "./workbooks";

const soffice = findSoffice();

(soffice ? describe : describe.skip)("audit of workbooks LibreOffice saved", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-audit-lo-"));
  let saved: { umkm: Buffer; bsc: Buffer; bscCells: number };

  beforeAll(async () => {
    const umkm = await cliWorkbook("umkm", "id");
    const bsc = await cliWorkbook("bsc", "en");
    fs.mkdirSync(path.join(dir, "in"));
    fs.writeFileSync(path.join(dir, "in", "umkm.xlsx"), umkm.file);
    fs.writeFileSync(path.join(dir, "in", "bsc.xlsx"), bsc.file);
    const [u, b] = convertManyWithLibreOffice(
      [path.join(dir, "in", "umkm.xlsx"), path.join(dir, "in", "bsc.xlsx")],
      "xlsx",
      path.join(dir, "out"),
      { recalculate: false }
    );
    saved = {
      umkm: fs.readFileSync(u),
      bsc: fs.readFileSync(b),
      bscCells: auditFile(bsc.file).kinerjaCells,
    };
  });

  test("UMKM (one-cell results only): every Kinerja cell re-performs, read in lower case", () => {
    const report = auditFile(saved.umkm);
    expect(report.application).toMatch(/^LibreOffice/);
    expect(report.language).toBe("id");
    expect(report.kinerjaCells).toBeGreaterThan(100);
    expect(report.reperformed).toBe(report.kinerjaCells);
    // LibreOffice stores 15 significant digits: the differences are rounding, far inside the tolerance.
    expect(report.largestDifference).toBeLessThan(TOLERANCE);
    expect(report.passed).toBe(true);
  });

  test("BSC: the AHP blocks LibreOffice turned into #NAME? are named as not computed, nothing else", () => {
    const report = auditFile(saved.bsc);
    expect(report.kinerjaCells).toBe(saved.bscCells);
    const kinds = new Set(report.findings.filter((f) => f.fails).map((f) => f.kind));
    expect(kinds).toEqual(new Set(["not-computed"]));
    const named = report.findings.filter((f) => f.kind === "not-computed");
    expect(named.map((f) => `${f.sheet}!${f.cell}`)).toContain("AHP!F7");
    expect(named.every((f) => (f.stored as { error: string }).error === "#NAME?")).toBe(true);
    expect(report.reperformed + named.length).toBe(report.kinerjaCells);
  });
});

if (!soffice)
  test.skip("LibreOffice audit checks skipped: soffice is not installed here (CI installs it)", () =>
    undefined);
