/**
 * Finds a Kinerja KPI register in a sheet as the workbook gives it back (SheetSnapshot): the header
 * row by its labels, in either language; the KPI rows under it, down to the totals row; and the
 * column of every field it knows. The catalogue (placing KPIs) and the checker read registers
 * through this, so they work on any register a template wrote — moved, or with columns added.
 */
import { parseRange } from "../sheet/a1";
import type { Lang, Scalar } from "../sheet/plan";
import type { SheetSnapshot } from "../sheet/snapshot";
import { L } from "../templates/text";
import type { Text } from "../sheet/text";

/** A register column the readers know, by what the templates write in its header. */
export type RegisterField =
  | "code"
  | "group"
  | "objective"
  | "facet"
  | "requirement"
  | "name"
  | "unit"
  | "direction"
  | "weightPct"
  | "priorityClass"
  | "classCheck"
  | "target"
  | "frequency"
  | "worst"
  | "mid"
  | "globalWeight"
  | "actual"
  | "achievement"
  | "level"
  | "status"
  | "weighted"
  | "rankKey";

/** Header labels of each field, both languages (see templates/text.ts `L` and the templates' TEXT). */
const FIELD_LABELS: [RegisterField, Text[]][] = [
  ["code", [L.code]],
  ["group", [L.group, L.perspective, L.stakeholder]],
  ["objective", [L.objective]],
  ["facet", [L.facet]],
  ["requirement", [{ id: "Kebutuhan stakeholder", en: "Stakeholder requirement" }]],
  ["name", [L.kpi]],
  ["unit", [L.unit]],
  ["direction", [L.direction]],
  ["weightPct", [L.weightPct]],
  ["priorityClass", [{ id: "Kelas prioritas", en: "Priority class" }]],
  ["classCheck", [{ id: "Cek kelas", en: "Class check" }]],
  ["target", [L.target, L.targetL10, L.optimum]],
  ["frequency", [{ id: "Periode ukur", en: "Measured" }]],
  ["worst", [L.worst]],
  ["mid", [L.baseline, L.minimumTarget]],
  ["globalWeight", [L.globalWeight, { id: "Bobot (×100)", en: "Weight (×100)" }]],
  ["actual", [L.actual]],
  ["achievement", [L.achievement]],
  ["level", [L.level]],
  ["status", [L.status]],
  ["weighted", [L.weightedScore]],
  ["rankKey", [L.rankKey]],
];

/** The weights a KPI's global weight is the product of (OMAX registers): read from the AHP sheet. */
const WEIGHT_PART_LABELS: Text[] = [
  L.localWeight,
  { id: "Bobot perspektif", en: "Perspective weight" },
  { id: "Bobot stakeholder", en: "Stakeholder weight" },
  { id: "Bobot faset", en: "Facet weight" },
];

/** Totals rows start with these in the KPI-name column. */
const TOTAL_LABELS: Text[] = [
  L.total,
  { id: "Indeks kinerja total", en: "Total performance index" },
];

/** A label as the readers compare labels: spaces collapsed, trimmed, lower case. */
export const normalWords = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

const LABEL_INDEX = new Map<string, { field: RegisterField; lang: Lang }>();
for (const [field, labels] of FIELD_LABELS) {
  for (const label of labels) {
    for (const lang of ["id", "en"] as const) {
      const key = normalWords(label[lang]);
      // A label both languages share ("KPI", "Status", "Target") counts as either.
      if (!LABEL_INDEX.has(key)) LABEL_INDEX.set(key, { field, lang });
    }
  }
}
const PART_INDEX = new Map<string, Lang>();
for (const label of WEIGHT_PART_LABELS)
  for (const lang of ["id", "en"] as const) PART_INDEX.set(normalWords(label[lang]), lang);

export interface KpiRegister {
  /** The sheet's name (for port.replaceCells and links). */
  name: string;
  /** UMKM (weights in %, achievement against target) or OMAX (anchors, AHP weights). */
  kind: "umkm" | "omax";
  /** The sheet's language, from its header labels; null when they are the same in both. */
  lang: Lang | null;
  /** 0-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet rows of the KPIs, top to bottom (the totals row excluded). */
  rows: number[];
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
    let totalRow: number | null = null;
    for (let k = r + 1; k < snapshot.values.length; k++) {
      const line = snapshot.values[k];
      const at = (col: number | undefined) => (col === undefined ? "" : (line[col - left] ?? ""));
      const code = text(at(columns.code));
      const name = text(at(columns.name));
      if (!code && TOTAL_LABELS.some((label) => startsWithLabel(name, label))) {
        totalRow = top + k;
        break;
      }
      const known = Object.values(columns).map((col) => at(col));
      if (known.every((v) => v === "" || v === null)) break;
      rows.push(top + k);
    }
    return { name: snapshot.name, headerRow, rows, totalRow, snapshot, ...header };
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
  const weightParts: number[] = [];
  const votes = { id: 0, en: 0 };
  let weightTotal: 1 | 100 = 1;
  let midLevel: number | null = null;
  line.forEach((cell, c) => {
    if (typeof cell !== "string") return;
    const key = normalWords(cell);
    const part = PART_INDEX.get(key);
    if (part) {
      weightParts.push(left + c);
      votes[part]++;
      return;
    }
    const hit = LABEL_INDEX.get(key);
    if (!hit || columns[hit.field] !== undefined) return;
    columns[hit.field] = left + c;
    if (!isShared(key)) votes[hit.lang]++;
    if (hit.field === "globalWeight" && key.includes("×100")) weightTotal = 100;
    if (hit.field === "mid") midLevel = Number(/\(l(\d+)\)/.exec(key)?.[1] ?? 3);
  });
  const hasWeight = columns.weightPct !== undefined || columns.globalWeight !== undefined;
  const hasTarget = columns.target !== undefined || columns.worst !== undefined;
  if (columns.code === undefined || columns.name === undefined || !hasWeight || !hasTarget)
    return null;
  const kind = columns.worst !== undefined ? "omax" : "umkm";
  if (kind === "umkm") weightTotal = 100;
  return {
    kind,
    lang: votes.en === votes.id ? null : votes.en > votes.id ? "en" : "id",
    columns,
    weightParts,
    weightTotal,
    midLevel: kind === "omax" ? (midLevel ?? 3) : null,
  };
}

/** Labels both languages spell the same way say nothing about the language. */
function isShared(key: string): boolean {
  for (const [, labels] of FIELD_LABELS)
    for (const label of labels)
      if (normalWords(label.id) === normalWords(label.en) && normalWords(label.id) === key)
        return true;
  return false;
}

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
