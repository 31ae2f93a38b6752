/**
 * AHP.WEIGHTS, AHP.CHECK, AHP.CR and AHP.RI re-performed with native formulas (docs/methods.md §1.1–§1.3),
 * laid out as one band of steps beside the matrix, left to right:
 *
 *   the matrix as read (upper triangle as typed, 1 on the diagonal, 1/upper below; row and column
 *   sums; judgements outside 1/9…9) │ a_ij / column sum and the row means ("mean" weights) │ row
 *   geometric means ("geomean" weights) │ A², A⁴, … A^256, each scaled to sum 1: the row sums are the
 *   eigenvector ("eigen" weights) │ w, A·w, (A·w)/w │ n, λmax, CI, RI, CR, the verdict.
 *
 * Eigen by repeated squaring: the row sums of A^(2^k) point along the principal eigenvector, with an
 * error shrinking like ρ^(2^k), ρ = |λ₂|/λmax. Over pairwise matrices within Saaty's 1/9…9 scale
 * (n = 3…15) the largest ρ we found is 0.8386, the 9 → 9 → 9 cycle; eight squarings (A^256) leave
 * ρ^256 < 3·10⁻²⁰, far below the core's own 1e-12 stopping rule. test/native/ahp.test.ts checks the
 * bound on random and extreme Saaty matrices, n = 2…15, and docs/functions/ahp-weights.md states it.
 *
 * Every cell is a single-cell formula that Excel 2016+, LibreOffice and Google Sheets compute alike:
 * MMULT of a row by a column is one number, so no array formula is needed.
 *
 * Room for criteria added later (docs/methods.md §1.1): a member whose row and column are blank is not
 * in use. The diagonal of the matrix as read says which are (1, or 0 for room), and a member not in
 * use is 0 throughout — MMULT takes no blanks — so the squarings keep it at 0. n is the number of 1s
 * on the diagonal; the steps that divide or average skip what is not in use, and the weights show "".
 */
import {
  CR_THRESHOLD,
  RI_TABLE_MAX_N,
  RI_TABLES,
  SAATY_MAX,
  SCALE_ROUNDING,
  WEIGHT_METHODS,
  WEIGHT_MODES,
  type RiTable,
  type WeightMethod,
} from "../core";
import { OUTPUT_LABELS, OUTPUT_LANGUAGES } from "../core/labels";
import { cellAddress, rangeAddress } from "../sheet/a1";
import type { Text } from "../sheet/text";
import { quoteSheetName, type CellPlan, type CellStyle, type Lang } from "../sheet/plan";
import {
  cellOf,
  optionOrCell,
  rangeArg,
  rangeOf,
  rowOf,
  textOption,
  wholeRange,
  type CallArg,
  type KinerjaCall,
  type RangeArg,
} from "./calls";
import {
  NotNative,
  localise,
  num,
  quoted,
  type Block,
  type GuideCell,
  type Placement,
  type Reperformance,
  type SharedTable,
  type TableRefs,
} from "./model";
import { RI_CHOICE_MAX_N, hasRiTable, riChoiceTable, riTable } from "./tables";
import { WORDS } from "./words";

/** Squarings of the matrix for the eigenvector: A^(2^8) = A^256 (see the bound above). */
export const SQUARINGS = 8;

/** The band's first data row (below its title and the sections' titles). */
const FIRST = 2;
const MATRIX_FORMAT = "0.0000";
const BAND_COLUMN_WIDTH = 10;
const WEIGHT_FORMAT = "0.000000";

/** Where each section of a band starts, for an n × n matrix. */
interface Columns {
  asRead: number;
  rowSum: number;
  outsideCount: number;
  outsideWhere: number;
  normalised: number;
  meanWeight: number;
  geomean: number;
  geomeanWeight: number;
  /** First column of each squaring's matrix; its row sums follow in column + n. */
  squared: number[];
  weight: number;
  product: number;
  ratio: number;
  label: number;
  value: number;
  total: number;
}

