/**
 * "Check this workbook" (issue 4 §4): what an auditor looks for in a Kinerja workbook, read from the
 * sheets as the workbook gives them back (values and formulas of each used range) — weights that do
 * not add up, inconsistent pairwise judgements, OMAX anchors out of order or missing, targets
 * missing, formulas overwritten by typed values, and error values. Pure: the pane reads every sheet
 * through the port and calls `checkWorkbook`; each finding names a cell to link to.
 *
 * Only Kinerja sheets are checked: a KPI register, a sheet with Kinerja functions (AHP., OMAX.,
 * KPI., TRAFFIC), or a sheet whose formulas read one of those (Dashboard, KPI specification).
 */
import {
  CLASS_RANGES,
  CR_THRESHOLD,
  SAATY_MAX,
  SAATY_MIN,
  ahpInconsistencies,
  consistencyOf,
  pairwiseInUse,
} from "../core";
import type { Grid } from "../core";
import { cellAddress, columnIndex, normalRange, parseRange, rangeAddress } from "../sheet/a1";
import type { Lang, Scalar } from "../sheet/plan";
import type { RegisterField } from "../templates/register";
import type { KpiRegister } from "./register-reader";
import { FORMULA_FIELDS, findRegisters, isUnnamed, normalWords } from "./register-reader";
import { L } from "../templates/text";
import { PERIOD_SELECTOR } from "../templates/tracking";
import { GROUP_LIST_HEADER, GROUP_ROWS } from "../templates/umkm-lists";
import type { Text } from "../sheet/text";
import type { SheetSnapshot } from "../sheet/snapshot";

export type Severity = "error" | "warning" | "info";

export type RuleId =
  | "weights-sum"
  | "weight-invalid"
  | "ahp-cr"
  | "ahp-scale"
  | "omax-anchors-order"
  | "omax-anchors-missing"
  | "target-missing"
  | "formula-replaced"
  | "error-values"
  | "class-check"
  | "duplicate-code"
  | "period-unknown"
  | "tracking-missing"
  | "weight-missing"
  | "group-unknown";

export interface Finding {
  severity: Severity;
  rule: RuleId;
  /** The sheet and the cell to open (a link in the pane). */
  sheet: string;
  address: string;
  /** In the language asked for, naming the numbers involved. */
  message: string;
}

/** One line per rule, for a legend or help text. */
export const CHECK_RULES: Record<RuleId, Text> = {
  "weights-sum": {
    id: "Bobot harus berjumlah 1 (atau 100 pada skala % / ×100)",
    en: "Weights must add up to 1 (or 100 on the % / ×100 scales)",
  },
  "weight-invalid": {
    id: "Bobot harus berupa angka 0 atau lebih",
    en: "A weight must be a number of 0 or more",
  },
  "ahp-cr": {
    id: "Rasio konsistensi (CR) penilaian berpasangan paling tinggi 0,10",
    en: "The consistency ratio (CR) of pairwise judgements is at most 0.10",
  },
  "ahp-scale": {
    id: "Penilaian berpasangan dalam skala Saaty 1/9…9",
    en: "Pairwise judgements lie on Saaty's scale 1/9…9",
  },
  "omax-anchors-order": {
    id: "Jangkar OMAX naik atau turun tegas: L0 < Lm < L10 atau L0 > Lm > L10",
    en: "OMAX anchors rise or fall strictly: L0 < Lm < L10 or L0 > Lm > L10",
  },
  "omax-anchors-missing": {
    id: "Tiap KPI punya jangkar OMAX terburuk dan tengah",
    en: "Every KPI has its worst and middle OMAX anchors",
  },
  "target-missing": { id: "Tiap KPI punya target", en: "Every KPI has a target" },
  "formula-replaced": {
    id: "Rumus templat tidak ditimpa angka ketikan",
    en: "The template's formulas are not overwritten by typed values",
  },
  "error-values": {
    id: "Tidak ada sel yang menampilkan galat (#VALUE!, #DIV/0!, …)",
    en: "No cell shows an error (#VALUE!, #DIV/0!, …)",
  },
  "class-check": {
    id: "Bobot UMKM sesuai rentang kelas prioritasnya",
    en: "UMKM weights fall in their priority class's range",
  },
  "duplicate-code": { id: "Kode KPI unik", en: "KPI codes are unique" },
  "period-unknown": {
    id: "Periode terpilih ada di lembar Pelacakan",
    en: "The selected period is one of the Tracking sheet's periods",
  },
  "tracking-missing": {
    id: "Tiap KPI register punya baris di lembar Pelacakan",
    en: "Every KPI of the register has a row on the Tracking sheet",
  },
  "weight-missing": { id: "Tiap KPI punya bobot", en: "Every KPI has a weight" },
  "group-unknown": {
    id: "Kelompok tiap KPI ada di daftar kelompok",
    en: "Every KPI's group is in the group list",
  },
};

