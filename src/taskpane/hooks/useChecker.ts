/**
 * "Check this workbook": read every sheet through the port, run the template checks
 * (src/readers/check.ts) and keep the findings; a finding's link selects its cell. The sheets read
 * are kept, so switching the pane's language re-words the findings without reading again.
 */
import { useCallback, useMemo, useState } from "react";
import { disconnectedCells, reconnectChanges, type Disconnected } from "../../audit/reconnect";
import { checkWorkbook, type Finding } from "../../readers/check";
import type { Lang } from "../../sheet/plan";
import type { SheetSnapshot } from "../../sheet/snapshot";
import { useLanguage } from "../i18n";
import { messageOf, usePort } from "../port-context";
import { useAction, type Action } from "./useAction";

export interface CheckReport {
  sheets: number;
  findings: Finding[];
}

export interface CheckerState {
  busy: boolean;
  report: CheckReport | null;
  error: string | null;
  run: () => Promise<void>;
  goTo: (finding: Finding) => Promise<void>;
  /** Kinerja cells that do not calculate (#NAME?, Excel's stored _xldudf_ form). */
  disconnected: Disconnected[];
  /** Enters them again in the add-in's form, in one batch, then checks again. */
  reconnect: Action;
  runReconnect: () => Promise<void>;
}

export function useChecker(lang: Lang): CheckerState {
  const port = usePort();
  const { s } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [snapshots, setSnapshots] = useState<SheetSnapshot[] | null>(null);
  // The failure itself, worded when returned: in the language shown now.
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);

  const run = useCallback(async () => {
    setBusy(true);
    setFailed(null);
    try {
      setSnapshots(await port.readSheets());
    } catch (failure) {
      setFailed({ error: failure });
    } finally {
      setBusy(false);
    }
  }, [port]);

  const checked = useMemo(() => {
    if (!snapshots) return { report: null, error: null };
    try {
      return {
        report: { sheets: snapshots.length, findings: checkWorkbook(snapshots, lang) },
        error: null,
      };
    } catch (failure) {
      return { report: null, error: messageOf(failure) };
    }
  }, [snapshots, lang]);

  const goTo = useCallback(
    async (finding: Finding) => {
      try {
        await port.goTo(finding.sheet, finding.address);
      } catch (failure) {
        setFailed({ error: failure });
      }
    },
    [port]
  );

  const disconnected = useMemo(() => (snapshots ? disconnectedCells(snapshots) : []), [snapshots]);
  const reconnect = useAction();
  const runReconnect = useCallback(
    () =>
      reconnect.run(async () => {
        const count = disconnected.length;
        await port.replaceCellsOnSheets(reconnectChanges(disconnected));
        setSnapshots(await port.readSheets());
        return { intent: "success", text: ({ s: words }) => words.reconnectDone(count) };
      }, s.reconnectFailedTitle),
    [disconnected, port, reconnect, s]
  );

  const error = failed ? messageOf(failed.error, s) : checked.error;
  return {
    busy,
    report: checked.report,
    error,
    run,
    goTo,
    disconnected,
    reconnect,
    runReconnect,
  };
}
