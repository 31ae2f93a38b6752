/**
 * "Add to register": find the KPI registers among the workbook's sheets, let the catalogue filler
 * (src/readers/catalogue-fill.ts) place the KPIs in its free rows (names still empty), and write those
 * cells through the port — all or nothing, refused if the user changed a cell meanwhile.
 *
 * Finding the registers reads only each sheet's first rows (port.readSheetHeads, one batch); only
 * the register being filled is read whole, when KPIs are added to it. The list read is kept until
 * the workbook changes; from Excel, whose events miss edits (and renames before ExcelApi 1.17), the
 * first rows are read again whenever the list is needed now (the Register select's focus, an Add).
 */
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { memberChanges, newKpi } from "../../readers/add-kpi";
import { parseCell } from "../../sheet/a1";
import { placeKpis } from "../../readers/catalogue-fill";
import { findRegisters, readRegister } from "../../readers/register-reader";
import type { CatalogueKpi } from "../../templates/data/types";
import type { SheetHead, SheetSnapshot } from "../../sheet/snapshot";
import type { WorkbookPort } from "../../workbook/port";
import type { Outcome, Words } from "./useAction";
import { useLanguage } from "../i18n";
import { usePort } from "../port-context";

/** Rows read from the top of each sheet: the templates put the register's header on row 6. */
export const HEAD_ROWS = 30;

/**
 * How long the workbook must stay quiet after a change before the list is read again: Excel
 * reports each sheet a Build adds as an event of its own, and one read is enough for all of them.
 */
export const QUIET_MS = 200;

export interface AddOutcome extends Outcome {
  /** The register's sheet, when one was found. */
  sheet?: string;
  /** KPIs that did not fit, still selected so the user can try again after adding rows. */
  notPlacedIds: string[];
}