function columnsFor(n: number, squarings: number): Columns {
  const asRead = 1;
  const rowSum = asRead + n;
  const normalised = rowSum + 4;
  const geomean = normalised + n + 2;
  const squared = Array.from({ length: squarings }, (_, k) => geomean + 3 + k * (n + 2));
  const weight = geomean + 3 + squarings * (n + 2);
  const label = weight + 4;
  // The results' labels run on over the three empty cells before their values.
  const value = label + 4;
  return {
    asRead,
    rowSum,
    outsideCount: rowSum + 1,
    outsideWhere: rowSum + 2,
    normalised,
    meanWeight: normalised + n,
    geomean,
    geomeanWeight: geomean + 1,
    squared,
    weight,
    product: weight + 1,
    ratio: weight + 2,
    label,
    value,
    total: value + 1,
  };
}

/** The results column's rows, from FIRST down. */
const RESULT_ROWS = ["n", "lambdaMax", "ci", "ri", "cr", "verdict", "outside", "change"] as const;
type ResultRow = (typeof RESULT_ROWS)[number];
const resultRow = (name: ResultRow): number => FIRST + RESULT_ROWS.indexOf(name);

/** An RI table typed into the call, or read from a cell (the Settings sheet's choice). */
type RiChoice = RiTable | { cell: string };

/** What a band computes: the matrix, and the weights its consistency check uses. */
interface BandSpec {
  matrix: RangeArg;
  method: WeightMethod;
  riTable: RiChoice;
  /** The language of the verdict and the listed judgements (the call's `language`). */
  language: "en" | "id";
  /** The language of the band's own labels (the sheet's). */
  lang: Lang;
}

/** The band of steps for one matrix; shared by every call on that matrix with the same options. */
function ahpBand(spec: BandSpec, ri: SharedTable | null): Block {
  const n = spec.matrix.rows;
  const squarings = spec.method === "eigen" ? SQUARINGS : 0;
  const col = columnsFor(n, squarings);
  // One width for every column: bands of different sizes share the helper area's columns.
  const widths = new Array<number>(col.total).fill(BAND_COLUMN_WIDTH);
  return {
    key: bandKey(spec),
    // The weights do not depend on the RI table nor the verdict's language: any eigen band on the
    // matrix holds the ones AHP.WEIGHTS reads.
    serves: squarings ? [weightsKey(spec.matrix, spec.lang)] : undefined,
    rows: Math.max(n + 3, FIRST + (squarings ? RESULT_ROWS.length : RESULT_ROWS.length - 1)),
    columns: col.total,
    widths,
    alignRow: FIRST,
    cells: (at, tables) => bandCells(spec, col, squarings, at, riOf(ri, tables)),
    guide: bandGuide(spec, col, squarings),
  };
}

