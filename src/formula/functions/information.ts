/** Excel's Information functions the templates use: ISNUMBER, ISBLANK, ISERROR, NA. */
import { err, isErrorValue } from "../values";
import { define, VALUE, type FunctionLibrary } from "./signature";

export const INFORMATION_FUNCTIONS: FunctionLibrary = {
  ISNUMBER: define({ params: [VALUE] }, ([x]) => typeof x === "number"),
  ISBLANK: define({ params: [VALUE] }, ([x]) => x === null),
  ISERROR: define({ params: [VALUE], takesErrors: true }, ([x]) => isErrorValue(x)),
  NA: define({ params: [] }, () => err("#N/A")),
};
