import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { filterCatalogue, kpiDetails, NO_FILTER, SEEDS } from "../../src/taskpane/catalogue";
import { STRINGS, languageOf } from "../../src/taskpane/strings";
import { KPI_CATALOGUE } from "../../src/templates/data/catalogue";
import { fakePort } from "./fake-port";
import { renderPane } from "./render";

const BOTH = [STRINGS.en, STRINGS.id];
const ids = (query: Partial<typeof NO_FILTER>) =>
  filterCatalogue({ ...NO_FILTER, ...query }, BOTH).map((k) => k.id);

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
    expect(
      filterCatalogue({ ...NO_FILTER, query: "Keebler" }, BOTH).every((k) =>
        k.source.includes("Keebler")
      )
    ).toBe(true);
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
    expect(SEEDS).toEqual(["001", "002", "003", "004"]);
    expect(
      filterCatalogue({ ...NO_FILTER, seed: "003" }, BOTH).every((k) =>
        k.source.startsWith("Seed 003")
      )
    ).toBe(true);
  });

  test("details line: perspective, unit in the pane's language, direction, source", () => {
    const kpi = KPI_CATALOGUE.find((k) => k.id === "scor-perfect-order-fulfilment")!;
    expect(kpiDetails(kpi, "en", STRINGS.en)).toBe(`Customer · Unit: % · ↑ higher · ${kpi.source}`);
    expect(kpiDetails(kpi, "id", STRINGS.id)).toBe(
      `Pelanggan · Satuan: % · ↑ tinggi · ${kpi.source}`
    );
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
