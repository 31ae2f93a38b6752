/**
 * Untrusted files: each hostile file is refused with one line naming the limit or the damage, or
 * read within its bounds — never a crash, a hang or memory running away. The files are crafted here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  auditFile,
  Deadline,
  READ_LIMITS,
  readWorkbookFile,
  UnreadableFile,
  type ReadLimits,
} from "../../src/audit";
import { MAX_MATRIX_SIDE, MAX_RANGE_CELLS } from "../../src/audit/audit";
import { run } from "../../src/cli";
import { MAX_HEIGHT, MAX_NESTING } from "../../src/formula/parse";
import { deflatedZeros, entry, workbookEntries, workbookFile, zipOf } from "./crafted";

/** The one-line reason a file is refused for (English), or "read" when it is not refused. */
function refusal(file: Buffer, limits: ReadLimits = READ_LIMITS, deadline?: Deadline): string {
  try {
    readWorkbookFile(file, limits, deadline);
    return "read";
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    expect(error.reason.en).not.toContain("\n");
    expect(error.reason.id).not.toContain("\n");
    return error.reason.en;
  }
}

const cell = (address: string, inner: string, attributes = "") =>
  `<c r="${address}"${attributes}>${inner}</c>`;

describe("a file that is not a sound .xlsx gets a one-line refusal", () => {
  test("a text file is not a zip archive", () => {
    expect(refusal(Buffer.from("Code,KPI,Target\nK1,Sales,100\n"))).toBe(
      "not an .xlsx file (not a zip archive)"
    );
  });

  test("an OLE compound file (an encrypted workbook or an .xls) is named as such", () => {
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]);
    expect(refusal(ole)).toMatch(/encrypted \(password-protected\) or a legacy \.xls/);
  });

  test("a workbook cut in half has no central directory", () => {
    const whole = workbookFile(cell("A1", "<v>1</v>"));
    expect(refusal(whole.subarray(0, Math.floor(whole.length / 2)))).toBe(
      "not a sound .xlsx file (damaged zip archive: no central directory)"
    );
  });

  test("a part whose deflated bytes are damaged does not inflate", () => {
    const entries = workbookEntries(cell("A1", "<v>1</v>"));
    const sheet = entries[entries.length - 1];
    sheet.stored = Buffer.from(sheet.stored.map((b, k) => (k > 2 ? b ^ 0x5a : b)));
    expect(refusal(zipOf(entries))).toMatch(
      /damaged zip archive: xl\/worksheets\/sheet1\.xml (does not inflate|is not the size it declares|fails its checksum)/
    );
  });

  test("an entry marked encrypted, a compression method other than deflate, ZIP64 and duplicate names are refused", () => {
    const base = workbookEntries(cell("A1", "<v>1</v>"));
    const encrypted = base.map((e, k) => (k === 4 ? { ...e, flags: 1 } : e));
    expect(refusal(zipOf(encrypted))).toBe("part xl/worksheets/sheet1.xml is encrypted");
    const bzip = base.map((e, k) => (k === 4 ? { ...e, method: 12 as 8 } : e));
    expect(refusal(zipOf(bzip))).toMatch(/uses compression method 12/);
    expect(refusal(zipOf(base, { entryCount: 0xffff }))).toMatch(/^ZIP64 archives are not read/);
    expect(refusal(zipOf([...base, base[4]]))).toMatch(/appears twice/);
  });

  test("a sheet with a DTD (an entity expansion bomb) is refused before any entity is expanded", () => {
    const entries = workbookEntries("");
    const lol = Array.from(
      { length: 9 },
      (_, k) => `<!ENTITY l${k + 1} "${`&l${k};`.repeat(10)}">`
    );
    entries[4] = entry(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY l0 "lol">${lol.join("")}]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`
    );
    expect(refusal(zipOf(entries))).toBe(
      "part xl/worksheets/sheet1.xml is not well-formed XML (it has a DTD, which Office never writes)"
    );
  });
});

describe("zip bombs are refused by their declared sizes or stopped at them", () => {
  test("a part declaring 1 KiB that inflates to 1 GiB stops one byte past its declaration", () => {
    const bomb = deflatedZeros(128);
    expect(bomb.stored.length).toBeLessThan(2 * 2 ** 20);
    const entries = workbookEntries("");
    entries[4] = { name: "xl/worksheets/sheet1.xml", method: 8, crc: 0, ...bomb, size: 1024 };
    expect(refusal(zipOf(entries))).toBe(
      "part xl/worksheets/sheet1.xml inflates past the size it declares (a zip bomb or a damaged file)"
    );
  });

  test("a part honestly declaring 1 GiB is refused without inflating (limit 64 MiB)", () => {
    const entries = workbookEntries("");
    entries[4] = { name: "xl/worksheets/sheet1.xml", method: 8, crc: 0, ...deflatedZeros(128) };
    expect(refusal(zipOf(entries))).toBe(
      "part xl/worksheets/sheet1.xml is 1024 MiB inflated, over the 64 MiB limit"
    );
  });

  test("a 48 MiB part in 48 KiB of deflate is refused by its compression ratio (limit 200)", () => {
    const entries = workbookEntries("");
    entries[4] = { name: "xl/worksheets/sheet1.xml", method: 8, crc: 0, ...deflatedZeros(6) };
    expect(refusal(zipOf(entries))).toMatch(
      /^part xl\/worksheets\/sheet1\.xml inflates [\d,]+ times \(limit 200\): a zip bomb$/
    );
  });

  test("an archive of 20,005 entries is refused by its directory (limit 10,000)", () => {
    const entries = workbookEntries("");
    const tiny = entry("x", "");
    for (let k = 0; k < 20_000; k++) entries.push({ ...tiny, name: `xl/media/p${k}.bin` });
    expect(refusal(zipOf(entries))).toBe("the archive has 20,005 entries, over the 10,000 limit");
  });

  test("parts that together inflate past the total limit are refused at the part that crosses it", () => {
    const limits = { ...READ_LIMITS, totalBytes: 1000 };
    const data = Array.from({ length: 40 }, (_, r) => cell(`A${r + 1}`, "<v>1</v>")).join("");
    expect(refusal(workbookFile(`<row r="1">${data}</row>`), limits)).toBe(
      "the parts read come to more than the 0 MiB limit inflated"
    );
  });
});

describe("sheets too large to read are refused at the limit, not read to the end", () => {
  test("a sheet with a million rows is refused at row 100,001", () => {
    const rows = Array.from(
      { length: 1_000_000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>1</v></c></row>`
    );
    const file = zipOf(workbookEntries(rows.join("")));
    expect(refusal(file)).toBe("sheet “Sheet1” has more than 100,000 rows");
  });

  test("two cells at A1 and XFD1048576 span more than the area limit", () => {
    const data = `<row r="1">${cell("A1", "<v>1</v>")}</row><row r="1048576">${cell("XFD1048576", "<v>2</v>")}</row>`;
    expect(refusal(workbookFile(data))).toBe(
      "sheet “Sheet1” spans 1,048,576 rows × 16,384 columns, over the 2,000,000-cell limit"
    );
  });

  test("an address outside Excel's grid is refused", () => {
    expect(refusal(workbookFile(`<row r="1">${cell("XFE1", "<v>1</v>")}</row>`))).toBe(
      "a cell address outside the grid at Sheet1!XFE1"
    );
  });

  test("more cells than the cell limit are refused at the one past it", () => {
    const data = Array.from(
      { length: 30 },
      (_, r) => `<row r="${r + 1}">${cell(`A${r + 1}`, "<v>1</v>")}</row>`
    );
    expect(refusal(workbookFile(data.join("")), { ...READ_LIMITS, cells: 20 })).toBe(
      "the workbook has more than 20 cells"
    );
  });

  test("a formula longer than Excel's 8,192 characters is refused", () => {
    const long = `SUM(${Array.from({ length: 2000 }, (_, k) => `A${k + 1}`).join(",")})+KPI.ACHIEVEMENT(1,2)`;
    expect(long.length).toBeGreaterThan(8192);
    expect(refusal(workbookFile(`<row r="1">${cell("B1", `<f>${long}</f><v>1</v>`)}</row>`))).toBe(
      `the formula in Sheet1!B1 is ${long.length.toLocaleString("en-US")} characters long, over Excel's limit of 8,192`
    );
  });

  test("a shared-string index past the table is a damaged value, not a crash", () => {
    expect(refusal(workbookFile(`<row r="1">${cell("A1", "<v>7</v>", ' t="s"')}</row>`))).toBe(
      "the value stored in Sheet1!A1 is damaged"
    );
  });

  test("a read past its time budget is refused (a clock that jumps a minute)", () => {
    let now = 0;
    const deadline = new Deadline(60_000, () => (now += 61_000));
    expect(refusal(workbookFile(""), READ_LIMITS, deadline)).toBe(
      "reading and auditing this file took longer than the 60-second limit"
    );
  });
});

