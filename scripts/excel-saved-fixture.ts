/**
 * Writes test/fixtures/audit/excel-saved.xlsx: a small Kinerja workbook in the form Excel saves one
 * in after the add-in computed it — every Kinerja call stored as "_xldudf_" + its name with dots
 * turned into underscores, as a dynamic-array formula (cm="1", t="array" with its spill range) even
 * when the result is one cell; spilled cells holding values only; shared strings; formulas filled
 * down stored once as shared formulas; a spill reference as _xlfn.ANCHORARRAY; a formula typed before
 * the add-in was installed still as typed with #NAME?; one bound to another add-in's file ([1]!).
 * test/fixtures/audit/README.md says which of these is evidence and which is assumption.
 *
 *   npx ts-node scripts/excel-saved-fixture.ts
 *
 * The values are what the add-in returns: computed here by the formula engine with Kinerja's own
 * adapters, from each cell's plain formula written beside the form Excel stores it in.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import JSZip from "jszip";
import { evaluateWorkbook, isErrorValue, type CellResult, type SheetCell } from "../src/formula";
import { cellAddress, parseCell } from "../src/sheet/a1";
import type { Scalar } from "../src/sheet/plan";
import { KINERJA_FUNCTIONS } from "../src/workbook/custom-functions";

/** How a formula cell is stored. */
type Storage =
  /** A plain formula: <f>text</f>. */
  | "normal"
  /** A dynamic-array formula: cm="1", <f t="array" ref="…">. */
  | "dynamic"
  /** The first cell of a shared formula (<f t="shared" ref si>text</f>) or one sharing it (<f t="shared" si/>). */
  | { shared: number; ref?: string }
  /** Typed before the add-in was installed, as Excel keeps it: #NAME?, aca/ca, as typed. */
  | "stuck";

interface FixtureCell {
  address: string;
  value?: Scalar;
  /** The formula as Kinerja's engine reads it ("=…", plain names). */
  formula?: string;
  /** The formula as Excel stores it in the file (no "="). */
  stored?: string;
  storage?: Storage;
  spill?: { rows: number; columns: number };
}

interface FixtureSheet {
  name: string;
  cells: FixtureCell[];
}

const dynamic = (address: string, formula: string, stored: string, rows = 1, columns = 1) =>
  ({ address, formula, stored, storage: "dynamic", spill: { rows, columns } }) as FixtureCell;

const REGISTER: FixtureSheet = {
  name: "Register",
  cells: [
    { address: "A1", value: "KPI register" },
    ...[
      "Code",
      "KPI",
      "Worst (L0)",
      "Baseline (L3)",
      "Target (L10)",
      "Actual",
      "Achievement",
      "Status",
      "OMAX level",
      "Global weight",
      "Weighted score",
    ].map((value, col): FixtureCell => ({ address: cellAddress(1, col), value })),
    ...[
      ["K1", "Revenue growth (%)", 0, 5, 12, 10.5],
      ["K2", "On-time delivery (%)", 80, 92, 100, 94],
      ["K3", "Training hours per person", 4, 10, 24, 25],
    ].flatMap(([code, name, worst, mid, target, actual], k): FixtureCell[] => {
      const r = 3 + k;
      const shared = (n: number, ref: string): Storage =>
        k === 0 ? { shared: n, ref } : { shared: n };
      return [
        { address: `A${r}`, value: code },
        { address: `B${r}`, value: name },
        { address: `C${r}`, value: worst },
        { address: `D${r}`, value: mid },
        { address: `E${r}`, value: target },
        { address: `F${r}`, value: actual },
        dynamic(`G${r}`, `=KPI.ACHIEVEMENT(F${r},E${r})`, `_xldudf_KPI_ACHIEVEMENT(F${r},E${r})`),
        dynamic(`H${r}`, `=TRAFFIC(G${r})`, `_xldudf_TRAFFIC(G${r})`),
        dynamic(
          `I${r}`,
          `=OMAX.LEVEL(F${r},C${r},D${r},E${r})`,
          `_xldudf_KINERJA_OMAX_LEVEL(F${r},C${r},D${r},E${r})`
        ),
        {
          address: `J${r}`,
          formula: `=INDEX(AHP!$E$4:$E$6,ROW()-2)`,
          stored: `INDEX(_xlfn.ANCHORARRAY(AHP!$E$4),ROW()-2)`,
          storage: shared(0, "J3:J5"),
        },
        {
          address: `K${r}`,
          formula: `=I${r}*J${r}`,
          stored: `I${r}*J${r}`,
          storage: shared(1, "K3:K5"),
        },
      ];
    }),
    { address: "B6", value: "Total" },
    dynamic("I6", "=KPI.WEIGHTCHECK(J3:J5)", "_xldudf_KPI_WEIGHTCHECK(J3:J5)"),
    { address: "J6", formula: "=SUM(J3:J5)", stored: "SUM(J3:J5)", storage: "normal" },
    dynamic("K6", "=OMAX.INDEX(I3:I5,J3:J5)", "_xldudf_OMAX_INDEX(I3:I5,J3:J5)"),
  ],
};

