/** Excel's Text functions the templates use: TEXT. */
import { numberFormatter } from "../number-format";
import { err, isErrorValue, toNumber, toText } from "../values";
import { define, VALUE, type FunctionLibrary } from "./signature";

export const TEXT_FUNCTIONS: FunctionLibrary = {
  TEXT: define({ params: [VALUE, VALUE] }, ([value, format]) => {
    const code = toText(format);
    const write = numberFormatter(code);
    // A format outside the subset is not guessed at.
    if (!write)
      return err("#NAME?", `TEXT format "${code}" is not supported by the plan evaluator`);
    const n = toNumber(value);
    return isErrorValue(n) ? n : write(n);
  }),
};
