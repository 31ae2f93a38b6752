/**
 * The respondents as a group, for the wizard (spec §1.4, §1.6): each one's CR and distance from the
 * group (Saaty's compatibility index), the group's weights with their spread, Goepel's consensus
 * and, when a CR limit is set, who is left out. All of it is src/core's analyseRespondents; this
 * file only decides which respondents form the group matrix the wizard shows and inserts.
 */
import { analyseRespondents, type GroupAnalysis } from "../../core";
import { groupMatrixOf, matrixOf, type Answers } from "./model";

export interface WizardGroup {
  analysis: GroupAnalysis;
  /** 0-based respondents the group matrix is made of. */
  members: number[];
  /**
   * The limit left every respondent out: the group then falls back to all of them (a group matrix
   * of nobody does not exist), and the pane says so.
   */
  noneMeetsLimit: boolean;
}

/**
 * The group of `respondents` (answer sets over n criteria). `maxCr` null: everyone counts; a number:
 * only respondents with CR ≤ maxCr (saaty1980 RI, as every CR in the pane).
 */
export function groupOf(
  n: number,
  respondents: readonly Answers[],
  maxCr: number | null
): WizardGroup {
  const matrices = respondents.map((answers) => matrixOf(n, answers));
  const analysis = analyseRespondents(matrices, maxCr ?? Infinity);
  const included = analysis.respondents.flatMap((r, k) => (r.included ? [k] : []));
  const noneMeetsLimit = included.length === 0;
  const members = noneMeetsLimit ? respondents.map((_, k) => k) : included;
  return { analysis, members, noneMeetsLimit };
}

/** The group matrix (AIJ) of the members only. */
export function memberMatrixOf(
  n: number,
  respondents: readonly Answers[],
  members: readonly number[]
): number[][] {
  return groupMatrixOf(
    n,
    members.map((k) => respondents[k])
  );
}