/** Checks every Kinerja sheet among `snapshots`; findings in sheet order, top to bottom. */
export function checkWorkbook(snapshots: SheetSnapshot[], lang: Lang): Finding[] {
  const sheets = snapshots.map((snapshot) => new SheetView(snapshot));
  const registers = new Map(findRegisters(snapshots).map((r) => [r.name, r]));
  const kinerja = kinerjaSheets(sheets, registers);
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    if (!kinerja.has(sheet.name)) continue;
    const register = registers.get(sheet.name);
    const say = (severity: Severity, rule: RuleId, address: string, message: Text) =>
      findings.push({ severity, rule, sheet: sheet.name, address, message: message[lang] });
    const num = (n: number, decimals = 4) => formatNumber(n, lang, decimals);
    if (register) {
      checkRegister(sheet, register, say, num);
      checkLinks(sheets, sheet, register, say);
    }
    checkWeightCheckCells(sheet, register, say);
    checkAhp(sheet, say, num);
    checkPeriod(sheet, say, num);
    checkTypedOverFormulas(sheet, register, say, num);
    checkErrorValues(sheet, say);
  }
  return findings;
}

type Say = (severity: Severity, rule: RuleId, address: string, message: Text) => void;
type Num = (n: number, decimals?: number) => string;

// ---------------------------------------------------------------------------------------------
// Reading a snapshot by sheet position

class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;

  constructor(private readonly snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    if (snapshot.address) {
      const range = parseRange(snapshot.address);
      this.top = range.top;
      this.left = range.left;
      this.bottom = range.top + snapshot.values.length - 1;
      this.right = range.left + Math.max(0, ...snapshot.values.map((row) => row.length)) - 1;
    } else {
      this.top = this.left = 0;
      this.bottom = this.right = -1;
    }
  }

  value(row: number, col: number): Scalar {
    return this.snapshot.values[row - this.top]?.[col - this.left] ?? "";
  }

  /** The formula, or null for a constant or an empty cell. */
  formula(row: number, col: number): string | null {
    const f = this.snapshot.formulas[row - this.top]?.[col - this.left];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  /** Every formula cell, row by row. */
  *formulas(): Generator<{ row: number; col: number; formula: string }> {
    for (let row = this.top; row <= this.bottom; row++)
      for (let col = this.left; col <= this.right; col++) {
        const formula = this.formula(row, col);
        if (formula) yield { row, col, formula };
      }
  }
}

const isEmpty = (v: Scalar) => v === null || v === "";
const ERROR_TEXT = /^#(VALUE!|DIV\/0!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|N\/A)$/;
const isError = (v: Scalar) => typeof v === "string" && ERROR_TEXT.test(v);

const KINERJA_FUNCTION = /\b(AHP|OMAX|KPI|ANP)\.[A-Z]+\s*\(|\bTRAFFIC(\.OMAX)?\s*\(/i;

/** Registers, sheets with Kinerja functions, and sheets whose formulas read one of them. */
function kinerjaSheets(sheets: SheetView[], registers: Map<string, KpiRegister>): Set<string> {
  const kinerja = new Set(registers.keys());
  const formulasOf = new Map(sheets.map((s) => [s.name, Array.from(s.formulas())]));
  for (const sheet of sheets)
    if (formulasOf.get(sheet.name)!.some((f) => KINERJA_FUNCTION.test(f.formula)))
      kinerja.add(sheet.name);
  const core = Array.from(kinerja);
  for (const sheet of sheets) {
    if (kinerja.has(sheet.name)) continue;
    const reads = formulasOf
      .get(sheet.name)!
      .some((f) =>
        referencedSheets(f.formula).some((name) => core.some((k) => k.toLowerCase() === name))
      );
    if (reads) kinerja.add(sheet.name);
  }
  return kinerja;
}

/** Lower-cased names of the sheets a formula refers to ('BSC (2)'!A1, Tracking!B2). */
function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  for (const m of outsideStrings(formula).matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!/g))
    names.push((m[1] ?? m[2]).replace(/''/g, "'").toLowerCase());
  return names;
}

/** The formula with its string literals blanked (so "a!b" in quotes is not a reference). */
function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

// ---------------------------------------------------------------------------------------------
// (a) weights, (c) anchors, (d) targets, duplicate codes and class checks — per register row

