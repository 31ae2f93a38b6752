import "./setup";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ahpWeights } from "../../src/core";
import { Kinerja } from "../../src/taskpane/components/App";
import { PreviewGrid, statusOf } from "../../src/taskpane/components/PreviewGrid";
import { PreviewCellField, parseWhere } from "../../src/taskpane/components/PreviewCellField";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { filterCatalogue, NO_FILTER } from "../../src/taskpane/catalogue/model";
import { STRINGS } from "../../src/taskpane/strings";
import { renderPane, settle } from "./render";

/** The pane in narrow preview, in Indonesian, with its "Selected cell" field. */
function renderCellField(): { workbook: MemoryWorkbook; field: HTMLInputElement } {
  const workbook = new MemoryWorkbook({ Sheet1: {}, Data: {} });
  render(
    <Kinerja
      port={workbook}
      lang="id"
      isPreview={true}
      previewTools={<PreviewCellField workbook={workbook} />}
    />
  );
  const field = screen.getByRole("textbox", { name: "Sel terpilih (buku kerja di memori)" });
  return { workbook, field: field as HTMLInputElement };
}

/** Types a cell into the field and presses Enter. */
async function typeCell(field: HTMLElement, cell: string): Promise<void> {
  fireEvent.change(field, { target: { value: cell } });
  await act(async () => {
    fireEvent.keyDown(field, { key: "Enter" });
  });
}

async function click(name: string | RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  await settle();
}

