import "./setup";
import * as fs from "fs";
import * as path from "path";
import { act, fireEvent, screen, within } from "@testing-library/react";
import {
  FUNCTION_HELP,
  exampleBlock,
  exampleFormula,
  searchFunctions,
} from "../../src/taskpane/function-help";
import { cellAddress, parseCell } from "../../src/sheet/a1";
import type { CellPlan, WorkbookPlan } from "../../src/sheet/plan";
import { isErrorValue } from "../../src/formula";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { spillArea } from "../../src/sheet/spill";
import { WorkbookError } from "../../src/workbook/port";
import { fakePort } from "./fake-port";
import { renderPane } from "./render";

const root = path.join(__dirname, "../..");
const source = fs.readFileSync(path.join(root, "src/functions/functions.ts"), "utf8");

/** name → the first line of its JSDoc block (what Excel shows). */
function jsdocDescriptions(): Map<string, string> {
  const found = new Map<string, string>();
  for (const block of source.matchAll(
    /\/\*\*\n \* (.+)\n(?: \*.*\n)*? \* @customfunction ([A-Z.]+)/g
  )) {
    found.set(block[2], block[1].trim());
  }
  return found;
}

describe("function help data", () => {
  test("lists every custom function in functions.ts, and no other", () => {
    const names = Array.from(source.matchAll(/@customfunction ([A-Z.]+)/g), (m) => m[1]).sort();
    expect(FUNCTION_HELP.map((fn) => fn.name).sort()).toEqual(names);
  });

  test("English line = the JSDoc description; Indonesian line and syntax = the help page", () => {
    const jsdoc = jsdocDescriptions();
    for (const fn of FUNCTION_HELP) {
      expect(`${fn.name}: ${fn.description.en}`).toBe(`${fn.name}: ${jsdoc.get(fn.name)}`);
      const page = fs.readFileSync(path.join(root, "docs/functions", `${fn.page}.md`), "utf8");
      expect(page.startsWith(`# ${fn.name}\n`)).toBe(true);
      expect(page).toContain(`_${fn.description.id}_`);
      expect(page).toContain("`" + fn.syntax + "`");
    }
  });

  test.each(FUNCTION_HELP.map((fn) => [fn.name, fn] as const))(
    "%s: the inserted example computes the result the list shows",
    (_, fn) => {
      const origin = { row: 1, col: 1 };
      const block = exampleBlock(fn.example, origin);
      const cells: CellPlan[] = [];
      block.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const address = cellAddress(origin.row + r, origin.col + c);
          if (typeof value === "string" && value.startsWith("=")) {
            const spill = block.spills?.find((s) => s.row === r && s.col === c);
            cells.push({
              address,
              formula: value,
              spill: spill && { rows: spill.rows, columns: spill.columns },
            });
          } else cells.push({ address, value });
        })
      );
      const plan: WorkbookPlan = {
        template: "umkm",
        lang: "en",
        title: "example",
        sheets: [{ key: "s", name: "Sheet1", cells }],
        activate: "s",
      };
      const evaluated = evaluatePlan(plan);
      const formulaCell = cells.find((cell) =>
        cell.formula?.startsWith(`=${fn.name}(`)
      ) as CellPlan;
      expect(formulaCell).toBeDefined();
      const area = spillArea(
        parseCell(formulaCell.address),
        formulaCell.spill ?? { rows: 1, columns: 1 }
      );
      const values = area.map(({ address }) => evaluated.value("s", address));
      values.forEach((value) => expect(isErrorValue(value)).toBe(false));
      // The shown results appear in reading order among the computed cells.
      let at = 0;
      for (const expected of fn.example.result) {
        while (
          at < values.length &&
          !(typeof expected === "number"
            ? typeof values[at] === "number" && Math.abs((values[at] as number) - expected) < 1e-6
            : values[at] === expected)
        )
          at++;
        expect({ expected, found: at < values.length }).toEqual({ expected, found: true });
        at++;
      }
    }
  );

  test("examples read as in the help pages when they start at B2", () => {
    const formula = (name: string) =>
      exampleFormula(
        (FUNCTION_HELP.find((fn) => fn.name === name) as (typeof FUNCTION_HELP)[number]).example
      );
    expect(formula("AHP.WEIGHTS")).toBe("=AHP.WEIGHTS(B2:D4)");
    expect(formula("AHP.GROUP")).toBe("=AHP.GROUP(B2:D4, F2:H4)");
    expect(formula("OMAX.LEVEL")).toBe("=OMAX.LEVEL(92.4, 70, 85, 99)");
  });

  test("the words the list shows speak to the user: no spec sections, no seed numbers", () => {
    for (const fn of FUNCTION_HELP) {
      for (const text of [fn.description, fn.example.dataLabel]) {
        if (!text) continue;
        expect([fn.name, text.en, text.id].join(" | ")).not.toMatch(/spec|spesifikasi|seed \d|§/i);
      }
    }
  });

  test("search matches names and both languages' descriptions", () => {
    expect(searchFunctions("omax").map((fn) => fn.name)).toEqual([
      "OMAX.LEVELS",
      "OMAX.LEVEL",
      "OMAX.INDEX",
      "OMAX.CHANGE",
      "TRAFFIC.OMAX",
    ]);
    expect(searchFunctions("lampu").map((fn) => fn.name)).toEqual(["TRAFFIC", "TRAFFIC.OMAX"]);
    expect(searchFunctions("consistency ratio").map((fn) => fn.name)).toEqual(["AHP.CR"]);
  });
});