describe("formulas an attacker writes are read within bounds: the cell is named, nothing overflows", () => {
  const audit = (formula: string) =>
    auditFile(
      workbookFile(
        `<row r="1">${cell("A1", "<v>2</v>")}${cell("B1", `<f>${formula}</f><v>1</v>`)}</row>`
      )
    );

  test("=KPI.ACHIEVEMENT(((((…A1…)))),1) nested 4,000 deep is not re-performed, and says why", () => {
    const deep = `KPI.ACHIEVEMENT(${"(".repeat(4000)}A1${")".repeat(4000)},1)`;
    const [finding] = audit(deep).findings;
    expect(finding).toMatchObject({ kind: "not-reperformed", cell: "B1", fails: true });
    expect(finding.message).toMatch(/nests more than 100 levels deep/);
  });

  test("=KPI.ACHIEVEMENT(A1+A1+…, 1) with 2,000 terms is not re-performed, and says why", () => {
    const chain = `KPI.ACHIEVEMENT(${Array.from({ length: 2000 }, () => "A1").join("+")},1)`;
    const [finding] = audit(chain).findings;
    expect(finding.kind).toBe("not-reperformed");
    expect(finding.message).toMatch(/more than 1000 operations deep/);
  });

  test("a Kinerja function over the whole grid (A1:XFD1048576) is not re-performed: the range is over the limit", () => {
    const [finding] = audit("AHP.WEIGHTS(A1:XFD1048576)").findings;
    expect(finding.kind).toBe("not-reperformed");
    expect(finding.message).toMatch(/reads the range A1:XFD1048576 \(17179869184 cells\)/);
  });

  test("λmax-optimal completion of a 50 × 50 matrix (minutes of work) is not re-performed: over the 30 × 30 limit", () => {
    const [finding] = audit('IFERROR(AHP.COMPLETE(C1:AZ50,"lambda-min"),"")').findings;
    expect(finding).toMatchObject({ kind: "not-reperformed", cell: "B1" });
    expect(finding.message).toBe(
      "the pairwise matrix C1:AZ50 is larger than 30 × 30, the audit's limit"
    );
  });

  test("an external link is counted and never opened; a Kinerja cell reading it is named", () => {
    const rels = `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/>`;
    const entries = workbookEntries(
      `<row r="1">${cell("B1", "<f>KPI.ACHIEVEMENT([1]Sheet1!A1,2)</f><v>0.5</v>")}</row>`,
      { workbookRels: rels }
    );
    entries.push(
      entry(
        "xl/externalLinks/externalLink1.xml",
        `<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>`
      ),
      entry(
        "xl/externalLinks/_rels/externalLink1.xml.rels",
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="https://example.invalid/secret.xlsx" TargetMode="External"/></Relationships>`
      )
    );
    const report = auditFile(zipOf(entries));
    expect(report.externalLinks).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: "not-reperformed",
        cell: "B1",
        message: expect.stringMatching(/reads another workbook/),
      }),
    ]);
  });
});

describe("macros are refused", () => {
  test("an .xlsm (macro-enabled content type and xl/vbaProject.bin) gets a one-line refusal", () => {
    const entries = workbookEntries(cell("A1", "<v>1</v>"), {
      contentTypes: `<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>`,
    });
    entries.push(entry("xl/vbaProject.bin", Buffer.from("d0cf11e0", "hex")));
    expect(refusal(zipOf(entries))).toMatch(
      /^the workbook contains macros \(vbaProject\.bin\); Kinerja does not read macro-enabled workbooks/
    );
  });
});

describe("npm run cli -- audit on hostile files: exit code 2 and one line", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kinerja-hostile-"));
  const io = { out: () => undefined, cwd: dir };

  test("a zip bomb is a usage error naming the file and the reason", async () => {
    const entries = workbookEntries("");
    entries[4] = {
      name: "xl/worksheets/sheet1.xml",
      method: 8,
      crc: 0,
      ...deflatedZeros(128),
      size: 1024,
    };
    fs.writeFileSync(path.join(dir, "bomb.xlsx"), zipOf(entries));
    await expect(run(["audit", "bomb.xlsx"], io)).rejects.toThrow(
      "cannot read bomb.xlsx: part xl/worksheets/sheet1.xml inflates past the size it declares (a zip bomb or a damaged file)"
    );
  });

  test("a file over 100 MiB is refused before it is read (a sparse file: nothing is written)", async () => {
    const big = path.join(dir, "big.xlsx");
    fs.closeSync(fs.openSync(big, "w"));
    fs.truncateSync(big, 101 * 2 ** 20);
    await expect(run(["audit", "big.xlsx", "--lang", "id"], io)).rejects.toThrow(
      "cannot read big.xlsx: berkas berukuran 101 MiB, melebihi batas 100 MiB"
    );
  });

  test("the README's table of limits states the limits the reader applies", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("| Limit | Value |"));
    const row = (name: string) =>
      new RegExp(`^\\| ${name} \\| ([^|]+) \\|`, "m").exec(table)![1].trim();
    const mib = (bytes: number) => `${bytes / 2 ** 20} MiB`;
    const n = (value: number) => value.toLocaleString("en-US");
    expect(row("File size")).toBe(mib(READ_LIMITS.fileBytes));
    expect(row("Zip entries")).toBe(n(READ_LIMITS.entries));
    expect(row("One part, inflated")).toBe(mib(READ_LIMITS.partBytes));
    expect(row("All parts read, inflated")).toBe(mib(READ_LIMITS.totalBytes));
    expect(row("Compression ratio")).toBe(n(READ_LIMITS.ratio));
    expect(row("Cells")).toBe(`${n(READ_LIMITS.cells)} per workbook`);
    expect(row("Rows")).toBe(`${n(READ_LIMITS.rows)} per sheet`);
    expect(row("Area")).toBe(`${n(READ_LIMITS.area)} cells per sheet`);
    expect(row("Formula")).toBe(`${n(READ_LIMITS.formulaChars)} characters`);
    expect(row("Formula nesting")).toBe(`${MAX_NESTING} levels; ${n(MAX_HEIGHT)} operations deep`);
    expect(row("One range a Kinerja formula reads")).toBe(`${n(MAX_RANGE_CELLS)} cells`);
    expect(row("Pairwise matrix re-performed")).toBe(`${MAX_MATRIX_SIDE} × ${MAX_MATRIX_SIDE}`);
    expect(row("Time")).toBe(`${READ_LIMITS.milliseconds / 1000} s`);
  });
});
