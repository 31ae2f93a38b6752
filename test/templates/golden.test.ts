/**
 * The plans did not change: every template variant (4 templates × example/blank × id/en × monthly/
 * quarterly/yearly) builds exactly the plan committed under test/fixtures/plans. A refactoring keeps
 * them as they are; a deliberate change to a template regenerates them with `npm run golden` and the
 * diff shows what changed.
 */
import * as fs from "fs";
import * as path from "path";
import { goldenFileName, goldenPlan, goldenText } from "../helpers/golden";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";

const FOLDER = path.resolve(__dirname, "../fixtures/plans");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/** The first line that differs, with its neighbours, so a failure says where the plan changed. */
function firstDifference(expected: string, actual: string): string {
  const want = expected.split("\n");
  const got = actual.split("\n");
  const at = want.findIndex((line, k) => line !== got[k]);
  const line = at === -1 ? want.length : at;
  const changed = Math.max(want.length, got.length) - want.filter((l, k) => l === got[k]).length;
  return [
    `${changed} line(s) differ; the first at line ${line + 1}:`,
    `  expected: ${want[line] ?? "(end of file)"}`,
    `  actual:   ${got[line] ?? "(end of file)"}`,
  ].join("\n");
}

describe.each(TEMPLATE_VARIANTS)("golden plan $id example=$example $lang $periods", (variant) => {
  const file = path.join(FOLDER, goldenFileName(variant));

  test("builds exactly the committed plan", () => {
    const actual = goldenText(goldenPlan(variant));
    if (UPDATE) {
      fs.mkdirSync(FOLDER, { recursive: true });
      fs.writeFileSync(file, actual);
      return;
    }
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run golden`);
    const expected = fs.readFileSync(file, "utf8");
    if (actual !== expected) throw new Error(firstDifference(expected, actual));
  });
});

test("no stale golden files: one per variant", () => {
  const expected = TEMPLATE_VARIANTS.map(goldenFileName).sort();
  const present = fs.existsSync(FOLDER)
    ? fs
        .readdirSync(FOLDER)
        .filter((name) => name.endsWith(".json"))
        .sort()
    : [];
  if (UPDATE) {
    for (const name of present)
      if (!expected.includes(name)) fs.unlinkSync(path.join(FOLDER, name));
    return;
  }
  expect(present).toEqual(expected);
});
