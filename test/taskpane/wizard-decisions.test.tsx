/**
 * The wizard's group and sensitivity views show src/core's numbers for the spec's worked examples
 * (docs/methods.md §1.6): the three respondents' consensus, compatibilities and AIJ weights; the
 * critical weights of three alternatives and of one scorecard's light; the seeded uncertainty.
 */
import "./setup";
import { act, fireEvent, screen, within } from "@testing-library/react";
import {
  ahpGroup,
  ahpUncertainty,
  analyseRespondents,
  consensusBand,
  consistencyOf,
  criticalChanges,
} from "../../src/core";
import { cellAddress, parseRange } from "../../src/sheet/a1";
import type { Scalar } from "../../src/sheet/plan";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { WorkbookPort } from "../../src/workbook/port";
import { DECISION_LABELS } from "../../src/functions/decision-labels";
import { bandFormula, groupBlock, groupBlockSize } from "../../src/taskpane/wizard/group-block";
import { groupOf } from "../../src/taskpane/wizard/group";
import { RI_TABLE, matrixOf, type Answers } from "../../src/taskpane/wizard/model";
import { scoreRows, sensitivityOf } from "../../src/taskpane/wizard/sensitivity";
import { initialWizard, wizardReducer } from "../../src/taskpane/hooks/useWizard";
import { fakePort } from "./fake-port";
import { renderPane, settle } from "./render";

// The spec's three respondents (§1.6, Consensus) as positions on the questionnaire's scale:
// −k is "left k+1 times more important", +k its reciprocal.
const SPEC_RESPONDENTS: Answers[] = [
  { "0-1": -2, "0-2": -4, "1-2": -2 }, // [[1,3,5],[1/3,1,3],[1/5,1/3,1]]
  { "0-1": 1, "0-2": -2, "1-2": -3 }, // [[1,1/2,3],[2,1,4],[1/3,1/4,1]]
  { "0-1": -4, "0-2": -6, "1-2": -1 }, // [[1,5,7],[1/5,1,2],[1/7,1/2,1]]
];
/** Intransitive and far from the others: CR well above 0.10. */
const INCONSISTENT: Answers = { "0-1": -8, "0-2": 8, "1-2": -8 };

const fixed = (values: readonly number[], digits: number) => values.map((v) => v.toFixed(digits));

describe("the respondents as a group (model)", () => {
  test("spec's three respondents: S* 0.821921 (high), compatibility 1.027956/1.264285/1.143154, AIJ 0.574037/0.311359/0.114604", () => {
    const { analysis, members, noneMeetsLimit } = groupOf(3, SPEC_RESPONDENTS, null);
    expect(members).toEqual([0, 1, 2]);
    expect(noneMeetsLimit).toBe(false);
    expect(analysis.consensus?.consensus).toBeCloseTo(0.821921, 6);
    expect(analysis.consensus?.band).toBe("high");
    const compatibility = analysis.respondents.map((r) => r.compatibility as number);
    [1.027956, 1.264285, 1.143154].forEach((c, k) => expect(compatibility[k]).toBeCloseTo(c, 6));
    [0.574037, 0.311359, 0.114604].forEach((w, k) => expect(analysis.group![k]).toBeCloseTo(w, 6));
  });

  test("a CR limit of 0.10 leaves the intransitive fourth respondent out; the group is the spec's three again", () => {
    const all = [...SPEC_RESPONDENTS, INCONSISTENT];
    const open = groupOf(3, all, null);
    expect(open.analysis.leftOut).toEqual([]);
    expect(open.analysis.consensus!.consensus).not.toBeCloseTo(0.821921, 3);
    const limited = groupOf(3, all, 0.1);
    expect(limited.analysis.leftOut).toEqual([3]);
    expect(limited.members).toEqual([0, 1, 2]);
    expect(limited.analysis.consensus?.consensus).toBeCloseTo(0.821921, 6);
  });

  test("nobody meets the limit: the group falls back to everyone and says so", () => {
    const { members, noneMeetsLimit } = groupOf(3, [INCONSISTENT, INCONSISTENT], 0.1);
    expect(noneMeetsLimit).toBe(true);
    expect(members).toEqual([0, 1]);
  });

  test("the limit and the scores are wizard state (kept with the rest of the answers)", () => {
    let state = initialWizard(["A", "B"]);
    state = wizardReducer(state, { type: "maxCr", maxCr: 0.08 });
    state = wizardReducer(state, { type: "score", criterion: "B", option: 1, value: 7 });
    state = wizardReducer(state, { type: "options", options: 2 });
    expect(state.maxCr).toBe(0.08);
    expect(state.scores).toEqual({ B: [undefined, 7] });
    expect(state.options).toBe(2);
  });
});

