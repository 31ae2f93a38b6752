import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { UsageError, run } from "../../src/cli";

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

  test("template umkm --example writes an .xlsx that opens with its sheets and formulas", async () => {
    const { lines, io } = capture();
    expect(
      await run(["template", "umkm", "--example", "--lang", "en", "--out", "umkm.xlsx"], io)
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
    [["export"], 'unknown command "export"; use "list" or "template"'],
  ])("bad options get a one-line error: %j", async (argv, message) => {
    const { io } = capture();
    await expect(run(argv as string[], io)).rejects.toThrow(new UsageError(message));
  });

  // As users run it (npx kinerja, npm run cli): bin/kinerja.js, which compiles src/cli into
  // build/cli first when a source is newer (npm ci's prepare compiles it too).
  const kinerja = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [path.join(__dirname, "../../bin/kinerja.js"), ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
      encoding: "utf8",
    });

  test("the command line as users run it: exit code 2 and one line on stderr for a bad option", () => {
    const result = kinerja(["template", "nope", "--out", "x.xlsx"], capture().io.cwd);
    expect(result.status).toBe(2);
    expect(
      result.stderr
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("kinerja:"))
    ).toEqual(['kinerja: template must be one of umkm, bsc, prism, ipms; got "nope"']);
  });

  test("the command line as users run it: list, then a template written where it was typed", async () => {
    const { io } = capture();
    const list = kinerja(["list"], io.cwd);
    expect(list.status).toBe(0);
    expect(list.stdout.split("\n").map((l) => l.split(" ")[0])).toEqual([
      "umkm",
      "bsc",
      "prism",
      "ipms",
      "",
    ]);
    const made = kinerja(["template", "ipms", "--lang", "en", "--out", "out/ipms.xlsx"], io.cwd);
    expect([made.status, made.stderr]).toEqual([0, ""]);
    expect(made.stdout).toMatch(/^Wrote out\/ipms\.xlsx: .+ \(IPMS\), 7 sheets \(IPMS, /);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(io.cwd, "out/ipms.xlsx"));
    expect(workbook.worksheets.map((w) => w.name).slice(0, 2)).toEqual([
      "IPMS",
      "KPI specification",
    ]);
  });
});
