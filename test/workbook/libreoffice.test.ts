/**
 * LibreOffice recalculates the .xlsx files the writer makes, and every native formula (SUM,
 * SUMPRODUCT, INDEX/MATCH, COUNTIF, IF, comparisons…) must come out as the value the writer stored,
 * which the plan evaluator computed.
 *
 * LibreOffice does not know Kinerja's custom functions (AHP.*, ANP.*, OMAX.*, KPI.*, TRAFFIC*). So
 * each file is first copied with every cell whose formula calls one of them frozen to the value the
 * writer cached for it (test/helpers/xlsx-freeze.ts); LibreOffice then recalculates all the other
 * formulas — indices, status counts, summaries, the weakest-KPI list, everything downstream of a
 * custom function — and each is compared with the writer's own file: numbers within 1e-9 relative
 * (|a − b| ≤ 1e-9 · max(1, |a|)), text, logical values and errors exactly. The frozen cells must come
 * back unchanged too. What is left unchecked here is each custom function's own result; the
 * function and template tests check those against src/core.
 *
 * Four variants of each template — example and blank, English monthly and Indonesian quarterly /
 * yearly — go through one LibreOffice run (starting soffice costs seconds, a file well under one).
 *
 * Skipped, with a message, where LibreOffice is not installed locally. Under CI (CI=true) a missing
 * LibreOffice is a failure, so the check cannot quietly drop out of the pipeline; CI installs it with
 *   apt-get install -y --no-install-recommends libreoffice-calc-nogui
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { FIXTURE_PLAN } from "./xlsx-fixture";
import { convertManyWithLibreOffice, describeWithLibreOffice } from "../helpers/libreoffice";
import { freezeFormulaCells } from "../helpers/xlsx-freeze";
import { readStoredCells, type StoredCell, type StoredValue } from "../helpers/xlsx-values";
import type { Lang, PeriodKind, TemplateId, WorkbookPlan } from "../../src/sheet/plan";
import { buildPlan, DEFAULT_OPTIONS, TEMPLATE_IDS } from "../../src/templates";
import { formulaParts } from "../../src/formula";
import { KINERJA_FUNCTIONS } from "../../src/workbook/custom-functions";
import { writePlanToXlsxWithNames } from "../../src/workbook/xlsx-writer";
import { cellAddress, parseCell, parseRange } from "../../src/sheet/a1";
import { spillArea } from "../../src/sheet/spill";

type Cells = Map<string, Map<string, StoredCell>>;

/** The cells a formula reads (ranges expanded) and whether it calls one of Kinerja's custom functions. */
function formulaInputs(formula: string): {
  refs: { sheet?: string; address: string }[];
  callsCustom: boolean;
} {
  const { refs, calls } = formulaParts(formula);
  const cells: { sheet?: string; address: string }[] = [];
  for (const { sheet, range } of refs) {
    const { top, left, bottom, right } = parseRange(range);
    for (let row = top; row <= bottom; row++)
      for (let col = left; col <= right; col++)
        cells.push({ sheet, address: cellAddress(row, col) });
  }
  return { refs: cells, callsCustom: calls.some((name) => name in KINERJA_FUNCTIONS) };
}

/** What the plan asks of each formula cell, by "key!A1". */
interface FormulaCells {
  /** Cells whose formula calls a custom function (frozen), with their spilled cells. */
  custom: Set<string>;
  /** Native formula cells and the cells their spills fill (recalculated and compared). */
  native: Set<string>;
  /** Native cells that read a custom function's result, directly or through other cells. */
  downstream: Set<string>;
  /** The anchors to freeze: sheet key → addresses. */
  anchors: Map<string, Set<string>>;
}

