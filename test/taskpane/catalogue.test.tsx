import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import {
  catalogueReducer,
  filterCatalogue,
  INITIAL_CATALOGUE,
  kpiDetails,
  kpisOf,
  NO_FILTER,
  PAGE,
  STUDIES,
  sourceText,
  type CatalogueAction,
} from "../../src/taskpane/catalogue/model";
import { HEAD_ROWS, QUIET_MS } from "../../src/taskpane/hooks/useAddToRegister";
import { buildPlan } from "../../src/templates";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { SheetHead } from "../../src/sheet/snapshot";
import { shownContent, WorkbookError } from "../../src/workbook/port";
import { messageOf } from "../../src/taskpane/port-context";
import { settle } from "./render";
import { STRINGS, languageOf } from "../../src/taskpane/strings";
import { KPI_CATALOGUE } from "../../src/templates/data/catalogue";
import { fakePort } from "./fake-port";
import { renderPane } from "./render";

const BOTH = [STRINGS.en, STRINGS.id];
const ids = (query: Partial<typeof NO_FILTER>) =>
  filterCatalogue({ ...NO_FILTER, ...query }, BOTH).map((k) => k.id);

/** Waits until the workbook has been quiet long enough for the register list to be read again. */
async function quiet(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS + 50));
  });
  await settle();
}

/** The blank UMKM plan (monthly, 2026, 2 KPIs per group) in a language. */
const blankUmkm = (lang: "id" | "en") =>
  buildPlan("umkm", { example: false, lang, periods: "monthly", year: 2026, kpisPerGroup: 2 });

/** A blank UMKM scorecard built in memory, and its sheets' first rows (Sheet1, then the plan's). */
async function builtUmkm(): Promise<{ workbook: MemoryWorkbook; heads: SheetHead[] }> {
  const workbook = new MemoryWorkbook();
  await workbook.applyPlan(blankUmkm("en"));
  return { workbook, heads: await workbook.readSheetHeads(HEAD_ROWS) };
}

const registerOptions = () =>
  within(screen.getByRole("combobox", { name: "Register to fill" }))
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("catalogue search", () => {
  test("a name matches in either language", () => {
    expect(ids({ query: "perfect order" })).toContain("scor-perfect-order-fulfilment");
    expect(ids({ query: "pesanan sempurna" })).toContain("scor-perfect-order-fulfilment");
  });

  test("perspective/stakeholder, unit, direction and source are searched too", () => {
    const byPerspective = filterCatalogue({ ...NO_FILTER, query: "keuangan" }, BOTH);
    expect(byPerspective.length).toBeGreaterThan(0);
    expect(
      filterCatalogue({ ...NO_FILTER, query: "rupiah Rp" }, BOTH).every((k) => k.unit === "Rp")
    ).toBe(true);
    // "Keebler (2009)" is the source of 36 KPIs of Ithrisa's thesis.
    expect(filterCatalogue({ ...NO_FILTER, query: "Keebler 2009" }, BOTH).map((k) => k.id)).toEqual(
      KPI_CATALOGUE.filter((k) => k.source.includes("Keebler & Plank, 2009")).map((k) => k.id)
    );
    expect(ids({ query: "lower is better" }).length).toBe(
      KPI_CATALOGUE.filter((k) => k.direction === "lower").length
    );
  });

  test("filters: perspective, stakeholder, seed and direction combine", () => {
    const financial = filterCatalogue({ ...NO_FILTER, group: "p:financial" }, BOTH);
    expect(financial.length).toBeGreaterThan(0);
    expect(financial.every((k) => k.perspective === "financial")).toBe(true);
    const employees = filterCatalogue(
      { ...NO_FILTER, group: "s:employee", direction: "higher" },
      BOTH
    );
    expect(employees.every((k) => k.stakeholder === "employee" && k.direction === "higher")).toBe(
      true
    );
    expect(STUDIES).toEqual([
      "Ithrisa 2020",
      "Arianto & Partiwi",
      "Universitas Tarumanagara 2020",
      "Susetyo",
    ]);
    expect(
      filterCatalogue({ ...NO_FILTER, study: "Universitas Tarumanagara 2020" }, BOTH).every((k) =>
        k.source.startsWith("Universitas Tarumanagara 2020, ")
      )
    ).toBe(true);
  });

  test("details line: perspective, unit in the pane's language, direction, source", () => {
    const kpi = KPI_CATALOGUE.find((k) => k.id === "scor-perfect-order-fulfilment")!;
    expect(kpi.source).toBe("Ithrisa 2020, Tabel 1 (Lu et al., 2016)");
    expect(kpiDetails(kpi, "en", STRINGS.en)).toBe(
      "Customer · Unit: % · ↑ higher · Ithrisa 2020, Table 1 (Lu et al., 2016)"
    );
    expect(kpiDetails(kpi, "id", STRINGS.id)).toBe(
      "Pelanggan · Satuan: % · ↑ tinggi · Ithrisa 2020, Tabel 1 (Lu et al., 2016)"
    );
  });
});

