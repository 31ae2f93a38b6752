/**
 * Preview only: the in-memory workbook beside the pane, read-only — sheet tabs and the shown
 * sheet's values as the workbook formats them, traffic-light statuses coloured — so people see what
 * Build, Insert and Add to register did. Clicking a cell selects it (where Insert writes), nothing more;
 * so do the arrow keys, the grid being one tab stop (the selected cell) as ARIA's grid pattern has it.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import {
  Caption1,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { cellAddress, columnLetter, parseRange } from "../../sheet/a1";
import type { CellStyle, Scalar } from "../../sheet/plan";
import type { GridCell, MemoryWorkbook } from "../../workbook/memory";
import { useLanguage } from "../i18n";
import { where } from "../insert";

const MAX_ROWS = 150;
const MAX_COLUMNS = 40;
/** Pixels per character of column width (Calibri 11 ≈ 7 px), clamped for a readable preview. */
const PX_PER_CHAR = 7;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    height: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    position: "sticky",
    top: 0,
  },
  heading: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  gridTitle: { margin: 0 },
  tabs: { overflowX: "auto", flexShrink: 0 },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "36px",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "end",
    paddingRight: tokens.spacingHorizontalXS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  runsOn: { overflow: "visible", textOverflow: "clip", position: "relative", zIndex: 1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  focusable: {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightBold },
  subtitle: { color: tokens.colorNeutralForeground2 },
  section: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground4,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: {},
  input: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  formula: { backgroundColor: tokens.colorNeutralBackground2 },
  total: {
    fontWeight: tokens.fontWeightBold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  check: { fontStyle: "italic" },
  note: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  GREEN: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorPaletteGreenForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  YELLOW: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  RED: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** GREEN / YELLOW / RED (and the Indonesian labels) → the status to colour, else null. */
export function statusOf(value: Scalar): "GREEN" | "YELLOW" | "RED" | null {
  if (typeof value !== "string") return null;
  const text = value.trim().toUpperCase();
  if (text === "GREEN" || text === "HIJAU") return "GREEN";
  if (text === "YELLOW" || text === "KUNING") return "YELLOW";
  if (text === "RED" || text === "MERAH") return "RED";
  return null;
}

/** The workbook's change counter, re-rendering on every change. */
function useVersion(workbook: MemoryWorkbook): number {
  return useSyncExternalStore(
    (onChange) => workbook.subscribe(onChange),
    () => workbook.version
  );
}

export function PreviewGrid({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const { s, lang } = useLanguage();
  useVersion(workbook);
  const names = workbook.sheetNames;
  const active = workbook.activeSheet;
  const [shown, setShown] = useState(active);
  // Follow the workbook: after Build the Dashboard is active, after a checker link the linked sheet.
  useEffect(() => setShown(active), [active, workbook.version]);
  const sheet = names.includes(shown) ? shown : active;
  const grid = workbook.snapshot(sheet, lang);
  const selection = workbook.selection;
  const selected = selection.sheet === sheet ? parseRange(selection.address) : null;
  // A margin of empty cells around the used range, so there is always an empty cell to pick.
  const rows = Math.min(Math.max(grid.rows + 5, 30), MAX_ROWS);
  const columns = Math.min(Math.max(grid.columns + 2, 10), MAX_COLUMNS);
  // The grid's one tab stop: the selected range's top-left cell on this sheet, else A1.
  const cursor = selected
    ? { row: Math.min(selected.top, rows - 1), col: Math.min(selected.left, columns - 1) }
    : { row: 0, col: 0 };
  const table = useRef<HTMLTableElement>(null);
  const movedByKey = useRef(false);
  // After an arrow key, focus follows the selection to its new cell.
  useEffect(() => {
    if (!movedByKey.current) return;
    movedByKey.current = false;
    table.current
      ?.querySelector<HTMLElement>(`td[data-address="${cellAddress(cursor.row, cursor.col)}"]`)
      ?.focus();
  });
  const move = (event: KeyboardEvent) => {
    const step: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    let target: { row: number; col: number } | null = null;
    if (event.key in step) {
      const [dr, dc] = step[event.key];
      target = {
        row: Math.max(0, Math.min(rows - 1, cursor.row + dr)),
        col: Math.max(0, Math.min(columns - 1, cursor.col + dc)),
      };
    } else if (event.key === "Home") {
      target = { row: event.ctrlKey ? 0 : cursor.row, col: 0 };
    } else if (event.key === "End") {
      target = { row: event.ctrlKey ? rows - 1 : cursor.row, col: columns - 1 };
    } else if (event.key === "Enter" || event.key === " ") {
      target = cursor;
    }
    if (!target) return;
    event.preventDefault();
    movedByKey.current = true;
    void workbook.goTo(sheet, cellAddress(target.row, target.col));
  };
  const EMPTY = { value: "", text: "", formula: null, spilled: false } as const;
  const width = (c: number) =>
    Math.max(48, Math.min(260, (grid.columnWidths[c] ?? 9) * PX_PER_CHAR));

  return (
    <aside className={styles.root} aria-label={s.gridHeading} data-testid="preview-grid">
      <div className={styles.heading}>
        <Subtitle2 as="h2" className={styles.gridTitle}>
          {s.gridHeading}
        </Subtitle2>
        <Caption1 className={styles.muted} data-testid="grid-selection">
          {s.gridSelected(where(selection.sheet, selection.address))} · {s.gridHint}
        </Caption1>
      </div>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={sheet}
        onTabSelect={(_, data) => setShown(String(data.value))}
        aria-label={s.gridSheets}
      >
        {names.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        <table
          ref={table}
          role="grid"
          aria-label={s.gridLabel(sheet)}
          aria-rowcount={rows + 1}
          aria-colcount={columns + 1}
          onKeyDown={move}
          className={styles.table}
          // Fixed layout needs a definite width: the columns' own, as in Excel.
          style={{
            width:
              36 + Array.from({ length: columns }, (_, c) => width(c)).reduce((a, b) => a + b, 0),
          }}
          data-sheet={sheet}
        >
          <colgroup>
            <col style={{ width: 36 }} />
            {Array.from({ length: columns }, (_, c) => (
              <col key={c} style={{ width: width(c) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} aria-hidden="true" />
              {Array.from({ length: columns }, (_, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th className={styles.rowHead} scope="row">
                  {r + 1}
                </th>
                {Array.from({ length: columns }, (_, c) => {
                  const cell: GridCell = grid.cells[r]?.[c] ?? EMPTY;
                  const address = cellAddress(r, c);
                  const status = statusOf(cell.value);
                  // As in Excel, text runs on over empty cells to its right.
                  const next = grid.cells[r]?.[c + 1];
                  const runsOn =
                    typeof cell.value === "string" &&
                    cell.value !== "" &&
                    !status &&
                    (!next || next.text === "");
                  const isSelected =
                    selected !== null &&
                    r >= selected.top &&
                    r <= selected.bottom &&
                    c >= selected.left &&
                    c <= selected.right;
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      tabIndex={r === cursor.row && c === cursor.col ? 0 : -1}
                      aria-selected={isSelected}
                      className={mergeClasses(
                        styles.cell,
                        styles.focusable,
                        cell.style && styles[cell.style as CellStyle],
                        typeof cell.value === "number" && styles.number,
                        typeof cell.value === "string" &&
                          cell.value.startsWith("#") &&
                          styles.error,
                        status ? styles[status] : undefined,
                        runsOn && styles.runsOn,
                        isSelected && styles.selected
                      )}
                      title={cell.formula ?? (cell.text.length > 12 ? cell.text : undefined)}
                      onClick={() => void workbook.goTo(sheet, address)}
                      data-address={address}
                    >
                      {status ? `● ${s.statusNames[status]}` : cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </aside>
  );
}