/** The cells of `workbook`'s Sheet1 as written (formulas) and as computed (values), by A1 address. */
async function cellsOf(workbook: MemoryWorkbook) {
  const sheet = await workbook.readSheet("Sheet1");
  const { top, left } = parseRange(sheet.address!);
  const formulas = new Map<string, Scalar>();
  const values = new Map<string, Scalar>();
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      formulas.set(cellAddress(top + r, left + c), formula);
      values.set(cellAddress(top + r, left + c), sheet.values[r][c]);
    })
  );
  /** The address of the one cell whose formula starts with `prefix`. */
  const find = (prefix: string) => {
    const found = [...formulas].filter(([, f]) => typeof f === "string" && f.startsWith(prefix));
    expect(found).toHaveLength(1);
    return found[0][0];
  };
  /** The computed values of a range, row by row. */
  const range = (address: string) => {
    const r = parseRange(address);
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) =>
      Array.from({ length: r.right - r.left + 1 }, (_, j) =>
        values.get(cellAddress(r.top + i, r.left + j))
      )
    );
  };
  const below = (address: string, k: number, right = 0) => {
    const { row, col } = { row: parseRange(address).top, col: parseRange(address).left };
    return values.get(cellAddress(row + k, col + right));
  };
  return { formulas, values, find, range, below };
}

/** The ranges =NAME(r1,r2,…) at `address` refers to. */
function argumentsOf(formula: Scalar): string[] {
  return /^=[A-Z.]+\((.*)\)$/.exec(String(formula))![1].split(",");
}

/** Inserts the group block of `respondents` (CR limit `maxCr`) at Sheet1!B2 of an empty workbook. */
async function insertGroup(respondents: Answers[], maxCr: number | null, lang: "en" | "id") {
  const workbook = new MemoryWorkbook({ Sheet1: {} });
  await workbook.goTo("Sheet1", "B2");
  const { members, noneMeetsLimit } = groupOf(3, respondents, maxCr);
  const input = {
    criteria: ["C1", "C2", "C3"],
    matrices: respondents.map((a) => matrixOf(3, a)),
    members,
    maxCr,
    noneMeetsLimit,
  };
  const result = await workbook.insertAtSelection(groupBlock(input, { row: 1, col: 1 }, lang));
  const size = groupBlockSize(input);
  expect(parseRange(result.address)).toEqual({
    top: 1,
    left: 1,
    bottom: size.rows,
    right: size.columns,
  });
  return cellsOf(workbook);
}

