/** Excel's Text functions the templates and the audit sheet use: TEXT, MID, EXACT, HYPERLINK. */
import { numberFormatter } from "../number-format";
import { err, isErrorValue, toNumber, toText } from "../values";
import { define, NUMBER, VALUE, type FunctionLibrary } from "./signature";

const OPTIONAL_VALUE = { ...VALUE, optional: true } as const;

export const TEXT_FUNCTIONS: FunctionLibrary = {
  // Case counts ("a" is not "A"); numbers compare as the text they show (1 and "1" are the same).
  EXACT: define({ params: [VALUE, VALUE] }, ([a, b]) => toText(a) === toText(b)),
  // The cell shows the friendly name (or the link itself); following the link is the spreadsheet's.
  HYPERLINK: define({ params: [VALUE, OPTIONAL_VALUE] }, ([link, friendly]) =>
    friendly === undefined ? link : friendly
  ),
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