describe("sources by name, not by internal seed number", () => {
  test("every KPI's source line names its case study; nothing says “Seed”", () => {
    for (const kpi of KPI_CATALOGUE) {
      for (const s of BOTH) {
        expect(sourceText(kpi, s)).not.toMatch(/seed/i);
        expect(kpiDetails(kpi, "en", s)).not.toMatch(/seed/i);
      }
    }
    const petro = KPI_CATALOGUE.find((k) => k.id.startsWith("prism-"))!;
    expect(sourceText(petro, STRINGS.en)).toMatch(/^Arianto & Partiwi, /);
    // The case study's name is searched too.
    expect(ids({ query: "Petrokimia" })).toEqual(ids({ study: "Arianto & Partiwi" }));
    expect(ids({ query: "Tarumanagara" })).toEqual(ids({ study: "Universitas Tarumanagara 2020" }));
  });

  test("the Source filter lists the four case studies by name, in both languages", async () => {
    await renderPane(fakePort(), { tab: "catalogue", lang: "id" });
    const source = screen.getByRole("combobox", { name: "Sumber" });
    const options = within(source)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(options).toEqual([
      "Semua",
      "Tesis BSC Ithrisa (SCOR, Keebler & Plank, Kumar dkk., Reefke & Trocchi…)",
      "Arianto & Partiwi, Performance Prism di PT Petrokimia Gresik",
      "Universitas Tarumanagara, KPI UMKM untuk Batik 20 Ikan Mas",
      "Susetyo, IPMS di pengecoran besi (29 KPI)",
    ]);
    expect(document.body.textContent).not.toMatch(/seed/i);
    // The search box's clear button speaks Indonesian too (Fluent's own label is "clear").
    expect(document.querySelector('[aria-label="clear"]')).toBeNull();
    expect(screen.getByRole("button", { name: "Kosongkan pencarian", hidden: true })).toBeTruthy();
  });
});

describe("finding the registers reads little, once", () => {
  test("first rows of every sheet in one batch; cached across focus; read again after a Build; Add reads only its register", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.applyPlan(blankUmkm("en"));
    const heads = jest.spyOn(workbook, "readSheetHeads");
    const whole = jest.spyOn(workbook, "readSheet");
    await renderPane(workbook, { tab: "catalogue" });
    expect(heads.mock.calls).toEqual([[HEAD_ROWS]]);
    const register = screen.getByRole("combobox", { name: "Register to fill" });
    expect(
      within(register)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["The active sheet's, else the first", "UMKM KPIs"]);
    // Focusing the select again and again reads nothing while the workbook is unchanged.
    for (let k = 0; k < 3; k++) {
      fireEvent.focus(register);
      fireEvent.blur(register);
    }
    await settle();
    expect(heads).toHaveBeenCalledTimes(1);
    expect(whole).not.toHaveBeenCalled();
    // A second scorecard: the list follows.
    await act(async () => {
      await workbook.applyPlan(blankUmkm("id"));
    });
    await quiet();
    expect(heads).toHaveBeenCalledTimes(2);
    expect(
      within(register)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toContain("KPI UMKM");
    // Add reads the register it fills, whole — and no other sheet.
    fireEvent.change(register, { target: { value: "UMKM KPIs" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Source" }), {
      target: { value: "Universitas Tarumanagara 2020" },
    });
    fireEvent.click(within(screen.getByTestId("catalogue-list")).getAllByRole("checkbox")[0]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Add to register" }));
    });
    await settle();
    expect(screen.getByTestId("add-outcome").textContent).toMatch(/1 KPI added to UMKM KPIs\./);
    expect(whole.mock.calls).toEqual([["UMKM KPIs"]]);
  });
});

