import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import { ahpConsistency, ahpGroup, ahpInconsistencies, ahpWeights } from "../../src/core";
import {
  analyse,
  blockLabels,
  carryAnswers,
  fixOf,
  fixPlanOf,
  insertBlock,
  isSingleRename,
  judgementOf,
  matrixOf,
  positionOf,
  readingOf,
} from "../../src/taskpane/wizard/model";
import { wizardReducer, initialWizard } from "../../src/taskpane/hooks/useWizard";
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
        lang: "en",
      }
    );
    // Starts at B2: title B2, header row 3, matrix C4:E6, weights F4, check title B8, AHP.CHECK B9.
    expect(block.rows[0][0]).toBe("AHP");
    expect(block.rows[1].slice(1, 5)).toEqual(["C1", "C2", "C3", "Weight"]);
    expect(block.rows[2].slice(0, 5)).toEqual(["C1", 1, 3, 5, "=AHP.WEIGHTS(C4:E6)"]);
    expect(block.rows[3].slice(0, 4)).toEqual(["C2", "=1/D4", 1, 3]);
    expect(block.rows[4].slice(0, 4)).toEqual(["C3", "=1/E4", "=1/E5", 1]);
    expect(block.rows[7][0]).toBe('=AHP.CHECK(C4:E6,"eigen","saaty1980","en")');
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
        lang: "id",
      }
    );
    expect(flipped.rows[2][2]).toBe("=1/3");
    // AHP.CHECK's labels and verdict in the pane's language, under the pane's titles.
    expect(flipped.rows[6][0]).toBe('=AHP.CHECK(B3:C4,"eigen","saaty1980","id")');
  });

  test("block titles in the sheet's language: one respondent, respondent 2 of 3, the group of 3", () => {
    expect(blockLabels("en", 0, 1)).toEqual({
      title: "AHP pairwise comparison",
      weight: "Weight",
      check: "Consistency (RI table saaty1980)",
      lang: "en",
    });
    expect(blockLabels("en", 1, 3).title).toBe("AHP pairwise comparison — Respondent 2");
    expect(blockLabels("id", "group", 3)).toEqual({
      title: "Matriks kelompok AHP (rata-rata geometrik 3 responden)",
      weight: "Bobot",
      check: "Konsistensi (tabel RI saaty1980)",
      lang: "id",
    });
  });
});

describe("answers follow the criteria's names", () => {
  const typed = (state: ReturnType<typeof initialWizard>, names: string[]) =>
    wizardReducer(state, { type: "criteriaText", text: names.join("\n") });

  test("one name changed in place is a rename: Cost → Costs keeps Cost 9× Quality", () => {
    expect(isSingleRename(["Cost", "Quality", "Delivery"], ["Costs", "Quality", "Delivery"])).toBe(
      true
    );
    expect(isSingleRename(["Cost", "Quality", "Delivery"], ["Price", "Speed", "Delivery"])).toBe(
      false
    );
    expect(isSingleRename(["Cost", "Quality"], ["Quality", "Cost"])).toBe(false);
    let state = initialWizard(["Cost", "Quality", "Delivery"]);
    state = wizardReducer(state, { type: "answer", key: "0-1", position: -8 });
    state = typed(state, ["Costs", "Quality", "Delivery"]);
    expect(state.respondents[0]).toEqual({ "0-1": -8 });
  });

  test("the same names in another order keep each judgement with its names (mirrored)", () => {
    let state = initialWizard(["Cost", "Quality", "Delivery"]);
    state = wizardReducer(state, { type: "answer", key: "0-1", position: -8 }); // Cost 9× Quality
    state = wizardReducer(state, { type: "answer", key: "1-2", position: 2 }); // Delivery 3× Quality
    state = typed(state, ["Quality", "Cost", "Delivery"]);
    // Quality versus Cost: +8 (the right one, Cost, 9×); Quality versus Delivery: still Delivery 3×.
    expect(state.respondents[0]).toEqual({ "0-1": 8, "0-2": 2 });
  });

  test("three new names of the same count start at equal; reading from the selection always carries by name", () => {
    let state = initialWizard(["Cost", "Quality", "Delivery"]);
    state = wizardReducer(state, { type: "answer", key: "0-1", position: -8 });
    expect(typed(state, ["Price", "Speed", "Safety"]).respondents[0]).toEqual({});
    // Read from the selection: even one name changed in place is a different list.
    const read = wizardReducer(state, {
      type: "readCriteria",
      criteria: ["Price", "Quality", "Delivery"],
    });
    expect(read.criteriaText).toBe("Price\nQuality\nDelivery");
    expect(read.respondents[0]).toEqual({});
    const same = wizardReducer(state, {
      type: "readCriteria",
      criteria: ["Delivery", "Quality", "Cost"],
    });
    expect(same.respondents[0]).toEqual({ "1-2": 8 });
    expect(carryAnswers(["A", "B"], ["B", "A"], { "0-1": -3 })).toEqual({ "0-1": 3 });
  });
});

