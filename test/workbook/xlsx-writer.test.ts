/**
 * @jest-environment jsdom
 */
// jsdom for its DOMParser: every XML part the writer produces or edits must parse.
import { arrowEnds } from "../../src/workbook/arrows";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { FIXTURE_PLAN, SPILL_ANCHOR_PLAN } from "./xlsx-fixture";
import { readStoredCells, type StoredCell } from "../helpers/xlsx-values";
import { convertWithLibreOffice, findSoffice } from "../helpers/libreoffice";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { WorkbookPlan } from "../../src/sheet/plan";
import { buildPlan, DEFAULT_OPTIONS, TEMPLATE_IDS } from "../../src/templates";
import { isErrorValue, type CellResult } from "../../src/formula";
import { evaluatePlan } from "../../src/workbook/evaluate-plan";
import {
  fileFormula,
  finalSheetNames,
  writePlanToXlsx,
  writePlanToXlsxWithNames,
} from "../../src/workbook/xlsx-writer";
import {
  anchorAtPoint,
  columnWidthPixels,
  fileColumnWidth,
  sheetGeometry,
  withRelationship,
  withSchemaOrderedChildren,
  EMU_PER_POINT,
} from "../../src/workbook/xlsx-drawings";
import { openWithExceljs } from "../helpers/exceljs-open";

const NOW = new Date("2024-06-30T12:00:00Z");

async function writeAndOpen(
  plan: WorkbookPlan
): Promise<{ buffer: Buffer; workbook: ExcelJS.Workbook; zip: JSZip }> {
  const buffer = await writePlanToXlsx(plan, { now: NOW });
  const workbook = await openWithExceljs(buffer);
  return { buffer, workbook, zip: await JSZip.loadAsync(buffer) };
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing part ${path}`);
  return file.async("string");
}

function parseXml(xml: string, path: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`${path} is not well-formed XML: ${error.textContent}`);
  return doc;
}

/** Every element with this qualified name (prefix:local as written in the part). */
function elements(doc: Document, qualifiedName: string): Element[] {
  return Array.from(doc.getElementsByTagName(qualifiedName));
}

/** The value stored in a cell of the written file (null when the cell holds none). */
function storedValue(
  stored: Map<string, Map<string, StoredCell>>,
  sheet: string,
  address: string
): unknown {
  return stored.get(sheet)?.get(address)?.value ?? null;
}

function expectSameResult(actual: unknown, expected: CellResult, where: string): void {
  if (isErrorValue(expected)) {
    expect({ where, value: actual }).toEqual({ where, value: { error: expected.error } });
  } else if (typeof expected === "number") {
    expect({ where, value: actual }).toEqual({ where, value: expect.any(Number) });
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(expected))
    );
  } else {
    expect({ where, value: actual }).toEqual({ where, value: expected });
  }
}

/** Package-level checks any .xlsx from the writer must pass, whatever the plan. */
async function expectSoundPackage(zip: JSZip): Promise<void> {
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path].dir);
  // 1. Every XML part parses.
  for (const path of paths.filter((p) => /\.(xml|rels|vml)$/.test(p)))
    parseXml(await part(zip, path), path);

  // 2. Every relationship points at a part that exists.
  for (const relsPath of paths.filter((p) => p.endsWith(".rels"))) {
    const base = relsPath.replace(/_rels\/[^/]*\.rels$/, "");
    for (const rel of elements(parseXml(await part(zip, relsPath), relsPath), "Relationship")) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      const target = rel.getAttribute("Target") as string;
      const resolved = new URL(target, `file:///${base}`).pathname.slice(1);
      expect({ relsPath, target, exists: paths.includes(resolved) }).toEqual({
        relsPath,
        target,
        exists: true,
      });
    }
  }

  // 3. Every drawing and chart part has its content type.
  const types = await part(zip, "[Content_Types].xml");
  for (const path of paths.filter(
    (p) => /^xl\/(drawings\/drawing|charts\/chart)\d+\.xml$/.test(p) || p === "xl/metadata.xml"
  )) {
    expect(types).toContain(`PartName="/${path}"`);
  }

  // 4. Worksheet children are in schema order (Excel repairs files where they are not).
  for (const path of paths.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
    const xml = await part(zip, path);
    expect(withSchemaOrderedChildren(xml)).toBe(xml);
  }
}

