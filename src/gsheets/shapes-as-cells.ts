/**
 * A sheet's shapes drawn with cells, for Google Sheets, which has no API to draw shapes (Apps Script
 * can insert charts and images over the grid, nothing else). The strategy map's boxes and
 * cause → effect arrows (src/templates/strategy-map.ts) become:
 * - a box without text (a perspective band behind the objectives): its cells filled in its colour;
 * - a box with text (an objective): its cells merged, filled, outlined in its line colour, the text
 *   wrapped and centred;
 * - an arrow: a path of cells from the box it leaves to the box it enters, each holding an arrow
 *   (↑ ↗ → …) pointing to the next cell of the path, the last one into the box. Where two arrows
 *   share a cell (a fork), the cell shows both arrows.
 *
 * The shapes are placed in points on Excel's grid (the plan's column widths, 8.43-character columns
 * and 15-point rows elsewhere); a shape covers the cells whose centres it covers. Columns the drawing
 * uses and the plan does not size are given Excel's default width, so the grid is the one the plan
 * was laid out on (Google Sheets' own default column is wider).
 *
 * Arrows are routed with a shortest-path search over the cells (8 directions, turns cost a little),
 * around the objective boxes and the sheet's own content: a few dozen cells, no library needed.
 */
import type { ArrowShapePlan, BoxShapePlan, CellPlan, ColumnPlan, SheetPlan } from "../sheet/plan";
import { hasContent } from "../sheet/validate";
import { cellAddress, normalCell, parseRange } from "../sheet/a1";
import type { RangePosition } from "../sheet/a1";
import { arrowEnds, SITE, type Site } from "../workbook/arrows";
import { addressOf } from "../workbook/cell-blocks";
import type { CellFormat, RangeLook } from "../workbook/styles";
import {
  COLUMN_PADDING_PX,
  DEFAULT_COLUMN_PX,
  MAX_DIGIT_WIDTH_PX,
  sheetGeometry,
} from "../workbook/xlsx-drawings";

/** The sheet with its shapes turned into cells, and the looks of the drawn ranges, in drawing order. */
export interface DrawnSheet {
  sheet: SheetPlan;
  looks: RangeLook[];
  /** Arrows no path of free cells joins (none on the templates' maps; the links table lists them all). */
  unrouted: string[];
}

const POINTS_PER_PIXEL = 0.75;
/** Excel's default column width in characters (64 pixels). */
const DEFAULT_WIDTH = (DEFAULT_COLUMN_PX - COLUMN_PADDING_PX) / MAX_DIGIT_WIDTH_PX;

/** The arrow a cell shows for a step (row, column) → the next cell. */
const GLYPHS: Record<string, string> = {
  "-1,0": "↑",
  "-1,1": "↗",
  "0,1": "→",
  "1,1": "↘",
  "1,0": "↓",
  "1,-1": "↙",
  "0,-1": "←",
  "-1,-1": "↖",
};

/**
 * Arrow cells: bold, in the arrow's colour, a little larger than the text; centred, except a single
 * arrow that leans sideways, which sits on the side it leans to — between the column it leaves and
 * the one it enters, where a drawn line would cross.
 */
const arrowLook = (color: string, glyphs: string): CellFormat => ({
  fontColor: color,
  bold: true,
  size: 12,
  horizontal: /^[↖←↙]$/.test(glyphs) ? "left" : /^[↗→↘]$/.test(glyphs) ? "right" : "center",
  vertical: "middle",
});

