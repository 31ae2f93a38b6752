/**
 * "Add to register": find the KPI registers among the workbook's sheets, let the catalogue filler
 * (src/templates/catalogue-fill.ts) place the KPIs in its free placeholder rows, and write those
 * cells through the port — all or nothing, refused if the user changed a cell meanwhile.
 *
 * Finding the registers reads only each sheet's first rows (port.readSheetHeads, one batch) and
 * keeps them until the workbook changes (port.subscribe) or the pane is opened again; only the
 * register being filled is read whole, when KPIs are added to it.
 */
import { useCallback, useEffect, useState } from "react";
import { placeKpis } from "../../templates/catalogue-fill";
import { findRegisters, readRegister } from "../../templates/register-reader";
import type { CatalogueKpi } from "../../templates/data/types";
import type { SheetHead, SheetSnapshot, WorkbookPort } from "../../workbook/port";
import type { Outcome, Words } from "./useAction";
import { useLanguage } from "../i18n";
import { usePort } from "../port-context";

/** Rows read from the top of each sheet: the templates put the register's header on row 6. */
export const HEAD_ROWS = 30;

export interface AddOutcome extends Outcome {
  /** The register's sheet, when one was found. */
  sheet?: string;
  /** KPIs that did not fit, still selected so the user can try again after adding rows. */
  notPlacedIds: string[];
}

/** The registers' sheets of one workbook, read once and kept until the workbook changes. */
class RegisterIndex {
  private read: Promise<string[]> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly port: WorkbookPort) {
    port.subscribe?.(() => this.invalidate());
  }

  /** Register sheet names in tab order (cached). */
  names(): Promise<string[]> {
    if (!this.read) {
      const read = this.port.readSheetHeads(HEAD_ROWS).then((heads) => registerNames(heads));
      // A failed read is not kept: the next call tries again.
      read.catch(() => {
        if (this.read === read) this.read = null;
      });
      this.read = read;
    }
    return this.read;
  }

  get isFresh(): boolean {
    return this.read !== null;
  }

  invalidate(): void {
    this.read = null;
    for (const listener of Array.from(this.listeners)) listener();
  }

  onInvalidate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

const indexes = new WeakMap<WorkbookPort, RegisterIndex>();

export function registerIndex(port: WorkbookPort): RegisterIndex {
  let index = indexes.get(port);
  if (!index) {
    index = new RegisterIndex(port);
    indexes.set(port, index);
  }
  return index;
}

/** The first rows are enough to find a register's header (formulas are not needed for that). */
function registerNames(heads: SheetHead[]): string[] {
  const snapshots: SheetSnapshot[] = heads.map((head) => ({ ...head, formulas: [] }));
  return findRegisters(snapshots).map((register) => register.name);
}

/**
 * The sheets that hold a KPI register: read when the catalogue opens and again after the workbook's
 * sheets change; `refresh` (the Register select's focus) reads only if the list is not current.
 */
export function useRegisterSheets(): { sheets: string[]; refresh: () => void } {
  const port = usePort();
  const index = registerIndex(port);
  const [sheets, setSheets] = useState<string[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => index.onInvalidate(() => setRound((r) => r + 1)), [index]);
  useEffect(() => {
    let live = true;
    index
      .names()
      .then((names) => live && setSheets(names))
      .catch(() => live && setSheets([]));
    return () => {
      live = false;
    };
  }, [index, round]);
  const refresh = useCallback(() => {
    if (!index.isFresh) setRound((r) => r + 1);
  }, [index]);
  return { sheets, refresh };
}

/**
 * Adds KPIs to the register on `sheet` — or, without one, to the register on the active sheet, else
 * the first in tab order.
 */
export function useAddToRegister(): (kpis: CatalogueKpi[], sheet?: string) => Promise<AddOutcome> {
  const port = usePort();
  const { lang } = useLanguage();
  return useCallback(
    async (kpis: CatalogueKpi[], sheet?: string) => {
      const index = registerIndex(port);
      const notFound: AddOutcome = {
        intent: "warning",
        text: ({ s }) => s.noRegister,
        notPlacedIds: kpis.map((kpi) => kpi.id),
      };
      const names = await index.names();
      const preferred = (sheet ?? (await port.getSelection()).sheet).toLowerCase();
      const name = names.find((n) => n.toLowerCase() === preferred) ?? names[0];
      if (!name) return notFound;
      // The register being filled is read whole, now: its placeholder rows as they are.
      let register;
      try {
        register = readRegister(await port.readSheet(name));
      } catch (error) {
        index.invalidate(); // renamed or deleted since it was listed
        throw error;
      }
      if (!register) {
        index.invalidate();
        return notFound;
      }
      const result = placeKpis(register, kpis, lang);
      if (result.changes.length > 0) await port.replaceCells(register.name, result.changes);
      const sheetName = register.name;
      const text: Words = ({ s, lang: shownLang }) => {
        const shown = (list: CatalogueKpi[]) => list.map((kpi) => kpi.name[shownLang]).join("; ");
        const lines = [s.placed(result.placed, sheetName)];
        if (result.alreadyListed.length) lines.push(s.alreadyListed(shown(result.alreadyListed)));
        if (result.notPlaced.length) lines.push(s.notPlaced(shown(result.notPlaced)));
        return lines.join(" ");
      };
      return {
        intent: result.notPlaced.length || result.placed === 0 ? "warning" : "success",
        title: ({ s }) => s.placedTitle,
        text,
        notPlacedIds: result.notPlaced.map((kpi) => kpi.id),
        sheet: register.name,
      };
    },
    [port, lang]
  );
}
