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
