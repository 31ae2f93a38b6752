import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ahpConsistency, ahpGroup, ahpInconsistencies, ahpWeights } from "../../src/core";
import {
  analyse,
  fixOf,
  insertBlock,
  judgementOf,
  matrixOf,
  positionOf,
  readingOf,
} from "../../src/taskpane/wizard/model";
import { fakePort } from "./fake-port";
import { renderPane } from "./render";

const SPEC = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];

function typeCriteria(names: string[]) {
  const box = screen.getByRole("textbox", { name: /Criteria, one per line/ });
  fireEvent.change(box, { target: { value: names.join("\n") } });
}

function answer(left: string, right: string, position: number) {
  const slider = screen.getByRole("slider", { name: `${left} versus ${right}` });
  fireEvent.change(slider, { target: { value: String(position) } });
}

const shownWeights = () => screen.getAllByTestId("weight").map((cell) => Number(cell.textContent));
const shownCr = () => Number(screen.getByTestId("cr").textContent);

describe("wizard model", () => {
  test("questionnaire scale: far left 9, middle 1, far right 1/9 (spec §1.1)", () => {
    expect(judgementOf(-8)).toBe(9);
    expect(judgementOf(-4)).toBe(5);
    expect(judgementOf(0)).toBe(1);
    expect(judgementOf(2)).toBeCloseTo(1 / 3, 12);
    expect(judgementOf(8)).toBeCloseTo(1 / 9, 12);
    for (let p = -8; p <= 8; p++) expect(positionOf(judgementOf(p))).toBe(p);
  });

  test("reading: position −4 on C1 … F1 reads C1 5× more important; +4 reads F1 5×", () => {
    expect(readingOf(0, 1, -4)).toEqual({ winner: 0, loser: 1, times: 5 });
    expect(readingOf(0, 1, 4)).toEqual({ winner: 1, loser: 0, times: 5 });
    expect(readingOf(0, 1, 0).times).toBe(1);
  });

  test("Saaty 3×3 from answers: matrix, weights 0.6370/0.2583/0.1047 and CR 0.0332 equal src/core's", () => {
    const matrix = matrixOf(3, { "0-1": -2, "0-2": -4, "1-2": -2 });
    matrix.forEach((row, i) =>
      row.forEach((value, j) => expect(value).toBeCloseTo(SPEC[i][j], 12))
    );
    const { consistency } = analyse(matrix);
    expect(consistency.weights).toEqual(ahpWeights(SPEC));
    expect(consistency.cr).toBeCloseTo(ahpConsistency(SPEC).cr as number, 12);
    expect(consistency.riTable).toBe("saaty1980");
  });

  test("fix: the suggestion replaces the worst judgement with the nearest Saaty value and lowers CR", () => {
    const answers = { "0-1": -8, "0-2": 8, "1-2": -8 };
    const before = analyse(matrixOf(3, answers));
    expect(before.isInconsistent).toBe(true);
    const top = ahpInconsistencies(before.matrix, "eigen", 1)[0];
    const { key, position } = fixOf(top, answers);
    expect(key).toBe(`${top.row - 1}-${top.col - 1}`);
    expect(judgementOf(position)).toBeCloseTo(top.suggestedScale, 12);
    const after = analyse(matrixOf(3, { ...answers, [key]: position }));
    expect(after.consistency.cr as number).toBeLessThan(before.consistency.cr as number);
  });

  test("insert block: upper triangle values, =1/… below, diagonal 1, live AHP.WEIGHTS and AHP.CHECK", () => {
    const block = insertBlock(
      ["C1", "C2", "C3"],
      SPEC,
      { row: 1, col: 1 },
      {
        title: "AHP",
        weight: "Weight",
        check: "Consistency",
      }
    );
    // Starts at B2: title B2, header row 3, matrix C4:E6, weights F4, check title B8, AHP.CHECK B9.
    expect(block.rows[0][0]).toBe("AHP");
    expect(block.rows[1].slice(1, 5)).toEqual(["C1", "C2", "C3", "Weight"]);
    expect(block.rows[2].slice(0, 5)).toEqual(["C1", 1, 3, 5, "=AHP.WEIGHTS(C4:E6)"]);
    expect(block.rows[3].slice(0, 4)).toEqual(["C2", "=1/D4", 1, 3]);
    expect(block.rows[4].slice(0, 4)).toEqual(["C3", "=1/E4", "=1/E5", 1]);
    expect(block.rows[7][0]).toBe('=AHP.CHECK(C4:E6,"eigen","saaty1980")');
    expect(block.spills).toEqual([
      { row: 2, col: 4, rows: 3, columns: 1 },
      { row: 7, col: 0, rows: 6, columns: 2 },
    ]);
    // A judgement below 1 is written as a person types it.
    const flipped = insertBlock(
      ["A", "B"],
      [
        [1, 1 / 3],
        [3, 1],
      ],
      { row: 0, col: 0 },
      {
        title: "t",
        weight: "w",
        check: "c",
      }
    );
    expect(flipped.rows[2][2]).toBe("=1/3");
  });
});

