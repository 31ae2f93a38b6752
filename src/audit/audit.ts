/**
 * Re-performance without the add-in: every cell whose formula calls a Kinerja function is computed
 * again — by the adapters Excel calls, through the formula engine — from the values the file stores
 * for its inputs, and compared with the value the file stores for it. Formulas that call only
 * functions the engine knows are re-performed too, so that an input changed without recalculation
 * is found where it enters. Each cell is re-performed on its own (an input that is itself a result is
 * read as stored): a changed cell is named as the cause, and the cells that read it and were not
 * recalculated are listed as following from it.
 *
 * Beside the re-performance, the workbook checker (the pane's Check tab) reads the same cells:
 * formulas of the template replaced by typed numbers, weights that do not add up, CR above 0.10.
 */
import {
  EXCEL_FUNCTIONS,
  evaluateWorkbook,
  formulaParts,
  isErrorValue,
  parseFormula,
  type Node,
  type CellResult,
  type Value,
} from "../formula";
import { ANY, define } from "../formula/functions/signature";
import { cellAddress, parseCell, parseRange, rangeAddress, type RangePosition } from "../sheet/a1";
import { checkWorkbook, type RuleId, type Severity } from "../readers/check";
import { labelLanguage } from "../readers/language";
import type { Lang, Scalar } from "../sheet/plan";
import { type Text } from "../sheet/text";
import { KINERJA_FUNCTIONS } from "../workbook/custom-functions";
import type { SheetSnapshot } from "../sheet/snapshot";
import { callsKinerja, readableFormula, type StoredForm } from "./formula-text";
import { Deadline, READ_LIMITS, type ReadLimits } from "./limits";
import { decimal, difference } from "./words";
import {
  readWorkbookFile,
  type StoredCell,
  type StoredSheet,
  type StoredWorkbook,
} from "./xlsx-reader";

/** Stored and re-performed numbers agree when they differ by at most this, relative to 1 or their size. */
export const TOLERANCE = 1e-9;
/** Cells one reference of a Kinerja formula may read (a pairwise matrix is at most a few hundred). */
export const MAX_RANGE_CELLS = 1_000_000;
/**
 * Rows and columns of a pairwise matrix re-performed. A call cannot be interrupted, and the slowest
 * functions grow fast with the matrix: AHP.UNCERTAINTY at 100,000 trials and λmax-optimal completion
 * take about 20 s at 30 × 30 on a busy 2-core VM, minutes at 50 × 50. Real ones have 3 to 15 criteria.
 */
export const MAX_MATRIX_SIDE = 30;

const first = (k: number) => k === 0;
const every = () => true;
/** Kinerja's functions whose range arguments are pairwise matrices (or supermatrices), by position. */
const MATRIX_ARGUMENTS: Readonly<Record<string, (k: number) => boolean>> = {
  "AHP.WEIGHTS": first,
  "AHP.CR": first,
  "AHP.CHECK": first,
  "AHP.SUGGEST": first,
  "AHP.COMPLETE": first,
  "AHP.GCI": first,
  "AHP.TRIADS": first,
  "AHP.SCALE": first,
  "AHP.UNCERTAINTY": first,
  "AHP.COMPATIBILITY": first,
  "AHP.GROUP": every,
  "AHP.CONSENSUS": every,
  "AHP.RESPONDENTS": (k) => k >= 2,
  "ANP.LIMIT": first,
  "ANP.WEIGHTED": first,
};

export type AuditKind =
  /** The stored value is not what the function gives for the stored inputs. */
  | "mismatch"
  /** The stored result fills a block of another size than the function's result. */
  | "spill-size"
  /** An error that says the function did not run (#NAME?, #BUSY!, …). */
  | "not-computed"
  /** An error value that the function does give for these inputs (#VALUE!, #DIV/0!, #NUM!). */
  | "error-result"
  /** The formula cannot be re-performed here (another workbook, a range too large, unreadable). */
  | "not-reperformed"
  /** A finding of the workbook checker. */
  | RuleId;

