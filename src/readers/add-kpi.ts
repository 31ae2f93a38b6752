/**
 * "Add KPI": a new KPI in a register's room for more (the first empty row of its table). Tracking,
 * the dashboard and the totals already cover that row and its calculated columns are there, so one
 * batch of cell changes on the register extends every sheet that reads it. The new row gets the
 * next code and, copied from the KPI above, its group and the choices a UMKM row needs (direction,
 * measurement period); its name (the cell selected, which prompts for it), weights and targets stay
 * for the owner. With the room used up, a UMKM KPI goes into a row added at the end of the register's table
 * (port.addTableRow), where the workbook's tables can grow (`canGrow`): UMKM's Tracking reads rows
 * beyond the register's by position, so that row counts too. The OMAX registers keep to their room.
 */
import { cellAddress } from "../sheet/a1";
import type { Scalar } from "../sheet/plan";
import type { CellChange } from "../sheet/snapshot";
import type { RegisterField } from "../templates/register";
import { type KpiRegister, registerFormula, registerValue } from "./register-reader";

export type NewKpi =
  | {
      kind: "added";
      row: number;
      address: string;
      code: string;
      changes: CellChange[];
      /** A cell of the table's last row when the table must first gain the row (no room left). */
      growsFrom?: string;
    }
  /** The table has no empty row left (or the register keeps none). */
  | { kind: "noRoom" };

/** The cells to write for a new KPI in `register`'s first empty row, in the sheet's words. */
export function newKpi(register: KpiRegister, canGrow = false): NewKpi {
  const lastRow = Math.max(register.headerRow, ...register.rows);
  const grows = register.room.length === 0;
  if (grows && !(canGrow && register.kind === "umkm")) return { kind: "noRoom" };
  const row = register.room[0] ?? lastRow + 1;
  const { columns } = register;
  const above = register.rows.filter((r) => r < row).pop();
  const code = nextCode(register.rows.map((r) => registerValue(register, r, columns.code ?? -1)));
  const changes: CellChange[] = [];
  const write = (field: RegisterField, to: Scalar) => {
    const col = columns[field];
    if (col === undefined || to === null || to === "") return;
    const from = grows ? "" : registerFormula(register, row, col);
    changes.push({ address: cellAddress(row, col), from, to });
  };
  write("code", code);
  const copied: RegisterField[] =
    register.kind === "umkm" ? ["group", "direction", "frequency", "summed"] : ["group"];
  if (above !== undefined)
    for (const field of copied) {
      const col = columns[field];
      if (col !== undefined) write(field, registerValue(register, above, col));
    }
  const nameCol = columns.name ?? 0;
  const growsFrom = grows ? cellAddress(lastRow, nameCol) : undefined;
  return { kind: "added", row, address: cellAddress(row, nameCol), code, changes, growsFrom };
}

/** The code after the last one with a number: K8 → K9, F-3 → F-4; K1 when there is none. */
function nextCode(codes: Scalar[]): string {
  for (const code of [...codes].reverse()) {
    const match = /^(.*?)(\d+)$/.exec(String(code ?? ""));
    if (match) return `${match[1]}${String(Number(match[2]) + 1).padStart(match[2].length, "0")}`;
  }
  return "K1";
}
