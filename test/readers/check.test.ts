/**
 * "Check this workbook": a freshly built template is clean (a blank UMKM says once that it has no
 * weights yet), and each rule fires, naming the cell and the numbers, when the workbook is broken on
 * purpose through the port — the way a user would break it.
 */
import { consistencyOf, pairwiseMatrix } from "../../src/core";
import { buildPlan } from "../../src/templates";
import { Finding, checkWorkbook, formulaShape } from "../../src/readers/check";
import type { TemplateOptions } from "../../src/templates/options";
import type { Lang, TemplateId } from "../../src/sheet/plan";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { type } from "../helpers/typing";

const TEMPLATES: TemplateId[] = ["umkm", "bsc", "prism", "ipms"];

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  example: true,
  lang: "id",
  periods: "monthly",
  year: 2026,
  kpisPerGroup: 2,
  ...over,
});

async function findingsOf(wb: MemoryWorkbook, lang: Lang = "id"): Promise<Finding[]> {
  const snapshots = [];
  for (const name of await wb.listSheets()) snapshots.push(await wb.readSheet(name));
  return checkWorkbook(snapshots, lang);
}

async function built(id: TemplateId, over: Partial<TemplateOptions> = {}): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.applyPlan(buildPlan(id, options(over)));
  return wb;
}

const brief = (f: Finding) => [f.severity, f.rule, f.sheet, f.address];

describe("a freshly built workbook", () => {
  describe.each(["id", "en"] as const)("%s", (lang) => {
    test.each(TEMPLATES)("%s example: no findings", async (id) => {
      expect(await findingsOf(await built(id, { lang }), lang)).toEqual([]);
    });

    test.each(["bsc", "prism", "ipms"] as const)(
      "%s blank: no findings (equal AHP judgements give weights that add up)",
      async (id) => {
        expect(await findingsOf(await built(id, { lang, example: false }), lang)).toEqual([]);
      }
    );

    test("umkm blank: one note that no weights are entered yet, at the weight total", async () => {
      const findings = await findingsOf(await built("umkm", { lang, example: false }), lang);
      const sheet = lang === "id" ? "KPI UMKM" : "UMKM KPIs";
      expect(findings.map(brief)).toEqual([["info", "weights-sum", sheet, "D23"]]);
      expect(findings[0].message).toBe(
        lang === "id"
          ? "Belum ada bobot di D7:D12: bobot harus berjumlah 100%."
          : "No weights yet in D7:D12: they must add up to 100%."
      );
    });
  });

  test("all four examples in one workbook beside a user's sheet full of errors: still clean", async () => {
    const wb = new MemoryWorkbook({
      Sheet1: { A1: "=1/0", A2: "=A1+1", B1: "=C1*2", B2: 5, B3: "=C3*2", C1: 1, C3: 2 },
    });
    for (const id of TEMPLATES) await wb.applyPlan(buildPlan(id, options()));
    expect(await findingsOf(wb)).toEqual([]);
  });
});

