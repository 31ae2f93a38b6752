/**
 * "Add KPI": a new KPI in a register's room for more. Tracking, the dashboard and the totals already
 * cover the rows of room and their calculated columns are there, so one batch of cell changes
 * extends every sheet that reads the register.
 *
 * UMKM keeps its room under the KPIs: the new row gets the next code and, copied from the KPI
 * above, its group and the choices a UMKM row needs (direction, measurement period); its name (the
 * cell selected, which prompts for it), weights and targets stay for the owner. With the room used
 * up, a UMKM KPI goes into a row added at the end of the register's table (port.addTableRow), where
 * the workbook's tables can grow (`canGrow`): UMKM's Tracking reads rows beyond the register's by
 * position, so that row counts too.
 *
 * An OMAX register keeps its room within each group, each row linked to a spare member of the
 * group's AHP block: the new KPI takes the first row of room of the group the user is in, the next
 * code of that group, and its member comes into use with equal judgements against the members in
 * use (1 on the diagonal and in its judgement cells), which the owner then revises. The member's
 * cells are found from the row's weight link (=AHP!$H$12 is the 4th weight of the AHP.WEIGHTS
 * spilling from $H$9), not from a layout, so a moved or resized block is still found. The OMAX
 * registers keep to their room.
 */
import { cellAddress, columnIndex, parseRange } from "../sheet/a1";
import { unquoteSheetName, type Scalar } from "../sheet/plan";
import type { CellChange, SheetSnapshot } from "../sheet/snapshot";
import type { RegisterField } from "../templates/register";
import { type KpiRegister, cellOf, registerFormula, registerValue } from "./register-reader";

export type NewKpi =
  | {
      kind: "added";
      row: number;
      address: string;
      code: string;
      changes: CellChange[];
      /** A cell of the table's last row when the table must first gain the row (no room left). */
      growsFrom?: string;
      /** OMAX: the AHP weight the row links to, whose member comes into use with the KPI. */
      weight?: WeightLink;
    }
  /** The table has no row of room left (or the register keeps none). */
  | { kind: "noRoom" };

/** A cell the register's weight link reads: «sheet»!cell. */
export interface WeightLink {
  sheet: string;
  row: number;
  col: number;
}

/** The typed columns a row of OMAX room shares with its group's KPIs (the group, Prism's facet). */
const GROUP_FIELDS: RegisterField[] = ["group", "facet"];

/**
 * The cells to write for a new KPI in `register`, in the sheet's words: in the row of room `near`
 * (a row the user is in), or the first of the group of the KPI row `near`, else the first row of
 * room of the register; with no room left, in a row the table gains (UMKM, where `canGrow`).
 */
export function newKpi(register: KpiRegister, near?: number, canGrow = false): NewKpi {
  const lastRow = Math.max(register.headerRow, ...register.rows);
  const found = roomFor(register, near);
  const grows = found === undefined;
  if (grows && !(canGrow && register.kind === "umkm")) return { kind: "noRoom" };
  const row = found ?? lastRow + 1;
  const { columns } = register;
  const codeOf = (r: number) => registerValue(register, r, columns.code ?? -1);
  const isOmax = register.kind === "omax";
  const group = isOmax ? register.rows.filter((r) => sameGroup(register, r, row)) : [];
  const code = nextCode(register.rows.map(codeOf), group.map(codeOf));
  const changes: CellChange[] = [];
  const write = (field: RegisterField, to: Scalar) => {
    const col = columns[field];
    if (col === undefined || to === null || to === "") return;
    const from = grows ? "" : registerFormula(register, row, col);
    changes.push({ address: cellAddress(row, col), from, to });
  };
  write("code", code);
  const nameCol = columns.name ?? 0;
  const address = cellAddress(row, nameCol);
  // OMAX: the row of room has its group; the owner types the name in the cell selected.
  if (isOmax)
    return { kind: "added", row, address, code, changes, weight: weightLink(register, row) };
  const above = register.rows.filter((r) => r < row).pop();
  if (above !== undefined)
    for (const field of ["group", "direction", "frequency", "summed"] as const) {
      const col = columns[field];
      if (col !== undefined) write(field, registerValue(register, above, col));
    }
  const growsFrom = grows ? cellAddress(lastRow, nameCol) : undefined;
  return { kind: "added", row, address, code, changes, growsFrom };
}

