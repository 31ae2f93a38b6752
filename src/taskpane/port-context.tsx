/** The workbook the pane works on — Excel, or the in-memory workbook in preview — for every hook. */
import { createContext, useContext, type ReactNode } from "react";
import {
  isWorkbookError,
  shownContent,
  type Rollback,
  type WorkbookPort,
  type WorkbookProblem,
} from "../workbook/port";
import { KINERJA_SHEETS_NAMES } from "../gsheets/dialect";
import { SelectionError, where } from "./insert";
import type { Strings } from "./strings";

const PortContext = createContext<WorkbookPort | null>(null);

export function PortProvider({ port, children }: { port: WorkbookPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("usePort outside PortProvider");
  return port;
}

/** Kinerja's function names in a text, longest first ("TRAFFIC.OMAX" before "TRAFFIC"). */
const KINERJA_NAMES = new RegExp(
  `\\b(${[...KINERJA_SHEETS_NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/\./g, "\\."))
    .join("|")})\\b`,
  "gi"
);

/**
 * Kinerja's function names in a text the pane shows (a hint, a syntax, a formula) as the open
 * spreadsheet spells them: =AHP.WEIGHTS in Excel, =AHP_WEIGHTS in Google Sheets.
 */
export function useFunctionNames(): (text: string) => string {
  const { kind } = usePort();
  return kind === "sheets" ? inSheets : unchanged;
}

const unchanged = (text: string) => text;
const inSheets = (text: string) =>
  text.replace(KINERJA_NAMES, (name) => KINERJA_SHEETS_NAMES.get(name.toUpperCase()) ?? name);

/**
 * An error's message for a MessageBar (never console-only): a WorkbookError worded in the pane's
 * language (`s`), anything else by its own message.
 */
export function messageOf(error: unknown, s?: Strings): string {
  if (s && isWorkbookError(error)) return problemText(error.problem, s);
  if (s && error instanceof SelectionError) return s.selectOneCell(error.where);
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

/**
 * A workbook problem in the pane's language: the only wording the user reads (WorkbookError's own
 * message is the developer's English, for logs).
 */
export function problemText(problem: WorkbookProblem, s: Strings): string {
  const content = (value: unknown) => shownContent(value, s.emptyContent);
  switch (problem.code) {
    case "cellNotEmpty":
      return s.cellNotEmpty(where(problem.sheet, problem.cell), problem.rows, problem.columns);
    case "cellChanged":
      return s.cellChanged(
        where(problem.sheet, problem.cell),
        content(problem.expected),
        content(problem.held)
      );
    case "excelTooOld":
      return s.excelTooOld(problem.required);
    case "noSheet":
      return s.noSheet(problem.sheet);
    case "nothingToInsert":
      return s.nothingToInsert;
    case "noTable":
      return s.noTable(where(problem.sheet, problem.cell));
    case "excelFailed": {
      const { step } = problem;
      const names = s.stepNames;
      const text =
        step.kind === "readSheet" || step.kind === "changeCells"
          ? names[step.kind](step.sheet)
          : step.kind === "goTo"
            ? names.goTo(where(step.sheet, step.address))
            : names[step.kind]();
      const failed = s.excelFailed(text, problem.reason);
      return problem.rollback ? `${failed} ${rollbackText(problem.rollback, s)}` : failed;
    }
  }
}

/** What became of a write that failed part-way: taken out again, or what may remain. */
export function rollbackText(rollback: Rollback, s: Strings): string {
  if (rollback.undone) return s.rolledBack;
  const sheets = rollback.sheets.map((sheet) =>
    sheet.or ? s.eitherName(sheet.name, sheet.or) : `'${sheet.name}'`
  );
  const parts = [
    ...(sheets.length > 0 ? [s.leftSheets(sheets.join(", "))] : []),
    ...(rollback.cells.length > 0
      ? [s.leftCells(rollback.cells.map((c) => where(c.sheet, c.address)).join(", "))]
      : []),
  ];
  return s.leftBehind(rollback.reason, parts.join("; "));
}
