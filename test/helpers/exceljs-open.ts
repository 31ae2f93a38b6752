/**
 * Opens an .xlsx with exceljs for the tests that inspect it. exceljs reads a table column only as an
 * empty element, so a calculated column (its formula inside `tableColumn`, as Excel writes it) breaks
 * its reader: the formula is taken out of the copy exceljs reads. The tests of calculated columns
 * read the table parts themselves.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function openWithExceljs(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const zip = await JSZip.loadAsync(buffer);
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    zip.file(
      path,
      xml.replace(
        /<tableColumn\b([^>]*)><calculatedColumnFormula>[^<]*<\/calculatedColumnFormula><\/tableColumn>/g,
        "<tableColumn$1/>"
      )
    );
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    (await zip.generateAsync({ type: "nodebuffer" })) as unknown as ArrayBuffer
  );
  return workbook;
}