/** What the stored or re-performed value was, as JSON shows it. */
export type ShownValue = Scalar | { error: string; message?: string };

export interface CellDifference {
  cell: string;
  stored: ShownValue;
  recomputed: ShownValue;
  /** stored − recomputed, for two numbers. */
  difference?: number;
}

export interface AuditFinding {
  kind: AuditKind;
  severity: Severity;
  /** Whether it means the workbook does not re-perform (exit code 1). */
  fails: boolean;
  sheet: string;
  cell: string;
  /** The formula as stored, with "=". */
  formula?: string;
  /** The first value that differs, for re-performance findings. */
  stored?: ShownValue;
  recomputed?: ShownValue;
  difference?: number;
  /** Every cell of a spilled result that differs. */
  cells?: CellDifference[];
  /**
   * A mismatch explained by a finding in a cell it reads ("BSC!N8"): that cell changed and this one
   * was not recalculated. Listed, but it does not count on its own.
   */
  after?: string;
  message: string;
}

export interface SheetSummary {
  name: string;
  /** Cells whose formula calls a Kinerja function. */
  kinerjaCells: number;
  /** Values compared (a spilled result counts every cell). */
  values: number;
  largestDifference: number;
  findings: number;
}

export interface AuditReport {
  language: Lang;
  application: string | null;
  kinerjaCells: number;
  values: number;
  /** Kinerja cells whose stored values all re-perform. */
  reperformed: number;
  /**
   * Other formulas re-performed too (those calling only functions the engine knows), so that an input
   * changed without recalculation is found where it enters the chain, not only next to a Kinerja cell.
   */
  otherFormulas: number;
  largestDifference: number;
  forms: Partial<Record<StoredForm, number>>;
  externalLinks: number;
  sheets: SheetSummary[];
  findings: AuditFinding[];
  /** Nothing that fails: the exit code is 0. */
  passed: boolean;
}

export interface AuditOptions {
  /** The report's language; detected from the workbook's labels when left out. */
  lang?: Lang;
  limits?: ReadLimits;
  deadline?: Deadline;
}

/** Reads and audits an .xlsx file; throws UnreadableFile (exit code 2) for a file it will not read. */
export function auditFile(file: Buffer, options: AuditOptions = {}): AuditReport {
  const limits = options.limits ?? READ_LIMITS;
  const deadline = options.deadline ?? new Deadline(limits.milliseconds);
  return auditWorkbook(readWorkbookFile(file, limits, deadline), { ...options, limits, deadline });
}

/** Errors that say the function never ran: the add-in was missing, busy or blocked. */
const NOT_COMPUTED = new Set([
  "#NAME?",
  "#BUSY!",
  "#GETTING_DATA",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#SPILL!",
]);
/** The checker's rules that mean the workbook does not hold together; the others are notes. */
const FAILING_RULES = new Set<RuleId>([
  "weights-sum",
  "weight-invalid",
  "ahp-cr",
  "formula-replaced",
]);

