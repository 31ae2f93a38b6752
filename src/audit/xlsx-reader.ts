/**
 * Reads what an .xlsx file stores — each cell's formula as written in the file and the value last
 * computed for it — through the bounded zip reader and a streaming XML parser (saxes), counting
 * cells, rows and formula lengths as it goes so that a hostile sheet is refused at a limit rather
 * than read to the end.
 *
 * Not exceljs: it loads the whole archive through JSZip without bounds, drops the cell-metadata
 * mark (cm) that tells a dynamic-array formula from a legacy one, and builds a styled model of every
 * cell that an audit does not need. saxes does not expand DTD entities (an entity bomb is a parse
 * error), and a DTD is refused outright: Office never writes one.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { cellAddress, columnIndex, parseCell } from "../sheet/a1";
import type { CellResult, ErrorValue } from "../formula";
import type { Text } from "../sheet/text";
import { Deadline, UnreadableFile, type ReadLimits } from "./limits";
import { both, count } from "./words";
import { shiftFormula } from "./formula-text";
import { ZipArchive } from "./zip";

/**
 * A cell as the file stores it. It has no `formula` field on purpose: the formula engine reads it as
 * a constant (its stored value), which is what re-performing from stored inputs needs.
 */
export interface StoredCell {
  /** The value stored (for a formula, the result last computed); null when none. */
  value: CellResult;
  /** The formula in the file's syntax, without "=" (_xlfn. prefixes and all). */
  fileFormula?: string;
  /** An array formula's range (t="array" ref), from this cell. */
  arrayRange?: string;
  /** Marked with cell metadata (cm): a dynamic-array formula in Excel 365. */
  dynamic?: boolean;
}

export interface StoredSheet {
  name: string;
  /** By address: A1 style, upper case. */
  cells: Map<string, StoredCell>;
  /** The used range's corners (0-based); null for an empty sheet. */
  bounds: { top: number; left: number; bottom: number; right: number } | null;
}

export interface StoredWorkbook {
  sheets: StoredSheet[];
  /** docProps/app.xml's Application ("Microsoft Excel", "LibreOffice/…"), when stored. */
  application: string | null;
  /** docProps/core.xml's dc:language ("id-ID"), when stored. */
  language: string | null;
  /** Other workbooks the file links to (externalLink parts): never opened. */
  externalLinks: number;
}

const MACRO_CONTENT = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const RELATIONSHIP_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
/** Excel's error values: #NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A and the newer #SPILL!, #BUSY!, … */
const ERROR_CODE = /^#(?:[A-Z]+[!?]|N\/A|DIV\/0!|GETTING_DATA)$/;
/** Excel's grid: XFD1048576. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Reads an .xlsx file's sheets within `limits`; throws UnreadableFile with the reason otherwise. */
export function readWorkbookFile(
  file: Buffer,
  limits: ReadLimits,
  deadline = new Deadline(limits.milliseconds)
): StoredWorkbook {
  const zip = new ZipArchive(file, limits);
  refuseMacros(zip);
  const workbookPart = officeDocument(zip);
  const relations = relationships(zip, workbookPart);
  const strings = sharedStrings(zip, relations, limits);
  const counter = { cells: 0 };
  const sheets = sheetList(zip, workbookPart).map(({ name, id }) => {
    const target = relations.get(id);
    if (!target || !/worksheet$/.test(target.type) || !zip.has(target.path))
      return { name, cells: new Map(), bounds: null };
    deadline.check();
    return readSheet(zip, target.path, name, strings, limits, counter, deadline);
  });
  return {
    sheets,
    application: propertyText(zip, "docProps/app.xml", "Application"),
    language: propertyText(zip, "docProps/core.xml", "dc:language"),
    externalLinks: Array.from(relations.values()).filter((r) => /externalLink$/.test(r.type))
      .length,
  };
}

// ---------------------------------------------------------------------------------------------
// Parts and relationships

