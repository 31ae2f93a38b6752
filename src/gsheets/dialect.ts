/**
 * Formulas in Google Sheets' dialect. The plans write English Excel ("=AHP.WEIGHTS(B7:E10)"); Sheets
 * needs:
 * - Kinerja's functions with underscores (=AHP_WEIGHTS): an Apps Script custom function's name is a
 *   JavaScript identifier, so it cannot hold a dot. The names come from the function list the
 *   formula engine shares with the Excel metadata (KINERJA_SIGNATURES), never typed here.
 * - every «key»! resolved to the sheet's final quoted name ('BSC (2)'!A1), as for Excel;
 * - no structured table references (Sheets has no Excel tables) and no "_xlfn." file prefixes;
 * - arrays where Sheets computes them: a function that returns an array spills by itself, but a
 *   range inside an operator (B7:B14=$B$19) or as an IF argument is computed element by element
 *   only inside SUMPRODUCT or ARRAYFORMULA (elsewhere Sheets shows #VALUE!).
 *
 * `sheetsFormulaProblems` checks a formula against these rules; the tests run it on every formula
 * of every template.
 */
import { KINERJA_SIGNATURES, parseFormula, renameFunctions, type Node } from "../formula";
import { resolveSheetRefs } from "../sheet/plan";

/** A Kinerja function's name in Google Sheets: AHP.WEIGHTS → AHP_WEIGHTS. */
export function sheetsFunctionName(excelName: string): string {
  return excelName.replace(/\./g, "_");
}

/** Kinerja's functions, Excel name (upper case) → Google Sheets name. */
export const KINERJA_SHEETS_NAMES: ReadonlyMap<string, string> = new Map(
  Object.keys(KINERJA_SIGNATURES).map((name) => [name.toUpperCase(), sheetsFunctionName(name)])
);

const KINERJA_IN_SHEETS = new Set(KINERJA_SHEETS_NAMES.values());

/**
 * Google Sheets' own functions that Kinerja's formulas may call: those of the formula engine
 * (src/formula/functions), which the templates are held to, and those of the conditional-format and
 * validation rules the writers add (ISNA, INT), and those the native-formula generator (src/native)
 * writes (GEOMEAN, MMULT, …). Each is in Google Sheets' function list with the
 * same arguments as in Excel. A function that is not here fails the dialect check until someone has
 * confirmed it in Sheets (SORTBY, for one, does not exist there).
 */
export const SHEETS_FUNCTIONS: ReadonlySet<string> = new Set([
  "ABS",
  "AND",
  "ARRAYFORMULA",
  "AVERAGE",
  "CHOOSE",
  "COLUMNS",
  "COUNT",
  "COUNTA",
  "COUNTBLANK",
  "COUNTIF",
  "ERROR.TYPE",
  "EXACT",
  "GEOMEAN",
  "HYPERLINK",
  "IF",
  "IFERROR",
  "IFNA",
  "INDEX",
  "INT",
  "ISBLANK",
  "ISERROR",
  "ISNA",
  "ISNUMBER",
  "LARGE",
  "LOG10",
  "MATCH",
  "MAX",
  "MID",
  "MIN",
  "MMULT",
  "NA",
  "NOT",
  "OR",
  "PRODUCT",
  "ROUND",
  "ROW",
  "ROWS",
  "SIGN",
  "SMALL",
  "SQRT",
  "SUM",
  "SUMIF",
  "SUMPRODUCT",
  "TEXT",
]);

/** Functions that compute their arguments element by element, so a range may sit in an operator there. */
const ARRAY_CONTEXT = new Set(["SUMPRODUCT", "ARRAYFORMULA"]);

/**
 * A plan formula as Google Sheets takes it: «key»! resolved to the final sheet names, Kinerja's
 * functions underscored. "=IF(N7=\"\",\"\",OMAX.LEVEL(M7,F7,G7,H7,3))" →
 * "=IF(N7=\"\",\"\",OMAX_LEVEL(M7,F7,G7,H7,3))".
 */
export function sheetsFormula(formula: string, sheetNames: ReadonlyMap<string, string>): string {
  return renameFunctions(
    resolveSheetRefs(formula, sheetNames),
    (name) => KINERJA_SHEETS_NAMES.get(name.toUpperCase()) ?? name
  );
}

/** What keeps `formula` (Sheets' dialect, «key»! resolved) from working in Google Sheets; [] when nothing. */
export function sheetsFormulaProblems(formula: string): string[] {
  const problems: string[] = [];
  const outsideQuotes = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, '""');
  if (/_xlfn\./i.test(outsideQuotes)) problems.push('an Excel file prefix "_xlfn."');
  if (outsideQuotes.includes("[")) problems.push("a structured table reference ([…])");
  if (outsideQuotes.includes("«")) problems.push("an unresolved «key»! sheet reference");
  if (problems.length > 0) return problems;
  let tree: Node;
  try {
    tree = parseFormula(formula);
  } catch (error) {
    return [`it does not parse: ${error instanceof Error ? error.message : String(error)}`];
  }
  visit(tree, false, false, problems);
  return [...new Set(problems)];
}

/**
 * Walks the syntax tree. `inArray`: inside SUMPRODUCT or ARRAYFORMULA; `needsScalar`: the node is
 * an operand of an operator or an argument of IF, where Sheets wants one value unless in an array.
 */
function visit(
  node: Node | null,
  inArray: boolean,
  needsScalar: boolean,
  problems: string[]
): void {
  if (!node) return;
  switch (node.kind) {
    case "ref":
      if (needsScalar && !inArray && isMultiCell(node.range))
        problems.push(
          `the range ${node.range} is used as one value (in an operator or IF) outside SUMPRODUCT or ARRAYFORMULA`
        );
      return;
    case "unary":
    case "percent":
      return visit(node.operand, inArray, true, problems);
    case "binary":
      visit(node.left, inArray, true, problems);
      return visit(node.right, inArray, true, problems);
    case "call": {
      const name = node.name.toUpperCase();
      if (name.includes("."))
        problems.push(
          KINERJA_SHEETS_NAMES.has(name)
            ? `the dotted name ${name} (Sheets: ${KINERJA_SHEETS_NAMES.get(name)})`
            : `the dotted name ${name}`
        );
      else if (!SHEETS_FUNCTIONS.has(name) && !KINERJA_IN_SHEETS.has(name))
        problems.push(`the function ${name}, which is not known to work in Google Sheets`);
      const array = inArray || ARRAY_CONTEXT.has(name);
      for (const arg of node.args) visit(arg, array, name === "IF", problems);
      return;
    }
    default:
      return;
  }
}

function isMultiCell(range: string): boolean {
  const [from, to] = range.split(":");
  return to !== undefined && to.toUpperCase() !== from.toUpperCase();
}
