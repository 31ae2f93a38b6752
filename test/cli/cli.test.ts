import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { sheetsFormulaProblems } from "../../src/gsheets";
import { UsageError, run } from "../../src/cli";
import { DEFAULT_OPTIONS, buildPlan } from "../../src/templates";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { tamper, typeOverFormula } from "../audit/workbooks";
import { readStoredCells } from "../helpers/xlsx-values";
import { registerLayout } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import { openWithExceljs } from "../helpers/exceljs-open";

/** The UMKM example in English with Kinerja's functions, written to `out`. */
const umkmWithKinerja = (out: string) => [
  "template",
  "umkm",
  "--example",
  "--lang",
  "en",
  "--formulas",
  "kinerja",
  "--out",
  out,
];

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
    expect(await run(umkmWithKinerja("umkm.xlsx"), io)).toBe(0);
    expect(lines[0]).toMatch(
      /^Wrote umkm\.xlsx: UMKM KPI Scorecard \(example\), 5 sheets \(UMKM KPIs, Tracking, Dashboard, Settings, Review log\), \d+ formulas/
    );
    const workbook = await openWithExceljs(fs.readFileSync(path.join(io.cwd, "umkm.xlsx")));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "UMKM KPIs",
      "Tracking",
      "Dashboard",
      "Settings",
      "Review log",
    ]);
    // The first KPI's achievement, from its actual, its target per period and direction.
    const register = registerLayout(REGISTERS.umkm, 8);
    const [actual, target, direction] = (["actual", "periodTarget", "direction"] as const).map(
      (f) => register.cell(f, 0)
    );
    const achievement = workbook.getWorksheet("UMKM KPIs")!.getCell(register.cell("achievement", 0))
      .value as { formula: string; result: number };
    expect(achievement.formula).toBe(
      `IF(${actual}="","",IF('Settings'!$B$8="",KPI.ACHIEVEMENT(${actual},${target},${direction}),MIN(KPI.ACHIEVEMENT(${actual},${target},${direction}),'Settings'!$B$8)))`
    );
    expect(typeof achievement.result).toBe("number");
  });

  test("by default the file has native formulas only: no Kinerja function in any cell, same results", async () => {
    const { lines, io } = capture();
    expect(
      await run(["template", "umkm", "--example", "--lang", "en", "--out", "umkm.xlsx"], io)
    ).toBe(0);
    expect(lines[0]).toMatch(
      /native formulas only \(537 results re-performed, \d+ cells of steps\)/
    );
    const workbook = await openWithExceljs(fs.readFileSync(path.join(io.cwd, "umkm.xlsx")));
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
    // Row 7 is K1 of Batik 20 Ikan Mas: the native achievement (actual M7 over the target per period
    // L7, or the other way round where lower is better), stored with the value Kinerja computes.
    const achievement = workbook.getWorksheet("UMKM KPIs")!.getCell("N7").value as {
      formula: string;
      result: number;
    };
    expect(achievement.formula).toContain(
      'IF(OR(H7="lower",H7="lower is better",H7="rendah",H7="makin rendah makin baik"),IF(M7=0,1,L7/M7),M7/L7)'
    );
    const kinerja = evaluatePlan(
      buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en" })
    ).value("register", "N7");
    expect(typeof kinerja).toBe("number");
    expect(achievement.result).toBeCloseTo(kinerja as number, 12);
  });

  test("template bsc --for sheets writes Sheets' names in every formula, spills left to Sheets and the strategy map as cells", async () => {
    const { lines, io } = capture();
    expect(
      await run(
        [
          "template",
          "bsc",
          "--example",
          "--lang",
          "en",
          "--formulas",
          "kinerja",
          "--for",
          "sheets",
          "--out",
          "bsc.xlsx",
        ],
        io
      )
    ).toBe(0);
    expect(lines[0]).toMatch(/^Wrote bsc\.xlsx for Google Sheets: Balanced Scorecard \(example\)/);
    const file = path.join(io.cwd, "bsc.xlsx");
    const workbook = await openWithExceljs(fs.readFileSync(file));
    const problems: string[] = [];
    let formulas = 0;
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const formula = (cell.value as { formula?: string } | null)?.formula;
          if (!formula) return;
          formulas++;
          for (const problem of sheetsFormulaProblems(`=${formula}`))
            problems.push(`${sheet.name}!${cell.address}: ${problem}`);
        })
      );
    expect(formulas).toBeGreaterThan(400);
    expect(problems).toEqual([]);
    const register = workbook.getWorksheet("BSC")!;
    expect((register.getCell("N7").value as { formula: string }).formula).toBe(
      "IF(M7=\"\",\"\",OMAX_LEVEL(M7,F7,G7,H7,'Settings'!$B$8,'Settings'!$B$9))"
    );
    // A spill is its anchor's formula alone: Sheets fills the cells below when it computes it.
    const ahp = workbook.getWorksheet("AHP")!;
    expect(ahp.getCell("F7").value).toMatchObject({ formula: "AHP_WEIGHTS(B7:E10)" });
    expect((ahp.getCell("F7").value as { shareType?: string }).shareType).toBeUndefined();
    expect(ahp.getCell("F8").value).toBeNull();
    // The strategy map: boxes are merged cells, the arrows arrow characters; no drawn shapes.
    const map = workbook.getWorksheet("Strategy map")!;
    expect(map.getCell("B5").value).toBe("Lower logistics cost");
    expect(map.getCell("B8").isMerged).toBe(true);
    expect(map.getCell("B9").value).toBe("↑");
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const drawings = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/drawings\/drawing\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string"))
    );
    expect(drawings.join("")).not.toContain("<xdr:sp>");
    expect(drawings.join("")).toContain("<c:chart"); // the dashboard's charts stay charts
    // No icon sets (Sheets has none): the traffic lights are formula rules on the number's colour.
    const sheetsXml = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string"))
    );
    expect(sheetsXml.join("")).not.toContain("iconSet");
    expect(sheetsXml.join("")).toContain("AND(ISNUMBER(");
  });

  test("--audit-sheet adds an Audit sheet whose stored results all agree: UMKM example, 537 cells, GREEN", async () => {
    const { lines, io } = capture();
    expect(
      await run(
        ["template", "umkm", "--example", "--lang", "en", "--audit-sheet", "--out", "a.xlsx"],
        io
      )
    ).toBe(0);
    expect(lines[0]).toMatch(/Kinerja's functions, an Audit sheet checking 537 cells/);
    const stored = await readStoredCells(fs.readFileSync(path.join(io.cwd, "a.xlsx")));
    const audit = stored.get("Audit")!;
    const result = (address: string) => audit.get(address)?.value;
    // The summary (C4…C10) and the first listed cell, as the writer stored them.
    expect([4, 5, 6, 8, 9, 10].map((row) => result(`C${row}`))).toEqual([
      537,
      537,
      0,
      0,
      0,
      "GREEN",
    ]);
    expect(audit.get("A13")?.formula).toBe(`HYPERLINK("#'UMKM KPIs'!F7","UMKM KPIs!F7")`);
    expect(audit.get("C13")?.formula).toBe(`IF(ISBLANK('UMKM KPIs'!F7),"",'UMKM KPIs'!F7)`);
    expect(result("F13")).toBe("agrees");
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
      ["template", "bsc", "--formulas", "native", "--audit-sheet", "--out", "x.xlsx"],
      "--audit-sheet lists the cells that call Kinerja's functions; it needs --formulas kinerja",
    ],
    [
      ["template", "bsc", "--formulas", "excel", "--out", "x.xlsx"],
      '--formulas must be one of native, kinerja; got "excel"',
    ],
    [["export"], 'unknown command "export"; use "list", "template" or "audit"'],
    [["audit"], "name the .xlsx file to audit"],
    [["audit", "a.xlsx", "b.xlsx"], 'unexpected argument "b.xlsx"'],
    [["audit", "missing.xlsx"], "cannot read missing.xlsx: no such file"],
    [
      ["template", "bsc", "--for", "calc", "--out", "x.xlsx"],
      '--for must be one of excel, sheets; got "calc"',
    ],
  ])("bad options get a one-line error: %j", async (argv, message) => {
    const { io } = capture();
    await expect(run(argv as string[], io)).rejects.toThrow(new UsageError(message));
  });

  test("template --formulas kinerja then audit: the file re-performs (exit 0); tampered, it does not (exit 1)", async () => {
    const { lines, io } = capture();
    expect(await run(umkmWithKinerja("u.xlsx"), io)).toBe(0);
    lines.length = 0;
    expect(await run(["audit", "u.xlsx"], io)).toBe(0);
    expect(lines.join("\n")).toMatch(/^Result: every Kinerja value re-performs\.$/m);
    // Typed over: the register's first traffic light (O7) replaced by a number.
    const file = path.join(io.cwd, "u.xlsx");
    const status = /^=IF\(N7="","",TRAFFIC\(N7,«settings»!\$B\$5,«settings»!\$B\$6\)\)$/;
    expect(
      buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en" }).sheets[0].cells.find(
        (c) => c.address === "O7"
      )?.formula
    ).toMatch(status);
    fs.writeFileSync(
      file,
      await tamper(fs.readFileSync(file), "UMKM KPIs", typeOverFormula("O7", 1))
    );
    lines.length = 0;
    expect(await run(["audit", "u.xlsx", "--json"], io)).toBe(1);
    const report = JSON.parse(lines.join("\n"));
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: "formula-replaced", cell: "O7", fails: true })
    );
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
    expect(made.stdout).toMatch(/^Wrote out\/ipms\.xlsx: .+ \(IPMS\), 8 sheets \(IPMS, /);
    const workbook = await openWithExceljs(fs.readFileSync(path.join(io.cwd, "out/ipms.xlsx")));
    expect(workbook.worksheets.map((w) => w.name).slice(0, 2)).toEqual([
      "IPMS",
      "KPI specification",
    ]);
  });
});

test("the README documents every command-line flag the CLI takes (--kpis, --year, …), and no other", () => {
  const { CLI_OPTIONS } = require("../../src/cli") as typeof import("../../src/cli");
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  const documented = new Set(
    Array.from(readme.matchAll(/(?<![\w-])--([a-zA-Z][a-zA-Z-]*)/g), (m) => m[1])
  );
  const flags = Object.keys(CLI_OPTIONS);
  expect(flags.filter((flag) => !documented.has(flag))).toEqual([]);
  // Every flag the README shows exists (a --flag of npm or jest does not count).
  const others = new Set([
    "selectProjects",
    "testPathPatterns",
    "calls",
    "seed",
    "function",
    "mode",
    "env",
    "noEmit",
    // clasp's (README, Google Sheets) and npm run bench:pane's.
    "type",
    "title",
    "rootDir",
    "against",
    "runs",
  ]);
  expect([...documented].filter((flag) => !flags.includes(flag) && !others.has(flag))).toEqual([]);
});
