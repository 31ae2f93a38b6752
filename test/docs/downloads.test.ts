/**
 * docs/downloads is what `npm run downloads` writes from today's templates: each workbook's parts
 * (its sheets, styles, drawings… unzipped, so the comparison does not hang on how a zip is packed)
 * and the index page. A template change without `npm run downloads` fails here.
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import {
  DOWNLOADS,
  DOWNLOADS_DIR,
  downloadWorkbook,
  downloadsIndex,
} from "../../scripts/downloads";

/** Part name → its text, for every part of an .xlsx. */
async function parts(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  return out;
}

const STALE = "docs/downloads is stale: run `npm run downloads` and commit the files";

describe("docs/downloads: the native workbooks of every template, as npm run downloads writes them", () => {
  test("one workbook per template, blank and example, Indonesian and English, and the index", () => {
    expect(DOWNLOADS).toHaveLength(16);
    const files = readdirSync(DOWNLOADS_DIR).sort();
    expect(files).toEqual([...DOWNLOADS.map((d) => d.file), "README.md"].sort());
    expect(readFileSync(join(DOWNLOADS_DIR, "README.md"), "utf8")).toBe(downloadsIndex());
  });

  test("the README's first screen links every one, right under the first commands", () => {
    const readme = readFileSync(join(DOWNLOADS_DIR, "..", "..", "README.md"), "utf8");
    const firstScreen = readme.slice(0, readme.indexOf("## Try it"));
    expect(firstScreen).toContain("npm test");
    expect(firstScreen).toMatch(
      /open it in Excel, LibreOffice or Google Sheets, and type your numbers/
    );
    for (const { file } of DOWNLOADS) expect(firstScreen).toContain(`(docs/downloads/${file})`);
  });

  test.each(DOWNLOADS.map((d) => [d.file, d] as const))(
    "%s is up to date",
    async (file, download) => {
      const path = join(DOWNLOADS_DIR, file);
      expect(existsSync(path)).toBe(true);
      const stored = await parts(readFileSync(path));
      const fresh = await parts(await downloadWorkbook(download));
      expect([...stored.keys()]).toEqual([...fresh.keys()]);
      for (const [name, text] of fresh)
        if (stored.get(name) !== text) throw new Error(`${STALE} (${file}: ${name} differs)`);
    }
  );
});