describe("wizard in the pane", () => {
  test("Saaty 3×3 answered on the sliders: weights 0.6370/0.2583/0.1047, CR 0.0332, as src/core", async () => {
    await renderPane(fakePort(), { tab: "wizard" });
    typeCriteria(["C1", "C2", "C3"]);
    answer("C1", "C2", -2);
    answer("C1", "C3", -4);
    answer("C2", "C3", -2);
    expect(shownWeights()).toEqual([0.637, 0.2583, 0.1047]);
    expect(shownWeights()).toEqual(ahpWeights(SPEC).map((w) => Number(w.toFixed(4))));
    expect(shownCr()).toBe(Number((ahpConsistency(SPEC).cr as number).toFixed(4)));
    expect(shownCr()).toBe(0.0332);
    expect(screen.getByText("C1 is 5× more important than C3 (strong)")).toBeTruthy();
    expect(screen.getByTestId("summary").textContent).toContain("Consistent");
    expect(screen.queryByTestId("suggestion")).toBeNull();
  });

  test("Indonesian sentence and numbers: “C1 5× lebih penting daripada F1”, CR 0,0332", async () => {
    await renderPane(fakePort(), { tab: "wizard", lang: "id" });
    const box = screen.getByRole("textbox", { name: /Kriteria, satu per baris/ });
    fireEvent.change(box, { target: { value: "C1\nC2\nF1" } });
    fireEvent.change(screen.getByRole("slider", { name: "C1 dibanding C2" }), {
      target: { value: "-2" },
    });
    fireEvent.change(screen.getByRole("slider", { name: "C1 dibanding F1" }), {
      target: { value: "-4" },
    });
    fireEvent.change(screen.getByRole("slider", { name: "C2 dibanding F1" }), {
      target: { value: "-2" },
    });
    expect(screen.getByText("C1 5× lebih penting daripada F1 (jelas lebih penting)")).toBeTruthy();
    expect(screen.getByTestId("cr").textContent).toBe("0,0332");
  });

  test("inconsistent answers show the worst judgement; Apply suggestion applies it and lowers CR", async () => {
    await renderPane(fakePort(), { tab: "wizard" });
    typeCriteria(["C1", "C2", "C3"]);
    answer("C1", "C2", -8);
    answer("C1", "C3", 8);
    answer("C2", "C3", -8);
    const before = shownCr();
    const matrix = matrixOf(3, { "0-1": -8, "0-2": 8, "1-2": -8 });
    expect(before).toBe(Number((ahpConsistency(matrix).cr as number).toFixed(4)));
    expect(before).toBeGreaterThan(0.1);
    const suggestion = screen.getByTestId("suggestion");
    const top = ahpInconsistencies(matrix, "eigen", 1)[0];
    expect(suggestion.textContent).toContain(`C${top.row} versus C${top.col}`);
    fireEvent.click(within(suggestion).getByRole("button", { name: "Apply suggestion" }));
    const after = shownCr();
    expect(after).toBeLessThan(before);
    const fixed = {
      "0-1": -8,
      "0-2": 8,
      "1-2": -8,
      [`${top.row - 1}-${top.col - 1}`]: positionOf(top.suggestedScale),
    };
    expect(after).toBe(Number((ahpConsistency(matrixOf(3, fixed)).cr as number).toFixed(4)));
    expect(screen.getByTestId("fix-outcome").textContent).toContain("CR");
  });

  test("two respondents: the group view shows the weights of the element-wise geometric mean", async () => {
    await renderPane(fakePort(), { tab: "wizard" });
    typeCriteria(["C1", "C2", "C3"]);
    answer("C1", "C2", -2);
    answer("C1", "C3", -4);
    answer("C2", "C3", -2);
    fireEvent.click(screen.getByRole("button", { name: "Add respondent" }));
    answer("C1", "C2", -4);
    answer("C1", "C3", -6);
    answer("C2", "C3", -2);
    fireEvent.change(screen.getByRole("combobox", { name: "Answers of" }), {
      target: { value: "group" },
    });
    const second = [
      [1, 5, 7],
      [1 / 5, 1, 3],
      [1 / 7, 1 / 3, 1],
    ];
    const group = ahpWeights(ahpGroup([SPEC, second]));
    expect(shownWeights()).toEqual(group.map((w) => Number(w.toFixed(4))));
    expect(screen.getAllByTestId("group-pair")[0].textContent).toBe(
      "C1 is 3.87× more important than C2"
    );
    expect(screen.queryAllByRole("slider")).toHaveLength(0);
  });

  test("Insert reads the selected cell and writes the block there; the port's refusal is shown", async () => {
    const port = fakePort();
    await renderPane(port, { tab: "wizard" });
    typeCriteria(["C1", "C2", "C3"]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insert matrix at selected cell" }));
    });
    expect(port.insertAtSelection).toHaveBeenCalledTimes(1);
    const block = port.insertAtSelection.mock.calls[0][0];
    expect(block.rows[2][4]).toBe("=AHP.WEIGHTS(C4:E6)");
    expect(block.spills).toHaveLength(2);
    expect(screen.getByTestId("insert-outcome").textContent).toContain("Inserted at Sheet1!B2");

    port.insertAtSelection.mockRejectedValueOnce(
      new Error(
        "cell C3 on sheet 'Sheet1' is not empty; select a cell with 12 × 5 empty cells from it"
      )
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insert matrix at selected cell" }));
    });
    expect(screen.getByTestId("insert-outcome").textContent).toContain(
      "cell C3 on sheet 'Sheet1' is not empty"
    );
  });

  test("Insert refuses a multi-cell selection before writing anything", async () => {
    const port = fakePort({
      getSelection: jest.fn(async () => ({
        sheet: "Sheet1",
        address: "A1:A3",
        values: [["x"], ["y"], ["z"]],
      })),
    });
    await renderPane(port, { tab: "wizard" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insert matrix at selected cell" }));
    });
    expect(port.insertAtSelection).not.toHaveBeenCalled();
    expect(screen.getByTestId("insert-outcome").textContent).toContain("Sheet1!A1:A3 is selected");
  });

  test("criteria read from the selected range; answers of unchanged pairs are kept", async () => {
    const port = fakePort({
      getSelection: jest.fn(async () => ({
        sheet: "Data",
        address: "A1:A4",
        values: [["Cost"], ["Quality"], [null], ["Delivery"]],
      })),
    });
    await renderPane(port, { tab: "wizard" });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Read from selection" }));
    });
    expect(screen.getByRole("slider", { name: "Cost versus Delivery" })).toBeTruthy();
    expect(screen.getByText("Read 3 criteria from Data!A1:A4.")).toBeTruthy();
    answer("Cost", "Quality", -3);
    typeCriteria(["Cost", "Quality", "Delivery", "Flexibility"]);
    expect(
      (screen.getByRole("slider", { name: "Cost versus Quality" }) as HTMLInputElement).value
    ).toBe("-3");
    typeCriteria(["Cost"]);
    expect(screen.getByText("Enter at least two criteria.")).toBeTruthy();
  });
});
