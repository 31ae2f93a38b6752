/**
 * The "Re-perform it natively" sections of the function help pages are what the generator writes
 * today (scripts/native-docs.ts): a change to src/native without `npm run downloads` fails here.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  FUNCTIONS_DIR,
  NATIVE_PAGES,
  nativeSection,
  withNativeSection,
} from "../../scripts/native-docs";
import { NATIVE_FUNCTIONS } from "../../src/native";

test("every function the generator re-performs has a help page with a native section", () => {
  const pages = NATIVE_FUNCTIONS.map((name) => name.toLowerCase().replace(/\./g, "-"));
  expect([...NATIVE_PAGES].sort()).toEqual([...pages].sort());
});

test.each(NATIVE_PAGES)("docs/functions/%s.md shows the formulas the generator writes", (page) => {
  const markdown = readFileSync(join(FUNCTIONS_DIR, `${page}.md`), "utf8");
  expect(markdown).toContain("## Re-perform it natively");
  const fresh = withNativeSection(markdown, nativeSection(page));
  if (fresh !== markdown)
    throw new Error(`docs/functions/${page}.md is stale: run \`npm run downloads\` and commit it`);
});