function checkRegister(sheet: SheetView, register: KpiRegister, say: Say, num: Num): void {
  const { columns, rows } = register;
  const at = (row: number, field: RegisterField) =>
    columns[field] === undefined ? "" : sheet.value(row, columns[field] as number);
  const isNamed = (row: number) => !isUnnamed(at(row, "name"));
  const where = (row: number, field: RegisterField) => cellAddress(row, columns[field] as number);

  // Duplicate codes: people, the review log and the KPI specification refer to KPIs by code.
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const code = at(row, "code");
    if (isEmpty(code)) continue;
    const key = String(code).trim().toLowerCase();
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else
      say("warning", "duplicate-code", where(row, "code"), {
        id: `Kode KPI “${code}” di ${where(row, "code")} sudah dipakai di ${where(first, "code")}: beri tiap KPI kode sendiri.`,
        en: `KPI code “${code}” in ${where(row, "code")} is already used in ${where(first, "code")}: give every KPI its own code.`,
      });
  }

  checkRegisterWeights(sheet, register, isNamed, say, num);

  for (const row of rows) {
    const named = isNamed(row);
    const name = String(at(row, "name"));
    if (register.kind === "umkm") {
      if (named && isEmpty(at(row, "target")) && columns.target !== undefined)
        say("warning", "target-missing", where(row, "target"), {
          id: `KPI “${name}” (baris ${row + 1}) belum punya target: pencapaian dan status tidak dapat dihitung.`,
          en: `KPI “${name}” (row ${row + 1}) has no target: its achievement and status cannot be computed.`,
        });
      const check = at(row, "classCheck");
      if (typeof check === "string" && check !== "" && check !== "OK" && !isError(check))
        say(
          "warning",
          "class-check",
          where(row, "classCheck"),
          classMessage(
            check,
            Number(at(row, "weightPct")),
            String(at(row, "priorityClass")),
            name,
            num
          )
        );
      continue;
    }
    checkAnchorRow(sheet, register, row, named, name, say, num);
  }
}

/** "Weight 25% of “Jumlah order” is above its class “Penting” (5–10%)." (spec §5: a warning). */
function classMessage(
  verdict: string,
  weight: number,
  label: string,
  name: string,
  num: Num
): Text {
  const entry = Object.values(CLASS_RANGES).find(
    (c) =>
      normalWords(c.labels.id) === normalWords(label) ||
      normalWords(c.labels.en) === normalWords(label)
  );
  const range = entry
    ? entry.max >= 100
      ? `> ${num(entry.min)}%`
      : `${num(entry.min)}–${num(entry.max)}%`
    : "";
  const side: Text =
    verdict === "LOW"
      ? { id: "di bawah", en: "below" }
      : verdict === "HIGH"
        ? { id: "di atas", en: "above" }
        : { id: "di luar", en: "outside" };
  return {
    id: `Bobot ${num(weight)}% untuk “${name}” ${side.id} rentang kelas “${label}”${range ? ` (${range})` : ""}: ubah bobot atau kelasnya.`,
    en: `Weight ${num(weight)}% of “${name}” is ${side.en} the range of its class “${label}”${range ? ` (${range})` : ""}: change the weight or the class.`,
  };
}

function checkRegisterWeights(
  sheet: SheetView,
  register: KpiRegister,
  isNamed: (row: number) => boolean,
  say: Say,
  num: Num
): void {
  const col = register.columns.weightPct ?? register.columns.globalWeight;
  if (col === undefined || register.rows.length === 0) return;
  const total = register.weightTotal;
  const first = register.rows[0];
  const last = register.rows[register.rows.length - 1];
  const range = rangeAddress(first, col, last, col);
  const totalCell =
    register.totalRow !== null && sheet.formula(register.totalRow, col)
      ? cellAddress(register.totalRow, col)
      : cellAddress(first, col);
  let sum = 0;
  let blanks = 0;
  let broken = false;
  for (const row of register.rows) {
    const w = sheet.value(row, col);
    const address = cellAddress(row, col);
    if (isEmpty(w)) {
      blanks++;
      continue;
    }
    if (isError(w)) {
      broken = true; // reported with the error values
      continue;
    }
    if (typeof w !== "number" || w < 0) {
      broken = true;
      say("error", "weight-invalid", address, {
        id: `Bobot di ${address} harus angka 0 atau lebih, isinya ${show(w, num)}.`,
        en: `The weight in ${address} must be a number of 0 or more; it holds ${show(w, num)}.`,
      });
      continue;
    }
    sum += w;
  }
  if (broken) return;
  const unit = register.kind === "umkm" ? "%" : "";
  if (blanks === register.rows.length) {
    // A template not filled in yet: say so once, quietly.
    const anyNamed = register.rows.some(isNamed);
    say(anyNamed ? "error" : "info", "weights-sum", totalCell, {
      id: `Belum ada bobot di ${range}: bobot harus berjumlah ${num(total)}${unit}.`,
      en: `No weights yet in ${range}: they must add up to ${num(total)}${unit}.`,
    });
    return;
  }
  if (Math.abs(sum - total) <= 1e-4 * total) return;
  const fractions = total === 100 && Math.abs(sum - 1) < 1e-4;
  const hint: Text = fractions
    ? {
        id: " Bobot tampak seperti pecahan: ketik 25 untuk 25%.",
        en: " The weights look like fractions: type 25 for 25%.",
      }
    : register.kind === "omax"
      ? {
          id: " Bobot dihitung dari lembar AHP: periksa bobot yang diketik atau rumus yang diubah.",
          en: " The weights come from the AHP sheet: look for typed weights or changed formulas.",
        }
      : { id: "", en: "" };
  const blanksNote: Text =
    blanks > 0
      ? { id: ` (${blanks} baris tanpa bobot)`, en: ` (${blanks} rows have no weight)` }
      : { id: "", en: "" };
  say("error", "weights-sum", totalCell, {
    id: `Bobot di ${range} berjumlah ${num(sum)}${unit}, bukan ${num(total)}${unit}${blanksNote.id}.${hint.id}`,
    en: `The weights in ${range} add up to ${num(sum)}${unit}, not ${num(total)}${unit}${blanksNote.en}.${hint.en}`,
  });
}