describe("(a) weights that do not add up", () => {
  test("UMKM: one weight 25 → 20 makes the total 95%, not 100%", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "UMKM KPIs", { D7: 20 });
    const findings = await findingsOf(wb, "en");
    expect(findings.map(brief)).toEqual([["error", "weights-sum", "UMKM KPIs", "D25"]]);
    expect(findings[0].message).toBe("The weights in D7:D14 add up to 95%, not 100%.");
    expect((await findingsOf(wb, "id"))[0].message).toBe(
      "Bobot di D7:D14 berjumlah 95%, bukan 100%."
    );
  });

  test("UMKM: weights typed as fractions get the hint; a text weight is invalid", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "UMKM KPIs", {
      D7: 0.25,
      D8: 0.15,
      D9: 0.1,
      D10: 0.05,
      D11: 0.1,
      D12: 0.1,
      D13: 0.2,
      D14: 0.05,
    });
    const sum = (await findingsOf(wb, "en")).find((f) => f.rule === "weights-sum")!;
    expect(sum.message).toBe(
      "The weights in D7:D14 add up to 1%, not 100%. The weights look like fractions: type 25 for 25%."
    );
    await type(wb, "UMKM KPIs", { D8: "lima belas" });
    const invalid = (await findingsOf(wb, "en")).find((f) => f.rule === "weight-invalid")!;
    expect(brief(invalid)).toEqual(["error", "weight-invalid", "UMKM KPIs", "D8"]);
    expect(invalid.message).toBe(
      "The weight in D8 must be a number of 0 or more; it holds “lima belas”."
    );
  });

  test("BSC: a global weight typed over its formula: the total is off, and the typed cell is named", async () => {
    const wb = await built("bsc");
    const before = (await wb.readSheet("BSC")).values[7][11] as number;
    await type(wb, "BSC", { L8: 0.2 });
    const findings = await findingsOf(wb);
    expect(findings.map(brief)).toEqual([
      ["error", "weights-sum", "BSC", "L25"],
      ["warning", "formula-replaced", "BSC", "L8"],
    ]);
    const total = (1 - before + 0.2).toLocaleString("id-ID", { maximumFractionDigits: 4 });
    expect(findings[0].message).toBe(
      `Bobot di L7:L22 berjumlah ${total}, bukan 1. Bobot dihitung dari lembar AHP: periksa bobot yang diketik atau rumus yang diubah.`
    );
    expect(findings[1].message).toBe(
      'L8 berisi nilai ketikan 0,2, padahal kolom “Bobot global” dihitung dengan rumus (mis. L7: =IF(A7="","",J7*K7)). Nilai ketikan tidak ikut berubah bila datanya berubah.'
    );
  });

  test("a KPI.WEIGHTCHECK a user inserted that does not say OK", async () => {
    const wb = new MemoryWorkbook();
    await wb.insertAtSelection({ rows: [[30], [30], [30], ["=KPI.WEIGHTCHECK(A1:A3)"]] });
    const findings = await findingsOf(wb, "en");
    expect(findings.map(brief)).toEqual([["error", "weights-sum", "Sheet1", "A4"]]);
    expect(findings[0].message).toBe("The weight check in A4 is not OK: SUM 90% ≠ 100%.");
  });
});

describe("(b) consistency: CR above 0.10", () => {
  // Judgements that contradict each other: F ≫ C, C ≫ B, yet B ≫ F.
  const upper = { C7: 5, D7: "=1/5", E7: 3, D8: 7, E8: 3, E9: 1 / 2 };
  const matrix = [
    [1, 5, 1 / 5, 3],
    [1 / 5, 1, 7, 3],
    [5, 1 / 7, 1, 1 / 2],
    [1 / 3, 1 / 3, 2, 1],
  ];

  test("the BSC's 4×4 between perspectives made inconsistent: CR named, with the pair to revise", async () => {
    const cr = consistencyOf(pairwiseMatrix(matrix), "eigen", "saaty1980").cr!;
    expect(cr).toBeGreaterThan(0.1);
    const wb = await built("bsc", { lang: "en" });
    await type(wb, "AHP", upper);
    const findings = (await findingsOf(wb, "en")).filter((f) => f.rule === "ahp-cr");
    // CR sits in the AHP.CHECK spill below the matrix: labels in A, values in B (row 4 of 6).
    expect(findings.map(brief)).toEqual([["error", "ahp-cr", "AHP", "B16"]]);
    expect(findings[0].message).toMatch(
      new RegExp(
        `^CR = ${cr.toFixed(3).replace(".", "\\.")} > 0\\.10 in “Level 1 — between perspectives” \\(B7:E10\\): ` +
          "the pairwise judgements contradict each other; revise them\\. Most inconsistent judgement: " +
          "\\S+: [\\w ]+ against \\S+: [\\w ]+ in [B-E]\\d+ = [\\d.]+, suggested [\\d.]+ \\(Saaty scale: [\\d/]+\\)\\.$"
      )
    );
  });

  test("an AHP.CR and an AHP.WEIGHTS without a check, on a user's own sheet", async () => {
    const wb = new MemoryWorkbook();
    const rows = matrix.map((row) => row.map((a) => (a < 1 ? `=1/${Math.round(1 / a)}` : a)));
    await wb.insertAtSelection({ rows: [...rows, ["=AHP.CR(A1:D4)"]] });
    await wb.goTo("Sheet1", "F1");
    await wb.insertAtSelection({
      rows: [["=AHP.WEIGHTS(A1:D4)"]],
      spills: [{ row: 0, col: 0, rows: 4, columns: 1 }],
    });
    expect((await findingsOf(wb, "en")).map(brief)).toEqual([["error", "ahp-cr", "Sheet1", "A5"]]);
    // Without the AHP.CR cell, the weights' own matrix is checked.
    await type(wb, "Sheet1", { A5: null });
    expect((await findingsOf(wb, "en")).map(brief)).toEqual([["error", "ahp-cr", "Sheet1", "F1"]]);
  });
});

