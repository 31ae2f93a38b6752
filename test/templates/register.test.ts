/**
 * The register writer lays a sheet out from a column list alone: a three-KPI register of five
 * columns, written and read back cell by cell, and the layout that says where each field went.
 */
import { registerLayout, registerSheet, type RegisterSchema } from "../../src/templates/register";
import type { CellPlan } from "../../src/sheet/plan";

interface Row {
  code: string;
  name: string | null;
  low: number;
  high: number;
}

const SCHEMA: RegisterSchema<Row> = {
  scoring: { kind: "achievement" },
  weightTotal: 100,
  weightField: "weightPct",
  scoreField: "achievement",
  tableName: "Test_KPI",
  frozenThrough: "name",
  columns: [
    {
      field: "code",
      header: { id: "Kode", en: "Code" },
      style: "label",
      width: 6,
      value: (r) => r.data.code,
    },
    {
      field: "name",
      header: { id: "KPI", en: "KPI" },
      style: "input",
      width: ({ values }) => 4 + values.filter((v) => v !== null).length,
      value: (r) => r.data.name,
      validation: () => ({ type: "any", prompt: { id: "Ketik nama", en: "Type the name" } }),
      total: { label: { id: "Jumlah", en: "Total" } },
    },
    {
      field: "worst",
      header: { id: "Bawah", en: "Low" },
      style: "input",
      width: 8,
      value: (r) => r.data.low,
      validation: () => ({ type: "decimal", min: 0 }),
    },
    {
      field: "target",
      header: { id: "Atas", en: "High" },
      style: "input",
      width: 8,
      value: (r) => r.data.high,
      validation: () => ({ type: "decimal", min: 0 }),
      total: { formula: ({ range }) => `=SUM(${range("target")})`, numberFormat: "0" },
      name: "Highs",
    },
    {
      field: "weightPct",
      header: { id: "Selisih", en: "Spread" },
      style: "formula",
      width: 8,
      formula: ({ at, tracking }) => `=${at("target")}-${at("worst")}+${tracking.actuals}`,
      note: { id: "Atas − bawah", en: "High − low" },
      validation: () => ({ type: "decimal", min: 0 }),
      formats: { rules: (range) => [{ range, type: "noValue", font: "#D0D0D0" }], withTotal: true },
    },
  ],
};

const ROWS: Row[] = [
  { code: "A1", name: "Sales", low: 1, high: 5 },
  { code: "A2", name: null, low: 2, high: 7 },
  { code: "A3", name: "Costs", low: 3, high: 4 },
];

function written() {
  const { sheet, layout, shown } = registerSheet(SCHEMA, {
    lang: "en",
    sheetName: { id: "Uji", en: "Test" },
    title: { id: "Judul", en: "Title" },
    caseName: "Case",
    isExample: false,
    help: { id: "Bantuan", en: "Help" },
    rules: { id: "Aturan", en: "Rules" },
    rows: ROWS,
    groups: [],
    tracking: (k) => ({ actuals: `T!A${k + 1}`, periodNumber: "T!B1", monthsPerPeriod: "T!B2" }),
    tabColor: "#000000",
  });
  const plan = sheet.build();
  const cell = (address: string): CellPlan | undefined =>
    plan.cells.find((c) => c.address === address);
  return { plan, layout, shown, cell };
}

test("three KPIs: header in row 6, KPIs in rows 7–9, totals in row 10, each field where the layout says", () => {
  const { plan, layout, cell } = written();
  expect(["A6", "B6", "C6", "D6", "E6"].map((a) => cell(a)?.value)).toEqual([
    "Code",
    "KPI",
    "Low",
    "High",
    "Spread",
  ]);
  expect(layout).toMatchObject({ headerRow: 5, firstRow: 6, lastRow: 8, totalRow: 9, count: 3 });
  expect(
    ["code", "name", "worst", "target", "weightPct"].map((f) => layout.columnOf(f as never))
  ).toEqual([0, 1, 2, 3, 4]);
  expect([layout.cell("target", 1), layout.range("target")]).toEqual(["D8", "D7:D9"]);
  expect([layout.ref("target", 1), layout.rangeRef("target")]).toEqual([
    "«register»!$D$8",
    "«register»!$D$7:$D$9",
  ]);
  expect(() => layout.columnOf("level")).toThrow("no level column");
  // A KPI row: its values, its formula on its own row and its link, its note on the first row only.
  expect(cell("E8")?.formula).toBe("=D8-C8+T!A2");
  expect([cell("E7")?.note, cell("E8")?.note]).toEqual(["High − low", undefined]);
  expect(plan.freeze).toEqual({ rows: 6, columns: 2 });
  // The spread is a calculated column: its formula once, as on the first row.
  expect(plan.tables).toEqual([
    {
      name: "Test_KPI",
      range: "A6:E9",
      style: "TableStyleLight9",
      calculated: [{ col: 4, formula: "=D7-C7+T!A1" }],
    },
  ]);
});

test("an empty name stays an empty input cell, its prompt shown when selected; the width fits the names typed (2)", () => {
  const { plan, shown, cell } = written();
  expect([cell("B8")?.value ?? null, cell("B8")?.style, cell("B7")?.style]).toEqual([
    null,
    "input",
    "input",
  ]);
  expect(shown("name")).toEqual(["Sales", null, "Costs"]);
  expect(plan.validations).toContainEqual({
    range: "B7:B9",
    type: "any",
    prompt: { id: "Ketik nama", en: "Type the name" },
  });
  expect(plan.columns?.find((c) => c.index === 1)?.width).toBe(6);
});

test("totals: the label and the formula over the KPI rows; the format reaches the totals line", () => {
  const { plan, cell } = written();
  expect([cell("B10")?.value, cell("B10")?.style]).toEqual(["Total", "total"]);
  expect([cell("D10")?.formula, cell("D10")?.numberFormat]).toEqual(["=SUM(D7:D9)", "0"]);
  expect(cell("A10")).toBeUndefined();
  expect(plan.conditionalFormats).toEqual([{ range: "E7:E10", type: "noValue", font: "#D0D0D0" }]);
  expect(plan.names).toEqual([{ name: "Highs", range: "$D$7:$D$9" }]);
});

test("adjacent columns with the same validation share one rule", () => {
  const { plan } = written();
  expect(plan.validations).toEqual([
    { range: "B7:B9", type: "any", prompt: { id: "Ketik nama", en: "Type the name" } },
    { range: "C7:E9", type: "decimal", min: 0 },
  ]);
});

test("the layout alone (no sheet) answers the same", () => {
  const layout = registerLayout(SCHEMA, 3);
  expect([layout.columnOf("weightPct"), layout.totalRow, layout.numberFormatOf("target")]).toEqual([
    4,
    9,
    undefined,
  ]);
});