/** The band's steps by name, for the first criterion where a step has one cell per criterion. */
function bandGuide(spec: BandSpec, col: Columns, squarings: number): GuideCell[] {
  const n = spec.matrix.rows;
  const words = { id: OUTPUT_LABELS.id, en: OUTPUT_LABELS.en };
  const both = (f: (lang: Lang) => string) => ({ id: f("id"), en: f("en") });
  const cell = (label: Text, row: number, c: number): GuideCell => ({ label, row, col: c });
  const guide = [
    cell(WORDS.guideInUse, FIRST, col.asRead),
    cell(WORDS.guideUpper, FIRST, col.asRead + Math.min(1, n - 1)),
    cell(WORDS.guideLower, FIRST + Math.min(1, n - 1), col.asRead),
    cell(WORDS.columnSum, FIRST + n, col.asRead),
    cell(WORDS.outsideCount, FIRST, col.outsideCount),
    cell(WORDS.normalised, FIRST, col.normalised),
    cell(WORDS.meanWeight, FIRST, col.meanWeight),
    cell(WORDS.geomean, FIRST, col.geomean),
    cell(WORDS.geomeanWeight, FIRST, col.geomeanWeight),
  ];
  col.squared.forEach((c0, k) => {
    if (k > 0 && k < squarings - 1) return;
    guide.push(cell(WORDS.squared(2 ** (k + 1)), FIRST, c0));
    guide.push(
      cell(
        both((l) => `${WORDS.rowSum[l]} (A^${2 ** (k + 1)})`),
        FIRST,
        c0 + n
      )
    );
  });
  guide.push(
    cell(WORDS.weightOf(spec.method), FIRST, col.weight),
    cell(WORDS.product, FIRST, col.product),
    cell(WORDS.ratio, FIRST, col.ratio),
    cell(WORDS.size, resultRow("n"), col.value),
    cell(
      both((l) => words[l].lambdaMax(spec.method)),
      resultRow("lambdaMax"),
      col.value
    ),
    cell({ id: "CI", en: "CI" }, resultRow("ci"), col.value),
    cell(
      typeof spec.riTable === "string"
        ? both((l) => words[l].ri(spec.riTable as RiTable))
        : WORDS.riChosen(readableRef(spec.riTable.cell)),
      resultRow("ri"),
      col.value
    ),
    cell({ id: "CR", en: "CR" }, resultRow("cr"), col.value),
    cell(
      both((l) => words[l].verdict),
      resultRow("verdict"),
      col.value
    ),
    cell(
      both((l) => words[l].outsideScale),
      resultRow("outside"),
      col.value
    )
  );
  if (squarings > 1) guide.push(cell(WORDS.lastChange, resultRow("change"), col.value));
  return guide;
}

/** The key of the band AHP.WEIGHTS wants: any eigen band on its matrix (see `serves`). */
function weightsKey(matrix: RangeArg, lang: Lang): string {
  return `ahp-weights|${matrix.key}|${lang}`;
}

function bandKey({ matrix, method, riTable: table, language, lang }: BandSpec): string {
  return `ahp|${matrix.key}|${method}|${riTableText(table)}|${language}|${lang}`;
}

