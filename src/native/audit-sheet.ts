/**
 * The Audit sheet: every cell that calls a Kinerja function, one row per cell it fills — a link to
 * the cell, its formula as text, the value Kinerja returned (a live reference), the same value
 * re-performed with native formulas, and the difference — with a summary on top: cells checked,
 * how many agree, the largest |difference|, how many differ by more than 1e-9, and a traffic light.
 *
 * The re-performance is the native generator's: each cell's formula with its Kinerja calls replaced
 * by their native formulas, reading the cell's own inputs where they are (an OMAX.INDEX reads the
 * levels the workbook shows; those levels have rows of their own). The steps and reference tables
 * it needs go in a helper area right of the list, each block once, beside the first row that needs
 * it. Everything is a live formula, so the sheet follows every change of the inputs; it is a new
 * sheet and changes no other cell.
 *
 * Its formulas name the audited sheets by key («register»!L7): the CLI's writer resolves them, the
 * pane maps each key to the sheet's name in the open workbook.
 */
import { formulaParts } from "../formula";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../sheet/a1";
import type { CellPlan, ConditionalFormatPlan, Lang, SheetPlan, WorkbookPlan } from "../sheet/plan";
import { quoteSheetName, resolveSheetRefs } from "../sheet/plan";
import type { SheetSnapshot } from "../sheet/snapshot";
import { isKinerjaFunction, qualified } from "./calls";
import { NotNative, localise, num, quoted, type Reperformance } from "./model";
import { placeSteps, type WantedSteps } from "./plan";
import { kinerjaCalls, reperform, rewriteFormula, type FoundCall } from "./reperform";

/** A sheet whose Kinerja cells are audited. */
export interface AuditedSheet {
  /** How formulas refer to it: «key»!A1. */
  key: string;
  /** Its name in the workbook: the links and the listed addresses show it. */
  name: string;
  /** Its cells; those whose formula calls a Kinerja function are listed. */
  cells: readonly CellPlan[];
}

/** One row of the list: a cell a Kinerja formula fills. */
export interface AuditRow {
  /** The audited cell. */
  sheet: string;
  address: string;
  /** The row's "returned", "native", "difference" and "result" cells on the Audit sheet. */
  returned: string;
  native: string;
  difference: string;
  result: string;
  /** Whether it has a native re-performance (false: the function or its options have none). */
  isNative: boolean;
}

export interface AuditSheet {
  sheet: SheetPlan;
  rows: AuditRow[];
  /** The summary's cells on the Audit sheet. */
  summary: Record<SummaryLine, string>;
}

type SummaryLine =
  "checked" | "agree" | "differ" | "largest" | "notComputed" | "notNative" | "light";
const SUMMARY: readonly SummaryLine[] = [
  "checked",
  "agree",
  "differ",
  "largest",
  "notComputed",
  "notNative",
  "light",
];