describe("writePlanToXlsx: the fixture plan, read back with exceljs", () => {
  let workbook: ExcelJS.Workbook;
  let zip: JSZip;
  let stored: Map<string, Map<string, StoredCell>>;
  const evaluated = evaluatePlan(FIXTURE_PLAN);

  beforeAll(async () => {
    let buffer: Buffer;
    ({ buffer, workbook, zip } = await writeAndOpen(FIXTURE_PLAN));
    stored = await readStoredCells(buffer);
  });

  test("sheets in plan order, the dashboard active, workbook title and creator", async () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Data (input)", "Dashboard"]);
    expect(workbook.creator).toBe("Kinerja");
    expect(workbook.title).toBe("Kinerja fixture");
    expect(workbook.subject).toBe("Kinerja bsc template");
    expect(await part(zip, "docProps/core.xml")).toContain("<dc:language>en-US</dc:language>");
    expect(workbook.views[0].activeTab).toBe(1);
    expect(workbook.getWorksheet("Dashboard")?.views[0]).toMatchObject({ showGridLines: false });
  });

  test("with its time fixed, the same plan is the same bytes (docs/downloads stays unchanged)", async () => {
    const first = await writePlanToXlsx(FIXTURE_PLAN, { now: NOW });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await writePlanToXlsx(FIXTURE_PLAN, { now: NOW });
    expect(second.equals(first)).toBe(true);
    // Each part of the zip carries the time too.
    const parts = await JSZip.loadAsync(first);
    parts.forEach((_, file) => expect(file.date.getTime()).toBe(NOW.getTime()));
  });

  test("formulas stay formulas, with other sheets' names resolved and IFNA prefixed as Excel stores it", () => {
    const data = workbook.getWorksheet("Data (input)") as ExcelJS.Worksheet;
    const dash = workbook.getWorksheet("Dashboard") as ExcelJS.Worksheet;
    expect(data.getCell("C7").formula).toBe("SUMPRODUCT(B4:B6,C4:C6)");
    expect(dash.getCell("C6").formula).toBe("'Data (input)'!C7*2");
    expect(dash.getCell("E3").formula).toBe("SUM('Data (input)'!B4:B6)");
    expect(data.getCell("A11").formula).toBe('_xlfn.IFNA(MATCH("X",A4:A6,0),"none")');
    expect(data.getCell("H4").formula).toBe("AHP.WEIGHTS(F4:G5)");
  });

  test("hand-computed cached values: SUMPRODUCT 5.9, cross-sheet 11.8, AHP 2×2 weights 0.75/0.25", () => {
    const data = (address: string): unknown => storedValue(stored, "Data (input)", address);
    expect(data("C7")).toBeCloseTo(5.9, 12);
    expect(storedValue(stored, "Dashboard", "C6")).toBeCloseTo(11.8, 12);
    expect(data("H4")).toBeCloseTo(0.75, 12);
    expect(data("H5")).toBeCloseTo(0.25, 12);
    expect(data("I4")).toBeCloseTo(75, 10);
    expect(data("A12")).toBe(true);
    expect(data("A13")).toEqual({ error: "#DIV/0!" });
    expect(data("A14")).toBe("n/a");
    expect(data("A16")).toBe(12);
  });

  test("every formula and spilled cell holds the value evaluatePlan computed", () => {
    const names = finalSheetNames(FIXTURE_PLAN);
    let compared = 0;
    for (const [key, results] of evaluated.results()) {
      for (const [address, expected] of results) {
        expectSameResult(
          storedValue(stored, names.get(key) as string, address),
          expected,
          `${key}!${address}`
        );
        compared++;
      }
    }
    expect(compared).toBe(19);
  });

  test("a spilling custom function is an array formula over its spill range, marked as a dynamic array", async () => {
    const h4 = (workbook.getWorksheet("Data (input)") as ExcelJS.Worksheet).getCell("H4")
      .value as ExcelJS.CellFormulaValue & {
      shareType?: string;
      ref?: string;
    };
    expect(h4.shareType).toBe("array");
    expect(h4.ref).toBe("H4:H5");
    const sheet1 = await part(zip, "xl/worksheets/sheet1.xml");
    expect(sheet1).toMatch(/<c r="H4"[^>]* cm="1"/);
    expect(await part(zip, "xl/metadata.xml")).toContain(
      '<xda:dynamicArrayProperties fDynamic="1"'
    );
    expect(await part(zip, "xl/_rels/workbook.xml.rels")).toContain('Target="metadata.xml"');
  });

  test("styles, number formats, column widths, merges, freeze panes, tab colour, note", () => {
    const data = workbook.getWorksheet("Data (input)") as ExcelJS.Worksheet;
    // A header cell (read through getCell each time: the Office lint rules mistake a held cell for an Excel.Range).
    expect(data.getCell("A3").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FF0F6C5C" },
    });
    expect(data.getCell("A3").font).toMatchObject({
      bold: true,
      color: { argb: "FFFFFFFF" },
      name: "Calibri",
    });
    expect(data.getCell("A3").alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(data.getCell("C4").fill).toMatchObject({ fgColor: { argb: "FFFFF8DC" } });
    expect(data.getCell("C4").border.top).toMatchObject({ style: "thin" });
    expect(data.getCell("C7").border.top).toMatchObject({
      style: "thin",
      color: { argb: "FF0F6C5C" },
    });
    expect(data.getCell("A1").font).toMatchObject({ size: 16, bold: true });
    expect(data.getCell("B4").numFmt).toBe("0%");
    expect(data.getCell("C7").numFmt).toBe("0.00");
    // 20 characters as Excel's width box shows them = 145 px, stored as 20.7109375 (ECMA-376 §18.3.1.13).
    expect(data.getColumn(1).width).toBe(20.7109375);
    expect(data.getCell("A1").isMerged && data.getCell("D1").isMerged).toBe(true);
    expect(data.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
    expect(data.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect(data.getCell("C4").note).toBe("Score typed by the KPI owner");
  });

  test("data validation: a 0–10 decimal with its prompt, an inline list, a whole number from 1", () => {
    const data = workbook.getWorksheet("Data (input)") as ExcelJS.Worksheet;
    expect(data.getCell("C5").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 10],
      prompt: "Score 0–10",
    });
    expect(data.getCell("E6").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Yes,No"'],
    });
    expect(data.getCell("G7").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [1],
    });
  });

  test("conditional formats: text rules and 3 traffic lights with number thresholds (never percent)", async () => {
    const doc = parseXml(await part(zip, "xl/worksheets/sheet1.xml"), "sheet1.xml");
    const rules = elements(doc, "cfRule");
    const equal = rules.find((r) => r.getAttribute("operator") === "equal");
    expect(equal?.parentElement?.getAttribute("sqref")).toBe("D4:D6");
    expect(equal?.textContent).toBe('"GREEN"');
    // "Not OK" is an expression that leaves blank cells alone (cellIs notEqual would mark them).
    expect(rules.some((r) => r.getAttribute("operator") === "notEqual")).toBe(false);
    const notOk = rules.find((r) => r.getAttribute("type") === "expression");
    expect(notOk?.parentElement?.getAttribute("sqref")).toBe("A9");
    expect(notOk?.textContent).toBe('AND(A9<>"",A9<>"OK")');
    const icons = elements(doc, "iconSet")[0];
    expect(icons.getAttribute("iconSet")).toBe("3TrafficLights1");
    expect(
      elements(doc, "cfvo").map((c) => [c.getAttribute("type"), c.getAttribute("val")])
    ).toEqual([
      ["num", "0"],
      ["num", "4"],
      ["num", "7"],
    ]);
    // The fills of the text rules live in the dxf styles.
    const styles = await part(zip, "xl/styles.xml");
    expect(styles).toMatch(/<dxf>.*FFC6EFCE.*<\/dxf>/s);
  });

  test("the table: its name, range, style and the header cells as its columns", async () => {
    const doc = parseXml(await part(zip, "xl/tables/table1.xml"), "table1.xml");
    const table = doc.documentElement;
    expect(table.getAttribute("name")).toBe("KPIs");
    expect(table.getAttribute("ref")).toBe("A3:D6");
    expect(elements(doc, "tableColumn").map((c) => c.getAttribute("name"))).toEqual([
      "KPI",
      "Weight",
      "Score",
      "Status",
    ]);
    expect(elements(doc, "tableStyleInfo")[0].getAttribute("name")).toBe("TableStyleLight9");
    // exceljs would otherwise leave <legacyDrawing> (the note) after <tableParts>.
    const sheet1 = await part(zip, "xl/worksheets/sheet1.xml");
    expect(sheet1.indexOf("<legacyDrawing")).toBeLessThan(sheet1.indexOf("<tableParts"));
  });

  test("the sheet-scoped name has localSheetId and an absolute reference", async () => {
    const doc = parseXml(await part(zip, "xl/workbook.xml"), "workbook.xml");
    const name = elements(doc, "definedName").find((n) => n.getAttribute("name") === "Weights");
    expect(name?.getAttribute("localSheetId")).toBe("0");
    expect(name?.getAttribute("comment")).toBe("KPI weights");
    expect(name?.textContent).toBe("'Data (input)'!$B$4:$B$6");
  });

  test("the package is sound: XML parses, relationships resolve, content types listed, schema order kept", async () => {
    await expectSoundPackage(zip);
  });

  test("the dashboard's drawing: three charts, three boxes and two arrows glued to them", async () => {
    const sheet2 = await part(zip, "xl/worksheets/sheet2.xml");
    const drawingRelId = /<drawing r:id="([^"]+)"\/>/.exec(sheet2)?.[1];
    const rels = parseXml(await part(zip, "xl/worksheets/_rels/sheet2.xml.rels"), "sheet2 rels");
    const toDrawing = elements(rels, "Relationship").find(
      (r) => r.getAttribute("Id") === drawingRelId
    );
    expect(toDrawing?.getAttribute("Target")).toBe("../drawings/drawing1.xml");
    expect(toDrawing?.getAttribute("Type")).toMatch(/\/drawing$/);

    const drawing = parseXml(await part(zip, "xl/drawings/drawing1.xml"), "drawing1.xml");
    const drawingRels = parseXml(
      await part(zip, "xl/drawings/_rels/drawing1.xml.rels"),
      "drawing1 rels"
    );
    const chartTargets = new Map(
      elements(drawingRels, "Relationship").map((r) => [
        r.getAttribute("Id"),
        r.getAttribute("Target"),
      ])
    );
    const chartRefs = elements(drawing, "c:chart").map((c) =>
      chartTargets.get(c.getAttribute("r:id"))
    );
    expect(chartRefs).toEqual([
      "../charts/chart1.xml",
      "../charts/chart2.xml",
      "../charts/chart3.xml",
    ]);

    // The line chart sits over E5:K18 (0-based col 4, row 4 to col 10, row 17).
    const firstAnchor = elements(drawing, "xdr:twoCellAnchor")[0];
    const corner = (tag: string): number[] =>
      ["xdr:col", "xdr:row"].map((t) =>
        Number(firstAnchor.getElementsByTagName(tag)[0].getElementsByTagName(t)[0].textContent)
      );
    expect(corner("xdr:from")).toEqual([4, 4]);
    expect(corner("xdr:to")).toEqual([10, 17]);

    const boxes = elements(drawing, "xdr:sp");
    expect(boxes.map((b) => b.getElementsByTagName("xdr:cNvPr")[0].getAttribute("name"))).toEqual([
      "fin",
      "cus",
      "int",
    ]);
    expect(Array.from(boxes[0].getElementsByTagName("a:t"), (t) => t.textContent)).toEqual([
      "Financial",
      "Grow revenue",
    ]);
    const idOf = new Map(
      boxes.map((b) => [
        b.getElementsByTagName("xdr:cNvPr")[0].getAttribute("name"),
        b.getElementsByTagName("xdr:cNvPr")[0].getAttribute("id"),
      ])
    );

    const arrows = elements(drawing, "xdr:cxnSp");
    expect(arrows).toHaveLength(2);
    const glue = (arrow: Element): [string | null, string | null] => [
      arrow.getElementsByTagName("a:stCxn")[0].getAttribute("id"),
      arrow.getElementsByTagName("a:endCxn")[0].getAttribute("id"),
    ];
    expect(glue(arrows[0])).toEqual([idOf.get("cus"), idOf.get("fin")]);
    expect(glue(arrows[1])).toEqual([idOf.get("int"), idOf.get("cus")]);
    for (const arrow of arrows) {
      expect(arrow.getElementsByTagName("a:tailEnd")[0].getAttribute("type")).toBe("triangle");
      expect(arrow.getElementsByTagName("a:prstGeom")[0].getAttribute("prst")).toBe(
        "straightConnector1"
      );
    }
    // Customer → Financial runs upwards from Customer's top (site 0) to Financial's bottom (site 2).
    expect(arrows[0].getElementsByTagName("a:stCxn")[0].getAttribute("idx")).toBe("0");
    expect(arrows[0].getElementsByTagName("a:endCxn")[0].getAttribute("idx")).toBe("2");
    expect(arrows[0].getElementsByTagName("a:xfrm")[0].getAttribute("flipV")).toBe("1");
  });

  test("charts reference the sheet by quoted name and cache every value", async () => {
    const line = parseXml(await part(zip, "xl/charts/chart1.xml"), "chart1.xml");
    expect(elements(line, "c:lineChart")).toHaveLength(1);
    expect(elements(line, "c:ser")).toHaveLength(2);
    const refs = elements(line, "c:f").map((f) => f.textContent);
    expect(refs).toEqual([
      "'Dashboard'!$B$3",
      "'Dashboard'!$A$4:$A$6",
      "'Dashboard'!$B$4:$B$6",
      "'Dashboard'!$C$3",
      "'Dashboard'!$A$4:$A$6",
      "'Dashboard'!$C$4:$C$6",
    ]);
    const actualSeries = elements(line, "c:ser")[1];
    const cached = Array.from(
      actualSeries.getElementsByTagName("c:numCache")[0].getElementsByTagName("c:v"),
      (v) => Number(v.textContent)
    );
    expect(cached).toEqual([8, 13, 11.8]);
    expect(
      Array.from(
        actualSeries.getElementsByTagName("c:strCache")[1].getElementsByTagName("c:v"),
        (v) => v.textContent
      )
    ).toEqual(["Jan", "Feb", "Mar"]);
    expect(elements(line, "c:title")[1].textContent).toBe("Score");

    const columns = parseXml(await part(zip, "xl/charts/chart2.xml"), "chart2.xml");
    expect(elements(columns, "c:barDir")[0].getAttribute("val")).toBe("col");
    // Series by rows: one series per month, categories along the header row.
    expect(
      elements(columns, "c:ser").map((s) => s.getElementsByTagName("c:v")[0].textContent)
    ).toEqual(["Jan", "Feb", "Mar"]);
    expect(elements(columns, "c:f")[1].textContent).toBe("'Dashboard'!$B$3:$C$3");

    const bars = parseXml(await part(zip, "xl/charts/chart3.xml"), "chart3.xml");
    expect(elements(bars, "c:barDir")[0].getAttribute("val")).toBe("bar");
    // Years are numbers: a number reference for the categories.
    expect(elements(bars, "c:cat")[0].getElementsByTagName("c:numRef")).toHaveLength(1);
    expect(
      Array.from(elements(bars, "c:val")[0].getElementsByTagName("c:v"), (v) =>
        Number(v.textContent)
      )
    ).toEqual([6.5, 5.9]);
  });
});

