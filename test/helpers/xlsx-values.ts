/**
 * Reads the values stored in an .xlsx straight from its sheet XML: for each sheet, each cell's
 * stored value (numbers, text, booleans, errors as { error }) and its formula text, if any.
 *
 * Straight from the XML because exceljs, reading a file back, drops a formula's cached 0 (and an
 * empty text result), which would hide exactly the values these tests compare.
 */
import JSZip from "jszip";
import { unescapeXml, worksheetPartsByName } from "../../src/workbook/xlsx-parts";

export type StoredValue = string | number | boolean | { error: string } | null;

export interface StoredCell {
  value: StoredValue;
  /** The formula as stored (no "="), for the cell that holds one; spilled cells have none. */
  formula?: string;
}

/** The text of every <t> inside an element (a shared string or an inline string may be rich text). */
function textOf(xml: string): string {
  return Array.from(xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g), (m) => unescapeXml(m[1])).join(
    ""
  );
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes);
  return match ? unescapeXml(match[1]) : undefined;
}

/** Sheet name → address → stored cell. */
export async function readStoredCells(
  buffer: Buffer | Uint8Array
): Promise<Map<string, Map<string, StoredCell>>> {
  const zip = await JSZip.loadAsync(buffer);
  const read = async (path: string): Promise<string | undefined> => zip.file(path)?.async("string");
  const sharedXml = (await read("xl/sharedStrings.xml")) ?? "";
  const shared = Array.from(sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g), (m) => textOf(m[1]));

  const sheets = new Map<string, Map<string, StoredCell>>();
  for (const [name, path] of await worksheetPartsByName(zip)) {
    const xml = (await read(path)) ?? "";
    const cells = new Map<string, StoredCell>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, attributes, inner = ""] = c;
      const address = attribute(attributes, "r") as string;
      const type = attribute(attributes, "t") ?? "n";
      const formula = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1];
      const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: StoredValue = null;
      if (type === "inlineStr") value = textOf(inner);
      else if (raw !== undefined) {
        const text = unescapeXml(raw);
        if (type === "s") value = shared[Number(text)];
        else if (type === "str") value = text;
        else if (type === "b") value = text === "1";
        else if (type === "e") value = { error: text };
        else value = text === "" ? null : Number(text);
      } else if (type === "str") value = "";
      cells.set(
        address,
        formula === undefined ? { value } : { value, formula: unescapeXml(formula) }
      );
    }
    sheets.set(name, cells);
  }
  return sheets;
}
