/**
 * "Add audit sheet": read every sheet in one batch, build the Audit sheet (src/native/audit-sheet.ts)
 * in the workbook's language — the one its labels are in, else the pane's — and add it in one
 * batch through the port, as a new sheet ("Audit (2)" when the name is taken). No other cell changes.
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
          const snapshots = await port.readSheets();
          const language = labelLanguage(snapshots.flatMap((sheet) => sheet.values.flat())) ?? lang;
          // The generator loads with the first audit sheet, not with the pane.
          const { auditSheetFor } = await import(/* webpackChunkName: "native" */ "../../native");
          const { plan, audit } = auditSheetFor(snapshots, language);
          if (audit.rows.length === 0) return { intent: "info", text: ({ s }) => s.auditSheetNone };
          const result = await port.applyPlan(plan);
          const name = result.sheets[0]?.name ?? plan.sheets[0].name;
          const cells = audit.rows.length;
          return { intent: "success", text: ({ s }) => s.auditSheetDone(name, cells) };
        },
        ({ s }) => s.auditSheetFailed
      ),
    [run, port, lang]
  );
  return { ...action, add };
}
