import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { UsageError, run } from "../../src/cli";
import { DEFAULT_OPTIONS, buildPlan } from "../../src/templates";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";

function capture() {
  const lines: string[] = [];
  return {
    lines,
    io: {
      out: (line: string) => lines.push(line),
      cwd: fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-cli-")),
    },
  };
}

describe("npm run cli", () => {
  test("list names the four templates", async () => {
    const { lines, io } = capture();
    expect(await run(["list"], io)).toBe(0);
    expect(lines.map((l) => l.split(" ")[0])).toEqual(["umkm", "bsc", "prism", "ipms"]);
  });

  test("template umkm --example --formulas kinerja writes an .xlsx that opens with its sheets and Kinerja's functions", async () => {
    const { lines, io } = capture();
    expect(
      await run(
        [
          "template",
          "umkm",
          "--example",
          "--lang",
          "en",
          "--formulas",
          "kinerja",
          "--out",
          "umkm.xlsx",
        ],
        io
      )
    ).toBe(0);
    expect(lines[0]).toMatch(
      /^Wrote umkm\.xlsx: UMKM KPI Scorecard \(example\), 4 sheets \(UMKM KPIs, Tracking, Dashboard, Review log\), \d+ formulas/
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(io.cwd, "umkm.xlsx"));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "UMKM KPIs",
      "Tracking",
      "Dashboard",
      "Review log",
    ]);
    const achievement = workbook.getWorksheet("UMKM KPIs")!.getCell("L7").value as {
      formula: string;
      result: number;
    };
    expect(achievement.formula).toBe('IF(K7="","",KPI.ACHIEVEMENT(K7,I7,H7))');
    expect(typeof achievement.result).toBe("number");
  });

  test("by default the file has native formulas only: no Kinerja function in any cell, same results", async () => {
    const { lines, io } = capture();
    expect(
      await run(["template", "umkm", "--example", "--lang", "en", "--out", "umkm.xlsx"], io)
    ).toBe(0);
    expect(lines[0]).toMatch(
      /native formulas only \(122 results re-performed, \d+ cells of steps\)/
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(io.cwd, "umkm.xlsx"));
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string } | null;
          if (value && typeof value === "object" && value.formula) formulas.push(value.formula);
        })
      )
    );
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((f) => /\b(AHP|OMAX|KPI)\.|\bTRAFFIC\b/.test(f))).toEqual([]);
    // Row 7 is K1 of Batik 20 Ikan Mas: the native achievement, stored with the value Kinerja computes.
    const achievement = workbook.getWorksheet("UMKM KPIs")!.getCell("L7").value as {
      formula: string;
      result: number;
    };
    expect(achievement.formula).toBe(
      'IF(K7="","",IF(OR(H7="lower",H7="rendah"),IF(K7=0,1,I7/K7),K7/I7))'
    );
    const kinerja = evaluatePlan(
      buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en" })
    ).value("register", "L7");
    expect(typeof kinerja).toBe("number");
    expect(achievement.result).toBeCloseTo(kinerja as number, 12);
  });

  test("an existing file is not overwritten without --force", async () => {
    const { io } = capture();
    fs.writeFileSync(path.join(io.cwd, "keep.xlsx"), "mine");
    await expect(run(["template", "bsc", "--out", "keep.xlsx"], io)).rejects.toThrow(
      new UsageError("keep.xlsx already exists; add --force to overwrite it")
    );
    expect(fs.readFileSync(path.join(io.cwd, "keep.xlsx"), "utf8")).toBe("mine");
    expect(await run(["template", "bsc", "--out", "keep.xlsx", "--force"], io)).toBe(0);
    expect(fs.readFileSync(path.join(io.cwd, "keep.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  test.each([
    [
      ["template", "foo", "--out", "x.xlsx"],
      'template must be one of umkm, bsc, prism, ipms; got "foo"',
    ],
    [["template", "bsc"], "--out FILE.xlsx is required"],
    [["template", "bsc", "--out", "x.csv"], '--out must name an .xlsx file; got "x.csv"'],
    [
      ["template", "bsc", "--lang", "fr", "--out", "x.xlsx"],
      '--lang must be one of id, en; got "fr"',
    ],
    [
      ["template", "bsc", "--kpis", "0", "--out", "x.xlsx"],
      '--kpis must be a whole number from 1 to 50; got "0"',
    ],
    [
      ["template", "bsc", "--periods", "weekly", "--out", "x.xlsx"],
      '--periods must be one of monthly, quarterly, yearly; got "weekly"',
    ],
    [
      ["template", "bsc", "--formulas", "excel", "--out", "x.xlsx"],
      '--formulas must be one of native, kinerja; got "excel"',
    ],
    [["export"], 'unknown command "export"; use "list" or "template"'],
  ])("bad options get a one-line error: %j", async (argv, message) => {
    const { io } = capture();
    await expect(run(argv as string[], io)).rejects.toThrow(new UsageError(message));
  });

  test("the command line as users run it: exit code 2 and one line on stderr for a bad option", () => {
    const { spawnSync } = require("child_process") as typeof import("child_process");
    const result = spawnSync(
      "npx",
      ["ts-node", "src/cli/index.ts", "template", "nope", "--out", "x.xlsx"],
      {
        cwd: path.join(__dirname, "../.."),
        encoding: "utf8",
      }
    );
    expect(result.status).toBe(2);
    expect(
      result.stderr
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("kinerja:"))
    ).toEqual(['kinerja: template must be one of umkm, bsc, prism, ipms; got "nope"']);
  });
});
