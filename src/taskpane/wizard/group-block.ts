/**
 * The block the wizard inserts when there are several respondents (spec §1.4, §1.6): every member's
 * matrix under their name, the group matrix as =AHP.GROUP over those ranges, its weights and check,
 * and the consensus =AHP.CONSENSUS with its band — all live formulas, so an auditor sees where the
 * group's numbers come from and the sheet recalculates when a judgement is retyped. With a CR limit
 * only the members are written, and a last row names who was left out.
 *
 *   AHP group matrix (geometric mean of 3 respondents)
 *   Respondent 1
 *   ""  C1 C2 C3
 *   C1  1  3  5          ← as the single-respondent block (writeJudgements)
 *   …   (one such matrix per member, each followed by a gap)
 *   Group matrix (AIJ)
 *   ""  C1 C2 C3  Weight
 *   C1  =AHP.GROUP(m1,m2,m3)  =AHP.WEIGHTS(group)   ← spill n×n and n×1
 *   (gap)
 *   Consistency (RI table saaty1980)
 *   =AHP.CHECK(group,…)                              ← spills 6×2
 *   (gap)
 *   Consensus S*   =AHP.CONSENSUS(m1,m2,m3)   =IF(…band…)
 *   Left out of the group, CR above 0.10: Respondent 4      ← only with a CR limit that left someone out
 */
import { CONSENSUS_BANDS, type ConsensusBand } from "../../core";
import { DECISION_LABELS } from "../../functions/decision-labels";
import { AHP_CHECK_FORMATS, ahpCheckFormula } from "../../templates/ahp-formulas";
import { L } from "../../templates/text";
import { cellAddress, rangeAddress } from "../../sheet/a1";
import type { Lang, Scalar } from "../../sheet/plan";
import type { Text } from "../../sheet/text";
import type { CellBlock } from "../../workbook/port";
import type { WizardGroup } from "./group";
import { BLOCK_TEXT, RI_TABLE, matrixOf, writeJudgements, type WizardData } from "./model";

/** Who the group block is made of. */
export interface GroupBlockInput {
  criteria: readonly string[];
  /** Every respondent's matrix, in the pane's order. */
  matrices: readonly number[][][];
  /** 0-based respondents combined into the group (all of them without a CR limit). */
  members: readonly number[];
  /** The CR limit, when one is set. */
  maxCr: number | null;
  /** The limit left everyone out, so the group combines all of them (WizardGroup.noneMeetsLimit). */
  noneMeetsLimit: boolean;
}

const GROUP_TEXT = {
  groupMatrix: { id: "Matriks kelompok (AIJ)", en: "Group matrix (AIJ)" },
  leftOut: (names: string, limit: string): Text => ({
    id: `Dikeluarkan dari kelompok, CR di atas ${limit}: ${names}`,
    en: `Left out of the group, CR above ${limit}: ${names}`,
  }),
  noneMeetsLimit: (limit: string): Text => ({
    id: `Tidak ada responden dengan CR ≤ ${limit}; kelompok menggabungkan semua responden`,
    en: `No respondent has CR ≤ ${limit}; the group combines everyone`,
  }),
  oneMember: {
    id: "perlu minimal dua responden dalam kelompok",
    en: "needs at least two respondents in the group",
  },
} satisfies Record<string, Text | ((...values: never[]) => Text)>;

/** The group block's input from the wizard's state. */
export function groupBlockInput(wizard: WizardData & { group: WizardGroup }): GroupBlockInput {
  const n = wizard.criteria.length;
  return {
    criteria: wizard.criteria,
    matrices: wizard.respondents.map((answers) => matrixOf(n, answers)),
    members: wizard.group.members,
    maxCr: wizard.maxCr,
    noneMeetsLimit: wizard.group.noneMeetsLimit,
  };
}

/** Rows of one respondent's matrix (name, header, n rows) and the gap after it. */
const memberRows = (n: number) => n + 3;

/** Size of the group block: n criteria, its members, and the left-out row when there is one. */
export function groupBlockSize(input: GroupBlockInput): { rows: number; columns: number } {
  const n = input.criteria.length;
  const note = leftOutNote(input, "en") !== null;
  // title, the members, the group (title, header, n rows), gap, check (title, 6), gap, consensus
  const rows = 1 + input.members.length * memberRows(n) + (n + 2) + 1 + 7 + 1 + 1 + (note ? 1 : 0);
  return { rows, columns: n + 2 };
}