export function auditWorkbook(workbook: StoredWorkbook, options: AuditOptions = {}): AuditReport {
  const lang = options.lang ?? detectLanguage(workbook);
  const deadline = options.deadline ?? new Deadline((options.limits ?? READ_LIMITS).milliseconds);
  const findings: AuditFinding[] = [];
  const forms: Partial<Record<StoredForm, number>> = {};
  const spills = spillRanges(workbook.sheets);
  const spillRange = (sheetName: string) => (sheet: string | undefined, address: string) =>
    spills.get((sheet ?? sheetName).toLowerCase())?.get(address) ?? null;

  // Every cell as a constant (a StoredCell has no `formula`): a formula's stored value is what its
  // readers see. The alias lets references name a sheet in any case, as Excel allows.
  const evaluated = evaluateWorkbook(
    workbook.sheets.map((sheet) => ({ name: sheet.name, alias: sheet.name, cells: sheet.cells })),
    { ...KINERJA_FUNCTIONS, SINGLE }
  );

  const snapshots: SheetSnapshot[] = [];
  const sheets: SheetSummary[] = [];
  const readableBySheet = new Map<string, Map<string, string>>();
  let reperformed = 0;
  let otherFormulas = 0;
  let checked = 0;
  for (const sheet of workbook.sheets) {
    const summary: SheetSummary = {
      name: sheet.name,
      kinerjaCells: 0,
      values: 0,
      largestDifference: 0,
      findings: 0,
    };
    const readable = new Map<string, string>();
    for (const [address, cell] of sheet.cells) {
      if (cell.fileFormula === undefined) continue;
      const { formula, forms: cellForms } = readableFormula(
        cell.fileFormula,
        spillRange(sheet.name)
      );
      readable.set(address, formula);
      if (++checked % 1000 === 0) deadline.check();
      if (!callsKinerja(formula)) {
        const parts = partsOf(formula);
        if (parts instanceof Error || !parts.calls.every((name) => ENGINE_FUNCTIONS.has(name)))
          continue;
        otherFormulas++;
        const { finding } = reperform(sheet, address, cell, formula, parts, evaluated, lang);
        if (finding && isRootMismatch(finding)) findings.push(finding);
        continue;
      }
      for (const form of cellForms) forms[form] = (forms[form] ?? 0) + 1;
      summary.kinerjaCells++;
      const outcome = reperform(sheet, address, cell, formula, partsOf(formula), evaluated, lang);
      summary.values += outcome.values;
      summary.largestDifference = Math.max(summary.largestDifference, outcome.largestDifference);
      if (outcome.finding) findings.push(outcome.finding);
      else reperformed++;
    }
    snapshots.push(snapshotOf(sheet, readable));
    readableBySheet.set(sheet.name, readable);
    sheets.push(summary);
  }

  deadline.check();
  for (const finding of checkWorkbook(snapshots, lang)) {
    if (finding.rule === "error-values") continue; // errors of Kinerja cells are named one by one
    findings.push({
      kind: finding.rule,
      severity: finding.severity,
      fails: FAILING_RULES.has(finding.rule) && finding.severity !== "info",
      sheet: finding.sheet,
      cell: finding.address,
      message: finding.message,
    });
  }

  markConsequences(findings, workbook, readableBySheet);
  const order = new Map(workbook.sheets.map((s, k) => [s.name, k]));
  findings.sort((a, b) => {
    const bySheet = (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0);
    if (bySheet) return bySheet;
    const p = parseCell(a.cell);
    const q = parseCell(b.cell);
    return p.row - q.row || p.col - q.col;
  });
  for (const summary of sheets)
    summary.findings = findings.filter((f) => f.sheet === summary.name).length;
  return {
    language: lang,
    application: workbook.application,
    kinerjaCells: sheets.reduce((n, s) => n + s.kinerjaCells, 0),
    values: sheets.reduce((n, s) => n + s.values, 0),
    reperformed,
    otherFormulas,
    largestDifference: Math.max(0, ...sheets.map((s) => s.largestDifference)),
    forms,
    externalLinks: workbook.externalLinks,
    sheets,
    findings,
    passed: !findings.some((f) => f.fails),
  };
}

/**
 * Marks each mismatch that reads a cell with a failing finding of its own (a value changed, a formula
 * typed over, a function that did not run) as following from it: the cause is named once, and what
 * merely was not recalculated after it is listed under it.
 */