describe("Apply suggestion always changes something, or says why not", () => {
  // A/B/C at +8, +7, −4: B 9× A, C 8× A, B 5× C. The worst pair, A versus B, is already at 1/9 and
  // w_A/w_B = 0.0676 lies beyond: its fix would leave CR at 0.2176.
  const answers = { "0-1": 8, "0-2": 7, "1-2": -4 };

  test("model: A versus B cannot move (atEnd); A versus C goes to 1/5 and CR 0.2176 → 0.1009", () => {
    const analysis = analyse(matrixOf(3, answers));
    expect(analysis.consistency.cr).toBeCloseTo(0.2175530883, 9);
    const [top] = analysis.inconsistencies;
    expect([top.row, top.col]).toEqual([1, 2]);
    expect(top.suggested).toBeCloseTo(0.0675800222, 9);
    expect(fixOf(top, answers)).toEqual({ key: "0-1", position: 8 }); // no change: why it was a bug
    const { plan, skipped } = fixPlanOf(analysis, answers);
    expect(skipped).toEqual([{ row: 0, col: 1, reason: "atEnd" }]);
    expect(plan).toMatchObject({ row: 0, col: 2, key: "0-2", from: 7, position: 4 });
    expect(plan?.crAfter).toBeCloseTo(0.1009480774, 9);
    // Only pairs whose fix cannot change anything: nothing to apply.
    const stuck = { ...analysis, inconsistencies: [top] };
    expect(fixPlanOf(stuck, answers)).toEqual({
      plan: null,
      skipped: [{ row: 0, col: 1, reason: "atEnd" }],
    });
  });

  test("pane: the message names the pair it will change and the value it will set; applying does so", async () => {
    await renderPane(fakePort(), { tab: "wizard" });
    typeCriteria(["A", "B", "C"]);
    answer("A", "B", 8);
    answer("A", "C", 7);
    answer("B", "C", -4);
    expect(shownCr()).toBe(0.2176);
    const suggestion = screen.getByTestId("suggestion");
    expect(suggestion.textContent).toContain("Most inconsistent judgement: A versus B");
    expect(screen.getByTestId("fix-plan").textContent).toBe(
      "A versus B is already at the end of the scale (9×), so it cannot move further towards that ratio. " +
        "Apply suggestion changes A versus C instead: C is 5× more important than A (strong) (CR 0.2176 → 0.1009)."
    );
    fireEvent.click(within(suggestion).getByRole("button", { name: "Apply suggestion" }));
    expect(shownCr()).toBe(0.1009);
    expect((screen.getByRole("slider", { name: "A versus C" }) as HTMLInputElement).value).toBe(
      "4"
    );
    expect(screen.getByTestId("fix-outcome").textContent).toContain(
      "Changed A versus C: CR 0.2176 → 0.1009."
    );
  });

  test("pane, Indonesian: the same explanation in Bahasa Indonesia with 0,2176", async () => {
    await renderPane(fakePort(), { tab: "wizard", lang: "id" });
    const box = screen.getByRole("textbox", { name: /Kriteria, satu per baris/ });
    fireEvent.change(box, { target: { value: "A\nB\nC" } });
    for (const [pair, position] of [
      ["A dibanding B", 8],
      ["A dibanding C", 7],
      ["B dibanding C", -4],
    ] as const)
      fireEvent.change(screen.getByRole("slider", { name: pair }), {
        target: { value: String(position) },
      });
    expect(screen.getByTestId("fix-plan").textContent).toBe(
      "A dibanding B sudah di ujung skala (9×), jadi tidak dapat bergeser lebih jauh ke arah rasio itu. " +
        "Terapkan saran mengubah A dibanding C sebagai gantinya: C 5× lebih penting daripada A (jelas lebih penting) (CR 0,2176 → 0,1009)."
    );
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

  test("Read from selection carries answers by name: Cost 9× Quality does not become Price 9× Speed", async () => {
    const port = fakePort({
      getSelection: jest.fn(async () => ({
        sheet: "Data",
        address: "A1:A3",
        values: [["Price"], ["Speed"], ["Safety"]],
      })),
    });
    await renderPane(port, { tab: "wizard" });
    typeCriteria(["Cost", "Quality", "Delivery"]);
    answer("Cost", "Quality", -8);
    expect(screen.getByText("Cost is 9× more important than Quality (extreme)")).toBeTruthy();
    // Retyped in another order, the judgement stays Cost 9× Quality.
    typeCriteria(["Quality", "Cost", "Delivery"]);
    expect(screen.getByText("Cost is 9× more important than Quality (extreme)")).toBeTruthy();
    expect(
      (screen.getByRole("slider", { name: "Quality versus Cost" }) as HTMLInputElement).value
    ).toBe("8");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Read from selection" }));
    });
    expect(screen.getByText("Price and Speed are equally important")).toBeTruthy();
    expect(screen.queryByText(/9× more important/)).toBeNull();
  });

  test("a one-cell selection is refused with a warning and the typed criteria stay", async () => {
    const port = fakePort({
      getSelection: jest.fn(async () => ({ sheet: "Data", address: "B2", values: [["Cost"]] })),
    });
    await renderPane(port, { tab: "wizard" });
    typeCriteria(["Cost", "Quality", "Delivery"]);
    answer("Cost", "Quality", -3);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Read from selection" }));
    });
    expect(screen.getByText(/The selection Data!B2 holds one name \(“Cost”\)/)).toBeTruthy();
    expect(
      (screen.getByRole("textbox", { name: /Criteria, one per line/ }) as HTMLTextAreaElement).value
    ).toBe("Cost\nQuality\nDelivery");
    expect(
      (screen.getByRole("slider", { name: "Cost versus Quality" }) as HTMLInputElement).value
    ).toBe("-3");
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
