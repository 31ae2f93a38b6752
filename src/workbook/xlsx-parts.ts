/**
 * Reading an .xlsx package's parts, where exceljs does not reach: its text, XML's escapes undone,
 * and which part holds each sheet. Used by the .xlsx writer (the parts exceljs cannot write) and by
 * the tests and scripts that read a saved file's XML as it is.
 */
import type JSZip from "jszip";

/** A part's text; a part the package should have and does not is an error naming it. */
export async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`part ${path} is missing from the saved file`);
  return file.async("string");
}

/** XML text with its entities and character references unescaped. */
export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
}

/** Sheet name → its part in the zip, in the workbook's order, from xl/workbook.xml and its relationships. */
export async function worksheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbookXml = await readText(zip, "xl/workbook.xml");
  const relsXml = await readText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && id && targets.has(id))
      parts.set(unescapeXml(name), targets.get(id) as string);
  }
  return parts;
}
