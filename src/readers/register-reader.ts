/**
 * Finds a Kinerja KPI register in a sheet as the workbook gives it back (SheetSnapshot): the header
 * row by its labels, in either language; the KPI rows under it, down to the totals row; and the
 * column of every field it knows. The catalogue (placing KPIs) and the checker read registers
 * through this, so they work on any register a template wrote — moved, or with columns added.
 *
 * What it recognises — the header words of each field, the weight parts, the totals labels, the
 * formula columns — it learns from the templates' register declarations
 * (src/templates/registers.ts), so it knows every register a template writes.
 */
import { parseRange } from "../sheet/a1";
import type { Lang, Scalar } from "../sheet/plan";
import type { SheetSnapshot } from "../sheet/snapshot";
import type { RegisterField } from "../templates/register";
import { type AnyRegisterSchema, REGISTERS } from "../templates/registers";
import type { Text } from "../sheet/text";

/** A label as the readers compare labels: spaces collapsed, trimmed, lower case. */
export const normalWords = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

type RegisterKind = "umkm" | "omax";
const kindOf = (register: AnyRegisterSchema): RegisterKind =>
  register.scoring.kind === "omax" ? "omax" : "umkm";

/** What a header word tells: the field it names, its language, and the registers that write it. */
interface HeaderWord {
  field: RegisterField;
  /** null when both languages spell it alike ("KPI", "Status"): it says nothing of the language. */
  lang: Lang | null;
  isWeightPart: boolean;
  registers: AnyRegisterSchema[];
}

/** Every register's header words (normalWords), both languages, from the templates' declarations. */
const HEADER_WORDS = new Map<string, HeaderWord>();
/** The columns each kind of register fills with a formula on every KPI row. */
export const FORMULA_FIELDS: Record<RegisterKind, Set<RegisterField>> = {
  umkm: new Set(),
  omax: new Set(),
};
/** Totals lines start with these in the KPI-name column. */
const TOTAL_LABELS: Text[] = [];

for (const register of Object.values(REGISTERS)) {
  for (const column of register.columns) {
    const shared = normalWords(column.header.id) === normalWords(column.header.en);
    for (const lang of ["id", "en"] as const) {
      const key = normalWords(column.header[lang]);
      const known = HEADER_WORDS.get(key);
      if (known && known.field !== column.field)
        throw new Error(`the header "${key}" names both ${known.field} and ${column.field}`);
      if (!known) {
        HEADER_WORDS.set(key, {
          field: column.field,
          lang: shared ? null : lang,
          isWeightPart: column.isWeightPart === true,
          registers: [register],
        });
        continue;
      }
      if (known.lang !== (shared ? null : lang)) known.lang = null;
      if (!known.registers.includes(register)) known.registers.push(register);
    }
    if (column.formula) FORMULA_FIELDS[kindOf(register)].add(column.field);
    if (column.field !== "name") continue;
    if (column.total && "label" in column.total) TOTAL_LABELS.push(column.total.label);
  }
}

/** What every register declaring a header word agrees on, or undefined. */
function agreed<T>(word: HeaderWord | undefined, fact: (r: AnyRegisterSchema) => T): T | undefined {
  const facts = new Set(word?.registers.map(fact));
  return facts.size === 1 ? [...facts][0] : undefined;
}

/** A KPI-name cell still waiting for a KPI: empty (the template only prompts for a name). */
export function isUnnamed(name: Scalar): boolean {
  return name === null || (typeof name === "string" && name.trim() === "");
}

export interface KpiRegister {
  /** The sheet's name (for port.replaceCells and links). */
  name: string;
  /** UMKM (weights in %, achievement against target) or OMAX (anchors, AHP weights). */
  kind: RegisterKind;
  /** The sheet's language, from its header labels; null when they are the same in both. */
  lang: Lang | null;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet rows of the KPIs, top to bottom (the totals row excluded). */
  rows: number[];
  /**
   * 0-based sheet rows left in the table for more KPIs, top to bottom: where a KPI is added. Empty
   * rows; in an OMAX register, rows with only their group (and their weights' links to a spare
   * member of the group's AHP block).
   */
  room: number[];
  /** 0-based sheet row of the totals line, or null when the register has none. */
  totalRow: number | null;
  /** 0-based sheet column of each field found in the header. */
  columns: Partial<Record<RegisterField, number>>;
  /** OMAX: the columns whose product is the global weight (local, perspective, stakeholder, facet). */
  weightParts: number[];
  /** What the weights must add up to: 1 (fractions) or 100 (% or ×100). */
  weightTotal: 1 | 100;
  /** OMAX: the level of the middle anchor (3 baseline, 8 minimum target); null for UMKM. */
  midLevel: number | null;
  /** The snapshot the register was read from. */
  snapshot: SheetSnapshot;
}

/** The first register among the sheets, preferring `preferredSheet` (e.g. the active sheet). */
export function findRegister(
  snapshots: SheetSnapshot[],
  preferredSheet?: string
): KpiRegister | null {
  const registers = findRegisters(snapshots);
  const preferred = preferredSheet?.toLowerCase();
  return registers.find((r) => r.name.toLowerCase() === preferred) ?? registers[0] ?? null;
}

