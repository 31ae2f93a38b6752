/**
 * "Add audit sheet": one port transaction (addSheetsFrom) reads every sheet, builds the Audit sheet
 * (src/native/audit-sheet.ts) in the workbook's language — the one its labels are in, else the
 * pane's — and adds it as a new sheet ("Audit (2)" when the name is taken), all or nothing. No other
 * cell changes.
 */
import { useCallback } from "react";
import { labelLanguage } from "../../readers/language";
import type { Lang } from "../../sheet/plan";
import { usePort } from "../port-context";
import { useAction, type Action } from "./useAction";

export interface AuditSheetAction extends Action {
  add: () => Promise<void>;
}

export function useAuditSheet(lang: Lang): AuditSheetAction {
  const port = usePort();
  const action = useAction();
  const { run } = action;
  const add = useCallback(
    () =>
      run(
        async () => {
          // The generator loads with the first audit sheet, not with the pane.
          const { auditSheetFor } = await import(/* webpackChunkName: "native" */ "../../native");
          let cells = 0;
          const result = await port.addSheetsFrom((snapshots) => {
            const values = snapshots.flatMap((sheet) => sheet.values.flat());
            const { plan, audit } = auditSheetFor(snapshots, labelLanguage(values) ?? lang);
            cells = audit.rows.length;
            return cells > 0 ? plan : null;
          });
          if (!result) return { intent: "info", text: ({ s }) => s.auditSheetNone };
          const name = result.sheets[0].name;
          return { intent: "success", text: ({ s }) => s.auditSheetDone(name, cells) };
        },
        ({ s }) => s.auditSheetFailed
      ),
    [run, port, lang]
  );
  return { ...action, add };
}
