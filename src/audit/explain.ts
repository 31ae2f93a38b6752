/**
 * "Explain this cell": the Kinerja calls of one cell, each with its inputs (where they are, what they
 * hold), its steps and its result — the steps the native-formula generator writes (src/native), not
 * a second derivation of them. The generator's block is laid out on a scratch sheet beside the
 * values the cell's formula reads, and the evaluator computes it: a step's number here is the number
 * its native formula shows in the workbook. For AHP also the three judgements that disagree most
 * with the weights (the core's ahpInconsistencies).
 */
import { ahpInconsistencies, type Inconsistency, type WeightMethod } from "../core";
import {
  evaluateWorkbook,
  isErrorValue,
  type CellResult,
  type EvaluatedWorkbook,
  type SheetCell,
  type Value,
} from "../formula";
import {
  NotNative,
  footprint,
  kinerjaCalls,
  layOut,
  localise,
  reperform,
  type FoundCall,
  type Reperformance,
} from "../native";
import { cellAddress, normalCell, parseRange } from "../sheet/a1";
import { quoteSheetName, type Lang, type Scalar } from "../sheet/plan";
import type { CellContext, SheetSnapshot } from "../sheet/snapshot";
import type { Text } from "../sheet/text";
import { KINERJA_FUNCTIONS } from "../workbook/custom-functions";
import { addinFormula } from "./formula-text";

/** The scratch sheet the steps are computed on; never written to a workbook. */
const SCRATCH = "kinerja explain";

export interface ExplainedInput {
  /** 0-based position of the argument in the call. */
  position: number;
  /** As written in the formula: "B7:E10", "'Data'!C3", "\"geomean\"". */
  text: string;
  /** The range it reads ("Data!B7:E10"), or null for a constant or an expression. */
  range: { sheet: string; address: string } | null;
  /** Its values now (a single value is 1 × 1). */
  values: CellResult[][];
}

export interface ExplainedStep {
  label: Text;
  value: CellResult;
}

export interface ExplainedCall {
  /** "AHP.WEIGHTS", as the generator names it. */
  name: string;
  inputs: ExplainedInput[];
  /** The generator's named steps, in reading order, with their values; empty for one formula. */
  steps: ExplainedStep[];
  /** The native formulas' result, rows × columns. */
  result: CellResult[][];
  /** The Kinerja function's own result for the same inputs, to compare. */
  kinerja: CellResult[][];
  /** The largest |native − Kinerja| over the numeric cells (0 when they agree exactly). */
  difference: number;
  /** AHP: the three judgements that disagree most with the weights, with the judgement's cell. */
  inconsistent?: (Inconsistency & { cell: string })[];
  /** Why it was not re-performed natively (a function the generator does not cover). */
  notNative?: string;
  /** The block "Write the steps beside it" writes; null when the call has no steps. */
  reperformance: Reperformance | null;
}

export type Explanation =
  | { kind: "explained"; sheet: string; address: string; formula: string; calls: ExplainedCall[] }
  | { kind: "noFormula"; sheet: string; address: string }
  | { kind: "noKinerja"; sheet: string; address: string; formula: string };

/** The explanation of the cell `context` describes; `lang` is the language of step labels written. */
export function explainCell(context: CellContext, lang: Lang): Explanation {
  const { sheet, address, formula } = context;
  if (!formula) return { kind: "noFormula", sheet, address };
  let found: FoundCall[];
  try {
    // A call Excel saved as _xldudf_AHP_WEIGHTS(…) is explained as the call it stands for.
    found = kinerjaCalls(addinFormula(formula).formula, sheet, address);
  } catch {
    found = [];
  }
  if (found.length === 0) return { kind: "noKinerja", sheet, address, formula };
  return {
    kind: "explained",
    sheet,
    address,
    formula,
    calls: found.map(({ call }) => explainCall(context, call, lang)),
  };
}

