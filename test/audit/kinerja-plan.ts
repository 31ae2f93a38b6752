/**
 * A scorecard plan of any size whose results are Kinerja's functions, for auditing at scale
 * (npm run bench audits 10,000 KPIs): KPIs in groups of ten, each group weighed by its own pairwise
 * matrix (AHP.WEIGHTS, AHP.CR) on the AHP sheet; on the register, per KPI, OMAX.LEVEL, TRAFFIC.OMAX
 * and KPI.ACHIEVEMENT, and totals checked with KPI.WEIGHTCHECK and OMAX.INDEX. Judgements are seeded
 * and close to consistent (CR well under 0.10), so the workbook re-performs cleanly.
 */
import { cellAddress, columnLetter } from "../../src/sheet/a1";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import { L } from "../../src/templates/text";
import { seededRandom } from "../helpers/reference";

export const GROUP_SIZE = 10;
export const REGISTER_FIRST_ROW = 4;

const HEADERS = [
  L.code,
  L.kpi,
  L.worst,
  L.baseline,
  L.targetL10,
  L.actual,
  L.localWeight,
  L.globalWeight,
  L.level,
  L.status,
  L.weightedScore,
  L.achievement,
].map((text) => text.en);

/** Saaty's 1…9 and their reciprocals: the judgement nearest to `ratio`. */
function saaty(ratio: number): number {
  const whole = Math.min(9, Math.max(1, Math.round(ratio >= 1 ? ratio : 1 / ratio)));
  return ratio >= 1 ? whole : 1 / whole;
}

export function kinerjaScorecardPlan(kpis: number, seed = 7): WorkbookPlan {
  const random = seededRandom(seed);
  const groups = Math.ceil(kpis / GROUP_SIZE);
  const ahp: CellPlan[] = [{ address: "A1", value: "Pairwise comparisons per KPI group" }];
  const register: CellPlan[] = [
    { address: "A1", value: "KPI register" },
    ...HEADERS.map((text, col): CellPlan => ({ address: cellAddress(2, col), value: text })),
  ];
  // Each block: a title row with the group's weight, then the matrix with weights and CR beside it.
  const blockTop = (g: number) => 2 + g * (GROUP_SIZE + 2);
  const weightCol = GROUP_SIZE + 1;
  for (let g = 0; g < groups; g++) {
    const size = Math.min(GROUP_SIZE, kpis - g * GROUP_SIZE);
    const top = blockTop(g);
    ahp.push(
      { address: cellAddress(top, 0), value: `Group ${g + 1}` },
      { address: cellAddress(top, 1), value: 1 / groups }
    );
    const priority = Array.from({ length: size }, () => 0.5 + random());
    for (let i = 0; i < size; i++)
      for (let j = 0; j < size; j++) {
        const address = cellAddress(top + 1 + i, 1 + j);
        if (i === j) ahp.push({ address, value: 1 });
        else if (i < j) ahp.push({ address, value: saaty(priority[i] / priority[j]) });
        else ahp.push({ address, formula: `=1/${cellAddress(top + 1 + j, 1 + i)}` });
      }
    const matrix = `${cellAddress(top + 1, 1)}:${cellAddress(top + size, size)}`;
    ahp.push(
      size > 1
        ? {
            address: cellAddress(top + 1, weightCol),
            formula: `=AHP.WEIGHTS(${matrix})`,
            spill: { rows: size, columns: 1 },
          }
        : { address: cellAddress(top + 1, weightCol), formula: `=AHP.WEIGHTS(${matrix})` },
      { address: cellAddress(top + 1, weightCol + 1), formula: `=AHP.CR(${matrix})` }
    );
  }

  const last = REGISTER_FIRST_ROW + kpis - 1;
  for (let k = 0; k < kpis; k++) {
    const row = REGISTER_FIRST_ROW + k;
    const g = Math.floor(k / GROUP_SIZE);
    const top = blockTop(g);
    const weight = `«ahp»!$${columnLetter(weightCol)}$${top + 2 + (k % GROUP_SIZE)}`;
    const groupWeight = `«ahp»!$B$${top + 1}`;
    register.push(
      { address: `A${row}`, value: `K${k + 1}` },
      { address: `B${row}`, value: `KPI ${k + 1}` },
      { address: `C${row}`, value: 50 },
      { address: `D${row}`, value: 70 },
      { address: `E${row}`, value: 100 },
      { address: `F${row}`, value: Math.round(400 + 700 * random()) / 10 },
      { address: `G${row}`, formula: `=${weight}` },
      { address: `H${row}`, formula: `=G${row}*${groupWeight}` },
      { address: `I${row}`, formula: `=OMAX.LEVEL(F${row},C${row},D${row},E${row})` },
      { address: `J${row}`, formula: `=TRAFFIC.OMAX(I${row})` },
      { address: `K${row}`, formula: `=I${row}*H${row}` },
      { address: `L${row}`, formula: `=KPI.ACHIEVEMENT(F${row},E${row})` }
    );
  }
  const total = last + 1;
  register.push(
    { address: `B${total}`, value: L.total.en },
    { address: `H${total}`, formula: `=SUM(H${REGISTER_FIRST_ROW}:H${last})` },
    { address: `I${total}`, formula: `=KPI.WEIGHTCHECK(H${REGISTER_FIRST_ROW}:H${last})` },
    {
      address: `K${total}`,
      formula: `=OMAX.INDEX(I${REGISTER_FIRST_ROW}:I${last},H${REGISTER_FIRST_ROW}:H${last})`,
    }
  );
  const sheets: SheetPlan[] = [
    { key: "register", name: "Register", cells: register },
    { key: "ahp", name: "AHP", cells: ahp },
  ];
  return { template: "bsc", lang: "en", title: `${kpis} KPIs`, sheets, activate: "register" };
}