function checkAnchorRow(
  sheet: SheetView,
  register: KpiRegister,
  row: number,
  named: boolean,
  name: string,
  say: Say,
  num: Num
): void {
  const { columns } = register;
  const m = register.midLevel ?? 3;
  const fields: [RegisterField, string][] = [
    ["worst", "L0"],
    ["mid", `L${m}`],
    ["target", "L10"],
  ];
  const cells = fields.map(([field, label]) => {
    const col = columns[field];
    const value = col === undefined ? "" : sheet.value(row, col);
    return { field, label, col, value, address: col === undefined ? "" : cellAddress(row, col) };
  });
  const label = named ? `“${name}”` : `${cellAddress(row, columns.name as number)}`;
  const notNumbers = cells.filter(
    (c) => c.col !== undefined && !isEmpty(c.value) && typeof c.value !== "number"
  );
  for (const c of notNumbers)
    say("error", "omax-anchors-order", c.address, {
      id: `Jangkar ${c.label} KPI ${label} di ${c.address} harus angka, isinya ${show(c.value, num)}.`,
      en: `Anchor ${c.label} of KPI ${label} in ${c.address} must be a number; it holds ${show(c.value, num)}.`,
    });
  if (notNumbers.length > 0) return;
  const [w, mid, t] = cells;
  if (cells.every((c) => typeof c.value === "number")) {
    const [l0, lm, l10] = cells.map((c) => c.value as number);
    if ((l0 < lm && lm < l10) || (l0 > lm && lm > l10)) return;
    const shown = `L0 = ${num(l0)}, L${m} = ${num(lm)}, L10 = ${num(l10)}`;
    say("error", "omax-anchors-order", w.address, {
      id: `Jangkar OMAX KPI ${label} tidak berurutan: ${shown}. Harus naik (L0 < L${m} < L10, makin tinggi makin baik) atau turun (L0 > L${m} > L10, makin rendah makin baik).`,
      en: `The OMAX anchors of KPI ${label} are out of order: ${shown}. They must rise (L0 < L${m} < L10, higher is better) or fall (L0 > L${m} > L10, lower is better).`,
    });
    return;
  }
  if (!named) return;
  const missing = [w, mid].filter((c) => c.col !== undefined && isEmpty(c.value));
  if (missing.length > 0)
    say("warning", "omax-anchors-missing", missing[0].address, {
      id: `KPI ${label} (baris ${row + 1}) belum punya jangkar ${missing.map((c) => c.label).join(" dan ")}: levelnya tidak dapat dihitung.`,
      en: `KPI ${label} (row ${row + 1}) has no ${missing.map((c) => c.label).join(" and ")} anchor: its level cannot be computed.`,
    });
  if (t.col !== undefined && isEmpty(t.value))
    say("warning", "target-missing", t.address, {
      id: `KPI ${label} (baris ${row + 1}) belum punya target (L10).`,
      en: `KPI ${label} (row ${row + 1}) has no target (L10).`,
    });
}