const AHP: FixtureSheet = {
  name: "AHP",
  cells: [
    { address: "A1", value: "Pairwise comparisons of the perspectives" },
    ...["Financial", "Customer", "Process"].flatMap((name, k): FixtureCell[] => [
      { address: `${"BCD"[k]}3`, value: name },
      { address: `A${4 + k}`, value: name },
    ]),
    { address: "E3", value: "Weight" },
    { address: "B4", value: 1 },
    { address: "C4", value: 3 },
    { address: "D4", value: 5 },
    { address: "B5", formula: "=1/C4", stored: "1/C4", storage: "normal" },
    { address: "C5", value: 1 },
    { address: "D5", value: 3 },
    { address: "B6", formula: "=1/D4", stored: "1/D4", storage: "normal" },
    { address: "C6", formula: "=1/D5", stored: "1/D5", storage: "normal" },
    { address: "D6", value: 1 },
    dynamic("E4", "=AHP.WEIGHTS(B4:D6)", "_xldudf_AHP_WEIGHTS(B4:D6)", 3, 1),
    { address: "A8", value: "CR" },
    dynamic("B8", "=AHP.CR(B4:D6)", "_xldudf_AHP_CR(B4:D6)"),
    dynamic("A10", "=AHP.CHECK(B4:D6)", "_xldudf_AHP_CHECK(B4:D6)", 6, 2),
  ],
};

const NOTES: FixtureSheet = {
  name: "Notes",
  cells: [
    { address: "A1", value: "Typed before the add-in was installed" },
    {
      address: "B1",
      formula: "=TRAFFIC.OMAX(Register!I3)",
      stored: "TRAFFIC.OMAX(Register!I3)",
      storage: "stuck",
    },
    { address: "A2", value: "Bound to another add-in's file" },
    {
      address: "B2",
      formula: "=TRAFFIC(Register!G3)",
      stored: "[1]!_xldudf_TRAFFIC(Register!G3)",
      storage: "stuck",
    },
  ],
};

const SHEETS = [REGISTER, AHP, NOTES];

/** Every cell's value as the add-in leaves it: the engine's result for formulas, spills included. */
function computeValues(): Map<string, Map<string, CellResult>> {
  const evaluated = evaluateWorkbook(
    SHEETS.map((sheet) => ({
      name: sheet.name,
      cells: new Map<string, SheetCell>(
        sheet.cells.map((c) => [
          c.address,
          c.formula ? { formula: c.formula, spill: c.spill } : { value: c.value ?? null },
        ])
      ),
    })),
    KINERJA_FUNCTIONS
  );
  const values = new Map<string, Map<string, CellResult>>();
  for (const sheet of SHEETS) {
    const map = new Map<string, CellResult>();
    for (const cell of sheet.cells) {
      const { row, col } = parseCell(cell.address);
      const { rows, columns } = cell.spill ?? { rows: 1, columns: 1 };
      if (cell.formula && cell.spill) {
        const result = evaluated.compute(sheet.name, cell.address, cell.formula);
        const got = Array.isArray(result) ? [result.length, result[0].length] : [1, 1];
        if (got[0] !== rows || got[1] !== columns)
          throw new Error(
            `${sheet.name}!${cell.address} spills ${got.join("×")}, not ${rows}×${columns}`
          );
      }
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) {
          const address = cellAddress(row + r, col + c);
          map.set(address, evaluated.value(sheet.name, address));
        }
    }
    values.set(sheet.name, map);
  }
  return values;
}

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A number as Excel writes it: 17 significant digits, trailing zeros dropped. */
function excelNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const [mantissa, exponent] = n.toPrecision(17).split("e");
  const trimmed = mantissa.includes(".")
    ? mantissa.replace(/0+$/, "").replace(/\.$/, "")
    : mantissa;
  return exponent ? `${trimmed}E${exponent}` : trimmed;
}