function refuseMacros(zip: ZipArchive): void {
  const names = zip.names();
  const types = zip.has("[Content_Types].xml") ? zip.text("[Content_Types].xml") : "";
  if (names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n)) || types.includes(MACRO_CONTENT))
    throw new UnreadableFile({
      id: "buku kerja ini berisi makro (vbaProject.bin); Kinerja tidak membaca buku kerja bermakro — simpan sebagai .xlsx (tanpa makro) lalu audit berkas itu",
      en: "the workbook contains macros (vbaProject.bin); Kinerja does not read macro-enabled workbooks — save it as .xlsx (without macros) and audit that",
    });
  if (names.some((n) => /(^|\/)workbook\.bin$/i.test(n)))
    throw new UnreadableFile({
      id: "buku kerja biner (.xlsb) tidak dibaca; simpan sebagai .xlsx",
      en: "binary workbooks (.xlsb) are not read; save it as .xlsx",
    });
}

/** The workbook part's path, from the package relationships (xl/workbook.xml as a rule). */
function officeDocument(zip: ZipArchive): string {
  const rels = relationships(zip, "");
  const main = Array.from(rels.values()).find((r) => /\/officeDocument$/.test(r.type));
  const path = main?.path ?? "xl/workbook.xml";
  if (!zip.has(path))
    throw new UnreadableFile({
      id: "bukan buku kerja Excel (tidak ada xl/workbook.xml)",
      en: "not an Excel workbook (no xl/workbook.xml)",
    });
  return path;
}

interface Relation {
  type: string;
  path: string;
}

/** A part's relationships by id, each target resolved to a path inside the zip. */
function relationships(zip: ZipArchive, part: string): Map<string, Relation> {
  const slash = part.lastIndexOf("/");
  const folder = part.slice(0, slash + 1);
  const relsPath = `${folder}_rels/${part.slice(slash + 1)}.rels`;
  const out = new Map<string, Relation>();
  if (!zip.has(relsPath)) return out;
  parseXml(zip.text(relsPath), relsPath, {
    open(tag) {
      if (localName(tag.name) !== "Relationship") return;
      const { Id, Type, Target, TargetMode } = tag.attributes;
      if (!Id || !Type || !Target) return;
      const type = Type.replace(RELATIONSHIP, "").replace(RELATIONSHIP_STRICT, "");
      const path = TargetMode === "External" ? "" : resolvePath(folder, Target);
      out.set(Id, { type, path });
    },
  });
  return out;
}