describe("the group block Insert writes (in-memory workbook, formulas evaluated)", () => {
  test("spec's three respondents: =AHP.CONSENSUS 0.821921 high, =AHP.WEIGHTS(=AHP.GROUP) 0.574037/0.311359/0.114604, CR as core's, to 1e-9", async () => {
    const cells = await insertGroup(SPEC_RESPONDENTS, null, "en");
    const matrices = SPEC_RESPONDENTS.map((a) => matrixOf(3, a));
    const core = analyseRespondents(matrices);

    const consensusCell = cells.find("=AHP.CONSENSUS(");
    const consensus = cells.values.get(consensusCell) as number;
    expect(Math.abs(consensus - core.consensus!.consensus)).toBeLessThan(1e-9);
    expect(Math.abs(consensus - 0.821921)).toBeLessThan(5e-7);
    expect(cells.below(consensusCell, 0, 1)).toBe("high");
    expect(cells.below(consensusCell, 0, -1)).toBe("Consensus S*");

    // Each respondent's range the consensus and the group read holds that respondent's matrix,
    // under their name.
    const ranges = argumentsOf(cells.formulas.get(consensusCell) ?? null);
    expect(ranges).toHaveLength(3);
    const groupCell = cells.find("=AHP.GROUP(");
    expect(argumentsOf(cells.formulas.get(groupCell) ?? null)).toEqual(ranges);
    ranges.forEach((range, k) => {
      cells
        .range(range)
        .forEach((row, i) =>
          row.forEach((value, j) => expect(value as number).toBeCloseTo(matrices[k][i][j], 12))
        );
      const { top, left } = parseRange(range);
      expect(cells.values.get(cellAddress(top - 2, left - 1))).toBe(`Respondent ${k + 1}`);
    });

    const group = ahpGroup(matrices);
    const weightsCell = cells.find("=AHP.WEIGHTS(");
    const groupRange = argumentsOf(cells.formulas.get(weightsCell) ?? null)[0];
    expect(parseRange(groupRange).top).toBe(parseRange(groupCell).top);
    expect(parseRange(groupRange).left).toBe(parseRange(groupCell).left);
    cells
      .range(groupRange)
      .forEach((row, i) =>
        row.forEach((value, j) =>
          expect(Math.abs((value as number) - group[i][j])).toBeLessThan(1e-9)
        )
      );
    [0.574037, 0.311359, 0.114604].forEach((w, k) => {
      const value = cells.below(weightsCell, k) as number;
      expect(Math.abs(value - core.group![k])).toBeLessThan(1e-9);
      expect(Math.abs(value - w)).toBeLessThan(5e-7);
    });
    const checkCell = cells.find("=AHP.CHECK(");
    expect(cells.formulas.get(checkCell)).toBe(
      `=AHP.CHECK(${groupRange},"eigen","saaty1980","en")`
    );
    const cr = consistencyOf(group, "eigen", RI_TABLE).cr!;
    expect(Math.abs((cells.below(checkCell, 3, 1) as number) - cr)).toBeLessThan(1e-9);
    expect(cells.values.get("B2")).toBe("AHP group matrix (geometric mean of 3 respondents)");
    expect([...cells.values.values()].some((v) => String(v).startsWith("Left out"))).toBe(false);
  });

  test("CR limit 0.10 with the intransitive fourth: only the spec's three are written and combined, respondent 4 named as left out (Bahasa Indonesia)", async () => {
    const cells = await insertGroup([...SPEC_RESPONDENTS, INCONSISTENT], 0.1, "id");
    const core = analyseRespondents(SPEC_RESPONDENTS.map((a) => matrixOf(3, a)));
    const consensusCell = cells.find("=AHP.CONSENSUS(");
    expect(argumentsOf(cells.formulas.get(consensusCell) ?? null)).toHaveLength(3);
    const consensus = cells.values.get(consensusCell) as number;
    expect(Math.abs(consensus - core.consensus!.consensus)).toBeLessThan(1e-9);
    expect(cells.below(consensusCell, 0, 1)).toBe("tinggi");
    expect(cells.below(consensusCell, 0, -1)).toBe("Konsensus S*");
    expect(cells.below(consensusCell, 1, -1)).toBe(
      "Dikeluarkan dari kelompok, CR di atas 0,10: Responden 4"
    );
    const shown = [...cells.values.values()];
    expect(shown.filter((v) => /^Responden \d$/.test(String(v)))).toEqual([
      "Responden 1",
      "Responden 2",
      "Responden 3",
    ]);
    const weightsCell = cells.find("=AHP.WEIGHTS(");
    core.group!.forEach((w, k) =>
      expect(Math.abs((cells.below(weightsCell, k) as number) - w)).toBeLessThan(1e-9)
    );
    expect(cells.values.get("B2")).toBe("Matriks kelompok AHP (rata-rata geometrik 3 responden)");
  });
});

describe("the consensus band formula", () => {
  test.each([0, 0.5, 0.5000001, 0.625, 0.7, 0.75, 0.875, 0.8750001, 1])(
    "S* %p: the sheet's band is core's consensusBand, in both languages",
    async (value) => {
      const workbook = new MemoryWorkbook({
        Sheet1: { A1: value, B1: bandFormula("A1", "en"), C1: bandFormula("A1", "id") },
      });
      const cells = await cellsOf(workbook);
      const band = consensusBand(value);
      expect(cells.values.get("B1")).toBe(DECISION_LABELS.en.bands[band]);
      expect(cells.values.get("C1")).toBe(DECISION_LABELS.id.bands[band]);
    }
  );
});