function classifyFormulaCells(plan: WorkbookPlan): FormulaCells {
  const keyOf = (sheet: string | undefined, current: string): string =>
    sheet === undefined
      ? current
      : ((
          plan.sheets.find((s) => s.key === sheet) ??
          plan.sheets.find((s) => s.name.toLowerCase() === sheet.toLowerCase())
        )?.key ?? sheet);
  const result: FormulaCells = {
    custom: new Set(),
    native: new Set(),
    downstream: new Set(),
    anchors: new Map(),
  };
  const inputs = new Map<string, string[]>();
  for (const sheet of plan.sheets) {
    const anchors = new Set<string>();
    result.anchors.set(sheet.key, anchors);
    for (const cell of sheet.cells) {
      if (!cell.formula) continue;
      const { row, col } = parseCell(cell.address);
      const address = cellAddress(row, col);
      const id = `${sheet.key}!${address}`;
      const { refs, callsCustom } = formulaInputs(cell.formula);
      if (callsCustom) anchors.add(address);
      inputs.set(
        id,
        refs.map((ref) => `${keyOf(ref.sheet, sheet.key)}!${ref.address}`)
      );
      for (const { address: spilled, r, c } of spillArea(
        { row, col },
        cell.spill ?? { rows: 1, columns: 1 }
      )) {
        const filled = `${sheet.key}!${spilled}`;
        (callsCustom ? result.custom : result.native).add(filled);
        // A spilled cell holds part of its anchor's result.
        if (r || c) inputs.set(filled, [id]);
      }
    }
  }
  const reached = new Set(result.custom);
  for (let changed = true; changed;) {
    changed = false;
    for (const [id, reads] of inputs) {
      if (!reached.has(id) && reads.some((read) => reached.has(read))) {
        reached.add(id);
        changed = true;
      }
    }
  }
  for (const id of result.native) if (reached.has(id)) result.downstream.add(id);
  return result;
}

function sameValue(stored: StoredValue, recalculated: StoredValue): boolean {
  if (typeof stored === "number" && typeof recalculated === "number") {
    return Math.abs(stored - recalculated) <= 1e-9 * Math.max(1, Math.abs(stored));
  }
  return JSON.stringify(stored) === JSON.stringify(recalculated);
}

interface Mismatch {
  cell: string;
  formula?: string;
  stored: StoredValue;
  libreOffice: StoredValue;
}

interface Comparison {
  /** Native formula and spilled cells LibreOffice recalculated and that were compared. */
  checked: number;
  /** Of those, the ones that read a custom function's (frozen) result. */
  downstream: number;
  /** Custom-function cells (and their spills) frozen to the cached value, read back. */
  frozen: number;
  mismatches: Mismatch[];
  /** Frozen cells whose value LibreOffice changed (the freezing itself went wrong). */
  frozenChanged: Mismatch[];
}

/** A plan written, its frozen copy on disk, and what to compare once LibreOffice has run. */
interface Prepared {
  label: string;
  cells: FormulaCells;
  names: Map<string, string>;
  stored: Cells;
  input: string;
  frozenAnchors: number;
}

async function prepare(
  plan: WorkbookPlan,
  label: string,
  dir: string,
  /** Edits the frozen copy before LibreOffice sees it (for the tests of the check itself). */
  tamper?: (zip: JSZip) => Promise<void>
): Promise<Prepared> {
  const { buffer, sheets } = await writePlanToXlsxWithNames(plan);
  const names = new Map(sheets.map((s) => [s.key, s.name]));
  const cells = classifyFormulaCells(plan);
  const byName = new Map(
    [...cells.anchors].map(([key, addresses]) => [names.get(key) as string, addresses])
  );
  const frozen = await freezeFormulaCells(buffer, byName);
  let copy = frozen.buffer;
  if (tamper) {
    const zip = await JSZip.loadAsync(copy);
    await tamper(zip);
    copy = await zip.generateAsync({ type: "nodebuffer" });
  }
  const input = join(dir, `${label}.xlsx`);
  writeFileSync(input, copy);
  return {
    label,
    cells,
    names,
    stored: await readStoredCells(buffer),
    input,
    frozenAnchors: frozen.frozen,
  };
}

function compare(prepared: Prepared, recalculated: Cells): Comparison {
  const result: Comparison = {
    checked: 0,
    downstream: 0,
    frozen: 0,
    mismatches: [],
    frozenChanged: [],
  };
  const each = (ids: Set<string>, visit: (m: Mismatch | null) => void): void => {
    for (const id of ids) {
      const [key, address] = id.split("!");
      const name = prepared.names.get(key) as string;
      const ours = prepared.stored.get(name)?.get(address);
      const theirs = recalculated.get(name)?.get(address)?.value ?? null;
      const stored = ours?.value ?? null;
      visit(
        sameValue(stored, theirs)
          ? null
          : { cell: `${name}!${address}`, formula: ours?.formula, stored, libreOffice: theirs }
      );
    }
  };
  each(prepared.cells.native, (m) => {
    result.checked++;
    if (m) result.mismatches.push(m);
  });
  result.downstream = prepared.cells.downstream.size;
  each(prepared.cells.custom, (m) => {
    result.frozen++;
    if (m) result.frozenChanged.push(m);
  });
  return result;
}

interface Variant {
  id: TemplateId;
  example: boolean;
  lang: Lang;
  periods: PeriodKind;
}

