/**
 * Golden plans: every template variant's sheet plan, written as text that diffs well (one cell,
 * column, rule or chart per line) and committed under test/fixtures/plans. A change to a plan fails
 * test/templates/golden.test.ts until the files are regenerated on purpose: `npm run golden`.
 */
import { buildPlan } from "../../src/templates";
import type { TemplateOptions } from "../../src/templates/options";
import { absolute, parseCell, parseRange, rangesOverlap } from "../../src/sheet/a1";
import type { SheetPlan, WorkbookPlan } from "../../src/sheet/plan";
import { TEMPLATE_VARIANTS } from "./template-variants";

export type Variant = (typeof TEMPLATE_VARIANTS)[number];

/** A fixed year and the default placeholder count, so the files do not change with the calendar. */
export const GOLDEN_YEAR = 2026;

export function goldenOptions(variant: Variant): TemplateOptions {
  const { example, lang, periods } = variant;
  return { example, lang, periods, year: GOLDEN_YEAR, kpisPerGroup: 2 };
}

export function goldenFileName(variant: Variant): string {
  const { id, example, lang, periods } = variant;
  return `${id}-${example ? "example" : "blank"}-${lang}-${periods}.json`;
}

export function goldenPlan(variant: Variant): WorkbookPlan {
  return buildPlan(variant.id, goldenOptions(variant));
}

/**
 * JSON laid out by depth: the plan, its sheets and their collections open on their own lines, and
 * each element of a collection (a cell, a column, a rule) is one compact line. What means nothing to
 * a writer is put in one order, so that writing the same sheet another way reads the same: cells,
 * columns and rows by position; validations and conditional formats by the top-left cell of their
 * range (see `byAnchor`); names' ranges absolute (both writers read them so). Every other collection
 * keeps its order.
 */
export function goldenText(plan: WorkbookPlan): string {
  return `${layout({ ...plan, sheets: plan.sheets.map(inPositionOrder) }, 0)}\n`;
}

function inPositionOrder(sheet: SheetPlan): SheetPlan {
  const position = (address: string) => {
    const { row, col } = parseCell(address);
    return row * 16384 + col;
  };
  const byIndex = <T extends { index: number }>(items?: T[]) =>
    items && [...items].sort((a, b) => a.index - b.index);
  return {
    ...sheet,
    cells: [...sheet.cells].sort((a, b) => position(a.address) - position(b.address)),
    columns: byIndex(sheet.columns),
    rows: byIndex(sheet.rows),
    validations: byAnchor(sheet.validations),
    conditionalFormats: byAnchor(sheet.conditionalFormats),
    names: sheet.names?.map((name) => ({ ...name, range: absolute(name.range) })),
  };
}

/**
 * Rules sorted by the top-left cell of their range. A sheet applies each rule to its own range, so
 * the order of rules on cells apart means nothing; rules that share a cell keep their order (a
 * conditional format's priority, the validation that wins), and a plan that lists two of them
 * against the order of their ranges fails here rather than being reordered.
 */
function byAnchor<T extends { range: string }>(rules?: T[]): T[] | undefined {
  if (!rules) return rules;
  const placed = rules.map((rule, k) => ({ rule, k, rect: parseRange(rule.range) }));
  placed.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left || a.k - b.k);
  placed.forEach((a, i) => {
    const swapped = placed.slice(i + 1).find((b) => b.k < a.k && rangesOverlap(a.rect, b.rect));
    if (swapped)
      throw new Error(
        `rules on ${swapped.rule.range} and ${a.rule.range} share cells: list them in range order`
      );
  });
  return placed.map(({ rule }) => rule);
}

const COMPACT_DEPTH = 4; // plan 0 → sheets 1 → sheet 2 → cells 3 → cell 4

function layout(value: unknown, depth: number): string {
  if (depth >= COMPACT_DEPTH || value === null || typeof value !== "object")
    return JSON.stringify(value);
  const pad = " ".repeat(depth + 1);
  const end = " ".repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((item) => pad + layout(item, depth + 1)).join(",\n")}\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined
  );
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${layout(v, depth + 1)}`).join(",\n")}\n${end}}`;
}
