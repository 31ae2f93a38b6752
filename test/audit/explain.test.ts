/**
 * "Explain this cell" on the worked examples: the steps it shows are the native generator's, their
 * numbers equal the core's to 1e-9, and the three most inconsistent judgements are the core's.
 */
import {
  ahpConsistency,
  ahpInconsistencies,
  ahpWeights,
  consistencyOf,
  omaxLevel,
  pairwiseMatrix,
  randomIndex,
} from "../../src/core";
import {
  explainCell,
  freeSpotBeside,
  stepsBlock,
  type ExplainedCall,
} from "../../src/audit/explain";
import { cellAddress } from "../../src/sheet/a1";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import { settingsLayout } from "../../src/templates/settings";
import { type } from "../helpers/typing";

/** docs/methods.md §1.5: the 4 × 4 example. */
const SPEC_4 = [
  [1, 2, 4, 3],
  [1 / 2, 1, 3, 2],
  [1 / 4, 1 / 3, 1, 1 / 2],
  [1 / 3, 1 / 2, 2, 1],
];

function matrixSeed(a: number[][]): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  a.forEach((row, i) =>
    row.forEach((v, j) => {
      const address = `${String.fromCharCode(66 + j)}${2 + i}`;
      cells[address] = i > j ? `=1/${String.fromCharCode(66 + i)}${2 + j}` : v;
    })
  );
  return cells;
}

async function explained(workbook: MemoryWorkbook, sheet: string, address: string) {
  await workbook.goTo(sheet, address);
  const explanation = explainCell(await workbook.readCellContext(), "en");
  if (explanation.kind !== "explained") throw new Error(`not explained: ${explanation.kind}`);
  return explanation;
}

const step = (call: ExplainedCall, label: string) => {
  const found = call.steps.find((s) => s.label.en.startsWith(label));
  if (!found)
    throw new Error(`no step ${label} in ${call.steps.map((s) => s.label.en).join(" | ")}`);
  return found.value as number;
};

