/**
 * Preview only, when the window is too narrow for the grid: the in-memory workbook's selection as a
 * field — "Dashboard!A1" — that takes another cell ("Sheet1!B2", or "B2" on the same sheet) on
 * Enter or when it loses focus, so Insert has somewhere to write after a Build.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { parseRange, rangeAddress } from "../../sheet/a1";
import { unquoteSheetName } from "../../sheet/plan";
import type { MemoryWorkbook } from "../../workbook/memory";
import { useLanguage } from "../i18n";
import { where } from "../insert";
import { messageOf } from "../port-context";

const useStyles = makeStyles({ field: { minWidth: 0 }, input: { maxWidth: "100%" } });

/**
 * What is wrong with the cell typed, as data: worded when shown, so a switch of language re-words
 * it. `refused` is the workbook's error (no such sheet), worded by messageOf.
 */
type Problem = { kind: "unreadable" } | { kind: "refused"; error: unknown };

/** "Sheet1!b2", "'My sheet'!B2:C3" or "B2" (on `current`) → sheet and address; null if unreadable. */
export function parseWhere(
  text: string,
  current: string
): { sheet: string; address: string } | null {
  const trimmed = text.trim();
  const bang = trimmed.lastIndexOf("!");
  const sheet = bang < 0 ? current : unquoteSheetName(trimmed.slice(0, bang).trim());
  try {
    const { top, left, bottom, right } = parseRange(trimmed.slice(bang + 1));
    return sheet ? { sheet, address: rangeAddress(top, left, bottom, right) } : null;
  } catch {
    return null;
  }
}

export function PreviewCellField({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const { s } = useLanguage();
  useSyncExternalStore(
    (onChange) => workbook.subscribe(onChange),
    () => workbook.version
  );
  const { sheet, address } = workbook.selection;
  const shown = where(sheet, address);
  const [draft, setDraft] = useState(shown);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Follow the workbook (a Build selects its Dashboard, a checker link its cell).
  useEffect(() => {
    setDraft(shown);
    setProblem(null);
  }, [shown]);

  const apply = async () => {
    if (draft.trim() === shown) return;
    const wanted = parseWhere(draft, sheet);
    if (!wanted) {
      setProblem({ kind: "unreadable" });
      return;
    }
    setProblem(null);
    try {
      // Sheet names are found as Excel finds them (case-insensitive); a missing one is refused.
      await workbook.goTo(wanted.sheet, wanted.address);
    } catch (error) {
      setProblem({ kind: "refused", error });
    }
  };
  const shownProblem =
    problem === null
      ? null
      : problem.kind === "unreadable"
        ? s.cellFieldInvalid
        : messageOf(problem.error, s);

  return (
    <Field
      size="small"
      className={styles.field}
      label={s.cellFieldLabel}
      hint={shownProblem ? undefined : s.cellFieldHint}
      validationMessage={shownProblem ?? undefined}
      validationState={shownProblem ? "error" : "none"}
    >
      <Input
        size="small"
        className={styles.input}
        value={draft}
        spellCheck={false}
        autoComplete="off"
        onChange={(_, data) => setDraft(data.value)}
        onBlur={() => void apply()}
        onKeyDown={(event) => {
          if (event.key === "Enter") void apply();
          if (event.key === "Escape") {
            setDraft(shown);
            setProblem(null);
          }
        }}
        data-testid="cell-field"
      />
    </Field>
  );
}