describe("from Excel the register list follows what its events miss", () => {
  /** Excel's port: events are hints; this one's never fire (Excel 2019 has no rename event). */
  const excelPort = (overrides: Parameters<typeof fakePort>[0]) =>
    fakePort({
      kind: "excel",
      reportsEveryChange: false,
      subscribe: jest.fn(() => () => undefined),
      ...overrides,
    });

  test("focusing the Register select reads the first rows again: a renamed register and one typed into Sheet1 are listed, nothing is read whole", async () => {
    const { heads: built } = await builtUmkm();
    let heads = built;
    const port = excelPort({ readSheetHeads: jest.fn(async () => heads) });
    await renderPane(port, { tab: "catalogue" });
    expect(registerOptions()).toEqual(["The active sheet's, else the first", "UMKM KPIs"]);
    // Renamed without an event, and a register's header typed into Sheet1 (edits are never events).
    const umkm = built.find((head) => head.name === "UMKM KPIs") as SheetHead;
    heads = built.map((head) =>
      head.name === "UMKM KPIs"
        ? { ...head, name: "UMKM KPIs 2026" }
        : head.name === "Sheet1"
          ? { ...umkm, name: "Sheet1" }
          : head
    );
    fireEvent.focus(screen.getByRole("combobox", { name: "Register to fill" }));
    await settle();
    expect(port.readSheetHeads.mock.calls).toEqual([[HEAD_ROWS], [HEAD_ROWS]]);
    expect(registerOptions()).toEqual([
      "The active sheet's, else the first",
      "Sheet1",
      "UMKM KPIs 2026",
    ]);
    expect(port.readSheet).not.toHaveBeenCalled();
  });

  test("Add after a rename Excel did not report fills the register under its new name, first time", async () => {
    const { workbook, heads: built } = await builtUmkm();
    let heads = built;
    const port = excelPort({
      readSheetHeads: jest.fn(async () => heads),
      readSheet: jest.fn(async (name: string) => {
        if (name !== "UMKM KPIs 2026") throw new WorkbookError({ code: "noSheet", sheet: name });
        return { ...(await workbook.readSheet("UMKM KPIs")), name };
      }),
    });
    await renderPane(port, { tab: "catalogue" });
    heads = built.map((head) =>
      head.name === "UMKM KPIs" ? { ...head, name: "UMKM KPIs 2026" } : head
    );
    fireEvent.change(screen.getByRole("combobox", { name: "Source" }), {
      target: { value: "Universitas Tarumanagara 2020" },
    });
    fireEvent.click(within(screen.getByTestId("catalogue-list")).getAllByRole("checkbox")[0]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Add to register" }));
    });
    await settle();
    expect(screen.getByTestId("add-outcome").textContent).toMatch(
      /1 KPI added to UMKM KPIs 2026\./
    );
    expect(port.readSheet.mock.calls).toEqual([["UMKM KPIs 2026"]]);
    expect(port.replaceCells.mock.calls.map(([sheet]) => sheet)).toEqual(["UMKM KPIs 2026"]);
  });

  test("a Build adding 7 sheets (Excel: one event a sheet) reads the first rows once, when the events stop", async () => {
    const { heads: built } = await builtUmkm();
    let heads: SheetHead[] = [{ name: "Sheet1", address: null, values: [] }];
    let sheetsChanged = () => undefined as void;
    const port = excelPort({
      readSheetHeads: jest.fn(async () => heads),
      subscribe: jest.fn((listener: () => void) => {
        sheetsChanged = listener;
        return () => undefined;
      }),
    });
    await renderPane(port, { tab: "catalogue" });
    expect(port.readSheetHeads).toHaveBeenCalledTimes(1);
    expect(registerOptions()).toEqual(["The active sheet's, else the first"]);
    heads = built;
    for (let k = 0; k < 7; k++) {
      // Each event arrives on its own, a little after the one before.
      await act(async () => {
        sheetsChanged();
        await new Promise((resolve) => setTimeout(resolve, 10));
      });
    }
    await quiet();
    expect(port.readSheetHeads).toHaveBeenCalledTimes(2);
    expect(registerOptions()).toEqual(["The active sheet's, else the first", "UMKM KPIs"]);
  });
});

describe("a register changed meanwhile", () => {
  test("Indonesian pane: the conflict is worded in Indonesian, naming the cell and both contents", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.applyPlan(blankUmkm("id"));
    jest.spyOn(workbook, "replaceCells").mockRejectedValueOnce(
      new WorkbookError({
        code: "cellChanged",
        sheet: "KPI UMKM",
        cell: "C7",
        expected: "(nama KPI)",
        held: "Omzet",
      })
    );
    await renderPane(workbook, { tab: "catalogue", lang: "id" });
    fireEvent.click(within(screen.getByTestId("catalogue-list")).getAllByRole("checkbox")[0]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tambahkan ke register" }));
    });
    await settle();
    expect(screen.getByTestId("add-outcome").textContent).toBe(
      "KPI tidak ditambahkan" +
        '\'KPI UMKM\'!C7 tidak lagi berisi "(nama KPI)" (isinya "Omzet"), jadi tidak ada yang diubah. Register diubah orang lain sementara itu: coba lagi.' +
        "Tutup"
    );
  });
});

