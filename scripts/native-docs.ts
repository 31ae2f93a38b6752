/**
 * The "Re-perform it natively" section of each function's help page (docs/functions/*.md), derived
 * from the generator: a small sheet with the page's example is made native (src/native) and
 * evaluated, and the section shows the formulas that replace the call, the named steps with their
 * cells, formulas and values, and where the reference tables went. So a help page shows exactly
 * what the native workbooks write. `npm run downloads` rewrites the sections;
 * test/docs/native-sections.test.ts fails when one is stale.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { type CellResult } from "../src/formula";
import { nativePlanWithReport, type GuideCell } from "../src/native";
import { cellAddress } from "../src/sheet/a1";
import { evaluatePlan } from "../src/workbook/evaluate-plan";
import { onePlan, type Cells } from "../test/native/sheets";

export const FUNCTIONS_DIR = join(__dirname, "..", "docs", "functions");

interface PageExample {
  page: string;
  /** What is where, in words: "the 3×3 example matrix in B3:D5". */
  inputs: string;
  cells: Cells;
  /** The cells holding Kinerja calls, whose native formulas the section shows. */
  calls: string[];
  /** Show the named steps of the blocks placed beside the call. */
  steps?: boolean;
}

const SPEC_3X3: Cells = {
  B3: 1,
  C3: 3,
  D3: 5,
  B4: "=1/C3",
  C4: 1,
  D4: 3,
  B5: "=1/D3",
  C5: "=1/D4",
  D5: 1,
};

const AHP_CELLS: Cells = {
  ...SPEC_3X3,
  F3: { formula: "=AHP.WEIGHTS(B3:D5)", spill: { rows: 3, columns: 1 } },
  F7: { formula: "=AHP.CHECK(B3:D5)", spill: { rows: 6, columns: 2 } },
  F14: "=AHP.CR(B3:D5)",
};

const LEVEL_CELLS: Cells = {
  A2: 92.4,
  B2: 70,
  C2: 85,
  D2: 99,
  F2: { formula: "=OMAX.LEVELS(B2,C2,D2)", spill: { rows: 1, columns: 11 } },
};

const EXAMPLES: PageExample[] = [
  {
    page: "ahp-weights",
    inputs: "the 3×3 example matrix in B3:D5 and `=AHP.WEIGHTS(B3:D5)` in F3",
    cells: AHP_CELLS,
    calls: ["F3", "F4", "F5"],
    steps: true,
  },
  {
    page: "ahp-check",
    inputs: "the 3×3 example matrix in B3:D5 and `=AHP.CHECK(B3:D5)` in F7",
    cells: AHP_CELLS,
    calls: ["F7", "G7", "G8", "G9", "G10", "G11", "G12"],
    steps: true,
  },
  {
    page: "ahp-cr",
    inputs: "the 3×3 example matrix in B3:D5 and `=AHP.CR(B3:D5)` in F14",
    cells: AHP_CELLS,
    calls: ["F14"],
    steps: true,
  },
  {
    page: "ahp-ri",
    inputs: "n = 5 in A2 and `=AHP.RI(A2)` in B2",
    cells: { A2: 5, B2: "=AHP.RI(A2)" },
    calls: ["B2"],
  },
  {
    page: "ahp-global",
    inputs: "the local weights 0.298, 0.338, 0.264 in A2:C2 and `=AHP.GLOBAL(A2:C2)` in E2",
    cells: { A2: 0.298, B2: 0.338, C2: 0.264, E2: "=AHP.GLOBAL(A2:C2)" },
    calls: ["E2"],
  },
  {
    page: "omax-levels",
    inputs: "worst 70, baseline 85 and target 99 in B2:D2 and `=OMAX.LEVELS(B2,C2,D2)` in F2",
    cells: LEVEL_CELLS,
    calls: ["F2", "G2", "H2", "I2", "J2", "P2"],
  },
  {
    page: "omax-level",
    inputs:
      "the actual 92.4 in A2, the anchors 70, 85, 99 in B2:D2, their level table `=OMAX.LEVELS(B2,C2,D2)` in F2:P2 (written natively, as on the OMAX sheet of the templates) and the level in each mode in R2:T2",
    cells: {
      ...LEVEL_CELLS,
      R2: "=OMAX.LEVEL(A2,B2,C2,D2)",
      S2: '=OMAX.LEVEL(A2,B2,C2,D2,3,"nearest")',
      T2: '=OMAX.LEVEL(A2,B2,C2,D2,3,"interpolate")',
    },
    calls: ["R2", "S2", "T2"],
  },
  {
    page: "omax-index",
    inputs:
      "the levels 6 and 8 in A2:A3, the weights 0.5 and 0.5 in B2:B3 and `=OMAX.INDEX(A2:A3,B2:B3)` in D2",
    cells: { A2: 6, A3: 8, B2: 0.5, B3: 0.5, D2: "=OMAX.INDEX(A2:A3,B2:B3)" },
    calls: ["D2"],
  },
  {
    page: "omax-change",
    inputs:
      "this period's index 335 in A2, last period's 300 in B2, the baseline 300 in D2, `=OMAX.CHANGE(A2,B2)` in C2 and, for a first period, `=OMAX.CHANGE(A2,\"\",D2)` in C3",
    cells: { A2: 335, B2: 300, D2: 300, C2: "=OMAX.CHANGE(A2,B2)", C3: '=OMAX.CHANGE(A2,"",D2)' },
    calls: ["C2", "C3"],
  },
  {
    page: "kpi-achievement",
    inputs:
      'actual 8 in A2, target 6 in B2, direction "lower" in C2 and `=KPI.ACHIEVEMENT(A2,B2,C2)` in D2',
    cells: { A2: 8, B2: 6, C2: "lower", D2: "=KPI.ACHIEVEMENT(A2,B2,C2)" },
    calls: ["D2"],
  },
  {
    page: "traffic",
    inputs: "the achievement 0.97 in A2 and `=TRAFFIC(A2)` in B2",
    cells: { A2: 0.97, B2: "=TRAFFIC(A2)" },
    calls: ["B2"],
  },
  {
    page: "traffic-omax",
    inputs: "the level 7 in A2 and `=TRAFFIC.OMAX(A2)` in B2",
    cells: { A2: 7, B2: "=TRAFFIC.OMAX(A2)" },
    calls: ["B2"],
  },
  {
    page: "kpi-classcheck",
    inputs:
      'the weight 12 (%) in A2, the class "Sangat Penting" in B2 and `=KPI.CLASSCHECK(A2,B2)` in C2',
    cells: { A2: 12, B2: "Sangat Penting", C2: "=KPI.CLASSCHECK(A2,B2)" },
    calls: ["C2"],
  },
  {
    page: "kpi-weightcheck",
    inputs:
      "the Batik 20 Ikan Mas weights 25, 15, 10, 5, 10, 10, 20, 5 in A2:A9 and `=KPI.WEIGHTCHECK(A2:A9)` in C2",
    cells: {
      A2: 25,
      A3: 15,
      A4: 10,
      A5: 5,
      A6: 10,
      A7: 10,
      A8: 20,
      A9: 5,
      C2: "=KPI.WEIGHTCHECK(A2:A9)",
    },
    calls: ["C2"],
    steps: true,
  },
];

