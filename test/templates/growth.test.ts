/**
 * A register grows: a KPI typed into the register's room for more (the empty rows of its table,
 * whose calculated columns are already there) counts at once on Tracking, on the dashboard and in
 * the index, with nothing else to extend. Checked in the in-memory workbook, which computes every
 * formula as Excel would; the expected index is recomputed from the values before the KPI was added.
 */
import { buildPlan } from "../../src/templates";
import { DEFAULT_OPTIONS } from "../../src/templates/options";
import { registerLayout } from "../../src/templates/register";
import { UMKM_REGISTER } from "../../src/templates/umkm";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { addKpi } from "../../src/taskpane/hooks/useAddToRegister";
import { checkWorkbook } from "../../src/readers/check";
import { newKpi } from "../../src/readers/add-kpi";
import { readRegister } from "../../src/readers/register-reader";
import { cellAddress, columnLetter } from "../../src/sheet/a1";
import type { Scalar } from "../../src/sheet/plan";
import { shown as value, type } from "../helpers/typing";

const num = (v: Scalar): number => {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
};

describe("a KPI typed into the register's room counts everywhere", () => {
  test("UMKM example, monthly: a ninth KPI (weight 10, target 4, actual 5) moves the index as recomputed", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2024 });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const layout = registerLayout(UMKM_REGISTER, 8);
    const at = (field: Parameters<typeof layout.cell>[0], k: number) => layout.cell(field, k);
    const reg = "UMKM KPIs";

    // Before: the index and the weight of the KPIs measured this period, read off the register.
    const before = num(value(wb, "Dashboard", "B4"));
    let measuredWeight = 0;
    for (let k = 0; k < 8; k++)
      if (value(wb, reg, at("achievement", k)) !== "")
        measuredWeight += num(value(wb, reg, at("weightPct", k)));
    const greenBefore = num(value(wb, "Dashboard", "B7"));

    // The owner types a KPI into the first empty row of the table (row 15) …
    const k = 8;
    await type(wb, reg, {
      [at("code", k)]: "K9",
      [at("name", k)]: "Repeat customers",
      [at("group", k)]: "Sales",
      [at("weightPct", k)]: 10,
      [at("priorityClass", k)]: "Important",
      [at("direction", k)]: "higher",
      [at("target", k)]: 4,
      [at("frequency", k)]: "Monthly",
    });
    expect(at("name", k)).toBe("B15");
    // … and its actual on Tracking, in the row beside it, under the selected period.
    const period = num(value(wb, "Tracking", "C3"));
    const trackingRow = 5 + k; // 0-based: the actuals start on row 6
    const actualCell = cellAddress(trackingRow, 4 + period - 1);
    expect(value(wb, "Tracking", `B${trackingRow + 1}`)).toBe("Repeat customers");
    await type(wb, "Tracking", { [actualCell]: 5 });

    // The register's calculated columns score it …
    expect(value(wb, reg, at("actual", k))).toBe(5);
    expect(num(value(wb, reg, at("achievement", k)))).toBeCloseTo(5 / 4, 12);
    expect(value(wb, reg, at("status", k))).toBe("GREEN");
    // … and the index is the weighted mean over the KPIs measured, the new one included.
    const expected = (before * measuredWeight + (5 / 4) * 10) / (measuredWeight + 10);
    expect(num(value(wb, "Dashboard", "B4"))).toBeCloseTo(expected, 12);
    expect(expected).not.toBeCloseTo(before, 3);
    expect(num(value(wb, "Dashboard", "B7"))).toBe(greenBefore + 1);
    // The weights now add up to 110: the register's check says so.
    const totalRow = layout.totalRow + 1;
    expect(value(wb, reg, `${columnLetter(layout.columnOf("weightPct"))}${totalRow}`)).toBe(110);
  });
});

