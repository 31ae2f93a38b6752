import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { fakePort } from "./fake-port";
import { renderPane } from "./render";

// The checker's rules are tested with the templates; here, what the pane does with its findings.
const FINDINGS = [
  {
    severity: "warning",
    rule: "target-missing",
    sheet: "BSC",
    address: "H9",
    message: "KPI F2 has no target",
  },
  {
    severity: "error",
    rule: "weights-sum",
    sheet: "AHP (2)",
    address: "G5",
    message: "weights sum to 0.9, not 1",
  },
  {
    severity: "info",
    rule: "typed-number",
    sheet: "BSC",
    address: "K7",
    message: "a number where a formula was",
  },
];
const checkWorkbook = jest.fn<typeof FINDINGS, unknown[]>(() => FINDINGS);
jest.mock("../../src/readers/check", () => ({
  checkWorkbook: (...args: unknown[]) => checkWorkbook(...args),
}));

const SNAPSHOT = (name: string) => ({ name, address: "A1", values: [["x"]], formulas: [["x"]] });

async function runCheck() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Check this workbook" }));
  });
}

describe("checker", () => {
  test("reads every sheet in one batch through the port and passes the snapshots and the language", async () => {
    const port = fakePort({
      listSheets: jest.fn(async () => ["BSC", "AHP (2)"]),
      readSheets: jest.fn(async () => [SNAPSHOT("BSC"), SNAPSHOT("AHP (2)")]),
    });
    await renderPane(port, { tab: "check" });
    await runCheck();
    expect(port.readSheets).toHaveBeenCalledTimes(1);
    expect(port.readSheet).not.toHaveBeenCalled();
    expect(checkWorkbook).toHaveBeenLastCalledWith([SNAPSHOT("BSC"), SNAPSHOT("AHP (2)")], "en");
  });

  test("lists findings, errors first, each with its severity, message and a link to its cell", async () => {
    await renderPane(
      fakePort({ readSheets: jest.fn(async () => [SNAPSHOT("BSC"), SNAPSHOT("AHP (2)")]) }),
      { tab: "check" }
    );
    await runCheck();
    expect(screen.getByTestId("check-summary").textContent).toBe(
      "2 sheets read: 1 error, 1 warning, 1 note."
    );
    const items = within(screen.getByRole("list", { name: "Findings" })).getAllByRole("listitem");
    expect(items.map((item) => item.getAttribute("data-severity"))).toEqual([
      "error",
      "warning",
      "info",
    ]);
    expect(items[0].textContent).toContain("Error: weights sum to 0.9, not 1");
    expect(within(items[0]).getByRole("button", { name: "Go to 'AHP (2)'!G5" }).textContent).toBe(
      "'AHP (2)'!G5"
    );
    expect(items[0].querySelector("svg")).not.toBeNull();
  });

  test("a link selects the finding's cell through port.goTo", async () => {
    const port = fakePort();
    await renderPane(port, { tab: "check" });
    await runCheck();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Go to BSC!H9" }));
    });
    expect(port.goTo).toHaveBeenCalledWith("BSC", "H9");
  });

  test("no findings: says so; a failure to read is shown with its message", async () => {
    checkWorkbook.mockReturnValueOnce([]);
    const port = fakePort();
    await renderPane(port, { tab: "check", lang: "id" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Periksa buku kerja ini" }));
    });
    expect(screen.getByTestId("check-summary").textContent).toBe(
      "1 lembar dibaca: tidak ada masalah."
    );
    port.readSheets.mockRejectedValueOnce(new Error("read sheet 'X' failed: the workbook is busy"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Periksa buku kerja ini" }));
    });
    expect(screen.getByText("Pemeriksaan tidak selesai")).toBeTruthy();
    expect(screen.getByText(/the workbook is busy/)).toBeTruthy();
  });
});