const WORDS = {
  title: {
    id: "Audit: setiap hasil Kinerja dihitung ulang dengan rumus bawaan",
    en: "Audit: every Kinerja result re-performed with native formulas",
  },
  intro: {
    id: "Setiap sel yang memanggil fungsi Kinerja: nilai yang dihasilkannya dan nilai yang sama dihitung ulang dengan rumus biasa.",
    en: "Each cell that calls a Kinerja function: the value it returned and the same value re-performed with plain formulas.",
  },
  live: {
    id: "Langkah-langkahnya ada di kanan daftar. Lembar ini hidup, dan menambahkannya tidak mengubah sel lain.",
    en: "Their workings are right of the list. The sheet is live, and adding it changed no other cell.",
  },
  checked: { id: "Sel diperiksa", en: "Cells checked" },
  agree: { id: "Cocok", en: "Agree" },
  differ: { id: "Berbeda lebih dari 1e-9", en: "Differ by more than 1e-9" },
  differNote: {
    id: "Selisih angka lebih dari 1e-9 (relatif terhadap nilainya bila nilainya lebih dari 1), atau teks atau galat yang tidak sama.",
    en: "A number off by more than 1e-9 (relative to the value where the value exceeds 1), or a text or error that is not the same.",
  },
  largest: { id: "|Selisih| terbesar", en: "Largest |difference|" },
  notComputed: { id: "Tidak dihitung oleh Kinerja", en: "Not computed by Kinerja" },
  notComputedNote: {
    id: "Sel menampilkan #NAME? (add-in tidak terpasang atau belum tersambung), #BUSY!, #SPILL! atau galat sejenis.",
    en: "The cell shows #NAME? (the add-in is not installed or not connected), #BUSY!, #SPILL! or a similar error.",
  },
  notNative: { id: "Tidak dapat dihitung ulang", en: "Not re-performed natively" },
  notNativeNote: {
    id: "Fungsi ini, atau pilihannya, tidak punya padanan rumus bawaan.",
    en: "This function, or its options, has no native re-performance.",
  },
  light: { id: "Lampu", en: "Traffic light" },
  lightNote: {
    id: "GREEN: semua cocok. YELLOW: ada sel yang tidak dihitung atau tidak dapat dihitung ulang. RED: ada yang berbeda.",
    en: "GREEN: every cell agrees. YELLOW: some cells were not computed or cannot be re-performed. RED: something differs.",
  },
  cell: { id: "Sel", en: "Cell" },
  formula: { id: "Rumus", en: "Formula" },
  returned: { id: "Hasil Kinerja", en: "Kinerja returned" },
  native: { id: "Dihitung ulang", en: "Re-performed" },
  difference: { id: "Selisih", en: "Difference" },
  result: { id: "Pemeriksaan", en: "Result" },
  ok: { id: "cocok", en: "agrees" },
  differs: { id: "berbeda", en: "differs" },
  notComputedShort: { id: "tidak dihitung", en: "not computed" },
  notNativeShort: { id: "tidak dihitung ulang", en: "not re-performed" },
  sheetName: { id: "Audit", en: "Audit" },
};

/** Where the list's columns are; the helper area starts after a free column. */
const COLUMN = { cell: 0, formula: 1, returned: 2, native: 3, difference: 4, result: 5 };
const HELPER_COLUMN = 7;
const SUMMARY_ROW = 3;
const HEADER_ROW = SUMMARY_ROW + SUMMARY.length + 1;
const FIRST_ROW = HEADER_ROW + 1;
const WIDTHS = [26, 48, 16, 16, 11, 16, 2];
const VALUE_FORMAT = "0.000000";
/** Values agree within 1e-9, relative where they exceed 1: the audit command's tolerance too. */
const AGREEMENT = 1e-9;

