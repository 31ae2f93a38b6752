/**
 * Pictures of the native workbook for docs/downloads/README.md and the README's "For auditors"
 * (docs/images/native/*.png): the Balanced Scorecard example's first AHP block with the start and
 * the end of its steps, its OMAX level table, and the top of its Audit sheet — as LibreOffice
 * computes them (recalculated, no add-in).
 *
 *   npx ts-node scripts/native-images.ts [outdir]
 *
 * LibreOffice prints print areas set on a copy of the workbook to PDF; pdftoppm turns each page
 * into a PNG, cropped to the printed text (pdftotext -bbox) since ImageMagick may not be there.
 * Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import JSZip from "jszip";
import { nativePlanWithReport, withAuditSheet } from "../src/native";
import { DEFAULT_OPTIONS, buildPlan } from "../src/templates";
import { absolute, rangeAddress } from "../src/sheet/a1";
import { writePlanToXlsxWithNames } from "../src/workbook/xlsx-writer";
import { convertWithLibreOffice } from "../test/helpers/libreoffice";

const DPI = 300;

/** What to print: a sheet and its ranges (each prints on its own page), and the pictures' names. */
interface Picture {
  sheet: string;
  ranges: string[];
  names: string[];
}

async function main(outDir: string): Promise<void> {
  const template = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2026 });
  // The Audit sheet of the native workbook: what it lists re-performs in LibreOffice too.
  const { plan: kinerja, audit } = withAuditSheet(template);
  const { plan, report } = nativePlanWithReport(kinerja);
  const band = report.blocks.find((b) => b.block.key.startsWith("ahp|"));
  if (!band?.block.guide) throw new Error("no AHP band in the plan");
  const guideCol = (label: string) => {
    const cell = band.block.guide?.find((g) => g.label.en === label);
    if (!cell) throw new Error(`no step "${label}"`);
    return band.at.col + cell.col;
  };
  const top = band.at.row;
  // The block: title, header, 4 criteria, a gap, the check's header and its 6 rows.
  const bottom = top + 13;
  const n = 4;
  const geomeanWeight = guideCol("Weight");
  const firstSquare = guideCol("A^2, scaled to Σ 1");
  const lastSquare = guideCol("A^256, scaled to Σ 1");
  const results = band.at.col + band.block.columns - 1;
  const pictures: Picture[] = [
    {
      sheet: "ahp",
      // The block as the sheet's user sees it, the random-index table and the first steps; the
      // first squarings; the last squaring and the results.
      ranges: [
        rangeAddress(top, 0, bottom, geomeanWeight),
        rangeAddress(top, firstSquare - 1, top + n + 2, firstSquare + 3 * (n + 2) - 2),
        rangeAddress(top, lastSquare - 1, bottom - 4, results),
      ],
      names: ["ahp-block", "ahp-squaring", "ahp-results"],
    },
    { sheet: "omax", ranges: [rangeAddress(0, 0, 12, 14)], names: ["omax-levels"] },
    // The summary and the first cells listed.
    { sheet: audit.sheet.key, ranges: [rangeAddress(0, 0, 28, 5)], names: ["audit-sheet"] },
  ];

  const { buffer, sheets } = await writePlanToXlsxWithNames(plan, {
    now: new Date(Date.UTC(2026, 0, 1)),
  });
  const zip = await JSZip.loadAsync(buffer);
  let workbook = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  const areas = pictures
    .map((p) => {
      const index = sheets.findIndex((s) => s.key === p.sheet);
      const name = sheets[index].name.replace(/'/g, "''");
      const refs = p.ranges.map((r) => `'${name}'!${absolute(r)}`).join(",");
      return `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${refs}</definedName>`;
    })
    .join("");
  workbook = workbook.includes("</definedNames>")
    ? workbook.replace("</definedNames>", `${areas}</definedNames>`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${areas}</definedNames>`);
  // Only the pictured sheets print, the first of them in front.
  sheets.forEach((sheet) => {
    if (pictures.some((p) => p.sheet === sheet.key)) return;
    const name = sheet.name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    workbook = workbook.replace(`name="${name}" state="visible"`, `name="${name}" state="hidden"`);
  });
  const front = sheets.findIndex((s) => s.key === pictures[0].sheet);
  workbook = workbook.replace(/activeTab="\d+"/, `activeTab="${front}"`);
  zip.file("xl/workbook.xml", workbook);
  for (let k = 0; k < sheets.length; k++) {
    const path = `xl/worksheets/sheet${k + 1}.xml`;
    const xml = await (zip.file(path) as JSZip.JSZipObject).async("string");
    // Landscape, each print range shrunk onto one page.
    const setup = '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="1"/>';
    const fitted = /<pageSetup\b[^>]*\/>/.test(xml)
      ? xml.replace(/<pageSetup\b[^>]*\/>/, setup)
      : xml.replace(/<pageMargins\b[^>]*\/>/, (m) => `${m}${setup}`);
    zip.file(path, withFitToPage(fitted));
  }

  const work = mkdtempSync(join(tmpdir(), "native-images-"));
  try {
    const input = join(work, "bsc-native.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const pdf = convertWithLibreOffice(input, "pdf", work);
    mkdirSync(outDir, { recursive: true });
    pictures
      .flatMap((p) => p.names)
      .forEach((name, k) => {
        const page = String(k + 1);
        const box = textBox(pdf, page);
        const px = (pt: number) => Math.round((pt * DPI) / 72);
        execFileSync("pdftoppm", [
          ...["-f", page, "-l", page, "-r", String(DPI), "-png", "-singlefile"],
          ...[
            "-x",
            String(px(box.x)),
            "-y",
            String(px(box.y)),
            "-W",
            String(px(box.w)),
            "-H",
            String(px(box.h)),
          ],
          pdf,
          join(work, name),
        ]);
        renameSync(join(work, `${name}.png`), join(outDir, `${name}.png`));
        console.log(join(outDir, `${name}.png`));
      });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A worksheet part set to shrink its printout to the pages its page setup asks for. */
function withFitToPage(xml: string): string {
  const fit = '<pageSetUpPr fitToPage="1"/>';
  if (/<sheetPr\b[^>]*\/>/.test(xml))
    return xml.replace(/<sheetPr\b([^>]*)\/>/, `<sheetPr$1>${fit}</sheetPr>`);
  if (/<sheetPr\b/.test(xml)) return xml.replace("</sheetPr>", `${fit}</sheetPr>`);
  return xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr>${fit}</sheetPr>`);
}

/** The printed words' bounding box on a page, in points, with a margin. */
function textBox(pdf: string, page: string): { x: number; y: number; w: number; h: number } {
  const html = execFileSync("pdftotext", ["-f", page, "-l", page, "-bbox", pdf, "-"], {
    encoding: "utf8",
  });
  const words = [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g),
  ].map((m) => m.slice(1, 5).map(Number));
  if (words.length === 0) throw new Error(`page ${page} of ${pdf} prints no text`);
  const margin = 8;
  const x = Math.max(0, Math.min(...words.map((w) => w[0])) - margin);
  const y = Math.max(0, Math.min(...words.map((w) => w[1])) - margin);
  return {
    x,
    y,
    w: Math.max(...words.map((w) => w[2])) + margin - x,
    h: Math.max(...words.map((w) => w[3])) + margin - y,
  };
}

main(resolve(process.argv[2] ?? join(__dirname, "..", "docs", "images", "native"))).catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
);