describe("(c) OMAX anchors", () => {
  test("swapping L0 and L3 of a KPI puts its anchors out of order", async () => {
    const wb = await built("bsc", { lang: "en" });
    await type(wb, "BSC", { F7: 1000, G7: 1200 });
    const findings = await findingsOf(wb, "en");
    const anchors = findings.filter((f) => f.rule === "omax-anchors-order");
    expect(anchors.map(brief)).toEqual([["error", "omax-anchors-order", "BSC", "F7"]]);
    expect(anchors[0].message).toBe(
      "The OMAX anchors of KPI “Manufacturing cost” are out of order: L0 = 1000, L3 = 1200, L10 = 800. " +
        "They must rise (L0 < L3 < L10, higher is better) or fall (L0 > L3 > L10, lower is better)."
    );
    // The level formulas now show #VALUE!: one finding per sheet, at the first such cell.
    expect(findings.filter((f) => f.rule === "error-values").map(brief)).toEqual([
      ["error", "error-values", "BSC", "N7"],
      ["error", "error-values", "OMAX", "D5"],
      ["error", "error-values", "Tracking", "E27"],
    ]);
  });

  test("Prism anchors name the minimum target L8; a missing L0 is a warning, a text anchor an error", async () => {
    const wb = await built("prism");
    const [worst] = [(await wb.readSheet("Prism")).values[6][5]];
    await type(wb, "Prism", { F7: null, G8: "n/a" });
    const findings = (await findingsOf(wb)).filter((f) => f.rule.startsWith("omax"));
    expect(findings.map(brief)).toEqual([
      ["warning", "omax-anchors-missing", "Prism", "F7"],
      ["error", "omax-anchors-order", "Prism", "G8"],
    ]);
    expect(worst).not.toBe("");
    expect(findings[0].message).toMatch(
      /^KPI “.+” \(baris 7\) belum punya jangkar L0: levelnya tidak dapat dihitung\.$/
    );
    expect(findings[1].message).toMatch(/^Jangkar L8 KPI “.+” di G8 harus angka, isinya “n\/a”\.$/);
  });
});

describe("(d) targets missing", () => {
  test("UMKM target and OMAX L10 blanked on named KPIs", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "UMKM KPIs", { I8: null });
    await wb.applyPlan(buildPlan("bsc", options({ lang: "en" })));
    await type(wb, "BSC", { H8: null });
    const findings = (await findingsOf(wb, "en")).filter((f) => f.rule === "target-missing");
    expect(findings.map(brief)).toEqual([
      ["warning", "target-missing", "UMKM KPIs", "I8"],
      ["warning", "target-missing", "BSC", "H8"],
    ]);
    expect(findings[0].message).toBe(
      "KPI “Number of new customers” (row 8) has no target: its achievement and status cannot be computed."
    );
    expect(findings[1].message).toBe("KPI “Warehousing cost” (row 8) has no target (L10).");
  });
});