function explainCall(context: CellContext, call: FoundCall["call"], lang: Lang): ExplainedCall {
  const sheets = inputSheets(context);
  const callText = `=${call.name}(${call.args.map((arg) => (arg ? arg.text : "")).join(",")})`;
  const inputsOf = (evaluated: EvaluatedWorkbook): ExplainedInput[] =>
    call.args.flatMap((arg, position) => {
      if (!arg) return [];
      const text = localise(arg.text, context.sheet).replace(
        /«([^»]+)»!/g,
        (_m, name: string) => `${quoteSheetName(name)}!`
      );
      const range =
        arg.node.kind === "ref"
          ? { sheet: arg.node.sheet ?? context.sheet, address: arg.node.range }
          : null;
      const value = evaluated.compute(context.sheet, context.address, `=${arg.text}`);
      return [{ position, text, range, values: grid(value) }];
    });

  let reperformance: Reperformance;
  try {
    reperformance = reperform(call, lang);
  } catch (error) {
    if (!(error instanceof NotNative)) throw error;
    const evaluated = evaluateWorkbook([...sheets.values()], KINERJA_FUNCTIONS);
    const kinerja = grid(evaluated.compute(context.sheet, context.address, callText));
    return {
      name: call.name,
      inputs: inputsOf(evaluated),
      steps: [],
      result: kinerja,
      kinerja,
      difference: 0,
      notNative: error.message,
      reperformance: null,
    };
  }

  // The block from A1 of the scratch sheet, its result formulas in the rows below it.
  const laid = layOut(reperformance, { sheet: SCRATCH, row: 0, col: 0 }, SCRATCH);
  const scratch = new Map<string, SheetCell>();
  for (const cell of laid.cells)
    scratch.set(
      normalCell(cell.address),
      cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value ?? null }
    );
  const resultRow = laid.rows + 1;
  laid.results.forEach((row, r) =>
    row.forEach((formula, c) =>
      scratch.set(cellAddress(resultRow + r, c), { formula: localise(formula, SCRATCH) })
    )
  );
  const evaluated = evaluateWorkbook(
    [...sheets.values(), { name: SCRATCH, cells: scratch }],
    KINERJA_FUNCTIONS
  );
  const at = (r: number, c: number) => evaluated.value(SCRATCH, cellAddress(r, c));
  const stepsColumn = reperformance.steps ? laid.columns - reperformance.steps.columns : 0;
  const steps = (reperformance.steps?.guide ?? []).map((guide) => ({
    label: guide.label,
    value: at(guide.row, stepsColumn + guide.col),
  }));
  const result = laid.results.map((row, r) => row.map((_, c) => at(resultRow + r, c)));
  const kinerja = grid(evaluated.compute(context.sheet, context.address, callText));
  return {
    name: call.name,
    inputs: inputsOf(evaluated),
    steps,
    result,
    kinerja,
    difference: largestDifference(result, kinerja),
    inconsistent: inconsistencies(call, evaluated, context),
    reperformance,
  };
}

/** The sheets the cell's formula reads, holding the values read (Excel shows errors as "#N/A"…). */
function inputSheets(
  context: CellContext
): Map<string, { name: string; cells: Map<string, SheetCell> }> {
  const sheets = new Map<string, { name: string; cells: Map<string, SheetCell> }>();
  const sheetOf = (name: string) => {
    const key = name.toLowerCase();
    if (!sheets.has(key)) sheets.set(key, { name, cells: new Map() });
    return sheets.get(key) as { name: string; cells: Map<string, SheetCell> };
  };
  sheetOf(context.sheet);
  for (const range of context.ranges) {
    const { top, left } = parseRange(range.address);
    const cells = sheetOf(range.sheet).cells;
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "" || value === null) return;
        cells.set(cellAddress(top + r, left + c), { value: cellValue(value) });
      })
    );
  }
  return sheets;
}

const ERROR_TEXT =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!|GETTING_DATA)$/;

/** A value as range.values gives it ("#N/A" for an error) as the evaluator holds it. */
function cellValue(value: Scalar): CellResult {
  return typeof value === "string" && ERROR_TEXT.test(value)
    ? { error: value as "#N/A" }
    : (value as CellResult);
}

function grid(value: Value): CellResult[][] {
  return Array.isArray(value) ? value.map((row) => [...row]) : [[value]];
}

function largestDifference(a: CellResult[][], b: CellResult[][]): number {
  let largest = 0;
  a.forEach((row, r) =>
    row.forEach((x, c) => {
      const y = b[r]?.[c];
      if (typeof x === "number" && typeof y === "number")
        largest = Math.max(largest, Math.abs(x - y));
      else if (!sameShown(x, y)) largest = Infinity;
    })
  );
  return largest;
}

function sameShown(x: CellResult | undefined, y: CellResult | undefined): boolean {
  if (isErrorValue(x) || isErrorValue(y))
    return isErrorValue(x) && isErrorValue(y) && x.error === y.error;
  return (x ?? "") === (y ?? "");
}

const AHP_WITH_MATRIX = new Set(["AHP.WEIGHTS", "AHP.CR", "AHP.CHECK"]);
const METHODS: readonly WeightMethod[] = ["eigen", "geomean", "mean"];