/** Draws `sheet`'s shapes with cells; a sheet without shapes comes back as it is. */
export function drawShapesWithCells(sheet: SheetPlan): DrawnSheet {
  const shapes = sheet.shapes ?? [];
  if (shapes.length === 0) return { sheet, looks: [], unrouted: [] };
  const grid = cellGrid(sheet);
  const boxes = shapes.filter((s): s is BoxShapePlan => s.kind === "box");
  const arrows = shapes.filter((s): s is ArrowShapePlan => s.kind === "arrow");
  const bands = boxes.filter((box) => box.text.trim() === "");
  const nodes = boxes.filter((box) => box.text.trim() !== "");
  const nodeCells = new Map(nodes.map((node) => [node.key, grid.cellsOf(node)]));

  // Cells the drawing may not write: the sheet's own content and merges.
  const taken = new Set<string>();
  for (const cell of sheet.cells) if (hasContent(cell)) taken.add(normalCell(cell.address));
  for (const merge of sheet.merges ?? []) forEachCell(parseRange(merge), (a) => taken.add(a));
  const drawn = new Map<string, string>();
  const claim = (address: string, what: string) => {
    if (taken.has(address))
      throw new Error(`sheet «${sheet.key}»: ${what} would cover ${address}, which holds content`);
  };

  const looks: RangeLook[] = bands.map((band) => ({
    range: addressOf(grid.cellsOf(band)),
    format: { fill: band.fill },
  }));
  const merges: string[] = [];
  for (const node of nodes) {
    const rect = nodeCells.get(node.key) as RangePosition;
    forEachCell(rect, (a) => claim(a, `the box "${node.text}"`));
    const topLeft = cellAddress(rect.top, rect.left);
    drawn.set(topLeft, node.text);
    if (rect.bottom > rect.top || rect.right > rect.left) merges.push(addressOf(rect));
    const line = { weight: "medium" as const, color: node.line };
    looks.push({
      range: addressOf(rect),
      format: {
        fill: node.fill,
        fontColor: node.fontColor,
        horizontal: "center",
        vertical: "middle",
        wrap: true,
        border: { top: line, bottom: line, left: line, right: line },
      },
    });
  }

  // Arrows, around the boxes and the sheet's content, inside the drawing's area.
  const blocked = new Set(taken);
  for (const rect of nodeCells.values()) forEachCell(rect, (a) => blocked.add(a));
  const area = grow(boxes.map((box) => grid.cellsOf(box)).reduce(union), 1);
  const glyphs = new Map<string, { glyphs: string[]; color: string }>();
  const unrouted: string[] = [];
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  for (const arrow of arrows) {
    const from = byKey.get(arrow.from);
    const to = byKey.get(arrow.to);
    if (!from || !to) {
      unrouted.push(arrow.key);
      continue;
    }
    const ends = arrowEnds(from, to);
    const start = outside(
      nodeCells.get(from.key) as RangePosition,
      ends.start,
      grid,
      ends.startPoint
    );
    const end = outside(nodeCells.get(to.key) as RangePosition, ends.end, grid, ends.endPoint);
    const path = route(start, end, area, (row, col) => blocked.has(cellAddress(row, col)));
    if (!path) {
      unrouted.push(arrow.key);
      continue;
    }
    path.forEach((cell, k) => {
      const next = path[k + 1];
      const glyph = next ? GLYPHS[`${next.row - cell.row},${next.col - cell.col}`] : INTO[ends.end];
      const address = cellAddress(cell.row, cell.col);
      const entry = glyphs.get(address) ?? { glyphs: [], color: arrow.color };
      if (!entry.glyphs.includes(glyph)) entry.glyphs.push(glyph);
      glyphs.set(address, entry);
    });
  }
  for (const [address, { glyphs: marks, color }] of glyphs) {
    const text = ORDER.filter((g) => marks.includes(g)).join("");
    drawn.set(address, text);
    looks.push({ range: address, format: arrowLook(color, text) });
  }

  const cells: CellPlan[] = [
    ...sheet.cells,
    ...[...drawn].map(([address, value]) => ({ address, value })),
  ];
  return {
    sheet: {
      ...sheet,
      cells,
      merges: [...(sheet.merges ?? []), ...merges],
      columns: withDefaultWidths(sheet.columns ?? [], area),
      shapes: [],
    },
    looks,
    unrouted,
  };
}

/** The arrow that enters a box from its side `site`: from below, an upward arrow. */
const INTO: Record<Site, string> = {
  [SITE.bottom]: "↑",
  [SITE.top]: "↓",
  [SITE.left]: "→",
  [SITE.right]: "←",
};
/** How arrows sharing a cell are listed: left to right as they point. */
const ORDER = ["↖", "←", "↙", "↑", "↓", "↗", "→", "↘"];

interface Cell {
  row: number;
  col: number;
}

/** Where shapes (in points) fall on the sheet's grid of Excel columns and rows. */
function cellGrid(sheet: SheetPlan) {
  const geometry = sheetGeometry(sheet.columns, sheet.rows);
  /** The index whose span holds `px` along sizes `sizeOf`, and each span's start. */
  const at = (px: number, sizeOf: (k: number) => number): number => {
    let k = 0;
    let start = 0;
    while (start + sizeOf(k) <= px) start += sizeOf(k++);
    return k;
  };
  const centreOf = (k: number, sizeOf: (k: number) => number): number => {
    let start = 0;
    for (let i = 0; i < k; i++) start += sizeOf(i);
    return start + sizeOf(k) / 2;
  };
  /** Indices whose centres lie in [from, to] pixels; the one holding the middle if none does. */
  const span = (from: number, to: number, sizeOf: (k: number) => number): [number, number] => {
    let first = at(from, sizeOf);
    let last = at(to, sizeOf);
    if (centreOf(first, sizeOf) < from) first++;
    if (centreOf(last, sizeOf) > to) last--;
    if (first > last) first = last = at((from + to) / 2, sizeOf);
    return [first, last];
  };
  const px = (points: number) => points / POINTS_PER_PIXEL;
  return {
    cellsOf(box: BoxShapePlan): RangePosition {
      const [left, right] = span(px(box.left), px(box.left + box.width), geometry.columnWidthPx);
      const [top, bottom] = span(px(box.top), px(box.top + box.height), geometry.rowHeightPx);
      return { top, left, bottom, right };
    },
    columnAt: (points: number) => at(px(points), geometry.columnWidthPx),
    rowAt: (points: number) => at(px(points), geometry.rowHeightPx),
  };
}

