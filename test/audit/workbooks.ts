/**
 * Workbooks for the audit tests: written by Kinerja's CLI writer, and the same files tampered with
 * by editing a sheet's XML inside the zip — as someone changing a stored value, typing over a
 * formula, or changing an input in a program that does not recalculate would.
 */
import JSZip from "jszip";
import { buildPlan, DEFAULT_OPTIONS } from "../../src/templates";
import type { CellPlan, Lang, TemplateId, WorkbookPlan } from "../../src/sheet/plan";
import { writePlanToXlsxWithNames } from "../../src/workbook/xlsx-writer";

export interface CliWorkbook {
  plan: WorkbookPlan;
  file: Buffer;
  /** Plan sheet key → the sheet's name in the file. */
  names: Map<string, string>;
}

/**
 * A template as `npm run cli -- template` writes it (Kinerja's functions in the cells); `edit` may
 * change the plan first — typed inputs the writer then computes with, as a recalculated file has.
 */
export async function cliWorkbook(
  id: TemplateId,
  lang: Lang,
  example = true,
  edit: (plan: WorkbookPlan) => void = () => undefined
): Promise<CliWorkbook> {
  const plan = buildPlan(id, { ...DEFAULT_OPTIONS, example, lang, year: 2026 });
  edit(plan);
  const written = await writePlanToXlsxWithNames(plan, { now: new Date(Date.UTC(2026, 0, 1)) });
  return {
    plan,
    file: written.buffer,
    names: new Map(written.sheets.map((s) => [s.key, s.name])),
  };
}

/** The first cell of a plan sheet matching `test` (e.g. the first KPI.ACHIEVEMENT formula). */
export function findCell(
  plan: WorkbookPlan,
  sheetKey: string,
  test: (cell: CellPlan) => boolean
): CellPlan {
  const sheet = plan.sheets.find((s) => s.key === sheetKey);
  const cell = sheet?.cells.find(test);
  if (!cell) throw new Error(`no such cell on ${sheetKey}`);
  return cell;
}

/** The zip path of the sheet named `name`. */
async function sheetPath(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const sheet = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rel = new RegExp(`<Relationship [^>]*Id="${sheet[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  return `xl/${rel![1].replace(/^\/?xl\//, "")}`;
}

/** The file with one sheet's XML edited. */
export async function tamper(
  file: Buffer,
  sheet: string,
  edit: (xml: string) => string
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file);
  const part = await sheetPath(zip, sheet);
  const xml = await zip.file(part)!.async("string");
  const edited = edit(xml);
  if (edited === xml) throw new Error(`the edit changed nothing in ${sheet}`);
  zip.file(part, edited);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The <c> element of `address` in a sheet's XML. */
function cellPattern(address: string): RegExp {
  return new RegExp(`<c r="${address}"(?:[^>]*?/>|[^>]*>[\\s\\S]*?</c>)`);
}

/** A plan cell's typed value changed (the cell must hold a constant). */
export function setPlanValue(
  plan: WorkbookPlan,
  sheetKey: string,
  address: string,
  value: number | string
): void {
  const cell = findCell(plan, sheetKey, (c) => c.address === address);
  if (cell.formula) throw new Error(`${sheetKey}!${address} holds a formula`);
  cell.value = value;
}

/** The file's <c> of `address` rebuilt from its opening tag (type dropped) and its <f>, if any. */
const rebuildCell =
  (address: string, build: (open: string, formula: string) => string) =>
  (xml: string): string =>
    xml.replace(cellPattern(address), (cell) => {
      const open = /^<c [^>]*?(?=\/?>)/.exec(cell)![0].replace(/ t="[^"]*"/, "");
      const formula = /<f[\s\S]*?(?:\/>|<\/f>)/.exec(cell)?.[0] ?? "";
      return build(open, formula);
    });

/** A cell's stored value (<v>) set to a number; its formula, if any, is kept. */
export const setStoredNumber = (address: string, value: number) =>
  rebuildCell(address, (open, formula) => `${open}>${formula}<v>${value}</v></c>`);

/** A cell's stored value set to an error (its formula kept), as a file saved mid-calculation has. */
export const setStoredError = (address: string, error: string) =>
  rebuildCell(address, (open, formula) => `${open} t="e">${formula}<v>${error}</v></c>`);

/** A cell's formula removed and a typed number left in its place, as typing over it does. */
export const typeOverFormula = (address: string, value: number) =>
  rebuildCell(address, (open) => `${open}><v>${value}</v></c>`);
