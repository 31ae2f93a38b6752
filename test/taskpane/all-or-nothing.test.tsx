/**
 * Every pane action that writes tells the user, in their language, that a write that failed
 * half-way was taken out again and nothing of theirs changed — Build, the wizard's Insert, a
 * function's Insert example, Add to register, Add audit sheet — on the in-memory workbook with a failure injected in
 * the middle of the write (which is then checked to be as it was); and, when the clean-up failed
 * too, exactly which sheets and cells may remain.
 */
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { buildPlan } from "../../src/templates";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { WorkbookError, type WorkbookProblem } from "../../src/workbook/port";
import { STRINGS } from "../../src/taskpane/strings";
import { fakePort } from "./fake-port";
import { renderPane, settle } from "./render";

const { en, id } = STRINGS;

async function click(name: string | RegExp, within_: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(within_).getByRole("button", { name }));
  });
  await settle();
}

function switchTo(lang: "id" | "en") {
  fireEvent.change(screen.getByTestId("language"), { target: { value: lang } });
}

/** The user's workbook, and everything in it as text (values and formulas of every sheet). */
async function contentOf(workbook: MemoryWorkbook) {
  return {
    names: workbook.sheetNames,
    sheets: await workbook.readSheets(),
    tables: workbook.tableNames,
  };
}

