/**
 * Every reference in every formula of every template plan resolves inside the plan.
 *
 * The rule: a formula (and a drop-down's source range, and a chart's data range) may read a cell only if the plan writes that cell — a value, a formula, or a
 * styled cell left empty for the user (an input) — or a spill fills it. Its sheet must be a sheet of
 * the plan («key»! or 'Sheet name'!). Whole columns or rows (A:A, 3:3) and structured table
 * references are not allowed: they reach past what the plan wrote and the evaluator cannot check
 * them. A defined name must be one the plan defines, and then its range obeys the same rule.
 *
 * References are read twice, independently: by a scanner over the formula text here, and from the
 * evaluator's syntax tree; both must find the same references, so a reference the evaluator's parser
 * misread (and so never checked) cannot slip through.
 */
import { buildPlan, TEMPLATE_IDS } from "../../src/templates";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { formulaParts } from "../../src/formula";
import { spillArea } from "../../src/sheet/spill";
import { TEMPLATE_VARIANTS } from "../helpers/template-variants";

interface Reference {
  /** As written: «key», a sheet name, or undefined for the formula's own sheet. */
  sheet?: string;
  /** "B4" or "B4:D9" without $; for a name, the name. */
  range: string;
  kind: "cells" | "whole" | "name" | "structured";
}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const SHEET = String.raw`(?:«([^»]+)»!|'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!)?`;

/** The references in a formula's text, found without the evaluator's parser. */
function scanReferences(formula: string): Reference[] {
  // Text in double quotes is not a reference: blank it out, keeping positions.
  const text = formula.replace(/^=/, "").replace(/"(?:[^"]|"")*"/g, (s) => " ".repeat(s.length));
  const found: Reference[] = [];
  const pattern = new RegExp(
    String.raw`(?<![\w.$»'])${SHEET}(?:(${CELL}(?::${CELL})?)|(\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)|([A-Za-z_][\w.]*)(\[[^\]]*\])?)(?![\w.(!$'])`,
    "g"
  );
  for (const m of text.matchAll(pattern)) {
    const [, key, quoted, bare, cells, whole, name, structured] = m;
    const sheet = key ?? quoted?.replace(/''/g, "'") ?? bare;
    if (cells) found.push({ sheet, range: cells.replace(/\$/g, "").toUpperCase(), kind: "cells" });
    else if (whole) found.push({ sheet, range: whole.replace(/\$/g, ""), kind: "whole" });
    else if (structured) found.push({ sheet, range: `${name}${structured}`, kind: "structured" });
    else if (name && !/^(TRUE|FALSE)$/i.test(name))
      found.push({ sheet, range: name, kind: "name" });
  }
  return found;
}

/** The cell references in the evaluator's syntax tree of a formula. */
function parsedReferences(formula: string): Reference[] {
  return formulaParts(formula).refs.map(({ sheet, range }) => ({ sheet, range, kind: "cells" }));
}

const show = (r: Reference): string => `${r.sheet === undefined ? "" : `${r.sheet}!`}${r.range}`;

/** Every breach of the rule in a plan, as "sheet!cell: what"; and how many cells were checked. */
function referenceProblems(plan: WorkbookPlan): { problems: string[]; cellsRead: number } {
  const written = new Map<string, Set<string>>();
  for (const sheet of plan.sheets) {
    const cells = new Set<string>();
    for (const cell of sheet.cells) {
      const area = spillArea(parseCell(cell.address), cell.spill ?? { rows: 1, columns: 1 });
      for (const { address } of area) cells.add(address);
    }
    written.set(sheet.key, cells);
  }
  const sheetKey = (name: string | undefined, current: string): string | undefined =>
    name === undefined
      ? current
      : (plan.sheets.find((s) => s.key === name) ?? plan.sheets.find((s) => s.name === name))?.key;

  const problems: string[] = [];
  let cellsRead = 0;
  const checkCells = (where: string, key: string, range: string, label: string): void => {
    const { top, left, bottom, right } = parseRange(range);
    const missing: string[] = [];
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        cellsRead++;
        if (!written.get(key)!.has(cellAddress(r, c))) missing.push(cellAddress(r, c));
      }
    }
    if (missing.length > 0)
      problems.push(
        `${where}: ${label} reads cells the plan does not write: ${missing.join(", ")}`
      );
  };

  for (const sheet of plan.sheets) {
    // Formulas, and the other places a plan points at cells: drop-down sources and chart data.
    const formulas = [
      ...sheet.cells.flatMap((c) => (c.formula ? [{ where: c.address, formula: c.formula }] : [])),
      ...(sheet.validations ?? []).flatMap((v) =>
        "source" in v ? [{ where: `validation ${v.range}`, formula: v.source }] : []
      ),
      ...(sheet.charts ?? []).map((c) => ({ where: `chart ${c.key}`, formula: `=${c.data}` })),
    ];
    for (const { where: at, formula } of formulas) {
      const where = `${sheet.key}!${at}`;
      const scanned = scanReferences(formula);
      let parsed: Reference[] = [];
      try {
        parsed = parsedReferences(formula);
      } catch (e) {
        problems.push(`${where}: does not parse (${(e as Error).message})`);
      }
      const scannedCells = scanned.filter((r) => r.kind === "cells").map(show);
      if (parsed.length > 0 && JSON.stringify(scannedCells) !== JSON.stringify(parsed.map(show)))
        problems.push(
          `${where}: the text has ${scannedCells.join(" ")}, the parser read ${parsed.map(show).join(" ")}`
        );
      for (const ref of scanned) {
        const key = sheetKey(ref.sheet, sheet.key);
        if (key === undefined) {
          problems.push(`${where}: ${show(ref)} names a sheet that is not in the plan`);
          continue;
        }
        if (ref.kind === "whole" || ref.kind === "structured") {
          problems.push(`${where}: ${show(ref)} is not a bounded A1 range`);
        } else if (ref.kind === "name") {
          const defined = plan.sheets
            .flatMap((s) => (s.names ?? []).map((n) => ({ ...n, key: s.key })))
            .find((n) => n.name.toLowerCase() === ref.range.toLowerCase());
          if (!defined) problems.push(`${where}: ${ref.range} is not a name the plan defines`);
          else checkCells(where, defined.key, defined.range, `name ${ref.range}`);
        } else checkCells(where, key, ref.range, show(ref));
      }
    }
  }
  return { problems, cellsRead };
}

