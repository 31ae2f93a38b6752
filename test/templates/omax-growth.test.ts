/**
 * An OMAX register grows within its groups: each KPI block keeps rows of room in the register and
 * spare members in its AHP matrix, so a KPI added there — by the pane's Add KPI or typed by hand —
 * counts at once in the index. Checked in the in-memory workbook, which computes every formula as
 * Excel would, against an independent recomputation from the cells as typed (test/helpers/omax-room.ts).
 */
import type { WorkbookPort } from "../../src/workbook/port";
import { addKpi } from "../../src/taskpane/hooks/useAddToRegister";
import { readRegister } from "../../src/readers/register-reader";
import { checkWorkbook } from "../../src/readers/check";
import { cellAddress, parseCell } from "../../src/sheet/a1";
import type { Scalar, TemplateId } from "../../src/sheet/plan";
import {
  SCALE,
  built,
  cellOf,
  linkedCell,
  memberCells,
  num,
  recomputedIndex,
  shownIndexes,
} from "../helpers/omax-room";
import { shown as value, type } from "../helpers/typing";

const TEMPLATES: { id: TemplateId; group: string; code: RegExp }[] = [
  { id: "bsc", group: "Customer", code: /^C\d+$/ },
  { id: "prism", group: "Customer", code: /^C-\d+$/ },
  { id: "ipms", group: "Employees", code: /^K\d+$/ },
];

describe.each(TEMPLATES)("$id example (English, monthly) grows within a group", ({ id, group }) => {
  test(`Add KPI in the group of the selected KPI (${group}): the next code, its AHP member at equal judgements; with name, anchors and an actual, the index is as recomputed`, async () => {
    const { wb, reg, ahp, dashboard } = await built(id);
    const before = await recomputedIndex(wb, reg, ahp, id);
    expect(shownIndexes(wb, before.register, dashboard).register).toBeCloseTo(before.index, 9);
    const { columns } = before.register;
    const groupOf = (row: number) =>
      cellOf(before.register.snapshot, row, columns.group!, "values");
    const selected = before.register.rows.find((row) => groupOf(row) === group)!;
    const groupCodes = before.register.rows
      .filter((row) => groupOf(row) === group)
      .map((row) => String(cellOf(before.register.snapshot, row, columns.code!, "values")));
    await wb.goTo(reg, cellAddress(selected, columns.name!));

    const outcome = await addKpi(wb, reg);
    expect(outcome.intent).toBe("success");
    const roomRow = before.register.room.find((row) => groupOf(row) === group)!;
    expect((await wb.getSelection()).address).toBe(cellAddress(roomRow, columns.name!));
    // The next code of the group: its prefix, one past the highest number of that prefix.
    const code = String(value(wb, reg, cellAddress(roomRow, columns.code!)));
    const [, prefix, digits] = /^(.*?)(\d+)$/.exec(groupCodes[groupCodes.length - 1])!;
    const highest = Math.max(
      ...before.register.rows
        .map((row) => String(cellOf(before.register.snapshot, row, columns.code!, "values")))
        .filter((c) => c.startsWith(prefix) && /^\d+$/.test(c.slice(prefix.length)))
        .map((c) => Number(c.slice(prefix.length)))
    );
    expect(code).toBe(`${prefix}${String(highest + 1).padStart(digits.length, "0")}`);
    // Its AHP member: 1 on the diagonal and against every member in use.
    const link = linkedCell(
      cellOf(before.register.snapshot, roomRow, columns.localWeight!, "formulas")
    );
    const ahpAfter = await wb.readSheet(ahp);
    const { k, cell, inUse } = memberCells(ahpAfter, link);
    expect(inUse).toContain(k);
    for (const i of inUse) expect(value(wb, ahp, cell(Math.min(i, k), Math.max(i, k)))).toBe(1);
    // No name typed for the owner: the cell selected is empty.
    expect(value(wb, reg, cellAddress(roomRow, columns.name!))).toBe("");

    // The owner names it, sets its anchors (higher is better) and types this period's actual.
    const mid = SCALE[id].midLevel === 8 ? 90 : 50;
    await type(wb, reg, {
      [cellAddress(roomRow, columns.name!)]: "Complaints answered in a day",
      [cellAddress(roomRow, columns.worst!)]: 20,
      [cellAddress(roomRow, columns.mid!)]: mid,
      [cellAddress(roomRow, columns.target!)]: 100,
    });
    const period = num(value(wb, "Tracking", "C3"));
    const first = before.register.headerRow + 1;
    await type(wb, "Tracking", { [cellAddress(5 + roomRow - first, 4 + period - 1)]: 75 });

    const after = await recomputedIndex(wb, reg, ahp, id);
    expect(after.kpis).toBe(before.kpis + 1);
    const shown = shownIndexes(wb, after.register, dashboard);
    expect(Math.abs(shown.register - after.index)).toBeLessThan(1e-9);
    expect(Math.abs(shown.dashboard - after.index)).toBeLessThan(1e-9);
    expect(Math.abs(after.index - before.index)).toBeGreaterThan(1e-3);
    // The weights still add up: the group's block shares its weight among one more KPI.
    const totalWeight = value(
      wb,
      reg,
      cellAddress(after.register.totalRow!, columns.globalWeight!)
    );
    expect(Math.abs(num(totalWeight) - SCALE[id].weightScale)).toBeLessThan(1e-9);
  });

  test(`a KPI typed by hand into a row of room of ${group}, its AHP member judged there: the index is as recomputed, and the checker flags nothing about it`, async () => {
    const { wb, reg, ahp, dashboard } = await built(id);
    const register = readRegister(await wb.readSheet(reg))!;
    const { columns } = register;
    const groupOf = (row: number) => cellOf(register.snapshot, row, columns.group!, "values");
    const roomRow = register.room.filter((row) => groupOf(row) === group)[1];
    const link = linkedCell(cellOf(register.snapshot, roomRow, columns.localWeight!, "formulas"));
    const { k, cell, inUse } = memberCells(await wb.readSheet(ahp), link);

    // Before its judgements: a checker run finds nothing on the rows of room.
    const quiet = checkWorkbook(await wb.readSheets(), "en");
    expect(quiet.filter((f) => f.sheet === reg && parseCell(f.address).row === roomRow)).toEqual(
      []
    );

    await type(wb, reg, {
      [cellAddress(roomRow, columns.code!)]: "X1",
      [cellAddress(roomRow, columns.name!)]: "Training hours per employee",
      [cellAddress(roomRow, columns.worst!)]: 100,
      [cellAddress(roomRow, columns.mid!)]: 60,
      [cellAddress(roomRow, columns.target!)]: 10,
    });
    // Typed without its judgements: the checker says it has no weight.
    const unweighted = checkWorkbook(await wb.readSheets(), "en");
    expect(
      unweighted.some(
        (f) =>
          f.rule === "weight-missing" && f.sheet === reg && parseCell(f.address).row === roomRow
      )
    ).toBe(true);

    // The member's diagonal, and judgements against the members in use: 2, then 1/3 (=1/3) …
    const judgements: Record<string, Scalar> = { [cell(k, k)]: 1 };
    inUse.forEach((i, n) => {
      judgements[cell(Math.min(i, k), Math.max(i, k))] = n % 2 === 0 ? 2 : "=1/3";
    });
    await type(wb, ahp, judgements);
    const period = num(value(wb, "Tracking", "C3"));
    const first = register.headerRow + 1;
    await type(wb, "Tracking", { [cellAddress(5 + roomRow - first, 4 + period - 1)]: 35 });

    const after = await recomputedIndex(wb, reg, ahp, id);
    const shown = shownIndexes(wb, after.register, dashboard);
    expect(Math.abs(shown.register - after.index)).toBeLessThan(1e-9);
    expect(Math.abs(shown.dashboard - after.index)).toBeLessThan(1e-9);
    const findings = checkWorkbook(await wb.readSheets(), "en");
    expect(
      findings.filter(
        (f) =>
          ["weight-missing", "tracking-missing", "error-values", "formula-replaced"].includes(
            f.rule
          ) && f.sheet === reg
      )
    ).toEqual([]);
  });
});

