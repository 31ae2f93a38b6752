/**
 * What Kinerja will read from a workbook file, which is untrusted: each limit refuses a file with one
 * line saying which limit it passed, before the reading uses the memory or time the file asks for.
 * The README's "For auditors" section lists them. A 10,000-KPI workbook (npm run bench) is a 1.5 MiB
 * file whose largest part inflates to 6.1 MiB, at most 11 times its compressed size, with about
 * 250,000 cells and 12,000 rows on a sheet: each limit leaves it four times room or more, and at the
 * limits the reader holds well under a gigabyte.
 */
import type { Text } from "../sheet/text";
import { both, count, mebibytes } from "./words";

export interface ReadLimits {
  /** Size of the file itself. */
  fileBytes: number;
  /** Entries in the zip's central directory (a workbook has tens to a few hundred parts). */
  entries: number;
  /** One part, inflated (a worksheet's XML). */
  partBytes: number;
  /** Every part read, inflated, together. */
  totalBytes: number;
  /**
   * Inflated ÷ compressed size of a part above 1 MiB. Kinerja's workbooks compress 6–11 times; a zip
   * bomb's part, hundreds to a thousand times.
   */
  ratio: number;
  /** Cells holding something, in the whole workbook. */
  cells: number;
  /** Rows holding cells, per sheet. */
  rows: number;
  /** Rows × columns from a sheet's first to its last cell (what the checks read, cell by cell). */
  area: number;
  /** Characters of one formula: Excel's own limit, so a longer one was not written by Excel. */
  formulaChars: number;
  /** Wall-clock time for reading and auditing, checked between steps. */
  milliseconds: number;
}

export const READ_LIMITS: ReadLimits = {
  fileBytes: 100 * 2 ** 20,
  entries: 10_000,
  partBytes: 64 * 2 ** 20,
  totalBytes: 256 * 2 ** 20,
  ratio: 200,
  cells: 1_000_000,
  rows: 100_000,
  area: 2_000_000,
  formulaChars: 8_192,
  milliseconds: 60_000,
};

/** A file Kinerja will not read, with the one-line reason (CLI exit code 2). */
export class UnreadableFile extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
    this.name = "UnreadableFile";
  }
}

/** Refuses a file larger than the limit: checked on its size alone, before it is read. */
export function checkFileSize(bytes: number, limits: ReadLimits): void {
  if (bytes > limits.fileBytes)
    throw new UnreadableFile(
      both((lang) =>
        lang === "id"
          ? `berkas berukuran ${mebibytes(bytes)}, melebihi batas ${mebibytes(limits.fileBytes)}`
          : `the file is ${mebibytes(bytes)}, over the ${mebibytes(limits.fileBytes)} limit`
      )
    );
}

/**
 * A deadline for reading and auditing one file: `check` refuses the file once the budget is spent.
 * `now` is injectable so a test can pass time without waiting.
 */
export class Deadline {
  private readonly end: number;

  constructor(
    private readonly budget: number,
    private readonly now: () => number = Date.now
  ) {
    this.end = now() + budget;
  }

  check(): void {
    if (this.now() > this.end)
      throw new UnreadableFile(
        both((lang) =>
          lang === "id"
            ? `membaca dan mengaudit berkas ini melebihi batas waktu ${count(this.budget / 1000, lang)} detik`
            : `reading and auditing this file took longer than the ${count(this.budget / 1000, lang)}-second limit`
        )
      );
  }
}