describe("measurement periods: targets converted to one tracking period", () => {
  /** The months a measurement period covers, by its word in either language. */
  const MEASURED: Record<string, number> = {
    Monthly: 1,
    Bulanan: 1,
    Quarterly: 3,
    Triwulanan: 3,
    "Year end": 12,
    "Akhir tahun": 12,
  };
  const TRACKED = { monthly: 1, quarterly: 3, yearly: 12 } as const;

  test.each(["monthly", "quarterly", "yearly"] as const)(
    "UMKM example, %s tracking: target per period = target × tracking ÷ measured months (when longer) for counts, as typed for %%; achievement against it",
    async (periods) => {
      const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en", periods });
      const wb = new MemoryWorkbook();
      await wb.applyPlan(plan);
      const layout = registerLayout(UMKM_REGISTER, 8);
      const cell = (field: Parameters<typeof layout.cell>[0], k: number) =>
        value(wb, "UMKM KPIs", layout.cell(field, k));
      let converted = 0;
      for (let k = 0; k < 8; k++) {
        const target = num(cell("target", k));
        const factor =
          cell("summed", k) === "Yes"
            ? Math.max(1, TRACKED[periods] / MEASURED[String(cell("frequency", k))])
            : 1;
        expect([k, cell("periodTarget", k)]).toEqual([k, target * factor]);
        if (factor !== 1) converted++;
        const actual = cell("actual", k);
        if (actual === "") continue;
        const perPeriod = target * factor;
        const expected =
          cell("direction", k) === "higher" ? num(actual) / perPeriod : perPeriod / num(actual);
        expect(num(cell("achievement", k))).toBeCloseTo(expected, 12);
      }
      // Monthly tracking converts nothing; quarterly the monthly counts; yearly every count.
      expect(converted).toBe({ monthly: 0, quarterly: 1, yearly: 3 }[periods]);
    }
  );

  test("yearly tracking: 2 new customers a month is 24 a year; 24 scores 100 %, 2 scores 8.3 %", async () => {
    const plan = buildPlan("umkm", {
      ...DEFAULT_OPTIONS,
      example: true,
      lang: "en",
      periods: "yearly",
      year: 2024,
    });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const layout = registerLayout(UMKM_REGISTER, 8);
    const k = 1; // Number of new customers: 2 a month
    expect(value(wb, "UMKM KPIs", layout.cell("target", k))).toBe(2);
    expect(value(wb, "UMKM KPIs", layout.cell("periodTarget", k))).toBe(24);
    const period = num(value(wb, "Tracking", "C3"));
    const actualCell = cellAddress(5 + k, 4 + period - 1);
    await type(wb, "Tracking", { [actualCell]: 24 });
    expect(value(wb, "UMKM KPIs", layout.cell("achievement", k))).toBeCloseTo(1, 12);
    await type(wb, "Tracking", { [actualCell]: 2 });
    expect(value(wb, "UMKM KPIs", layout.cell("achievement", k))).toBeCloseTo(2 / 24, 12);
    // The Tracking sheet shows the months its periods cover, which the conversion reads.
    expect(value(wb, "Tracking", "G2")).toBe(12);
  });
});