describe("sensitivity (model)", () => {
  test("spec: weights 0.5/0.3/0.2, A (7,5,9), B (6,8,4), C (8,4,6): critical weights 4/9, 1/3, 1/9, nearest first", () => {
    const scores = { K1: [7, 6, 8], K2: [5, 8, 4], K3: [9, 4, 6] };
    const rows = scoreRows(["K1", "K2", "K3"], scores, 3)!;
    expect(rows).toEqual([
      [7, 5, 9],
      [6, 8, 4],
      [8, 4, 6],
    ]);
    const result = sensitivityOf([0.5, 0.3, 0.2], rows);
    expect(result.mode).toBe("ranking");
    result.totals.forEach((total, k) => expect(total).toBeCloseTo([6.8, 6.2, 6.4][k], 12));
    expect(result.rows.map((r) => r.criterion)).toEqual([1, 0, 2]);
    const critical = Object.fromEntries(result.rows.map((r) => [r.criterion, r.critical]));
    expect(critical[0]).toBeCloseTo(4 / 9, 12);
    expect(critical[1]).toBeCloseTo(1 / 3, 12);
    expect(critical[2]).toBeCloseTo(1 / 9, 12);
    // B and C meet each time.
    for (const r of result.rows) expect(r.event).toEqual({ kind: "swap", first: 1, second: 2 });
  });

  test("spec: one scorecard, levels (9, 6) at 50 % each: index 7.5 YELLOW, GREEN from w₁ = 2/3; +10 points → +0.30", () => {
    const result = sensitivityOf([0.5, 0.5], [[9, 6]]);
    expect(result.mode).toBe("light");
    expect(result.totals[0]).toBeCloseTo(7.5, 12);
    expect(result.status).toBe("YELLOW");
    const first = result.rows.find((r) => r.criterion === 0)!;
    expect(first.critical).toBeCloseTo(2 / 3, 12);
    expect(first.event).toEqual({ kind: "light", from: "YELLOW", to: "GREEN" });
    // Index(w₁) = 9·w₁ + 6·(1 − w₁): slope 3 per unit of weight.
    expect(first.perStep).toBeCloseTo(0.3, 12);
  });

  test("a blank or out-of-range score gives no sensitivity yet", () => {
    expect(scoreRows(["A", "B"], { A: [5] }, 1)).toBeNull();
    expect(scoreRows(["A", "B"], { A: [5], B: [11] }, 1)).toBeNull();
  });
});

function typeCriteria(names: string[]) {
  fireEvent.change(screen.getByRole("textbox", { name: /Criteria, one per line/ }), {
    target: { value: names.join("\n") },
  });
}

function answerAll(answers: Answers, names: string[]) {
  for (const [key, position] of Object.entries(answers)) {
    const [i, j] = key.split("-").map(Number);
    fireEvent.change(screen.getByRole("slider", { name: `${names[i]} versus ${names[j]}` }), {
      target: { value: String(position) },
    });
  }
}

/** The wizard with `names` and one respondent's answers, its sensitivity section opened. */
async function openSensitivity(names: string[], answers: Answers) {
  await renderPane(fakePort(), { tab: "wizard" });
  typeCriteria(names);
  answerAll(answers, names);
  fireEvent.click(screen.getByRole("button", { name: "Show" }));
  await settle();
}

const texts = (testId: string) => screen.getAllByTestId(testId).map((cell) => cell.textContent);

