/** Excel's Information functions the templates use: ISNUMBER, ISBLANK, ISERROR, ISNA, NA. */
import { err, isErrorValue } from "../values";
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
};