describe("KPI groups: one visible list the register and the dashboard read", () => {
  test("UMKM example: renaming a group in the list renames it on the dashboard; a fourth group typed in the room gets its own score", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2024 });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const layout = registerLayout(UMKM_REGISTER, 8);
    const groupCol = columnLetter(layout.columnOf("group"));
    const listFirst = layout.totalRow + 4; // 1-based: two rows under the totals, then the header
    expect(value(wb, "UMKM KPIs", `${groupCol}${listFirst}`)).toBe("Sales");
    // The dashboard's group table lists the groups as the list holds them.
    const dashboard = plan.sheets.find((s) => s.key === "dashboard")!;
    const groupLabels = dashboard.cells.filter((c) =>
      (c.formula ?? "").includes(`$${groupCol}$${listFirst}`)
    );
    expect(groupLabels).toHaveLength(1);
    const labelCell = groupLabels[0].address;
    const scoreCell = `B${labelCell.slice(1)}`;
    const salesScore = num(value(wb, "Dashboard", scoreCell));

    // Rename "Sales" in the list and in the register's group cells: the dashboard follows.
    const salesRows = [0, 1, 2, 3].map((k) => layout.cell("group", k));
    await type(wb, "UMKM KPIs", {
      [`${groupCol}${listFirst}`]: "Sales & orders",
      ...Object.fromEntries(salesRows.map((a) => [a, "Sales & orders"])),
    });
    expect(value(wb, "Dashboard", labelCell)).toBe("Sales & orders");
    expect(num(value(wb, "Dashboard", scoreCell))).toBeCloseTo(salesScore, 12);

    // A fourth group in the list's room, and a KPI of it in the register's room.
    await type(wb, "UMKM KPIs", {
      [`${groupCol}${listFirst + 3}`]: "Online shop",
      [layout.cell("code", 8)]: "K9",
      [layout.cell("name", 8)]: "Online orders",
      [layout.cell("group", 8)]: "Online shop",
      [layout.cell("weightPct", 8)]: 5,
      [layout.cell("direction", 8)]: "higher",
      [layout.cell("target", 8)]: 10,
      [layout.cell("frequency", 8)]: "Monthly",
    });
    const period = num(value(wb, "Tracking", "C3"));
    await type(wb, "Tracking", { [cellAddress(5 + 8, 4 + period - 1)]: 8 });
    const fourth = `B${Number(labelCell.slice(1)) + 3}`;
    expect(value(wb, "Dashboard", `A${Number(labelCell.slice(1)) + 3}`)).toBe("Online shop");
    expect(num(value(wb, "Dashboard", fourth))).toBeCloseTo(8 / 10, 12);
    // The register's group cells offer the list as a drop-down.
    const validation = plan.sheets[0].validations!.find((v) => v.range.startsWith(groupCol));
    expect(validation).toMatchObject({
      type: "list",
      source: `=$${groupCol}$${listFirst}:$${groupCol}$${listFirst + 7}`,
    });
  });
});

describe("the dashboard says what its index covers", () => {
  test.each(["en", "id"] as const)(
    "UMKM example, quarterly (%s): index of the KPIs measured this period, n of N, x %% of the weight",
    async (lang) => {
      const plan = buildPlan("umkm", {
        ...DEFAULT_OPTIONS,
        example: true,
        lang,
        periods: "quarterly",
      });
      const wb = new MemoryWorkbook();
      await wb.applyPlan(plan);
      const layout = registerLayout(UMKM_REGISTER, 8);
      const sheetName = plan.sheets[0].name;
      // The third quarter: the year-end KPIs are not measured yet.
      const tracking = plan.sheets[1].name;
      await type(wb, tracking, { C2: value(wb, tracking, "G5") });
      expect(value(wb, tracking, "C3")).toBe(3);
      let n = 0;
      let weight = 0;
      for (let k = 0; k < 8; k++) {
        if (typeof value(wb, sheetName, layout.cell("achievement", k)) !== "number") continue;
        n++;
        weight += num(value(wb, sheetName, layout.cell("weightPct", k)));
      }
      expect(n).toBeLessThan(8);
      const share = `${Math.round(weight)}%`;
      expect(value(wb, plan.sheets[2].name, "C4")).toBe(
        lang === "en"
          ? `Index of the KPIs measured this period: ${n} of 8, ${share} of the weight.`
          : `Indeks dari KPI yang terukur periode ini: ${n} dari 8 KPI, ${share} dari bobot.`
      );
    }
  );

  test("IPMS example, monthly: the change against the previous period is on the dashboard, as recomputed from the indexes by period, with the baseline 300", async () => {
    const plan = buildPlan("ipms", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2024 });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const dashboard = plan.sheets.find((s) => s.key === "dashboard")!.name;
    const period = num(value(wb, "Tracking", "C3"));
    // The index by period, read off the dashboard's trend table (period labels in A).
    const first = value(wb, "Tracking", "E5");
    const trend = wb.snapshot(dashboard).cells.findIndex((row) => row[0]?.value === first);
    const indexOf = (p: number) => num(value(wb, dashboard, `B${trend + p}`));
    const previous = period === 1 ? 300 : indexOf(period - 1);
    const expected = (indexOf(period) - previous) / previous;
    expect(value(wb, dashboard, "A6")).toBe("Change against the previous period");
    expect(num(value(wb, dashboard, "B6"))).toBeCloseTo(expected, 12);
    expect(value(wb, dashboard, "C6")).toBe(
      "The first period is compared with the baseline index 300 (every KPI at its baseline level)."
    );
  });
});

