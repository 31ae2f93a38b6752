/**
 * "Add to register" for the KPI catalogue: places selected catalogue KPIs in a register's free
 * rows (a KPI row whose name is still empty) and says, as cell changes, what to write — the KPI name, its unit and (UMKM) its
 * direction, in the sheet's language. A row the user already filled is never touched; a KPI goes to
 * a row of its own perspective or stakeholder when the register is grouped that way.
 */
import type { CatalogueKpi } from "../templates/data/types";
import {
  OLD_DIRECTION_WORDS,
  PERSPECTIVES,
  STAKEHOLDERS,
  UMKM_GROUPS,
  unitLabel,
} from "../templates/data/vocabulary";
import { cellAddress } from "../sheet/a1";
import type { Lang, Scalar } from "../sheet/plan";
import type { KpiRegister } from "./register-reader";
import {
  isUnnamed,
  normalWords,
  readRegister,
  registerFormula,
  registerValue,
} from "./register-reader";
import { L, directionWord } from "../templates/text";
import type { Text } from "../sheet/text";
import type { CellChange, SheetSnapshot } from "../sheet/snapshot";

export interface Placement {
  kpi: CatalogueKpi;
  /** 0-based sheet row the KPI went to, and the address of its name cell. */
  row: number;
  address: string;
}

export interface PlaceResult {
  /** The cells to write (port.replaceCells on the register's sheet), top to bottom. */
  changes: CellChange[];
  /** How many KPIs found a row. */
  placed: number;
  placements: Placement[];
  /** KPIs left over: no free row (in their group) — the scorecard needs more KPIs per group. */
  notPlaced: CatalogueKpi[];
  /** KPIs the register already lists by name (either language); not added twice. */
  alreadyListed: CatalogueKpi[];
}

type Dimension = "perspective" | "stakeholder" | "umkm";

/** Group labels a register may show → which grouping and which group. */
const GROUP_LABELS = new Map<string, { dimension: Dimension; key: string }>();
const addLabel = (label: Text, dimension: Dimension, key: string) => {
  for (const text of [label.id, label.en])
    if (!GROUP_LABELS.has(normalWords(text)))
      GROUP_LABELS.set(normalWords(text), { dimension, key });
};
for (const p of PERSPECTIVES) addLabel(p.name, "perspective", p.key);
for (const s of STAKEHOLDERS) addLabel(s.prism, "stakeholder", s.key);
for (const s of STAKEHOLDERS) addLabel(s.ipms, "stakeholder", s.key);
for (const g of UMKM_GROUPS) addLabel(g.name, "umkm", g.key);

/** The group a catalogue KPI belongs to in a grouping, if it says. */
function groupOf(kpi: CatalogueKpi, dimension: Dimension): string | undefined {
  if (dimension === "perspective") return kpi.perspective;
  if (dimension === "stakeholder") return kpi.stakeholder;
  return kpi.umkmGroup;
}

/**
 * Places `kpis` in the free rows (name still empty) of the register on `target` (a sheet, or a register
 * already read). Written in the sheet's language (`lang` only when the sheet's labels do not tell).
 *
 * @example
 *   const { changes, placed, notPlaced } = placeKpis(register, selected, "id");
 *   await port.replaceCells(register.name, changes);
 */