describe("a write that fails half-way: the pane says it was taken out again (in-memory workbook)", () => {
  test("Add audit sheet: round trip 3 fails after the sheet was filled; it is removed; both languages", async () => {
    const workbook = new MemoryWorkbook({
      KPIs: { A1: 80, B1: 100, C1: "=KPI.ACHIEVEMENT(A1,B1)" },
    });
    await renderPane(workbook, { tab: "check" });
    const before = await contentOf(workbook);
    workbook.failNextWrite({ roundTrip: 3, after: 1, reason: "The workbook is protected." });
    await click(/^Add audit sheet$/);
    await settle();
    expect(screen.getByText(en.auditSheetFailed)).toBeTruthy();
    expect(
      screen.getByText(
        `${en.excelFailed("add the sheet", "The workbook is protected.")} ${en.rolledBack}`
      )
    ).toBeTruthy();
    switchTo("id");
    expect(
      screen.getByText(
        `${id.excelFailed("menambahkan lembar", "The workbook is protected.")} ${id.rolledBack}`
      )
    ).toBeTruthy();
    expect(await contentOf(workbook)).toEqual(before);
  });

  test("Build: round trip 3 fails after two sheets were filled; the sheets are removed; both languages", async () => {
    const workbook = new MemoryWorkbook({ Sheet1: { A1: "mine" } });
    await renderPane(workbook);
    const before = await contentOf(workbook);
    workbook.failNextWrite({ roundTrip: 3, after: 2, reason: "The workbook is protected." });
    await click(/^Build UMKM KPI$/);
    expect(screen.getByText(en.buildFailedTitle)).toBeTruthy();
    expect(
      screen.getByText(
        `${en.excelFailed("build the scorecard", "The workbook is protected.")} ${en.rolledBack}`
      )
    ).toBeTruthy();
    switchTo("id");
    expect(
      screen.getByText(
        `${id.excelFailed("membuat kartu skor", "The workbook is protected.")} ${id.rolledBack}`
      )
    ).toBeTruthy();
    expect(await contentOf(workbook)).toEqual(before);
  });

  test("the wizard's Insert: the formats were written, the contents failed; the cells are as they were", async () => {
    const workbook = new MemoryWorkbook({ Sheet1: { A1: "mine" } });
    await workbook.goTo("Sheet1", "B2");
    await renderPane(workbook, { tab: "wizard" });
    const before = await contentOf(workbook);
    workbook.failNextWrite({ roundTrip: 2, after: 1, reason: "The connection was reset." });
    await click("Insert matrix at selected cell");
    const outcome = screen.getByTestId("insert-outcome").textContent as string;
    expect(outcome).toContain(en.insertFailedTitle);
    expect(outcome).toContain(
      `${en.excelFailed("insert at the selection", "The connection was reset.")} ${en.rolledBack}`
    );
    expect(await contentOf(workbook)).toEqual(before);
  });

  test("the wizard's Insert of two respondents' group block: the contents failed; the cells are as they were", async () => {
    const workbook = new MemoryWorkbook({ Sheet1: { A1: "mine", H40: "also mine" } });
    await workbook.goTo("Sheet1", "B2");
    await renderPane(workbook, { tab: "wizard" });
    fireEvent.change(screen.getByRole("textbox", { name: /Criteria, one per line/ }), {
      target: { value: "C1\nC2\nC3" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Add respondent" }));
    fireEvent.change(screen.getByRole("slider", { name: "C1 versus C2" }), {
      target: { value: "-2" },
    });
    const before = await contentOf(workbook);
    workbook.failNextWrite({ roundTrip: 2, after: 5, reason: "The connection was reset." });
    await click("Insert matrix at selected cell");
    const outcome = screen.getByTestId("insert-outcome").textContent as string;
    expect(outcome).toContain(
      `${en.excelFailed("insert at the selection", "The connection was reset.")} ${en.rolledBack}`
    );
    expect(await contentOf(workbook)).toEqual(before);
    // The same Insert without the failure writes the group block (so the failure hit a real write).
    await click("Insert matrix at selected cell");
    const formulas = (await workbook.readSheet("Sheet1")).formulas.flat();
    expect(formulas.filter((f) => String(f).startsWith("=AHP.CONSENSUS("))).toHaveLength(1);
    expect(formulas.filter((f) => String(f).startsWith("=AHP.GROUP("))).toHaveLength(1);
  });

  test("a function's Insert example: nothing of it stays", async () => {
    const workbook = new MemoryWorkbook({ Sheet1: { A1: "mine" } });
    await workbook.goTo("Sheet1", "D5");
    await renderPane(workbook, { tab: "help", lang: "id" });
    fireEvent.change(screen.getByRole("searchbox", { name: id.helpSearch }), {
      target: { value: "AHP.WEIGHTS" },
    });
    const before = await contentOf(workbook);
    workbook.failNextWrite({ roundTrip: 2, after: 2 });
    const card = screen.getByTestId("function");
    await click(id.insertExample, card);
    expect(card.textContent).toContain(id.rolledBack);
    expect(await contentOf(workbook)).toEqual(before);
  });

  test("Add to register: the first cells were written, the rest failed; the register is as it was", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.applyPlan(
      buildPlan("umkm", {
        example: false,
        kpisPerGroup: 2,
        lang: "en",
        periods: "monthly",
        year: 2026,
      })
    );
    await renderPane(workbook, { tab: "catalogue" });
    fireEvent.change(screen.getByRole("combobox", { name: "Register to fill" }), {
      target: { value: "UMKM KPIs" },
    });
    fireEvent.change(screen.getByRole("combobox", { name: "Source" }), {
      target: { value: "003" },
    });
    fireEvent.click(within(screen.getByTestId("catalogue-list")).getAllByRole("checkbox")[0]);
    const before = await contentOf(workbook);
    workbook.failNextWrite({ roundTrip: 2, after: 1, reason: "Busy." });
    await click("Add to register");
    expect(screen.getByTestId("add-outcome").textContent).toContain(
      `${en.excelFailed("change cells on sheet 'UMKM KPIs'", "Busy.")} ${en.rolledBack}`
    );
    expect(await contentOf(workbook)).toEqual(before);
  });
});

describe("a clean-up that fails too: the pane names what may remain", () => {
  const problem: WorkbookProblem = {
    code: "excelFailed",
    step: { kind: "build" },
    reason: "The connection was lost.",
    rollback: {
      undone: false,
      reason: "The connection was lost.",
      sheets: [{ name: "UMKM KPIs", or: "Kinerja 4f2a9c 1" }, { name: "Kinerja 4f2a9c 2" }],
      cells: [{ sheet: "My data", address: "B2:F12" }],
    },
  };

  test("English and Bahasa Indonesia: each sheet (or the name it had while building), then the cells", async () => {
    const port = fakePort({
      applyPlan: jest.fn(async () => {
        throw new WorkbookError(problem);
      }),
    });
    await renderPane(port);
    await click(/^Build UMKM KPI$/);
    expect(
      screen.getByText(
        `${en.excelFailed("build the scorecard", "The connection was lost.")} ` +
          en.leftBehind(
            "The connection was lost.",
            "the sheets 'UMKM KPIs' (or 'Kinerja 4f2a9c 1'), 'Kinerja 4f2a9c 2'; the cells 'My data'!B2:F12"
          )
      )
    ).toBeTruthy();
    switchTo("id");
    expect(
      screen.getByText(
        `${id.excelFailed("membuat kartu skor", "The connection was lost.")} ` +
          id.leftBehind(
            "The connection was lost.",
            "lembar 'UMKM KPIs' (atau 'Kinerja 4f2a9c 1'), 'Kinerja 4f2a9c 2'; sel 'My data'!B2:F12"
          )
      )
    ).toBeTruthy();
  });

  test("the developer's English message says the same, for logs", () => {
    expect(new WorkbookError(problem).message).toBe(
      "Kinerja could not build the scorecard: The connection was lost.; taking it out failed too " +
        "(The connection was lost.); these may remain: sheet 'UMKM KPIs' (or 'Kinerja 4f2a9c 1'), " +
        "sheet 'Kinerja 4f2a9c 2', cells B2:F12 on sheet 'My data'"
    );
  });
});
