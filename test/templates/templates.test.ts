/**
 * Plan tests: every template builds, every formula parses and refers only to sheets of its plan,
 * nothing evaluates to an unexpected error, weights add up, and the examples carry the seeds' data.
 * Values are checked against independent computations (src/core, or the spec's own numbers).
 */
import { achievement, omaxLevels } from "../../src/core";
import { buildPlan, TEMPLATE_IDS } from "../../src/templates";
import { columnLetter, parseRange } from "../../src/sheet/a1";
import { spilledFrom } from "../../src/sheet/spill";
import { IPMS_EXAMPLE } from "../../src/templates/data/examples/ipms";
import { referencedSheetKeys } from "../../src/sheet/plan";
import type { TemplateId, WorkbookPlan } from "../../src/sheet/plan";
import { isErrorValue, parseFormula, type CellResult } from "../../src/formula";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { dashboardLayout } from "../../src/templates/dashboard";
import { registerLayout, type RegisterField } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import { TEMPLATE_VARIANTS, exampleOptions, sheetOf } from "../helpers/template-variants";

const options = exampleOptions;
const sheet = sheetOf;

/** Register rows: the cells under the header whose code column holds a code. */
/** The rows of the register's table, 1-based Excel rows: its KPIs, then its room for more. */
function tableRows(plan: WorkbookPlan): number[] {
  const register = sheet(plan, "register");
  const table = register.tables![0];
  const { top, bottom } = parseRange(table.range);
  return Array.from({ length: bottom - top }, (_, k) => top + 2 + k);
}

/** The dashboard's status counts, green to not measured (under IPMS's change, a row lower). */
const countCells = (plan: WorkbookPlan): string[] => {
  const { counts } = dashboardLayout(0, 0, 0, plan.template === "ipms");
  return [0, 1, 2, 3].map((k) => `B${counts.first + 1 + k}`);
};

/** The register's KPI rows (1-based): the table's rows with a code, names still to type included. */
function registerRows(plan: WorkbookPlan): number[] {
  if (!plan.template) throw new Error(`${plan.title} comes from no template`);
  const code = letterOf(plan.template, "code");
  const cells = new Map(sheet(plan, "register").cells.map((c) => [c.address, c]));
  return tableRows(plan).filter((row) => {
    const cell = cells.get(`${code}${row}`);
    return cell !== undefined && (cell.value ?? cell.formula ?? "") !== "";
  });
}

/** The column letter of a register field, where the template's register layout puts it. */
const letterOf = (id: TemplateId, field: RegisterField): string =>
  columnLetter(registerLayout(REGISTERS[id], 0).columnOf(field));

const num = (value: CellResult): number => {
  if (typeof value !== "number") throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
};

const TEMPLATES = TEMPLATE_IDS;
const VARIANTS = TEMPLATE_VARIANTS;