describe("the rule, on a plan that breaks it", () => {
  const broken: WorkbookPlan = {
    template: "umkm",
    lang: "en",
    title: "broken",
    activate: "a",
    sheets: [
      {
        key: "a",
        name: "Data sheet",
        cells: [
          { address: "A1", value: 1 },
          { address: "A2", value: null, style: "input" },
          { address: "B1", formula: "=AHP.WEIGHTS(A1:A2)", spill: { rows: 2, columns: 1 } },
          { address: "C1", formula: "=SUM(A1:A3)" },
          { address: "C2", formula: "=«b»!A1+«nowhere»!A1" },
          { address: "C3", formula: "=B2+'Data sheet'!A1&\"A9 in quotes\"" },
          { address: "C4", formula: "=SUM(A:A)" },
          { address: "C5", formula: "=Weights*2" },
          { address: "C6", formula: "=SUM(Kpi[Weight])" },
          { address: "C7", formula: "='Other'!B7" },
        ],
        validations: [{ range: "A2", type: "list", source: "=«b»!$B$1:$B$2" }],
        charts: [
          {
            key: "c",
            type: "line",
            title: "c",
            data: "A1:B3",
            seriesBy: "columns",
            from: "E1",
            to: "H9",
          },
        ],
      },
      { key: "b", name: "B", cells: [{ address: "B1", value: 2 }] },
    ],
  };

  test("each breach is named: unwritten cells, unknown sheets and names, whole columns, drop-down and chart ranges; spills and quoted text pass", () => {
    const { problems } = referenceProblems(broken);
    expect(problems).toEqual([
      "a!C1: A1:A3 reads cells the plan does not write: A3",
      "a!C2: b!A1 reads cells the plan does not write: A1",
      "a!C2: nowhere!A1 names a sheet that is not in the plan",
      expect.stringMatching(/^a!C4: does not parse/),
      "a!C4: A:A is not a bounded A1 range",
      expect.stringMatching(/^a!C5: does not parse/),
      "a!C5: Weights is not a name the plan defines",
      expect.stringMatching(/^a!C6: does not parse/),
      "a!C6: Kpi[Weight] is not a bounded A1 range",
      "a!C7: Other!B7 names a sheet that is not in the plan",
      "a!validation A2: b!B1:B2 reads cells the plan does not write: B2",
      "a!chart c: A1:B3 reads cells the plan does not write: A3, B3",
    ]);
  });

  test("the scanner finds what the parser finds: quoted names, «keys», $, ranges; not text in quotes", () => {
    expect(
      scanReferences("=«register»!$D$7*'Sheet ''x'''!B2:C$3+IF(A1=\"B9\",LOG10(2),Z9)")
    ).toEqual([
      { sheet: "register", range: "D7", kind: "cells" },
      { sheet: "Sheet 'x'", range: "B2:C3", kind: "cells" },
      { sheet: undefined, range: "A1", kind: "cells" },
      { sheet: undefined, range: "Z9", kind: "cells" },
    ]);
    expect(parsedReferences("=«register»!$D$7*'Sheet ''x'''!B2:C$3+IF(A1=\"B9\",1,Z9)")).toEqual([
      { sheet: "register", range: "D7", kind: "cells" },
      { sheet: "Sheet 'x'", range: "B2:C3", kind: "cells" },
      { sheet: undefined, range: "A1", kind: "cells" },
      { sheet: undefined, range: "Z9", kind: "cells" },
    ]);
  });
});

const VARIANTS = TEMPLATE_VARIANTS.map((variant) => ({ ...variant, kpisPerGroup: 2 })).concat(
  TEMPLATE_IDS.flatMap((id) =>
    [1, 4].map((kpisPerGroup) => ({
      id,
      example: false,
      lang: "en" as const,
      periods: "monthly" as const,
      kpisPerGroup,
    }))
  )
);

test.each(VARIANTS)(
  "$id example=$example $lang $periods, $kpisPerGroup per group: every reference resolves inside the plan",
  ({ id, example, lang, periods, kpisPerGroup }) => {
    const plan = buildPlan(id, { example, lang, periods, year: 2026, kpisPerGroup });
    const { problems, cellsRead } = referenceProblems(plan);
    expect(problems).toEqual([]);
    // Not vacuous: the templates read hundreds of cells.
    expect(cellsRead).toBeGreaterThan(200);
  }
);
