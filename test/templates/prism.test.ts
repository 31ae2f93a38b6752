/**
 * The Performance Prism example against seed 002 §3.4 and spec §1.4: stakeholder Investor 0.298 ×
 * facet Satisfaction 0.338 × KPI I-1 within the facet 0.264 = 0.026591136.
 *
 * Three ways, each to 1e-9: the plan evaluator's value (what the .xlsx caches), the value stored in
 * the written file, and an independent computation — the principal eigenvectors of the AHP
 * matrices as the plan writes them, by mathjs (test/helpers/reference.ts), not the core's power
 * method, multiplied by hand.
 */
import { ahpConsistency } from "../../src/core";
import { buildPlan } from "../../src/templates";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import type { CellPlan, Lang, SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import { writePlanToXlsxWithNames } from "../../src/workbook/xlsx-writer";
import { mathjsPrincipal } from "../helpers/reference";
import { readStoredCells } from "../helpers/xlsx-values";

const I1_GLOBAL = 0.026591136; // seed 002 §3.4: 0,298 × 0,338 × 0,264

const plan = (lang: Lang, example = true): WorkbookPlan =>
  buildPlan("prism", { example, lang, periods: "monthly", year: 2026, kpisPerGroup: 2 });

const sheetOf = (p: WorkbookPlan, key: string): SheetPlan => p.sheets.find((s) => s.key === key)!;

/** Register columns by their English headers; the row of each KPI code. */
function register(p: WorkbookPlan) {
  const sheet = sheetOf(p, "register");
  const column = (header: string) => {
    const cell = sheet.cells.find((c) => c.style === "header" && c.value === header);
    if (!cell) throw new Error(`no register header "${header}"`);
    return cell.address.replace(/\d+$/, "");
  };
  const rowOf = (code: string) => {
    const cell = sheet.cells.find((c) => /^A\d+$/.test(c.address) && c.value === code);
    if (!cell) throw new Error(`no KPI ${code} in the register`);
    return Number(cell.address.slice(1));
  };
  const codes = sheet.cells
    .filter(
      (c) =>
        /^A\d+$/.test(c.address) && typeof c.value === "string" && /^[ICESR]-\d+$/.test(c.value)
    )
    .map((c) => c.value as string);
  return { sheet, column, rowOf, codes };
}

const EN = register(plan("en"));
const COLUMNS = {
  stakeholder: EN.column("Stakeholder weight"),
  facet: EN.column("Facet weight"),
  local: EN.column("Local weight"),
  global: EN.column("Global weight"),
};

/** A spare member's cell: left empty for a KPI added later. */
const isSpare = (cell: CellPlan) => cell.formula === undefined && (cell.value ?? null) === null;

/** The AHP block a register weight formula (=«ahp»!$D$89) reads: its matrix as written, and the row in it. */
function blockBehind(
  p: WorkbookPlan,
  weightFormula: string
): { matrix: number[][]; k: number; range: string } {
  const target = /^=«ahp»!\$?([A-Z]+)\$?(\d+)$/.exec(weightFormula);
  if (!target) throw new Error(`not a reference to the AHP sheet: ${weightFormula}`);
  const at = parseCell(`${target[1]}${target[2]}`);
  const ahp = sheetOf(p, "ahp");
  const anchor = ahp.cells.find((c) => {
    if (!c.formula?.startsWith("=AHP.WEIGHTS(") || !c.spill) return false;
    const a = parseCell(c.address);
    return a.col === at.col && at.row >= a.row && at.row < a.row + c.spill.rows;
  });
  if (!anchor) throw new Error(`no AHP.WEIGHTS spill covers ${weightFormula}`);
  const range = /^=AHP\.WEIGHTS\(([A-Z]+\d+:[A-Z]+\d+)\)$/.exec(anchor.formula!)![1];
  const { top, left, bottom } = parseRange(range);
  const n = bottom - top + 1;
  const cell = (r: number, c: number): CellPlan | undefined =>
    ahp.cells.find((x) => x.address === cellAddress(r, c));
  // The members in use (a spare member's diagonal is empty); of those, the upper triangle as typed,
  // diagonal 1; the lower triangle must be =IF(mirror="","",1/mirror), recomputed here.
  const members = Array.from({ length: n }, (_, i) => i).filter(
    (i) => cell(top + i, left + i)?.value === 1
  );
  const matrix = members.map((i) =>
    members.map((j) => {
      const written = cell(top + i, left + j);
      if (i === j) return written?.value as number;
      if (j > i) {
        if (typeof written?.value === "number") return written.value;
        // =1/3 as a person types it, or =0.298/0.26, a ratio of printed weights.
        const ratio = /^=(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(written?.formula ?? "");
        if (ratio) return Number(ratio[1]) / Number(ratio[2]);
        throw new Error(`AHP!${cellAddress(top + i, left + j)} is not a judgement`);
      }
      const mirror = cellAddress(top + j, left + i);
      expect(written?.formula).toBe(`=IF(${mirror}="","",1/${mirror})`);
      return NaN; // filled below from the upper triangle
    })
  );
  matrix.forEach((row, i) => row.forEach((_, j) => j < i && (row[j] = 1 / matrix[j][i])));
  return { matrix, k: members.indexOf(at.row - parseCell(anchor.address).row), range };
}

describe.each(["en", "id"] as const)("Prism example (%s): seed 002 §3.4, spec §1.4", (lang) => {
  const p = plan(lang);
  const evaluated = evaluatePlan(p);
  const reg = register(p);
  const row = reg.rowOf("I-1");
  const at = (column: string, r = row) => evaluated.value("register", `${column}${r}`) as number;

  test("I-1: 0.298 × 0.338 × 0.264 = 0.026591136 in the register, each factor from AHP.WEIGHTS", () => {
    expect(Math.abs(at(COLUMNS.stakeholder) - 0.298)).toBeLessThan(1e-12);
    expect(Math.abs(at(COLUMNS.facet) - 0.338)).toBeLessThan(1e-12);
    expect(Math.abs(at(COLUMNS.local) - 0.264)).toBeLessThan(1e-12);
    expect(Math.abs(at(COLUMNS.global) - I1_GLOBAL)).toBeLessThan(1e-9);
    // Every factor is read from a comparison block: level 3 exists, no pasted =1 for I-1.
    for (const column of [COLUMNS.stakeholder, COLUMNS.facet, COLUMNS.local])
      expect(reg.sheet.cells.find((c) => c.address === `${column}${row}`)!.formula).toMatch(
        /^=«ahp»!\$[A-Z]+\$\d+$/
      );
  });

  test("independently: mathjs eigenvectors of the AHP matrices as written give 0.026591136, CR 0", () => {
    let product = 1;
    for (const [column, printed] of [
      [COLUMNS.stakeholder, 0.298],
      [COLUMNS.facet, 0.338],
      [COLUMNS.local, 0.264],
    ] as const) {
      const formula = reg.sheet.cells.find((c) => c.address === `${column}${row}`)!.formula!;
      const { matrix, k } = blockBehind(p, formula);
      const { w, lambda } = mathjsPrincipal(matrix);
      expect(Math.abs(w[k] - printed)).toBeLessThan(1e-12);
      // Consistent: λmax = n, so CI = CR = 0 (spec §1.3).
      expect(Math.abs(lambda - matrix.length)).toBeLessThan(1e-9);
      expect(ahpConsistency(matrix).cr ?? 0).toBeLessThan(1e-12);
      product *= w[k];
    }
    expect(Math.abs(product - I1_GLOBAL)).toBeLessThan(1e-9);
  });

  test("the .xlsx stores 0.026591136 as I-1's global weight, and 0 as the CR of its three blocks", async () => {
    const { buffer, sheets } = await writePlanToXlsxWithNames(p);
    const stored = await readStoredCells(buffer);
    const name = sheets.find((s) => s.key === "register")!.name;
    const cached = stored.get(name)!.get(`${COLUMNS.global}${row}`)!;
    expect(cached.formula).toBe(
      `IF(A${row}="","",AHP.GLOBAL(${COLUMNS.stakeholder}${row}:${COLUMNS.local}${row}))`
    );
    expect(Math.abs((cached.value as number) - I1_GLOBAL)).toBeLessThan(1e-9);
    // AHP.CHECK beside each block: its CR row (the 4th) shows 0.
    const ahpName = sheets.find((s) => s.key === "ahp")!.name;
    for (const column of [COLUMNS.stakeholder, COLUMNS.facet, COLUMNS.local]) {
      const formula = reg.sheet.cells.find((c) => c.address === `${column}${row}`)!.formula!;
      const { range } = blockBehind(p, formula);
      const check = sheetOf(p, "ahp").cells.find((c) =>
        c.formula?.startsWith(`=AHP.CHECK(${range},`)
      )!;
      const { row: r, col } = parseCell(check.address);
      expect(stored.get(ahpName)!.get(cellAddress(r + 3, col))?.value).toMatch(/^CR/);
      expect(
        Math.abs(stored.get(ahpName)!.get(cellAddress(r + 3, col + 1))!.value as number)
      ).toBeLessThan(1e-12);
    }
  });

  test("Investor–Satisfaction holds I-1 and I-2 and has its level-3 block: 0.264 and 1 − 0.264", () => {
    const i2 = reg.rowOf("I-2");
    expect(evaluated.value("register", `C${row}`)).toBe(evaluated.value("register", `C${i2}`));
    expect(at(COLUMNS.local, i2)).toBeCloseTo(0.736, 12);
    const { matrix } = blockBehind(
      p,
      reg.sheet.cells.find((c) => c.address === `${COLUMNS.local}${row}`)!.formula!
    );
    expect(matrix).toHaveLength(2);
  });

  test("global weights of all KPIs sum to 1 (spec §1.4)", () => {
    const total = reg.codes.reduce((s, code) => s + at(COLUMNS.global, reg.rowOf(code)), 0);
    expect(Math.abs(total - 1)).toBeLessThan(1e-12);
  });

  test("the notes say what is from the seed and what is illustrative", () => {
    const note = reg.sheet.cells.find((c) => c.address === "A5")!.value as string;
    const ahpNote = sheetOf(p, "ahp").cells.find((c) => c.address === "A3")!.value as string;
    const decimal = (x: string) => (lang === "id" ? x.replace(".", ",") : x);
    for (const text of [note, ahpNote]) {
      for (const printed of ["0.298", "0.338", "0.264", "0.026591136"])
        expect(text).toContain(decimal(printed));
      expect(text).toMatch(lang === "id" ? /Ilustrasi:.*I-3/ : /Illustrative:.*I-3/);
    }
    // The placeholder's name says it is not in the source.
    const i3 = reg.sheet.cells.find((c) => c.address === `D${reg.rowOf("I-3")}`)!.value as string;
    expect(i3).toMatch(lang === "id" ? /tidak ada di sumber/ : /not in the source/);
  });

  test("only the blocks holding a printed weight have ratio judgements; the others are all 1", () => {
    const ahp = sheetOf(p, "ahp");
    const exact = new Set(
      [COLUMNS.stakeholder, COLUMNS.facet, COLUMNS.local].map(
        (column) =>
          blockBehind(p, reg.sheet.cells.find((c) => c.address === `${column}${row}`)!.formula!)
            .range
      )
    );
    const inside = (cell: CellPlan) =>
      [...exact].some((range) => {
        const r = parseRange(range);
        const a = parseCell(cell.address);
        return a.row >= r.top && a.row <= r.bottom && a.col >= r.left && a.col <= r.right;
      });
    const inputs = ahp.cells.filter((c) => c.style === "input" && !isSpare(c));
    expect(inputs.filter((c) => !inside(c)).every((c) => c.value === 1)).toBe(true);
    expect(inputs.filter(inside).some((c) => c.value !== 1)).toBe(true);
  });

  test("the printed weights' judgements are visible ratios (=0.298/0.26), never 16-digit constants", () => {
    const ahp = sheetOf(p, "ahp");
    const inputs = ahp.cells.filter((c) => c.style === "input" && !isSpare(c));
    expect(inputs.map((c) => c.formula)).toContain("=0.298/0.26");
    expect(inputs.map((c) => c.formula)).toContain("=0.338/0.662");
    for (const c of inputs) {
      if (c.formula !== undefined) expect(c.formula).toMatch(/^=\d+(\.\d{1,6})?\/\d+(\.\d{1,6})?$/);
      else expect(String(c.value)).toMatch(/^\d+(\.\d{1,6})?$/);
    }
  });
});

test("the blank Prism keeps all-equal judgements (every typed judgement is 1)", () => {
  const inputs = sheetOf(plan("en", false), "ahp").cells.filter(
    (c) => c.style === "input" && !isSpare(c)
  );
  expect(inputs.length).toBeGreaterThan(20);
  expect(inputs.every((c) => c.value === 1 && c.formula === undefined)).toBe(true);
});
