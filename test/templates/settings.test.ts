/**
 * The Settings sheet: every parameter the formulas use is a visible cell they read (issue 10,
 * "Every parameter visible, nothing magic"), so changing a cell changes the scorecard; the statuses
 * read in the sheet's language and are counted and coloured in both.
 */
import {
  RI_TABLES,
  achievement,
  consistencyOf,
  pairwiseMatrix,
  randomIndex,
  type RiTable,
} from "../../src/core";
import { RI_TABLE_SOURCES } from "../../src/core/random-index-sources";
import { buildPlan } from "../../src/templates";
import { cellAddress, parseRange } from "../../src/sheet/a1";
import type { CellPlan, WorkbookPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { registerLayout, type RegisterField } from "../../src/templates/register";
import { REGISTERS } from "../../src/templates/registers";
import { settingsLayout, type SettingKey } from "../../src/templates/settings";
import { dashboardLayout } from "../../src/templates/dashboard";
import { TEMPLATE_VARIANTS, exampleOptions, sheetOf } from "../helpers/template-variants";
import type { CellResult } from "../../src/formula";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { shown, type } from "../helpers/typing";

const options = exampleOptions;

const num = (value: CellResult): number => {
  if (typeof value !== "number") throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
};

/** The plan with a Settings cell set to `value` (as a user would type it). */
function withSetting(plan: WorkbookPlan, key: SettingKey, value: number | string): WorkbookPlan {
  const layout = settingsLayout(plan.template === "umkm" ? "achievement" : "omax");
  const address = cellAddress(layout.rows[key]!, 1);
  const settings = sheetOf(plan, "settings");
  const cells: CellPlan[] = settings.cells.filter((c) => c.address !== address);
  cells.push({ address, value });
  return {
    ...plan,
    sheets: plan.sheets.map((s) => (s.key === "settings" ? { ...s, cells } : s)),
  };
}

/** Every call of `name` in a formula, with its argument list (calls do not nest in these). */
function calls(formula: string, name: string): string[] {
  const pattern = new RegExp(
    `(?<![A-Z.])${name.replace(".", "\\.")}\\(([^()]*(?:\\([^()]*\\))?[^()]*)\\)`,
    "g"
  );
  return Array.from(formula.matchAll(pattern), (m) => m[1]);
}

describe.each(TEMPLATE_VARIANTS)(
  "$id example=$example $lang $periods",
  ({ id, example, lang, periods }) => {
    const plan = buildPlan(id, options({ example, lang, periods }));
    const formulas = plan.sheets.flatMap((s) =>
      s.cells.filter((c) => c.formula).map((c) => ({ sheet: s.key, formula: c.formula! }))
    );

    test("a Settings sheet, and every TRAFFIC passes its thresholds from it", () => {
      expect(plan.sheets.map((s) => s.key)).toContain("settings");
      const traffic = formulas.flatMap(({ formula }) => [
        ...calls(formula, "TRAFFIC"),
        ...calls(formula, "TRAFFIC.OMAX"),
      ]);
      expect(traffic.length).toBeGreaterThan(0);
      for (const args of traffic) {
        const [, green, yellow, language] = args.split(",");
        expect(green).toMatch(/^«settings»!\$B\$\d+$/);
        expect(yellow).toMatch(/^«settings»!\$B\$\d+$/);
        expect(language).toBe(lang === "id" ? '"id"' : undefined);
      }
    });

    test("no middle level typed in a formula: OMAX.LEVEL, OMAX.LEVELS and the baseline read Settings", () => {
      for (const { formula } of formulas) {
        for (const args of calls(formula, "OMAX.LEVEL")) {
          const parts = args.split(",");
          expect(parts[4]).toMatch(/^«settings»!\$B\$\d+$/);
          expect(parts[5]).toMatch(/^«settings»!\$B\$\d+$/);
        }
        for (const args of calls(formula, "OMAX.LEVELS"))
          expect(args.split(",")[3]).toMatch(/^«settings»!\$B\$\d+$/);
        // A number times a SUM would be a level typed in (the all-baseline index).
        expect(formula).not.toMatch(/=\d+\*SUM\(/);
      }
    });

    test("no RI table's name typed in a formula: every AHP.CHECK and AHP.RI passes the Settings choice", () => {
      const choice = settingsLayout("omax").ref("riTable");
      let read = 0;
      for (const { sheet, formula } of formulas) {
        for (const table of RI_TABLES) expect(formula).not.toContain(`"${table}"`);
        // On the Settings sheet itself the choice is written without the sheet's name.
        const expected = sheet === "settings" ? choice.replace("«settings»!", "") : choice;
        for (const args of [...calls(formula, "AHP.CHECK"), ...calls(formula, "AHP.CR")]) {
          expect(args.split(",")[2]).toBe(expected);
          read++;
        }
        for (const args of calls(formula, "AHP.RI")) {
          expect(args.split(",")[1]).toBe(expected);
          read++;
        }
      }
      if (id !== "umkm") expect(read).toBeGreaterThan(13);
    });

    test("statuses in the sheet's language, coloured in both", () => {
      const evaluated = evaluatePlan(plan);
      const register = registerLayout(REGISTERS[id], 0);
      const statusColumn = register.columnOf("status");
      const statuses = sheetOf(plan, "register")
        .cells.filter(
          (c) =>
            c.formula &&
            c.address.replace(/\d+/, "") === cellAddress(0, statusColumn).replace(/\d+/, "")
        )
        .map((c) => evaluated.value("register", c.address))
        .filter((v) => v !== "");
      const words = lang === "id" ? ["HIJAU", "KUNING", "MERAH"] : ["GREEN", "YELLOW", "RED"];
      for (const status of statuses) expect(words).toContain(status);
      const coloured = new Set(
        sheetOf(plan, "register").conditionalFormats!.flatMap((f) => ("text" in f ? [f.text] : []))
      );
      for (const word of ["GREEN", "YELLOW", "RED", "HIJAU", "KUNING", "MERAH"])
        expect(coloured).toContain(word);
    });
  }
);

describe("UMKM: changing a Settings cell changes the scorecard", () => {
  const plan = buildPlan("umkm", options());
  const register = registerLayout(REGISTERS.umkm, 8);
  const cell = (evaluated: ReturnType<typeof evaluatePlan>, field: RegisterField, k: number) =>
    evaluated.value("register", register.cell(field, k));
  const totalOf = (evaluated: ReturnType<typeof evaluatePlan>, field: RegisterField) =>
    evaluated.value("register", cellAddress(register.totalRow, register.columnOf(field)));

  test("Batik 20 Ikan Mas: no cap by default — 100.8 % overall although a KPI is red; a cap of 100 % brings it below 100 %", () => {
    const before = evaluatePlan(plan);
    const overall = num(totalOf(before, "achievement"));
    const achievements = Array.from({ length: 8 }, (_, k) => cell(before, "achievement", k));
    expect(achievements.some((a) => typeof a === "number" && a > 1)).toBe(true);
    const capped = evaluatePlan(withSetting(plan, "cap", 1));
    // Recomputed by hand: min(achievement, 100 %) weighted by the weights of the KPIs measured.
    let weighted = 0;
    let weights = 0;
    for (let k = 0; k < 8; k++) {
      const a = cell(before, "achievement", k);
      if (a === "") continue;
      const w = num(cell(before, "weightPct", k));
      weighted += Math.min(num(a), 1) * w;
      weights += w;
    }
    expect(num(totalOf(capped, "achievement"))).toBeCloseTo(weighted / weights, 12);
    expect(num(totalOf(capped, "achievement"))).toBeLessThan(overall);
    for (let k = 0; k < 8; k++) {
      const a = cell(capped, "achievement", k);
      if (a !== "") expect(num(a)).toBeLessThanOrEqual(1);
    }
  });

  test("green from 120 %: every KPI under 120 % turns yellow or red", () => {
    const evaluated = evaluatePlan(withSetting(withSetting(plan, "green", 1.2), "yellow", 1.1));
    for (let k = 0; k < 8; k++) {
      const actual = cell(evaluated, "actual", k);
      if (actual === "") continue;
      const a = achievement(num(actual), num(cell(evaluated, "target", k)), "higher");
      expect(cell(evaluated, "status", k)).toBe(a >= 1.2 ? "HIJAU" : a >= 1.1 ? "KUNING" : "MERAH");
    }
  });

  test("the dashboard shows the overall status and how many KPIs are red", () => {
    const evaluated = evaluatePlan(plan);
    const layout = dashboardLayout(12, 3, 8);
    const red = Array.from({ length: 8 }, (_, k) => cell(evaluated, "status", k)).filter(
      (s) => s === "MERAH"
    ).length;
    expect(red).toBeGreaterThan(0);
    const statusCell = cellAddress(layout.status, layout.cols.value);
    const redCell = cellAddress(layout.status, layout.cols.note);
    expect(evaluated.value("dashboard", statusCell)).toBe("HIJAU");
    expect(evaluated.value("dashboard", redCell)).toBe(`${red} KPI merah`);
    const counted = evaluated.value(
      "dashboard",
      cellAddress(layout.counts.first + 2, layout.cols.value)
    );
    expect(counted).toBe(red);
  });
});

describe("OMAX: the middle level and the level mode are Settings cells", () => {
  test("BSC example: level mode interpolate gives the fractional level OMAX.LEVEL computes", () => {
    const plan = buildPlan("bsc", options());
    const floor = evaluatePlan(plan);
    const interpolated = evaluatePlan(withSetting(plan, "levelMode", "interpolate"));
    // The 10 KPIs, among the rows of room (two per perspective).
    const register = registerLayout(REGISTERS.bsc, 18);
    const kpis = Array.from({ length: 18 }, (_, k) => k).filter(
      (k) => (floor.value("register", register.cell("code", k)) ?? "") !== ""
    );
    expect(kpis).toHaveLength(10);
    const levels = (e: ReturnType<typeof evaluatePlan>) =>
      kpis.map((k) => e.value("register", register.cell("level", k)));
    const before = levels(floor).map(num);
    const after = levels(interpolated).map(num);
    after.forEach((level, k) => {
      expect(level).toBeGreaterThanOrEqual(before[k]);
      expect(level).toBeLessThan(before[k] + 1);
    });
    expect(after.some((level, k) => level !== before[k])).toBe(true);
  });

  test("IPMS: a middle level of 8 makes the all-baseline index 800", () => {
    const plan = withSetting(buildPlan("ipms", options()), "midLevel", 8);
    const evaluated = evaluatePlan(plan);
    const tracking = sheetOf(plan, "tracking");
    const baseline = tracking.cells.find((c) =>
      /^=«settings»!\$B\$\d+\*SUM\(/.test(c.formula ?? "")
    )!;
    expect(num(evaluated.value("tracking", baseline.address))).toBeCloseTo(800, 9);
  });
});

describe("AHP: the CR limit and the RI table are Settings cells", () => {
  const plan = buildPlan("bsc", options({ lang: "en" }));
  const ahp = sheetOf(plan, "ahp");
  const checks = ahp.cells.filter((c) => c.formula?.startsWith("=AHP.CHECK("));
  const limitRows = ahp.cells.filter((c) => c.formula?.includes("<=«settings»!"));
  const layout = settingsLayout("omax");
  const settings = sheetOf(plan, "settings");
  const choiceCell = cellAddress(layout.rows.riTable!, 1);

  test("the RI table is a drop-down of every table Kinerja knows, saaty1980 by default, each listed with its source", () => {
    expect(settings.cells.find((c) => c.address === choiceCell)?.value).toBe("saaty1980");
    const list = settings.validations!.find((v) => v.range === choiceCell);
    expect(list).toMatchObject({ type: "list", values: [...RI_TABLES] });
    const sources = layout.riSources!;
    RI_TABLES.forEach((table, k) => {
      const row = sources.first + k;
      const at = (col: number) =>
        settings.cells.find((c) => c.address === cellAddress(row, col))?.value;
      expect(at(0)).toBe(table);
      expect(String(at(2))).toContain(RI_TABLE_SOURCES[table]);
    });
    expect(RI_TABLE_SOURCES.saaty1980).toMatch(
      /^Saaty, T\. L\. \(1980\)\. The Analytic Hierarchy Process/
    );
    expect(checks.length).toBeGreaterThan(1);
    expect(limitRows).toHaveLength(checks.length);
  });

  test("BSC example: the 4×4 between perspectives (CR between 0.01 and 0.10) passes 0.10 and fails 0.01", () => {
    const first = limitRows[0].address;
    const before = evaluatePlan(plan);
    const cr = num(
      before.value(
        "ahp",
        first.replace(/\d+$/, (r) => String(Number(r) - 3))
      )
    );
    expect(cr).toBeGreaterThan(0.01);
    expect(cr).toBeLessThan(0.1);
    expect(before.value("ahp", first)).toBe("CONSISTENT");
    expect(evaluatePlan(withSetting(plan, "crLimit", 0.01)).value("ahp", first)).toBe(
      "INCONSISTENT"
    );
  });

  test("the RI table's values on the Settings sheet are Saaty 1980's (n = 4: 0.90), by AHP.RI, beside its source", () => {
    const evaluated = evaluatePlan(plan);
    const ri4 = cellAddress(layout.riTable!.first + 1, 1);
    expect(num(evaluated.value("settings", ri4))).toBeCloseTo(0.9, 12);
    expect(evaluated.value("settings", cellAddress(layout.riTable!.header, 2))).toBe(
      RI_TABLE_SOURCES.saaty1980
    );
  });

  test.each(RI_TABLES.filter((table) => table !== "saaty1980"))(
    "typing %s into the Settings choice changes every block's CR to the core's for that table (1e-12)",
    async (table: RiTable) => {
      const wb = new MemoryWorkbook();
      await wb.applyPlan(plan);
      const [ahpName, settingsName] = [ahp.name, settings.name];
      const crOf = (check: CellPlan) => {
        const row = Number(check.address.replace(/^[A-Z]+/, ""));
        const col = check.address.replace(/\d+$/, "");
        const next = String.fromCharCode(col.charCodeAt(0) + 1);
        return shown(wb, ahpName, `${next}${row + 3}`);
      };
      const coreCr = (check: CellPlan) => {
        const range = /^=AHP\.CHECK\(([A-Z]+\d+(?::[A-Z]+\d+)?),/.exec(check.formula!)![1];
        const { top, left, bottom, right } = parseRange(range);
        const cells: CellResult[][] = [];
        for (let r = top; r <= bottom; r++) {
          const line: CellResult[] = [];
          for (let c = left; c <= right; c++) line.push(shown(wb, ahpName, cellAddress(r, c)));
          cells.push(line);
        }
        // The members in use: a spare member's row and column are empty (room for a KPI).
        const inUse = cells
          .map((_, i) => i)
          .filter((i) => cells.some((line, j) => line[i] !== "" || cells[i][j] !== ""));
        const matrix = inUse.map((i) => inUse.map((j) => num(cells[i][j])));
        return consistencyOf(pairwiseMatrix(matrix), "eigen", table).cr as number;
      };
      const before = checks.map(crOf);
      await type(wb, settingsName, { [choiceCell]: table });
      let changed = 0;
      checks.forEach((check, k) => {
        const cr = num(crOf(check));
        expect(cr).toBeCloseTo(coreCr(check), 12);
        // A block of consistent judgements (CR 0) stays 0 under every table.
        if (num(before[k]) > 1e-9) {
          expect(cr).not.toBeCloseTo(num(before[k]), 6);
          changed++;
        }
      });
      expect(changed).toBeGreaterThan(0);
      // The Settings sheet shows the chosen table's values and source.
      const ri5 = cellAddress(layout.riTable!.first + 2, 1);
      expect(num(shown(wb, settingsName, ri5))).toBeCloseTo(randomIndex(5, table)!, 12);
      expect(shown(wb, settingsName, cellAddress(layout.riTable!.header, 2))).toContain(
        RI_TABLE_SOURCES[table]
      );
    }
  );
});
