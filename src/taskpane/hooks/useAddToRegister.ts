/**
 * "Add to register": find the KPI register among the workbook's sheets, let the catalogue filler
 * (src/templates/catalogue-fill.ts) place the KPIs in its free placeholder rows, and write those
 * cells through the port — all or nothing, refused if the user changed a cell meanwhile.
 */
import { useCallback, useEffect, useState } from "react";
import { placeKpis } from "../../templates/catalogue-fill";
import { findRegister, findRegisters } from "../../templates/register-reader";
import type { CatalogueKpi } from "../../templates/data/types";
import type { SheetSnapshot, WorkbookPort } from "../../workbook/port";
import type { Outcome } from "./useAction";
import { useLanguage } from "../i18n";
import { usePort } from "../port-context";

export interface AddOutcome extends Outcome {
  /** The register's sheet, when one was found. */
  sheet?: string;
  /** KPIs that did not fit, still selected so the user can try again after adding rows. */
  notPlacedIds: string[];
}

async function readAll(port: WorkbookPort): Promise<SheetSnapshot[]> {
  const snapshots: SheetSnapshot[] = [];
  for (const name of await port.listSheets()) snapshots.push(await port.readSheet(name));
  return snapshots;
}

/** The sheets that hold a KPI register, read when the catalogue opens and on `refresh`. */
export function useRegisterSheets(): { sheets: string[]; refresh: () => void } {
  const port = usePort();
  const [sheets, setSheets] = useState<string[]>([]);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    readAll(port)
      .then((snapshots) => live && setSheets(findRegisters(snapshots).map((r) => r.name)))
      .catch(() => live && setSheets([]));
    return () => {
      live = false;
    };
  }, [port, round]);
  return { sheets, refresh: useCallback(() => setRound((r) => r + 1), []) };
}

/**
 * Adds KPIs to the register on `sheet` — or, without one, to the register on the active sheet, else
 * the first in tab order.
 */
export function useAddToRegister(): (kpis: CatalogueKpi[], sheet?: string) => Promise<AddOutcome> {
  const port = usePort();
  const { s, lang } = useLanguage();
  return useCallback(
    async (kpis: CatalogueKpi[], sheet?: string) => {
      const preferred = sheet ?? (await port.getSelection()).sheet;
      const register = findRegister(await readAll(port), preferred);
      if (!register) {
        return { intent: "warning", text: s.noRegister, notPlacedIds: kpis.map((kpi) => kpi.id) };
      }
      const result = placeKpis(register, kpis, lang);
      if (result.changes.length > 0) await port.replaceCells(register.name, result.changes);
      const names = (list: CatalogueKpi[]) => list.map((kpi) => kpi.name[lang]).join("; ");
      const lines = [s.placed(result.placed, register.name)];
      if (result.alreadyListed.length) lines.push(s.alreadyListed(names(result.alreadyListed)));
      if (result.notPlaced.length) lines.push(s.notPlaced(names(result.notPlaced)));
      return {
        intent: result.notPlaced.length || result.placed === 0 ? "warning" : "success",
        title: s.placedTitle,
        text: lines.join(" "),
        notPlacedIds: result.notPlaced.map((kpi) => kpi.id),
        sheet: register.name,
      };
    },
    [port, s, lang]
  );
}
