import { buildPlan } from "../../src/templates";
import type { BoxShapePlan, SheetPlan } from "../../src/sheet/plan";
import { drawShapesWithCells } from "../../src/gsheets/shapes-as-cells";
import { cellAddress, normalCell, parseCell, parseRange } from "../../src/sheet/a1";
import { validatePlan } from "../../src/sheet/validate";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";

const MOVES: Record<string, [number, number]> = {
  "↑": [-1, 0],
  "↗": [-1, 1],
  "→": [0, 1],
  "↘": [1, 1],
  "↓": [1, 0],
  "↙": [1, -1],
  "←": [0, -1],
  "↖": [-1, -1],
};

function mapOf(example: boolean): SheetPlan {
  const plan = buildPlan("bsc", {
    example,
    lang: "en",
    periods: "monthly",
    year: 2026,
    kpisPerGroup: 2,
  });
  return plan.sheets.find((sheet) => sheet.key === "map") as SheetPlan;
}

/** The merged range holding a box's text (among the cells the drawing added). */
function boxRange(drawn: SheetPlan, text: string, planCells: number): string {
  const cell = drawn.cells.slice(planCells).find((c) => c.value === text);
  if (!cell) throw new Error(`no drawn cell reads "${text}"`);
  const { row, col } = parseCell(cell.address);
  const merge = (drawn.merges ?? []).find(
    (m) => parseRange(m).top === row && parseRange(m).left === col
  );
  if (!merge) throw new Error(`"${text}" is not in a merged box`);
  return merge;
}

describe("the strategy map drawn with cells (Google Sheets has no shapes)", () => {
  test("BSC example: each objective is a merged, outlined box in its perspective's band", () => {
    const map = mapOf(true);
    const { sheet, looks, unrouted } = drawShapesWithCells(map);
    expect(unrouted).toEqual([]);
    expect(sheet.shapes).toEqual([]);
    const boxes = (map.shapes ?? []).filter(
      (s): s is BoxShapePlan => s.kind === "box" && s.text !== ""
    );
    expect(boxes.map((box) => boxRange(sheet, box.text, map.cells.length))).toEqual([
      "B5:B8", // Lower logistics cost, financial band (rows 4–9)
      "C12:C15", // Parts available on time, customer band (rows 11–16), staggered right
      "B19:B22", // internal process
      "C26:C29", // learning and growth
    ]);
    for (const box of boxes) {
      const look = looks.find((l) => l.range === boxRange(sheet, box.text, map.cells.length));
      expect(look?.format).toMatchObject({ fill: "#FFFFFF", border: { top: { color: box.line } } });
    }
    // The four bands, each filled in its colour across the map's width.
    expect(looks.slice(0, 4)).toEqual([
      { range: "B4:G9", format: { fill: "#E6F2EF" } },
      { range: "B11:G16", format: { fill: "#EAF1FB" } },
      { range: "B18:G23", format: { fill: "#FDF3E1" } },
      { range: "B25:G30", format: { fill: "#F1ECFA" } },
    ]);
  });

  test.each([true, false])(
    "every arrow is a chain of arrow cells from its cause's box to its effect's box (example: %s)",
    (example) => {
      const map = mapOf(example);
      const { sheet } = drawShapesWithCells(map);
      const text = new Map(sheet.cells.map((c) => [normalCell(c.address), c.value]));
      const boxAt = new Map<string, string>();
      for (const box of (map.shapes ?? []).filter(
        (s): s is BoxShapePlan => s.kind === "box" && s.text !== ""
      )) {
        const rect = parseRange(boxRange(sheet, box.text, map.cells.length));
        for (let row = rect.top; row <= rect.bottom; row++)
          for (let col = rect.left; col <= rect.right; col++)
            boxAt.set(cellAddress(row, col), box.key);
      }
      const arrows = (map.shapes ?? []).filter((s) => s.kind === "arrow");
      expect(arrows.length).toBeGreaterThanOrEqual(3);
      for (const arrow of arrows) {
        if (arrow.kind !== "arrow") continue;
        // Follow the arrows from the cells next to the cause's box: some chain reaches the effect's box.
        const starts = [...text].filter(([address, value]) => {
          if (typeof value !== "string" || !/^[↑↗→↘↓↙←↖]+$/.test(value)) return false;
          const { row, col } = parseCell(address);
          return [-1, 0, 1].some((dr) =>
            [-1, 0, 1].some((dc) => boxAt.get(cellAddress(row + dr, col + dc)) === arrow.from)
          );
        });
        const reached = new Set<string>();
        const walk = (address: string, depth: number): void => {
          if (depth > 60) return;
          for (const glyph of String(text.get(address) ?? "")) {
            const [dr, dc] = MOVES[glyph] ?? [0, 0];
            const { row, col } = parseCell(address);
            const next = cellAddress(row + dr, col + dc);
            const box = boxAt.get(next);
            if (box) reached.add(box);
            else if (/^[↑↗→↘↓↙←↖]+$/.test(String(text.get(next) ?? ""))) walk(next, depth + 1);
          }
        };
        for (const [address] of starts) walk(address, 0);
        expect({ arrow: arrow.key, reaches: reached.has(arrow.to) }).toEqual({
          arrow: arrow.key,
          reaches: true,
        });
      }
    }
  );

  test("the drawing writes only where the sheet has nothing, keeps every cell of the plan and stays a valid plan", () => {
    for (const { example, lang, periods } of TEMPLATE_VARIANTS.filter((v) => v.id === "bsc")) {
      const plan = buildPlan("bsc", { example, lang, periods, year: 2026, kpisPerGroup: 2 });
      const map = plan.sheets.find((sheet) => sheet.key === "map") as SheetPlan;
      const { sheet, unrouted } = drawShapesWithCells(map);
      expect(unrouted).toEqual([]);
      expect(sheet.cells.slice(0, map.cells.length)).toEqual(map.cells);
      const planned = new Set(map.cells.map((c) => normalCell(c.address)));
      for (const cell of sheet.cells.slice(map.cells.length))
        expect(planned.has(normalCell(cell.address))).toBe(false);
      // The map's tables read the register, so the plan keeps the other sheets.
      const sheets = plan.sheets.map((s) => (s.key === "map" ? sheet : s));
      expect(() => validatePlan({ ...plan, sheets, activate: "map" })).not.toThrow();
    }
  });

  test("columns the drawing uses and the plan does not size get Excel's 64-pixel default", () => {
    const { sheet } = drawShapesWithCells(mapOf(true));
    expect(sheet.columns?.slice(0, 3)).toEqual(mapOf(true).columns);
    const added = sheet.columns?.slice(3) ?? [];
    expect(added.map((c) => c.index)).toEqual([3, 4, 5, 6, 7]);
    for (const column of added) expect(Math.round(column.width * 7 + 5)).toBe(64);
  });

  test("a sheet without shapes comes back as it is", () => {
    const plain: SheetPlan = { key: "s", name: "S", cells: [{ address: "A1", value: 1 }] };
    expect(drawShapesWithCells(plain)).toEqual({ sheet: plain, looks: [], unrouted: [] });
  });

  test("a box over a cell that holds content is refused, naming the cell", () => {
    const map = mapOf(true);
    const crowded: SheetPlan = { ...map, cells: [...map.cells, { address: "B6", value: "mine" }] };
    expect(() => drawShapesWithCells(crowded)).toThrow(
      'sheet «map»: the box "Lower logistics cost" would cover B6, which holds content'
    );
  });
});