describe("Explain this cell", () => {
  test("AHP.WEIGHTS of the 4 × 4 example: inputs, λmax, CI, RI, CR and weights equal the core's to 1e-9", async () => {
    const workbook = new MemoryWorkbook({
      AHP: { ...matrixSeed(SPEC_4), G2: "=AHP.WEIGHTS(B2:E5)" },
    });
    const { calls, formula } = await explained(workbook, "AHP", "G2");
    expect(formula).toBe("=AHP.WEIGHTS(B2:E5)");
    const [call] = calls;
    expect(call.name).toBe("AHP.WEIGHTS");
    expect(call.inputs).toHaveLength(1);
    expect(call.inputs[0]).toMatchObject({
      text: "B2:E5",
      range: { sheet: "AHP", address: "B2:E5" },
    });
    (call.inputs[0].values as number[][]).forEach((row, i) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(SPEC_4[i][j], 12))
    );
    const core = ahpConsistency(SPEC_4);
    expect(step(call, "λmax")).toBeCloseTo(core.lambdaMax, 9);
    expect(step(call, "CI")).toBeCloseTo(core.ci, 9);
    expect(step(call, "RI")).toBe(core.ri);
    expect(step(call, "CR")).toBeCloseTo(core.cr as number, 9);
    // Every named step has a value; the weights by A^256 are the eigenvector's first weight.
    expect(call.steps.length).toBeGreaterThan(15);
    expect(step(call, "w (eigen)")).toBeCloseTo(ahpWeights(SPEC_4)[0], 9);
    expect(step(call, "Column sum")).toBeCloseTo(1 + 1 / 2 + 1 / 4 + 1 / 3, 12);
    expect(step(call, "n (criteria)")).toBe(4);
    const weights = ahpWeights(SPEC_4);
    call.result.forEach(([w], i) => expect(w).toBeCloseTo(weights[i], 9));
    call.kinerja.forEach(([w], i) => expect(w).toBeCloseTo(weights[i], 12));
    expect(call.difference).toBeLessThan(1e-9);
    // The three most inconsistent judgements, with the cell each is typed in.
    const top3 = ahpInconsistencies(SPEC_4, "eigen", 3);
    expect(call.inconsistent?.map((p) => [p.row, p.col])).toEqual(top3.map((p) => [p.row, p.col]));
    expect(call.inconsistent?.[0].cell).toBe(
      `${String.fromCharCode(66 + top3[0].col - 1)}${2 + top3[0].row - 1}`
    );
  });

  test.each(["floor", "nearest", "interpolate"] as const)(
    "OMAX.LEVEL(92.4, anchors 70 / 85 / 99) in mode %s: the level equals the core's to 1e-9",
    async (mode) => {
      const workbook = new MemoryWorkbook({
        KPI: { A2: 92.4, B2: 70, C2: 85, D2: 99, F2: `=OMAX.LEVEL(A2,B2,C2,D2,3,"${mode}")` },
      });
      const { calls } = await explained(workbook, "KPI", "F2");
      const [call] = calls;
      expect(call.inputs.map((i) => i.text)).toEqual(["A2", "B2", "C2", "D2", "3", `"${mode}"`]);
      expect(call.inputs.slice(0, 4).map((i) => i.values[0][0])).toEqual([92.4, 70, 85, 99]);
      const level = omaxLevel(92.4, 70, 85, 99, 3, mode);
      expect(call.result[0][0]).toBeCloseTo(level, 9);
      expect(call.kinerja[0][0]).toBeCloseTo(level, 12);
      expect(call.difference).toBeLessThan(1e-9);
      expect(call.inconsistent).toBeUndefined();
    }
  );

  test("Write the steps beside it: the 4 × 4 example's block on free cells right of G2 evaluates to the core's weights and CR", async () => {
    const workbook = new MemoryWorkbook({
      AHP: { ...matrixSeed(SPEC_4), I3: "keep me" },
    });
    // The weights spill down G2:G5, as in Excel.
    await workbook.insertAt("AHP", "G2", {
      rows: [["=AHP.WEIGHTS(B2:E5)"]],
      spills: [{ row: 0, col: 0, rows: 4, columns: 1 }],
    });
    const explanation = await explained(workbook, "AHP", "G2");
    const [call] = explanation.calls;
    const probe = stepsBlock(explanation, call, "AHP", { row: 0, col: 0 }, "en");
    const spot = freeSpotBeside(
      await workbook.readSheet("AHP"),
      "G2",
      probe.rows.length,
      probe.rows[0].length
    );
    // I3 holds text: the block starts right of it, on the cell's row.
    expect(spot).toEqual({ row: 1, col: 9 });
    const block = stepsBlock(explanation, call, "AHP", spot!, "en");
    const at = cellAddress(spot!.row, spot!.col);
    await workbook.insertAt("AHP", at, { rows: block.rows, numberFormat: block.numberFormat });
    const grid = workbook.snapshot("AHP");
    const shown = (r: number, c: number) => grid.cells[r][c].value;
    expect(shown(2, 8)).toBe("keep me");
    // The re-performed weights (below the block) and their difference from G2:G5.
    const rows = block.rows;
    const resultRow = rows.findIndex((line) => line[0] === "Result (native formulas)");
    const weights = ahpWeights(SPEC_4);
    weights.forEach((w, i) => {
      expect(shown(spot!.row + resultRow + 1 + i, spot!.col)).toBeCloseTo(w, 9);
      expect(Math.abs(shown(spot!.row + resultRow + 1 + i, spot!.col + 2) as number)).toBeLessThan(
        1e-9
      );
    });
    // The CR cell of the steps, found by its formula's place in the block, equals the core's CR.
    const cr = call.steps.find((s) => s.label.en === "CR")!.value as number;
    expect(cr).toBeCloseTo(ahpConsistency(SPEC_4).cr as number, 9);
    const values = grid.cells.flat().map((cell) => cell.value);
    expect(values.some((v) => typeof v === "number" && Math.abs(v - cr) < 1e-12)).toBe(true);
    // Nothing is written over: the same block at the matrix is refused and changes nothing.
    await expect(
      workbook.insertAt("AHP", "B2", { rows: block.rows, numberFormat: block.numberFormat })
    ).rejects.toMatchObject({ problem: { code: "cellNotEmpty", cell: "B2" } });
  });

  test("a cell Excel saved as _xldudf_OMAX_LEVEL(…) (showing #NAME?) is explained as OMAX.LEVEL", async () => {
    const workbook = new MemoryWorkbook({
      KPI: { A2: 25, B2: 150, C2: 60, D2: 6, F2: "=_xldudf_OMAX_LEVEL(A2,B2,C2,D2)" },
    });
    const { calls } = await explained(workbook, "KPI", "F2");
    expect(calls[0].name).toBe("OMAX.LEVEL");
    expect(calls[0].result[0][0]).toBe(omaxLevel(25, 150, 60, 6));
  });

  test("a cell without a formula, or without a Kinerja function, is said to be so", async () => {
    const workbook = new MemoryWorkbook({ S: { A1: 5, B1: "=A1*2" } });
    await workbook.goTo("S", "A1");
    expect(explainCell(await workbook.readCellContext(), "en").kind).toBe("noFormula");
    await workbook.goTo("S", "B1");
    expect(explainCell(await workbook.readCellContext(), "en")).toMatchObject({
      kind: "noKinerja",
      formula: "=A1*2",
    });
  });

  test("AHP.CHECK of the BSC example with saaty2005 chosen on Settings: the choice is an input, RI and CR are that table's", async () => {
    const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true, lang: "en", year: 2026 });
    const workbook = new MemoryWorkbook();
    await workbook.applyPlan(plan);
    const choice = cellAddress(settingsLayout("omax").rows.riTable!, 1);
    await type(workbook, "Settings", { [choice]: "saaty2005" });
    const check = plan.sheets
      .find((s) => s.key === "ahp")!
      .cells.find((c) => c.formula?.startsWith("=AHP.CHECK(B7:E10,"))!;
    const { calls } = await explained(workbook, "AHP", check.address);
    const [call] = calls;
    expect(call.inputs[2]).toMatchObject({
      range: { sheet: "Settings", address: choice },
      values: [["saaty2005"]],
    });
    const matrix = (call.inputs[0].values as number[][]).map((row) => [...row]);
    const core = consistencyOf(pairwiseMatrix(matrix), "eigen", "saaty2005");
    expect(step(call, "RI")).toBe(randomIndex(4, "saaty2005"));
    expect(step(call, "CR")).toBeCloseTo(core.cr as number, 9);
    // AHP.CHECK's own rows, natively: the RI row names the table chosen.
    expect(call.result[2]).toEqual(["RI (saaty2005)", 0.89]);
    expect(call.kinerja[2]).toEqual(["RI (saaty2005)", 0.89]);
    expect(call.difference).toBeLessThan(1e-9);
  });
});
