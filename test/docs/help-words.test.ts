/**
 * The functions' help pages are read by users: they cite a source as a reader cites it (author,
 * title, year) and point at the methods page, never at seed numbers or "the spec".
 */
import * as fs from "fs";
import * as path from "path";

const HELP = path.join(__dirname, "../../docs/functions");
const pages = fs.readdirSync(HELP).filter((file) => file.endsWith(".md"));

test.each(pages)("%s: no seed numbers, no “spec §”", (file) => {
  const text = fs.readFileSync(path.join(HELP, file), "utf8");
  expect(text).not.toMatch(/\bseeds? 0\d\d\b/i);
  expect(text).not.toMatch(/\bspec(?:'s)?\b\s*§|\bthe spec\b|\bspec \d/i);
});