describe("function help in the pane", () => {
  test("Insert example writes the complete example at the selected cell, with its spill declared", async () => {
    const port = fakePort({
      getSelection: jest.fn(async () => ({ sheet: "Sheet1", address: "D5", values: [[null]] })),
      insertAtSelection: jest.fn(async () => ({ sheet: "Sheet1", address: "D5:H7" })),
    });
    await renderPane(port, { tab: "help" });
    fireEvent.change(screen.getByRole("searchbox", { name: "Search functions" }), {
      target: { value: "AHP.WEIGHTS" },
    });
    const card = screen.getByTestId("function");
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Insert example" }));
    });
    const block = port.insertAtSelection.mock.calls[0][0];
    expect(block.rows[0]).toEqual([1, 3, 5, null, "=AHP.WEIGHTS(D5:F7)"]);
    expect(block.spills).toEqual([{ row: 0, col: 4, rows: 3, columns: 1 }]);
    expect(within(card).getByText("AHP.WEIGHTS example inserted at Sheet1!D5:H7.")).toBeTruthy();
  });

  test("in Google Sheets: TRAFFIC.OMAX shows and copies as TRAFFIC_OMAX, with no help link", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await renderPane(fakePort({ kind: "sheets" }), { tab: "help" });
    expect(screen.getByText(/e\.g\. =AHP_WEIGHTS\(B2:D4\)/)).toBeTruthy();
    fireEvent.change(screen.getByRole("searchbox", { name: "Search functions" }), {
      target: { value: "TRAFFIC.OMAX" },
    });
    const card = screen.getByTestId("function");
    expect(within(card).getByRole("heading").textContent).toBe("TRAFFIC_OMAX");
    expect(within(card).getByTestId("syntax").textContent).toBe(
      "=TRAFFIC_OMAX(level, [green], [yellow], [language])"
    );
    expect(within(card).queryByRole("link")).toBeNull();
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Copy syntax" }));
    });
    expect(writeText).toHaveBeenCalledWith("=TRAFFIC_OMAX(level, [green], [yellow], [language])");
  });

  test("Copy syntax puts the syntax on the clipboard, or says it was blocked", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await renderPane(fakePort(), { tab: "help", lang: "id" });
    fireEvent.change(screen.getByRole("searchbox", { name: "Cari fungsi" }), {
      target: { value: "TRAFFIC.OMAX" },
    });
    const card = screen.getByTestId("function");
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Salin sintaks" }));
    });
    expect(writeText).toHaveBeenCalledWith("=TRAFFIC.OMAX(level, [green], [yellow], [language])");
    writeText.mockRejectedValueOnce(new Error("denied"));
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Salin sintaks" }));
    });
    expect(within(card).getByText(/Penyalinan tidak diizinkan/)).toBeTruthy();
  });

  test("the search box's clear button is labelled in the pane's language", async () => {
    await renderPane(fakePort(), { tab: "help", lang: "id" });
    expect(document.querySelector('[aria-label="clear"]')).toBeNull();
    expect(
      screen.getByRole("button", { name: "Kosongkan pencarian fungsi", hidden: true })
    ).toBeTruthy();
  });

  test("Insert example on an occupied cell: the workbook's refusal in Indonesian, naming the cell", async () => {
    const port = fakePort({
      insertAtSelection: jest.fn(async () => {
        throw new WorkbookError({
          code: "cellNotEmpty",
          sheet: "Sheet1",
          cell: "B3",
          rows: 3,
          columns: 5,
        });
      }),
    });
    await renderPane(port, { tab: "help", lang: "id" });
    fireEvent.change(screen.getByRole("searchbox", { name: "Cari fungsi" }), {
      target: { value: "AHP.WEIGHTS" },
    });
    const card = screen.getByTestId("function");
    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Sisipkan contoh" }));
    });
    expect(within(card).getByText("Tidak ada yang disisipkan")).toBeTruthy();
    expect(
      within(card).getByText(
        "Sheet1!B3 tidak kosong, dan isinya tidak ditimpa. Pilih sel yang punya 3 × 5 sel kosong mulai dari sana."
      )
    ).toBeTruthy();
  });
});
