/** The workbook the pane works on — Excel, or the in-memory workbook in preview — for every hook. */
import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookPort } from "../workbook/port";

const PortContext = createContext<WorkbookPort | null>(null);

export function PortProvider({ port, children }: { port: WorkbookPort; children: ReactNode }) {
  return <PortContext.Provider value={port}>{children}</PortContext.Provider>;
}

export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("usePort outside PortProvider");
  return port;
}

/** An error's message for a MessageBar (never console-only). */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
