/**
 * "Add to register": catalogue KPIs go into free rows (the name still empty) of their own group, in the
 * sheet's language; rows the user filled are never touched; what did not fit is reported.
 */
import { buildPlan } from "../../src/templates";
import { placeKpis } from "../../src/readers/catalogue-fill";
import { KPI_CATALOGUE } from "../../src/templates/data/catalogue";
import type { CatalogueKpi } from "../../src/templates/data/types";
import type { TemplateOptions } from "../../src/templates/options";
import type { TemplateId } from "../../src/sheet/plan";
import { findRegister, isUnnamed } from "../../src/readers/register-reader";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { addKpi } from "../../src/taskpane/hooks/useAddToRegister";

const options = (over: Partial<TemplateOptions> = {}): TemplateOptions => ({
  example: false,
  lang: "id",
  periods: "quarterly",
  year: 2026,
  kpisPerGroup: 2,
  ...over,
});

const kpi = (id: string): CatalogueKpi => {
  const found = KPI_CATALOGUE.find((k) => k.id === id);
  if (!found) throw new Error(`no catalogue KPI ${id}`);
  return found;
};

async function workbook(id: TemplateId, over: Partial<TemplateOptions> = {}) {
  const wb = new MemoryWorkbook();
  await wb.applyPlan(buildPlan(id, options(over)));
  const register = async () => {
    const snapshots = await Promise.all(wb.sheetNames.map((name) => wb.readSheet(name)));
    return findRegister(snapshots)!;
  };
  return { wb, register };
}

const FINANCIAL = [
  "scor-supply-chain-management-cost",
  "scor-cost-to-plan",
  "scor-cost-to-source",
].map(kpi);
const CUSTOMER = kpi("scor-perfect-order-fulfilment");

describe("a free row is one whose name is empty", () => {
  test.each([
    ["", true],
    [null, true],
    ["   ", true],
    ["KPI 3", false],
    ["Omzet", false],
    [42, false],
  ] as const)("the name %p: free %p", (name, expected) => {
    expect(isUnnamed(name)).toBe(expected);
  });
});

describe("Balanced Scorecard, 2 KPIs per perspective", () => {
  test("three financial KPIs and one customer KPI: F1, F2 and C1 filled, the third financial did not fit (the rows of room are Add KPI's)", async () => {
    const { wb, register } = await workbook("bsc");
    const reg = await register();
    const result = placeKpis(reg, [...FINANCIAL, CUSTOMER], "id");
    expect(result.placed).toBe(3);
    expect(result.notPlaced).toEqual([FINANCIAL[2]]);
    expect(result.alreadyListed).toEqual([]);
    expect(result.placements.map((p) => [p.kpi.id, p.address])).toEqual([
      [FINANCIAL[0].id, "D7"],
      [FINANCIAL[1].id, "D8"],
      [CUSTOMER.id, "D11"],
    ]);
    // Name and unit; OMAX derives the direction from the anchors, so no direction is written.
    expect(result.changes).toEqual([
      { address: "D7", from: "", to: "Biaya manajemen rantai pasok" },
      { address: "E7", from: "", to: "Rp" },
      { address: "D8", from: "", to: "Biaya perencanaan" },
      { address: "E8", from: "", to: "Rp" },
      { address: "D11", from: "", to: "Pemenuhan pesanan sempurna" },
      { address: "E11", from: "", to: "%" },
    ]);

    await wb.replaceCells(reg.name, result.changes);
    const tracking = await wb.readSheet("Pelacakan");
    expect(tracking.values[5][1]).toBe("Biaya manajemen rantai pasok"); // Tracking reads the register

    // Placing again: the filled rows are no longer free, the KPIs are already listed.
    const again = placeKpis(await register(), [...FINANCIAL, CUSTOMER], "id");
    expect(again.placed).toBe(0);
    expect(again.alreadyListed.map((k) => k.id)).toEqual([
      FINANCIAL[0].id,
      FINANCIAL[1].id,
      CUSTOMER.id,
    ]);
    expect(again.notPlaced).toEqual([FINANCIAL[2]]);
  });

  test("an English sheet gets English names and units whatever the pane's language", async () => {
    const { register } = await workbook("bsc", { lang: "en" });
    const complaints = kpi("kp-customer-complaints");
    const result = placeKpis(await register(), [complaints], "id");
    expect(result.changes).toEqual([
      { address: "D11", from: "", to: complaints.name.en },
      { address: "E11", from: "", to: "items" },
    ]);
  });

  test("a register read from its sheet's snapshot works the same; a sheet without one places nothing", async () => {
    const { wb, register } = await workbook("bsc");
    const fromSnapshot = placeKpis(await wb.readSheet("BSC"), [CUSTOMER], "id");
    expect(fromSnapshot.changes).toEqual(placeKpis(await register(), [CUSTOMER], "id").changes);
    const none = placeKpis(await wb.readSheet("Sheet1"), [CUSTOMER], "id");
    expect(none).toMatchObject({ placed: 0, changes: [], notPlaced: [CUSTOMER] });
  });
});