describe("the pane on the in-memory workbook (preview mode)", () => {
  test("Build adds the template's sheets, lands on the Dashboard and names the sheets made", async () => {
    const workbook = new MemoryWorkbook();
    await renderPane(workbook);
    await click(/^Build UMKM KPI$/);
    const message = screen.getByText(/sheets made:/).textContent as string;
    expect(workbook.activeSheet).toMatch(/^Dashboard/);
    const made = workbook.sheetNames.filter((name) => name !== "Sheet1");
    expect(message).toContain(made.join(", "));
    // Again: nothing overwritten, the second set gets free names.
    await click(/^Build UMKM KPI$/);
    expect(workbook.sheetNames).toContain("Dashboard (2)");
    expect(screen.getByText(/Now on Dashboard \(2\)\./)).toBeTruthy();
  });

  test("Insert puts the wizard's matrix at the selected cell and its formulas compute src/core's weights", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.goTo("Sheet1", "B2");
    await renderPane(workbook, { tab: "wizard" });
    fireEvent.change(screen.getByRole("textbox", { name: /Criteria, one per line/ }), {
      target: { value: "C1\nC2\nC3" },
    });
    fireEvent.change(screen.getByRole("slider", { name: "C1 versus C2" }), {
      target: { value: "-2" },
    });
    fireEvent.change(screen.getByRole("slider", { name: "C1 versus C3" }), {
      target: { value: "-4" },
    });
    fireEvent.change(screen.getByRole("slider", { name: "C2 versus C3" }), {
      target: { value: "-2" },
    });
    await click("Insert matrix at selected cell");
    expect(screen.getByTestId("insert-outcome").textContent).toContain("Inserted at Sheet1!B2:F14");
    const sheet = await workbook.readSheet("Sheet1");
    const at = (address: string) => {
      const row = Number(address.slice(1)) - 2; // the used range starts at B2
      const col = address.charCodeAt(0) - 66;
      return sheet.values[row][col];
    };
    const expected = ahpWeights([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    [at("F4"), at("F5"), at("F6")].forEach((value, k) =>
      expect(value as number).toBeCloseTo(expected[k], 9)
    );
    // AHP.CHECK from B9: λmax, CI, RI (saaty1980), CR, verdict.
    expect(at("B11")).toBe("RI (saaty1980)");
    expect(at("C11")).toBeCloseTo(0.58, 12);
    expect(at("C12")).toBeCloseTo(0.033199216, 9);
    expect(at("C13")).toBe("CONSISTENT");
    // A second Insert at the same cell is refused, naming the cell and the room needed.
    await click("Insert matrix at selected cell");
    expect(screen.getByTestId("insert-outcome").textContent).toContain(
      "Sheet1!B2 is not empty, and nothing there is overwritten. Select a cell with 13 × 5 empty cells from it."
    );
    // Switching the language re-words the message already shown.
    fireEvent.change(screen.getByTestId("language"), { target: { value: "id" } });
    expect(screen.getByTestId("insert-outcome").textContent).toContain(
      "Sheet1!B2 tidak kosong, dan isinya tidak ditimpa."
    );
    expect(screen.getByTestId("insert-outcome").textContent).toContain("Tidak ada yang disisipkan");
  });

  test("Indonesian pane: the inserted AHP.CHECK speaks Indonesian under the Indonesian titles (KONSISTEN)", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.goTo("Sheet1", "B2");
    await renderPane(workbook, { tab: "wizard", lang: "id" });
    fireEvent.change(screen.getByRole("textbox", { name: /Kriteria, satu per baris/ }), {
      target: { value: "C1\nC2\nC3" },
    });
    for (const [pair, position] of [
      ["C1 dibanding C2", -2],
      ["C1 dibanding C3", -4],
      ["C2 dibanding C3", -2],
    ] as const)
      fireEvent.change(screen.getByRole("slider", { name: pair }), {
        target: { value: String(position) },
      });
    await click("Sisipkan matriks di sel terpilih");
    expect(screen.getByTestId("insert-outcome").textContent).toContain(
      "Disisipkan di Sheet1!B2:F14"
    );
    const sheet = await workbook.readSheet("Sheet1");
    const column = (col: number) => sheet.values.map((row) => row[col]);
    // B2 title, B8 the check's title, then AHP.CHECK's labels (B9…) and values (C9…).
    expect(column(0).slice(0, 1)).toEqual(["Perbandingan berpasangan AHP"]);
    expect(column(0).slice(6, 13)).toEqual([
      "Konsistensi (tabel RI saaty1980)",
      "λmax (bobot eigen)",
      "CI",
      "RI (saaty1980)",
      "CR",
      "Kesimpulan (CR ≤ 0,10)",
      "Penilaian di luar 1/9…9",
    ]);
    expect(column(1)[11]).toBe("KONSISTEN");
    // Again at B2: the in-memory workbook's refusal, worded in Indonesian.
    await click("Sisipkan matriks di sel terpilih");
    expect(screen.getByTestId("insert-outcome").textContent).toBe(
      "Tidak ada yang disisipkan" +
        "Sheet1!B2 tidak kosong, dan isinya tidak ditimpa. Pilih sel yang punya 13 × 5 sel kosong mulai dari sana." +
        "Tutup"
    );
  });

  test("Add to register fills the UMKM register's placeholder rows with the chosen KPIs", async () => {
    const workbook = new MemoryWorkbook();
    await renderPane(workbook);
    await click(/^Build UMKM KPI$/);
    fireEvent.click(screen.getByRole("tab", { name: "KPIs" }));
    await settle();
    fireEvent.change(screen.getByRole("combobox", { name: "Source" }), {
      target: { value: "Universitas Tarumanagara 2020" },
    });
    const boxes = within(screen.getByTestId("catalogue-list")).getAllByRole("checkbox");
    fireEvent.click(boxes[0]);
    const name = filterCatalogue({ ...NO_FILTER, study: "Universitas Tarumanagara 2020" }, [
      STRINGS.en,
    ])[0].name.en;
    await click("Add to register");
    const outcome = screen.getByTestId("add-outcome").textContent as string;
    expect(outcome).toMatch(/1 KPI added to /);
    const sheetName = /added to (.+?)\./.exec(outcome)?.[1] as string;
    const sheet = await workbook.readSheet(sheetName);
    expect(sheet.values.flat()).toContain(name);
    expect(screen.getByText("0 selected")).toBeTruthy();
  });

  test("the preview grid shows the active sheet with statuses coloured, and a click selects a cell", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.applyPlan(
      (await import("../../src/templates")).buildPlan("umkm", {
        example: true,
        lang: "en",
        periods: "monthly",
        year: 2026,
        kpisPerGroup: 2,
      })
    );
    render(
      <Kinerja
        port={workbook}
        lang="en"
        isPreview={true}
        aside={<PreviewGrid workbook={workbook} />}
      />
    );
    const grid = screen.getByTestId("preview-grid");
    expect(
      within(grid).getByRole("tab", { name: workbook.activeSheet, selected: true })
    ).toBeTruthy();
    const coloured = Array.from(grid.querySelectorAll("td")).filter((td) =>
      /● (Green|Yellow|Red)/.test(td.textContent ?? "")
    );
    expect(coloured.length).toBeGreaterThan(0);
    await act(async () => {
      fireEvent.click(grid.querySelector('td[data-address="C3"]') as Element);
    });
    expect(workbook.selection).toEqual({ sheet: workbook.activeSheet, address: "C3" });
    expect(within(grid).getByTestId("grid-selection").textContent).toContain("!C3");
    expect(await screen.findByTestId("preview-banner")).toBeTruthy();
  });

  test("the grid is one tab stop, and the arrow keys move the selection (Insert's cell)", async () => {
    const workbook = new MemoryWorkbook({ Sheet1: { A1: "x" } });
    await workbook.goTo("Sheet1", "B2");
    render(
      <Kinerja
        port={workbook}
        lang="en"
        isPreview={true}
        aside={<PreviewGrid workbook={workbook} />}
      />
    );
    const grid = screen.getByRole("grid", { name: /^Sheet Sheet1: arrow keys/ });
    const stops = () =>
      Array.from(grid.querySelectorAll('td[tabindex="0"]'), (td) =>
        td.getAttribute("data-address")
      );
    expect(stops()).toEqual(["B2"]);
    const b2 = grid.querySelector('td[data-address="B2"]') as HTMLElement;
    expect(b2.getAttribute("aria-selected")).toBe("true");
    b2.focus();
    await act(async () => {
      fireEvent.keyDown(b2, { key: "ArrowRight" });
    });
    await act(async () => {
      fireEvent.keyDown(document.activeElement as Element, { key: "ArrowDown" });
    });
    expect(workbook.selection).toEqual({ sheet: "Sheet1", address: "C3" });
    expect(stops()).toEqual(["C3"]);
    expect((document.activeElement as HTMLElement).getAttribute("data-address")).toBe("C3");
    await act(async () => {
      fireEvent.keyDown(document.activeElement as Element, { key: "Home", ctrlKey: true });
    });
    expect(workbook.selection.address).toBe("A1");
  });

  test("narrow preview: the selected cell is a field; typing another cell selects it", async () => {
    const { workbook, field } = renderCellField();
    expect((field as HTMLInputElement).value).toBe("Sheet1!A1");
    await typeCell(field, "data!c4");
    expect(workbook.selection).toEqual({ sheet: "Data", address: "C4" });
    expect((field as HTMLInputElement).value).toBe("Data!C4");
    fireEvent.change(field, { target: { value: "B2" } });
    await act(async () => {
      fireEvent.blur(field);
    });
    expect(workbook.selection).toEqual({ sheet: "Data", address: "B2" });
    await typeCell(field, "Dasbor!A1");
    expect(screen.getByText(/Tidak ada lembar 'Dasbor'/)).toBeTruthy();
    await typeCell(field, "??");
    expect(
      screen.getByText("Ketik sel seperti Sheet1!B2, atau B2 pada lembar yang sama.")
    ).toBeTruthy();
    expect(workbook.selection).toEqual({ sheet: "Data", address: "B2" });
    expect(parseWhere("'My sheet'!b2:c3", "Sheet1")).toEqual({
      sheet: "My sheet",
      address: "B2:C3",
    });
  });

  test("narrow preview: a cell field's problem is re-worded when the language is switched", async () => {
    const { workbook, field } = renderCellField();
    await typeCell(field, "??");
    expect(
      screen.getByText("Ketik sel seperti Sheet1!B2, atau B2 pada lembar yang sama.")
    ).toBeTruthy();
    fireEvent.change(screen.getByTestId("language"), { target: { value: "en" } });
    expect(
      screen.getByText("Type a cell such as Sheet1!B2, or B2 on the same sheet.")
    ).toBeTruthy();
    expect(screen.queryByText(/Ketik sel/)).toBeNull();
    // The workbook's refusal too (worded from its WorkbookError, not from a text kept in state).
    fireEvent.change(screen.getByTestId("language"), { target: { value: "id" } });
    await typeCell(field, "dasbor!A1");
    expect(
      screen.getByText("Tidak ada lembar 'dasbor' di buku kerja ini (diganti nama atau dihapus?).")
    ).toBeTruthy();
    fireEvent.change(screen.getByTestId("language"), { target: { value: "en" } });
    expect(
      screen.getByText("There is no sheet 'dasbor' in this workbook (renamed or deleted?).")
    ).toBeTruthy();
    expect(workbook.selection).toEqual({ sheet: "Sheet1", address: "A1" });
    // A sheet name in other case is the sheet (the workbook finds it, as Excel does).
    await typeCell(field, "DATA!c4");
    expect(workbook.selection).toEqual({ sheet: "Data", address: "C4" });
    expect((field as HTMLInputElement).value).toBe("Data!C4");
    expect(screen.queryByText(/no sheet/)).toBeNull();
  });

  test("statusOf: GREEN/YELLOW/RED and Hijau/Kuning/Merah, nothing else", () => {
    expect(
      ["GREEN", "yellow", " Red ", "Hijau", "KUNING", "merah", "OK", 1, null].map(statusOf)
    ).toEqual(["GREEN", "YELLOW", "RED", "GREEN", "YELLOW", "RED", null, null, null]);
  });
});