describe("Add KPI refuses what changed meanwhile, and stops when the room is full", () => {
  test("BSC example: a judgement typed on the AHP sheet between the read and the write leaves every cell as it was", async () => {
    const { wb, reg, ahp } = await built("bsc");
    const register = readRegister(await wb.readSheet(reg))!;
    const roomRow = register.room[0];
    const link = linkedCell(
      cellOf(register.snapshot, roomRow, register.columns.localWeight!, "formulas")
    );
    const { k, cell } = memberCells(await wb.readSheet(ahp), link);
    const meddled = cell(0, k);
    // The owner types a judgement just before Add KPI writes.
    const port = new Proxy(wb, {
      get(target, prop, receiver) {
        if (prop === "replaceCellsOnSheets")
          return async (changes: Parameters<WorkbookPort["replaceCellsOnSheets"]>[0]) => {
            await type(target, ahp, { [meddled]: 3 });
            return target.replaceCellsOnSheets(changes);
          };
        const member = Reflect.get(target, prop, receiver) as unknown;
        return typeof member === "function" ? member.bind(target) : member;
      },
    });
    const registerBefore = await wb.readSheet(reg);
    await expect(addKpi(port, reg)).rejects.toMatchObject({
      problem: { code: "cellChanged", sheet: ahp },
    });
    // What the register holds is as it was (what it shows follows the owner's judgement).
    expect((await wb.readSheet(reg)).formulas).toEqual(registerBefore.formulas);
    // On the AHP sheet only the owner's judgement: not the member's diagonal.
    expect(value(wb, ahp, meddled)).toBe(3);
    expect(value(wb, ahp, cell(k, k))).toBe("");
  });

  test("BSC example: eight KPIs fill the eight rows of room (two per perspective); a ninth writes nothing and says so", async () => {
    const { wb, reg } = await built("bsc");
    const codes: string[] = [];
    for (let n = 0; n < 8; n++) {
      const outcome = await addKpi(wb, reg);
      expect(outcome.intent).toBe("success");
      const { address } = await wb.getSelection();
      codes.push(String(value(wb, reg, cellAddress(parseCell(address).row, 0))));
    }
    expect(codes).toEqual(["F4", "F5", "C4", "C5", "B2", "B3", "L4", "L5"]);
    const before = await wb.readSheet(reg);
    const outcome = await addKpi(wb, reg);
    expect(outcome.intent).toBe("warning");
    expect(await wb.readSheet(reg)).toEqual(before);
  });
});
