/**
 * Where each random-index table comes from, apart from the tables themselves (random-index.ts):
 * only the sheets cite them, and the custom functions' bundle, which holds the tables, stays
 * without these texts.
 */
import type { RiTable } from "./random-index";

/**
 * Where each table comes from, as a reader cites it (author, year, title, publisher or journal);
 * the Settings sheet shows these beside the table choice.
 */
export const RI_TABLE_SOURCES: Readonly<Record<RiTable, string>> = {
  saaty1980: "Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill.",
  saaty2005:
    "Saaty, T. L. (2005). Theory and Applications of the Analytic Network Process. RWS Publications.",
  "alonso-lamata":
    "Alonso, J. A. & Lamata, M. T. (2006). Consistency in the analytic hierarchy process: a new approach. International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4).",
  "alonso-lamata-fit":
    "Alonso, J. A. & Lamata, M. T. (2006). Consistency in the analytic hierarchy process: a new approach. International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4).",
  "donegan-dodd":
    "Donegan, H. A. & Dodd, F. J. (1991). A note on Saaty's random indexes. Mathematical and Computer Modelling 15(10).",
};