describe("xlsx-writer helpers", () => {
  const names = new Map([
    ["data", "Data (input)"],
    ["bsc", "BSC's"],
  ]);

  test("fileFormula resolves «key»!, drops '=', prefixes future functions outside quotes only", () => {
    expect(fileFormula("=SUM(«data»!B4:B6)", names)).toBe("SUM('Data (input)'!B4:B6)");
    expect(fileFormula("=«bsc»!A1", names)).toBe("'BSC''s'!A1");
    expect(fileFormula('=IFNA(A1,"IFNA(x)")&ifna(B1,0)', names)).toBe(
      '_xlfn.IFNA(A1,"IFNA(x)")&_xlfn.ifna(B1,0)'
    );
    expect(fileFormula("=AHP.WEIGHTS(A1:C3)", names)).toBe("AHP.WEIGHTS(A1:C3)");
    expect(fileFormula("=FILTER(A1:A3,B1:B3>0)", names)).toBe("_xlfn._xlws.FILTER(A1:A3,B1:B3>0)");
    expect(() => fileFormula("=«nope»!A1", names)).toThrow(/«nope»/);
  });

  test("anchorAtPoint: 560 pt right of A1 is column L plus 32 pt, with default 48 pt columns", () => {
    const anchor = anchorAtPoint(sheetGeometry(), 560, 40);
    expect(anchor).toEqual({
      col: 11,
      colOff: 32 * EMU_PER_POINT,
      row: 2,
      rowOff: 10 * EMU_PER_POINT,
    });
    // A 20-character column A is 145 px = 108.75 pt wide.
    expect(anchorAtPoint(sheetGeometry([{ index: 0, width: 20 }]), 110, 0)).toEqual({
      col: 1,
      colOff: 1.25 * EMU_PER_POINT,
      row: 0,
      rowOff: 0,
    });
  });

  test("column widths: 8.43 characters is Excel's default 64 px; 20 characters is 145 px, stored as 20.7109375", () => {
    expect(columnWidthPixels(8.43)).toBe(64);
    expect(columnWidthPixels(20)).toBe(145);
    expect(fileColumnWidth(20)).toBe(20.7109375);
  });

  test("arrowEnds: boxes one above the other join bottom ↔ top, boxes side by side their facing sides", () => {
    const box = (left: number, top: number) =>
      ({
        kind: "box",
        key: "",
        text: "",
        left,
        top,
        width: 100,
        height: 40,
        fill: "#FFFFFF",
        line: "#000000",
        fontColor: "#000000",
      }) as const;
    const sites = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => {
      const { start, end } = arrowEnds(a, b);
      return { start, end };
    };
    expect(sites(box(0, 200), box(0, 0))).toEqual({ start: 0, end: 2 }); // upwards
    expect(sites(box(0, 0), box(0, 200))).toEqual({ start: 2, end: 0 }); // downwards
    expect(sites(box(0, 0), box(300, 20))).toEqual({ start: 3, end: 1 }); // to the right
    expect(sites(box(300, 0), box(0, 20))).toEqual({ start: 1, end: 3 }); // to the left
    // Staggered bands: far apart sideways but one above the other → still bottom → top.
    expect(arrowEnds(box(300, 100), box(0, 0))).toEqual({
      start: 0,
      end: 2,
      startPoint: { x: 350, y: 100 },
      endPoint: { x: 50, y: 40 },
    });
  });

  test("withRelationship picks the first free rId and opens an empty part", () => {
    const first = withRelationship(undefined, "t", "a.xml");
    expect(first.id).toBe("rId1");
    const second = withRelationship(first.xml, "t", "b.xml");
    expect(second.id).toBe("rId2");
    expect(second.xml).toContain('Target="b.xml"');
  });

  test("withSchemaOrderedChildren moves legacyDrawing and drawing before tableParts", () => {
    const xml =
      '<worksheet xmlns:r="r"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<tableParts count="1"><tablePart r:id="rId1"/></tableParts><legacyDrawing r:id="rId2"/><drawing r:id="rId3"/></worksheet>';
    expect(withSchemaOrderedChildren(xml)).toBe(
      '<worksheet xmlns:r="r"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
        '<drawing r:id="rId3"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>'
    );
  });
});

