/**
 * A workbook of Kinerja calls the templates do not make — every OMAX level mode on rising and
 * falling scales, at and between the levels and beyond both ends; AHP by each method, the fitted
 * RI, judgements off the scale, a block with room for more criteria; the KPI checks at their edges —
 * for LibreOffice to recalculate in its native version (test/native/libreoffice.test.ts).
 */
import { omaxLevels } from "../../src/core";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { matrixCells, planOf, roomCells, type Cells } from "./sheets";

const ANCHORS: [number, number, number, number][] = [
  [70, 85, 99, 3],
  [150, 34.8, 6, 8],
  [10, 6, 2, 3],
  [0, 8, 10, 8],
];

function omaxCases(): Cells {
  const cells: Cells = {};
  let row = 1;
  ANCHORS.forEach(([l0, lm, l10, m], k) => {
    const levels = omaxLevels(l0, lm, l10, m);
    const span = l10 - l0;
    const actuals = [
      ...levels,
      ...levels.slice(1).map((v, i) => (v + levels[i]) / 2),
      l0 - span / 5,
      l10 + span / 5,
      l0 + span * 0.437,
    ];
    // Every other KPI has its level table on the sheet, which OMAX.LEVEL then reads.
    const tableRow = row;
    if (k % 2 === 0)
      cells[`K${tableRow}`] = {
        formula: `=OMAX.LEVELS(B${tableRow},C${tableRow},D${tableRow},${m})`,
        spill: { rows: 1, columns: 11 },
      };
    for (const actual of actuals) {
      cells[`A${row}`] = actual;
      cells[`B${row}`] = l0;
      cells[`C${row}`] = lm;
      cells[`D${row}`] = l10;
      const args = `A${row},B${row},C${row},D${row},${m}`;
      cells[`F${row}`] = `=OMAX.LEVEL(${args})`;
      cells[`G${row}`] = `=OMAX.LEVEL(${args},"nearest")`;
      cells[`H${row}`] = `=OMAX.LEVEL(${args},"interpolate")`;
      cells[`I${row}`] = `=TRAFFIC.OMAX(F${row})`;
      row++;
    }
    // The table row's anchors feed the rows below it only through the table: keep them equal.
    for (let r = tableRow + 1; r < row; r++) {
      cells[`B${r}`] = `=B${tableRow}`;
      cells[`C${r}`] = `=C${tableRow}`;
      cells[`D${r}`] = `=D${tableRow}`;
    }
  });
  return cells;
}

const SPEC_4 = [
  [1, 2, 4, 3],
  [1 / 2, 1, 3, 2],
  [1 / 4, 1 / 3, 1, 1 / 2],
  [1 / 3, 1 / 2, 2, 1],
];
const OFF_SCALE = [
  [1, 12, 3, 1 / 20],
  [1 / 12, 1, 2, 5],
  [1 / 3, 1 / 2, 1, 9.5],
  [20, 1 / 5, 1 / 9.5, 1],
];