/** KPI.WEIGHTCHECK cells that do not say OK (those on a register's totals line are covered above). */
function checkWeightCheckCells(
  sheet: SheetView,
  register: KpiRegister | undefined,
  say: Say
): void {
  for (const { row, col, formula } of sheet.formulas()) {
    if (!/^=\s*KPI\.WEIGHTCHECK\s*\(/i.test(formula)) continue;
    if (register && row === register.totalRow) continue;
    const value = sheet.value(row, col);
    if (value === "OK" || isEmpty(value) || isError(value)) continue;
    const address = cellAddress(row, col);
    say("error", "weights-sum", address, {
      id: `Cek bobot di ${address} tidak OK: ${value}.`,
      en: `The weight check in ${address} is not OK: ${value}.`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// (b) consistency and (f) the Saaty scale of pairwise matrices

const AHP_CALL =
  /^=\s*AHP\.(CHECK|CR|WEIGHTS)\s*\(\s*(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)\s*[,)]/i;

function checkAhp(sheet: SheetView, say: Say, num: Num): void {
  // Every matrix a formula weighs or checks, once, with the cell that shows its CR (if any).
  const matrices = new Map<string, { anchor: string; crCell: string | null; cr: Scalar }>();
  for (const { row, col, formula } of sheet.formulas()) {
    const call = AHP_CALL.exec(formula);
    if (!call) continue;
    const range = normalRange(call[2]);
    const kind = call[1].toUpperCase();
    const known = matrices.get(range);
    let crCell: string | null = null;
    let cr: Scalar = "";
    if (kind === "CR") {
      crCell = cellAddress(row, col);
      cr = sheet.value(row, col);
    } else if (kind === "CHECK") {
      // AHP.CHECK spills label/value rows: the value beside the label "CR".
      for (let r = row; r < row + 6; r++) {
        if (sheet.value(r, col) === "CR") {
          crCell = cellAddress(r, col + 1);
          cr = sheet.value(r, col + 1);
          break;
        }
      }
    }
    if (!known || (known.crCell === null && crCell !== null))
      matrices.set(range, { anchor: cellAddress(row, col), crCell, cr });
  }

  for (const [range, { anchor, crCell, cr: shownCr }] of matrices) {
    const { top, left, bottom, right } = parseRange(range);
    // A range reaching past the used range holds blanks, which the function reports itself; reading
    // it cell by cell could be the whole grid (A1:XFD1048576 in a file made to exhaust memory).
    if (bottom > sheet.bottom || right > sheet.right) continue;
    const grid: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const line: Scalar[] = [];
      for (let c = left; c <= right; c++) line.push(sheet.value(r, c));
      grid.push(line);
    }
    const title = blockTitle(sheet, top, left, range);

    // Judgements outside 1/9…9 (the upper triangle is what people type).
    for (let i = 0; i < grid.length; i++)
      for (let j = i + 1; j < (grid[i]?.length ?? 0); j++) {
        const a = grid[i][j];
        if (typeof a !== "number" || a <= 0) continue;
        if (a <= SAATY_MAX * (1 + 1e-9) && a >= SAATY_MIN * (1 - 1e-9)) continue;
        const address = cellAddress(top + i, left + j);
        say("warning", "ahp-scale", address, {
          id: `Penilaian ${num(a)} di ${address} (${title}) di luar skala Saaty 1/9…9.`,
          en: `The judgement ${num(a)} in ${address} (${title}) is outside Saaty's scale 1/9…9.`,
        });
      }

    let cr = typeof shownCr === "number" ? shownCr : null;
    let pair = "";
    let pairEn = "";
    try {
      const matrix = grid as unknown as Grid;
      if (cr === null && crCell === null)
        cr = consistencyOf(pairwiseInUse(matrix).matrix, "eigen", "saaty1980").cr;
      if (cr !== null && cr > CR_THRESHOLD) {
        const [worst] = ahpInconsistencies(matrix, "eigen", 1);
        if (worst) {
          const at = cellAddress(top + worst.row - 1, left + worst.col - 1);
          const rowLabel = sheet.value(top + worst.row - 1, left - 1) || `${worst.row}`;
          // A square matrix names its criteria down the rows; the column headers may be short codes.
          const colLabel =
            sheet.value(top + worst.col - 1, left - 1) ||
            sheet.value(top - 1, left + worst.col - 1) ||
            `${worst.col}`;
          pair = ` Penilaian paling tidak konsisten: ${rowLabel} terhadap ${colLabel} di ${at} = ${num(worst.current)}, saran ${num(worst.suggested, 3)} (skala Saaty: ${saaty(worst.suggestedScale, num)}).`;
          pairEn = ` Most inconsistent judgement: ${rowLabel} against ${colLabel} in ${at} = ${num(worst.current)}, suggested ${num(worst.suggested, 3)} (Saaty scale: ${saaty(worst.suggestedScale, num)}).`;
        }
      }
    } catch {
      // A matrix the AHP functions reject shows an error value; that finding says enough.
    }
    if (cr === null || cr <= CR_THRESHOLD) continue;
    say("error", "ahp-cr", crCell ?? anchor, {
      id: `CR = ${num(cr, 3)} > 0,10 pada ${title}: penilaian berpasangan saling bertentangan; tinjau kembali.${pair}`,
      en: `CR = ${num(cr, 3)} > 0.10 in ${title}: the pairwise judgements contradict each other; revise them.${pairEn}`,
    });
  }
}

/** "Level 1 — between perspectives (B7:E10)": the block's title two rows above, and the range. */
function blockTitle(sheet: SheetView, top: number, left: number, range: string): string {
  const candidates = [sheet.value(top - 2, left - 1), sheet.value(top - 2, left)];
  const title = candidates.find((v) => typeof v === "string" && v.trim() !== "");
  return title ? `“${title}” (${range})` : range;
}

function saaty(value: number, num: Num): string {
  return value >= 1 ? num(value) : `1/${Math.round(1 / value)}`;
}

// ---------------------------------------------------------------------------------------------
// Each KPI of a register in Tracking, with a weight, in a group of the list

/**
 * A KPI the register lists but Tracking does not (a row added below an OMAX register's room, a UMKM
 * register grown past the 40 KPIs Tracking has rows for, or a Tracking row deleted) has no actuals and
 * drops out of the index; a KPI without a weight counts for nothing;
 * a group not in the register's group list has no line on the dashboard.
 */
function checkLinks(sheets: SheetView[], sheet: SheetView, register: KpiRegister, say: Say): void {
  const { columns } = register;
  const at = (row: number, col: number | undefined) =>
    col === undefined ? "" : sheet.value(row, col);
  const kpis = register.rows.filter((row) => !isEmpty(at(row, columns.name)));
  const name = (row: number) => String(at(row, columns.name));

  const codes = trackingCodes(sheets, sheet.name);
  if (codes && columns.code !== undefined)
    for (const row of kpis) {
      const code = at(row, columns.code);
      if (isEmpty(code) || codes.has(normalWords(String(code)))) continue;
      say("warning", "tracking-missing", cellAddress(row, columns.code), {
        id: `KPI “${name(row)}” (${code}) tidak punya baris di lembar Pelacakan: realisasinya tidak bisa diisi dan ia tidak ikut indeks. Tambahkan KPI di baris kosong register (atau dengan Tambah KPI).`,
        en: `KPI “${name(row)}” (${code}) has no row on the Tracking sheet: its actuals cannot be entered and it is left out of the index. Add KPIs in the register's empty rows (or with Add KPI).`,
      });
    }

  // Typed weights (UMKM's %, or the OMAX weight parts): missing on a KPI while others have one.
  const weightCols =
    register.kind === "umkm"
      ? [columns.weightPct].filter((c): c is number => c !== undefined)
      : register.weightParts;
  const hasWeight = (row: number) => weightCols.every((col) => typeof at(row, col) === "number");
  if (weightCols.length > 0 && kpis.some(hasWeight))
    for (const row of kpis) {
      if (hasWeight(row)) continue;
      const col = weightCols.find((c) => typeof at(row, c) !== "number") as number;
      say("warning", "weight-missing", cellAddress(row, col), {
        id: `KPI “${name(row)}” (baris ${row + 1}) belum punya bobot: ia tidak ikut indeks.`,
        en: `KPI “${name(row)}” (row ${row + 1}) has no weight: it counts for nothing in the index.`,
      });
    }

  const list = groupList(sheet, register);
  if (list && columns.group !== undefined)
    for (const row of kpis) {
      const group = at(row, columns.group);
      if (isEmpty(group) || list.has(normalWords(String(group)))) continue;
      say("warning", "group-unknown", cellAddress(row, columns.group), {
        id: `Kelompok “${group}” di ${cellAddress(row, columns.group)} tidak ada di daftar kelompok: dasbor tidak menampilkannya. Tambahkan ke daftar atau pilih kelompok dari daftar.`,
        en: `Group “${group}” in ${cellAddress(row, columns.group)} is not in the group list: the dashboard does not show it. Add it to the list or pick a group from the list.`,
      });
    }
}

/** The codes on the Tracking sheet that reads `registerSheet` (its period selector in A2), or null. */
function trackingCodes(sheets: SheetView[], registerSheet: string): Set<string> | null {
  const name = registerSheet.toLowerCase();
  const tracking = sheets.find((s) => {
    const label = s.value(PERIOD_SELECTOR.selector.row, PERIOD_SELECTOR.labelCol);
    if (label !== L.selectedPeriod.id && label !== L.selectedPeriod.en) return false;
    for (const { formula } of s.formulas())
      if (referencedSheets(formula).includes(name)) return true;
    return false;
  });
  if (!tracking) return null;
  // The actuals: from the first "Code" header to the next (the scores repeat the codes).
  const col = PERIOD_SELECTOR.labelCol;
  const headers = [L.code.id, L.code.en].map(normalWords);
  const isHeader = (row: number) => headers.includes(normalWords(String(tracking.value(row, col))));
  const codes = new Set<string>();
  let row = tracking.top;
  while (row <= tracking.bottom && !isHeader(row)) row++;
  for (row++; row <= tracking.bottom && !isHeader(row); row++) {
    const code = tracking.value(row, col);
    if (!isEmpty(code)) codes.add(normalWords(String(code)));
  }
  return codes;
}

/** The group list under a UMKM register (its header in the group column), or null. */
function groupList(sheet: SheetView, register: KpiRegister): Set<string> | null {
  const col = register.columns.group;
  if (col === undefined || register.totalRow === null) return null;
  const headers = [GROUP_LIST_HEADER.id, GROUP_LIST_HEADER.en].map(normalWords);
  for (let row = register.totalRow + 1; row <= sheet.bottom; row++) {
    if (!headers.includes(normalWords(String(sheet.value(row, col))))) continue;
    const groups = new Set<string>();
    for (let k = 1; k <= GROUP_ROWS; k++) {
      const group = sheet.value(row + k, col);
      if (!isEmpty(group)) groups.add(normalWords(String(group)));
    }
    return groups;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The Tracking sheet's selected period

function checkPeriod(sheet: SheetView, say: Say, num: Num): void {
  const labelCol = sheet.left;
  let selectedRow: number | null = null;
  for (let row = sheet.top; row <= Math.min(sheet.bottom, sheet.top + 10); row++) {
    const label = sheet.value(row, labelCol);
    if (label === L.selectedPeriod.id || label === L.selectedPeriod.en) selectedRow = row;
    if ((label === L.periodNumber.id || label === L.periodNumber.en) && selectedRow !== null) {
      const numberCol = labelCol + PERIOD_SELECTOR.periodNumber.col - PERIOD_SELECTOR.labelCol;
      const value = sheet.value(row, numberCol);
      if (!isError(value) || !sheet.formula(row, numberCol)) return;
      const selectorCol = labelCol + PERIOD_SELECTOR.selector.col - PERIOD_SELECTOR.labelCol;
      const selected = sheet.value(selectedRow, selectorCol);
      const address = cellAddress(selectedRow, selectorCol);
      say("error", "period-unknown", address, {
        id: `Periode terpilih ${show(selected, num)} di ${address} bukan salah satu judul periode: kartu skor dan dasbor kosong. Pilih periode dari daftar.`,
        en: `The selected period ${show(selected, num)} in ${address} is not one of the period headings: the scorecard and dashboard show nothing. Pick a period from the list.`,
      });
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// (e) formulas replaced by typed values

function checkTypedOverFormulas(
  sheet: SheetView,
  register: KpiRegister | undefined,
  say: Say,
  num: Num
): void {
  // The register's KPI rows are checked column by column against the template's formulas.
  const inRegister = new Set(register?.rows ?? []);
  const registerRight = register ? headerRight(sheet, register) : -1;
  if (register) checkRegisterFormulas(sheet, register, registerRight, say, num);
  // Elsewhere: a typed number between formulas of one shape in its column, or just past the end
  // (or before the start) of a run of them. Text is left alone: under a column of formulas it is
  // usually a label (a totals line).
  for (let col = sheet.left; col <= sheet.right; col++) {
    const shape = (r: number) => {
      const f = sheet.formula(r, col);
      return f && hasReference(f) ? formulaShape(f, r, col) : null;
    };
    for (let row = sheet.top; row <= sheet.bottom; row++) {
      if (inRegister.has(row) && col <= registerRight) continue;
      const value = sheet.value(row, col);
      if (sheet.formula(row, col) || typeof value !== "number") continue;
      const above = shape(row - 1);
      const below = shape(row + 1);
      const example =
        above !== null && (above === below || above === shape(row - 2))
          ? row - 1
          : below !== null && below === shape(row + 2)
            ? row + 1
            : null;
      if (example !== null) reportTyped(sheet, say, num, row, col, value, example);
    }
  }
}

function checkRegisterFormulas(
  sheet: SheetView,
  register: KpiRegister,
  right: number,
  say: Say,
  num: Num
): void {
  // The columns the templates fill with a formula on every KPI row.
  const known = new Set<number>(
    [...FORMULA_FIELDS[register.kind]].flatMap((field) => register.columns[field] ?? [])
  );
  for (let col = sheet.left; col <= right; col++) {
    const formulaRows = register.rows.filter((row) => sheet.formula(row, col));
    // A column of the template's formulas, or one where most KPI rows compute (a column added by the user).
    const isFormulaColumn =
      known.has(col) || (formulaRows.length >= 2 && formulaRows.length * 2 > register.rows.length);
    if (!isFormulaColumn || formulaRows.length === 0) continue;
    for (const row of register.rows) {
      if (sheet.formula(row, col)) continue;
      const value = sheet.value(row, col);
      if (isEmpty(value) && !known.has(col)) continue;
      const nearest = formulaRows.reduce((best, r) =>
        Math.abs(r - row) < Math.abs(best - row) ? r : best
      );
      reportTyped(
        sheet,
        say,
        num,
        row,
        col,
        value,
        nearest,
        String(sheet.value(register.headerRow, col))
      );
    }
  }
}

function reportTyped(
  sheet: SheetView,
  say: Say,
  num: Num,
  row: number,
  col: number,
  value: Scalar,
  exampleRow: number,
  header?: string
): void {
  const address = cellAddress(row, col);
  const example = `${cellAddress(exampleRow, col)}: ${sheet.formula(exampleRow, col)}`;
  const column = header ? ` “${header}”` : "";
  const message: Text = isEmpty(value)
    ? {
        id: `${address} kosong, padahal kolom${column} dihitung dengan rumus (mis. ${example}): rumusnya terhapus.`,
        en: `${address} is empty where the column${column} is computed by a formula (e.g. ${example}): its formula was deleted.`,
      }
    : {
        id: `${address} berisi nilai ketikan ${show(value, num)}, padahal kolom${column} dihitung dengan rumus (mis. ${example}). Nilai ketikan tidak ikut berubah bila datanya berubah.`,
        en: `${address} holds the typed value ${show(value, num)} where the column${column} is computed by a formula (e.g. ${example}). A typed value no longer follows its data.`,
      };
  say("warning", "formula-replaced", address, message);
}

/** The last column of a register's header row. */
function headerRight(sheet: SheetView, register: KpiRegister): number {
  let right = sheet.left;
  for (let col = sheet.left; col <= sheet.right; col++)
    if (!isEmpty(sheet.value(register.headerRow, col))) right = col;
  return right;
}

// The character before a reference is captured rather than looked behind (older Safari, Office on Mac).
const REFERENCE =
  /(^|[^\w.$'])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![\w(!])/g;

function hasReference(formula: string): boolean {
  return formulaShape(formula, 0, 0) !== outsideStrings(formula).toUpperCase();
}

/**
 * A formula's shape as it would be filled down a column (R1C1 style): relative references become
 * offsets from the cell, absolute ones become "$" — so =F7*G7 in row 7 and =F8*G8 in row 8 share a
 * shape, and so do ='AHP'!$H$7 and ='AHP'!$H$8 (the template points each row at its own weight).
 */
export function formulaShape(formula: string, row: number, col: number): string {
  const text = outsideStrings(formula).toUpperCase();
  return text.replace(REFERENCE, (_match, before: string, sheet?: string, ...parts: string[]) => {
    const cell = (absCol: string, letters: string, absRow: string, digits: string) => {
      const r = absRow ? "R$" : `R[${Number(digits) - 1 - row}]`;
      const c = absCol ? "C$" : `C[${columnIndex(letters) - col}]`;
      return r + c;
    };
    const [c1abs, c1, r1abs, r1, c2abs, c2, r2abs, r2] = parts;
    const first = cell(c1abs, c1, r1abs, r1);
    const second = c2 ? `:${cell(c2abs, c2, r2abs, r2)}` : "";
    return `${before}${sheet ?? ""}${first}${second}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Error values

/** One finding per sheet and error: "12 cells show #VALUE!, the first at G7" (#N/A is often meant). */
function checkErrorValues(sheet: SheetView, say: Say): void {
  const byError = new Map<string, string[]>();
  for (let row = sheet.top; row <= sheet.bottom; row++)
    for (let col = sheet.left; col <= sheet.right; col++) {
      const value = sheet.value(row, col);
      if (!isError(value) || value === "#N/A") continue;
      const list = byError.get(value as string) ?? [];
      list.push(cellAddress(row, col));
      byError.set(value as string, list);
    }
  for (const [error, cells] of byError) {
    const n = cells.length;
    say("error", "error-values", cells[0], {
      id: `${n === 1 ? "Sel" : `${n} sel`} menampilkan ${error}${n === 1 ? ` (${cells[0]})` : `, yang pertama ${cells[0]}`}: periksa masukan yang dibacanya.`,
      en: `${n === 1 ? "A cell shows" : `${n} cells show`} ${error}${n === 1 ? ` (${cells[0]})` : `, the first at ${cells[0]}`}: check the inputs it reads.`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Words and numbers

function formatNumber(n: number, lang: Lang, decimals = 4): string {
  if (!Number.isFinite(n)) return String(n);
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", {
    maximumFractionDigits: decimals,
    useGrouping: Math.abs(n) >= 10000,
  }).format(n);
}

/** A cell's content for a message: text in quotes, numbers in the message's language. */
function show(value: Scalar, num?: Num): string {
  if (isEmpty(value)) return "“”";
  if (typeof value === "number" && num) return num(value);
  return typeof value === "string" ? `“${value}”` : String(value);
}
