/**
 * Excel's Information functions the templates and the audit sheet use: ISNUMBER, ISBLANK, ISERROR,
 * ISNA, NA, ERROR.TYPE.
 */
import { err, isErrorValue, type ErrorValue } from "../values";
import { define, VALUE, type FunctionLibrary } from "./signature";

export const INFORMATION_FUNCTIONS: FunctionLibrary = {
  // ISNUMBER(#N/A) is FALSE, not #N/A: the IS functions look at errors instead of passing them on.
  ISNUMBER: define({ params: [VALUE], takesErrors: true }, ([x]) => typeof x === "number"),
  ISBLANK: define({ params: [VALUE], takesErrors: true }, ([x]) => x === null),
  ISERROR: define({ params: [VALUE], takesErrors: true }, ([x]) => isErrorValue(x)),
  ISNA: define(
    { params: [VALUE], takesErrors: true },
    ([x]) => isErrorValue(x) && x.error === "#N/A"
  ),
  NA: define({ params: [] }, () => err("#N/A")),
  // The error's number, as Excel, LibreOffice and Google Sheets number them; #N/A for a non-error.
  "ERROR.TYPE": define({ params: [VALUE], takesErrors: true }, ([x]) => {
    const number = isErrorValue(x) ? ERROR_NUMBERS[x.error] : undefined;
    return number ?? err("#N/A", "ERROR.TYPE of a value that is not an error");
  }),
};

const ERROR_NUMBERS: Partial<Record<ErrorValue["error"], number>> = {
  "#DIV/0!": 2,
  "#VALUE!": 3,
  "#REF!": 4,
  "#NAME?": 5,
  "#NUM!": 6,
  "#N/A": 7,
  "#SPILL!": 9,
};