function markConsequences(
  findings: AuditFinding[],
  workbook: StoredWorkbook,
  readable: Map<string, Map<string, string>>
): void {
  // Per sheet (lower case), every cell a failing finding covers → that finding's place.
  const covered = new Map<string, Map<string, string>>();
  const cellsOf = (sheet: string) => workbook.sheets.find((s) => s.name === sheet)?.cells;
  for (const f of findings) {
    if (!f.fails) continue;
    const key = f.sheet.toLowerCase();
    if (!covered.has(key)) covered.set(key, new Map());
    const map = covered.get(key)!;
    const { top, left, bottom, right } = parseRange(
      cellsOf(f.sheet)?.get(f.cell)?.arrayRange ?? f.cell
    );
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) map.set(cellAddress(r, c), `${f.sheet}!${f.cell}`);
  }
  for (const f of findings) {
    if (f.kind !== "mismatch") continue;
    const formula = readable.get(f.sheet)?.get(f.cell);
    const parts = formula === undefined ? null : partsOf(formula);
    if (!parts || parts instanceof Error) continue;
    const self = `${f.sheet}!${f.cell}`;
    for (const ref of parts.refs) {
      const map = covered.get((ref.sheet ?? f.sheet).toLowerCase());
      const cause = map && causeIn(map, parseRange(ref.range), self);
      if (!cause) continue;
      f.after = cause;
      f.fails = false;
      f.severity = "info";
      break;
    }
  }
}

