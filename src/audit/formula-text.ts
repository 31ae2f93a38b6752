/**
 * Formulas as a file stores them, made readable for the formula engine: Excel's prefixes for newer
 * functions dropped (_xlfn., _xlfn._xlws.), a spill reference (F7#, stored as ANCHORARRAY(F7))
 * written as the range it spilled into, and Kinerja's functions recognised in every form a file can
 * hold them:
 *
 * - AHP.WEIGHTS(…) — as typed, as Kinerja's CLI writes it, as LibreOffice saves it (ahp.weights);
 * - _xldudf_AHP_WEIGHTS(…) — as Excel saves a call to a JavaScript custom function: "_xldudf_" and
 *   the name with its dots turned into underscores, namespace included;
 * - KINERJA.AHP.WEIGHTS(…) and _xldudf_KINERJA_AHP_WEIGHTS(…) — the same under the fallback namespace;
 * - [2]!_xldudf_AHP_WEIGHTS(…) or 'C:\…\FUNCRES.XLAM'!_xldudf_… — Excel's saved form bound to another
 *   add-in's file, which Excel shows as #NAME?.
 *
 * Also: a shared formula moved to a cell that shares it (relative references shifted).
 */
import { KINERJA_SIGNATURES } from "../formula";
import { columnIndex, columnLetter } from "../sheet/a1";

/** How a call to a Kinerja function was stored. */
export type StoredForm = "plain" | "xldudf" | "namespace" | "xldudf-namespace" | "foreign-file";

/** Kinerja's names, longest first so that TRAFFIC.OMAX is tried before TRAFFIC. */
const NAMES = Object.keys(KINERJA_SIGNATURES).sort((a, b) => b.length - a.length);
const escape = (name: string) => name.replace(/\./g, "\\.");
const DOTTED = NAMES.map(escape).join("|");
const UNDERSCORED = NAMES.map((n) => n.replace(/\./g, "_")).join("|");
const BY_UNDERSCORED = new Map(NAMES.map((n) => [n.replace(/\./g, "_"), n]));

const XLDUDF = new RegExp(
  `((?:\\[\\d+\\]|'(?:[^']|'')+'|[\\w.]+)!)?_xldudf_(KINERJA_)?(${UNDERSCORED})(?=\\s*\\()`,
  "gi"
);
const NAMESPACED = new RegExp(`(^|[^\\w.])KINERJA\\.(${DOTTED})(?=\\s*\\()`, "gi");
const KINERJA_CALL = new RegExp(`(^|[^\\w.])(${DOTTED})\\s*\\(`, "i");
const FUTURE_PREFIX = /_xlfn\.(?:_xlws\.)?/gi;
const ANCHOR_ARRAY =
  /(^|[^\w.])ANCHORARRAY\(\s*((?:'(?:[^']|'')+'|[\w.]+)!)?\$?([A-Za-z]{1,3})\$?(\d+)\s*\)/gi;

/** Applies `edit` to the parts of a formula outside its "string literals". */
function outsideStrings(formula: string, edit: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, k) => (k % 2 === 1 ? part : edit(part)))
    .join("");
}

/** Whether a formula (as readableFormula returns it) calls one of Kinerja's functions. */
export function callsKinerja(formula: string): boolean {
  return formula.split(/"(?:[^"]|"")*"/).some((code) => KINERJA_CALL.test(code));
}

export interface ReadableFormula {
  /** "=…" with Kinerja's plain names, no Excel file prefixes. */
  formula: string;
  /** The forms its Kinerja calls were stored in. */
  forms: StoredForm[];
}

/**
 * A stored formula as the engine reads it. `spillRange(sheet, address)` gives the range a spill
 * anchor filled (its array range), so that ANCHORARRAY(F7) becomes F7:F10; sheet is undefined for
 * the formula's own sheet.
 */
export function readableFormula(
  stored: string,
  spillRange: (sheet: string | undefined, address: string) => string | null
): ReadableFormula {
  const forms = new Set<StoredForm>();
  const formula = outsideStrings(stored, (code) =>
    kinerjaNames(code, forms)
      .replace(FUTURE_PREFIX, "")
      .replace(
        ANCHOR_ARRAY,
        (match, before: string, prefix = "", letters: string, digits: string) => {
          const sheet = prefix
            ? prefix.slice(0, -1).replace(/^'|'$/g, "").replace(/''/g, "'")
            : undefined;
          const address = `${letters.toUpperCase()}${digits}`;
          const range = spillRange(sheet, address);
          return range ? `${before}${prefix}${range}` : match;
        }
      )
  );
  if (forms.size === 0 && callsKinerja(formula)) forms.add("plain");
  return { formula: `=${formula}`, forms: Array.from(forms) };
}

/** `code` (outside strings) with Kinerja's calls under their plain names; their forms go to `forms`. */
function kinerjaNames(code: string, forms: Set<StoredForm>): string {
  return code
    .replace(
      XLDUDF,
      (_m, file: string | undefined, namespace: string | undefined, name: string) => {
        forms.add(file ? "foreign-file" : namespace ? "xldudf-namespace" : "xldudf");
        return BY_UNDERSCORED.get(name.toUpperCase()) as string;
      }
    )
    .replace(NAMESPACED, (_m, before: string, name: string) => {
      forms.add("namespace");
      return before + name;
    });
}

/**
 * A stored formula as the add-in takes it: Kinerja's calls under their plain names (=AHP.WEIGHTS),
 * everything else as it was — what Reconnect enters again so that Excel binds the calls to the
 * add-in's functions.
 */
export function addinFormula(stored: string): ReadableFormula {
  const forms = new Set<StoredForm>();
  const formula = outsideStrings(stored, (code) => kinerjaNames(code, forms));
  if (forms.size === 0 && callsKinerja(formula)) forms.add("plain");
  return { formula, forms: Array.from(forms) };
}

// A quoted sheet name (left alone), or a reference: a cell, whole columns or whole rows. The
// character before a reference is captured rather than looked behind, as in the workbook checker.
const REFERENCE =
  /'(?:[^']|'')*'|(^|[^\w.$'])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)(\d+):(\$?)(\d+))(?![\w(!.])/g;

/** A formula moved `rows` down and `cols` right: relative references follow, absolute ones stay. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const row = (abs: string, digits: string) => {
    const r = abs ? Number(digits) : Number(digits) + rows;
    return r < 1 ? null : `${abs}${r}`;
  };
  const col = (abs: string, letters: string) => {
    const c = abs ? columnIndex(letters) : columnIndex(letters) + cols;
    return c < 0 ? null : `${abs}${columnLetter(c)}`;
  };
  return outsideStrings(formula, (code) =>
    code.replace(REFERENCE, (match: string, before: string | undefined, ...p: string[]) => {
      if (before === undefined) return match; // a quoted sheet name
      let moved: (string | null)[];
      if (p[1] !== undefined) moved = [col(p[0], p[1]), row(p[2], p[3])];
      else if (p[5] !== undefined) moved = [col(p[4], p[5]), ":", col(p[6], p[7])];
      else moved = [row(p[8], p[9]), ":", row(p[10], p[11])];
      return moved.some((m) => m === null) ? `${before}#REF!` : before + moved.join("");
    })
  );
}
