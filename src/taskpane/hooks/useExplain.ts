/**
 * "Explain this cell": read the active cell and what its formula reads (one port call), explain it
 * with src/audit/explain.ts, and write its steps beside it — on free cells right of it, checked
 * through the port and never over anything, or on a new sheet.
 */
import { useCallback, useMemo, useState } from "react";
import {
  explainCell,
  freeSpotBeside,
  stepsBlock,
  type ExplainedCall,
  type Explanation,
} from "../../audit/explain";
import { cellAddress, rangeAddress } from "../../sheet/a1";
import type { CellPlan, Lang, WorkbookPlan } from "../../sheet/plan";
import type { CellContext } from "../../sheet/snapshot";
import { useLanguage } from "../i18n";
import { where } from "../insert";
import { messageOf, usePort } from "../port-context";
import { useAction, type Action } from "./useAction";

export interface ExplainState {
  busy: boolean;
  explanation: Explanation | null;
  error: string | null;
  explain: () => Promise<void>;
  /** Writes the steps of `call` beside the cell, or on a new sheet. */
  write: (call: ExplainedCall, place: "beside" | "sheet") => Promise<void>;
  writing: Action;
}

export function useExplain(lang: Lang): ExplainState {
  const port = usePort();
  const { s } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [context, setContext] = useState<CellContext | null>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  const writing = useAction();

  const explain = useCallback(async () => {
    setBusy(true);
    setFailed(null);
    writing.setOutcome(null);
    try {
      setContext(await port.readCellContext());
    } catch (failure) {
      setFailed({ error: failure });
    } finally {
      setBusy(false);
    }
  }, [port, writing]);

  const explained = useMemo(() => {
    if (!context) return { explanation: null, error: null };
    try {
      return { explanation: explainCell(context, lang), error: null };
    } catch (failure) {
      return { explanation: null, error: messageOf(failure) };
    }
  }, [context, lang]);

  const write = useCallback(
    (call: ExplainedCall, place: "beside" | "sheet") =>
      writing.run(async () => {
        const explanation = explained.explanation;
        if (explanation?.kind !== "explained") return null;
        if (place === "beside") {
          const probe = stepsBlock(explanation, call, explanation.sheet, { row: 0, col: 0 }, lang);
          const spot = freeSpotBeside(
            await port.readSheet(explanation.sheet),
            explanation.address,
            probe.rows.length,
            probe.rows[0].length
          );
          if (!spot) return { intent: "warning", text: ({ s: words }) => words.explainNoRoom };
          const block = stepsBlock(explanation, call, explanation.sheet, spot, lang);
          const written = await port.insertAt(explanation.sheet, cellAddress(spot.row, spot.col), {
            rows: block.rows,
            numberFormat: block.numberFormat,
          });
          return {
            intent: "success",
            text: ({ s: words }) => words.explainWritten(where(written.sheet, written.address)),
          };
        }
        const key = "steps";
        const block = stepsBlock(explanation, call, key, { row: 0, col: 0 }, lang);
        const plan: WorkbookPlan = {
          template: "bsc",
          lang,
          title: s.explainStepsSheet(explanation.address),
          activate: key,
          sheets: [
            {
              key,
              name: s.explainStepsSheet(explanation.address),
              cells: block.rows.flatMap((row, r) =>
                row.flatMap((content, c): CellPlan[] => {
                  if (content === null || content === "") return [];
                  const address = cellAddress(r, c);
                  const numberFormat = block.numberFormat[r][c];
                  const formatted = numberFormat !== "General" ? { numberFormat } : {};
                  return typeof content === "string" && content.startsWith("=")
                    ? [{ address, formula: content, ...formatted }]
                    : [{ address, value: content, ...formatted }];
                })
              ),
            },
          ],
        };
        const result = await port.applyPlan(plan);
        const address = rangeAddress(0, 0, block.rows.length - 1, block.rows[0].length - 1);
        return {
          intent: "success",
          text: ({ s: words }) => words.explainWritten(where(result.sheets[0].name, address)),
        };
      }, s.explainWriteFailedTitle),
    [explained, lang, port, s, writing]
  );

  const error = failed ? messageOf(failed.error, s) : explained.error;
  return { busy, explanation: explained.explanation, error, explain, write, writing };
}
