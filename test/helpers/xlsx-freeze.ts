/**
 * A copy of an .xlsx in which chosen formula cells are replaced by the values stored for them, so
 * that another spreadsheet can recalculate everything else. LibreOffice does not know Kinerja's
 * custom functions (AHP.*, OMAX.*, KPI.*, TRAFFIC*): with those cells frozen to the writer's cached
 * values, every native formula — including the ones that read a custom function's result — can be
 * recalculated and compared.
 *
 * The sheet XML is edited directly (JSZip), not re-saved by exceljs: exceljs reading a file back
 * drops a formula's cached 0 and empty text (see xlsx-values.ts), and a round trip would also
 * rewrite parts the check should see exactly as the writer made them.
 */
import JSZip from "jszip";
import { callsKinerja, readableFormula } from "../../src/audit/formula-text";
import { parseCell, parseRange } from "../../src/sheet/a1";
import { unescapeXml, worksheetPartsByName } from "../../src/workbook/xlsx-parts";

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
}

/**
 * One cell's XML with its formula removed and its cached value kept as a constant: numbers, booleans
 * and errors keep their type; a formula's text result (t="str", only valid with a formula) becomes
 * an inline string, the empty text ="" . `cm` (the dynamic-array mark) goes with the formula.
 */
function frozenCell(attributes: string, inner: string): string {
  const type = attribute(attributes, "t");
  const kept = attributes.replace(/\s(?:t|cm|vm)="[^"]*"/g, "");
  const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (value === undefined) return `<c${kept}/>`;
  // An empty text constant reads as an empty cell in LibreOffice (=A1 would show 0): keep ="" instead,
  // a native formula whose result is the same empty text.
  if (type === "str" && value === "") return `<c${kept} t="str"><f>""</f><v></v></c>`;
  if (type === "str")
    return `<c${kept} t="inlineStr"><is><t xml:space="preserve">${value}</t></is></c>`;
  return `<c${kept}${type ? ` t="${type}"` : ""}><v>${value}</v></c>`;
}

/** The indices of the shared strings that are empty text. */
async function emptySharedStrings(zip: JSZip): Promise<Set<number>> {
  const xml = (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
  const empty = new Set<number>();
  let k = 0;
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    if (m[1].replace(/<[^>]*>/g, "") === "") empty.add(k);
    k++;
  }
  return empty;
}

/**
 * Returns a copy of `buffer` where every cell listed in `cells` (sheet name → addresses) holds its
 * stored value instead of its formula, and how many cells were frozen; the empty texts a frozen
 * dynamic array spilled (AHP.WEIGHTS's "" at a member not in use) stay empty text. A listed cell
 * without a formula in the file is an error: the caller's list and the file disagree.
 */
export async function freezeFormulaCells(
  buffer: Buffer | Uint8Array,
  cells: ReadonlyMap<string, ReadonlySet<string>>
): Promise<{ buffer: Buffer; frozen: number }> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = await worksheetPartsByName(zip);
  const emptyStrings = await emptySharedStrings(zip);
  let frozen = 0;
  for (const [sheetName, addresses] of cells) {
    if (addresses.size === 0) continue;
    const part = parts.get(sheetName);
    if (!part) throw new Error(`no sheet "${sheetName}" in the file`);
    const xml = (await zip.file(part)?.async("string")) as string;
    const seen = new Set<string>();
    const spills: { top: number; left: number; bottom: number; right: number }[] = [];
    const edited = xml.replace(
      /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g,
      (whole, attributes: string, inner: string | undefined) => {
        const address = attribute(attributes, "r") as string;
        if (!addresses.has(address)) return whole;
        if (!inner || !/<f\b/.test(inner))
          throw new Error(`${sheetName}!${address} has no formula in the file to freeze`);
        seen.add(address);
        frozen++;
        const spill = /<f\b[^>]*\bt="array"[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/.exec(inner)?.[1];
        if (spill) spills.push(parseRange(spill));
        return frozenCell(attributes, inner);
      }
    );
    // A spilled empty text (a shared string "") would read as an empty cell too: ="" as above.
    const inSpill = (address: string) => {
      const { row, col } = parseCell(address);
      return spills.some((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
    };
    const withEmptyText = edited.replace(
      /<c\b([^>]*?)>(<v>(\d+)<\/v>)<\/c>/g,
      (whole, attributes: string, _v: string, index: string) => {
        const address = attribute(attributes, "r") as string;
        if (attribute(attributes, "t") !== "s" || !emptyStrings.has(Number(index))) return whole;
        if (addresses.has(address) || !inSpill(address)) return whole;
        const kept = attributes.replace(/\st="[^"]*"/, "");
        return `<c${kept} t="str"><f>""</f><v></v></c>`;
      }
    );
    const missing = [...addresses].filter((a) => !seen.has(a));
    if (missing.length > 0)
      throw new Error(`${sheetName}: cells not in the file: ${missing.slice(0, 5).join(", ")}`);
    zip.file(part, withEmptyText);
  }
  return { buffer: await zip.generateAsync({ type: "nodebuffer" }), frozen };
}

/**
 * freezeFormulaCells on every cell whose formula calls one of Kinerja's custom functions: what a
 * spreadsheet without the add-in (LibreOffice printing a template) should show as Excel would on
 * opening, with every other formula still its own.
 */
export async function freezeKinerjaCells(
  buffer: Buffer | Uint8Array
): Promise<{ buffer: Buffer; frozen: number }> {
  const zip = await JSZip.loadAsync(buffer);
  const cells = new Map<string, Set<string>>();
  for (const [name, part] of await worksheetPartsByName(zip)) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const addresses = new Set<string>();
    for (const m of xml.matchAll(/<c\b([^>/]*)>([\s\S]*?)<\/c>/g)) {
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(m[2])?.[1];
      // In any form a file stores a call in (the audit's reading of stored formulas).
      const readable = formula && readableFormula(`=${unescapeXml(formula)}`, () => null).formula;
      if (readable && callsKinerja(readable)) addresses.add(attribute(m[1], "r") as string);
    }
    cells.set(name, addresses);
  }
  return freezeFormulaCells(buffer, cells);
}