function bandCells(
  spec: BandSpec,
  col: Columns,
  squarings: number,
  at: Placement,
  ri: RiRefs
): CellPlan[] {
  const { matrix, method, riTable: table, lang } = spec;
  const words = OUTPUT_LABELS[spec.language];
  const n = matrix.rows;
  const A = (r: number, c: number) => cellAddress(at.row + r, at.col + c);
  const span = (r1: number, c1: number, r2: number, c2: number) =>
    rangeAddress(at.row + r1, at.col + c1, at.row + r2, at.col + c2);
  const row = (i: number, c: number) => span(FIRST + i, c, FIRST + i, c + n - 1);
  const column = (c: number) => span(FIRST, c, FIRST + n - 1, c);
  const sums = FIRST + n;
  const cells: CellPlan[] = [];
  const put = (
    r: number,
    c: number,
    content: string | number,
    style: CellStyle,
    numberFormat?: string,
    note?: string
  ) => {
    const isFormula = typeof content === "string" && content.startsWith("=");
    cells.push({
      address: A(r, c),
      ...(isFormula ? { formula: localise(content, at.sheet) } : { value: content }),
      style,
      ...(numberFormat ? { numberFormat } : {}),
      ...(note ? { note } : {}),
    });
  };
  /** A matrix section: n × n cells, a row-sum column after them and a column-sum row below. */
  const matrixSection = (
    c0: number,
    title: string,
    cell: (i: number, j: number) => string | number,
    note?: string
  ) => {
    put(1, c0, title, "subtitle", undefined, note);
    put(1, c0 + n, WORDS.rowSum[lang], "subtitle");
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) put(FIRST + i, c0 + j, cell(i, j), "formula", MATRIX_FORMAT);
      put(FIRST + i, c0 + n, `=SUM(${row(i, c0)})`, "formula", MATRIX_FORMAT);
    }
    for (let j = 0; j <= n; j++)
      put(sums, c0 + j, `=SUM(${column(c0 + j)})`, "total", MATRIX_FORMAT);
  };

  put(
    0,
    0,
    `${WORDS.ahpTitle[lang]} ${localise(wholeRange(matrix), at.sheet)}`,
    "section",
    undefined,
    WORDS.ahpNote[lang]
  );
  for (let i = 0; i < n; i++) put(FIRST + i, 0, i + 1, "label");
  put(sums, 0, WORDS.columnSum[lang], "label");

  // The matrix as Kinerja reads it, and the judgements outside Saaty's scale (upper triangle). The
  // diagonal says which members are in use: 1, or 0 when the member's row and column are blank.
  const inUse = (i: number) => A(FIRST + i, col.asRead + i);
  const filled = (range: string) => `SUMPRODUCT((${range}<>"")*1)`;
  matrixSection(
    col.asRead,
    WORDS.asRead[lang],
    (i, j) => {
      if (i === j) {
        const cells = `${filled(rangeOf(matrix, i, 0, i, n - 1))}+${filled(rangeOf(matrix, 0, i, n - 1, i))}`;
        return `=IF(${cells}=0,0,1)`;
      }
      if (i < j) return `=IF(ISNUMBER(${cellOf(matrix, i, j)}),${cellOf(matrix, i, j)},0)`;
      // A blank judgement between members in use stays an error (1/0), as the function's is.
      return `=IF(AND(${inUse(j)},${inUse(i)}),1/${A(FIRST + j, col.asRead + i)},0)`;
    },
    WORDS.asReadNote[lang]
  );
  const high = `${SAATY_MAX}*(1+${num(SCALE_ROUNDING)})`;
  const low = `1/${SAATY_MAX}*(1-${num(SCALE_ROUNDING)})`;
  put(1, col.outsideCount, WORDS.outsideCount[lang], "subtitle");
  put(1, col.outsideWhere, WORDS.outsideWhere[lang], "subtitle");
  for (let i = 0; i < n; i++) {
    if (i === n - 1) {
      put(FIRST + i, col.outsideCount, 0, "formula", "0");
      continue;
    }
    const upper = span(FIRST + i, col.asRead + i + 1, FIRST + i, col.asRead + n - 1);
    put(
      FIRST + i,
      col.outsideCount,
      `=SUMPRODUCT((${upper}>${high})+(${upper}>0)*(${upper}<${low}))`,
      "formula",
      "0"
    );
    const pieces = [];
    for (let j = i + 1; j < n; j++) {
      const x = A(FIRST + i, col.asRead + j);
      pieces.push(
        `IF(OR(${x}>${high},AND(${x}>0,${x}<${low})),${quoted(`; ${words.cell(i + 1, j + 1)}`)},"")`
      );
    }
    put(FIRST + i, col.outsideWhere, `=${pieces.join("&")}`, "formula");
  }
  put(sums, col.outsideCount, `=SUM(${column(col.outsideCount)})`, "total", "0");

  // "mean": each column divided by its sum, then each row's mean. A member not in use is "" here, so
  // the means (and the geometric means below) are over the members in use.
  put(1, col.normalised, WORDS.normalised[lang], "subtitle", undefined, WORDS.normalisedNote[lang]);
  put(1, col.meanWeight, WORDS.meanWeight[lang], "subtitle");
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++)
      put(
        FIRST + i,
        col.normalised + j,
        `=IF(${A(FIRST + i, col.asRead + j)}=0,"",${A(FIRST + i, col.asRead + j)}/${A(sums, col.asRead + j)})`,
        "formula",
        MATRIX_FORMAT
      );
    put(
      FIRST + i,
      col.meanWeight,
      `=IF(${inUse(i)}=0,0,AVERAGE(${row(i, col.normalised)}))`,
      "formula",
      WEIGHT_FORMAT
    );
  }
  for (let j = 0; j <= n; j++)
    put(sums, col.normalised + j, `=SUM(${column(col.normalised + j)})`, "total", MATRIX_FORMAT);

  // "geomean": each row's geometric mean, normalised. Taken of a_ij / column Σ, which skips the members
  // not in use: the column sums divide every row alike, so the weights are the matrix's own.
  put(1, col.geomean, WORDS.geomean[lang], "subtitle", undefined, WORDS.geomeanNote[lang]);
  put(1, col.geomeanWeight, WORDS.geomeanWeight[lang], "subtitle");
  for (let i = 0; i < n; i++) {
    put(
      FIRST + i,
      col.geomean,
      `=IF(${inUse(i)}=0,0,GEOMEAN(${row(i, col.normalised)}))`,
      "formula",
      MATRIX_FORMAT
    );
    put(
      FIRST + i,
      col.geomeanWeight,
      `=${A(FIRST + i, col.geomean)}/${A(sums, col.geomean)}`,
      "formula",
      WEIGHT_FORMAT
    );
  }
  put(sums, col.geomean, `=SUM(${column(col.geomean)})`, "total", MATRIX_FORMAT);
  put(sums, col.geomeanWeight, `=SUM(${column(col.geomeanWeight)})`, "total", MATRIX_FORMAT);

  // "eigen": square the matrix again and again, scaling each square to sum 1.
  col.squared.forEach((c0, k) => {
    const previous = k === 0 ? col.asRead : col.squared[k - 1];
    const columnSums = span(sums, previous, sums, previous + n - 1);
    const rowSums = column(previous + n);
    matrixSection(
      c0,
      WORDS.squared(2 ** (k + 1))[lang],
      (i, j) =>
        `=MMULT(${row(i, previous)},${column(previous + j)})/MMULT(${columnSums},${rowSums})`,
      k === 0 ? WORDS.squaredNote[lang] : undefined
    );
  });

  // The chosen method's weights, A·w and (A·w)/w for λmax.
  const last = col.squared[squarings - 1];
  put(1, col.weight, WORDS.weightOf(method)[lang], "subtitle");
  put(1, col.product, WORDS.product[lang], "subtitle");
  put(1, col.ratio, WORDS.ratio[lang], "subtitle");
  for (let i = 0; i < n; i++) {
    const w =
      method === "eigen"
        ? `=${A(FIRST + i, last + n)}/${A(sums, last + n)}`
        : `=${A(FIRST + i, method === "geomean" ? col.geomeanWeight : col.meanWeight)}`;
    put(FIRST + i, col.weight, w, "formula", WEIGHT_FORMAT);
    put(
      FIRST + i,
      col.product,
      `=MMULT(${row(i, col.asRead)},${column(col.weight)})`,
      "formula",
      MATRIX_FORMAT
    );
    put(
      FIRST + i,
      col.ratio,
      `=IF(${inUse(i)}=0,"",${A(FIRST + i, col.product)}/${A(FIRST + i, col.weight)})`,
      "formula",
      MATRIX_FORMAT
    );
  }
  put(sums, col.weight, `=SUM(${column(col.weight)})`, "total", MATRIX_FORMAT);

  // n, λmax, CI, RI, CR, the verdict, the judgements outside the scale.
  const value = (name: ResultRow) => A(resultRow(name), col.value);
  const N = value("n");
  const result = (
    name: ResultRow,
    label: string,
    formula: string,
    format?: string,
    note?: string
  ) => {
    put(resultRow(name), col.label, label, "label", undefined, note);
    put(
      resultRow(name),
      col.value,
      formula,
      name === "verdict" || name === "outside" ? "check" : "formula",
      format
    );
  };
  put(1, col.label, WORDS.results[lang], "subtitle");
  const diagonal = Array.from({ length: n }, (_, i) => inUse(i));
  result("n", WORDS.size[lang], `=SUM(${diagonal.join(",")})`, "0");
  result("lambdaMax", words.lambdaMax(method), `=AVERAGE(${column(col.ratio)})`, "0.0000");
  result("ci", "CI", `=IF(${N}<=2,0,MAX(0,(${value("lambdaMax")}-${N})/(${N}-1)))`, "0.0000");
  result(
    "ri",
    // A table chosen in a cell: the label says which, as AHP.CHECK's does.
    typeof table === "string" ? words.ri(table) : `=${riLabel(words.ri, table)}`,
    `=${riFormula(N, table, ri)}`,
    "0.00",
    table === "alonso-lamata-fit" ? WORDS.riFormula[lang] : undefined
  );
  result("cr", "CR", `=IF(${N}<=2,0,${value("ci")}/${value("ri")})`, "0.0000");
  const cr = value("cr");
  result(
    "verdict",
    words.verdict,
    `=IF(ISNUMBER(${cr}),IF(${cr}<=${num(CR_THRESHOLD)},${quoted(words.consistent)},${quoted(words.inconsistent)}),${quoted(words.unknown)})`
  );
  const count = A(sums, col.outsideCount);
  const where = Array.from({ length: n - 1 }, (_, i) => A(FIRST + i, col.outsideWhere));
  result(
    "outside",
    words.outsideScale,
    n < 2 ? "=0" : `=IF(${count}=0,0,${count}&": "&MID(${where.join("&")},3,9999))`
  );
  if (squarings > 1) {
    const before = col.squared[squarings - 2];
    result(
      "change",
      WORDS.lastChange[lang],
      `=SQRT(SUMPRODUCT((${column(last + n)}-${column(before + n)})^2))`,
      "0.0E+00",
      WORDS.lastChangeNote[lang]
    );
  }
  return cells;
}