describe("Add KPI, the pane's action", () => {
  test("UMKM example: K9 in the first empty row (its name selected), counted once weight, target and actual are typed", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "id", year: 2024 });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const reg = plan.sheets[0].name;
    const dashboard = plan.sheets[2].name;
    const tracking = plan.sheets[1].name;
    const before = num(value(wb, dashboard, "B4"));
    const kpisBefore = num(value(wb, dashboard, "B10")) + 0; // not measured: 0 in the example
    expect(kpisBefore).toBe(0);

    const outcome = await addKpi(wb, reg);
    expect(outcome.intent).toBe("success");
    const layout = registerLayout(UMKM_REGISTER, 8);
    expect((await wb.getSelection()).address).toBe(layout.cell("name", 8));
    expect(
      ["code", "name", "group", "direction", "frequency", "summed"].map((f) =>
        value(wb, reg, layout.cell(f as never, 8))
      )
    ).toEqual(["K9", "", "Produksi", "makin tinggi makin baik", "Akhir tahun", "Tidak"]);
    // Tracking already lists it, and the dashboard counts it as not measured yet.
    expect(value(wb, tracking, "A14")).toBe("K9");
    expect(value(wb, dashboard, "B10")).toBe(1);

    await type(wb, reg, {
      [layout.cell("name", 8)]: "Pelanggan kembali",
      [layout.cell("weightPct", 8)]: 10,
      [layout.cell("target", 8)]: 4,
    });
    const period = num(value(wb, tracking, "C3"));
    await type(wb, tracking, { [cellAddress(5 + 8, 4 + period - 1)]: 5 });
    let measuredWeight = 0;
    for (let k = 0; k < 8; k++)
      if (value(wb, reg, layout.cell("achievement", k)) !== "")
        measuredWeight += num(value(wb, reg, layout.cell("weightPct", k)));
    const expected = (before * measuredWeight + (5 / 4) * 10) / (measuredWeight + 10);
    expect(num(value(wb, dashboard, "B4"))).toBeCloseTo(expected, 12);
    expect(value(wb, dashboard, "B10")).toBe(0);
  });
});