describe("the wizard in the pane", () => {
  const NAMES = ["C1", "C2", "C3"];

  async function threeRespondents(extra: Answers[] = [], port: WorkbookPort = fakePort()) {
    await renderPane(port, { tab: "wizard" });
    typeCriteria(NAMES);
    [...SPEC_RESPONDENTS, ...extra].forEach((answers, k) => {
      if (k > 0) fireEvent.click(screen.getByRole("button", { name: "Add respondent" }));
      answerAll(answers, NAMES);
    });
  }

  test("respondents table: each CR and distance, consensus 82.2 % high, group 0.574/0.311/0.115 with its spread", async () => {
    await threeRespondents();
    const expected = analyseRespondents(SPEC_RESPONDENTS.map((a) => matrixOf(3, a)));
    expect(texts("respondent-cr")).toEqual(
      fixed(
        expected.respondents.map((r) => r.cr!),
        4
      )
    );
    expect(texts("respondent-distance")).toEqual(["1.028", "1.264", "1.143"]);
    expect(screen.getByTestId("consensus-value").textContent).toBe("82.2%");
    expect(screen.getByTestId("consensus").textContent).toContain("high");
    expect(texts("spread-group")).toEqual(["0.574", "0.311", "0.115"]);
    expect(texts("spread-mean")).toEqual(
      expected.spread.map((c) => `${c.mean.toFixed(2)} ±\u00a0${c.sd!.toFixed(2)}`)
    );
    expect(texts("spread-range")).toEqual(
      expected.spread.map((c) => `${c.min.toFixed(2)}–${c.max.toFixed(2)}`)
    );
  });

  test("Insert with the spec's three respondents: the sheet's =AHP.CONSENSUS and group weights equal core's to 1e-9", async () => {
    const workbook = new MemoryWorkbook({ Sheet1: { A1: "mine" } });
    await workbook.goTo("Sheet1", "B2");
    await threeRespondents([], workbook);
    // Title, three matrices (name, header, 3 rows, gap), the group (title, header, 3 rows), gap,
    // the check (title, 6 rows), gap, the consensus: 34 rows; the names, 3 columns, the weight.
    expect(screen.getByText(/the block needs 34 × 5 empty cells/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Insert matrix at selected cell" }));
    });
    await settle();
    expect(screen.getByTestId("insert-outcome").textContent).toContain("Inserted at Sheet1!B2");
    const cells = await cellsOf(workbook);
    expect(cells.values.get("A1")).toBe("mine");
    const core = analyseRespondents(SPEC_RESPONDENTS.map((a) => matrixOf(3, a)));
    const consensusCell = cells.find("=AHP.CONSENSUS(");
    const consensus = cells.values.get(consensusCell) as number;
    expect(Math.abs(consensus - core.consensus!.consensus)).toBeLessThan(1e-9);
    expect(cells.below(consensusCell, 0, 1)).toBe("high");
    const weightsCell = cells.find("=AHP.WEIGHTS(");
    core.group!.forEach((w, k) =>
      expect(Math.abs((cells.below(weightsCell, k) as number) - w)).toBeLessThan(1e-9)
    );
  });

  test("CR limit 0.10: respondent 4 is named as left out, and the group is the spec's three again", async () => {
    await threeRespondents([INCONSISTENT]);
    expect(screen.getByTestId("consensus-value").textContent).not.toBe("82.2%");
    fireEvent.click(screen.getByRole("checkbox", { name: "Combine only consistent respondents" }));
    const cr = analyseRespondents([matrixOf(3, INCONSISTENT)]).respondents[0].cr!;
    expect(screen.getByTestId("left-out").textContent).toBe(
      `Left out of the group, CR above 0.10: Respondent 4 (${cr.toFixed(4)}).`
    );
    expect(screen.getByTestId("consensus-value").textContent).toBe("82.2%");
    expect(texts("spread-group")).toEqual(["0.574", "0.311", "0.115"]);
    // The group view and its Insert use the three as well.
    fireEvent.change(screen.getByRole("combobox", { name: "Answers of" }), {
      target: { value: "group" },
    });
    expect(screen.getAllByTestId("weight").map((c) => c.textContent)).toEqual([
      "0.5740",
      "0.3114",
      "0.1146",
    ]);
    expect(screen.getByText(/geometric mean \(AIJ\) of 3 respondents/)).toBeTruthy();
  });

  test("sensitivity view: the uncertainty of the spec's 3×3 equals AHP.UNCERTAINTY(matrix, 1.5) (10 000 runs, seed 1)", async () => {
    await openSensitivity(NAMES, SPEC_RESPONDENTS[0]);
    const expected = ahpUncertainty(matrixOf(3, SPEC_RESPONDENTS[0]), { spread: 1.5 });
    expect(expected.trials).toBe(10000);
    expect(expected.seed).toBe(1);
    expect(texts("uncertainty-range")).toEqual(
      expected.p05.map((low, k) => `${low.toFixed(3)} to ${expected.p95[k].toFixed(3)}`)
    );
    expect(screen.getByTestId("same-order").textContent).toBe(
      `The order of the criteria stayed the same in ${(100 * expected.sameOrder).toFixed(1)}% of the runs.`
    );
  });

  test("sensitivity view, one scorecard: A and B equal, levels 9 and 6: index 7.50 Yellow; A 16.7 points higher turns it Green", async () => {
    await openSensitivity(["A", "B"], {});
    expect(screen.getByText(/Type a score from 0 to 10/)).toBeTruthy();
    fireEvent.change(screen.getByRole("spinbutton", { name: "Score: score of A" }), {
      target: { value: "9" },
    });
    fireEvent.change(screen.getByRole("spinbutton", { name: "Score: score of B" }), {
      target: { value: "6" },
    });
    expect(screen.getByTestId("result-now").textContent).toBe(
      "Index now 7.50 of 10: Yellow (green from 8, yellow from 4)."
    );
    const rows = screen.getAllByTestId("critical-row");
    expect(within(rows[0]).getByTestId("critical-text").textContent).toBe(
      "16.7 points higher turns the light Green · each +10 points moves the index +0.30"
    );
    expect(within(rows[1]).getByTestId("critical-text").textContent).toBe(
      "16.7 points lower turns the light Green · each +10 points moves the index −0.30"
    );
    expect(screen.getByTestId("lines-chart")).toBeTruthy();
  });

  test("sensitivity view, three options on the spec's 3×3 weights: each row's move equals AHP.CRITICAL's", async () => {
    await openSensitivity(NAMES, SPEC_RESPONDENTS[0]);
    fireEvent.click(screen.getByRole("button", { name: "Add option" }));
    fireEvent.click(screen.getByRole("button", { name: "Add option" }));
    const scores = [
      [7, 5, 9],
      [6, 8, 4],
      [8, 4, 6],
    ];
    scores.forEach((row, o) =>
      row.forEach((value, k) =>
        fireEvent.change(
          screen.getByRole("spinbutton", {
            name: `Option ${"ABC"[o]}: score of ${NAMES[k]}`,
          }),
          { target: { value: String(value) } }
        )
      )
    );
    const weights = analyseRespondents([matrixOf(3, SPEC_RESPONDENTS[0])]).respondents[0].weights;
    const expected = criticalChanges({ weights, scores })
      .filter((c) => c.change !== null)
      .sort((a, b) => Math.abs(a.change!) - Math.abs(b.change!));
    const shown = texts("critical-text");
    expected.forEach((c, k) => {
      const points = (100 * Math.abs(c.change!)).toFixed(1);
      const event = c.event as { first: number; second: number };
      expect(shown[k]).toBe(
        `${points} points ${c.change! < 0 ? "lower" : "higher"}: Option ${"ABC"[event.first]} and Option ${"ABC"[event.second]} swap places`
      );
    });
  });

  test("Indonesian: consensus band and the group in Bahasa Indonesia, 82,2%", async () => {
    await renderPane(fakePort(), { tab: "wizard", lang: "id" });
    fireEvent.change(screen.getByRole("textbox", { name: /Kriteria, satu per baris/ }), {
      target: { value: NAMES.join("\n") },
    });
    SPEC_RESPONDENTS.forEach((answers, k) => {
      if (k > 0) fireEvent.click(screen.getByRole("button", { name: "Tambah responden" }));
      for (const [key, position] of Object.entries(answers)) {
        const [i, j] = key.split("-").map(Number);
        fireEvent.change(
          screen.getByRole("slider", { name: `${NAMES[i]} dibanding ${NAMES[j]}` }),
          {
            target: { value: String(position) },
          }
        );
      }
    });
    expect(screen.getByTestId("consensus-value").textContent).toBe("82,2%");
    expect(screen.getByTestId("consensus").textContent).toContain("tinggi");
    expect(texts("respondent-distance")).toEqual(["1,028", "1,264", "1,143"]);
  });
});