/** The three most inconsistent judgements of an AHP call's matrix, each with its cell. */
function inconsistencies(
  call: FoundCall["call"],
  evaluated: EvaluatedWorkbook,
  context: CellContext
): (Inconsistency & { cell: string })[] | undefined {
  const [matrixArg, methodArg] = call.args;
  if (!AHP_WITH_MATRIX.has(call.name) || matrixArg?.node.kind !== "ref") return undefined;
  const matrix = evaluated.compute(context.sheet, context.address, `=${matrixArg.text}`);
  const method = methodArg
    ? evaluated.compute(context.sheet, context.address, `=${methodArg.text}`)
    : "eigen";
  const chosen = METHODS.find((m) => typeof method === "string" && m === method.toLowerCase());
  if (!Array.isArray(matrix)) return undefined;
  const { top, left } = parseRange(matrixArg.node.range);
  try {
    return ahpInconsistencies(matrix as never, chosen ?? "eigen", 3).map((pair) => ({
      ...pair,
      cell: cellAddress(top + pair.row - 1, left + pair.col - 1),
    }));
  } catch {
    // A matrix the function refuses: its result already says why.
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Write the steps beside it

const BESIDE_WORDS = {
  title: (name: string, where: string): Text => ({
    id: `Langkah ${name} di ${where}, dihitung ulang dengan rumus bawaan`,
    en: `Steps of ${name} in ${where}, re-performed with native formulas`,
  }),
  result: { id: "Hasil (rumus bawaan)", en: "Result (native formulas)" },
  difference: { id: "Selisih dari sel", en: "Difference from the cell" },
};

/** Where the written steps start and which cells they fill. */
export interface StepsBlock {
  rows: Scalar[][];
  numberFormat: string[][];
}

/**
 * The steps of `call` (explained for the cell `explanation` names) as one block whose top-left cell
 * is (row, col) on `sheet` (the cell's own sheet, or a new one): a title, the generator's block laid
 * out there, then the re-performed result with its difference from the cell's own result.
 */
export function stepsBlock(
  explanation: Extract<Explanation, { kind: "explained" }>,
  call: ExplainedCall,
  sheet: string,
  at: { row: number; col: number },
  lang: Lang
): StepsBlock {
  const reperformance = call.reperformance;
  if (!reperformance) throw new Error(`${call.name} has no native steps to write`);
  const size = footprint(reperformance);
  const laid = layOut(reperformance, { sheet, row: at.row + 1, col: at.col }, sheet);
  const { rows: resultRows, columns: resultColumns } = reperformance.shape;
  const height = 1 + size.rows + 1 + 1 + resultRows;
  const width = Math.max(size.columns, 2 * resultColumns + 1, 1);
  const rows: Scalar[][] = Array.from({ length: height }, () =>
    new Array<Scalar>(width).fill(null)
  );
  const numberFormat: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const named = (formula: string) =>
    localise(formula, sheet).replace(
      /«([^»]+)»!/g,
      (_m, name: string) => `${quoteSheetName(name)}!`
    );
  const where = `${quoteSheetName(explanation.sheet)}!${explanation.address}`;
  rows[0][0] = BESIDE_WORDS.title(call.name, where)[lang];
  for (const cell of laid.cells) {
    const { row, col } = parseCellIn(cell.address);
    const r = row - at.row;
    const c = col - at.col;
    rows[r][c] = cell.formula !== undefined ? named(cell.formula) : (cell.value ?? null);
    if (cell.numberFormat) numberFormat[r][c] = cell.numberFormat;
  }
  const labels = 1 + size.rows + 1;
  rows[labels][0] = BESIDE_WORDS.result[lang];
  rows[labels][resultColumns + 1] = BESIDE_WORDS.difference[lang];
  const origin = parseCellIn(explanation.address);
  const own = (r: number, c: number) =>
    `${explanation.sheet === sheet ? "" : `${quoteSheetName(explanation.sheet)}!`}${cellAddress(origin.row + r, origin.col + c)}`;
  laid.results.forEach((line, r) =>
    line.forEach((formula, c) => {
      const native = cellAddress(at.row + labels + 1 + r, at.col + c);
      rows[labels + 1 + r][c] = named(formula);
      rows[labels + 1 + r][resultColumns + 1 + c] =
        `=IF(AND(ISNUMBER(${native}),ISNUMBER(${own(r, c)})),${native}-${own(r, c)},IF(${native}=${own(r, c)},0,NA()))`;
    })
  );
  return { rows, numberFormat };
}

function parseCellIn(address: string): { row: number; col: number } {
  const { top, left } = parseRange(address);
  return { row: top, col: left };
}

/**
 * The first place right of `address` (one column apart) where `rows` × `columns` cells are empty in
 * `snapshot` (the sheet as read: values and formulas, spilled values included); null when the sheet
 * has no room there.
 */
export function freeSpotBeside(
  snapshot: SheetSnapshot,
  address: string,
  rows: number,
  columns: number
): { row: number; col: number } | null {
  const { row, col } = parseCellIn(address);
  const occupied = new Set<string>();
  if (snapshot.address) {
    const { top, left } = parseRange(snapshot.address);
    snapshot.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = snapshot.formulas[r]?.[c];
        const filled = (v: unknown) => v !== "" && v !== null && v !== undefined;
        if (filled(value) || filled(formula)) occupied.add(`${top + r},${left + c}`);
      })
    );
  }
  const isFree = (c0: number) => {
    for (let r = row; r < row + rows; r++)
      for (let c = c0; c < c0 + columns; c++) if (occupied.has(`${r},${c}`)) return false;
    return true;
  };
  if (row + rows > MAX_ROWS) return null;
  for (let c0 = col + 2; c0 + columns <= MAX_COLUMNS; c0++) if (isFree(c0)) return { row, col: c0 };
  return null;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
