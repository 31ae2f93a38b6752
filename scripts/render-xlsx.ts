/**
 * Renders an .xlsx to PNG pages, to look at what a generated workbook looks like without Excel:
 * LibreOffice prints it to PDF, pdftoppm (poppler-utils) turns each page into a PNG.
 *
 *   npx ts-node scripts/render-xlsx.ts in.xlsx outdir [dpi] [--recalc]
 *
 * By default the pages show the values stored in the file (what Excel shows on opening, including the
 * results of Kinerja's custom functions); --recalc shows LibreOffice's own recalculation instead, where
 * the custom functions are #NAME?.
 *
 * Each sheet is printed one page wide, in landscape, so a dashboard's charts and a strategy map are
 * not cut across pages (a copy of the file is changed for printing; the input stays as it is).
 *
 * Needs: apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join, resolve } from "path";
import JSZip from "jszip";
import { convertWithLibreOffice } from "../test/helpers/libreoffice";
import { freezeKinerjaCells } from "../test/helpers/xlsx-freeze";

/** A worksheet part set to print one page wide (any number of pages tall), landscape. */
export function printOnePageWide(sheetXml: string): string {
  const fit = '<pageSetUpPr fitToPage="1"/>';
  let xml = sheetXml;
  if (/<sheetPr\b[^>]*\/>/.test(xml))
    xml = xml.replace(/<sheetPr\b([^>]*)\/>/, `<sheetPr$1>${fit}</sheetPr>`);
  else if (/<sheetPr\b/.test(xml)) xml = xml.replace("</sheetPr>", `${fit}</sheetPr>`);
  else xml = xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr>${fit}</sheetPr>`);
  const setup = '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  if (/<pageSetup\b[^>]*\/>/.test(xml)) return xml.replace(/<pageSetup\b[^>]*\/>/, setup);
  return xml.replace(/(<pageMargins\b[^>]*\/>)/, `$1${setup}`);
}

async function printableCopy(input: string, dir: string, recalculate: boolean): Promise<string> {
  // Without --recalc, the custom functions' cells hold their stored values as plain values, so
  // LibreOffice cannot turn a cell that reads one (an empty text included) into #NAME?.
  const stored = readFileSync(input);
  const zip = await JSZip.loadAsync(
    recalculate ? stored : (await freezeKinerjaCells(stored)).buffer
  );
  for (const path of Object.keys(zip.files).filter((name) =>
    /^xl\/worksheets\/[^/]+\.xml$/.test(name)
  )) {
    zip.file(path, printOnePageWide(await (zip.file(path) as JSZip.JSZipObject).async("string")));
  }
  const copy = join(dir, basename(input));
  writeFileSync(copy, await zip.generateAsync({ type: "nodebuffer" }));
  return copy;
}

async function main(args: string[]): Promise<void> {
  const recalculate = args.includes("--recalc");
  const [input, outDir, dpi = "80"] = args.filter((arg) => arg !== "--recalc");
  if (!input || !outDir) {
    console.error("usage: npx ts-node scripts/render-xlsx.ts in.xlsx outdir [dpi] [--recalc]");
    process.exit(2);
  }
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "render-xlsx-"));
  try {
    const pdf = convertWithLibreOffice(
      await printableCopy(resolve(input), work, recalculate),
      "pdf",
      out,
      {
        recalculate,
      }
    );
    const prefix = join(out, basename(input, extname(input)));
    execFileSync("pdftoppm", ["-png", "-r", dpi, pdf, prefix], { stdio: "inherit" });
    const pages = readdirSync(out).filter(
      (file) => file.startsWith(`${basename(prefix)}-`) && file.endsWith(".png")
    );
    console.log([pdf, ...pages.sort().map((page) => join(out, page))].join("\n"));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
