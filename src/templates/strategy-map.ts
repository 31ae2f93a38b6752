/**
 * Strategy map (seed 001, spec §6): the objectives as boxes in four perspective bands, linked
 * cause → effect by arrows up the perspectives; below it, the same links and each objective's
 * KPIs as a table, so the map can be audited (and read where shapes are not shown). The table reads
 * the register by formula — an objective's name from its first KPI's row, the KPIs' codes — so a
 * name changed there changes here.
 */
import { SheetBuilder, fittingWidth } from "../sheet/builder";
import type { Perspective } from "./data/vocabulary";
import type { Lang, SheetPlan } from "../sheet/plan";
import type { RegisterLayout } from "./register";
import { COLORS } from "./scorecard";
import { L } from "./text";
import { type Text, t } from "../sheet/text";

export interface StrategyObjective {
  id: string;
  perspective: Perspective;
  name: Text;
}

const TEXT = {
  name: { id: "Peta Strategi", en: "Strategy map" },
  title: {
    id: "Peta strategi: sasaran dan hubungan sebab-akibat",
    en: "Strategy map: objectives and cause → effect links",
  },
  help: {
    id: "Kotak = sasaran strategis; panah = sebab → akibat, dari perspektif bawah ke atas. Teks kotak diambil saat lembar dibuat; tabel di bawah peta membaca register.",
    en: "Boxes = strategic objectives; arrows = cause → effect, from the lower perspectives upwards. Box texts are taken when the sheet is built; the tables below the map read the register.",
  },
  links: { id: "Hubungan sebab → akibat", en: "Cause → effect links" },
  cause: { id: "Sebab", en: "Cause" },
  effect: { id: "Akibat", en: "Effect" },
  kpis: { id: "KPI per sasaran", en: "KPIs per objective" },
} satisfies Record<string, Text>;

const ROW_POINTS = 15; // Excel's default row height
const BAND_ROWS = 7;
const FIRST_BAND_ROW = 3;
const BOX = { width: 170, height: 52, gap: 24, left: 150 };
/** The bands are drawn right of the label column (A, 24 characters ≈ 130 pt), over B… */
const BAND = { left: 136, width: 640 };
const BAND_FILLS = ["#E6F2EF", "#EAF1FB", "#FDF3E1", "#F1ECFA"];

export function strategyMapSheet(
  lang: Lang,
  perspectives: readonly { key: Perspective; prefix: string; name: Text }[],
  objectives: readonly StrategyObjective[],
  links: readonly { from: string; to: string }[],
  /** The register's KPIs, in its order: the objective each serves. */
  kpis: readonly { objective: string }[],
  register: RegisterLayout
): SheetPlan {
  const sheet = new SheetBuilder("map", t(lang, TEXT.name)).tab(COLORS.brand);
  sheet.put(0, 0, t(lang, TEXT.title), { style: "title" });
  sheet.put(1, 0, t(lang, TEXT.help), { style: "note" });

  perspectives.forEach((p, band) => {
    const top = FIRST_BAND_ROW + band * BAND_ROWS;
    // Wrapped in its merge, the six rows of the band: "Pembelajaran dan Pertumbuhan" reads in full.
    sheet.put(top, 0, t(lang, p.name), { style: "section", wrap: true });
    sheet.merge(top, 0, top + BAND_ROWS - 2, 0);
    const members = objectives.filter((o) => o.perspective === p.key);
    // The band behind the boxes first, so boxes and arrows lie on top of it.
    sheet.shape({
      kind: "box",
      key: `band-${p.key}`,
      text: "",
      left: BAND.left,
      top: top * ROW_POINTS,
      width: BAND.width,
      height: (BAND_ROWS - 1) * ROW_POINTS,
      fill: BAND_FILLS[band % BAND_FILLS.length],
      line: BAND_FILLS[band % BAND_FILLS.length],
      fontColor: "#1A202C",
    });
    // Alternate bands start half a box further right, so an arrow that skips a band (internal
    // process → financial) does not run through the box between.
    const stagger = band % 2 === 1 ? (BOX.width + BOX.gap) / 2 + 60 : 0;
    members.forEach((objective, k) => {
      sheet.shape({
        kind: "box",
        key: objective.id,
        text: t(lang, objective.name),
        left: BOX.left + stagger + k * (BOX.width + BOX.gap),
        top: top * ROW_POINTS + ((BAND_ROWS - 1) * ROW_POINTS - BOX.height) / 2,
        width: BOX.width,
        height: BOX.height,
        fill: "#FFFFFF",
        line: COLORS.brand,
        fontColor: "#1A202C",
      });
    });
  });
  links.forEach((link, k) =>
    sheet.shape({
      kind: "arrow",
      key: `link${k + 1}`,
      from: link.from,
      to: link.to,
      color: "#2D3748",
    })
  );

  // The same information as cells, below the map.
  const tableCol = 1;
  const linksTop = FIRST_BAND_ROW + perspectives.length * BAND_ROWS + 1;
  // An objective's name as its first KPI's row of the register holds it (typed when it has none).
  const name = (id: string) => {
    const first = kpis.findIndex((kpi) => kpi.objective === id);
    if (first >= 0) return `=${register.ref("objective", first)}&""`;
    const objective = objectives.find((o) => o.id === id);
    return objective ? t(lang, objective.name) : id;
  };
  const codes = (id: string) => {
    const refs = kpis.flatMap((kpi, k) => (kpi.objective === id ? [register.ref("code", k)] : []));
    return refs.length === 0 ? "" : `=${refs.join('&", "&')}`;
  };
  sheet.put(linksTop, tableCol, t(lang, TEXT.links), { style: "section" });
  sheet.putRow(linksTop + 1, tableCol, [t(lang, TEXT.cause), t(lang, TEXT.effect)], {
    style: "header",
  });
  links.forEach((link, k) =>
    sheet.putRow(linksTop + 2 + k, tableCol, [name(link.from), name(link.to)], { style: "label" })
  );
  const kpiTop = linksTop + links.length + 3;
  sheet.put(kpiTop, tableCol, t(lang, TEXT.kpis), { style: "section" });
  sheet.putRow(kpiTop + 1, tableCol, [t(lang, L.objective), t(lang, L.kpi)], { style: "header" });
  objectives.forEach((objective, k) =>
    sheet.putRow(kpiTop + 2 + k, tableCol, [name(objective.id), codes(objective.id)], {
      style: "label",
    })
  );
  const names = objectives.map((o) => t(lang, o.name));
  sheet.widths([24, fittingWidth(names, 40, 60), fittingWidth(names, 40, 60)]);
  return sheet.build();
}
