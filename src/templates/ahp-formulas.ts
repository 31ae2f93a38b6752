/**
 * What every AHP block in a workbook shares, whoever writes it (a template's AHP sheet, or the
 * pane's wizard inserting one block): the weight method and RI table its AHP.CHECK names, the
 * check's formula and the number formats of the rows it spills. The layouts stay each writer's own.
 */
import type { Lang } from "../sheet/plan";

/** The weight method every block's AHP.CHECK names (spec §1.2). */
export const AHP_METHOD = "eigen" as const;
/**
 * The random-index table a block's AHP.CHECK names when nothing chooses another (spec §1.3); it goes
 * up to n = 15. A template's blocks read the Settings sheet's choice, whose default this is.
 */
export const AHP_RI_TABLE = "saaty1980" as const;

/**
 * AHP.CHECK's rows, as number formats of its value column: λmax, CI, RI, CR, the verdict (text:
 * null, the cell's own), judgements outside 1/9…9 (a count).
 */
export const AHP_CHECK_FORMATS: readonly (string | null)[] = [
  "0.0000",
  "0.0000",
  "0.00",
  "0.0000",
  null,
  "0",
];

/**
 * =AHP.CHECK(matrix,"eigen",ri_table[,"id"]): the check of `matrix` (an A1 range), its labels and
 * verdict in `language`; without one, in AHP.CHECK's default, English.
 *
 * @example ahpCheckFormula("B7:E10", "id") // '=AHP.CHECK(B7:E10,"eigen","saaty1980","id")'
 * @example ahpCheckFormula("B7:E10", "id", "«settings»!$B$13") // '=AHP.CHECK(B7:E10,"eigen",«settings»!$B$13,"id")'
 */
export function ahpCheckFormula(
  matrix: string,
  language?: Lang,
  /** The RI table as a formula argument: its name in quotes, or a cell holding it. */
  riTable = `"${AHP_RI_TABLE}"`
): string {
  const languageArgument = language === undefined ? "" : `,"${language}"`;
  return `=AHP.CHECK(${matrix},"${AHP_METHOD}",${riTable}${languageArgument})`;
}