describe("writer options and final names", () => {
  test("a table name used twice gets a free one (KPIs, KPIs2); fullCalcOnLoad asks Excel to recalculate", async () => {
    const plan = JSON.parse(JSON.stringify(FIXTURE_PLAN)) as WorkbookPlan;
    plan.sheets[1].tables = [{ name: "KPIs", range: "A3:C6" }];
    const { buffer, tables, sheets } = await writePlanToXlsxWithNames(plan, {
      fullCalcOnLoad: true,
    });
    expect(tables).toEqual([
      { name: "KPIs", finalName: "KPIs" },
      { name: "KPIs", finalName: "KPIs2" },
    ]);
    expect(sheets).toEqual([
      { key: "data", name: "Data (input)" },
      { key: "dash", name: "Dashboard" },
    ]);
    const zip = await JSZip.loadAsync(buffer);
    expect(await part(zip, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(await part(zip, "xl/tables/table2.xml")).toContain('name="KPIs2"');
  });
});

describe("a plan feature that cannot be written is an error that names it", () => {
  const base = (): WorkbookPlan => JSON.parse(JSON.stringify(FIXTURE_PLAN)) as WorkbookPlan;

  test("an arrow to a box that does not exist", async () => {
    const plan = base();
    plan.sheets[1].shapes?.push({
      kind: "arrow",
      key: "lost",
      from: "cus",
      to: "nowhere",
      color: "#000000",
    });
    await expect(writePlanToXlsx(plan)).rejects.toThrow(/arrow "lost".*"nowhere"/);
  });

  test("a table whose header cell is not text", async () => {
    const plan = base();
    plan.sheets[0].tables = [{ name: "Bad", range: "F4:G5" }];
    await expect(writePlanToXlsx(plan)).rejects.toThrow(
      "invalid plan (table-header): sheet «data» F4: table Bad: a header cell must hold a column name (text)"
    );
  });

  test("content hidden inside a merge", async () => {
    const plan = base();
    plan.sheets[0].merges = ["A4:B4"];
    await expect(writePlanToXlsx(plan)).rejects.toThrow(
      "invalid plan (inside-merge): sheet «data» B4: has content inside the merge A4:B4, which hides it"
    );
  });

  test("a list value with a comma, and an unknown sheet to activate", async () => {
    const withComma = base();
    withComma.sheets[0].validations = [{ range: "E4", type: "list", values: ["a,b"] }];
    await expect(writePlanToXlsx(withComma)).rejects.toThrow(/\(list\).*"a,b" holds a comma/);
    const lost = base();
    lost.activate = "nope";
    await expect(writePlanToXlsx(lost)).rejects.toThrow(
      "invalid plan (activate-unknown): the sheet to open, «nope», is not in the plan"
    );
  });

  test("a defined name Excel would reject", async () => {
    const plan = base();
    plan.sheets[0].names = [{ name: "B12", range: "A1" }];
    await expect(writePlanToXlsx(plan)).rejects.toThrow(
      'invalid plan (name): sheet «data» A1: "B12" is not a valid Excel name'
    );
  });

  test("content inside a spill range", async () => {
    const plan = base();
    plan.sheets[0].cells.push({ address: "H5", value: 1 });
    await expect(writePlanToXlsx(plan)).rejects.toThrow(
      "invalid plan (under-spill): sheet «data» H5: has content inside the spill of H4; Excel would show #SPILL! there"
    );
  });

  test("a circular reference is not stored as a value", async () => {
    const plan = base();
    plan.sheets[0].cells.push({ address: "J1", formula: "=J2" }, { address: "J2", formula: "=J1" });
    await expect(writePlanToXlsx(plan)).rejects.toThrow(/#CYCLE!/);
  });
});

describe("every template's example plan writes a sound .xlsx with the evaluator's values", () => {
  test.each(
    TEMPLATE_IDS.flatMap((id) => (["en", "id"] as const).map((lang) => [id, lang] as const))
  )("%s (%s)", async (id, lang) => {
    const plan = buildPlan(id, { ...DEFAULT_OPTIONS, example: true, lang, year: 2024 });
    const { buffer, sheets } = await writePlanToXlsxWithNames(plan, { now: NOW });
    const workbook = await openWithExceljs(buffer);
    const zip = await JSZip.loadAsync(buffer);
    await expectSoundPackage(zip);

    const nameOf = new Map(sheets.map((s) => [s.key, s.name]));
    let formulas = 0;
    for (const sheet of plan.sheets) {
      const ws = workbook.getWorksheet(nameOf.get(sheet.key) as string) as ExcelJS.Worksheet;
      for (const cell of sheet.cells.filter((c) => c.formula)) {
        expect(ws.getCell(cell.address).formula).toBe(fileFormula(cell.formula as string, nameOf));
        formulas++;
      }
    }
    const stored = await readStoredCells(buffer);
    const evaluated = evaluatePlan(plan);
    for (const [key, results] of evaluated.results()) {
      for (const [address, expected] of results) {
        expectSameResult(
          storedValue(stored, nameOf.get(key) as string, address),
          expected,
          `${id}/${key}!${address}`
        );
      }
    }
    expect(formulas).toBeGreaterThan(0);

    const drawings = Object.keys(zip.files).filter((p) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(p)
    );
    const sheetsWithDrawings = plan.sheets.filter(
      (s) => (s.charts ?? []).length + (s.shapes ?? []).length > 0
    );
    expect(drawings).toHaveLength(sheetsWithDrawings.length);
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(plan.sheets.reduce((n, s) => n + (s.charts ?? []).length, 0));
  });
});

describe("the templates' selector, drop-downs and check highlighting in the .xlsx", () => {
  /** The sheet part of a sheet, by its name in the file. */
  async function sheetXml(zip: JSZip, name: string): Promise<Document> {
    const workbookXml = await part(zip, "xl/workbook.xml");
    const rels = await part(zip, "xl/_rels/workbook.xml.rels");
    const id = new RegExp(
      `<sheet [^>]*name="${name.replace(/[()]/g, "\\$&")}"[^>]*r:id="([^"]+)"`
    ).exec(workbookXml)?.[1];
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    return parseXml(await part(zip, `xl/${target}`), name);
  }
  const validationOf = (doc: Document, sqref: string) =>
    elements(doc, "dataValidation").find((v) => v.getAttribute("sqref") === sqref);

  test("blank BSC (en): the KPI-name cells D7:D22 (KPIs and rows of room) are empty, under Excel's any-value rule with its input message", async () => {
    const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: false, lang: "en", year: 2026 });
    const { workbook, zip } = await writeAndOpen(plan);
    const bsc = workbook.getWorksheet("BSC") as ExcelJS.Worksheet;
    expect(bsc.getCell("D7").value).toBeNull();
    expect(bsc.getCell("D22").dataValidation).toMatchObject({
      type: "any",
      showInputMessage: true,
      prompt: "Type the KPI's name (e.g. Monthly sales)",
    });
    // No type attribute (Excel's "Any value") and no formula: nothing typed is refused.
    const names = validationOf(await sheetXml(zip, "BSC"), "D7:D22");
    expect(names?.getAttribute("type")).toBeNull();
    expect(elements(names as unknown as Document, "formula1")).toHaveLength(0);
  });

  test("Tracking!C2 is a text cell whose list is the period headers; the review log lists the register's codes", async () => {
    const plan = buildPlan("umkm", {
      ...DEFAULT_OPTIONS,
      example: true,
      lang: "en",
      periods: "yearly",
    });
    const { workbook, zip } = await writeAndOpen(plan);
    const tracking = workbook.getWorksheet("Tracking") as ExcelJS.Worksheet;
    expect(tracking.getCell("C2").numFmt).toBe("@");
    expect(tracking.getCell("E5").numFmt).toBe("@");
    expect(tracking.getCell("C3").formula).toBe('MATCH(C2&"",$E$5:$I$5,0)');
    const selector = validationOf(await sheetXml(zip, "Tracking"), "C2");
    expect(selector?.getAttribute("type")).toBe("list");
    expect(elements(selector as unknown as Document, "formula1")[0].textContent).toBe("$E$5:$I$5");
    const codes = validationOf(await sheetXml(zip, "Review log"), "B6:B35");
    expect(elements(codes as unknown as Document, "formula1")[0].textContent).toBe(
      "'UMKM KPIs'!$A$7:$A$24"
    );
  });

  test("UMKM register: each calculated column's formula stored once in its table column, as on row 7", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "en" });
    const { zip } = await writeAndOpen(plan);
    const tablePath = Object.keys(zip.files).find((p) => /^xl\/tables\/.+\.xml$/.test(p))!;
    const table = parseXml(await part(zip, tablePath), tablePath);
    const calculated = elements(table, "tableColumn").flatMap((column) => {
      const formula = elements(column as unknown as Document, "calculatedColumnFormula")[0];
      return formula ? [[column.getAttribute("name"), formula.textContent]] : [];
    });
    // Read off the sheet itself: the formula each of those columns holds on the first KPI row.
    const doc = await sheetXml(zip, "UMKM KPIs");
    const firstRow = (name: string | null) => {
      const header = plan.sheets[0].cells.find((c) => c.address.endsWith("6") && c.value === name)!;
      const address = header.address.replace("6", "7");
      const cell = elements(doc, "c").find((c) => c.getAttribute("r") === address);
      return elements(cell as unknown as Document, "f")[0]?.textContent;
    };
    expect(calculated.map(([name]) => name)).toEqual([
      "Class check",
      "Target per period",
      "Actual",
      "Achievement",
      "Status",
      "Weighted score",
      "Sort key (helper)",
    ]);
    for (const [name, formula] of calculated)
      expect([name, formula]).toEqual([name, firstRow(name)]);
    expect(calculated[2][1]).toBe(
      "IF(INDEX('Tracking'!$E6:$P6,'Tracking'!$C$3)=\"\",\"\",INDEX('Tracking'!$E6:$P6,'Tracking'!$C$3))"
    );
  });

  test("blank UMKM: the class-check cells F7:F23 (KPIs, room, total) are marked only when not blank and not OK", async () => {
    const plan = buildPlan("umkm", { ...DEFAULT_OPTIONS, example: false, lang: "id" });
    const { zip } = await writeAndOpen(plan);
    const doc = await sheetXml(zip, "KPI UMKM");
    const block = elements(doc, "conditionalFormatting").find(
      (c) => c.getAttribute("sqref") === "F7:F23"
    );
    const rule = elements(block as unknown as Document, "cfRule")[0];
    expect(rule.getAttribute("type")).toBe("expression");
    expect(rule.textContent).toBe('AND(F7<>"",F7<>"OK")');
    // The rule as the evaluator reads it: a blank check is not marked; a message is.
    const marks = (value: string | null) =>
      evaluatePlan({
        ...plan,
        sheets: [
          {
            key: "s",
            name: "S",
            cells: [
              ...(value === null ? [] : [{ address: "F7", value }]),
              { address: "A1", formula: `=${rule.textContent}` },
            ],
          },
        ],
        activate: "s",
      }).value("s", "A1");
    expect([marks(null), marks(""), marks("OK"), marks("HIGH")]).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });
});