/** Fill and font of each light and result (Excel's good / neutral / bad cell styles). */
const LOOKS = {
  good: { fill: "#C6EFCE", font: "#006100" },
  neutral: { fill: "#FFEB9C", font: "#9C5700" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
};

interface Listed {
  source: AuditedSheet;
  cell: CellPlan;
  /** The formula with every reference naming its sheet, and its calls re-performed. */
  formula: string;
  calls: { found: FoundCall; reperformance: Reperformance }[] | null;
  rows: number;
  columns: number;
}

/**
 * The Audit sheet for `sheets` (keyed `key`, named `name`), its words in `lang`. Throws nothing for a
 * call it cannot re-perform: that row says so.
 */
export function auditSheet(
  sheets: readonly AuditedSheet[],
  lang: Lang,
  key = "audit",
  name: string = WORDS.sheetName[lang]
): AuditSheet {
  const listed = sheets.flatMap((source) => listedCells(source, lang));
  const names = new Map(sheets.map((s) => [s.key, s.name]));

  // The list's rows, and the steps each row's calls want beside it.
  let next = FIRST_ROW;
  const wanted: WantedSteps[] = [];
  const firstRows = listed.map((item) => {
    const first = next;
    next += item.rows * item.columns;
    for (const { reperformance } of item.calls ?? [])
      wanted.push({ reperformance, sheet: key, row: first });
    return first;
  });
  const last = Math.max(FIRST_ROW, next - 1);
  const steps = placeSteps(wanted, () => HELPER_COLUMN + 1);

  const cells: CellPlan[] = [];
  const put = (row: number, col: number, cell: Omit<CellPlan, "address">) =>
    cells.push({ address: cellAddress(row, col), ...cell });
  const words = (w: { id: string; en: string }) => w[lang];
  const at = (row: number, col: number) => cellAddress(row, col);
  const column = (col: number) => rangeAddress(FIRST_ROW, col, last, col);

  const rows: AuditRow[] = [];
  listed.forEach((item, k) => {
    const { source, cell } = item;
    const anchor = parseCell(cell.address);
    for (let r = 0; r < item.rows; r++)
      for (let c = 0; c < item.columns; c++) {
        const row = firstRows[k] + r * item.columns + c;
        const address = cellAddress(anchor.row + r, anchor.col + c);
        const where = `${source.name}!${address}`;
        put(row, COLUMN.cell, {
          formula: `=HYPERLINK(${quoted(`#${quoteSheetName(source.name)}!${address}`)},${quoted(where)})`,
          style: "label",
        });
        const shown = resolveSheetRefs(cell.formula as string, names);
        put(row, COLUMN.formula, {
          value: r === 0 && c === 0 ? shown : `↳ ${shown}`,
          style: "muted",
        });
        const returned = at(row, COLUMN.returned);
        const native = at(row, COLUMN.native);
        // An empty cell of a spill area reads as 0; the re-performance gives "" there.
        const cellRef = `«${source.key}»!${address}`;
        put(row, COLUMN.returned, {
          formula: `=IF(ISBLANK(${cellRef}),"",${cellRef})`,
          style: "formula",
          numberFormat: VALUE_FORMAT,
        });
        if (item.calls) {
          const rewritten = rewriteFormula(item.formula, item.calls, r, c, steps.contextOf);
          put(row, COLUMN.native, {
            formula: localise(rewritten, key),
            style: "formula",
            numberFormat: VALUE_FORMAT,
          });
          put(row, COLUMN.difference, {
            formula: `=IF(AND(ISNUMBER(${returned}),ISNUMBER(${native})),${returned}-${native},"")`,
            style: "formula",
            numberFormat: "0.0E+00",
          });
          put(row, COLUMN.result, {
            formula: `=${resultFormula(returned, native, lang)}`,
            style: "check",
          });
        } else {
          put(row, COLUMN.result, {
            value: words(WORDS.notNativeShort),
            style: "check",
            note: words(WORDS.notNativeNote),
          });
        }
        rows.push({
          sheet: source.key,
          address,
          returned,
          native,
          difference: at(row, COLUMN.difference),
          result: at(row, COLUMN.result),
          isNative: item.calls !== null,
        });
      }
  });

  // The summary.
  const summary = Object.fromEntries(
    SUMMARY.map((line, k) => [line, at(SUMMARY_ROW + k, COLUMN.returned)])
  ) as Record<SummaryLine, string>;
  const results = column(COLUMN.result);
  const differences = column(COLUMN.difference);
  const count = (status: { id: string; en: string }) =>
    `=COUNTIF(${results},${quoted(words(status))})`;
  const lines: Record<SummaryLine, { formula: string; format?: string; note?: string }> = {
    checked: { formula: rows.length === 0 ? "=0" : `=COUNTA(${column(COLUMN.cell)})` },
    agree: { formula: count(WORDS.ok) },
    differ: { formula: count(WORDS.differs), note: words(WORDS.differNote) },
    largest: {
      // ABS, not -MIN: no "-0" when every difference is 0.
      formula: `=MAX(ABS(MAX(${differences})),ABS(MIN(${differences})))`,
      format: "0.0E+00",
    },
    notComputed: { formula: count(WORDS.notComputedShort), note: words(WORDS.notComputedNote) },
    notNative: { formula: count(WORDS.notNativeShort), note: words(WORDS.notNativeNote) },
    light: {
      formula: `=IF(${summary.differ}>0,"RED",IF(${summary.notComputed}+${summary.notNative}>0,"YELLOW","GREEN"))`,
      note: words(WORDS.lightNote),
    },
  };
  SUMMARY.forEach((line, k) => {
    const { formula, format, note } = lines[line];
    put(SUMMARY_ROW + k, COLUMN.cell, { value: words(WORDS[line]), style: "label", note });
    put(SUMMARY_ROW + k, COLUMN.returned, {
      formula,
      style: line === "light" ? "check" : "total",
      numberFormat: format ?? "0",
    });
  });

  put(0, 0, { value: words(WORDS.title), style: "title" });
  put(1, 0, { value: words(WORDS.intro), style: "note" });
  put(2, 0, { value: words(WORDS.live), style: "note" });
  (["cell", "formula", "returned", "native", "difference", "result"] as const).forEach((h) =>
    put(HEADER_ROW, COLUMN[h], { value: words(WORDS[h]), style: "header" })
  );

  // The steps' labels name the audited sheets: «key»! becomes the sheet's name there too.
  const helper = (steps.cells.get(key) ?? []).map((cell) =>
    typeof cell.value === "string" && cell.value.includes("«")
      ? { ...cell, value: resolveSheetRefs(cell.value, names) }
      : cell
  );

  const look = (range: string, text: string, tone: keyof typeof LOOKS): ConditionalFormatPlan => ({
    range,
    type: "textEquals",
    text,
    ...LOOKS[tone],
  });
  const conditionalFormats = [
    look(summary.light, "GREEN", "good"),
    look(summary.light, "YELLOW", "neutral"),
    look(summary.light, "RED", "bad"),
    ...(rows.length > 0
      ? [
          look(results, words(WORDS.ok), "good"),
          look(results, words(WORDS.notComputedShort), "neutral"),
          look(results, words(WORDS.notNativeShort), "neutral"),
          look(results, words(WORDS.differs), "bad"),
        ]
      : []),
  ];

  return {
    sheet: {
      key,
      name,
      cells: [...cells, ...helper],
      columns: [...WIDTHS.map((width, index) => ({ index, width })), ...steps.columns(key)],
      conditionalFormats,
    },
    rows,
    summary,
  };
}

/**
 * "not computed" when Kinerja's cell shows #NAME? or a newer error (#BUSY!, #SPILL!, …: ERROR.TYPE
 * 5, or above #N/A's 7); else "agrees" when the two values are the same (numbers within 1e-9,
 * relative above 1; texts exactly; errors of one kind), and "differs" when not. Nested IFs, not
 * AND: AND computes every argument, and ERROR.TYPE of a value that is no error is itself #N/A.
 */
function resultFormula(returned: string, native: string, lang: Lang): string {
  const [ok, differs, notComputed] = [WORDS.ok, WORDS.differs, WORDS.notComputedShort].map((w) =>
    quoted(w[lang])
  );
  const type = `ERROR.TYPE(${returned})`;
  const close = `ABS(${returned}-${native})<=${num(AGREEMENT)}*MAX(1,ABS(${returned}))`;
  return (
    `IF(ISERROR(${returned}),` +
    `IF(OR(${type}=5,${type}>7),${notComputed},` +
    `IF(ISERROR(${native}),IF(${type}=ERROR.TYPE(${native}),${ok},${differs}),${differs})),` +
    `IF(ISERROR(${native}),${differs},` +
    `IF(ISNUMBER(${returned})<>ISNUMBER(${native}),${differs},` +
    `IF(ISNUMBER(${returned}),IF(${close},${ok},${differs}),` +
    `IF(EXACT(${returned},${native}),${ok},${differs})))))`
  );
}

/** The cells of a sheet that call a Kinerja function, in reading order, each re-performed. */
function listedCells(source: AuditedSheet, lang: Lang): Listed[] {
  const listed: Listed[] = [];
  for (const cell of source.cells) {
    if (!cell.formula || !formulaParts(cell.formula).calls.some(isKinerjaFunction)) continue;
    const formula = `=${qualified(cell.formula.replace(/^=/, ""), source.key)}`;
    const calls = reperformed(formula, source.key, cell.address, lang);
    const shape = cell.spill ?? resultShape(formula, calls);
    listed.push({ source, cell, formula, calls, ...shape });
  }
  const position = (item: Listed) => parseCell(item.cell.address);
  return listed.sort(
    (a, b) => position(a).row - position(b).row || position(a).col - position(b).col
  );
}

/** The formula's Kinerja calls re-performed, or null when one of them cannot be. */
function reperformed(formula: string, sheet: string, address: string, lang: Lang): Listed["calls"] {
  try {
    return kinerjaCalls(formula, sheet, address).map((found) => {
      const nested = found.call.args.some(
        (arg) => arg && formulaParts(`=${arg.text}`).calls.some(isKinerjaFunction)
      );
      if (nested) throw new NotNative(found.call.name, "a Kinerja function inside its arguments");
      return { found, reperformance: reperform(found.call, lang) };
    });
  } catch (error) {
    if (error instanceof NotNative) return null;
    throw error;
  }
}

/**
 * The cells a formula fills when the workbook does not say (a live workbook's spill): a formula
 * that is one Kinerja call fills that call's result; anything else, its own cell.
 */
function resultShape(formula: string, calls: Listed["calls"]): { rows: number; columns: number } {
  const only = calls?.length === 1 ? calls[0] : null;
  if (only && only.found.start === 1 && only.found.end === formula.length)
    return only.reperformance.shape;
  return { rows: 1, columns: 1 };
}

/**
 * The plan with an Audit sheet added after its sheets (named "Audit", or "Audit (2)" where the plan
 * has one), auditing every sheet of the plan.
 */
export function withAuditSheet(plan: WorkbookPlan): { plan: WorkbookPlan; audit: AuditSheet } {
  const keys = new Set(plan.sheets.map((s) => s.key));
  const names = new Set(plan.sheets.map((s) => s.name.toLowerCase()));
  let k = 1;
  const suffix = () => (k === 1 ? "" : ` (${k})`);
  while (
    keys.has(`audit${k === 1 ? "" : k}`) ||
    names.has(`${WORDS.sheetName[plan.lang]}${suffix()}`.toLowerCase())
  )
    k++;
  const audit = auditSheet(
    plan.sheets,
    plan.lang,
    `audit${k === 1 ? "" : k}`,
    `${WORDS.sheetName[plan.lang]}${suffix()}`
  );
  return { plan: { ...plan, sheets: [...plan.sheets, audit.sheet] }, audit };
}

/**
 * The Audit sheet for a workbook as a port reads it (every sheet's used range): a plan of that one
 * sheet, its formulas naming the audited sheets by their names, for the port to add. A spilled
 * result is known from the call that fills it (a workbook shows only the anchor's formula).
 */
export function auditSheetFor(
  snapshots: readonly SheetSnapshot[],
  lang: Lang
): { plan: WorkbookPlan; audit: AuditSheet } {
  // Keys that cannot clash with a name: a sheet may be called anything, «» included.
  const sheets: AuditedSheet[] = snapshots.map((snapshot, k) => ({
    key: `sheet${k + 1}`,
    name: snapshot.name,
    cells: snapshotFormulas(snapshot),
  }));
  const audit = auditSheet(sheets, lang);
  const names = new Map(sheets.map((sheet) => [sheet.key, sheet.name]));
  const cells = audit.sheet.cells.map((cell) =>
    cell.formula ? { ...cell, formula: resolveSheetRefs(cell.formula, names) } : cell
  );
  const sheet = { ...audit.sheet, cells };
  return {
    plan: { lang, title: sheet.name, sheets: [sheet], activate: sheet.key },
    audit: { ...audit, sheet },
  };
}

/** The formula cells of a sheet's used range. */
function snapshotFormulas(snapshot: SheetSnapshot): CellPlan[] {
  if (!snapshot.address) return [];
  const { top, left } = parseRange(snapshot.address.replace(/^.*!/, ""));
  const cells: CellPlan[] = [];
  snapshot.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula === "string" && formula.startsWith("="))
        cells.push({ address: cellAddress(top + r, left + c), formula });
    })
  );
  return cells;
}