/** Who the CR limit left out (or that it left out everyone); null without a limit or when it kept all. */
function leftOutNote(input: GroupBlockInput, lang: Lang): string | null {
  const { matrices, members, maxCr, noneMeetsLimit } = input;
  if (maxCr === null) return null;
  const limit = formatLimit(maxCr, lang);
  if (noneMeetsLimit) return GROUP_TEXT.noneMeetsLimit(limit)[lang];
  const names = matrices.flatMap((_, k) =>
    members.includes(k) ? [] : [BLOCK_TEXT.respondent(k + 1)[lang]]
  );
  return names.length > 0 ? GROUP_TEXT.leftOut(names.join(", "), limit)[lang] : null;
}

/** The band of the consensus cell as a formula over it, in the words AHP.RESPONDENTS uses. */
export function bandFormula(cell: string, lang: Lang): string {
  const words = DECISION_LABELS[lang].bands;
  const word = (band: ConsensusBand) => `"${words[band]}"`;
  const last = CONSENSUS_BANDS[CONSENSUS_BANDS.length - 1][1];
  const nested = CONSENSUS_BANDS.slice(0, -1).reduceRight(
    (otherwise, [limit, band]) => `IF(${cell}<=${limit},${word(band)},${otherwise})`,
    word(last)
  );
  return `=IF(ISNUMBER(${cell}),${nested},"")`;
}

/** The group block with its top-left at `origin` (0-based row/column of the selected cell). */
export function groupBlock(
  input: GroupBlockInput,
  origin: { row: number; col: number },
  lang: Lang
): CellBlock {
  const { criteria, matrices, members } = input;
  const n = criteria.length;
  const note = leftOutNote(input, lang);
  const { rows: height, columns: width } = groupBlockSize(input);
  const rows: Scalar[][] = Array.from({ length: height }, () =>
    new Array<Scalar>(width).fill(null)
  );
  const numberFormat: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General")
  );
  const grid = { rows, numberFormat };
  const at = (r: number, c: number) => cellAddress(origin.row + r, origin.col + c);
  const range = (top: number) =>
    rangeAddress(origin.row + top, origin.col + 1, origin.row + top + n - 1, origin.col + n);
  const header = (r: number) =>
    criteria.forEach((name, j) => {
      rows[r][1 + j] = name;
      rows[r + 1 + j][0] = name;
    });

  rows[0][0] = BLOCK_TEXT.groupTitle(members.length)[lang];
  const memberRanges = members.map((k, m) => {
    const top = 1 + m * memberRows(n);
    rows[top][0] = BLOCK_TEXT.respondent(k + 1)[lang];
    header(top + 1);
    writeJudgements(grid, top + 2, matrices[k], at);
    return range(top + 2);
  });

  const groupTop = 1 + members.length * memberRows(n);
  const first = groupTop + 2;
  const groupRange = range(first);
  rows[groupTop][0] = GROUP_TEXT.groupMatrix[lang];
  header(groupTop + 1);
  rows[groupTop + 1][n + 1] = L.weight[lang];
  rows[first][1] = `=AHP.GROUP(${memberRanges.join(",")})`;
  rows[first][n + 1] = `=AHP.WEIGHTS(${groupRange})`;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) numberFormat[first + i][1 + j] = "0.00";
    numberFormat[first + i][n + 1] = "0.0000";
  }

  const checkTitle = first + n + 1;
  rows[checkTitle][0] = BLOCK_TEXT.check(RI_TABLE)[lang];
  rows[checkTitle + 1][0] = ahpCheckFormula(groupRange, lang);
  AHP_CHECK_FORMATS.forEach(
    (format, k) => (numberFormat[checkTitle + 1 + k][1] = format ?? "General")
  );

  const consensus = checkTitle + 8;
  rows[consensus][0] = DECISION_LABELS[lang].consensus;
  if (members.length >= 2) {
    rows[consensus][1] = `=AHP.CONSENSUS(${memberRanges.join(",")})`;
    numberFormat[consensus][1] = "0.0%";
    rows[consensus][2] = bandFormula(at(consensus, 1), lang);
  } else rows[consensus][1] = GROUP_TEXT.oneMember[lang];
  if (note !== null) rows[consensus + 1][0] = note;

  // Text stays text (a criterion named "1/3" or "=x" is a name, not a number or a formula).
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "string" && !value.startsWith("=")) numberFormat[r][c] = "@";
    })
  );
  return {
    rows,
    numberFormat,
    spills: [
      { row: first, col: 1, rows: n, columns: n },
      { row: first, col: n + 1, rows: n, columns: 1 },
      { row: checkTitle + 1, col: 0, rows: 6, columns: 2 },
    ],
  };
}

/** 0.1 → "0.10" (en) / "0,10" (id), as the pane writes the limit. */
function formatLimit(limit: number, lang: Lang): string {
  const text = limit.toFixed(2);
  return lang === "id" ? text.replace(".", ",") : text;
}