/** The reading of an AHP call: its matrix and options, and the band that re-performs it. */
function bandFor(
  call: KinerjaCall,
  lang: Lang,
  spec: Partial<BandSpec>
): { band: Block; spec: BandSpec; tables: SharedTable[] } {
  const matrix = rangeArg(call.args[0], call.sheet);
  if (!matrix) throw new NotNative(call.name, "matrix must be a range of cells to be re-performed");
  if (matrix.rows !== matrix.columns)
    throw new NotNative(call.name, `matrix is not square (${matrix.rows} × ${matrix.columns})`);
  const full: BandSpec = {
    matrix,
    method: spec.method ?? "eigen",
    riTable: spec.riTable ?? "saaty1980",
    language: spec.language ?? (lang === "id" ? "id" : "en"),
    lang,
  };
  const ri = riTableFor(full.riTable, lang);
  return { band: ahpBand(full, ri), spec: full, tables: ri ? [ri] : [] };
}

/** Cell (r, c) of a placed band, qualified by its sheet. */
function bandCell(at: Placement, r: number, c: number): string {
  return `«${at.sheet}»!${cellAddress(at.row + r, at.col + c)}`;
}

/**
 * A call answered from a band's cells: `pick` gives result cell (r, c) once the band is placed
 * (at `at`, its sections at `col`).
 */
