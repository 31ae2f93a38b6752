import { buildPlan } from "../../src/templates";
import type { SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import { spillNumberFormat } from "../../src/sheet/plan";
import { spilledCells, spilledFrom } from "../../src/sheet/spill";
import { hasContent } from "../../src/sheet/validate";
import { normalCell, parseRange } from "../../src/sheet/a1";
import { sheetsFormula, sheetsFormulaProblems } from "../../src/gsheets/dialect";
import {
  adaptSheet,
  applyPlanToSpreadsheet,
  borderGroups,
  freezeClearOfMerges,
  namedRangeName,
  sheetsBatches,
  sheetsRules,
} from "../../src/gsheets/writer";
import { textInput } from "../../src/workbook/cell-blocks";
import { CELL_FORMATS, PALETTE } from "../../src/workbook/styles";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";
import { FIRST_KPI_ROW, syntheticPlan } from "../workbook/synthetic-plan";
import { FakeSpreadsheet, type FakeSheet } from "./fake-spreadsheet";

const YEAR = 2026;

function planOf(variant: (typeof TEMPLATE_VARIANTS)[number]): WorkbookPlan {
  const { id, example, lang, periods } = variant;
  return buildPlan(id, { example, lang, periods, year: YEAR, kpisPerGroup: 2 });
}

/** A spreadsheet with the user's own sheet named like the template's first sheet, and a named range. */
function usersSpreadsheet(plan: WorkbookPlan): FakeSpreadsheet {
  const fake = new FakeSpreadsheet();
  fake.seedSheet(plan.sheets[0].name, { A1: "my own data", B2: 42, C3: "=B2*2" });
  fake.seedNamedRange("GlobalWeights", plan.sheets[0].name, "B2");
  return fake;
}

/** What the cell should hold in the spreadsheet: the formula in Sheets' dialect, or the value. */
function expectedContent(
  cell: SheetPlan["cells"][number],
  names: ReadonlyMap<string, string>
): string | number | boolean {
  if (cell.formula !== undefined) return sheetsFormula(cell.formula, names);
  return cell.value as string | number | boolean;
}

describe("the Google Sheets writer, every template through the recording fake", () => {
  test.each(TEMPLATE_VARIANTS)(
    "$id example=$example $lang $periods: every value and formula where the plan says, in Sheets' dialect; the user's sheet untouched",
    (variant) => {
      const plan = planOf(variant);
      const fake = usersSpreadsheet(plan);
      const users = fake.sheets[0];
      const before = JSON.stringify([...users.cells]);
      const result = applyPlanToSpreadsheet(fake.services(), plan);

      // The user's sheet is as it was, and nothing but its name was read from it.
      expect(JSON.stringify([...users.cells])).toBe(before);
      expect(fake.calls.filter((c) => c.on === users.label).map((c) => c.method)).toEqual([
        "getName",
      ]);
      expect(fake.namedRanges.get("globalweights")).toEqual({
        sheet: plan.sheets[0].name,
        range: "B2",
      });
      // The taken name got " (2)"; the new sheets follow the user's, in the plan's order.
      expect(result.sheets[0].name).toBe(`${plan.sheets[0].name} (2)`);
      expect(fake.sheets.map((s) => s.name)).toEqual([
        plan.sheets[0].name,
        ...result.sheets.map((s) => s.name),
      ]);
      expect(fake.active?.name).toBe(result.activated);
      expect(dialectProblems(fake)).toEqual([]);

      const names = new Map(result.sheets.map(({ key, name }) => [key, name]));
      for (const planned of plan.sheets) {
        const written = fake.sheet(names.get(planned.key) as string);
        const { sheet: shown } = adaptSheet(planned);
        // Exactly the plan's contents (and, on the strategy map, the drawn boxes and arrows).
        const expected = new Map(
          shown.cells
            .filter(hasContent)
            .map((cell) => [normalCell(cell.address), expectedContent(cell, names)])
        );
        const contents = written.contents();
        expect(contents).toEqual(expected);
        for (const cell of planned.cells.filter(hasContent))
          expect(contents.get(normalCell(cell.address))).toEqual(expectedContent(cell, names));
        checkSheet(planned, written, fake);
      }
    }
  );

  test("every formula, conditional-format rule and validation formula of the templates was checked", () => {
    // Counted by the test above, which checks each in Sheets' dialect.
    expect(dialectChecked).toBeGreaterThan(10000);
  });
});

/** Formulas the per-template test has run the Sheets-dialect check on. */
let dialectChecked = 0;

/** Every formula the fake holds — cells, conditional-format rules, validations — with its problems. */
function dialectProblems(fake: FakeSpreadsheet): string[] {
  const problems: string[] = [];
  for (const sheet of fake.sheets) {
    const all = [
      ...[...sheet.cells].filter(([, c]) => c.formula).map(([a, c]) => [a, c.formula]),
      ...sheet.rules.map((rule) => [`rule ${rule.ranges}`, rule.formula]),
      ...sheet.validations
        .filter((v) => v.rule.criteria === "requireFormulaSatisfied")
        .map((v) => [`validation ${v.range}`, v.rule.args[0]]),
    ] as [string, string][];
    for (const [where, formula] of all) {
      dialectChecked++;
      for (const problem of sheetsFormulaProblems(formula))
        problems.push(`${sheet.name}!${where} ${formula}: ${problem}`);
    }
  }
  return problems;
}

/** Formats, spills, rules, validations, charts, sizes and freezing of one written sheet. */
function checkSheet(planned: SheetPlan, written: FakeSheet, fake: FakeSpreadsheet): void {
  // Nothing is ever written into the cells a formula spills into: Sheets would not spill over them.
  const spillCells = spilledFrom(planned.cells);
  const valueRanges = fake.calls
    .filter((c) => c.on.startsWith(`range '${written.name}'!`) && c.method === "setValues")
    .map((c) => parseRange(c.on.slice(c.on.indexOf("!") + 1)));
  for (const address of spillCells.keys()) {
    const { top, left } = parseRange(address);
    const covering = valueRanges.find(
      (r) => top >= r.top && top <= r.bottom && left >= r.left && left <= r.right
    );
    expect({ address, covering }).toEqual({ address, covering: undefined });
  }
  // Number formats, the spill areas' included.
  for (const cell of planned.cells) {
    const format = spillNumberFormat(cell, 0, 0);
    if (format && format !== "General")
      expect([cell.address, written.cells.get(normalCell(cell.address))?.numberFormat]).toEqual([
        cell.address,
        format,
      ]);
    for (const { address, r, c } of spilledCells(cell)) {
      const spilled = spillNumberFormat(cell, r, c);
      if (spilled && spilled !== "General")
        expect(written.cells.get(address)?.numberFormat).toBe(spilled);
    }
  }
  // Styles: a header cell is teal with white bold text, an input boxed in yellow.
  for (const cell of planned.cells.filter((c) => c.style === "header" || c.style === "input")) {
    const look = written.cells.get(normalCell(cell.address));
    const format = CELL_FORMATS[cell.style as "header" | "input"];
    expect(look?.background).toBe(format.fill);
    if (cell.style === "header") expect(look?.fontWeight).toBe("bold");
    else expect(look?.borders?.top?.color).toBe(PALETTE.gridGrey);
  }
  // One conditional-format rule per plan rule (three for a traffic-light icon set), in order.
  const rules = (planned.conditionalFormats ?? []).flatMap(sheetsRules);
  expect(written.rules.map((r) => r.formula)).toEqual(rules.map((r) => r.formula));
  // Validations: drop-downs from a list or a range, numbers with their bounds, help in the plan's language.
  expect(written.validations.length).toBe((planned.validations ?? []).length);
  (planned.validations ?? []).forEach((validation, k) => {
    const { rule, range } = written.validations[k];
    expect(range).toBe(validation.range.replace(/\$/g, ""));
    expect(rule.allowInvalid).toBe(false);
    if (validation.type === "list" && "source" in validation)
      expect(rule.criteria).toBe("requireValueInRange");
    else if (validation.type === "list")
      expect(rule).toMatchObject({
        criteria: "requireValueInList",
        args: [validation.values, true],
      });
    if (validation.prompt) expect(rule.helpText).toBeTruthy();
  });
  // Charts with their data, title and value-axis bounds.
  expect(written.charts.map((c) => [c.ranges, c.options.title])).toEqual(
    (planned.charts ?? []).map((c) => [[c.data], c.title])
  );
  // Frozen panes as planned, or up to the nearest edge no merge cuts.
  const freeze = freezeClearOfMerges(
    planned.freeze ?? { rows: 0, columns: 0 },
    planned.merges ?? []
  );
  expect([written.frozenRows, written.frozenColumns]).toEqual([freeze.rows, freeze.columns]);
  expect(written.frozenRows).toBe(planned.freeze?.rows ?? 0);
  expect(written.merges.length).toBeGreaterThanOrEqual((planned.merges ?? []).length);
  for (const column of planned.columns ?? [])
    expect(written.columnWidths.get(column.index)).toBe(Math.round(column.width * 7 + 5));
  for (const row of planned.rows ?? [])
    expect(written.rowHeights.get(row.index)).toBe(Math.round((row.height * 4) / 3));
}

describe("a blank register's KPI-name cells in Google Sheets", () => {
  test("blank UMKM (id): B7:B22 stay empty and take a rule every value meets, with the prompt as help text", () => {
    const plan = buildPlan("umkm", {
      example: false,
      lang: "id",
      periods: "monthly",
      year: 2026,
      kpisPerGroup: 2,
    });
    const fake = new FakeSpreadsheet();
    const result = applyPlanToSpreadsheet(fake.services(), plan);
    const register = fake.sheet(result.sheets.find((s) => s.key === "register")!.name);
    expect(register.validations.find((v) => v.range === "B7:B22")?.rule).toEqual({
      criteria: "requireFormulaSatisfied",
      args: ["=TRUE"],
      allowInvalid: false,
      helpText: "Ketik nama KPI (mis. Penjualan bulanan)",
    });
    expect(register.contents().get("B7")).toBeUndefined();
    expect(register.contents().get("A7")).toBe("K1");
  });
});

describe("the Google Sheets writer's calls", () => {
  /** Methods called, in order, with the ranges and sizes that depend on the KPIs left out. */
  function callShape(kpis: number): string[] {
    const fake = new FakeSpreadsheet();
    applyPlanToSpreadsheet(fake.services(), syntheticPlan(kpis));
    return fake.calls.map((c) => `${c.on.replace(/!.*$/, "").replace(/#\d+/, "#")} ${c.method}`);
  }

  test("10 and 100 KPIs make the same calls; 1,000 add only the growth of the two sheets past 1,000 rows", () => {
    const ten = callShape(10);
    expect(callShape(100)).toEqual(ten);
    const thousand = callShape(1000);
    expect(thousand.filter((call) => !/ (getMaxRows|insertRowsAfter)$/.test(call))).toEqual(ten);
    expect(thousand.filter((call) => / (getMaxRows|insertRowsAfter)$/.test(call))).toEqual([
      "sheet 'BSC' getMaxRows",
      "sheet 'BSC' insertRowsAfter",
      "sheet 'Dashboard' getMaxRows",
      "sheet 'Dashboard' insertRowsAfter",
    ]);
    expect(ten.length).toBe(177);
  });

  test("1,000 KPIs: the register is one setValues of 1,001 rows, in a sheet grown to hold it", () => {
    const fake = new FakeSpreadsheet();
    applyPlanToSpreadsheet(fake.services(), syntheticPlan(1000));
    const register = fake.sheet("BSC");
    expect(register.maxRows).toBeGreaterThanOrEqual(FIRST_KPI_ROW + 999);
    const writes = fake.calls.filter(
      (c) => c.on.startsWith("range 'BSC'!") && c.method === "setValues"
    );
    expect(writes.map((c) => c.on)).toEqual(["range 'BSC'!A1:F1003"]);
    expect(register.contents().get("E1003")).toBe('=IFERROR(D1003/C1003,"")');
  });

  test("the synthetic dashboard's SORTBY spill is never written over, and SORTBY fails the dialect check", () => {
    const fake = new FakeSpreadsheet();
    applyPlanToSpreadsheet(fake.services(), syntheticPlan(10));
    const dashboard = fake.sheet("Dashboard");
    expect(dashboard.contents().has("A8")).toBe(false);
    expect(dashboard.cells.get("A8")?.background).toBe(CELL_FORMATS.formula.fill);
    expect(sheetsFormulaProblems(dashboard.contents().get("A7") as string)).toEqual([
      "the function SORTBY, which is not known to work in Google Sheets",
    ]);
  });

  test("a plan bug is refused before anything is read or written", () => {
    const fake = new FakeSpreadsheet();
    const plan = syntheticPlan(3);
    const broken = { ...plan, activate: "nowhere" };
    expect(() => applyPlanToSpreadsheet(fake.services(), broken)).toThrow(/activate-unknown/);
    expect(fake.calls).toEqual([]);
  });

  test("a call Sheets refuses stops the build with the sheet's name and Sheets' message", () => {
    const fake = new FakeSpreadsheet();
    fake.failWhen = (call) =>
      call.on.startsWith("range 'Strategy Map'!") && call.method === "merge"
        ? "Service Spreadsheets failed while accessing document"
        : undefined;
    expect(() => applyPlanToSpreadsheet(fake.services(), syntheticPlan(3))).toThrow(
      "Kinerja could not write sheet 'Strategy Map': Service Spreadsheets failed while accessing document"
    );
  });
});

describe("the Google Sheets writer's pieces", () => {
  test("text Sheets would read as a number, a date or a formula keeps its apostrophe, as in Excel", () => {
    const plan: WorkbookPlan = {
      template: "bsc",
      lang: "en",
      title: "t",
      activate: "s",
      sheets: [
        {
          key: "s",
          name: "S",
          cells: [
            { address: "A1", value: "1.1" },
            { address: "B1", value: "007", numberFormat: "@" },
            { address: "C1", value: "Revenue" },
          ],
        },
      ],
    };
    const batch = sheetsBatches(plan, { sheets: [], namedRanges: [] }).sheets[0];
    expect(batch.values).toEqual([
      { range: "A1:C1", values: [[textInput("1.1"), "007", "Revenue"]] },
    ]);
    expect(batch.values[0].values[0][0]).toBe("'1.1");
    expect(batch.numberFormats).toEqual([{ ranges: ["B1"], format: "@" }]);
  });

  test("a traffic-light icon set becomes three colour rules, green first (Sheets has no icon sets)", () => {
    expect(sheetsRules({ range: "L7:L14", type: "trafficIcons", green: 1, yellow: 0.95 })).toEqual([
      { formula: "=AND(ISNUMBER(L7),L7>=1)", font: "#006100" },
      { formula: "=AND(ISNUMBER(L7),L7>=0.95)", font: "#9C5700" },
      { formula: "=ISNUMBER(L7)", font: "#9C0006" },
    ]);
    expect(sheetsRules({ range: "N7:N9", type: "noValue", font: "#A6A6A6" })).toEqual([
      { formula: "=ISNA(N7)", font: "#A6A6A6" },
    ]);
  });

  test("freezing stops at the nearest edge no merge cuts: A5:Q5 lets 6 rows but no column freeze", () => {
    expect(freezeClearOfMerges({ rows: 6, columns: 2 }, ["A5:Q5"])).toEqual({
      rows: 6,
      columns: 0,
    });
    expect(freezeClearOfMerges({ rows: 6, columns: 2 }, ["A4:A9"])).toEqual({
      rows: 3,
      columns: 2,
    });
    expect(freezeClearOfMerges({ rows: 4, columns: 2 }, ["C1:D1"])).toEqual({
      rows: 4,
      columns: 2,
    });
  });

  test("borders: a total's line above every cell; a boxed input's lines all round and inside", () => {
    expect(borderGroups(CELL_FORMATS.total)).toEqual([
      {
        top: true,
        left: null,
        bottom: null,
        right: null,
        vertical: null,
        horizontal: true,
        color: PALETTE.teal,
        weight: "thin",
      },
    ]);
    expect(borderGroups(CELL_FORMATS.input)).toEqual([
      {
        top: true,
        left: true,
        bottom: true,
        right: true,
        vertical: true,
        horizontal: true,
        color: PALETTE.gridGrey,
        weight: "thin",
      },
    ]);
  });

  test("named ranges take a free name Sheets allows", () => {
    expect(namedRangeName("BSC_KPI")).toBe("BSC_KPI");
    expect(namedRangeName("Score.Total")).toBe("Score_Total");
    expect(namedRangeName("2025")).toBe("_2025");
    const plan = syntheticPlan(3);
    const planned = sheetsBatches(plan, { sheets: [], namedRanges: ["BSC_Register"] });
    expect(planned.namedRanges).toEqual([
      { name: "BSC_Register", finalName: "BSC_Register2" },
      { name: "Register", finalName: "Register" },
    ]);
  });

  test("charts: title, size in Sheets' pixels and the value axis' options", () => {
    const planned = sheetsBatches(syntheticPlan(3), { sheets: [], namedRanges: [] });
    const [chart] = planned.sheets.find((s) => s.key === "dashboard")?.charts ?? [];
    // G3:N18: 8 columns of Sheets' default 100 px, 16 rows of 21 px.
    expect(chart).toEqual({
      type: "column",
      data: "D3:E7",
      transpose: false,
      row: 3,
      column: 7,
      options: [
        ["title", "Score by perspective"],
        ["width", 800],
        ["height", 336],
        ["vAxis.title", "OMAX score"],
      ],
    });
  });
});
