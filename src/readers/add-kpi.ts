/**
 * "Add KPI": a new KPI in a register's room for more (the first empty row of its table). Tracking,
 * the dashboard and the totals already cover that row and its calculated columns are there, so one
 * batch of cell changes on the register extends every sheet that reads it. The new row gets the
 * next code and, copied from the KPI above, its group and the choices a UMKM row needs (direction,
 * measurement period); its name (the cell selected, which prompts for it), weights and targets stay
 * for the owner.
 */
import { cellAddress } from "../sheet/a1";
import type { Scalar } from "../sheet/plan";
import type { CellChange } from "../sheet/snapshot";
import type { RegisterField } from "../templates/register";
import { type KpiRegister, registerFormula, registerValue } from "./register-reader";

export type NewKpi =
  | { kind: "added"; row: number; address: string; code: string; changes: CellChange[] }
  /** The table has no empty row left (or the register keeps none). */
  | { kind: "noRoom" };

/** The cells to write for a new KPI in `register`'s first empty row, in the sheet's words. */
export function newKpi(register: KpiRegister): NewKpi {
  const row = register.room[0];
  if (row === undefined) return { kind: "noRoom" };
  const { columns } = register;
  const above = register.rows.filter((r) => r < row).pop();
  const code = nextCode(register.rows.map((r) => registerValue(register, r, columns.code ?? -1)));
  const changes: CellChange[] = [];
  const write = (field: RegisterField, to: Scalar) => {
    const col = columns[field];
    if (col === undefined || to === null || to === "") return;
    changes.push({ address: cellAddress(row, col), from: registerFormula(register, row, col), to });
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
  return { kind: "added", row, address: cellAddress(row, nameCol), code, changes };
}

/** The code after the last one with a number: K8 → K9, F-3 → F-4; K1 when there is none. */
function nextCode(codes: Scalar[]): string {
  for (const code of [...codes].reverse()) {
    const match = /^(.*?)(\d+)$/.exec(String(code ?? ""));
    if (match) return `${match[1]}${String(Number(match[2]) + 1).padStart(match[2].length, "0")}`;
  }
  return "K1";
}
