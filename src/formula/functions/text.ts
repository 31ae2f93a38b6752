/** Excel's Text functions the templates use: TEXT, MID. */
import { numberFormatter } from "../number-format";
import { err, isErrorValue, toNumber, toText } from "../values";
import { define, NUMBER, VALUE, type FunctionLibrary } from "./signature";

export const TEXT_FUNCTIONS: FunctionLibrary = {
  MID: define({ params: [VALUE, NUMBER, NUMBER] }, ([value, start, count]) => {
    if (isErrorValue(value)) return value;
    if (start < 1 || count < 0) return err("#VALUE!", "MID starts before 1 or takes fewer than 0");
    const text = toText(value);
    return text.slice(Math.trunc(start) - 1, Math.trunc(start) - 1 + Math.trunc(count));
  }),
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
