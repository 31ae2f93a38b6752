/**
 * A bounded reader for the zip container of an .xlsx file. Its central directory is checked — entry
 * count, declared sizes, compression ratio, where each entry lies — before any part is inflated, and
 * each part is inflated with Node's zlib under `maxOutputLength` equal to its declared size, so a
 * part that lies about its size stops at that size instead of filling the memory.
 *
 * Hand-written (about a hundred lines of central-directory parsing) because the zip libraries we
 * already ship cannot bound a read: JSZip parses the directory but keeps the declared sizes private
 * and inflates a whole entry (pako) before anything can look at its size; exceljs loads through
 * JSZip. Zlib does the inflating; only the directory records are read here.
 */
import * as zlib from "zlib";
import type { Text } from "../sheet/text";
import { checkFileSize, UnreadableFile, type ReadLimits } from "./limits";
import { both, count, mebibytes } from "./words";

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Below this, any ratio is harmless. */
const RATIO_FLOOR = 2 ** 20;

const refuse = (reason: Text): never => {
  throw new UnreadableFile(reason);
};

const corrupt = (what: string, apa: string): never =>
  refuse({
    id: `bukan berkas .xlsx yang utuh (arsip zip rusak: ${apa})`,
    en: `not a sound .xlsx file (damaged zip archive: ${what})`,
  });

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflated = 0;

  constructor(
    private readonly file: Buffer,
    private readonly limits: ReadLimits
  ) {
    checkFileSize(file.length, limits);
    if (file.length < 22 || file.readUInt32LE(0) !== LOCAL_SIGNATURE) {
      // An encrypted workbook or a legacy .xls is an OLE compound file, not a zip.
      const ole = file.length >= 8 && file.readUInt32BE(0) === 0xd0cf11e0;
      refuse(
        ole
          ? {
              id: "berkas ini terenkripsi (berkata sandi) atau berformat .xls lama; simpan sebagai .xlsx tanpa kata sandi",
              en: "the file is encrypted (password-protected) or a legacy .xls; save it as an .xlsx without a password",
            }
          : {
              id: "bukan berkas .xlsx (bukan arsip zip)",
              en: "not an .xlsx file (not a zip archive)",
            }
      );
    }
    this.readDirectory();
  }

  /** The names of the archive's entries. */
  names(): string[] {
    return Array.from(this.entries.keys());
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** A part's bytes, inflated within the limits; throws UnreadableFile past them. */
  read(name: string): Buffer {
    const entry = this.entries.get(name);
    if (!entry) return corrupt(`${name} is missing`, `${name} tidak ada`);
    if (entry.size > this.limits.partBytes)
      refuse(
        both((lang) =>
          lang === "id"
            ? `bagian ${name} berukuran ${mebibytes(entry.size)} setelah diekstrak, melebihi batas ${mebibytes(this.limits.partBytes)}`
            : `part ${name} is ${mebibytes(entry.size)} inflated, over the ${mebibytes(this.limits.partBytes)} limit`
        )
      );
    if (entry.size > RATIO_FLOOR && entry.size > this.limits.ratio * entry.compressedSize)
      refuse(
        both((lang) =>
          lang === "id"
            ? `bagian ${name} mengembang ${count(Math.round(entry.size / Math.max(1, entry.compressedSize)), lang)} kali saat diekstrak (batas ${count(this.limits.ratio, lang)}): bom zip`
            : `part ${name} inflates ${count(Math.round(entry.size / Math.max(1, entry.compressedSize)), lang)} times (limit ${count(this.limits.ratio, lang)}): a zip bomb`
        )
      );
    if (this.inflated + entry.size > this.limits.totalBytes)
      refuse(
        both((lang) =>
          lang === "id"
            ? `bagian-bagian yang dibaca melebihi batas total ${mebibytes(this.limits.totalBytes)} setelah diekstrak`
            : `the parts read come to more than the ${mebibytes(this.limits.totalBytes)} limit inflated`
        )
      );
    const data = this.compressedData(entry);
    let bytes: Buffer;
    if (entry.method === STORED) bytes = data;
    else {
      try {
        // One byte more than declared, so that a part longer than it says is seen as such.
        bytes = zlib.inflateRawSync(data, { maxOutputLength: entry.size + 1 });
      } catch (error) {
        const tooLarge = (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE";
        return tooLarge
          ? refuse({
              id: `bagian ${name} mengembang melebihi ukuran yang dinyatakannya (bom zip atau berkas rusak)`,
              en: `part ${name} inflates past the size it declares (a zip bomb or a damaged file)`,
            })
          : corrupt(`${name} does not inflate`, `${name} tidak dapat diekstrak`);
      }
    }
    if (bytes.length !== entry.size)
      corrupt(`${name} is not the size it declares`, `ukuran ${name} tidak sesuai`);
    // zlib.crc32 arrived in Node 20.15; on older versions the check is left to the XML parser.
    const crc32 = (zlib as { crc32?: (data: Buffer) => number }).crc32;
    if (crc32 && crc32(bytes) >>> 0 !== entry.crc)
      corrupt(`${name} fails its checksum`, `checksum ${name} salah`);
    this.inflated += entry.size;
    return bytes;
  }

  /** A part as UTF-8 text. */
  text(name: string): string {
    return this.read(name).toString("utf8");
  }

  private readDirectory(): void {
    const file = this.file;
    const eocd = findEndOfDirectory(file);
    const disk = file.readUInt16LE(eocd + 4);
    const total = file.readUInt16LE(eocd + 10);
    const size = file.readUInt32LE(eocd + 12);
    const offset = file.readUInt32LE(eocd + 16);
    if (total === 0xffff || size === 0xffffffff || offset === 0xffffffff)
      refuse({
        id: "arsip ZIP64 tidak dibaca: buku kerja sebesar itu melampaui batas",
        en: "ZIP64 archives are not read: a workbook that large is past the limits",
      });
    if (disk !== 0) corrupt("spans several disks", "terbagi beberapa disk");
    if (total > this.limits.entries)
      refuse(
        both((lang) =>
          lang === "id"
            ? `arsip berisi ${count(total, lang)} entri, melebihi batas ${count(this.limits.entries, lang)}`
            : `the archive has ${count(total, lang)} entries, over the ${count(this.limits.entries, lang)} limit`
        )
      );
    if (offset + size > eocd) corrupt("directory out of bounds", "direktori di luar batas");
    let at = offset;
    for (let k = 0; k < total; k++) {
      if (at + 46 > offset + size || file.readUInt32LE(at) !== CENTRAL_SIGNATURE)
        corrupt("broken directory record", "catatan direktori rusak");
      const flags = file.readUInt16LE(at + 8);
      const nameLength = file.readUInt16LE(at + 28);
      const extraLength = file.readUInt16LE(at + 30);
      const commentLength = file.readUInt16LE(at + 32);
      const nameEnd = at + 46 + nameLength;
      if (nameEnd > offset + size) corrupt("broken directory record", "catatan direktori rusak");
      const name = file.toString(flags & 0x800 ? "utf8" : "latin1", at + 46, nameEnd);
      const entry: Entry = {
        name,
        method: file.readUInt16LE(at + 10),
        crc: file.readUInt32LE(at + 16),
        compressedSize: file.readUInt32LE(at + 20),
        size: file.readUInt32LE(at + 24),
        localHeader: file.readUInt32LE(at + 42),
      };
      if (flags & 0x1)
        refuse({
          id: `bagian ${name} terenkripsi`,
          en: `part ${name} is encrypted`,
        });
      if (entry.method !== STORED && entry.method !== DEFLATED)
        corrupt(
          `${name} uses compression method ${entry.method}`,
          `${name} memakai metode kompresi ${entry.method}`
        );
      if (entry.method === STORED && entry.compressedSize !== entry.size)
        corrupt(`${name} is not the size it declares`, `ukuran ${name} tidak sesuai`);
      // Two entries of one name would let two readers see two different workbooks.
      if (this.entries.has(name)) corrupt(`${name} appears twice`, `${name} muncul dua kali`);
      this.entries.set(name, entry);
      at = nameEnd + extraLength + commentLength;
    }
  }

  /** An entry's compressed bytes, found through its local header and checked to lie in the file. */
  private compressedData(entry: Entry): Buffer {
    const file = this.file;
    const at = entry.localHeader;
    if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL_SIGNATURE)
      corrupt(`${entry.name} has no local header`, `${entry.name} tanpa header lokal`);
    const start = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
    const end = start + entry.compressedSize;
    if (end > file.length) corrupt(`${entry.name} is cut short`, `${entry.name} terpotong`);
    return file.subarray(start, end);
  }
}

/** Where the end-of-central-directory record starts: in the last 22 bytes + a comment of ≤ 64 KiB. */
function findEndOfDirectory(file: Buffer): number {
  const stop = Math.max(0, file.length - 22 - 0xffff);
  for (let at = file.length - 22; at >= stop; at--)
    if (file.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  return corrupt("no central directory", "tanpa direktori pusat");
}