describe.each(VARIANTS)("$id example=$example $lang $periods", ({ id, example, lang, periods }) => {
  const plan = buildPlan(id, options({ example, lang, periods }));
  const evaluated = evaluatePlan(plan);

  test("sheets: register, tracking, dashboard and review log, with unique names ≤ 31 characters", () => {
    const keys = plan.sheets.map((s) => s.key);
    expect(keys).toEqual(expect.arrayContaining(["register", "tracking", "dashboard", "review"]));
    expect(new Set(plan.sheets.map((s) => s.name.toLowerCase())).size).toBe(plan.sheets.length);
    for (const s of plan.sheets) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(plan.activate).toBe("dashboard");
  });

  test("every formula parses and refers only to sheets of the plan", () => {
    const keys = new Set(plan.sheets.map((s) => s.key));
    let formulas = 0;
    for (const s of plan.sheets) {
      for (const cell of s.cells) {
        if (!cell.formula) continue;
        formulas++;
        expect(() => parseFormula(cell.formula!)).not.toThrow();
        for (const key of referencedSheetKeys(cell.formula))
          expect([s.key, cell.address, keys.has(key)]).toEqual([s.key, cell.address, true]);
      }
    }
    expect(formulas).toBeGreaterThan(50);
  });

  test('nothing evaluates to #NAME?, #REF!, #VALUE! or a cycle (blank inputs give "" or #N/A)', () => {
    const bad: string[] = [];
    for (const [key, cells] of evaluated.results()) {
      for (const [address, value] of cells) {
        if (isErrorValue(value) && value.error !== "#N/A")
          bad.push(`${key}!${address} ${value.error} ${value.message ?? ""}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("tables and validations lie inside their sheets; table names are unique", () => {
    const names = plan.sheets.flatMap((s) => (s.tables ?? []).map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    for (const s of plan.sheets) {
      for (const v of s.validations ?? [])
        expect(() => parseRange(v.range.split(",")[0])).not.toThrow();
      for (const chart of s.charts ?? [])
        expect(parseRange(chart.data).bottom).toBeGreaterThan(parseRange(chart.data).top);
    }
  });

  test("dashboard status counts add up to the number of KPIs", () => {
    const n = registerRows(plan).length;
    const counts = countCells(plan).map((a) => num(evaluated.value("dashboard", a)));
    expect(counts.reduce((s, x) => s + x, 0)).toBe(n);
    if (!example) expect(counts[3]).toBe(n);
  });
});

describe("weights add up (spec §1.4, §5)", () => {
  test.each(["bsc", "prism"] as const)("%s: global weights sum to 1, example and blank", (id) => {
    for (const example of [true, false]) {
      const plan = buildPlan(id, options({ example }));
      const evaluated = evaluatePlan(plan);
      const register = sheet(plan, "register");
      const totalRow = tableRows(plan).slice(-1)[0] + 1;
      const header = register.cells.find((c) => c.value === "Bobot global")!;
      const column = header.address.replace(/\d+/, "");
      expect(num(evaluated.value("register", `${column}${totalRow}`))).toBeCloseTo(1, 9);
    }
  });

  test("ipms: weights ×100 sum to 100 and the all-baseline index is 300", () => {
    const plan = buildPlan("ipms", options());
    const evaluated = evaluatePlan(plan);
    const total = num(evaluated.value("register", `M${tableRows(plan).slice(-1)[0] + 1}`));
    expect(total).toBeCloseTo(100, 9);
    const tracking = sheet(plan, "tracking");
    // The middle level (3) times the weights' total, the level read from the Settings sheet.
    const baseline = tracking.cells.find((c) =>
      /^=«settings»!\$B\$\d+\*SUM\(/.test(c.formula ?? "")
    )!;
    expect(num(evaluated.value("tracking", baseline.address))).toBeCloseTo(300, 9);
  });

  test("prism: global weight = AHP.GLOBAL(stakeholder, facet, local), an independent product", () => {
    const plan = buildPlan("prism", options());
    const evaluated = evaluatePlan(plan);
    for (const row of registerRows(plan)) {
      const [s, f, l, g] = ["J", "K", "L", "M"].map((c) =>
        num(evaluated.value("register", `${c}${row}`))
      );
      expect(g).toBeCloseTo(s * f * l, 12);
      expect(sheet(plan, "register").cells.find((c) => c.address === `M${row}`)!.formula).toBe(
        `=IF(A${row}="","",AHP.GLOBAL(J${row}:L${row}))`
      );
    }
  });
});

describe("UMKM: Batik 20 Ikan Mas (spec §5)", () => {
  const plan = buildPlan("umkm", options({ lang: "id" }));
  const evaluated = evaluatePlan(plan);
  const rows = registerRows(plan);
  const totalRow = tableRows(plan).slice(-1)[0] + 1;
  const cell = (field: RegisterField, row: number) =>
    evaluated.value("register", `${letterOf("umkm", field)}${row}`);

  test("the eight KPIs with the spec's weights and targets", () => {
    const spec: [string, number, number][] = [
      ["Jumlah Order", 25, 50],
      ["Jumlah Pelanggan baru", 15, 2],
      ["Peningkatan Keuntungan", 10, 10],
      ["Kualitas pembayaran", 5, 50],
      ["Corak batik baru", 10, 5],
      ["Variasi produk", 10, 5],
      ["Penghematan biaya produksi", 20, 20],
      ["Pengurangan limbah", 5, 5],
    ];
    expect(rows).toHaveLength(8);
    rows.forEach((row, k) => {
      expect([cell("name", row), cell("weightPct", row), cell("target", row)]).toEqual(spec[k]);
    });
    expect(cell("weightPct", totalRow)).toBe(100);
    expect(cell("classCheck", totalRow)).toBe("OK");
    rows.forEach((row) => expect(cell("classCheck", row)).toBe("OK"));
  });

  test("achievement = actual / target and the traffic light follows 100 % / 95 %", () => {
    for (const row of rows) {
      const actual = cell("actual", row);
      if (actual === "") continue;
      const expected = achievement(num(actual), num(cell("target", row)), "higher");
      expect(num(cell("achievement", row))).toBeCloseTo(expected, 12);
      expect(cell("status", row)).toBe(
        expected >= 1 ? "HIJAU" : expected >= 0.95 ? "KUNING" : "MERAH"
      );
    }
  });

  test("the weighted achievement of the KPIs measured, recomputed by hand", () => {
    let weighted = 0;
    let weights = 0;
    for (const row of rows) {
      const a = cell("achievement", row);
      if (a === "") continue;
      weighted += num(a) * num(cell("weightPct", row));
      weights += num(cell("weightPct", row));
    }
    expect(num(cell("achievement", totalRow))).toBeCloseTo(weighted / weights, 12);
  });
});

describe("OMAX templates: levels, index and change recomputed independently", () => {
  /** Floor level read off a level table (spec §3.2), without OMAX.LEVEL. */
  function floorLevel(actual: number, table: number[]): number {
    const rising = table[10] > table[0];
    let level = 0;
    table.forEach((value, k) => {
      if (rising ? actual >= value - 1e-9 : actual <= value + 1e-9) level = k;
    });
    return level;
  }

  test.each([
    ["bsc", 3, "F", "G", "H", "M", "N", "L"],
    ["ipms", 3, "G", "H", "I", "N", "O", "M"],
    ["prism", 8, "F", "G", "H", "N", "O", "M"],
  ] as const)(
    "%s: each level from its level table; the index is Σ level × weight",
    (id, m, worst, mid, target, actual, level, weight) => {
      const plan = buildPlan(id, options({ periods: "quarterly" }));
      const evaluated = evaluatePlan(plan);
      let index = 0;
      for (const row of registerRows(plan)) {
        const get = (c: string) => num(evaluated.value("register", `${c}${row}`));
        const table = omaxLevels(get(worst), get(mid), get(target), m);
        expect(get(level)).toBe(floorLevel(get(actual), table));
        index += get(level) * get(weight);
      }
      const indexCell = sheet(plan, "dashboard").cells.find((c) => c.address === "B4")!;
      expect(indexCell.formula).toContain("INDEX(");
      expect(num(evaluated.value("dashboard", "B4"))).toBeCloseTo(index, 9);
    }
  );

  test("ipms example: the statuses reproduce the document's 9 green, 13 yellow, 7 red", () => {
    const plan = buildPlan("ipms", options());
    const evaluated = evaluatePlan(plan);
    expect(
      countCells(plan)
        .slice(0, 3)
        .map((a) => evaluated.value("dashboard", a))
    ).toEqual([
      IPMS_EXAMPLE.statusCounts.green,
      IPMS_EXAMPLE.statusCounts.yellow,
      IPMS_EXAMPLE.statusCounts.red,
    ]);
  });

  test("ipms: change against the previous period = (index − previous) / previous, baseline 300 first", () => {
    const plan = buildPlan("ipms", options({ periods: "quarterly" }));
    const evaluated = evaluatePlan(plan);
    const tracking = sheet(plan, "tracking");
    const indexLabel = tracking.cells.find(
      (c) => c.value === "Indeks kinerja" && c.address.startsWith("B")
    )!;
    const indexRow = Number(indexLabel.address.slice(1));
    const index = ["E", "F", "G", "H"].map((c) =>
      num(evaluated.value("tracking", `${c}${indexRow}`))
    );
    const change = ["E", "F", "G", "H"].map((c) =>
      num(evaluated.value("tracking", `${c}${indexRow + 1}`))
    );
    expect(change[0]).toBeCloseTo((index[0] - 300) / 300, 12);
    for (let p = 1; p < 4; p++)
      expect(change[p]).toBeCloseTo((index[p] - index[p - 1]) / index[p - 1], 12);
  });
});

describe("Balanced Scorecard specifics", () => {
  const plan = buildPlan("bsc", options({ lang: "en" }));
  const evaluated = evaluatePlan(plan);

  test("KPI codes F…, C…, B…, L… and the spec's 4×4 as the perspective judgements (weights 0.4673…)", () => {
    const codes = registerRows(plan).map((row) => evaluated.value("register", `A${row}`));
    expect(codes).toEqual(["F1", "F2", "F3", "C1", "C2", "C3", "B1", "L1", "L2", "L3"]);
    const ahp = sheet(plan, "ahp");
    const weights = ahp.cells.find((c) => c.formula?.startsWith("=AHP.WEIGHTS("))!;
    const { row, col } = {
      row: Number(weights.address.replace(/[A-Z]+/, "")),
      col: weights.address.replace(/\d+/, ""),
    };
    const values = [0, 1, 2, 3].map((k) => num(evaluated.value("ahp", `${col}${row + k}`)));
    [0.4672959828, 0.2771805906, 0.0954349516, 0.160088475].forEach((w, k) =>
      expect(values[k]).toBeCloseTo(w, 9)
    );
  });

  test("the strategy map: one box per objective, every arrow joins two boxes, links also listed as cells", () => {
    const map = sheet(plan, "map");
    const boxes = (map.shapes ?? []).filter((s) => s.kind === "box" && !s.key.startsWith("band-"));
    const arrows = (map.shapes ?? []).filter((s) => s.kind === "arrow");
    expect(boxes).toHaveLength(4);
    expect(arrows.length).toBeGreaterThanOrEqual(3);
    const keys = new Set(boxes.map((b) => b.key));
    for (const a of arrows)
      if (a.kind === "arrow") expect([keys.has(a.from), keys.has(a.to)]).toEqual([true, true]);
    // Financial on top: the financial box lies above the learning box.
    const top = (key: string) => (boxes.find((b) => b.key === key) as { top: number }).top;
    expect(top("F")).toBeLessThan(top("L"));
    expect(map.cells.some((c) => c.value === "Cause")).toBe(true);
  });
});

describe("blank templates", () => {
  test("rows to fill: kpisPerGroup per group", () => {
    expect(
      registerRows(buildPlan("umkm", options({ example: false, kpisPerGroup: 3 })))
    ).toHaveLength(9);
    expect(
      registerRows(buildPlan("bsc", options({ example: false, kpisPerGroup: 3 })))
    ).toHaveLength(12);
    expect(
      registerRows(buildPlan("ipms", options({ example: false, kpisPerGroup: 2 })))
    ).toHaveLength(10);
    expect(
      registerRows(buildPlan("prism", options({ example: false, kpisPerGroup: 1 })))
    ).toHaveLength(25);
  });

  test("a blank UMKM flags the weight total instead of pretending, in the sheet's language", () => {
    for (const [lang, message] of [
      ["id", "JUMLAH 0% ≠ 100%"],
      ["en", "SUM 0% ≠ 100%"],
    ] as const) {
      const plan = buildPlan("umkm", options({ example: false, lang }));
      const evaluated = evaluatePlan(plan);
      const last = tableRows(plan).slice(-1)[0];
      expect(evaluated.value("register", `F${last + 1}`)).toBe(message);
    }
  });
});

describe("limits of Excel respected by every template", () => {
  test.each(["umkm", "bsc", "prism", "ipms"] as const)(
    "%s with 10 KPIs per group: typed lists stay within 255 characters",
    (id) => {
      const plan = buildPlan(id, options({ example: false, kpisPerGroup: 10 }));
      for (const s of plan.sheets) {
        for (const v of s.validations ?? [])
          if (v.type === "list" && "values" in v)
            expect(v.values.join(",").length).toBeLessThanOrEqual(255);
      }
    }
  );
});

describe("the period selector (Tracking!C2) survives typed input", () => {
  /** The plan with Tracking!C2 holding `typed` instead of the template's text. */
  function withSelector(plan: WorkbookPlan, typed: string | number): WorkbookPlan {
    return {
      ...plan,
      sheets: plan.sheets.map((s) =>
        s.key !== "tracking"
          ? s
          : { ...s, cells: s.cells.map((c) => (c.address === "C2" ? { ...c, value: typed } : c)) }
      ),
    };
  }

  test.each(VARIANTS)(
    "$id example=$example $lang $periods: C2 is text, its list is the header row, C3 finds it",
    ({ id, example, lang, periods }) => {
      const plan = buildPlan(id, options({ example, lang, periods }));
      const tracking = sheet(plan, "tracking");
      const headers = tracking.cells.filter((c) => /^[E-Z]5$/.test(c.address));
      const last = headers[headers.length - 1].address.replace(/\d+/, "");
      const c2 = tracking.cells.find((c) => c.address === "C2")!;
      expect(c2.numberFormat).toBe("@");
      expect(headers.every((c) => c.numberFormat === "@" && typeof c.value === "string")).toBe(
        true
      );
      const list = (tracking.validations ?? []).find((v) => v.range === "C2");
      expect(list).toEqual(expect.objectContaining({ type: "list", source: `=$E$5:$${last}$5` }));
      // The period shown is the one C2 names.
      const evaluated = evaluatePlan(plan);
      const k = headers.findIndex((c) => c.value === c2.value);
      expect(evaluated.value("tracking", "C3")).toBe(k + 1);
    }
  );

  test("a year typed as a number (2027) still selects the second yearly period", () => {
    for (const id of TEMPLATES) {
      const plan = withSelector(buildPlan(id, options({ periods: "yearly" })), 2027);
      const evaluated = evaluatePlan(plan);
      expect([id, evaluated.value("tracking", "C3")]).toEqual([id, 2]);
      expect([id, evaluated.value("dashboard", "B3")]).toEqual([id, 2027]);
    }
  });

  test("a period that is not a header is #N/A (the checker then names C2)", () => {
    const plan = withSelector(buildPlan("umkm", options({ periods: "quarterly" })), "TW5 2026");
    const c3 = evaluatePlan(plan).value("tracking", "C3");
    expect(isErrorValue(c3) && c3.error).toBe("#N/A");
  });
});

describe("formulas count the register's rows instead of pasting the number of KPIs", () => {
  test.each(VARIANTS)("$id example=$example $lang $periods", ({ id, example, lang, periods }) => {
    const plan = buildPlan(id, options({ example, lang, periods }));
    const rows = tableRows(plan);
    const [first, last] = [rows[0], rows[rows.length - 1]];
    const cellOf = (key: string, address: string) =>
      sheet(plan, key).cells.find((c) => c.address === address)!;

    // Not measured = the register's KPIs (its rows with a code or a name, room included) less those
    // with a status.
    const [green, , red, notMeasuredCell] = countCells(plan);
    const notMeasured = cellOf("dashboard", notMeasuredCell).formula!;
    const column = `«register»!\\$([A-Z]+)\\$(\\d+):\\$\\1\\$(\\d+)<>""`;
    const m = new RegExp(
      `^=SUMPRODUCT\\(--\\(\\(${column}\\)\\+\\(${column.replace(/1/g, "4")}\\)>0\\)\\)-SUM\\(${green}:${red}\\)$`
    ).exec(notMeasured);
    expect([notMeasured, m?.[1], m?.[4], m && Number(m[2]), m && Number(m[3])]).toEqual([
      notMeasured,
      letterOf(id, "code"),
      letterOf(id, "name"),
      first,
      last,
    ]);
    expect([Number(m![5]), Number(m![6])]).toEqual([first, last]);

    // The weakest KPIs: SMALL reads its k from the rank column.
    const rankCells = sheet(plan, "dashboard").cells.filter((c) =>
      /^=IFERROR\(SMALL\(/.test(c.formula ?? "")
    );
    expect(rankCells.length).toBe(Math.min(5, registerRows(plan).length));
    for (const c of rankCells) expect(c.formula).toContain(`,A${c.address.slice(1)}),"")`);

    // The review log's KPI drop-down is the register's code column, however long it is.
    const list = (sheet(plan, "review").validations ?? []).find((v) => v.range.startsWith("B"));
    expect(list).toEqual(
      expect.objectContaining({ type: "list", source: `=«register»!$A$${first}:$A$${last}` })
    );

    if (id === "umkm") return;
    // OMAX: the index waits for every KPI with a weight, counted with COUNT.
    const total = sheet(plan, "register").cells.find((c) =>
      (c.formula ?? "").startsWith("=IF(COUNT(")
    )!;
    expect(total.formula).toMatch(
      /^=IF\(COUNT\([A-Z]+(\d+):[A-Z]+(\d+)\)<COUNT\([A-Z]+\1:[A-Z]+\2\),"",SUM\(/
    );
    const trackingIndex = sheet(plan, "tracking").cells.filter((c) =>
      (c.formula ?? "").startsWith("=IF(COUNT(")
    );
    expect(trackingIndex.length).toBeGreaterThan(0);
    for (const c of trackingIndex)
      expect(c.formula).toMatch(
        /^=IF\(COUNT\([A-Z]+(\d+):[A-Z]+(\d+)\)<COUNT\(\$[A-Z]+\$\1:\$[A-Z]+\$\2\),"",SUMPRODUCT\(/
      );
  });
});

describe("Bahasa Indonesia and English throughout", () => {
  // Written out, not read from src/functions/labels.ts: the words a user sees, in each language.
  const WORDS = {
    id: {
      verdict: "Kesimpulan (CR ≤ 0,10)",
      consistent: "KONSISTEN",
      inconsistent: "TIDAK KONSISTEN",
    },
    en: { verdict: "Verdict (CR ≤ 0.10)", consistent: "CONSISTENT", inconsistent: "INCONSISTENT" },
  } as const;

  test.each(
    (["bsc", "prism", "ipms"] as const).flatMap((id) =>
      (["id", "en"] as const).map((lang) => ({ id, lang }))
    )
  )(
    "$id ($lang): AHP.CHECK speaks the sheet's language and the verdict colours match its words",
    ({ id, lang }) => {
      const plan = buildPlan(id, options({ lang }));
      const evaluated = evaluatePlan(plan);
      const ahp = sheet(plan, "ahp");
      const checks = ahp.cells.filter((c) => c.formula?.startsWith("=AHP.CHECK("));
      expect(checks.length).toBeGreaterThan(1);
      const words = WORDS[lang];
      for (const check of checks) {
        // The RI table is the Settings sheet's choice.
        expect(check.formula).toMatch(
          lang === "id" ? /,"eigen",«settings»!\$B\$\d+,"id"\)$/ : /,"eigen",«settings»!\$B\$\d+\)$/
        );
        // The spill: labels in its first column, values in the second; the verdict is row 5.
        const row = Number(check.address.slice(1));
        const col = check.address.replace(/\d+/, "");
        const next = String.fromCharCode(col.charCodeAt(0) + 1);
        expect(evaluated.value("ahp", `${col}${row + 4}`)).toBe(words.verdict);
        const verdict = evaluated.value("ahp", `${next}${row + 4}`);
        expect([words.consistent, words.inconsistent]).toContain(verdict);
        const colours = (ahp.conditionalFormats ?? []).filter(
          (f) => f.range === `${next}${row + 4}`
        );
        expect(colours.map((f) => f.type === "textEquals" && f.text).sort()).toEqual(
          [words.consistent, words.inconsistent].sort()
        );
      }
    }
  );

  test('UMKM: KPI.WEIGHTCHECK gets "id" on the Indonesian sheet only', () => {
    for (const lang of ["id", "en"] as const) {
      const register = sheet(buildPlan("umkm", options({ lang })), "register");
      const check = register.cells.find((c) => c.formula?.startsWith("=KPI.WEIGHTCHECK("))!;
      // The eight KPIs and the ten rows of room under them.
      expect(check.formula).toBe(`=KPI.WEIGHTCHECK(D7:D24${lang === "id" ? ',"id"' : ""})`);
    }
  });

  test('BSC: the money unit is "juta Rp" in Indonesian and "Rp million" in English', () => {
    for (const [lang, unit] of [
      ["id", "juta Rp"],
      ["en", "Rp million"],
    ] as const) {
      const plan = buildPlan("bsc", options({ lang }));
      const evaluated = evaluatePlan(plan);
      expect(["E7", "E8", "E9"].map((a) => evaluated.value("register", a))).toEqual([
        unit,
        unit,
        unit,
      ]);
    }
  });

  test.each(TEMPLATES)(
    "%s: the rules note names the statuses the cells show (HIJAU … in Indonesian, GREEN … in English)",
    (id) => {
      for (const lang of ["id", "en"] as const) {
        const plan = buildPlan(id, options({ lang }));
        const notes = sheet(plan, "register")
          .cells.filter((c) => c.style === "note" && typeof c.value === "string")
          .map((c) => c.value as string)
          .join(" ");
        if (lang === "id") {
          expect(notes).toMatch(/HIJAU.*KUNING.*MERAH/);
          expect(notes).not.toMatch(/GREEN|YELLOW|\bRED\b/);
        } else {
          expect(notes).toMatch(/GREEN.*YELLOW.*RED/);
          expect(notes).not.toMatch(/HIJAU|KUNING|MERAH/);
        }
      }
    }
  );
});

describe("the template gallery's words", () => {
  const { TEMPLATE_INFO } =
    require("../../src/templates/catalog") as typeof import("../../src/templates/catalog");
  test.each(TEMPLATE_INFO.map((info) => [info.id, info] as const))(
    "%s: the example's source is the case study, in both languages, without internal seed numbers",
    (_, info) => {
      for (const lang of ["id", "en"] as const) {
        expect(info.exampleSource[lang]).not.toMatch(/seed/i);
        expect(info.exampleSource[lang].length).toBeGreaterThan(5);
      }
      expect(info.exampleSource.id).not.toBe(info.exampleSource.en);
    }
  );
});

describe("the examples say what comes from the seed and what is illustrative", () => {
  const noteOf = (plan: WorkbookPlan): string =>
    sheet(plan, "register").cells.find((c) => c.address === "A5")!.value as string;
  const illustrativePart = (note: string, word: RegExp): string => note.split(word)[1] ?? "";

  test("BSC: objectives, units, anchors, strategy-map links, judgements and actuals are illustrative", () => {
    const en = noteOf(buildPlan("bsc", options({ lang: "en" })));
    // The source cited as a reader cites it: author, title, year.
    expect(en).toMatch(
      /^Example\. From Ithrisa, Model Balanced Scorecard .*2020\): .*four perspectives.*ten example metrics/
    );
    expect(illustrativePart(en, /Illustrative/)).toEqual(
      expect.stringMatching(
        /strategic objectives.*units.*OMAX anchors.*strategy map.*pairwise judgements.*actuals/
      )
    );
    const id = noteOf(buildPlan("bsc", options({ lang: "id" })));
    expect(illustrativePart(id, /Ilustrasi/)).toEqual(
      expect.stringMatching(
        /sasaran strategis.*jangkar OMAX.*peta strategi.*penilaian berpasangan.*realisasi/
      )
    );
    // The AHP sheet says where its judgements come from (the methods' 4×4 between perspectives).
    const ahpNote = sheet(buildPlan("bsc", options({ lang: "en" })), "ahp").cells.find(
      (c) => c.address === "A3"
    )!.value as string;
    expect(ahpNote).toMatch(/4×4 example matrix of Kinerja's methods/);
  });

  test("IPMS: only KPI 1's target is a printed anchor; the counts in the note are the data's", () => {
    const en = noteOf(buildPlan("ipms", options({ lang: "en" })));
    const { green, yellow, red } = IPMS_EXAMPLE.statusCounts;
    expect(en).toContain(`the ${IPMS_EXAMPLE.kpis.length} KPIs`);
    expect(en).toContain(`${green} green, ${yellow} yellow, ${red} red`);
    expect(
      IPMS_EXAMPLE.kpis.filter((k) => k.anchors.level10 !== undefined).map((k) => k.no)
    ).toEqual([1]);
    expect(en).toContain(`its ${IPMS_EXAMPLE.kpis[0].anchors.level10}% target`);
    expect(illustrativePart(en, /Illustrative/)).toEqual(
      expect.stringMatching(/OMAX anchors other than KPI 1's target.*pairwise judgements.*actuals/)
    );
    const id = noteOf(buildPlan("ipms", options({ lang: "id" })));
    expect(id).toContain(`${green} hijau, ${yellow} kuning, ${red} merah`);
    expect(illustrativePart(id, /Ilustrasi/)).toMatch(/jangkar OMAX selain target KPI 1/);
  });

  test.each(TEMPLATES)("%s: the note wraps across the register, in a row tall enough", (id) => {
    const register = sheet(buildPlan(id, options({ lang: "id" })), "register");
    const note = register.cells.find((c) => c.address === "A5")!;
    expect(note.wrap).toBe(true);
    const merge = (register.merges ?? []).find((m) => m.startsWith("A5:"))!;
    const { right } = parseRange(merge);
    const width = (register.columns ?? [])
      .filter((c) => c.index <= right)
      .reduce((sum, c) => sum + c.width, 0);
    const height = register.rows?.find((r) => r.index === 4)?.height ?? 15;
    // At the builder's characters per unit of width.
    expect(height).toBeGreaterThanOrEqual(
      15 * Math.ceil((note.value as string).length / (width * 1.15))
    );
  });
});

describe("no text is cut off (one character per unit of column width; bold headers 0.9)", () => {
  const { wrappedLines, CHARS_PER_WIDTH } =
    require("../../src/sheet/builder") as typeof import("../../src/sheet/builder");
  const { cellAddress: addressOf } =
    require("../../src/sheet/a1") as typeof import("../../src/sheet/a1");
  /** Styles whose text runs on over empty cells by design (titles, notes) or is clipped knowingly. */
  const RUNS_ON = new Set(["title", "subtitle", "section", "note", "muted"]);

  function cutTexts(plan: WorkbookPlan): string[] {
    const evaluated = evaluatePlan(plan);
    const problems: string[] = [];
    for (const s of plan.sheets) {
      const widths = new Map((s.columns ?? []).map((c) => [c.index, c.width]));
      const width = (col: number) => widths.get(col) ?? 8.43;
      const heights = new Map((s.rows ?? []).map((r) => [r.index, r.height]));
      const byAddress = new Map(s.cells.map((c) => [c.address, c]));
      const merges = (s.merges ?? []).map((m) => parseRange(m));
      const spilled = spilledFrom(s.cells);
      const hasContent = (row: number, col: number) => {
        const address = addressOf(row, col);
        const c = byAddress.get(address);
        return (
          spilled.has(address) || (!!c && (c.formula !== undefined || (c.value ?? null) !== null))
        );
      };
      for (const cell of s.cells) {
        const text = cell.formula ? evaluated.value(s.key, cell.address) : cell.value;
        if (typeof text !== "string" || text === "") continue;
        if (RUNS_ON.has(cell.style ?? "") && !cell.wrap) continue;
        const { top: row, left: col } = parseRange(cell.address);
        const merge = merges.find((m) => m.top === row && m.left === col);
        let w = width(col);
        if (merge) for (let c = col + 1; c <= merge.right; c++) w += width(c);
        const where = `${s.name}!${cell.address} "${text}"`;
        if (cell.style === "header") {
          const perLine = Math.floor(w * 0.9);
          const longWord = text.split(/\s+/).find((word) => word.length > perLine);
          const lines = wrappedLines(text, w);
          const height = heights.get(row) ?? 15;
          if (longWord) problems.push(`${where}: "${longWord}" is wider than the column (${w})`);
          else if (lines * 15 > height) problems.push(`${where}: ${lines} lines in ${height} pt`);
          continue;
        }
        if (cell.wrap) {
          // Wrapped (band labels are bold: 0.9 characters per unit).
          const lines = wrappedLines(text, w, cell.style === "section" ? 0.9 : CHARS_PER_WIDTH);
          const rows = merge ? merge.bottom - merge.top + 1 : 1;
          const height = merge && rows > 1 ? rows * 15 : (heights.get(row) ?? 15);
          if (lines * 15 > height) problems.push(`${where}: ${lines} lines in ${height} pt`);
          continue;
        }
        const perWidth = cell.style === "total" || cell.style === "check" ? 0.9 : 1;
        if (text.length <= w * perWidth) continue;
        // Longer than its cell: fine while the text can run on over empty cells to the right
        // (centred text also needs the left).
        let room = w * perWidth;
        for (let c = col + 1; room < text.length && !hasContent(row, c) && c < col + 20; c++)
          room += width(c) * perWidth;
        const centred = cell.style === "check";
        if (room < text.length || (centred && col > 0 && hasContent(row, col - 1)))
          problems.push(`${where}: ${text.length} characters in ${w}`);
      }
    }
    return problems;
  }

  test.each(VARIANTS.filter((v) => v.periods !== "quarterly"))(
    "$id example=$example $lang $periods",
    ({ id, example, lang, periods }) => {
      expect(cutTexts(buildPlan(id, options({ example, lang, periods })))).toEqual([]);
    }
  );
});

describe("what the sheets show", () => {
  const cellAt = (plan: WorkbookPlan, key: string, address: string) =>
    sheet(plan, key).cells.find((c) => c.address === address);

  test.each(VARIANTS)(
    "$id example=$example $lang $periods: no number format shows a stray point (0.## or #,##0.##)",
    ({ id, example, lang, periods }) => {
      const plan = buildPlan(id, options({ example, lang, periods }));
      const formats = plan.sheets.flatMap((s) =>
        s.cells.flatMap((c) => [c.numberFormat, ...(c.spill?.numberFormats?.flat() ?? [])])
      );
      expect(formats.filter((f) => f && /\.#/.test(f))).toEqual([]);
    }
  );

  test("typed values show as typed (General); OMAX level tables with two decimals", () => {
    const bsc = buildPlan("bsc", options());
    for (const field of ["worst", "mid", "target", "actual"] as const)
      expect(cellAt(bsc, "register", `${letterOf("bsc", field)}7`)?.numberFormat).toBe("General");
    const levels = sheet(bsc, "omax").cells.find((c) => c.formula?.includes("OMAX.LEVELS"))!;
    expect(levels.numberFormat).toBe("#,##0.00");
    const umkm = buildPlan("umkm", options());
    for (const field of ["target", "actual"] as const)
      expect(cellAt(umkm, "register", `${letterOf("umkm", field)}7`)?.numberFormat).toBe("General");
    // Weights in % keep one decimal (25.0, 12.5), on the KPI rows and the totals line (row 15).
    for (const address of ["7", "15"].map((row) => `${letterOf("umkm", "weightPct")}${row}`))
      expect(cellAt(umkm, "register", address)?.numberFormat).toBe("0.0");
  });

  test.each(TEMPLATES)(
    "%s: the dashboard shows the index on row 4, then (IPMS: its change, then) the status counts under their heading",
    (id) => {
      for (const lang of ["id", "en"] as const) {
        const plan = buildPlan(id, options({ lang }));
        const evaluated = evaluatePlan(plan);
        const text = (a: string) => cellAt(plan, "dashboard", a)?.value;
        expect([text("A4"), cellAt(plan, "dashboard", "B4")?.formula]).toEqual([
          lang === "id" ? "Indeks kinerja" : "Performance index",
          expect.stringContaining("INDEX("),
        ]);
        // IPMS: the change against the previous period under the index, the counts a row lower.
        const [green, yellow, red] = countCells(plan);
        expect(cellAt(plan, "dashboard", `A${Number(green.slice(1)) - 1}`)).toMatchObject({
          style: "section",
          value: lang === "id" ? "Jumlah status" : "Status counts",
        });
        expect([green, yellow, red].map((a) => text(`A${a.slice(1)}`))).toEqual(
          lang === "id" ? ["Hijau", "Kuning", "Merah"] : ["Green", "Yellow", "Red"]
        );
        expect(typeof evaluated.value("dashboard", green)).toBe("number");
      }
    }
  );

  test("the group table and chart are labelled by what they show, not as the index", () => {
    const expected: Record<TemplateId, [string, string]> = {
      umkm: ["Pencapaian tertimbang", "Weighted achievement"],
      bsc: ["Level OMAX rata-rata (tertimbang)", "Mean OMAX level (weighted)"],
      prism: ["Level OMAX rata-rata (tertimbang)", "Mean OMAX level (weighted)"],
      ipms: ["Level OMAX rata-rata (tertimbang)", "Mean OMAX level (weighted)"],
    };
    for (const id of TEMPLATES) {
      for (const [k, lang] of (["id", "en"] as const).entries()) {
        const dashboard = sheet(buildPlan(id, options({ lang })), "dashboard");
        const chart = dashboard.charts!.find((c) => c.key === "groups")!;
        expect(chart.title.startsWith(expected[id][k])).toBe(true);
        const header = parseRange(chart.data).top + 1;
        expect(dashboard.cells.find((c) => c.address === `B${header}`)?.value).toBe(
          expected[id][k]
        );
      }
    }
  });

  test("chart axes: achievement in percent; OMAX levels 0–10; the trend to the index's top (10 or 1000)", () => {
    const charts = (id: TemplateId) => sheet(buildPlan(id, options()), "dashboard").charts!;
    for (const chart of charts("umkm"))
      expect(chart).toMatchObject({ axisMin: 0, axisNumberFormat: "0%" });
    for (const id of ["bsc", "prism", "ipms"] as const) {
      const [trend, groups] = ["trend", "groups"].map((k) => charts(id).find((c) => c.key === k)!);
      expect(groups).toMatchObject({ axisMin: 0, axisMax: 10 });
      expect(trend).toMatchObject({ axisMin: 0, axisMax: id === "ipms" ? 1000 : 10 });
    }
  });

  test("Tracking shows each weight as the register does: UMKM 25.0, BSC 0.0000, IPMS ×100 0.00", () => {
    const weightFormat = (id: TemplateId) =>
      cellAt(buildPlan(id, options()), "tracking", "D6")?.numberFormat;
    expect(weightFormat("umkm")).toBe("0.0");
    expect(weightFormat("bsc")).toBe("0.0000");
    expect(weightFormat("ipms")).toBe("0.00");
  });

  test("blank UMKM: Tracking's weights are empty like the register's, not 0 (both blocks)", () => {
    const plan = buildPlan("umkm", options({ example: false }));
    const evaluated = evaluatePlan(plan);
    const weights = sheet(plan, "tracking").cells.filter(
      (c) => c.address.startsWith("D") && c.formula?.includes("«register»")
    );
    // Six KPIs and ten rows of room, then rows up to 40 KPIs for a table grown past them, in the
    // actuals block (rows 6–45) and again in the scores block (rows 49–88).
    const rows = (first: number) => Array.from({ length: 40 }, (_, k) => `D${first + k}`);
    expect(
      weights.map((c) => c.address).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
    ).toEqual([...rows(6), ...rows(49)]);
    for (const address of weights.map((c) => c.address)) {
      const k = (Number(address.slice(1)) - 6) % 43; // 0-based position in the register's table
      expect(cellAt(plan, "tracking", address)?.formula).toMatch(
        k < 16
          ? /^=IF\(«register»!\$D\$\d+="","",/
          : new RegExp(
              `^=IF\\(ROWS\\(«register»!\\$B\\$7:\\$B\\$22\\)<${k + 1},"",IF\\(INDEX\\(«register»!\\$D\\$7:\\$D\\$22,${k + 1}\\)="",""`
            )
      );
      expect(evaluated.value("tracking", address)).toBe("");
    }
  });

  test.each(TEMPLATES)(
    "%s blank: #N/A in the dashboard tables is greyed out, and a note says why",
    (id) => {
      for (const lang of ["id", "en"] as const) {
        const plan = buildPlan(id, options({ example: false, lang }));
        const dashboard = sheet(plan, "dashboard");
        const evaluated = evaluatePlan(plan);
        const greyed = (dashboard.conditionalFormats ?? []).filter((f) => f.type === "noValue");
        for (const chart of dashboard.charts ?? []) {
          const { top, bottom } = parseRange(chart.data);
          const values = `B${top + 2}:B${bottom + 1}`;
          expect(greyed.map((f) => f.range)).toContain(values);
          // In a blank template every one of them is #N/A: the chart gaps, the table reads empty.
          for (let row = top + 2; row <= bottom + 1; row++) {
            const v = evaluated.value("dashboard", `B${row}`);
            expect(isErrorValue(v) && v.error).toBe("#N/A");
          }
        }
        expect(
          dashboard.cells.some((c) => c.style === "note" && /#N\/A/.test(String(c.value)))
        ).toBe(true);
      }
    }
  );
});