function onBand(
  call: KinerjaCall,
  lang: Lang,
  options: Partial<BandSpec>,
  shape: { rows: number; columns: number },
  pick: (r: number, c: number, at: Placement, col: Columns, spec: BandSpec) => string
): Reperformance {
  const { band, spec, tables } = bandFor(call, lang, options);
  const col = columnsFor(spec.matrix.rows, spec.method === "eigen" ? SQUARINGS : 0);
  return {
    name: call.name,
    shape,
    steps: band,
    anchor: anchorOf(call, spec.matrix),
    tables,
    result(r, c, { steps }) {
      if (!steps) throw new Error("the AHP steps were not placed");
      return pick(r, c, steps, col, spec);
    },
  };
}

/** AHP.WEIGHTS(matrix, [method], [mode]): the weight column of the chosen method. */
export function ahpWeightsNative(call: KinerjaCall, lang: Lang): Reperformance {
  const method = textOption(call.name, call.args[1], "method", WEIGHT_METHODS, "eigen");
  const mode = textOption(call.name, call.args[2], "mode", WEIGHT_MODES, "distributive");
  const n = rangeArg(call.args[0], call.sheet)?.rows ?? 1;
  // The eigen band has every method's weights, so every AHP.WEIGHTS call on a matrix shares it, and
  // shares the band of an eigen AHP.CHECK or AHP.CR on it.
  const reperformance = onBand(call, lang, {}, { rows: n, columns: 1 }, (r, _c, at, col) => {
    const column =
      method === "eigen" ? col.weight : method === "geomean" ? col.geomeanWeight : col.meanWeight;
    const w = bandCell(at, FIRST + r, column);
    const top = at.row + FIRST;
    const weight =
      mode === "distributive"
        ? w
        : `${w}/MAX(«${at.sheet}»!${rangeAddress(top, at.col + column, top + n - 1, at.col + column)})`;
    // A member not in use has no weight: an empty cell, as AHP.WEIGHTS leaves it.
    return `IF(${bandCell(at, FIRST + r, col.asRead + r)}=0,"",${weight})`;
  });
  const band = reperformance.steps as Block;
  const matrix = rangeArg(call.args[0], call.sheet) as RangeArg;
  return { ...reperformance, steps: { ...band, key: weightsKey(matrix, lang), serves: undefined } };
}