describe("a register that grows past its room (UMKM: Tracking has rows for 40 KPIs)", () => {
  const reg = "UMKM KPIs";
  const layout = registerLayout(UMKM_REGISTER, 8);
  const at = (field: Parameters<typeof layout.cell>[0], k: number) => layout.cell(field, k);

  /** The UMKM example (English, monthly) with its ten empty rows filled: K9…K18, weight 1 each, unmeasured. */
  async function roomUsedUp(): Promise<MemoryWorkbook> {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2024 });
    const wb = new MemoryWorkbook();
    await wb.applyPlan(plan);
    const cells: Record<string, Scalar> = {};
    for (let k = 8; k < 18; k++) {
      cells[at("code", k)] = `K${k + 1}`;
      cells[at("name", k)] = `Room KPI ${k + 1}`;
      cells[at("group", k)] = "Sales";
      cells[at("weightPct", k)] = 1;
      cells[at("direction", k)] = "higher";
      cells[at("target", k)] = 10;
      cells[at("frequency", k)] = "Monthly";
    }
    await type(wb, reg, cells);
    return wb;
  }

  /** The index before, and the weight of the KPIs measured this period, read off the register. */
  function measured(wb: MemoryWorkbook): { index: number; weight: number } {
    let weight = 0;
    for (let k = 0; k < 18; k++)
      if (value(wb, reg, at("achievement", k)) !== "")
        weight += num(value(wb, reg, at("weightPct", k)));
    return { index: num(value(wb, "Dashboard", "B4")), weight };
  }

  test("UMKM example, monthly: a 19th KPI in a row added under the full table (Tab in its last cell) gets Tracking row 24; its actual 5 against 4 (weight 10) moves the index as recomputed", async () => {
    const wb = await roomUsedUp();
    const before = measured(wb);
    const greenBefore = num(value(wb, "Dashboard", "B7"));
    // The table ends on row 24, the totals line under it; the owner adds a row to the table.
    expect(value(wb, reg, "B25")).toBe("Total");
    await wb.addTableRow(reg, "B24", []);
    await type(wb, reg, {
      A25: "K19",
      B25: "Repeat customers",
      C25: "Sales",
      D25: 10,
      H25: "higher",
      I25: 4,
      J25: "Monthly",
    });
    // The totals line moved down a row and covers the new KPI; the calculated columns are there.
    expect(value(wb, reg, "B26")).toBe("Total");
    expect(value(wb, reg, "D26")).toBe(100 + 10 * 1 + 10);
    expect(value(wb, reg, "L25")).toBe(4);
    // Tracking lists it on its 19th KPI row (row 24), by position in the register's table.
    expect(value(wb, "Tracking", "A24")).toBe("K19");
    expect(value(wb, "Tracking", "B24")).toBe("Repeat customers");
    expect(value(wb, "Tracking", "B25")).toBe("");
    const period = num(value(wb, "Tracking", "C3"));
    await type(wb, "Tracking", { [cellAddress(23, 4 + period - 1)]: 5 });
    expect(value(wb, reg, "M25")).toBe(5);
    expect(num(value(wb, reg, "N25"))).toBeCloseTo(5 / 4, 12);
    const expected = (before.index * before.weight + (5 / 4) * 10) / (before.weight + 10);
    expect(expected).not.toBeCloseTo(before.index, 3);
    expect(num(value(wb, "Dashboard", "B4"))).toBeCloseTo(expected, 9);
    expect(num(value(wb, "Dashboard", "B7"))).toBe(greenBefore + 1);
    // The checker finds every KPI on Tracking.
    const findings = checkWorkbook(await wb.readSheets(), "en");
    expect(findings.filter((f) => f.rule === "tracking-missing")).toEqual([]);
  });

  test("UMKM example, monthly: Add KPI with the room used up adds K19 in a row of its own under the table, counted once weight, target and actual are typed", async () => {
    const wb = await roomUsedUp();
    const before = measured(wb);
    const outcome = await addKpi(wb, reg);
    expect(outcome.intent).toBe("success");
    expect((await wb.getSelection()).address).toBe("B25");
    expect(["A25", "B25", "C25", "H25", "J25"].map((a) => value(wb, reg, a))).toEqual([
      "K19",
      "", // the name cell, selected, prompts for the name
      "Sales",
      "higher",
      "Monthly",
    ]);
    expect(value(wb, reg, "B26")).toBe("Total");
    expect(value(wb, "Tracking", "A24")).toBe("K19");
    await type(wb, reg, { D25: 10, I25: 4 });
    const period = num(value(wb, "Tracking", "C3"));
    await type(wb, "Tracking", { [cellAddress(23, 4 + period - 1)]: 5 });
    const expected = (before.index * before.weight + (5 / 4) * 10) / (before.weight + 10);
    expect(num(value(wb, "Dashboard", "B4"))).toBeCloseTo(expected, 9);
  });

  test("UMKM example, room used up: where the workbook has no tables (Google Sheets) Add KPI finds no room; in Excel and the memory workbook it adds row 25", async () => {
    const wb = await roomUsedUp();
    const register = readRegister(await wb.readSheet(reg))!;
    expect(register.room).toEqual([]);
    expect(newKpi(register, undefined, false)).toEqual({ kind: "noRoom" });
    const grown = newKpi(register, undefined, true);
    expect(grown).toMatchObject({ kind: "added", row: 24, address: "B25", growsFrom: "B24" });
    // The new row's cells are empty once the table has gained it.
    if (grown.kind === "added") expect(grown.changes.every((c) => c.from === "")).toBe(true);
  });

  test("UMKM example: a register grown to 41 KPIs is flagged for the one KPI Tracking has no row for", async () => {
    const wb = await roomUsedUp();
    for (let n = 0; n < 23; n++) {
      const row = 25 + n; // 1-based: the new row, where the totals line was
      await wb.addTableRow(reg, `B${row - 1}`, [
        { address: `A${row}`, from: "", to: `K${19 + n}` },
        { address: `B${row}`, from: "", to: `Grown KPI ${19 + n}` },
      ]);
    }
    expect(value(wb, "Tracking", "B45")).toBe("Grown KPI 40");
    const findings = checkWorkbook(await wb.readSheets(), "en");
    expect(findings.filter((f) => f.rule === "tracking-missing").map((f) => f.address)).toEqual([
      "A47",
    ]);
  });
});
