/**
 * A scorecard-shaped plan with `kpis` register rows, for the writer tests: values, formulas, a table,
 * validations, conditional formats, a spill, a chart, a strategy map, names, notes, freeze panes.
 * Only the number of register rows changes with `kpis`, so anything that grows with it is a leak.
 */
import type { CellPlan, Lang, SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import { sheetRef } from "../../src/sheet/plan";
import { TRAFFIC_LIGHT_COLORS } from "../../src/workbook/styles";

export const FIRST_KPI_ROW = 4;

export function syntheticPlan(kpis: number, lang: Lang = "en"): WorkbookPlan {
  const last = FIRST_KPI_ROW + kpis - 1;
  const headers = ["Code", "KPI", "Target", "Actual", "Achievement", "Status"];

  const registerCells: CellPlan[] = [
    { address: "A1", value: "Balanced Scorecard — register", style: "title" },
    { address: "A2", value: "Type targets and actuals in the yellow cells.", style: "note" },
    ...headers.map((text, i): CellPlan => ({
      address: `${"ABCDEF"[i]}3`,
      value: text,
      style: "header",
    })),
  ];
  for (let row = FIRST_KPI_ROW; row <= last; row++) {
    const i = row - FIRST_KPI_ROW + 1;
    registerCells.push(
      { address: `A${row}`, value: `K${i}`, style: "label" },
      { address: `B${row}`, value: `KPI number ${i}`, style: "label" },
      { address: `C${row}`, value: 100, numberFormat: "0.00", style: "input" },
      { address: `D${row}`, value: 90 + (i % 15), numberFormat: "0.00", style: "input" },
      {
        address: `E${row}`,
        formula: `=IFERROR(D${row}/C${row},"")`,
        numberFormat: "0%",
        style: "formula",
        note: "Actual ÷ target (spec §4.1)",
      },
      {
        address: `F${row}`,
        formula: `=IF(E${row}>=1,"GREEN",IF(E${row}>=0.95,"YELLOW","RED"))`,
        style: "check",
      }
    );
  }
  const register: SheetPlan = {
    key: "register",
    name: "BSC",
    cells: registerCells,
    columns: [
      { index: 0, width: 8 },
      { index: 1, width: 40 },
      { index: 2, width: 12 },
      { index: 3, width: 12 },
      { index: 4, width: 12 },
      { index: 5, width: 10 },
    ],
    merges: ["A1:F1"],
    tables: [{ name: "BSC_Register", range: `A3:F${last}`, style: "TableStyleLight9" }],
    validations: [
      {
        range: `C${FIRST_KPI_ROW}:D${last}`,
        type: "decimal",
        min: 0,
        prompt: { id: "Isi angka nol atau lebih.", en: "Enter a number, zero or more." },
      },
    ],
    conditionalFormats: [
      ...(["GREEN", "YELLOW", "RED"] as const).map((status) => ({
        range: `F${FIRST_KPI_ROW}:F${last}`,
        type: "textEquals" as const,
        text: status,
        fill: TRAFFIC_LIGHT_COLORS[status].fill,
        font: TRAFFIC_LIGHT_COLORS[status].font,
      })),
      { range: `E${FIRST_KPI_ROW}:E${last}`, type: "trafficIcons", green: 1, yellow: 0.95 },
    ],
    names: [{ name: "Register", range: `A3:F${last}`, comment: "The KPI register" }],
    freeze: { rows: 3, columns: 2 },
    tabColor: "#0F6C5C",
    showGridlines: false,
  };

  const dashboard: SheetPlan = {
    key: "dashboard",
    name: "Dashboard",
    cells: [
      { address: "A1", value: "Dashboard", style: "title" },
      { address: "A3", value: "Average achievement", style: "label" },
      {
        address: "B3",
        formula: `=AVERAGE(${sheetRef("register", `E${FIRST_KPI_ROW}:E${last}`)})`,
        numberFormat: "0%",
        style: "total",
      },
      { address: "A4", value: "KPIs on green", style: "label" },
      {
        address: "B4",
        formula: `=COUNTIF(${sheetRef("register", `F${FIRST_KPI_ROW}:F${last}`)},"GREEN")`,
        style: "total",
      },
      { address: "A6", value: "KPIs, best first", style: "section" },
      {
        address: "A7",
        formula: `=SORTBY(${sheetRef("register", `B${FIRST_KPI_ROW}:B${last}`)},${sheetRef("register", `E${FIRST_KPI_ROW}:E${last}`)},-1)`,
        spill: { rows: kpis, columns: 1 },
        style: "formula",
      },
      // The spill area is styled but must never receive a value.
      { address: "A8", style: "formula" },
      { address: "A9", style: "formula" },
      { address: "D3", value: "Perspective", style: "header" },
      { address: "E3", value: "Score", style: "header" },
      ...["Financial", "Customer", "Internal", "Learning"].flatMap((name, i): CellPlan[] => [
        { address: `D${4 + i}`, value: name, style: "label" },
        { address: `E${4 + i}`, value: 6 + i, numberFormat: "0.0", style: "formula" },
      ]),
    ],
    charts: [
      {
        key: "scores",
        type: "column",
        title: "Score by perspective",
        data: "D3:E7",
        seriesBy: "columns",
        from: "G3",
        to: "N18",
        axisTitle: "OMAX score",
      },
    ],
    freeze: { rows: 1, columns: 0 },
  };

  const box = (key: string, text: string, top: number) => ({
    kind: "box" as const,
    key,
    text,
    left: 40,
    top,
    width: 160,
    height: 50,
    fill: "#E6F2EF",
    line: "#0F6C5C",
    fontColor: "#0F6C5C",
  });
  const map: SheetPlan = {
    key: "map",
    name: "Strategy Map",
    cells: [{ address: "A1", value: "Strategy map", style: "title" }],
    shapes: [
      box("financial", "Grow revenue", 40),
      box("customer", "Keep customers", 120),
      box("internal", "Deliver on time", 200),
      box("learning", "Train people", 280),
      { kind: "arrow", key: "l-i", from: "learning", to: "internal", color: "#0F6C5C" },
      { kind: "arrow", key: "i-c", from: "internal", to: "customer", color: "#0F6C5C" },
      { kind: "arrow", key: "c-f", from: "customer", to: "financial", color: "#0F6C5C" },
    ],
    showGridlines: false,
  };

  return {
    template: "bsc",
    lang,
    title: "Synthetic scorecard",
    sheets: [register, dashboard, map],
    activate: "dashboard",
  };
}