/** AHP.CHECK(matrix, [method], [ri_table], [language]): six label/value rows. */
export function ahpCheckNative(call: KinerjaCall, lang: Lang): Reperformance {
  const rows: ResultRow[] = ["lambdaMax", "ci", "ri", "cr", "verdict", "outside"];
  return onBand(
    call,
    lang,
    consistencyOptions(call, 3),
    { rows: 6, columns: 2 },
    (r, c, at, col, spec) => {
      const words = OUTPUT_LABELS[spec.language];
      const labels = [
        quoted(words.lambdaMax(spec.method)),
        quoted("CI"),
        riLabel(words.ri, spec.riTable),
        quoted("CR"),
        quoted(words.verdict),
        quoted(words.outsideScale),
      ];
      return c === 0 ? labels[r] : bandCell(at, resultRow(rows[r]), col.value);
    }
  );
}

/** AHP.CR(matrix, [method], [ri_table]): the CR cell of the band. */
export function ahpCrNative(call: KinerjaCall, lang: Lang): Reperformance {
  return onBand(
    call,
    lang,
    consistencyOptions(call, 99),
    { rows: 1, columns: 1 },
    (_r, _c, at, col) => bandCell(at, resultRow("cr"), col.value)
  );
}

/** Where the RI of a band or of AHP.RI comes from, once its shared table is placed. */
interface RiRefs {
  /** The named table's RI column, or every table's values for a choice in a cell; null: the fit. */
  values: string | null;
  /** The tables' names above their values (a choice in a cell only). */
  names: string | null;
}

/** The shared table an RI choice reads: the named table, every table (a choice in a cell), or none. */
function riTableFor(choice: RiChoice, lang: Lang): SharedTable | null {
  if (typeof choice === "object") return riChoiceTable(lang);
  return hasRiTable(choice) ? riTable(choice, lang) : null;
}

function riOf(table: SharedTable | null, tables: TableRefs): RiRefs {
  if (!table) return { values: null, names: null };
  return {
    values: tables(table, "values"),
    names: table.parts.names ? tables(table, "names") : null,
  };
}

/**
 * A typed table's name, or a choice in a cell as a formula (blank means saaty1980, as for Kinerja's
 * functions; the drop-down on the Settings sheet offers the names as Kinerja writes them).
 */
function riTableText(choice: RiChoice): string {
  if (typeof choice === "string") return choice;
  return `IF(${choice.cell}="","saaty1980",${choice.cell})`;
}