/** The row of room a new KPI goes in (see newKpi). */
function roomFor(register: KpiRegister, near?: number): number | undefined {
  const { room } = register;
  if (near !== undefined && room.includes(near)) return near;
  if (near !== undefined && register.rows.includes(near)) {
    const fits = room.find((r) => sameGroup(register, near, r));
    if (fits !== undefined) return fits;
  }
  return room[0];
}

/** Whether a row is in the group of a row of room: what the room's row has typed, it has too. */
function sameGroup(register: KpiRegister, row: number, roomRow: number): boolean {
  return GROUP_FIELDS.every((field) => {
    const col = register.columns[field];
    if (col === undefined) return true;
    const kept = registerValue(register, roomRow, col);
    return kept === "" || kept === null || kept === registerValue(register, row, col);
  });
}

/**
 * The code after the group's: its last code's prefix with the next number any code of that prefix
 * has (F4 → F5, I-2 → I-4 when I-3 is taken, K10 → K11); without a group, after the register's last.
 */
function nextCode(codes: Scalar[], group: Scalar[]): string {
  const parts = (code: Scalar) => /^(.*?)(\d+)$/.exec(String(code ?? ""));
  const last = [...group, ...(group.length ? [] : codes)].reverse().map(parts).find(Boolean);
  if (!last) return "K1";
  const [, prefix, digits] = last;
  const taken = codes.map(parts).flatMap((m) => (m && m[1] === prefix ? [Number(m[2])] : []));
  return `${prefix}${String(Math.max(...taken) + 1).padStart(digits.length, "0")}`;
}

/** The cell a row's local weight links to (=AHP!$H$12, ='AHP (2)'!$H$12), or undefined. */
function weightLink(register: KpiRegister, row: number): WeightLink | undefined {
  const col = register.columns.localWeight;
  if (col === undefined) return undefined;
  const formula = String(registerFormula(register, row, col) ?? "");
  const link = /^=\s*('(?:[^']|'')+'|[^'!()\s]+)!\$?([A-Z]{1,3})\$?(\d+)\s*$/i.exec(formula);
  if (!link) return undefined;
  const sheet = unquoteSheetName(link[1]);
  return { sheet, row: Number(link[3]) - 1, col: columnIndex(link[2].toUpperCase()) };
}

const WEIGHTS_CALL = /^=\s*AHP\.WEIGHTS\s*\(\s*(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)\s*[,)]/i;

/**
 * The AHP cells that bring the member behind `link` into use with equal judgements: 1 on its
 * diagonal and against every member in use (upper triangle: its row right of the diagonal, its
 * column above it). Cells already filled are the owner's and stay. Null when `link` is not a weight
 * of an AHP.WEIGHTS matrix on `ahp`.
 */
export function memberChanges(ahp: SheetSnapshot, link: WeightLink): CellChange[] | null {
  // The spill's anchor: the nearest AHP.WEIGHTS formula at or above the linked cell.
  let anchor = link.row;
  let matrix: string | undefined;
  for (; anchor >= 0; anchor--) {
    const formula = cellOf(ahp, anchor, link.col, "formulas");
    matrix = typeof formula === "string" ? WEIGHTS_CALL.exec(formula)?.[1] : undefined;
    if (matrix !== undefined) break;
  }
  if (matrix === undefined) return null;
  const { top, left, bottom, right } = parseRange(matrix.replace(/\$/g, ""));
  const n = bottom - top + 1;
  const k = link.row - anchor;
  if (right - left + 1 !== n || k >= n) return null;
  const isFilled = (i: number, j: number) => {
    const v = cellOf(ahp, top + i, left + j);
    return v !== "" && v !== null;
  };
  const inUse = (i: number) =>
    Array.from({ length: n }, (_, j) => isFilled(i, j) || isFilled(j, i)).some(Boolean);
  const changes: CellChange[] = [];
  const one = (i: number, j: number) => {
    if (isFilled(i, j)) return;
    const from = cellOf(ahp, top + i, left + j, "formulas");
    changes.push({ address: cellAddress(top + i, left + j), from, to: 1 });
  };
  one(k, k);
  for (let i = 0; i < n; i++) if (i !== k && inUse(i)) one(Math.min(i, k), Math.max(i, k));
  return changes;
}