const soffice = findSoffice();
(soffice ? describe : describe.skip)("LibreOffice reads a typed year in Tracking!C2", () => {
  test("2027 stored as a number in C2 (yearly) still selects period 2, not #N/A", async () => {
    const plan = buildPlan("umkm", {
      ...DEFAULT_OPTIONS,
      example: true,
      lang: "en",
      periods: "yearly",
      year: 2026,
    });
    const { buffer, sheets } = await writePlanToXlsxWithNames(plan, { now: NOW });
    const zip = await JSZip.loadAsync(buffer);
    const path = `xl/worksheets/sheet${sheets.findIndex((s) => s.key === "tracking") + 1}.xml`;
    const xml = await part(zip, path);
    // What Excel stores when 2027 is typed into a General cell: a number.
    const typed = xml.replace(
      /<c r="C2"([^>]*?) t="s"([^>]*)><v>\d+<\/v><\/c>/,
      '<c r="C2"$1$2><v>2027</v></c>'
    );
    expect(typed).not.toBe(xml);
    zip.file(path, typed);
    const dir = mkdtempSync(join(tmpdir(), "kinerja-selector-"));
    try {
      const input = join(dir, "typed.xlsx");
      writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
      const output = convertWithLibreOffice(input, "xlsx", join(dir, "out"));
      const recalculated = await readStoredCells(readFileSync(output));
      expect(recalculated.get("Tracking")?.get("C2")?.value).toBe(2027);
      expect(recalculated.get("Tracking")?.get("C3")?.value).toBe(2);
      expect(recalculated.get("Dashboard")?.get("B3")?.value).toBe(2027);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("spilled cells look like their anchor, or as the spill's own formats say", () => {
  test("an anchor with both a numberFormat (0.000) and numberFormats[0][0] (0.0%) shows 0.0%; the cell below 0.000", async () => {
    const plan = SPILL_ANCHOR_PLAN;
    const { workbook } = await writeAndOpen(plan);
    const sheet = workbook.getWorksheet("S") as ExcelJS.Worksheet;
    expect(["H4", "H5"].map((a) => sheet.getCell(a).numFmt)).toEqual(["0.0%", "0.000"]);
  });

  test("BSC's AHP.CHECK at A13 spills A13:B18: values boxed grey, λmax/CI/CR 0.0000, RI 0.00, count 0", async () => {
    const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true, lang: "en" });
    const { workbook } = await writeAndOpen(plan);
    const ahp = workbook.getWorksheet("AHP") as ExcelJS.Worksheet;
    expect(ahp.getCell("A13").formula).toBe(`AHP.CHECK(B7:E10,"eigen",'Settings'!$B$12)`);
    expect(["B13", "B14", "B15", "B16", "B17", "B18"].map((a) => ahp.getCell(a).numFmt)).toEqual([
      "0.0000",
      "0.0000",
      "0.00",
      "0.0000",
      undefined,
      "0",
    ]);
    expect(ahp.getCell("A16").value).toBe("CR");
    for (const address of ["A14", "B14", "B18"])
      expect((ahp.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb).toBe(
        "FFF3F3F3"
      );
    // AHP.WEIGHTS spills F7:F10 with its anchor's format.
    expect(["F7", "F8", "F10"].map((a) => ahp.getCell(a).numFmt)).toEqual([
      "0.0000",
      "0.0000",
      "0.0000",
    ]);
  });
});

describe("wrapped cells", () => {
  test("the BSC example's provenance note: merged across the register, wrapped, row 5 taller", async () => {
    const plan = buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true, lang: "id" });
    const { workbook } = await writeAndOpen(plan);
    const bsc = workbook.getWorksheet("BSC") as ExcelJS.Worksheet;
    expect(bsc.getCell("A5").alignment).toMatchObject({ wrapText: true });
    expect(String(bsc.getCell("A5").value)).toMatch(
      /^Contoh\. Dari Ithrisa, Model Balanced Scorecard/
    );
    expect(bsc.getCell("Q5").isMerged).toBe(true); // A5:Q5, to the sort-key column
    expect(bsc.getRow(5).height).toBeGreaterThanOrEqual(30);
  });
});

describe("dashboard charts and greyed-out #N/A in the .xlsx", () => {
  async function dashboardParts(plan: WorkbookPlan): Promise<{ charts: string[]; sheet: string }> {
    const { buffer, sheets } = await writePlanToXlsxWithNames(plan, { now: NOW });
    const zip = await JSZip.loadAsync(buffer);
    const charts = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
        .sort()
        .map((p) => part(zip, p))
    );
    const index = sheets.findIndex((s) => s.key === "dashboard") + 1;
    return { charts, sheet: await part(zip, `xl/worksheets/sheet${index}.xml`) };
  }

  test("UMKM's value axes read 0%, 50%, 100%; OMAX group bars run 0–10 (max before min, as the schema orders)", async () => {
    const umkm = await dashboardParts(
      buildPlan("umkm", { ...DEFAULT_OPTIONS, example: true, lang: "id" })
    );
    for (const chart of umkm.charts) {
      const valAx = /<c:valAx>.*<\/c:valAx>/s.exec(chart)![0];
      expect(valAx).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');
    }
    const bsc = await dashboardParts(buildPlan("bsc", { ...DEFAULT_OPTIONS, example: true }));
    const scalings = bsc.charts.map(
      (c) => /<c:valAx>.*?<c:scaling>(.*?)<\/c:scaling>/s.exec(c)![1]
    );
    expect(scalings).toEqual([
      '<c:orientation val="minMax"/><c:max val="10"/><c:min val="0"/>',
      '<c:orientation val="minMax"/><c:max val="10"/><c:min val="0"/>',
    ]);
  });

  test("blank BSC: #N/A in the index tables is greyed by the expression ISNA(B14)", async () => {
    const { sheet } = await dashboardParts(
      buildPlan("bsc", { ...DEFAULT_OPTIONS, example: false })
    );
    const doc = parseXml(sheet, "dashboard");
    const block = elements(doc, "conditionalFormatting").find(
      (c) => c.getAttribute("sqref") === "B14:B25"
    );
    const rule = elements(block as unknown as Document, "cfRule")[0];
    expect([rule.getAttribute("type"), rule.textContent]).toEqual(["expression", "ISNA(B14)"]);
  });
});
