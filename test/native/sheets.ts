/**
 * One-sheet plans for the native generator's tests: inputs and formulas as the tests think of them
 * (address → value, "=…" a formula), the Kinerja version evaluated with Kinerja's functions and its
 * native version (nativePlan) evaluated with Excel's functions alone.
 */
import { isErrorValue, type CellResult, type EvaluatedWorkbook } from "../../src/formula";
import { callsKinerja, nativePlanWithReport, type NativeReport } from "../../src/native";
import { cellAddress, parseCell } from "../../src/sheet/a1";
import type { CellPlan, Lang, Scalar, WorkbookPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";

export type Cells = Record<string, Scalar | { formula: string; spill?: CellPlan["spill"] }>;

/** A plan of the given sheets (key → cells); the first is active. */
export function planOf(sheets: Record<string, Cells>, lang: Lang = "en"): WorkbookPlan {
  return {
    template: "bsc",
    lang,
    title: "native test",
    activate: Object.keys(sheets)[0],
    sheets: Object.entries(sheets).map(([key, cells]) => ({
      key,
      name: key === "s" ? "Sheet" : key,
      cells: Object.entries(cells).map(([address, content]): CellPlan => {
        if (typeof content === "string" && content.startsWith("="))
          return { address, formula: content };
        if (content !== null && typeof content === "object") return { address, ...content };
        return { address, value: content };
      }),
    })),
  };
}

export function onePlan(cells: Cells, lang: Lang = "en"): WorkbookPlan {
  return planOf({ s: cells }, lang);
}

/**
 * Each formula cell of a plan and each cell its spill fills: `visit(sheet key, address, the cell
 * holding the formula)`.
 */
export function eachFormulaCell(
  plan: WorkbookPlan,
  visit: (sheet: string, address: string, cell: CellPlan) => void
): void {
  for (const sheet of plan.sheets)
    for (const cell of sheet.cells) {
      if (!cell.formula) continue;
      const { row, col } = parseCell(cell.address);
      const { rows, columns } = cell.spill ?? { rows: 1, columns: 1 };
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) visit(sheet.key, cellAddress(row + r, col + c), cell);
    }
}

export interface BothWays {
  kinerja: EvaluatedWorkbook;
  native: EvaluatedWorkbook;
  plan: WorkbookPlan;
  report: NativeReport;
  /** The native plan's cell at an address of sheet "s". */
  cell(address: string): CellPlan | undefined;
}

/** The plan evaluated with Kinerja's functions, and its native version without them. */
export function bothWays(cells: Cells, lang: Lang = "en"): BothWays {
  const kinerjaPlan = onePlan(cells, lang);
  const { plan, report } = nativePlanWithReport(kinerjaPlan);
  if (callsKinerja(plan)) throw new Error("the native plan still calls a Kinerja function");
  return {
    kinerja: evaluatePlan(kinerjaPlan),
    native: evaluatePlan(plan),
    plan,
    report,
    cell: (address) => plan.sheets[0].cells.find((c) => c.address === address),
  };
}

/** Writes a matrix at B2 (upper triangle typed, lower =1/upper or blank), returning its range. */
export function matrixCells(
  a: readonly (readonly number[])[],
  lower: "reciprocal" | "blank" = "reciprocal"
): { cells: Cells; range: string } {
  const n = a.length;
  const cells: Cells = {};
  const address = (i: number, j: number) => `${String.fromCharCode(66 + j)}${i + 2}`;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      if (i === j) cells[address(i, j)] = 1;
      else if (j > i) cells[address(i, j)] = a[i][j];
      else if (lower === "reciprocal") cells[address(i, j)] = `=1/${address(j, i)}`;
    }
  return { cells, range: `B2:${address(n - 1, n - 1)}` };
}

/** Numbers within 1e-9 (relative above 1); "" and an empty cell alike; text and errors exactly. */
export function sameResult(kinerja: CellResult, native: CellResult): boolean {
  if (typeof kinerja === "number" && typeof native === "number")
    return Math.abs(kinerja - native) <= 1e-9 * Math.max(1, Math.abs(kinerja));
  if ((kinerja === null || kinerja === "") && (native === null || native === "")) return true;
  if (isErrorValue(kinerja) && isErrorValue(native)) return kinerja.error === native.error;
  return kinerja === native;
}

/**
 * A block with room, as the OMAX templates build it, from B{top}: the members in use with 1 on the
 * diagonal and their judgements above it, every lower cell `=IF(upper="","",1/upper)` (so "" in the
 * room), and the spare members' rows and columns otherwise empty.
 */
export function roomCells(
  sub: readonly (readonly number[])[],
  members: readonly number[],
  size: number,
  top = 2
): { cells: Cells; range: string } {
  const cells: Cells = {};
  const address = (i: number, j: number) => `${String.fromCharCode(66 + j)}${i + top}`;
  members.forEach((gi, i) =>
    members.forEach((gj, j) => {
      if (i === j) cells[address(gi, gj)] = 1;
      else if (i < j) cells[address(gi, gj)] = sub[i][j];
    })
  );
  for (let i = 0; i < size; i++)
    for (let j = 0; j < i; j++) {
      const upper = address(j, i);
      cells[address(i, j)] = `=IF(${upper}="","",1/${upper})`;
    }
  return { cells, range: `B${top}:${address(size - 1, size - 1)}` };
}
