/**
 * Formula text with its function names changed, everything else as it was: what a writer needs to
 * store a plan formula in another dialect (Excel's file prefixes, Google Sheets' underscored names).
 */
import { quotedRunEnd } from "../sheet/a1";

/** A name directly followed by "(", matched where the scan stands (sticky). */
const FUNCTION_NAME = /[A-Za-z_][\w.]*(?=\()/y;

/**
 * `formula` with every function name — a word directly followed by "(" — replaced by
 * `rename(name)`. Text in double quotes and sheet names in single quotes are left alone ("" and ''
 * are escaped quotes), as is a word that continues another (the "B" in "AB(" is not a call).
 */
export function renameFunctions(formula: string, rename: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const end = quotedRunEnd(formula, i);
    if (end > i) {
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    FUNCTION_NAME.lastIndex = i;
    const word =
      /[A-Za-z_]/.test(ch) && !/[\w.]/.test(formula[i - 1] ?? "")
        ? FUNCTION_NAME.exec(formula)
        : null;
    if (word) {
      out += rename(word[0]);
      i += word[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
