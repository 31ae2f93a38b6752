/**
 * Hostile files, made in the test: a zip writer that writes whatever its caller declares (sizes,
 * checksums, flags), so an archive can lie the way an attacker's would, and a minimal workbook
 * around a sheet's XML. Nothing here is committed as a binary.
 */
import * as zlib from "zlib";

export interface CraftedEntry {
  name: string;
  /** The bytes as stored in the archive (already deflated when method is 8). */
  stored: Buffer;
  method: 0 | 8;
  /** The inflated size the directory declares. */
  size: number;
  crc: number;
  flags?: number;
}

/** An entry deflated honestly. */
export function entry(name: string, content: string | Buffer): CraftedEntry {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return {
    name,
    stored: zlib.deflateRawSync(data),
    method: 8,
    size: data.length,
    // zlib.crc32 arrived in Node 20.15; the reader checks checksums only where it exists too.
    crc: ((zlib as { crc32?: (data: Buffer) => number }).crc32?.(data) ?? 0) >>> 0,
  };
}

/** A zip archive of the entries exactly as declared (no ZIP64, one disk). */
export function zipOf(
  entries: readonly CraftedEntry[],
  { entryCount }: { entryCount?: number } = {}
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  // The fields both headers share, from "version needed" on: at 4 in the local header, 6 in the central one.
  const common = (header: Buffer, at: number, e: CraftedEntry, nameLength: number) => {
    header.writeUInt16LE(20, at);
    header.writeUInt16LE((e.flags ?? 0) | 0x800, at + 2);
    header.writeUInt16LE(e.method, at + 4);
    header.writeUInt32LE(e.crc, at + 10);
    header.writeUInt32LE(e.stored.length, at + 14);
    header.writeUInt32LE(e.size, at + 18);
    header.writeUInt16LE(nameLength, at + 22);
  };
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4, e, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    common(central, 6, e, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.stored);
    centrals.push(central, name);
    offset += 30 + name.length + e.stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(0xffff, entryCount ?? entries.length), 8);
  end.writeUInt16LE(Math.min(0xffff, entryCount ?? entries.length), 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a one-sheet workbook named "Sheet1" whose sheet XML is `sheetData` (inside <sheetData>). */
export function workbookEntries(
  sheetData: string,
  { workbookRels = "", contentTypes = "" }: { workbookRels?: string; contentTypes?: string } = {}
): CraftedEntry[] {
  return [
    entry(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${contentTypes}</Types>`
    ),
    entry(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    entry(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${SPREADSHEET}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    entry(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/>${workbookRels}</Relationships>`
    ),
    entry(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${SPREADSHEET}"><sheetData>${sheetData}</sheetData></worksheet>`
    ),
  ];
}

/** A one-sheet workbook file. */
export function workbookFile(
  sheetData: string,
  options?: Parameters<typeof workbookEntries>[1]
): Buffer {
  return zipOf(workbookEntries(sheetData, options));
}

/**
 * A raw deflate stream that inflates to `chunks` × 8 MiB of zeros while itself staying small (about
 * 8 KiB per chunk): flushed, non-final blocks of one compressed chunk repeated, then a final empty block.
 */
export function deflatedZeros(chunks: number): { stored: Buffer; size: number } {
  const chunk = zlib.deflateRawSync(Buffer.alloc(8 * 2 ** 20), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  });
  const end = zlib.deflateRawSync(Buffer.alloc(0));
  return {
    stored: Buffer.concat([...Array.from({ length: chunks }, () => chunk), end]),
    size: chunks * 8 * 2 ** 20,
  };
}