/** The first finding (other than `self`) covering a cell of `range`. */
function causeIn(covered: Map<string, string>, range: RangePosition, self: string): string | null {
  const { top, left, bottom, right } = range;
  if ((bottom - top + 1) * (right - left + 1) <= covered.size) {
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const cause = covered.get(cellAddress(r, c));
        if (cause && cause !== self) return cause;
      }
    return null;
  }
  for (const [address, cause] of covered) {
    if (cause === self) continue;
    const { row, col } = parseCell(address);
    if (row >= top && row <= bottom && col >= left && col <= right) return cause;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// One Kinerja cell

interface Outcome {
  values: number;
  largestDifference: number;
  finding?: AuditFinding;
}

function reperform(
  sheet: StoredSheet,
  address: string,
  cell: StoredCell,
  formula: string,
  parts: FormulaParts | Error,
  evaluated: ReturnType<typeof evaluateWorkbook>,
  lang: Lang
): Outcome {
  const shownFormula = `=${cell.fileFormula}`;
  const finding = (kind: AuditKind, message: Text, extra: Partial<AuditFinding> = {}) => ({
    kind,
    severity: "error" as const,
    fails: true,
    sheet: sheet.name,
    cell: address,
    formula: shownFormula,
    ...extra,
    message: message[lang],
  });
  const unreadable = whyNotReperformed(formula, parts);
  if (unreadable)
    return { values: 0, largestDifference: 0, finding: finding("not-reperformed", unreadable) };

  const result = evaluated.compute(sheet.name, address, formula);
  if (isErrorValue(result) && result.error === "#NAME?" && result.message)
    return {
      values: 0,
      largestDifference: 0,
      finding: finding("not-reperformed", {
        id: `tidak dapat dihitung ulang di luar Excel: ${result.message}`,
        en: `cannot be re-performed outside Excel: ${result.message}`,
      }),
    };
  const recomputed = gridOf(result);
  const { top, left, bottom, right } = parseRange(cell.arrayRange ?? address);
  const stored: CellResult[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: CellResult[] = [];
    for (let c = left; c <= right; c++)
      line.push(sheet.cells.get(cellAddress(r, c))?.value ?? null);
    stored.push(line);
  }

  // Stored errors that say the function did not run come first: nothing else about the cell counts.
  const anchor = stored[0][0];
  if (isErrorValue(anchor) && NOT_COMPUTED.has(anchor.error)) {
    const first = recomputed[0]?.[0] ?? null;
    return {
      values: 0,
      largestDifference: 0,
      finding: finding("not-computed", notComputedText(anchor.error, first, cell, lang), {
        stored: shown(anchor),
        recomputed: shown(first),
      }),
    };
  }

  const differences: CellDifference[] = [];
  let largest = 0;
  let values = 0;
  for (let r = 0; r < stored.length; r++)
    for (let c = 0; c < stored[r].length; c++) {
      const s = stored[r][c];
      const v = recomputed[r]?.[c] ?? null;
      values++;
      const difference = typeof s === "number" && typeof v === "number" ? s - v : undefined;
      if (difference !== undefined) largest = Math.max(largest, Math.abs(difference));
      if (!sameValue(s, v))
        differences.push({
          cell: cellAddress(top + r, left + c),
          stored: shown(s),
          recomputed: shown(v),
          ...(difference === undefined ? {} : { difference }),
        });
    }
  // A stored block may be larger than the result when its extra cells are blank (a result that
  // shrank to "" under IF); a result larger than the block would not have fitted.
  const rows = stored.length;
  const columns = stored[0].length;
  const resultColumns = Math.max(...recomputed.map((line) => line.length));
  if (recomputed.length > rows || resultColumns > columns) {
    const size = (r: number, c: number) => `${r} × ${c}`;
    const got = size(recomputed.length, resultColumns);
    return {
      values,
      largestDifference: largest,
      finding: finding(
        "spill-size",
        {
          id: `hasil tersimpan mengisi ${rangeAddress(top, left, bottom, right)} (${size(rows, columns)} sel), sedangkan fungsinya kini menghasilkan ${got}`,
          en: `the stored result fills ${rangeAddress(top, left, bottom, right)} (${size(rows, columns)} cells) while the function now gives ${got}`,
        },
        { cells: differences }
      ),
    };
  }
  if (differences.length === 0) {
    if (isErrorValue(anchor) && anchor.error !== "#N/A") {
      const message = isErrorValue(recomputed[0][0]) ? recomputed[0][0].message : undefined;
      return {
        values,
        largestDifference: largest,
        finding: finding(
          "error-result",
          {
            id: `menampilkan ${anchor.error}${message ? `: ${message}` : ""}`,
            en: `shows ${anchor.error}${message ? `: ${message}` : ""}`,
          },
          { stored: shown(anchor), recomputed: shown(recomputed[0][0]) }
        ),
      };
    }
    return { values, largestDifference: largest };
  }
  const [first] = differences;
  const block = rangeAddress(top, left, bottom, right);
  return {
    values,
    largestDifference: largest,
    finding: finding("mismatch", mismatchText(first, differences.length - 1, block), {
      stored: first.stored,
      recomputed: first.recomputed,
      ...(first.difference === undefined ? {} : { difference: first.difference }),
      ...(rows * columns > 1 ? { cells: differences } : {}),
    }),
  };
}

/**
 * For a formula that calls no Kinerja function, only a stored value that disagrees counts — and not
 * one downstream of a Kinerja cell that did not run (that cell is named already).
 */
function isRootMismatch(finding: AuditFinding): boolean {
  const upstream = finding.recomputed;
  const fromNotComputed =
    typeof upstream === "object" && upstream !== null && NOT_COMPUTED.has(upstream.error);
  return (finding.kind === "mismatch" || finding.kind === "spill-size") && !fromNotComputed;
}

/** Functions the engine computes by itself: a formula calling only these is re-performed too. */
const ENGINE_FUNCTIONS = new Set([...Object.keys(EXCEL_FUNCTIONS), "SINGLE"]);

type FormulaParts = ReturnType<typeof formulaParts>;

/** The ranges a formula reads and the functions it calls; the parse error when it does not parse. */
function partsOf(formula: string): FormulaParts | Error {
  try {
    return formulaParts(formula);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Why a formula cannot be re-performed from this file alone, or null. */
function whyNotReperformed(formula: string, parts: FormulaParts | Error): Text | null {
  if (/\[\d+\]/.test(formula.split(/"(?:[^"]|"")*"/).join("")))
    return {
      id: "membaca buku kerja lain (tautan eksternal), yang tidak dibuka oleh audit",
      en: "reads another workbook (an external link), which the audit does not open",
    };
  if (parts instanceof Error)
    return {
      id: `rumusnya tidak terbaca oleh audit: ${parts.message}`,
      en: `the audit cannot read the formula: ${parts.message}`,
    };
  for (const { range } of parts.refs) {
    const { top, left, bottom, right } = parseRange(range);
    const cells = (bottom - top + 1) * (right - left + 1);
    if (cells > MAX_RANGE_CELLS)
      return {
        id: `membaca rentang ${range} (${cells} sel), melebihi batas ${MAX_RANGE_CELLS} sel`,
        en: `reads the range ${range} (${cells} cells), over the limit of ${MAX_RANGE_CELLS} cells`,
      };
  }
  const matrix = parts.calls.some((name) => name in MATRIX_ARGUMENTS)
    ? oversizedMatrix(parseFormula(formula))
    : null;
  if (matrix)
    return {
      id: `matriks berpasangan ${matrix} lebih besar dari ${MAX_MATRIX_SIDE} × ${MAX_MATRIX_SIDE}, batas audit`,
      en: `the pairwise matrix ${matrix} is larger than ${MAX_MATRIX_SIDE} × ${MAX_MATRIX_SIDE}, the audit's limit`,
    };
  return null;
}

/** The first matrix argument (a range) of a Kinerja call that is over MAX_MATRIX_SIDE, or null. */
function oversizedMatrix(node: Node | null): string | null {
  if (!node) return null;
  switch (node.kind) {
    case "unary":
    case "percent":
      return oversizedMatrix(node.operand);
    case "binary":
      return oversizedMatrix(node.left) ?? oversizedMatrix(node.right);
    case "call": {
      const isMatrix = MATRIX_ARGUMENTS[node.name];
      for (const [k, arg] of node.args.entries()) {
        if (isMatrix?.(k) && arg?.kind === "ref") {
          const { top, left, bottom, right } = parseRange(arg.range);
          if (bottom - top >= MAX_MATRIX_SIDE || right - left >= MAX_MATRIX_SIDE) return arg.range;
        }
        const inner = oversizedMatrix(arg);
        if (inner) return inner;
      }
      return null;
    }
    default:
      return null;
  }
}

/** Whether a stored value and a re-performed one agree (numbers within TOLERANCE; "" and blank alike). */
export function sameValue(stored: CellResult, recomputed: CellResult): boolean {
  const blank = (v: CellResult) => v === null || v === "";
  if (blank(stored) && blank(recomputed)) return true;
  if (typeof stored === "number" && typeof recomputed === "number")
    return (
      Math.abs(stored - recomputed) <=
      TOLERANCE * Math.max(1, Math.abs(stored), Math.abs(recomputed))
    );
  if (isErrorValue(stored) || isErrorValue(recomputed))
    return isErrorValue(stored) && isErrorValue(recomputed) && stored.error === recomputed.error;
  return stored === recomputed;
}

function gridOf(value: Value): CellResult[][] {
  return Array.isArray(value) ? value : [[value]];
}

function shown(value: CellResult): ShownValue {
  if (!isErrorValue(value)) return value;
  return value.message ? { error: value.error, message: value.message } : { error: value.error };
}

/** A value in a message: numbers to 10 significant digits, text in quotes. */
function say(value: ShownValue, lang: Lang): string {
  if (value === null) return lang === "id" ? "(kosong)" : "(empty)";
  if (typeof value === "object")
    return value.message ? `${value.error} (${value.message})` : value.error;
  if (typeof value === "number") return decimal(value, lang);
  if (typeof value === "string") return `“${value}”`;
  return String(value).toUpperCase();
}

function mismatchText(first: CellDifference, more: number, block: string): Text {
  const diff = (lang: Lang) =>
    first.difference === undefined ? "" : difference(first.difference, lang);
  const where: Text =
    more === 0
      ? { id: first.cell, en: first.cell }
      : {
          id: `${first.cell} dan ${more} sel lain di ${block}`,
          en: `${first.cell} and ${more} more cell${more === 1 ? "" : "s"} of ${block}`,
        };
  return {
    id: `${where.id}: tersimpan ${say(first.stored, "id")}, dihitung ulang ${say(first.recomputed, "id")}${diff("id") ? ` (selisih ${diff("id")})` : ""} — masukannya berubah setelah perhitungan terakhir, atau nilai tersimpan diubah`,
    en: `${where.en}: stored ${say(first.stored, "en")}, re-performed ${say(first.recomputed, "en")}${diff("en") ? ` (difference ${diff("en")})` : ""} — an input changed after the last calculation, or the stored value was edited`,
  };
}

function notComputedText(
  error: string,
  recomputed: CellResult,
  cell: StoredCell,
  lang: Lang
): Text {
  const value = say(shown(recomputed), lang);
  if (/!_xldudf_/i.test(cell.fileFormula ?? ""))
    return {
      id: `menyimpan ${error}: Excel mengikat panggilan ini ke berkas add-in lain (…!_xldudf_), yang terjadi bila add-in lain dimuat; ketik ulang rumusnya; dihitung ulang: ${value}`,
      en: `stores ${error}: Excel bound the call to another add-in's file (…!_xldudf_), which happens when another add-in is loaded; re-enter the formula; re-performed: ${value}`,
    };
  if (error === "#SPILL!")
    return {
      id: `menyimpan #SPILL!: hasilnya tidak dapat tumpah karena sel di jalurnya terisi; dihitung ulang: ${value}`,
      en: `stores #SPILL!: its result could not spill because cells in its way hold something; re-performed: ${value}`,
    };
  return {
    id: `menyimpan ${error}: fungsinya tidak berjalan saat berkas terakhir dihitung (add-in tidak dimuat); dihitung ulang: ${value}`,
    en: `stores ${error}: the function did not run when the file was last calculated (the add-in was not loaded); re-performed: ${value}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Around the cells

/** Implicit intersection (@, stored as _xlfn.SINGLE): one value as itself; a range is not re-performed. */
const SINGLE = define({ params: [ANY] }, ([x]) => {
  if (!Array.isArray(x)) return x as CellResult;
  if (x.length === 1 && x[0].length === 1) return x[0][0];
  return { error: "#VALUE!", message: "implicit intersection (@) of a range is not re-performed" };
});

/** Per sheet (lower-case name), each array formula's anchor → the range it fills. */
function spillRanges(sheets: readonly StoredSheet[]): Map<string, Map<string, string>> {
  return new Map(
    sheets.map((sheet) => {
      const ranges = new Map<string, string>();
      for (const [address, cell] of sheet.cells)
        if (cell.arrayRange) ranges.set(address, cell.arrayRange);
      return [sheet.name.toLowerCase(), ranges];
    })
  );
}

/** A sheet as the workbook checker reads it: values and formulas of the used range. */
function snapshotOf(sheet: StoredSheet, formulas: Map<string, string>): SheetSnapshot {
  if (!sheet.bounds) return { name: sheet.name, address: null, values: [], formulas: [] };
  const { top, left, bottom, right } = sheet.bounds;
  const width = right - left + 1;
  const values: Scalar[][] = [];
  const texts: Scalar[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(new Array<Scalar>(width).fill(""));
    texts.push(new Array<Scalar>(width).fill(""));
  }
  for (const [address, cell] of sheet.cells) {
    const { row, col } = parseCell(address);
    const value = cell.value;
    const scalar: Scalar = isErrorValue(value) ? value.error : value === null ? "" : value;
    values[row - top][col - left] = scalar;
    texts[row - top][col - left] = formulas.get(address) ?? scalar;
  }
  return {
    name: sheet.name,
    address: rangeAddress(top, left, bottom, right),
    values,
    formulas: texts,
  };
}

/** The workbook's language: the one more of its texts are labels in; else its stored language; else English. */
export function detectLanguage(workbook: StoredWorkbook): Lang {
  const texts = function* () {
    for (const sheet of workbook.sheets) for (const cell of sheet.cells.values()) yield cell.value;
  };
  const byLabels = labelLanguage(texts());
  if (byLabels) return byLabels;
  return workbook.language?.toLowerCase().startsWith("id") ? "id" : "en";
}