/** The registers' sheets of one workbook, and the read that found them. */
class RegisterIndex {
  /** The read of the workbook as it is now (in flight or done); null after a change. */
  private read: Promise<string[]> | null = null;
  private isInFlight = false;
  /** The latest list read, for the pane to show. */
  private shown: string[] = [];
  private quiet: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly port: WorkbookPort) {
    port.subscribe?.(() => this.changed());
  }

  /** Register sheet names in tab order, as read last (read now if the workbook changed since). */
  names(): Promise<string[]> {
    return this.read ?? this.readNow();
  }

  /**
   * The names as the workbook is now: the list kept if the port hears every change, else the
   * first rows read again (a read already in flight is shared).
   */
  current(): Promise<string[]> {
    return this.port.reportsEveryChange || this.isInFlight ? this.names() : this.readNow();
  }

  /** What was read can be stale: read again once the workbook is quiet, if the list is shown. */
  changed(): void {
    this.read = null;
    this.isInFlight = false;
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      if (this.listeners.size > 0) this.names().catch(() => undefined);
    }, QUIET_MS);
  }

  /** The latest list read (for useSyncExternalStore: the same array until a read changes it). */
  get sheets(): string[] {
    return this.shown;
  }

  onRead = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private readNow(): Promise<string[]> {
    const read = this.port.readSheetHeads(HEAD_ROWS).then(registerNames);
    this.read = read;
    this.isInFlight = true;
    const settled = (names: string[] | null) => {
      if (this.read !== read) return; // the workbook changed meanwhile: a newer read follows
      this.isInFlight = false;
      // A failed read is not kept: the next call tries again; meanwhile no register is offered.
      if (names === null) this.read = null;
      this.show(names ?? []);
    };
    read.then(settled, () => settled(null));
    return read;
  }

  private show(names: string[]): void {
    const same = names.length === this.shown.length && names.every((n, k) => n === this.shown[k]);
    if (same) return;
    this.shown = names;
    for (const listener of Array.from(this.listeners)) listener();
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
 * The sheets that hold a KPI register: read when the catalogue opens and again once the workbook is
 * quiet after its sheets change; `refresh` (the Register select's focus) makes sure the list is the
 * workbook's as it is now (from Excel: its first rows read again, one batch).
 */
export function useRegisterSheets(): { sheets: string[]; refresh: () => void } {
  const index = registerIndex(usePort());
  const sheets = useSyncExternalStore(index.onRead, () => index.sheets);
  useEffect(() => {
    index.names().catch(() => undefined);
  }, [index]);
  const refresh = useCallback(() => {
    index.current().catch(() => undefined);
  }, [index]);
  return { sheets, refresh };
}

/** The register on the active sheet, else the first in tab order (undefined if there is none). */
async function registerOfActiveSheet(
  port: WorkbookPort,
  names: string[]
): Promise<string | undefined> {
  const active = (await port.getSelection()).sheet.toLowerCase();
  return names.find((n) => n.toLowerCase() === active) ?? names[0];
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
      // A register picked by name is that sheet, listed or not: reading it says why it is gone
      // (renamed, deleted, no longer a register) instead of filling another one.
      const name = sheet ?? (await registerOfActiveSheet(port, await index.current()));
      if (!name) return notFound;
      // The register being filled is read whole, now: its free rows as they are.
      let register;
      try {
        register = readRegister(await port.readSheet(name));
      } catch (error) {
        index.changed(); // renamed or deleted since it was listed
        throw error;
      }
      if (!register) {
        index.changed();
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

/**
 * Add KPI: a new KPI in a row of room of the register on `sheet` (else the active sheet's, else the
 * first) — in an OMAX register, in the group of the row the selection is in, else the first group
 * with room; in a UMKM register with none left, in a row added to the end of its table — written in
 * one batch with its AHP member's judgements, then its name cell selected for the owner to type in.
 * Tracking, the dashboard and the totals cover the row (see src/readers/add-kpi.ts).
 */
export async function addKpi(port: WorkbookPort, sheet?: string): Promise<AddOutcome> {
  const index = registerIndex(port);
  const notFound: AddOutcome = {
    intent: "warning",
    text: ({ s }) => s.noRegister,
    notPlacedIds: [],
  };
  const selection = await port.getSelection();
  const names = sheet === undefined ? await index.current() : [];
  const active = selection.sheet.toLowerCase();
  const name = sheet ?? names.find((n) => n.toLowerCase() === active) ?? names[0];
  if (!name) return notFound;
  const register = readRegister(await port.readSheet(name));
  if (!register) {
    index.changed();
    return notFound;
  }
  const near =
    selection.sheet.toLowerCase() === register.name.toLowerCase()
      ? parseCell(selection.address.split(":")[0]).row
      : undefined;
  // With the room used up, the register's table gains a row where the workbook has tables.
  const added = newKpi(register, near, port.addTableRow !== undefined);
  const sheetName = register.name;
  if (added.kind === "noRoom")
    return { intent: "warning", text: ({ s }) => s.noRoomForKpi(sheetName), notPlacedIds: [] };
  if (added.growsFrom && port.addTableRow) {
    await port.addTableRow(sheetName, added.growsFrom, added.changes);
  } else {
    const changes = [{ sheet: sheetName, changes: added.changes }];
    if (added.weight) {
      const member = memberChanges(await port.readSheet(added.weight.sheet), added.weight);
      if (member) changes.push({ sheet: added.weight.sheet, changes: member });
    }
    await port.replaceCellsOnSheets(changes);
  }
  await port.goTo(sheetName, added.address);
  return {
    intent: "success",
    title: ({ s }) => s.kpiAddedTitle,
    text: ({ s }) =>
      added.weight
        ? s.omaxKpiAdded(added.code, `${sheetName}!${added.address}`)
        : s.kpiAdded(added.code, `${sheetName}!${added.address}`),
    notPlacedIds: [],
    sheet: sheetName,
  };
}

/** addKpi on the pane's workbook. */
export function useAddKpi(): (sheet?: string) => Promise<AddOutcome> {
  const port = usePort();
  return useCallback((sheet?: string) => addKpi(port, sheet), [port]);
}
