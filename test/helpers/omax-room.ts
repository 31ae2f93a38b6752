/**
 * For the tests of OMAX registers that grow (test/templates/omax-growth.test.ts, and through
 * LibreOffice test/native/room.test.ts): the index recomputed independently from the cells as typed —
 * the weights from the core's AHP on the members in use of each matrix (read off the AHP sheet),
 * multiplied along each register row's weight links; the levels from the core's OMAX.LEVEL; the
 * index Σ level × weight — and where a row of room's AHP member is.
 */
import { ahpWeights, omaxLevel } from "../../src/core";
import { buildPlan } from "../../src/templates";
import { DEFAULT_OPTIONS } from "../../src/templates/options";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { type KpiRegister, readRegister } from "../../src/readers/register-reader";
import { cellAddress, columnIndex, parseCell, parseRange } from "../../src/sheet/a1";
import type { Scalar, TemplateId } from "../../src/sheet/plan";
import type { SheetSnapshot } from "../../src/sheet/snapshot";
import { shown as value } from "./typing";

export const num = (v: Scalar): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};
const isEmpty = (v: Scalar | undefined) => v === null || v === "" || v === undefined;

/** The template's settings: the middle anchor's level and the weights' scale. */
export const SCALE: Record<string, { midLevel: number; weightScale: number }> = {
  bsc: { midLevel: 3, weightScale: 1 },
  prism: { midLevel: 8, weightScale: 1 },
  ipms: { midLevel: 3, weightScale: 100 },
};

export async function built(id: TemplateId, year = 2024) {
  const plan = buildPlan(id, { ...DEFAULT_OPTIONS, example: true, lang: "en", year });
  const wb = new MemoryWorkbook();
  await wb.applyPlan(plan);
  const sheetOf = (key: string) => plan.sheets.find((s) => s.key === key)!.name;
  return {
    plan,
    wb,
    reg: sheetOf("register"),
    ahp: sheetOf("ahp"),
    dashboard: sheetOf("dashboard"),
  };
}

export const cellOf = (
  snapshot: SheetSnapshot,
  row: number,
  col: number,
  what: "values" | "formulas"
) =>
  snapshot[what][row - parseRange(snapshot.address!).top]?.[
    col - parseRange(snapshot.address!).left
  ];

/** A weight link =AHP!$H$12 (or ='AHP'!$H$12) as a cell of the AHP sheet. */
export function linkedCell(formula: Scalar): { row: number; col: number } {
  const m = /!\$?([A-Z]+)\$?(\d+)$/.exec(String(formula));
  if (!m) throw new Error(`not a link: ${String(formula)}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Every AHP.WEIGHTS matrix on the AHP sheet: its corner, size and the column its weights spill down. */
function matrices(ahp: SheetSnapshot) {
  const found: { top: number; left: number; n: number; anchorRow: number; weightCol: number }[] =
    [];
  const { top, left } = parseRange(ahp.address!);
  ahp.formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      const m = /^=AHP\.WEIGHTS\(([A-Z]+\d+):([A-Z]+\d+)\)$/.exec(String(f));
      if (!m) return;
      const a = parseCell(m[1]);
      const b = parseCell(m[2]);
      found.push({
        top: a.row,
        left: a.col,
        n: b.row - a.row + 1,
        anchorRow: top + r,
        weightCol: left + c,
      });
    })
  );
  return found;
}

/** The weight of the AHP cell `at` links to, recomputed from its matrix as the sheet shows it. */
function recomputedWeight(ahp: SheetSnapshot, at: { row: number; col: number }): number {
  const block = matrices(ahp).find(
    (m) => m.weightCol === at.col && at.row >= m.anchorRow && at.row < m.anchorRow + m.n
  );
  if (!block) throw new Error(`no matrix weighs ${cellAddress(at.row, at.col)}`);
  const v = (i: number, j: number) => cellOf(ahp, block.top + i, block.left + j, "values");
  const all = Array.from({ length: block.n }, (_, i) => i);
  // A member is in use when anything is typed in its row or column.
  const members = all.filter((i) => all.some((j) => !isEmpty(v(i, j)) || !isEmpty(v(j, i))));
  const k = members.indexOf(at.row - block.anchorRow);
  if (k < 0) throw new Error(`member ${at.row - block.anchorRow} is not in use`);
  // The upper triangle as typed; the rest by reciprocity.
  const matrix = members.map((i, a) =>
    members.map((j, b) => (a === b ? 1 : a < b ? num(v(i, j)) : 1 / num(v(j, i))))
  );
  return ahpWeights(matrix)[k];
}

/**
 * The index recomputed from the register's typed cells, its weight links, the AHP matrices and the
 * actuals on Tracking (selected period).
 */
export async function recomputedIndex(
  wb: MemoryWorkbook,
  reg: string,
  ahpName: string,
  id: string
) {
  const register = readRegister(await wb.readSheet(reg))!;
  const ahp = await wb.readSheet(ahpName);
  const tracking = await wb.readSheet("Tracking");
  const period = num(value(wb, "Tracking", "C3"));
  const { columns } = register;
  const at = (row: number, col: number) => cellOf(register.snapshot, row, col, "values");
  const first = register.headerRow + 1;
  let index = 0;
  let kpis = 0;
  for (const row of register.rows) {
    if (isEmpty(at(row, columns.code!))) continue;
    kpis++;
    const weight = register.weightParts.reduce(
      (w, col) =>
        w * recomputedWeight(ahp, linkedCell(cellOf(register.snapshot, row, col, "formulas"))),
      SCALE[id].weightScale
    );
    // Tracking's actuals: one row per register row, from row 6, a column per period from E.
    const actual = num(cellOf(tracking, 5 + row - first, 4 + period - 1, "values")!);
    const [l0, lm, l10] = (["worst", "mid", "target"] as const).map((f) =>
      num(at(row, columns[f]!))
    );
    index += omaxLevel(actual, l0, lm, l10, SCALE[id].midLevel) * weight;
  }
  return { index, kpis, register };
}

/** The register's index on its totals line, and the dashboard's. */
export function shownIndexes(wb: MemoryWorkbook, register: KpiRegister, dashboard: string) {
  const total = value(
    wb,
    register.name,
    cellAddress(register.totalRow!, register.columns.weighted!)
  );
  return { register: num(total), dashboard: num(value(wb, dashboard, "B4")) };
}

/** The AHP cells of the member a row of room links to: its diagonal and its judgements. */
export function memberCells(ahp: SheetSnapshot, link: { row: number; col: number }) {
  const block = matrices(ahp).find(
    (m) => m.weightCol === link.col && link.row >= m.anchorRow && link.row < m.anchorRow + m.n
  )!;
  const k = link.row - block.anchorRow;
  const cell = (i: number, j: number) => cellAddress(block.top + i, block.left + j);
  const v = (i: number, j: number) => cellOf(ahp, block.top + i, block.left + j, "values");
  const inUse = Array.from({ length: block.n }, (_, i) => i).filter((i) => v(i, i) === 1);
  return { k, cell, inUse, block };
}