const VARIANTS: Variant[] = TEMPLATE_IDS.flatMap((id) => [
  { id, example: true, lang: "en", periods: "monthly" },
  { id, example: false, lang: "en", periods: "monthly" },
  { id, example: true, lang: "id", periods: "quarterly" },
  { id, example: false, lang: "id", periods: "yearly" },
]);

const labelOf = (v: Variant): string =>
  `${v.id}-${v.example ? "example" : "blank"}-${v.lang}-${v.periods}`;

/**
 * The plan evaluator's Excel rules at their edges, for LibreOffice to recalculate independently: an
 * empty cell as a whole result (0) and inside functions (blank), "" and text in arithmetic (#VALUE!),
 * COUNT/COUNTA/COUNTBLANK, numbers turned into text, ROUND and TEXT halfway cases, IF's omitted
 * branches. (Left out where LibreOffice itself departs from Excel: SUM(2,"3",TRUE) is 6 in Excel,
 * #VALUE! in LibreOffice; 1E+17 as text has a three-digit exponent there.)
 */
const EDGE_PLAN: WorkbookPlan = {
  template: "umkm",
  lang: "en",
  title: "Evaluator edge cases",
  activate: "s",
  sheets: [
    {
      key: "s",
      name: "Edges",
      cells: [
        { address: "A2", value: 5 },
        { address: "A3", value: "txt" },
        ...(
          [
            ["B1", "=A1"],
            ["B2", "=ISBLANK(A1)"],
            ["B3", "=COUNTA(A1:A3)"],
            ["B4", '=A1=""'],
            ["B5", "=IF(TRUE,A1)"],
            ["B6", "=INDEX(A1:A3,1)"],
            ["B7", "=ISBLANK(B1)"],
            ["B8", '=IF(A1="","",A1)'],
            ["B9", "=COUNTA(B8)"],
            ["B10", "=COUNTBLANK(B8)"],
            ["C1", "=B8+1"],
            ["C2", "=-B8"],
            ["C3", "=SUM(B8,A2,A3)"],
            ["C4", "=A3*2"],
            ["C5", '=" 5"+1'],
            ["C6", "=TRUE+1"],
            ["C7", "=MAX(A3,A1)"],
            ["C8", '=COUNT(A1:A3,"4")'],
            ["C9", '=COUNTIF(A1:A3,"")'],
            ["C10", "=IF(FALSE,1)"],
            ["C11", "=IF(FALSE,1,)"],
            ["D1", '=1/3&""'],
            ["D2", '=(0.1+0.2)&""'],
            ["D3", '=10^-7&""'],
            ["D4", '=-2.5&"|"&A2'],
            ["D5", '=TEXT(1.005,"0.00")'],
            ["D6", '=TEXT(0.12345,"0.0%")'],
            ["D7", '=TEXT(-1234567.891,"#,##0.00")'],
            ["D8", "=ROUND(1.005,2)"],
            ["D9", "=ROUND(-2.5,0)"],
            ["D10", "=ROUND(1234.5678,-2)"],
          ] as const
        ).map(([address, formula]) => ({ address, formula })),
      ],
    },
  ],
};

/** Replaces the cached value of one cell in a sheet part of the zip. */
async function setStoredNumber(zip: JSZip, part: string, address: string, value: number) {
  const xml = (await zip.file(part)?.async("string")) as string;
  const edited = xml.replace(
    new RegExp(`(<c r="${address}"[^>]*>(?:(?!</c>)[\\s\\S])*?<v>)[^<]*(</v>)`),
    `$1${value}$2`
  );
  if (edited === xml) throw new Error(`no stored value at ${address} in ${part}`);
  zip.file(part, edited);
}

