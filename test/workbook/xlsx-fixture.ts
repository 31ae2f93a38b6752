/**
 * A small hand-built plan that uses every feature the .xlsx writer handles: two sheets referring to
 * each other, native formulas with hand-checkable results, a custom function that spills, an error
 * result, styles, a table, validation, conditional formats, a note, a sheet-scoped name, freeze
 * panes, a tab colour, gridlines off, two charts and a three-box strategy map.
 *
 * Hand-computed values (the tests check them):
 *   Data!C7   = SUMPRODUCT(B4:B6, C4:C6) = 0.5·8 + 0.3·5 + 0.2·2 = 5.9
 *   Data!H4:H5 = AHP.WEIGHTS([[1, 3], [1/3, 1]]) = 0.75, 0.25 (a consistent 2×2 matrix)
 *   Dashboard!C6 = Data!C7 · 2 = 11.8
 */
import type { WorkbookPlan } from "../../src/sheet/plan";

export const FIXTURE_PLAN: WorkbookPlan = {
  template: "bsc",
  lang: "en",
  title: "Kinerja fixture",
  activate: "dash",
  sheets: [
    {
      key: "data",
      name: "Data (input)",
      tabColor: "#1F4E79",
      cells: [
        { address: "A1", value: "Scorecard data", style: "title" },
        { address: "A3", value: "KPI", style: "header" },
        { address: "B3", value: "Weight", style: "header" },
        { address: "C3", value: "Score", style: "header" },
        { address: "D3", value: "Status", style: "header" },
        { address: "A4", value: "Revenue", style: "label" },
        { address: "B4", value: 0.5, numberFormat: "0%" },
        { address: "C4", value: 8, style: "input", note: "Score typed by the KPI owner" },
        { address: "D4", formula: '=IF(C4>=7,"GREEN",IF(C4>=4,"YELLOW","RED"))', style: "formula" },
        { address: "A5", value: "Cost", style: "label" },
        { address: "B5", value: 0.3, numberFormat: "0%" },
        { address: "C5", value: 5, style: "input" },
        { address: "D5", formula: '=IF(C5>=7,"GREEN",IF(C5>=4,"YELLOW","RED"))', style: "formula" },
        { address: "A6", value: "Quality", style: "label" },
        { address: "B6", value: 0.2, numberFormat: "0%" },
        { address: "C6", value: 2, style: "input" },
        { address: "D6", formula: '=IF(C6>=7,"GREEN",IF(C6>=4,"YELLOW","RED"))', style: "formula" },
        { address: "A7", value: "Total", style: "total" },
        { address: "B7", formula: "=SUM(B4:B6)", style: "total", numberFormat: "0%" },
        {
          address: "C7",
          formula: "=SUMPRODUCT(B4:B6,C4:C6)",
          style: "total",
          numberFormat: "0.00",
        },
        { address: "F3", value: "Pairwise", style: "section" },
        { address: "F4", value: 1 },
        { address: "G4", value: 3 },
        { address: "F5", value: 1 / 3 },
        { address: "G5", value: 1 },
        {
          address: "H4",
          formula: "=AHP.WEIGHTS(F4:G5)",
          spill: { rows: 2, columns: 1 },
          numberFormat: "0.000",
        },
        { address: "I4", formula: "=H4*100" },
        { address: "A9", formula: '=COUNTIF(D4:D6,"GREEN")' },
        { address: "A10", formula: "=INDEX(A4:A6,MATCH(MAX(C4:C6),C4:C6,0))" },
        { address: "A11", formula: '=IFNA(MATCH("X",A4:A6,0),"none")' },
        { address: "A12", formula: "=C7>5" },
        { address: "A13", formula: "=C4/(C5-5)" },
        { address: "A14", formula: '=IFERROR(A13,"n/a")' },
        { address: "A15", formula: '=ROUND(AVERAGE(C4:C6),2)&" avg"' },
        { address: "A16", formula: '=SUMIF(D4:D6,"<>GREEN",C4:C6)+LARGE(C4:C6,2)' },
      ],
      columns: [
        { index: 0, width: 20 },
        { index: 1, width: 10 },
      ],
      merges: ["A1:D1"],
      tables: [{ name: "KPIs", range: "A3:D6", style: "TableStyleLight9" }],
      validations: [
        {
          range: "C4:C6",
          type: "decimal",
          min: 0,
          max: 10,
          prompt: { id: "Skor 0–10", en: "Score 0–10" },
        },
        { range: "E4:E6", type: "list", values: ["Yes", "No"] },
        { range: "G7", type: "whole", min: 1 },
      ],
      conditionalFormats: [
        { range: "D4:D6", type: "textEquals", text: "GREEN", fill: "#C6EFCE", font: "#006100" },
        { range: "C4:C6", type: "trafficIcons", green: 7, yellow: 4 },
        { range: "A9", type: "textNotEquals", text: "OK", fill: "#FFC7CE", font: "#9C0006" },
      ],
      names: [{ name: "Weights", range: "B4:B6", comment: "KPI weights" }],
      freeze: { rows: 3, columns: 1 },
    },
    {
      key: "dash",
      name: "Dashboard",
      showGridlines: false,
      cells: [
        { address: "A1", value: "Dashboard", style: "title" },
        { address: "A3", value: "Month", style: "header" },
        { address: "B3", value: "Target", style: "header" },
        { address: "C3", value: "Actual", style: "header" },
        { address: "A4", value: "Jan" },
        { address: "B4", value: 10 },
        { address: "C4", value: 8 },
        { address: "A5", value: "Feb" },
        { address: "B5", value: 12 },
        { address: "C5", value: 13 },
        { address: "A6", value: "Mar" },
        { address: "B6", value: 14 },
        { address: "C6", formula: "=«data»!C7*2" },
        { address: "E3", formula: "=SUM(«data»!B4:B6)" },
        { address: "A9", value: "Year", style: "header" },
        { address: "B9", value: "Index", style: "header" },
        { address: "A10", value: 2023 },
        { address: "B10", value: 6.5 },
        { address: "A11", value: 2024 },
        { address: "B11", formula: "=«data»!C7" },
      ],
      columns: [{ index: 0, width: 12 }],
      charts: [
        {
          key: "trend",
          type: "line",
          title: "Target vs actual",
          data: "A3:C6",
          seriesBy: "columns",
          from: "E5",
          to: "K18",
          axisTitle: "Score",
        },
        {
          key: "months",
          type: "column",
          title: "By month",
          data: "A3:C6",
          seriesBy: "rows",
          from: "A20",
          to: "F34",
        },
        {
          key: "years",
          type: "bar",
          title: "Index by year",
          data: "A9:B11",
          seriesBy: "columns",
          from: "H20",
          to: "M34",
        },
      ],
      shapes: [
        {
          kind: "box",
          key: "fin",
          text: "Financial\nGrow revenue",
          left: 620,
          top: 40,
          width: 130,
          height: 40,
          fill: "#DDEBF7",
          line: "#1F4E79",
          fontColor: "#1F4E79",
        },
        {
          kind: "box",
          key: "cus",
          text: "Customer",
          left: 620,
          top: 130,
          width: 130,
          height: 40,
          fill: "#E2EFDA",
          line: "#375623",
          fontColor: "#375623",
        },
        {
          kind: "box",
          key: "int",
          text: "Internal",
          left: 780,
          top: 220,
          width: 130,
          height: 40,
          fill: "#FFF2CC",
          line: "#7F6000",
          fontColor: "#7F6000",
        },
        { kind: "arrow", key: "cus-fin", from: "cus", to: "fin", color: "#404040" },
        { kind: "arrow", key: "int-cus", from: "int", to: "cus", color: "#404040" },
      ],
    },
  ],
};

/**
 * One spilled AHP.WEIGHTS whose anchor H4 has its own numberFormat (0.000) and the spill's
 * numberFormats[0][0] (0.0%): both writers must show H4 as 0.0% and H5 as 0.000.
 */
export const SPILL_ANCHOR_PLAN = {
  template: "umkm",
  lang: "en",
  title: "t",
  activate: "s",
  sheets: [
    {
      key: "s",
      name: "S",
      cells: [
        { address: "F4", value: 1 },
        { address: "G4", value: 3 },
        { address: "F5", value: 1 / 3 },
        { address: "G5", value: 1 },
        {
          address: "H4",
          formula: "=AHP.WEIGHTS(F4:G5)",
          numberFormat: "0.000",
          spill: { rows: 2, columns: 1, numberFormats: [["0.0%"], [null]] },
        },
      ],
    },
  ],
} as unknown as WorkbookPlan;
