import "./setup";
import { act, fireEvent, screen } from "@testing-library/react";
import { callsKinerja, nativePlan } from "../../src/native";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { TEMPLATE_INFO } from "../../src/templates/catalog";
import { WorkbookError } from "../../src/workbook/port";
import { fakePort } from "./fake-port";
import { renderPane, settle } from "./render";

async function clickBuild(name: RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  await settle(); // the templates load on the first Build
}

describe("gallery", () => {
  test("four templates, each with a description and a preview image", async () => {
    await renderPane(fakePort());
    const cards = screen.getByTestId("gallery").querySelectorAll("[data-template]");
    expect(Array.from(cards, (card) => card.getAttribute("data-template"))).toEqual([
      "umkm",
      "bsc",
      "prism",
      "ipms",
    ]);
    expect(screen.getAllByRole("img", { name: /Preview of the .* template/ })).toHaveLength(4);
    expect(screen.getByText(/Four perspectives, AHP weights/)).toBeTruthy();
  });

  test("default build: UMKM, blank, 2 KPIs per group, monthly, the pane's language", async () => {
    const port = fakePort();
    await renderPane(port, { lang: "id" });
    await clickBuild(/^Buat KPI UMKM$/);
    expect(port.applyPlan).toHaveBeenCalledTimes(1);
    const [plan, onProgress] = port.applyPlan.mock.calls[0];
    expect(plan).toEqual(buildPlan("umkm", { ...DEFAULT_OPTIONS, lang: "id" }));
    expect(typeof onProgress).toBe("function");
  });

  test("options chosen in the pane are the options passed to applyPlan: BSC, example, quarterly, English sheets, 2027", async () => {
    const port = fakePort();
    await renderPane(port, { lang: "id" });
    const bsc = screen.getByRole("radio", { name: "Balanced Scorecard" });
    fireEvent.click(bsc);
    expect(screen.getByText("Opsi: Balanced Scorecard")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: /Contoh terisi/ }));
    fireEvent.change(screen.getByRole("combobox", { name: "Periode pemantauan" }), {
      target: { value: "quarterly" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Bahasa lembar" }), {
      target: { value: "en" },
    });
    const year = screen.getByRole("spinbutton", { name: "Tahun pertama" });
    fireEvent.change(year, { target: { value: "2027" } });
    fireEvent.blur(year);
    await clickBuild(/^Buat Balanced Scorecard$/);
    const [plan] = port.applyPlan.mock.calls[0];
    expect(plan).toEqual(
      buildPlan("bsc", {
        ...DEFAULT_OPTIONS,
        example: true,
        periods: "quarterly",
        lang: "en",
        year: 2027,
      })
    );
  });

  test("Native formulas only: off by default; ticked, the plan built is the native version (UMKM example)", async () => {
    const port = fakePort();
    await renderPane(port, { lang: "id" });
    const native = screen.getByRole("checkbox", { name: "Hanya rumus bawaan" });
    expect((native as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole("radio", { name: /Contoh terisi/ }));
    fireEvent.click(native);
    expect((native as HTMLInputElement).checked).toBe(true);
    await clickBuild(/^Buat KPI UMKM$/);
    const [plan] = port.applyPlan.mock.calls[0];
    const options = { ...DEFAULT_OPTIONS, lang: "id" as const, example: true };
    expect(callsKinerja(plan)).toBe(false);
    expect(plan).toEqual(nativePlan(buildPlan("umkm", { ...options, formulas: "native" })));
  });

  test("KPIs per group reaches the blank plan (Prism, 3 per facet)", async () => {
    const port = fakePort();
    await renderPane(port);
    fireEvent.click(screen.getByRole("radio", { name: "Performance Prism" }));
    const spin = screen.getByRole("spinbutton", { name: "KPIs per facet" });
    fireEvent.change(spin, { target: { value: "3" } });
    fireEvent.blur(spin);
    await clickBuild(/^Build Performance Prism$/);
    const [plan] = port.applyPlan.mock.calls[0];
    expect(plan).toEqual(buildPlan("prism", { ...DEFAULT_OPTIONS, lang: "en", kpisPerGroup: 3 }));
  });

  test("progress is shown while building, then a success message naming the sheets' final names", async () => {
    let finish: () => void = () => undefined;
    const port = fakePort({
      applyPlan: jest.fn(
        (_plan: unknown, onProgress: (p: { phase: string; fraction: number }) => void) =>
          new Promise((resolve) => {
            onProgress({ phase: "writing", fraction: 0.5 });
            finish = () =>
              resolve({
                sheets: [
                  { key: "register", name: "KPI UMKM (2)" },
                  { key: "dashboard", name: "Dashboard (2)" },
                ],
                tables: [],
                activated: "Dashboard (2)",
                syncs: 3,
              });
          })
      ),
    });
    await renderPane(port);
    await clickBuild(/^Build UMKM KPI$/);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Writing the sheets")).toBeTruthy();
    await act(async () => finish());
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(
      screen.getByText("2 sheets made: KPI UMKM (2), Dashboard (2). Now on Dashboard (2).")
    ).toBeTruthy();
  });

  test("a failed build shows the writer's message in an error MessageBar", async () => {
    const port = fakePort({
      applyPlan: jest.fn(async () => {
        throw new Error("Could not write sheets: this version of Excel is too old");
      }),
    });
    await renderPane(port);
    await clickBuild(/^Build UMKM KPI$/);
    expect(screen.getByText("The scorecard was not built")).toBeTruthy();
    expect(screen.getByText(/this version of Excel is too old/)).toBeTruthy();
  });

  test("Excel too old, in an Indonesian pane: the typed error is worded in Indonesian", async () => {
    const port = fakePort({
      applyPlan: jest.fn(async () => {
        throw new WorkbookError({ code: "excelTooOld", required: "1.9" });
      }),
    });
    await renderPane(port, { lang: "id" });
    await clickBuild(/^Buat KPI UMKM$/);
    expect(screen.getByText("Kartu skor tidak dibuat")).toBeTruthy();
    expect(
      screen.getByText(
        "Versi Excel ini terlalu lama: Kinerja memerlukan ExcelApi 1.9 (Excel 2019 atau lebih baru, Microsoft 365, atau Excel di web)."
      )
    ).toBeTruthy();
  });

  test("the filled example names its case study in the pane's language, without seed numbers", async () => {
    await renderPane(fakePort(), { lang: "id" });
    fireEvent.click(screen.getByRole("radio", { name: "IPMS" }));
    const ipms = TEMPLATE_INFO.find((t) => t.id === "ipms")!;
    expect(ipms.exampleSource.id).not.toBe(ipms.exampleSource.en);
    expect(
      screen.getByRole("radio", {
        name: `Contoh terisi dari studi kasus: ${ipms.exampleSource.id}`,
      })
    ).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/seed/i);
  });

  test("spin buttons' arrows are labelled in the pane's language, not Fluent's English", async () => {
    await renderPane(fakePort(), { lang: "id" });
    expect(document.querySelector('[aria-label="Increment value"]')).toBeNull();
    expect(document.querySelector('[aria-label="Decrement value"]')).toBeNull();
    // Two spin buttons (KPIs per group, first year), each with both arrows.
    expect(screen.getAllByRole("button", { name: "Naikkan 1", hidden: true })).toHaveLength(2);
    expect(screen.getAllByRole("button", { name: "Turunkan 1", hidden: true })).toHaveLength(2);
  });
});
