/**
 * The OMAX sheet: one level table L0 … L10 per KPI (=OMAX.LEVELS over the register's anchors,
 * spilled across), beside the KPI's actual and level, so an auditor can read off every score.
 */
import { rangeAddress } from "../sheet/a1";
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { Lang, SheetPlan } from "../sheet/plan";
import type { RegisterField, RegisterLayout } from "./register";
import { COLORS, scoreIcons } from "./scorecard";
import { settingsLayout } from "./settings";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

const TEXT = {
  name: { id: "OMAX", en: "OMAX" },
  title: {
    id: "Objectives Matrix: tabel level per KPI",
    en: "Objectives Matrix: level table per KPI",
  },
  help: {
    id: "Tiap baris: nilai level 0–10, diinterpolasi linear dari jangkar di kartu skor. Level realisasi dibaca menurut cara di lembar Pengaturan (bawaan: level tertinggi yang sudah dicapai).",
    en: "Each row: the values of levels 0–10, interpolated linearly from the scorecard's anchors. The actual's level is read as the Settings sheet says (by default: the highest level reached).",
  },
} satisfies Record<string, Text>;

export function omaxSheet(
  lang: Lang,
  register: RegisterLayout,
  midLevel: 3 | 8,
  /** The names the register shows, so the name column fits them. */
  names: readonly string[] = []
): SheetPlan {
  const sheet = new SheetBuilder("omax", t(lang, TEXT.name)).tab(COLORS.ahp);
  sheet.put(0, 0, t(lang, TEXT.title), { style: "title" });
  sheet.put(1, 0, t(lang, TEXT.help), { style: "note" });
  const headerRow = 3;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + register.rows;
  const col = { code: 0, name: 1, actual: 2, level: 3, levels: 4 };
  sheet.put(headerRow, col.code, t(lang, L.code), { style: "header" });
  sheet.put(headerRow, col.name, t(lang, L.kpi), { style: "header" });
  sheet.put(headerRow, col.actual, t(lang, L.actual), { style: "header" });
  sheet.put(headerRow, col.level, t(lang, L.level), { style: "header" });
  for (let level = 0; level <= 10; level++) {
    sheet.put(headerRow, col.levels + level, `L${level}`, {
      style: "header",
      note: level === midLevel ? t(lang, midLevel === 8 ? L.minimumTarget : L.baseline) : undefined,
    });
  }
  // Every row of the register, its rows of room included: blank while the row is.
  for (let k = 0; k < register.rows; k++) {
    const row = firstRow + k;
    const ref = (field: RegisterField) => register.ref(field, k);
    // &"": a code or name still to be typed shows empty, not 0.
    sheet.put(row, col.code, `=${ref("code")}&""`, { style: "label" });
    sheet.put(row, col.name, `=${ref("name")}&""`, { style: "label" });
    sheet.put(row, col.actual, `=${ref("actual")}`, { style: "formula", numberFormat: "General" });
    sheet.put(row, col.level, `=${ref("level")}`, { style: "total", numberFormat: "0" });
    const anchors = `${ref("worst")},${ref("mid")},${ref("target")}`;
    // A blank template has no anchors yet: show nothing rather than an error.
    const levels = `OMAX.LEVELS(${anchors},${settingsLayout("omax").ref("midLevel")})`;
    sheet.put(row, col.levels, `=IF(COUNT(${anchors})<3,"",${levels})`, {
      style: "formula",
      // Interpolated level values (52.29, 44.57 …): two decimals throughout.
      numberFormat: "#,##0.00",
      spill: { rows: 1, columns: 11 },
    });
  }
  sheet.format(
    scoreIcons({ kind: "omax", midLevel }, rangeAddress(firstRow, col.level, lastRow, col.level))
  );
  sheet.width(col.code, 8);
  sheet.width(col.name, fittingWidth(names, 34, 60));
  sheet.width(col.actual, 11);
  sheet.width(col.level, 8);
  sheet.widths(new Array(11).fill(9), col.levels);
  sheet.freeze(firstRow, col.name + 1);
  return sheet.build();
}