describe("(e) formulas replaced by typed values", () => {
  test("in the register: a typed status, a deleted actual", async () => {
    const wb = await built("ipms", { lang: "en" });
    await type(wb, "IPMS", { P7: "GREEN", N8: null });
    const findings = (await findingsOf(wb, "en")).filter((f) => f.rule === "formula-replaced");
    expect(findings.map(brief)).toEqual([
      ["warning", "formula-replaced", "IPMS", "N8"],
      ["warning", "formula-replaced", "IPMS", "P7"],
    ]);
    expect(findings[0].message).toMatch(
      /^N8 is empty where the column “Actual” is computed by a formula \(e\.g\. N7: =IF\(INDEX\(.+\)\): its formula was deleted\.$/
    );
    expect(findings[1].message).toMatch(
      /^P7 holds the typed value “GREEN” where the column “Status” is computed by a formula \(e\.g\. P8: =IF\(O8="","",TRAFFIC\.OMAX\(O8,'Settings'!\$B\$5,'Settings'!\$B\$6\)\)\)\. A typed value no longer follows its data\.$/
    );
  });

  test("on the Tracking sheet: a score typed in the middle, at the end and at the start of its run", async () => {
    const wb = await built("bsc", { lang: "en" });
    // Score rows are 27…44 (ten KPIs and eight rows of room); row 45 is the index.
    await type(wb, "Tracking", { F31: 5, G44: 7, H27: 2 });
    const findings = (await findingsOf(wb, "en")).filter((f) => f.rule === "formula-replaced");
    expect(findings.map((f) => f.address)).toEqual(["F31", "G44", "H27"]);
    expect(findings[0].message).toBe(
      `F31 holds the typed value 5 where the column is computed by a formula (e.g. F30: =IF(F9="","",OMAX.LEVEL(F9,'BSC'!$F$10,'BSC'!$G$10,'BSC'!$H$10,'Settings'!$B$8,'Settings'!$B$9))). A typed value no longer follows its data.`
    );
  });
});

describe("(f) what else an auditor wants", () => {
  test("a judgement outside Saaty's 1/9…9", async () => {
    const wb = await built("bsc", { lang: "en" });
    await type(wb, "AHP", { C7: 12 });
    const scale = (await findingsOf(wb, "en")).filter((f) => f.rule === "ahp-scale");
    expect(scale.map(brief)).toEqual([["warning", "ahp-scale", "AHP", "C7"]]);
    expect(scale[0].message).toBe(
      "The judgement 12 in C7 (“Level 1 — between perspectives” (B7:E10)) is outside Saaty's scale 1/9…9."
    );
  });

  test("a KPI code used twice, a weight outside its priority class, an unknown selected period", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "UMKM KPIs", { A8: "K1", E7: "Important" });
    await type(wb, "Tracking", { C2: "Dec 2099" });
    const findings = await findingsOf(wb, "en");
    expect(findings.map(brief)).toEqual([
      ["warning", "duplicate-code", "UMKM KPIs", "A8"],
      ["warning", "class-check", "UMKM KPIs", "F7"],
      ["error", "period-unknown", "Tracking", "C2"],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      "KPI code “K1” in A8 is already used in A7: give every KPI its own code.",
      "Weight 25% of “Number of orders” is above the range of its class “Important” (5–10%): change the weight or the class.",
      "The selected period “Dec 2099” in C2 is not one of the period headings: the scorecard and dashboard show nothing. Pick a period from the list.",
    ]);
  });
});

describe("formula shapes (R1C1 style)", () => {
  test.each([
    ["=F7*G7", 6, "=F8*G8", 7, true],
    ["='AHP'!$H$7", 6, "='AHP'!$H$9", 7, true],
    ["=SUM(D7:D14)", 14, "=SUM(D7:D15)", 15, false],
    ['=IF(A1="B2","",LOG10(A1))', 0, '=IF(A2="C9","",LOG10(A2))', 1, true],
    ["=A1", 0, "=B2", 0, false],
  ] as const)("%s (row %d) vs %s (row %d): same shape %p", (a, ra, b, rb, same) => {
    expect(formulaShape(a, ra, 0) === formulaShape(b, rb, 0)).toBe(same);
  });
});

describe("(g) every KPI of a register in Tracking, with a weight, in a group of the list", () => {
  const rulesOf = (findings: Finding[], rule: Finding["rule"]) =>
    findings.filter((f) => f.rule === rule).map(brief);

  test("UMKM: K3's row on Tracking cleared: K3 is flagged as not tracked", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "Tracking", { A8: "" });
    expect(rulesOf(await findingsOf(wb, "en"), "tracking-missing")).toEqual([
      ["warning", "tracking-missing", "UMKM KPIs", "A9"],
    ]);
  });

  test("UMKM: K2's weight cleared: a KPI without a weight, besides the total", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "UMKM KPIs", { D8: "" });
    const findings = await findingsOf(wb, "en");
    expect(rulesOf(findings, "weight-missing")).toEqual([
      ["warning", "weight-missing", "UMKM KPIs", "D8"],
    ]);
    expect(findings.find((f) => f.rule === "weight-missing")!.message).toBe(
      "KPI “Number of new customers” (row 8) has no weight: it counts for nothing in the index."
    );
  });

  test("UMKM: a group typed that is not in the group list", async () => {
    const wb = await built("umkm", { lang: "id" });
    await type(wb, "KPI UMKM", { C7: "Daring" });
    const findings = await findingsOf(wb, "id");
    expect(rulesOf(findings, "group-unknown")).toEqual([
      ["warning", "group-unknown", "KPI UMKM", "C7"],
    ]);
    // Added to the list, it is a group like the others.
    await type(wb, "KPI UMKM", { C31: "Daring" });
    expect(rulesOf(await findingsOf(wb, "id"), "group-unknown")).toEqual([]);
  });

  test("UMKM: a number typed over a calculated column in the room for more KPIs", async () => {
    const wb = await built("umkm", { lang: "en" });
    await type(wb, "UMKM KPIs", { N16: 0.9 });
    expect(rulesOf(await findingsOf(wb, "en"), "formula-replaced")).toEqual([
      ["warning", "formula-replaced", "UMKM KPIs", "N16"],
    ]);
  });
});