/** A reference as a reader writes it: «Settings»!$B$12 as Settings!$B$12. */
function readableRef(ref: string): string {
  return ref.replace(/«([^»]+)»!/g, (_m, sheet: string) => `${quoteSheetName(sheet)}!`);
}

/** AHP.CHECK's RI label, "RI (saaty1980)", as a formula: its table may be a cell's choice. */
function riLabel(label: (table: string) => string, choice: RiChoice): string {
  if (typeof choice === "string") return quoted(label(choice));
  const [before, after] = label("\u0000").split("\u0000");
  return `${quoted(before)}&${riTableText(choice)}&${quoted(after)}`;
}

/**
 * RI(n) as a formula, for n given as a formula operand: 0 up to two criteria and the table's value
 * (#N/A beyond it), or the fit. A choice in a cell looks its table up by name among every table's
 * values, INDEX(values, n, MATCH(name, names, 0)) — #N/A for a name Kinerja does not know — and
 * beyond n = 15 only the fit has a value.
 */
function riFormula(n: string, table: RiChoice, { values, names }: RiRefs): string {
  if (typeof table === "object") {
    const name = riTableText(table);
    return `IF(${n}<=${RI_CHOICE_MAX_N},INDEX(${values},${n},MATCH(${name},${names},0)),IF(${name}="alonso-lamata-fit",(1.7699*${n}-4.3513)/(${n}-1),NA()))`;
  }
  return values
    ? `IF(${n}<=2,0,IF(${n}>${RI_TABLE_MAX_N[table]},NA(),INDEX(${values},${n})))`
    : `IF(${n}<=2,0,(1.7699*${n}-4.3513)/(${n}-1))`;
}

/** AHP.RI(n, [ri_table]): RI(n) read from the visible table (or the fitted formula). */
export function ahpRiNative(call: KinerjaCall, lang: Lang): Reperformance {
  const table = riChoiceOf(call, call.args[1]);
  const n = call.args[0];
  if (!n) throw new NotNative(call.name, "n is missing");
  const size = n.node.kind === "number" || n.node.kind === "ref" ? n.text : `(${n.text})`;
  const ri = riTableFor(table, lang);
  return {
    name: call.name,
    shape: { rows: 1, columns: 1 },
    steps: null,
    anchor: { sheet: call.sheet, row: rowOf(call.address) },
    tables: ri ? [ri] : [],
    result: (_r, _c, { tables }) => riFormula(size, table, riOf(ri, tables)),
  };
}

/** ri_table typed into the call, or the cell that holds it (the Settings sheet's choice). */
function riChoiceOf(call: KinerjaCall, arg: CallArg | null | undefined): RiChoice {
  const choice = optionOrCell(call.name, arg, call.sheet, "ri_table", (typed) =>
    textOption(call.name, typed, "ri_table", RI_TABLES, "saaty1980")
  );
  if (choice === "donegan-dodd")
    throw new NotNative(
      call.name,
      'ri_table "donegan-dodd" (interpolated) is not re-performed natively'
    );
  return choice;
}

/** method, ri_table and (from argument `languageAt`) language, as typed into the call. */
function consistencyOptions(call: KinerjaCall, languageAt: number): Partial<BandSpec> {
  return {
    method: textOption(call.name, call.args[1], "method", WEIGHT_METHODS, "eigen"),
    riTable: riChoiceOf(call, call.args[2]),
    language: textOption(call.name, call.args[languageAt], "language", OUTPUT_LANGUAGES, "en"),
  };
}

/** Steps line up with the matrix when it is on the calling sheet, else with the calling cell. */
function anchorOf(call: KinerjaCall, matrix: RangeArg): { sheet: string; row: number } {
  const onSheet = matrix.key.startsWith(`«${call.sheet}»!`);
  return { sheet: call.sheet, row: onSheet ? matrix.top : rowOf(call.address) };
}