export function placeKpis(
  target: SheetSnapshot | KpiRegister,
  kpis: CatalogueKpi[],
  lang: Lang
): PlaceResult {
  const register = "snapshot" in target ? target : readRegister(target);
  const result: PlaceResult = {
    changes: [],
    placed: 0,
    placements: [],
    notPlaced: [],
    alreadyListed: [],
  };
  if (!register) {
    result.notPlaced = kpis.slice();
    return result;
  }
  const sheetLang = register.lang ?? lang;
  const { columns } = register;
  const nameCol = columns.name as number;
  const at = (row: number, col: number | undefined): Scalar =>
    col === undefined ? "" : registerValue(register, row, col);
  const held = (row: number, col: number): Scalar => registerFormula(register, row, col);

  // The grouping the register uses: the one most of its group labels belong to.
  const rowGroup = new Map<number, { dimension: Dimension; key: string }>();
  const votes = new Map<Dimension, number>();
  for (const row of register.rows) {
    const group = GROUP_LABELS.get(normalWords(String(at(row, columns.group) ?? "")));
    if (!group) continue;
    rowGroup.set(row, group);
    votes.set(group.dimension, (votes.get(group.dimension) ?? 0) + 1);
  }
  const dimension = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];

  const listed = new Set<string>();
  const free: number[] = [];
  for (const row of register.rows) {
    const name = at(row, nameCol);
    const isFormula = String(held(row, nameCol) ?? "").startsWith("=");
    if (!isFormula && isUnnamed(name)) free.push(row);
    else if (typeof name === "string") listed.add(normalWords(name));
  }

  // KPIs with a group first (they fit fewer rows), then the rest in the rows left.
  const wanted: CatalogueKpi[] = [];
  const seen = new Set<string>();
  for (const kpi of kpis) {
    if (seen.has(kpi.id)) continue;
    seen.add(kpi.id);
    if (listed.has(normalWords(kpi.name.id)) || listed.has(normalWords(kpi.name.en)))
      result.alreadyListed.push(kpi);
    else wanted.push(kpi);
  }
  const keyOf = (kpi: CatalogueKpi) => (dimension ? groupOf(kpi, dimension) : undefined);
  const grouped = wanted.filter((kpi) => keyOf(kpi) !== undefined);
  const ungrouped = wanted.filter((kpi) => keyOf(kpi) === undefined);
  const taken = new Set<number>();
  const rowFor = new Map<CatalogueKpi, number>();
  for (const kpi of grouped) {
    const key = keyOf(kpi);
    const row = free.find(
      (r) =>
        !taken.has(r) && rowGroup.get(r)?.dimension === dimension && rowGroup.get(r)?.key === key
    );
    if (row === undefined) continue;
    taken.add(row);
    rowFor.set(kpi, row);
  }
  for (const kpi of ungrouped) {
    const row = free.find((r) => !taken.has(r));
    if (row === undefined) continue;
    taken.add(row);
    rowFor.set(kpi, row);
  }

  const directionWords = new Set(
    [L.higher, L.lower, OLD_DIRECTION_WORDS.higher, OLD_DIRECTION_WORDS.lower].flatMap((word) => [
      normalWords(word.id),
      normalWords(word.en),
    ])
  );
  for (const kpi of wanted) {
    const row = rowFor.get(kpi);
    if (row === undefined) {
      result.notPlaced.push(kpi);
      continue;
    }
    const change = (col: number, to: Scalar) =>
      result.changes.push({ address: cellAddress(row, col), from: held(row, col), to });
    change(nameCol, kpi.name[sheetLang]);
    const unit = unitLabel(kpi.unit, sheetLang);
    if (columns.unit !== undefined && unit && isEmpty(held(row, columns.unit)))
      change(columns.unit, unit);
    // UMKM types the direction (OMAX derives it from the anchors): replace the template's default.
    if (register.kind === "umkm" && columns.direction !== undefined) {
      const current = held(row, columns.direction);
      const word = directionWord(sheetLang, kpi.direction);
      const isDefault = isEmpty(current) || directionWords.has(normalWords(String(current)));
      if (isDefault && current !== word) change(columns.direction, word);
    }
    result.placements.push({ kpi, row, address: cellAddress(row, nameCol) });
  }
  result.placed = result.placements.length;
  result.placements.sort((a, b) => a.row - b.row);
  result.changes.sort((a, b) => rowOf(a.address) - rowOf(b.address));
  return result;
}

function isEmpty(value: Scalar): boolean {
  return value === null || value === "";
}

function rowOf(address: string): number {
  return Number(/\d+/.exec(address)?.[0]);
}