function ahpCases(): Cells {
  const spec = matrixCells(SPEC_4);
  const off = matrixCells(OFF_SCALE, "blank");
  // The second matrix lives in rows 12–15: move matrixCells' B2:E5 down by 10 rows.
  const moved: Cells = {};
  for (const [address, content] of Object.entries(off.cells)) {
    const shift = (a: string) => a.replace(/(\d+)/, (d) => String(Number(d) + 10));
    moved[shift(address)] =
      typeof content === "string" ? content.replace(/[A-Z]\d+/g, shift) : content;
  }
  const s = spec.range;
  const o = "B12:E15";
  // A block with room for more criteria (a spare member between and one after): rows 22–27.
  const room = roomCells(SPEC_4, [0, 2, 3, 4], 6, 22);
  const r = room.range;
  return {
    ...spec.cells,
    ...moved,
    ...room.cells,
    I22: { formula: `=AHP.WEIGHTS(${r})`, spill: { rows: 6, columns: 1 } },
    J22: { formula: `=AHP.WEIGHTS(${r},"geomean","ideal")`, spill: { rows: 6, columns: 1 } },
    K22: { formula: `=AHP.WEIGHTS(${r},"mean")`, spill: { rows: 6, columns: 1 } },
    M22: { formula: `=AHP.CHECK(${r},"mean",,"id")`, spill: { rows: 6, columns: 2 } },
    P22: `=AHP.CR(${r})`,
    G2: { formula: `=AHP.WEIGHTS(${s},"geomean")`, spill: { rows: 4, columns: 1 } },
    H2: { formula: `=AHP.WEIGHTS(${s},"mean")`, spill: { rows: 4, columns: 1 } },
    I2: { formula: `=AHP.WEIGHTS(${s},"eigen","ideal")`, spill: { rows: 4, columns: 1 } },
    K2: {
      formula: `=AHP.CHECK(${s},"geomean","alonso-lamata-fit","id")`,
      spill: { rows: 6, columns: 2 },
    },
    K12: { formula: `=AHP.CHECK(${o})`, spill: { rows: 6, columns: 2 } },
    G12: { formula: `=AHP.WEIGHTS(${o})`, spill: { rows: 4, columns: 1 } },
    N2: `=AHP.CR(${s},"mean","saaty2005")`,
    N3: "=AHP.RI(7)",
    N4: '=AHP.RI(20,"alonso-lamata-fit")',
    // The RI table chosen in a cell (as on the Settings sheet): a name, a blank (saaty1980), the fit.
    P2: "donegan-dodd",
    P3: "",
    P4: "alonso-lamata-fit",
    R2: { formula: `=AHP.CHECK(${s},"eigen",P2)`, spill: { rows: 6, columns: 2 } },
    N5: `=AHP.CR(${o},"eigen",P3)`,
    N6: "=AHP.RI(12,P2)",
    N7: "=AHP.RI(20,P4)",
    N8: "=AHP.RI(2,P3)",
  };
}

function kpiCases(): Cells {
  const cells: Cells = {};
  const rows: [number | null, number, string | null][] = [
    [95, 100, "higher"],
    [8, 6, "lower"],
    [0, 6, "rendah"],
    [8, 10, "TINGGI"],
    [null, 10, "higher"],
  ];
  rows.forEach(([actual, target, direction], k) => {
    const r = k + 1;
    // A cleared actual: the evaluator reads a cell never written as an argument left out (#VALUE!),
    // a cell holding "" as blank (#N/A), which the native formula gives for both.
    cells[`A${r}`] = actual ?? "";
    cells[`B${r}`] = target;
    if (direction) cells[`C${r}`] = direction;
    cells[`D${r}`] = `=KPI.ACHIEVEMENT(A${r},B${r},C${r})`;
    cells[`E${r}`] = `=IF(A${r}="","",TRAFFIC(D${r}))`;
  });
  const weights: [number, string][] = [
    [12, "Sangat Penting"],
    [20, "Penting"],
    [4, "Important"],
    [10, "Penting"],
    [15, "Very Important"],
    [16, "Kritikal"],
  ];
  weights.forEach(([w, c], k) => {
    cells[`G${k + 1}`] = w;
    cells[`H${k + 1}`] = c;
    cells[`I${k + 1}`] = `=KPI.CLASSCHECK(G${k + 1},H${k + 1})`;
  });
  cells.K1 = "=KPI.WEIGHTCHECK(G1:G6)";
  cells.L1 = 0.25;
  cells.L2 = 0.5;
  cells.L3 = 0.25;
  cells.K2 = '=KPI.WEIGHTCHECK(L1:L3,"id")';
  cells.M1 = 33.3333333;
  cells.M2 = 33.3333333;
  cells.M3 = 33.3;
  cells.K3 = "=KPI.WEIGHTCHECK(M1:M3)";
  cells.N1 = 0.298;
  cells.O1 = 0.338;
  cells.P1 = 0.264;
  cells.N3 = "=AHP.GLOBAL(N1:P1)";
  cells.Q1 = 6;
  cells.Q2 = 8;
  cells.N4 = "=OMAX.INDEX(Q1:Q2,N1:O1)";
  cells.N5 = '=OMAX.CHANGE(335,"",300)';
  cells.N6 = "=OMAX.CHANGE(M1,M3)";
  return cells;
}

export const FUNCTION_CASES: WorkbookPlan = planOf({
  omax: omaxCases(),
  ahp: ahpCases(),
  kpi: kpiCases(),
});
