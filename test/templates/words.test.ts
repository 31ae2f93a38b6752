/**
 * Words an owner understands (issue 10): sheets speak to the user, never about seed documents, spec
 * sections or function names; the direction reads as an owner says it; units read after a number;
 * pairwise judgements cannot silently become dates.
 */
import { buildPlan } from "../../src/templates";
import { parseCell, parseRange } from "../../src/sheet/a1";
import type { SheetPlan } from "../../src/sheet/plan";
import { registerLayout } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import { TEMPLATE_VARIANTS, exampleOptions, sheetOf } from "../helpers/template-variants";

const options = exampleOptions;

/** What a user reads on a sheet: typed texts, notes and input messages. */
function textsOf(sheet: SheetPlan, lang: "id" | "en"): { where: string; text: string }[] {
  return [
    ...sheet.cells.flatMap((c) => [
      ...(typeof c.value === "string" ? [{ where: c.address, text: c.value }] : []),
      ...(c.note ? [{ where: `${c.address} (note)`, text: c.note }] : []),
    ]),
    ...(sheet.validations ?? []).flatMap((v) =>
      v.prompt ? [{ where: `${v.range} (prompt)`, text: v.prompt[lang] }] : []
    ),
  ];
}

describe.each(TEMPLATE_VARIANTS)(
  "$id example=$example $lang $periods",
  ({ id, example, lang, periods }) => {
    const plan = buildPlan(id, options({ example, lang, periods }));

    test("no seed numbers, spec sections, BAB, a_ij or function names in what the user reads", () => {
      const found = plan.sheets.flatMap((sheet) =>
        textsOf(sheet, lang)
          .filter(({ text }) =>
            /\bseeds? \d|\bspec\b|spesifikasi §|§|\bBAB \d|a_ij|w_i|\b[A-Z]+\.[A-Z]+\b/.test(text)
          )
          .map(({ where, text }) => `${sheet.key}!${where}: ${text}`)
      );
      expect(found).toEqual([]);
    });

    test("every pairwise judgement accepts 1/9 to 9 only, and its input message says to type =1/3", () => {
      const ahp = plan.sheets.find((s) => s.key === "ahp");
      if (!ahp) return;
      const judgements = ahp.cells.filter((c) => c.style === "input");
      expect(judgements.length).toBeGreaterThan(0);
      const rules = (ahp.validations ?? []).filter(
        (v) => v.type === "decimal" && v.min !== undefined && Math.abs(v.min - 1 / 9) < 1e-12
      );
      for (const cell of judgements) {
        const at = parseCell(cell.address);
        const rule = rules.find((v) => {
          const r = parseRange(v.range);
          return at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
        });
        expect(rule).toMatchObject({ type: "decimal", max: 9 });
        expect(rule!.prompt![lang]).toContain("=1/3");
      }
      expect(textsOf(ahp, lang).some(({ text }) => text.includes("=1/3"))).toBe(true);
    });
  }
);

test("UMKM in Bahasa Indonesia: Arah reads “makin tinggi makin baik” / “makin rendah makin baik”", () => {
  const plan = buildPlan("umkm", options());
  const register = sheetOf(plan, "register");
  const layout = registerLayout(REGISTERS.umkm, 8);
  const direction = register.validations!.find(
    (v) => parseRange(v.range).left === layout.columnOf("direction")
  )!;
  expect(direction).toMatchObject({
    type: "list",
    values: ["makin tinggi makin baik", "makin rendah makin baik"],
  });
  const typed = register.cells.find((c) => c.address === layout.cell("direction", 0))!;
  expect(typed.value).toBe("makin tinggi makin baik");
});

test("UMKM example: units read after a number — 2 pelanggan, 5 corak, 5 varian; never “jumlah”", () => {
  const layout = registerLayout(REGISTERS.umkm, 8);
  for (const [lang, expected] of [
    ["id", ["pelanggan", "corak", "varian"]],
    ["en", ["customers", "patterns", "variants"]],
  ] as const) {
    const register = sheetOf(buildPlan("umkm", options({ lang })), "register");
    const unit = (k: number) =>
      register.cells.find((c) => c.address === layout.cell("unit", k))?.value;
    expect([unit(1), unit(4), unit(5)]).toEqual(expected);
    for (let k = 0; k < 8; k++) expect(unit(k)).not.toMatch(/^(jumlah|count)$/);
  }
});

test("Prism OMAX sheet: the L8 header's note describes L8, the minimum target", () => {
  for (const [lang, words] of [
    ["id", /Target minimum \(L8\)/],
    ["en", /Minimum target \(L8\)/],
  ] as const) {
    const omax = sheetOf(buildPlan("prism", options({ lang })), "omax");
    const l8 = omax.cells.find((c) => c.value === "L8")!;
    expect(l8.note).toMatch(words);
    expect(omax.cells.find((c) => c.value === "L3")!.note).toBeUndefined();
  }
  const bsc = sheetOf(buildPlan("bsc", options({ lang: "en" })), "omax");
  expect(bsc.cells.find((c) => c.value === "L3")!.note).toMatch(/Baseline \(L3\)/);
});

describe.each(["umkm", "bsc", "prism", "ipms"] as const)("%s blank", (id) => {
  const plan = buildPlan(id, options({ example: false }));
  const register = sheetOf(plan, "register");
  const at = (address: string) => register.cells.find((c) => c.address === address);

  test("the case's label stands apart from the yellow cell to type it in; the dashboard reads that cell", () => {
    expect(at("A2")).toMatchObject({ style: "label" });
    expect(at("A2")!.value).not.toMatch(/:|\(|isi di sini|type it here/);
    expect(at("B2")).toMatchObject({ style: "input", value: null });
    const dashboard = sheetOf(plan, "dashboard");
    expect(dashboard.cells.find((c) => c.address === "A2")!.formula).toBe('=«register»!$B$2&""');
  });
});

test.each(["umkm", "bsc", "prism", "ipms"] as const)(
  "%s: the sort-only helper columns are hidden and their headers say they are helpers",
  (id) => {
    const plan = buildPlan(id, options({ lang: "en" }));
    const register = sheetOf(plan, "register");
    const col = registerLayout(REGISTERS[id], 0).columnOf("rankKey");
    expect(register.columns!.filter((c) => c.index === col).some((c) => c.hidden)).toBe(true);
    const headers = plan.sheets.flatMap((s) =>
      s.cells.filter((c) => c.style === "header" && c.value === "Sort key (helper)")
    );
    expect(headers.length).toBe(2); // the register's and the dashboard's
    const dashboard = sheetOf(plan, "dashboard");
    const key = dashboard.cells.find((c) => c.value === "Sort key (helper)")!;
    expect(dashboard.columns!.some((c) => c.index === parseCell(key.address).col && c.hidden)).toBe(
      true
    );
  }
);
