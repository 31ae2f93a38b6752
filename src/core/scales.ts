/**
 * Judgement scales — spec §1.6.
 *
 * A questionnaire answer x ∈ [1, 9] ("A is x times as important as B" on Saaty's linear scale) is
 * read on another published scale as c(x); a judgement below 1 (B preferred) becomes 1 / c(1/x).
 * The scale functions are those of BPMSG AHP-OS (Goepel 2018, Table 1), each with c(1) = 1:
 *   saaty             c = x                                    Saaty (1980)
 *   logarithmic       c = log₂(x + 1)                          Ishizaka et al. (2010)
 *   root-square       c = √x                                   Harker & Vargas (1987)
 *   inverse-linear    c = 9 / (10 − x)                         Ma & Zheng (1991)
 *   balanced          c = (9 + x) / (11 − x)                   Salo & Hämäläinen (1997)
 *   balanced-n        c = (9 + (n − 1)x) / (9 + n − x)         Goepel (2019)
 *   adaptive-balanced c = (n − 1)(80 + (9n − 10)(x − 1)) / (89n − 90 − (9n − 10)x)   Goepel (2019)
 *   adaptive          c = x^(1 + ln(n − 1) / ln 9)             Goepel (2019)
 *   power             c = x²                                   Harker & Vargas (1987)
 *   geometric         c = 2^(x − 1)                            Lootsma (1994)
 * n is the number of criteria (the matrix's size). M = c(9) is the scale's largest value, which the
 * consensus indicator needs (AHP-OS `ahpScale`).
 */
import { Grid, where } from "./cells";
import { checkChoice, formatNumber, invalid, unknownChoice } from "./errors";
import { PairwiseMatrix, SAATY_MAX, SAATY_MIN } from "./pairwise";
import { pairwiseMatrix } from "./no-room";

export type JudgementScale =
  | "saaty"
  | "logarithmic"
  | "root-square"
  | "inverse-linear"
  | "balanced"
  | "balanced-n"
  | "adaptive-balanced"
  | "adaptive"
  | "power"
  | "geometric";

export const JUDGEMENT_SCALES: readonly JudgementScale[] = [
  "saaty",
  "logarithmic",
  "root-square",
  "inverse-linear",
  "balanced",
  "balanced-n",
  "adaptive-balanced",
  "adaptive",
  "power",
  "geometric",
];

/** c(x) for an answer 1 ≤ x ≤ 9 among n criteria. */
export function scaleValue(x: number, scale: JudgementScale, n: number): number {
  switch (scale) {
    case "saaty":
      return x;
    case "logarithmic":
      return Math.log2(x + 1);
    case "root-square":
      return Math.sqrt(x);
    case "inverse-linear":
      return 9 / (10 - x);
    case "balanced":
      return (9 + x) / (11 - x);
    case "balanced-n":
      return (9 + (n - 1) * x) / (9 + n - x);
    case "adaptive-balanced":
      return ((n - 1) * (80 + (9 * n - 10) * (x - 1))) / (89 * n - 90 - (9 * n - 10) * x);
    case "adaptive":
      return Math.pow(x, 1 + Math.log(n - 1) / Math.log(9));
    case "power":
      return x * x;
    case "geometric":
      return Math.pow(2, x - 1);
    default:
      throw unknownChoice("scale", JUDGEMENT_SCALES, scale);
  }
}

/** The scale's largest value M = c(9), for the consensus indicator's correction. */
export function scaleMaximum(scale: JudgementScale, n: number): number {
  return scaleValue(SAATY_MAX, scale, n);
}

/** The scales that depend on n are undefined for fewer than 3 criteria (ln(n − 1) ≤ 0). */
function checkSize(scale: JudgementScale, n: number): void {
  if ((scale === "adaptive" || scale === "adaptive-balanced") && n < 3)
    throw invalid(`the ${scale} scale needs at least 3 criteria, got ${n}`);
}

/**
 * The matrix with every judgement read on `scale`: a_ij ≥ 1 becomes c(a_ij), a_ij < 1 becomes
 * 1 / c(1 / a_ij). Judgements must lie within Saaty's 1/9 … 9, where every scale is defined.
 *
 * @example rescaleMatrix([[1, 3], [1/3, 1]], "balanced") // → [[1, 1.5], [2/3, 1]]
 */
export function rescaleMatrix(
  a: PairwiseMatrix,
  scale: JudgementScale,
  arg = "matrix"
): number[][] {
  checkChoice(scale, "scale", JUDGEMENT_SCALES);
  const n = a.length;
  checkSize(scale, n);
  const out = a.map((row) => row.slice());
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = a[i][j];
      if (value < SAATY_MIN * (1 - 1e-9) || value > SAATY_MAX * (1 + 1e-9))
        throw invalid(
          `${where(arg, i, j, n, n)} is ${formatNumber(value)}; the ${scale} scale reads judgements from 1/9 to 9 only`
        );
      const x = Math.min(SAATY_MAX, Math.max(1, value >= 1 ? value : 1 / value));
      const c = scaleValue(x, scale, n);
      out[i][j] = value >= 1 ? c : 1 / c;
      out[j][i] = 1 / out[i][j];
    }
  }
  return out;
}

/** A matrix from cells, read on another scale. */
export function ahpScale(matrix: Grid, scale: JudgementScale, arg = "matrix"): number[][] {
  return rescaleMatrix(pairwiseMatrix(matrix, arg), scale, arg);
}