class SharedStrings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  add(text: string): number {
    let k = this.index.get(text);
    if (k === undefined) {
      k = this.list.length;
      this.list.push(text);
      this.index.set(text, k);
    }
    return k;
  }
}

/** A value's type attribute and <v> text: constants of text as shared strings, results as t="str". */
function valueXml(value: CellResult, strings: SharedStrings, isResult: boolean): [string, string] {
  if (value === null) return ["", ""];
  if (isErrorValue(value)) return [' t="e"', `<v>${value.error}</v>`];
  if (typeof value === "boolean") return [' t="b"', `<v>${value ? 1 : 0}</v>`];
  if (typeof value === "number") return ["", `<v>${excelNumber(value)}</v>`];
  if (isResult) return [' t="str"', `<v>${xml(value)}</v>`];
  return [' t="s"', `<v>${strings.add(value)}</v>`];
}

function sheetXml(
  sheet: FixtureSheet,
  values: Map<string, CellResult>,
  strings: SharedStrings
): string {
  const byAddress = new Map(sheet.cells.map((c) => [c.address, c]));
  const spilled = new Set<string>();
  for (const cell of sheet.cells)
    if (cell.spill)
      for (let r = 0; r < cell.spill.rows; r++)
        for (let c = 0; c < cell.spill.columns; c++)
          if (r || c) {
            const { row, col } = parseCell(cell.address);
            spilled.add(cellAddress(row + r, col + c));
          }
  const addresses = [...byAddress.keys(), ...spilled].map((a) => ({ a, ...parseCell(a) }));
  addresses.sort((p, q) => p.row - q.row || p.col - q.col);
  const rows = new Map<number, string[]>();
  for (const { a, row } of addresses) {
    const cell = byAddress.get(a);
    const value = values.get(a) ?? null;
    let out: string;
    if (!cell) {
      const [t, v] = valueXml(value, strings, true);
      out = `<c r="${a}"${t}>${v}</c>`;
    } else if (!cell.formula) {
      const [t, v] = valueXml(cell.value ?? null, strings, false);
      out = `<c r="${a}"${t}>${v}</c>`;
    } else {
      const storage = cell.storage ?? "normal";
      const text = xml(cell.stored as string);
      if (storage === "stuck") {
        out = `<c r="${a}" t="e" cm="1"><f t="array" aca="1" ref="${a}" ca="1">${text}</f><v>#NAME?</v></c>`;
      } else {
        const [t, v] = valueXml(value, strings, true);
        if (storage === "dynamic") {
          const { rows: h, columns: w } = cell.spill ?? { rows: 1, columns: 1 };
          const { row: r0, col: c0 } = parseCell(a);
          const ref = `${a}${h * w > 1 ? `:${cellAddress(r0 + h - 1, c0 + w - 1)}` : ""}`;
          out = `<c r="${a}"${t} cm="1"><f t="array" ref="${ref}">${text}</f>${v}</c>`;
        } else if (storage === "normal") {
          out = `<c r="${a}"${t}><f>${text}</f>${v}</c>`;
        } else {
          const f = storage.ref
            ? `<f t="shared" ref="${storage.ref}" si="${storage.shared}">${text}</f>`
            : `<f t="shared" si="${storage.shared}"/>`;
          out = `<c r="${a}"${t}>${f}${v}</c>`;
        }
      }
    }
    if (!rows.has(row)) rows.set(row, []);
    rows.get(row)!.push(out);
  }
  const first = addresses[0];
  const last = addresses.reduce(
    (m, p) => ({ row: Math.max(m.row, p.row), col: Math.max(m.col, p.col) }),
    {
      row: 0,
      col: 0,
    }
  );
  const dimension = `${first.a}:${cellAddress(last.row, last.col)}`;
  const rowXml = Array.from(rows, ([row, cells]) => {
    const cols = cells.map((c) => parseCell(/r="([^"]+)"/.exec(c)![1]).col + 1);
    return `<row r="${row + 1}" spans="${Math.min(...cols)}:${Math.max(...cols)}" x14ac:dyDescent="0.2">${cells.join("")}</row>`;
  }).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr baseColWidth="10" defaultRowHeight="16" x14ac:dyDescent="0.2"/>` +
    `<sheetData>${rowXml}</sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEADER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const KINERJA_IDS = [
  "AHP_CHECK",
  "AHP_CR",
  "AHP_WEIGHTS",
  "KINERJA_OMAX_LEVEL",
  "KPI_ACHIEVEMENT",
  "KPI_WEIGHTCHECK",
  "OMAX_INDEX",
  "TRAFFIC",
];

async function main(): Promise<void> {
  const values = computeValues();
  const strings = new SharedStrings();
  const sheets = SHEETS.map((sheet) => sheetXml(sheet, values.get(sheet.name)!, strings));
  const zip = new JSZip();
  const date = new Date(Date.UTC(2026, 0, 1));
  const add = (name: string, text: string) => zip.file(name, text, { date });
  add(
    "[Content_Types].xml",
    `${HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      SHEETS.map(
        (_, k) =>
          `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      ).join("") +
      `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/><Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`
  );
  add(
    "_rels/.rels",
    `${HEADER}<Relationships xmlns="${PKG}"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId4" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`
  );
  add(
    "docProps/app.xml",
    `${HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
  add(
    "docProps/core.xml",
    `${HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Kinerja fixture</dc:creator><cp:lastModifiedBy>Kinerja fixture</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>`
  );
  add(
    "xl/workbook.xml",
    `${HEADER}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="10322"/><workbookPr defaultThemeVersion="202300"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28040" windowHeight="17180"/></bookViews><sheets>` +
      SHEETS.map((s, k) => `<sheet name="${s.name}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join(
        ""
      ) +
      `</sheets><externalReferences><externalReference r:id="rId9"/></externalReferences><calcPr calcId="191029"/></workbook>`
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `${HEADER}<Relationships xmlns="${PKG}">` +
      SHEETS.map(
        (_, k) =>
          `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`
      ).join("") +
      `<Relationship Id="rId5" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId6" Type="${REL}/sheetMetadata" Target="metadata.xml"/><Relationship Id="rId7" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId9" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>`
  );
  sheets.forEach((text, k) => add(`xl/worksheets/sheet${k + 1}.xml`, text));
  add(
    "xl/sharedStrings.xml",
    `${HEADER}<sst xmlns="${MAIN}" count="${strings.list.length}" uniqueCount="${strings.list.length}">` +
      strings.list
        .map((s) =>
          // One header as rich text, as Excel stores a cell whose words are formatted apart.
          s === "Global weight"
            ? `<si><r><rPr><b/><sz val="12"/></rPr><t>Global</t></r><r><rPr><sz val="12"/></rPr><t xml:space="preserve"> weight</t></r></si>`
            : `<si><t>${xml(s)}</t></si>`
        )
        .join("") +
      `</sst>`
  );
  add(
    "xl/metadata.xml",
    `${HEADER}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`
  );
  add(
    "xl/styles.xml",
    `${HEADER}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="12"/><name val="Aptos Narrow"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
  add(
    "xl/externalLinks/externalLink1.xml",
    `${HEADER}<externalLink xmlns="${MAIN}"><externalBook xmlns:r="${REL}" r:id="rId1"/></externalLink>`
  );
  add(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `${HEADER}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///C:\\Program%20Files\\Microsoft%20Office\\root\\Office16\\Library\\Analysis\\FUNCRES.XLAM" TargetMode="External"/></Relationships>`
  );
  add(
    "xl/webextensions/taskpanes.xml",
    `${HEADER}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
  );
  add(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `${HEADER}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`
  );
  add(
    "xl/webextensions/webextension1.xml",
    `${HEADER}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6D5B3E2A-0F5C-4D0A-9A57-3F1E2A4B5C6D}"><we:reference id="00000000-0000-0000-0000-000000000000" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties/><we:bindings/><we:snapshot xmlns:r="${REL}"/><we:extLst><a:ext xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" uri="{7C84B067-C214-45C3-A712-C9D94CD141B2}"><we:customFunctionIdList>` +
      KINERJA_IDS.map((id) => `<we:customFunctionIds>_xldudf_${id}</we:customFunctionIds>`).join(
        ""
      ) +
      `</we:customFunctionIdList></a:ext></we:extLst></we:webextension>`
  );
  const file = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  const target = join(__dirname, "..", "test", "fixtures", "audit", "excel-saved.xlsx");
  writeFileSync(target, file);
  console.log(`Wrote ${target} (${file.length} bytes)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
