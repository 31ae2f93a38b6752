/**
 * Formula text with its function names changed, everything else as it was: what a writer needs to
 * store a plan formula in another dialect (Excel's file prefixes, Google Sheets' underscored names).
 */
import { replaceOutsideQuotes } from "../sheet/a1";

/** A name directly followed by "(", matched where the scan stands (sticky). */
const FUNCTION_NAME = /[A-Za-z_][\w.]*(?=\()/y;

/**
 * `formula` with every function name — a word directly followed by "(" — replaced by
 * `rename(name)`. Text in double quotes and sheet names in single quotes are left alone ("" and ''
 * are escaped quotes), as is a word that continues another (the "B" in "AB(" is not a call).
 */
export function renameFunctions(formula: string, rename: (name: string) => string): string {
  return replaceOutsideQuotes(formula, /[A-Za-z_]/, FUNCTION_NAME, ([name]) => rename(name));
}
