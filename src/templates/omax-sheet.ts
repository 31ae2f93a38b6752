/**
 * The OMAX sheet: one level table L0 … L10 per KPI (=OMAX.LEVELS over the register's anchors,
 * spilled across), beside the KPI's actual and level, so an auditor can read off every score.
 */
import { absCell } from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { Lang, SheetPlan } from "../sheet/plan";
import { sheetRef } from "../sheet/plan";
import { COLORS } from "./scorecard";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

/** The four register columns an OMAX KPI needs, from `start`: worst (L0), mid (Lm), target (L10), direction. */
export function omaxRegisterColumns(start: number): {
  worst: number;
  mid: number;
  target: number;
  direction: number;
} {
  return { worst: start, mid: start + 1, target: start + 2, direction: start + 3 };
}

const TEXT = {
  name: { id: "OMAX", en: "OMAX" },
  title: {
    id: "Objectives Matrix: tabel level per KPI",
    en: "Objectives Matrix: level table per KPI",
  },
  help: {
    id: "Tiap baris: nilai level 0–10 dari jangkar di kartu skor (interpolasi linear, spec §3.1). Level = level tertinggi yang dicapai realisasi.",
    en: "Each row: the values of levels 0–10 from the scorecard's anchors (linear interpolation, spec §3.1). Level = the highest level the actual has reached.",
  },
} satisfies Record<string, Text>;

export function omaxSheet(
  lang: Lang,
  registerKey: string,
  firstRegisterRow: number,
  codes: string[],
  columns: {
    name: number;
    worst: number;
    mid: number;
    target: number;
    actual: number;
    level: number;
  },
  midLevel: number,
  /** The names the register shows, so the name column fits them. */
  names: readonly string[] = []
): SheetPlan {
  const sheet = new SheetBuilder("omax", t(lang, TEXT.name)).tab(COLORS.ahp);
  sheet.put(0, 0, t(lang, TEXT.title), { style: "title" });
  sheet.put(1, 0, t(lang, TEXT.help), { style: "note" });
  const headerRow = 3;
  sheet.putRow(
    headerRow,
    0,
    [t(lang, L.code), t(lang, L.kpi), t(lang, L.actual), t(lang, L.level)],
    { style: "header" }
  );
  for (let level = 0; level <= 10; level++) {
    sheet.put(headerRow, 4 + level, `L${level}`, {
      style: "header",
      note: level === midLevel ? t(lang, L.baseline) : undefined,
    });
  }
  codes.forEach((code, k) => {
    const row = headerRow + 1 + k;
    const ref = (col: number) => sheetRef(registerKey, absCell(firstRegisterRow + k, col));
    sheet.put(row, 0, code, { style: "label" });
    sheet.put(row, 1, `=${ref(columns.name)}`, { style: "label" });
    sheet.put(row, 2, `=${ref(columns.actual)}`, { style: "formula", numberFormat: "General" });
    sheet.put(row, 3, `=${ref(columns.level)}`, { style: "total", numberFormat: "0" });
    const anchors = `${ref(columns.worst)},${ref(columns.mid)},${ref(columns.target)}`;
    // A blank template has no anchors yet: show nothing rather than an error.
    sheet.put(row, 4, `=IF(COUNT(${anchors})<3,"",OMAX.LEVELS(${anchors},${midLevel}))`, {
      style: "formula",
      // Interpolated level values (52.29, 44.57 …): two decimals throughout.
      numberFormat: "#,##0.00",
      spill: { rows: 1, columns: 11 },
    });
  });
  sheet.format({
    range: `D${headerRow + 2}:D${headerRow + 1 + codes.length}`,
    type: "trafficIcons",
    green: 8,
    yellow: 4,
  });
  sheet.widths([8, fittingWidth(names, 34, 60), 11, 8]).widths(new Array(11).fill(9), 4);
  sheet.freeze(headerRow + 1, 2);
  return sheet.build();
}