/** "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root. */
function resolvePath(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function sheetList(zip: ZipArchive, workbookPart: string): { name: string; id: string }[] {
  const sheets: { name: string; id: string }[] = [];
  parseXml(zip.text(workbookPart), workbookPart, {
    open(tag) {
      if (localName(tag.name) !== "sheet") return;
      const id = Object.entries(tag.attributes).find(([k]) => localName(k) === "id")?.[1];
      if (tag.attributes.name && id) sheets.push({ name: tag.attributes.name, id });
    },
  });
  return sheets;
}

function sharedStrings(
  zip: ZipArchive,
  relations: Map<string, Relation>,
  limits: ReadLimits
): string[] {
  const part = Array.from(relations.values()).find((r) => /sharedStrings$/.test(r.type))?.path;
  if (!part || !zip.has(part)) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(zip.text(part), part, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "si") {
        current = "";
        if (strings.length >= limits.cells) tooMany(limits.cells);
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
    close(name) {
      if (name === "si" && current !== null) {
        strings.push(current);
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
  });
  return strings;
}

/** The text of one element of a docProps part, or null. */
function propertyText(zip: ZipArchive, part: string, element: string): string | null {
  if (!zip.has(part)) return null;
  let inside = false;
  let value: string | null = null;
  parseXml(zip.text(part), part, {
    open(tag) {
      inside = tag.name === element;
    },
    text(text) {
      if (inside) value = (value ?? "") + text;
    },
    close() {
      inside = false;
    },
  });
  return value === null ? null : (value as string).trim() || null;
}

// ---------------------------------------------------------------------------------------------
// One worksheet

interface SharedFormula {
  row: number;
  col: number;
  formula: string;
}

/** The cell being read, reused from one <c> to the next. */
interface OpenCell {
  address: string;
  row: number;
  col: number;
  type: string;
  dynamic: boolean;
  value: string | null;
  formula: string | null;
  formulaType: string;
  ref: string | null;
  si: string | null;
}

const CANONICAL_ADDRESS = /^([A-Z]{1,3})([1-9]\d{0,6})$/;

function readSheet(
  zip: ZipArchive,
  path: string,
  name: string,
  strings: readonly string[],
  limits: ReadLimits,
  counter: { cells: number },
  deadline: Deadline
): StoredSheet {
  const cells = new Map<string, StoredCell>();
  const masters = new Map<string, SharedFormula>();
  const sharers: { cell: StoredCell; row: number; col: number; si: string }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let rows = 0;
  let row = -1;
  let col = -1;
  let open = false;
  const cell: OpenCell = {
    address: "",
    row: 0,
    col: 0,
    type: "n",
    dynamic: false,
    value: null,
    formula: null,
    formulaType: "normal",
    ref: null,
    si: null,
  };
  let reading: "v" | "f" | "t" | null = null;
  let phonetic = 0;

  const where = (address: string) => `${name}!${address}`;
  const finishCell = (): void => {
    open = false;
    const c = cell;
    const stored: StoredCell = { value: storedValue(c.type, c.value, strings, name, c.address) };
    if (c.formula !== null && c.formulaType !== "dataTable") {
      const formula = c.formula;
      if (formula.length > limits.formulaChars)
        throw new UnreadableFile(
          both((lang) =>
            lang === "id"
              ? `rumus di ${where(c.address)} panjangnya ${count(formula.length, lang)} karakter, melebihi batas Excel ${count(limits.formulaChars, lang)}`
              : `the formula in ${where(c.address)} is ${count(formula.length, lang)} characters long, over Excel's limit of ${count(limits.formulaChars, lang)}`
          )
        );
      if (c.formulaType === "shared" && c.si !== null) {
        if (formula !== "") masters.set(c.si, { row: c.row, col: c.col, formula });
        else sharers.push({ cell: stored, row: c.row, col: c.col, si: c.si });
      }
      if (formula !== "") stored.fileFormula = formula;
      if (c.formulaType === "array" && c.ref) stored.arrayRange = c.ref;
    }
    if (c.dynamic) stored.dynamic = true;
    if (stored.value === null && stored.fileFormula === undefined && c.si === null) return;
    cells.set(c.address, stored);
    if (++counter.cells > limits.cells) tooMany(limits.cells);
    if (counter.cells % 20_000 === 0) deadline.check();
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  };

  /** The <c> element's position: its r attribute (canonical as Excel writes it) or the next column. */
  const place = (r: string | undefined): void => {
    const canonical = r === undefined ? null : CANONICAL_ADDRESS.exec(r);
    if (canonical) {
      cell.address = r as string;
      cell.row = Number(canonical[2]) - 1;
      cell.col = columnIndex(canonical[1]);
    } else {
      let position: { row: number; col: number };
      try {
        position = r === undefined ? { row, col: col + 1 } : parseCell(r);
      } catch {
        return badAddress(where(String(r)));
      }
      cell.row = position.row;
      cell.col = position.col;
      cell.address = cellAddress(position.row, position.col);
    }
    if (cell.row < 0 || cell.row >= MAX_ROW || cell.col >= MAX_COLUMN)
      badAddress(where(cell.address));
    row = cell.row;
    col = cell.col;
  };

  parseXml(zip.text(path), path, {
    open(tag) {
      const a = tag.attributes;
      switch (localName(tag.name)) {
        case "row":
          row = a.r ? Number(a.r) - 1 : row + 1;
          col = -1;
          if (!Number.isInteger(row) || row < 0 || row >= MAX_ROW) badAddress(where(`row ${a.r}`));
          if (++rows > limits.rows)
            throw new UnreadableFile(
              both((lang) =>
                lang === "id"
                  ? `lembar “${name}” berisi lebih dari ${count(limits.rows, lang)} baris`
                  : `sheet “${name}” has more than ${count(limits.rows, lang)} rows`
              )
            );
          return;
        case "c":
          place(a.r);
          open = true;
          cell.type = a.t ?? "n";
          cell.dynamic = a.cm !== undefined;
          cell.value = null;
          cell.formula = null;
          cell.formulaType = "normal";
          cell.ref = null;
          cell.si = null;
          return;
        case "f":
          if (!open) return;
          cell.formula = "";
          cell.formulaType = a.t ?? "normal";
          cell.ref = a.ref ?? null;
          cell.si = a.si ?? null;
          reading = "f";
          return;
        case "v":
          if (!open) return;
          cell.value = "";
          reading = "v";
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (!open || phonetic > 0) return;
          cell.value ??= "";
          reading = "t";
          return;
        default:
          return;
      }
    },
    text(text) {
      if (!open || reading === null) return;
      if (reading === "f") cell.formula += text;
      else cell.value += text;
    },
    close(tagName) {
      switch (tagName) {
        case "c":
          return open ? finishCell() : undefined;
        case "rPh":
          phonetic--;
          return;
        case "f":
        case "v":
        case "t":
          reading = null;
          return;
        default:
          return;
      }
    },
  });

  // Cells sharing a formula hold it shifted by their distance from the cell that states it.
  for (const { cell: stored, row: r, col: c, si } of sharers) {
    const master = masters.get(si);
    if (master) stored.fileFormula = shiftFormula(master.formula, r - master.row, c - master.col);
  }
  if (bottom < 0) return { name, cells, bounds: null };
  const area = (bottom - top + 1) * (right - left + 1);
  if (area > limits.area)
    throw new UnreadableFile(
      both((lang) =>
        lang === "id"
          ? `lembar “${name}” membentang ${count(bottom - top + 1, lang)} baris × ${count(right - left + 1, lang)} kolom, melebihi batas ${count(limits.area, lang)} sel`
          : `sheet “${name}” spans ${count(bottom - top + 1, lang)} rows × ${count(right - left + 1, lang)} columns, over the ${count(limits.area, lang)}-cell limit`
      )
    );
  return { name, cells, bounds: { top, left, bottom, right } };
}

function storedValue(
  type: string,
  text: string | null,
  strings: readonly string[],
  sheet: string,
  address: string
): CellResult {
  if (text === null) return null;
  switch (type) {
    case "s": {
      const s = strings[Number(text)];
      if (s === undefined) badValue(`${sheet}!${address}`);
      return s;
    }
    case "str":
    case "inlineStr":
    case "d":
      return text;
    case "b":
      return text === "1" || text.toLowerCase() === "true";
    case "e":
      return ERROR_CODE.test(text)
        ? ({ error: text as ErrorValue["error"] } satisfies ErrorValue)
        : badValue(`${sheet}!${address}`);
    default: {
      if (text.trim() === "") return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : badValue(`${sheet}!${address}`);
    }
  }
}

function badValue(where: string): never {
  throw new UnreadableFile({
    id: `nilai tersimpan di ${where} rusak`,
    en: `the value stored in ${where} is damaged`,
  });
}

function badAddress(where: string): never {
  throw new UnreadableFile({
    id: `alamat sel tidak sah di ${where}`,
    en: `a cell address outside the grid at ${where}`,
  });
}

function tooMany(limit: number): never {
  throw new UnreadableFile(
    both((lang) =>
      lang === "id"
        ? `buku kerja berisi lebih dari ${count(limit, lang)} sel`
        : `the workbook has more than ${count(limit, lang)} cells`
    )
  );
}

// ---------------------------------------------------------------------------------------------
// XML

interface XmlHandlers {
  open(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Parses one part; a malformed part or a DTD is an unreadable file naming the part. */
function parseXml(xml: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  const fail = (detail: Text): never => {
    throw new UnreadableFile({
      id: `bagian ${part} bukan XML yang sah (${detail.id})`,
      en: `part ${part} is not well-formed XML (${detail.en})`,
    });
  };
  parser.on("doctype", () =>
    fail({
      id: "berisi DTD, yang tidak pernah ditulis Office",
      en: "it has a DTD, which Office never writes",
    })
  );
  parser.on("opentag", (tag) => handlers.open(tag as SaxesTagPlain));
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  if (handlers.close) {
    const onClose = handlers.close;
    parser.on("closetag", (tag) => onClose(localName(tag.name)));
  }
  parser.on("error", (error) => fail({ id: error.message, en: error.message }));
  parser.write(xml).close();
}

/** "x:row" → "row": Strict and transitional files may prefix the SpreadsheetML namespace. */
function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