describeWithLibreOffice(
  "LibreOffice recalculates the writer's files to the values it stored",
  "LibreOffice checks",
  () => {
    let dir: string;
    const prepared = new Map<string, Prepared>();
    const outputs = new Map<string, Cells>();
    let asStored: Cells;
    const summary: string[] = [];
    let seconds = 0;

    beforeAll(async () => {
      const started = Date.now();
      dir = mkdtempSync(join(tmpdir(), "kinerja-lo-"));
      const all: Prepared[] = [];
      all.push(await prepare(FIXTURE_PLAN, "fixture", dir));
      // The check has teeth: the writer stored 5.9 in Data!C7; the copy says 999.
      all.push(
        await prepare(FIXTURE_PLAN, "fixture-wrong-native", dir, (zip) =>
          setStoredNumber(zip, "xl/worksheets/sheet1.xml", "C7", 999)
        )
      );
      // …and a frozen custom result really feeds the native cells: AHP.WEIGHTS's 0.75 made 0.6.
      all.push(
        await prepare(FIXTURE_PLAN, "fixture-wrong-frozen", dir, (zip) =>
          setStoredNumber(zip, "xl/worksheets/sheet1.xml", "H4", 0.6)
        )
      );
      all.push(await prepare(EDGE_PLAN, "evaluator-edges", dir));
      for (const v of VARIANTS) {
        const plan = buildPlan(v.id, {
          ...DEFAULT_OPTIONS,
          example: v.example,
          lang: v.lang,
          periods: v.periods,
          year: 2024,
        });
        all.push(await prepare(plan, labelOf(v), dir));
      }
      const converted = convertManyWithLibreOffice(
        all.map((p) => p.input),
        "xlsx",
        join(dir, "recalculated")
      );
      for (const [k, p] of all.entries()) {
        prepared.set(p.label, p);
        outputs.set(p.label, await readStoredCells(readFileSync(converted[k])));
      }
      // Without recalculation LibreOffice shows the stored values: the tampered 999 would stay.
      const [kept] = convertManyWithLibreOffice(
        [prepared.get("fixture-wrong-native")!.input],
        "xlsx",
        join(dir, "as-stored"),
        { recalculate: false }
      );
      asStored = await readStoredCells(readFileSync(kept));
      seconds = (Date.now() - started) / 1000;
    }, 300_000);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      if (summary.length > 0)
        console.log(
          `LibreOffice recalculation in ${seconds.toFixed(1)} s (native cells compared, of which downstream of a custom function / custom cells frozen):\n${summary.join("\n")}`
        );
    });

    const comparisonOf = (label: string): Comparison => {
      const comparison = compare(prepared.get(label)!, outputs.get(label)!);
      summary.push(
        `  ${label}: ${comparison.checked} (${comparison.downstream}) / ${comparison.frozen}`
      );
      return comparison;
    };

    test("the check has teeth: a wrong stored value is recalculated, not read back", () => {
      const comparison = compare(
        prepared.get("fixture-wrong-native")!,
        outputs.get("fixture-wrong-native")!
      );
      // LibreOffice recomputed C7 (and Dashboard!C6 = C7 × 2) from the inputs, ignoring the 999.
      expect(comparison.mismatches).toEqual([]);
      expect(
        outputs.get("fixture-wrong-native")!.get("Data (input)")?.get("C7")?.value
      ).toBeCloseTo(5.9, 12);
      expect(asStored.get("Data (input)")?.get("C7")?.value).toBe(999);
    });

    test("the check has teeth: a frozen custom result feeds the native cells that read it", () => {
      const comparison = compare(
        prepared.get("fixture-wrong-frozen")!,
        outputs.get("fixture-wrong-frozen")!
      );
      // I4 = H4 × 100: the writer stored 75 (H4 = 0.75); from the tampered frozen 0.6 LibreOffice gets 60.
      expect(comparison.mismatches).toEqual([
        { cell: "Data (input)!I4", formula: "H4*100", stored: 75, libreOffice: 60 },
      ]);
      expect(comparison.frozenChanged).toEqual([
        { cell: "Data (input)!H4", formula: "AHP.WEIGHTS(F4:G5)", stored: 0.75, libreOffice: 0.6 },
      ]);
    });

    test("the fixture plan: all 17 native formulas agree, I4 = H4 × 100 included; AHP.WEIGHTS frozen", () => {
      const comparison = comparisonOf("fixture");
      expect(comparison.mismatches).toEqual([]);
      expect(comparison.frozenChanged).toEqual([]);
      // H4:H5 is the AHP.WEIGHTS spill; the other 17 formula cells are native, I4 reads H4.
      expect(prepared.get("fixture")!.frozenAnchors).toBe(1);
      expect({
        checked: comparison.checked,
        downstream: comparison.downstream,
        frozen: comparison.frozen,
      }).toEqual({ checked: 17, downstream: 1, frozen: 2 });
    });

    test('the evaluator\'s edge cases: blank references, "" in arithmetic, COUNTA, numbers as text, ROUND/TEXT', () => {
      const comparison = comparisonOf("evaluator-edges");
      expect(comparison.mismatches).toEqual([]);
      expect(comparison.checked).toBe(31);
    });

    test.each(VARIANTS.map(labelOf))(
      "%s: every native formula agrees, downstream of the custom functions included",
      (label) => {
        const comparison = comparisonOf(label);
        expect(comparison.mismatches).toEqual([]);
        expect(comparison.frozenChanged).toEqual([]);
        // Never vacuous: custom functions were frozen and the native cells that read them compared.
        expect(comparison.frozen).toBeGreaterThan(0);
        expect(comparison.downstream).toBeGreaterThan(0);
      }
    );
  }
);