describe("UMKM, 2 KPIs per group", () => {
  test("a row the user filled is never touched; KPIs go to their group; direction and unit in the sheet's words", async () => {
    const { wb, register } = await workbook("umkm");
    // The owner typed a KPI of their own in K1 (row 7) and a unit in K3's row.
    await wb.replaceCells("KPI UMKM", [
      { address: "B7", from: "", to: "Omzet harian" },
      { address: "G9", from: null, to: "lembar" },
    ]);
    const orders = kpi("umkm-order-count");
    const customers = kpi("umkm-new-customers");
    const waste = kpi("umkm-waste-reduction");
    const complaints = kpi("kp-customer-complaints"); // no UMKM group: any free row
    const result = placeKpis(
      await register(),
      [orders, customers, waste, complaints, orders],
      "id"
    );

    expect(result.placements.map((p) => [p.kpi.id, p.address])).toEqual([
      [orders.id, "B8"],
      [complaints.id, "B9"],
      [waste.id, "B11"],
    ]);
    expect(result.notPlaced).toEqual([customers]); // the sales group's only free row went to orders
    expect(result.changes).toEqual([
      { address: "B8", from: "", to: "Jumlah order" },
      { address: "G8", from: "", to: "%" },
      { address: "B9", from: "", to: "Keluhan pelanggan" },
      // G9 holds the owner's "lembar": left alone
      { address: "H9", from: "makin tinggi makin baik", to: "makin rendah makin baik" },
      { address: "B11", from: "", to: "Pengurangan limbah" },
      { address: "G11", from: "", to: "%" },
    ]);
    await wb.replaceCells("KPI UMKM", result.changes);
    const sheet = await wb.readSheet("KPI UMKM");
    expect(sheet.values.slice(6, 11).map((row) => [row[1], row[6], row[7]])).toEqual([
      ["Omzet harian", "", "makin tinggi makin baik"],
      ["Jumlah order", "%", "makin tinggi makin baik"],
      ["Keluhan pelanggan", "lembar", "makin rendah makin baik"],
      ["", "", "makin tinggi makin baik"],
      ["Pengurangan limbah", "%", "makin tinggi makin baik"],
    ]);
  });

  test("the example (every row named) has no room: nothing is written and its own KPIs count as listed", async () => {
    const { register } = await workbook("umkm", { example: true, lang: "en" });
    const result = placeKpis(await register(), [kpi("umkm-new-customers"), CUSTOMER], "en");
    expect(result).toMatchObject({ placed: 0, changes: [], notPlaced: [CUSTOMER] });
    expect(result.alreadyListed.map((k) => k.id)).toEqual(["umkm-new-customers"]);
  });

  test("the example after Add KPI: K9's row (code written, name empty) is free and takes the KPI", async () => {
    const { wb, register } = await workbook("umkm", { example: true, lang: "en" });
    const sheet = (await register()).name;
    const added = await addKpi(wb, sheet);
    expect(added.intent).toBe("success");
    const selected = (await wb.getSelection()).address;
    expect(selected).toBe("B15"); // the name cell of row 15, the first row of room
    const complaints = kpi("kp-customer-complaints"); // no UMKM group: any free row
    const result = placeKpis(await register(), [complaints], "en");
    expect(result.placements.map((p) => [p.kpi.id, p.address])).toEqual([
      [complaints.id, selected],
    ]);
    expect(result.changes[0]).toEqual({ address: "B15", from: "", to: complaints.name.en });
  });

  test("the write is refused, and nothing changes, if the owner edits a target cell in between", async () => {
    const { wb, register } = await workbook("umkm");
    const result = placeKpis(await register(), [kpi("umkm-order-count")], "id");
    await wb.replaceCells("KPI UMKM", [{ address: "B7", from: "", to: "Omzet" }]);
    await expect(wb.replaceCells("KPI UMKM", result.changes)).rejects.toThrow(
      `cell B7 on sheet 'KPI UMKM' no longer holds nothing (it holds "Omzet"); nothing was changed`
    );
    expect((await wb.readSheet("KPI UMKM")).values[6][6]).toBe("");
  });
});

describe("stakeholder registers", () => {
  test.each(["prism", "ipms"] as const)(
    "%s: an investor KPI goes to an investor row, a KPI without a stakeholder to the first free row",
    async (id) => {
      const { register } = await workbook(id, { kpisPerGroup: 1 });
      const reg = await register();
      const investor = kpi("ipms-current-ratio");
      const noStakeholder = CUSTOMER;
      const result = placeKpis(reg, [noStakeholder, investor], "id");
      expect(result.placed).toBe(2);
      const groupOf = (row: number) => reg.snapshot.values[row][1];
      const placedInvestor = result.placements.find((p) => p.kpi === investor)!;
      expect(groupOf(placedInvestor.row)).toMatch(/^(Investor|Penanam Modal)/);
      const placedOther = result.placements.find((p) => p.kpi === noStakeholder)!;
      expect(placedOther.row).toBe(reg.rows.find((row) => row !== placedInvestor.row));
      expect(result.changes.find((c) => c.address === placedInvestor.address)!.to).toBe(
        "Current Ratio (rasio lancar)"
      );
    }
  );
});