export const NATIVE_PAGES: readonly string[] = EXAMPLES.map((e) => e.page);

/** A value as the section shows it: numbers to 10 significant digits, errors by code. */
function shown(value: CellResult): string {
  if (value === null) return "";
  if (typeof value === "number") return String(Number(value.toPrecision(10)));
  if (typeof value === "object") return value.error;
  return String(value);
}

/** A formula inside a Markdown table cell: in backticks, its | escaped. */
const code = (formula: string) => `\`${formula.replace(/\|/g, "\\|")}\``;

const START =
  "<!-- native:start — generated by `npm run downloads` from src/native; edit scripts/native-docs.ts -->";
const END = "<!-- native:end -->";

/** The generated part of a page's "Re-perform it natively" section. */
export function nativeSection(page: string): string {
  const example = EXAMPLES.find((e) => e.page === page);
  if (!example) throw new Error(`no native example for ${page}`);
  const { plan, report } = nativePlanWithReport(onePlan(example.cells));
  const sheet = plan.sheets[0];
  const evaluated = evaluatePlan(plan);
  const byAddress = new Map(sheet.cells.map((cell) => [cell.address, cell]));
  const lines = [
    START,
    `With ${example.inputs}, the native workbook writes (every cell a plain formula that Excel 2016 and later, LibreOffice and Google Sheets compute alike):`,
    "",
    "| Cell | Native formula | Value |",
    "|---|---|---|",
    ...example.calls.map((address) => {
      const cell = byAddress.get(address);
      const content =
        cell?.formula ?? (cell?.value === undefined ? "" : JSON.stringify(cell.value));
      return `| ${address} | ${code(content)} | ${shown(evaluated.value("s", address))} |`;
    }),
  ];
  const withGuide = report.blocks.filter(({ block }) => block.guide && example.steps);
  for (const { block, at } of withGuide) {
    lines.push(
      "",
      `The steps, from ${cellAddress(at.row, at.col)} (the native workbook puts them right of the sheet's content, beside the rows they belong to; a step with a cell per criterion is shown by its first):`,
      "",
      "| Step | Cell | Formula | Value |",
      "|---|---|---|---|",
      ...(block.guide as GuideCell[]).map((g) => {
        const address = cellAddress(at.row + g.row, at.col + g.col);
        const cell = byAddress.get(address);
        const content = cell?.formula ?? JSON.stringify(cell?.value ?? null);
        return `| ${g.label.en} | ${address} | ${code(content)} | ${shown(evaluated.value("s", address))} |`;
      })
    );
  }
  for (const { block, at } of report.blocks.filter(({ block }) => !block.guide)) {
    const title = byAddress.get(cellAddress(at.row, at.col))?.value;
    if (typeof title === "string")
      lines.push(
        "",
        `The table it reads, "${title}", starts at ${cellAddress(at.row, at.col)}: ${block.rows} rows × ${block.columns} columns of typed values.`
      );
  }
  lines.push(END);
  return lines.join("\n");
}

/** `markdown` with its generated section replaced (or added before "## Examples"). */
export function withNativeSection(markdown: string, section: string): string {
  const start = markdown.indexOf(START.slice(0, 16));
  const end = markdown.indexOf(END);
  if (start >= 0 && end > start)
    return markdown.slice(0, start) + section + markdown.slice(end + END.length);
  const examples = markdown.indexOf("\n## Examples");
  if (examples < 0)
    throw new Error("the page has no ## Examples heading to put the section before");
  return `${markdown.slice(0, examples)}\n## Re-perform it natively\n\n${section}\n${markdown.slice(examples)}`;
}

/** Rewrites each page's section; returns the pages written. */
export function writeNativeSections(): string[] {
  return NATIVE_PAGES.map((page) => {
    const path = join(FUNCTIONS_DIR, `${page}.md`);
    writeFileSync(path, withNativeSection(readFileSync(path, "utf8"), nativeSection(page)));
    return `docs/functions/${page}.md`;
  });
}