/** The cell just outside `rect` on its side `site`, level with `point` (in points). */
function outside(
  rect: RangePosition,
  site: Site,
  grid: ReturnType<typeof cellGrid>,
  point: { x: number; y: number }
): Cell {
  const col = clamp(grid.columnAt(point.x), rect.left, rect.right);
  const row = clamp(grid.rowAt(point.y), rect.top, rect.bottom);
  switch (site) {
    case SITE.top:
      return { row: rect.top - 1, col };
    case SITE.bottom:
      return { row: rect.bottom + 1, col };
    case SITE.left:
      return { row, col: rect.left - 1 };
    case SITE.right:
      return { row, col: rect.right + 1 };
  }
}

const STRAIGHT = 10;
const DIAGONAL = 14;
const TURN = 3;

/**
 * The cheapest path of free cells from `start` to `end` inside `area` (both included), moving to any
 * of the 8 neighbours; null when there is none. Dijkstra over (cell, direction of the last step).
 */
function route(
  start: Cell,
  end: Cell,
  area: RangePosition,
  isBlocked: (row: number, col: number) => boolean
): Cell[] | null {
  const inside = ({ row, col }: Cell) =>
    row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
  if (
    !inside(start) ||
    !inside(end) ||
    isBlocked(start.row, start.col) ||
    isBlocked(end.row, end.col)
  )
    return null;
  const steps = Object.keys(GLYPHS).map((key) => key.split(",").map(Number) as [number, number]);
  type State = { cell: Cell; dir: number; cost: number; prev: State | null };
  const best = new Map<string, number>();
  const open: State[] = [{ cell: start, dir: -1, cost: 0, prev: null }];
  while (open.length > 0) {
    // The frontier is small (a map is a few hundred cells): a sorted array is enough.
    open.sort((a, b) => a.cost - b.cost);
    const state = open.shift() as State;
    const { cell } = state;
    if (cell.row === end.row && cell.col === end.col) {
      const path: Cell[] = [];
      for (let s: State | null = state; s; s = s.prev) path.unshift(s.cell);
      return path;
    }
    const key = `${cell.row},${cell.col},${state.dir}`;
    if ((best.get(key) ?? Infinity) < state.cost) continue;
    steps.forEach(([dr, dc], dir) => {
      const next = { row: cell.row + dr, col: cell.col + dc };
      if (!inside(next) || isBlocked(next.row, next.col)) return;
      const cost =
        state.cost +
        (dr !== 0 && dc !== 0 ? DIAGONAL : STRAIGHT) +
        (state.dir >= 0 && state.dir !== dir ? TURN : 0);
      const nextKey = `${next.row},${next.col},${dir}`;
      if ((best.get(nextKey) ?? Infinity) <= cost) return;
      best.set(nextKey, cost);
      open.push({ cell: next, dir, cost, prev: state });
    });
  }
  return null;
}

/** The plan's columns, and Excel's default width for the other columns of `area`. */
function withDefaultWidths(columns: readonly ColumnPlan[], area: RangePosition): ColumnPlan[] {
  const sized = new Set(columns.map((column) => column.index));
  const added: ColumnPlan[] = [];
  for (let index = area.left; index <= area.right; index++)
    if (!sized.has(index)) added.push({ index, width: DEFAULT_WIDTH });
  return [...columns, ...added];
}

function forEachCell(rect: RangePosition, visit: (address: string) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let col = rect.left; col <= rect.right; col++) visit(cellAddress(row, col));
}

const union = (a: RangePosition, b: RangePosition): RangePosition => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});
const grow = (rect: RangePosition, by: number): RangePosition => ({
  top: Math.max(0, rect.top - by),
  left: Math.max(0, rect.left - by),
  bottom: rect.bottom + by,
  right: rect.right + by,
});
const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));