describe("a workbook problem is worded by the pane, not by WorkbookError.message", () => {
  test("cellChanged with the cell emptied: strings.ts's sentence in each language, the content shown as port.ts shows it", () => {
    const error = new WorkbookError({
      code: "cellChanged",
      sheet: "KPI UMKM",
      cell: "C7",
      expected: "(KPI name)",
      held: null,
    });
    expect(messageOf(error, STRINGS.en)).toBe(
      "'KPI UMKM'!C7 no longer holds \"(KPI name)\" (it holds nothing), so nothing was changed. Someone edited the register meanwhile: try again."
    );
    expect(messageOf(error, STRINGS.id)).toBe(
      "'KPI UMKM'!C7 tidak lagi berisi \"(KPI name)\" (isinya kosong), jadi tidak ada yang diubah. Register diubah orang lain sementara itu: coba lagi."
    );
    // The developer's English, for logs, is another text.
    expect(error.message).toBe(
      `cell C7 on sheet 'KPI UMKM' no longer holds "(KPI name)" (it holds nothing); nothing was changed`
    );
    expect([
      shownContent(""),
      shownContent(null, STRINGS.id.emptyContent),
      shownContent(42),
    ]).toEqual(["nothing", "kosong", "42"]);
  });
});

describe("catalogue state", () => {
  const after = (...actions: CatalogueAction[]) =>
    actions.reduce(catalogueReducer, INITIAL_CATALOGUE);

  test("40 listed, Show more twice → 120; a filter change starts again at 40 and keeps the selection", () => {
    expect(after({ type: "showMore" }, { type: "showMore" }).shown).toBe(3 * PAGE);
    const filtered = after(
      { type: "tick", id: "a", on: true },
      { type: "showMore" },
      { type: "filter", part: { direction: "lower" } },
      { type: "filter", part: { query: "waste" } }
    );
    expect(filtered.shown).toBe(PAGE);
    expect(filtered.filter).toEqual({ ...NO_FILTER, direction: "lower", query: "waste" });
    expect(filtered.selected).toEqual(["a"]);
  });

  test("ticking a, b, a again keeps b, a in that order; unticking b leaves a; select [] clears", () => {
    const ticked = after(
      { type: "tick", id: "a", on: true },
      { type: "tick", id: "b", on: true },
      { type: "tick", id: "a", on: true }
    );
    expect(ticked.selected).toEqual(["b", "a"]);
    expect(catalogueReducer(ticked, { type: "tick", id: "b", on: false }).selected).toEqual(["a"]);
    expect(catalogueReducer(ticked, { type: "select", ids: [] }).selected).toEqual([]);
  });

  test("selected ids → the catalogue's KPIs in the order ticked; an unknown id is skipped", () => {
    const [first, second] = KPI_CATALOGUE;
    expect(kpisOf([second.id, "no-such-kpi", first.id])).toEqual([second, first]);
  });
});

describe("catalogue in the pane", () => {
  test("search narrows the list, and selected KPIs are counted", async () => {
    await renderPane(fakePort(), { tab: "catalogue" });
    expect(screen.getByTestId("catalogue-count").textContent).toBe(
      `${KPI_CATALOGUE.length} KPIs found`
    );
    fireEvent.change(screen.getByRole("searchbox", { name: "Search" }), {
      target: { value: "complaint" },
    });
    const list = screen.getByTestId("catalogue-list");
    const boxes = within(list).getAllByRole("checkbox");
    expect(boxes.length).toBe(
      Number(screen.getByTestId("catalogue-count").textContent?.split(" ")[0])
    );
    fireEvent.click(boxes[0]);
    expect(screen.getByText("1 selected")).toBeTruthy();
    fireEvent.change(screen.getByRole("combobox", { name: "Direction" }), {
      target: { value: "higher" },
    });
    expect(screen.getByText("1 selected")).toBeTruthy();
  });
});

describe("strings", () => {
  test("language from Office's display language: id-* → Indonesian, anything else → English", () => {
    expect(languageOf("id-ID")).toBe("id");
    expect(languageOf("id")).toBe("id");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("nl-NL")).toBe("en");
    expect(languageOf("ind")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  test("every label exists, non-empty, in both languages", () => {
    const walk = (a: unknown, b: unknown, where: string) => {
      if (typeof a === "function") {
        expect([where, typeof b]).toEqual([where, "function"]);
        return;
      }
      if (typeof a === "string") {
        expect([where, typeof b === "string" && b.length > 0]).toEqual([where, true]);
        return;
      }
      for (const key of Object.keys(a as object))
        walk(
          (a as Record<string, unknown>)[key],
          (b as Record<string, unknown>)[key],
          `${where}.${key}`
        );
    };
    walk(STRINGS.en, STRINGS.id, "en→id");
    walk(STRINGS.id, STRINGS.en, "id→en");
  });
});
