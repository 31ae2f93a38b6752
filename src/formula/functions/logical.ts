/** Excel's Logical functions the templates use: IF, IFERROR, IFNA, AND, OR, NOT. */
import { cellsOf, isErrorValue } from "../values";
import { ANY, define, VALUE, type FunctionLibrary } from "./signature";

export const LOGICAL_FUNCTIONS: FunctionLibrary = {
  // Excel computes only the branch it returns; computing both is harmless here (no side effects).
  IF: define(
    { params: [VALUE, ANY, { kind: "any", optional: true }], takesErrors: true },
    (args) => {
      const [condition, whenTrue, whenFalse] = args;
      if (isErrorValue(condition)) return condition;
      const truthy = typeof condition === "string" ? condition !== "" : Boolean(condition);
      // IF(c, x) is FALSE when c is false; an argument left empty, IF(c, , x), is 0.
      if (truthy) return whenTrue ?? 0;
      return args.length < 3 ? false : (whenFalse ?? 0);
    }
  ),
  IFERROR: define({ params: [ANY, ANY], takesErrors: true }, ([value, fallback]) =>
    isErrorValue(value) ? fallback : value
  ),
  IFNA: define({ params: [ANY, ANY], takesErrors: true }, ([value, fallback]) =>
    isErrorValue(value) && value.error === "#N/A" ? fallback : value
  ),
  AND: define({ params: [ANY], repeats: true }, (args) =>
    args.flatMap(cellsOf).every((v) => Boolean(v))
  ),
  OR: define({ params: [ANY], repeats: true }, (args) =>
    args.flatMap(cellsOf).some((v) => Boolean(v))
  ),
  NOT: define({ params: [VALUE] }, ([x]) => !x),
};
