/**
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides, so the adapters can be
 * tested in node: errors are recorded with their code and message, `associate` records the ids.
 */
export class FakeCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

export const associated = new Map<string, unknown>();

export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
    associate: (id: string, fn: unknown) => associated.set(id, fn),
  };
}

export function isExcelError(value: unknown): value is FakeCustomFunctionsError {
  return value instanceof FakeCustomFunctionsError;
}

/**
 * Excel calls every custom function with an invocation object after its declared arguments, and
 * passes all the arguments of a repeating parameter as one array: call the adapters that way.
 */
export const invocation = { address: "Sheet1!A1", functionName: "KINERJA" };

/** Calls a custom function the way Excel does: its arguments, then the invocation object. */
export function callAsExcel(fn: (...args: never[]) => unknown, ...args: unknown[]): unknown {
  return (fn as (...passed: unknown[]) => unknown)(...args, invocation);
}