/** Every register among the sheets, in their order. */
export function findRegisters(snapshots: SheetSnapshot[]): KpiRegister[] {
  return snapshots.map(readRegister).filter((r): r is KpiRegister => r !== null);
}

/** The register of one sheet, or null when the sheet has none. */
export function readRegister(snapshot: SheetSnapshot): KpiRegister | null {
  if (!snapshot.address) return null;
  const { top, left } = parseRange(snapshot.address);
  for (let r = 0; r < snapshot.values.length; r++) {
    const header = readHeader(snapshot.values[r], left);
    if (!header) continue;
    const headerRow = top + r;
    const { columns } = header;
    const rows: number[] = [];
    const room: number[] = [];
    let totalRow: number | null = null;
    let firstBlank: number | undefined;
    for (let k = r + 1; k < snapshot.values.length; k++) {
      const line = snapshot.values[k];
      const at = (col: number | undefined) => (col === undefined ? "" : (line[col - left] ?? ""));
      const code = text(at(columns.code));
      const name = text(at(columns.name));
      if (!code && TOTAL_LABELS.some((label) => startsWithLabel(name, label))) {
        totalRow = top + k;
        break;
      }
      // An empty row is room for more KPIs when the register goes on below it (its totals line);
      // so is an OMAX row of room, whose group (and weights' links) are there but no KPI of its own.
      const isBlank = Object.values(columns).every((col) => isEmpty(at(col)));
      if (isBlank) firstBlank ??= top + k;
      const isRoom =
        isBlank ||
        (header.kind === "omax" && KPI_OWN.every((field) => isEmpty(at(columns[field]))));
      if (isRoom) room.push(top + k);
      else rows.push(top + k);
    }
    if (totalRow === null) {
      // No totals line: the register ends at its first empty row.
      const end = firstBlank ?? Infinity;
      rows.splice(rows.filter((row) => row < end).length);
      room.length = 0;
    }
    return { name: snapshot.name, headerRow, rows, room, totalRow, snapshot, ...header };
  }
  return null;
}

/** Reads a header row; null unless it is a register's (code, KPI, a target or anchor, a weight). */
function readHeader(
  line: Scalar[],
  left: number
): Pick<
  KpiRegister,
  "kind" | "lang" | "columns" | "weightParts" | "weightTotal" | "midLevel"
> | null {
  const columns: Partial<Record<RegisterField, number>> = {};
  const words = new Map<RegisterField, HeaderWord>();
  const weightParts: number[] = [];
  const votes = { id: 0, en: 0 };
  line.forEach((cell, c) => {
    if (typeof cell !== "string") return;
    const word = HEADER_WORDS.get(normalWords(cell));
    if (!word || columns[word.field] !== undefined) return;
    columns[word.field] = left + c;
    words.set(word.field, word);
    if (word.isWeightPart) weightParts.push(left + c);
    if (word.lang) votes[word.lang]++;
  });
  const hasWeight = columns.weightPct !== undefined || columns.globalWeight !== undefined;
  const hasTarget = columns.target !== undefined || columns.worst !== undefined;
  if (columns.code === undefined || columns.name === undefined || !hasWeight || !hasTarget)
    return null;
  const kind = columns.worst !== undefined ? "omax" : "umkm";
  // The weight's header says the scale (%, ×100 or fractions), the middle anchor's its level.
  const weight = words.get("weightPct") ?? words.get("globalWeight");
  const midLevel = agreed(words.get("mid"), (r) =>
    r.scoring.kind === "omax" ? r.scoring.midLevel : null
  );
  return {
    kind,
    lang: votes.en === votes.id ? null : votes.en > votes.id ? "en" : "id",
    columns,
    weightParts,
    weightTotal: agreed(weight, (r) => r.weightTotal) ?? (kind === "umkm" ? 100 : 1),
    midLevel: kind === "omax" ? (midLevel ?? 3) : null,
  };
}

/** What a KPI of an OMAX register types itself: a row with none of these is a row of room. */
const KPI_OWN: RegisterField[] = ["code", "name", "unit", "worst", "mid", "target"];

const isEmpty = (value: Scalar | undefined) =>
  value === "" || value === null || value === undefined;

function startsWithLabel(value: string, label: Text): boolean {
  const v = normalWords(value);
  return v.startsWith(normalWords(label.id)) || v.startsWith(normalWords(label.en));
}

function text(value: Scalar | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** The value a register shows at (row, col), 0-based sheet positions; "" outside the snapshot. */
export function registerValue(register: KpiRegister, row: number, col: number): Scalar {
  return cellOf(register.snapshot, row, col, "values");
}

/** The formula (or constant) a register holds at (row, col), as range.formulas gives it. */
export function registerFormula(register: KpiRegister, row: number, col: number): Scalar {
  return cellOf(register.snapshot, row, col, "formulas");
}

/** A cell of a snapshot by 0-based sheet row and column; "" outside its used range. */
export function cellOf(
  snapshot: SheetSnapshot,
  row: number,
  col: number,
  what: "values" | "formulas" = "values"
): Scalar {
  if (!snapshot.address) return "";
  const { top, left } = parseRange(snapshot.address);
  return snapshot[what][row - top]?.[col - left] ?? "";
}
