/**
 * The parts of an .xlsx file that exceljs cannot write — charts, shapes (the strategy map's boxes
 * and arrows), dynamic-array metadata and sheet-scoped names — as small pure functions that return
 * XML strings or edit one. xlsx-writer.ts puts them into the saved zip.
 *
 * References: ECMA-376 Part 1 — §20.5 SpreadsheetML drawing (xdr:), §21.2 DrawingML charts (c:),
 * §18.3.1.99 CT_Worksheet element order; Excel's dynamic-array cell metadata as XlsxWriter writes it.
 */
import { arrowEnds } from "./arrows";
import type { Point, Site } from "./arrows";
import type {
  ChartPlan,
  ColumnPlan,
  RowPlan,
  ShapePlan,
  BoxShapePlan,
  ArrowShapePlan,
} from "../sheet/plan";
import { absRange, cellAddress, parseCell, parseRange } from "../sheet/a1";
import { quoteSheetName } from "../sheet/plan";

export const EMU_PER_POINT = 12700;
export const EMU_PER_PIXEL = 9525;
const POINTS_PER_PIXEL = EMU_PER_PIXEL / EMU_PER_POINT;

const NS = {
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRels: "http://schemas.openxmlformats.org/package/2006/relationships",
};

export const RELATIONSHIP_TYPE = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  sheetMetadata: `${NS.r}/sheetMetadata`,
};

export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  sheetMetadata: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Text and attribute values escaped for XML. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** "#1F4E79" or "1f4e79" → "1F4E79" (DrawingML's srgbClr takes six hex digits, no #). */
export function hexColor(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`not a hex colour: ${color}`);
  return hex;
}

// ---------------------------------------------------------------------------------------------
// Sheet geometry: where a point (in points from the sheet's top-left) falls in the cell grid.

/** Excel's default column (8.43 characters of Calibri 11) and row (15 pt) in pixels at 96 dpi. */
export const DEFAULT_COLUMN_PX = 64;
const DEFAULT_ROW_PX = 20;
/** Maximum digit width of Calibri 11, the workbook's default font, in pixels. */
export const MAX_DIGIT_WIDTH_PX = 7;
/** Excel pads every column with 5 pixels besides its characters. */
export const COLUMN_PADDING_PX = 5;

/** A column `characters` wide (as Excel's column-width box shows it) in pixels: 20 → 145. */
export function columnWidthPixels(characters: number): number {
  return Math.round(characters * MAX_DIGIT_WIDTH_PX + COLUMN_PADDING_PX);
}

/**
 * The width stored in the file (<col width>) for a column `characters` wide: ECMA-376 §18.3.1.13,
 * Truncate((characters × 7 + 5) / 7 × 256) / 256; 20 → 20.7109375. The Office.js writer sets the same
 * pixel width, so both writers give a column the same width.
 */
export function fileColumnWidth(characters: number): number {
  return Math.trunc((columnWidthPixels(characters) / MAX_DIGIT_WIDTH_PX) * 256) / 256;
}

export interface SheetGeometry {
  columnWidthPx(col: number): number;
  rowHeightPx(row: number): number;
}

/** The sheet's grid in pixels: the plan's column widths (characters) and row heights (points). */
export function sheetGeometry(
  columns: readonly ColumnPlan[] = [],
  rows: readonly RowPlan[] = []
): SheetGeometry {
  const widths = new Map(columns.map((column) => [column.index, column.width]));
  const heights = new Map(rows.map((row) => [row.index, row.height / POINTS_PER_PIXEL]));
  return {
    columnWidthPx: (col) => {
      const width = widths.get(col);
      return width === undefined ? DEFAULT_COLUMN_PX : columnWidthPixels(width);
    },
    rowHeightPx: (row) => heights.get(row) ?? DEFAULT_ROW_PX,
  };
}

/** A cell corner plus an offset into the cell, in EMU: one end of a twoCellAnchor. */
export interface CellAnchor {
  col: number;
  colOff: number;
  row: number;
  rowOff: number;
}

/** The top-left corner of a cell. */
export function anchorAtCell(address: string): CellAnchor {
  const { row, col } = parseCell(address);
  return { col, colOff: 0, row, rowOff: 0 };
}

/** The cell that holds the point (x, y) in points from the sheet's top-left, and the offset into it. */
export function anchorAtPoint(geometry: SheetGeometry, xPt: number, yPt: number): CellAnchor {
  const [col, colOff] = locate(
    Math.round(xPt * EMU_PER_POINT),
    (k) => geometry.columnWidthPx(k) * EMU_PER_PIXEL
  );
  const [row, rowOff] = locate(
    Math.round(yPt * EMU_PER_POINT),
    (k) => geometry.rowHeightPx(k) * EMU_PER_PIXEL
  );
  return { col, colOff, row, rowOff };
}

function locate(emu: number, sizeOf: (index: number) => number): [number, number] {
  let index = 0;
  let remaining = Math.max(0, emu);
  while (remaining >= sizeOf(index)) {
    remaining -= sizeOf(index);
    index++;
  }
  return [index, remaining];
}

// ---------------------------------------------------------------------------------------------
// Charts

export type CategoryValue = string | number;

export interface ChartSeriesData {
  /** Series name: its cell and its text. */
  name: { ref: string; text: string };
  categories: { ref: string; values: CategoryValue[] };
  values: { ref: string; values: (number | null)[] };
}

export interface ChartData {
  type: ChartPlan["type"];
  title: string;
  axisTitle?: string;
  axisMin?: number;
  axisMax?: number;
  axisNumberFormat?: string;
  series: ChartSeriesData[];
}

/**
 * The series of a chart from its data range (first row = series names, first column = categories,
 * or the other way round when `seriesBy` is "rows"), with the values shown in those cells.
 * `valueAt` gives a cell's displayed value (a number, text, null or an error object).
 */
export function chartSeriesFromRange(
  chart: ChartPlan,
  sheetName: string,
  valueAt: (address: string) => unknown
): ChartData {
  // validatePlan: the data has a header row and a category column.
  const { top, left, bottom, right } = parseRange(chart.data);
  const sheet = quoteSheetName(sheetName);
  const ref = (r1: number, c1: number, r2: number, c2: number): string =>
    `${sheet}!${absRange(r1, c1, r2, c2)}`;
  const text = (row: number, col: number): string => {
    const value = valueAt(cellAddress(row, col));
    return value === null || value === undefined || typeof value === "object" ? "" : String(value);
  };
  const number = (row: number, col: number): number | null => {
    const value = valueAt(cellAddress(row, col));
    return typeof value === "number" && Number.isFinite(value) ? value : null;
  };
  const category = (row: number, col: number): CategoryValue => {
    const value = valueAt(cellAddress(row, col));
    return typeof value === "number" ? value : text(row, col);
  };

  const series: ChartSeriesData[] = [];
  if (chart.seriesBy === "columns") {
    const categoryRows = range(top + 1, bottom);
    for (let col = left + 1; col <= right; col++) {
      series.push({
        name: { ref: ref(top, col, top, col), text: text(top, col) },
        categories: {
          ref: ref(top + 1, left, bottom, left),
          values: categoryRows.map((row) => category(row, left)),
        },
        values: {
          ref: ref(top + 1, col, bottom, col),
          values: categoryRows.map((row) => number(row, col)),
        },
      });
    }
  } else {
    const categoryCols = range(left + 1, right);
    for (let row = top + 1; row <= bottom; row++) {
      series.push({
        name: { ref: ref(row, left, row, left), text: text(row, left) },
        categories: {
          ref: ref(top, left + 1, top, right),
          values: categoryCols.map((col) => category(top, col)),
        },
        values: {
          ref: ref(row, left + 1, row, right),
          values: categoryCols.map((col) => number(row, col)),
        },
      });
    }
  }
  return {
    type: chart.type,
    title: chart.title,
    axisTitle: chart.axisTitle,
    axisMin: chart.axisMin,
    axisMax: chart.axisMax,
    axisNumberFormat: chart.axisNumberFormat,
    series,
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

const CATEGORY_AXIS_ID = 50010001;
const VALUE_AXIS_ID = 50010002;

/** A chart part (xl/charts/chartN.xml): one line, column or bar chart with a cache of every value. */
export function chartXml(data: ChartData): string {
  const isBar = data.type === "bar";
  const plot =
    data.type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${data.series.map(lineSeriesXml).join("")}` +
        `<c:marker val="1"/>${axisIdsXml()}</c:lineChart>`
      : `<c:barChart><c:barDir val="${isBar ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
        `${data.series.map(barSeriesXml).join("")}<c:gapWidth val="150"/>${axisIdsXml()}</c:barChart>`;
  // A horizontal bar chart has its categories on the left and its values along the bottom.
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${isBar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>` +
    // CT_Scaling: orientation, then max, then min.
    (data.axisMax !== undefined ? `<c:max val="${data.axisMax}"/>` : "") +
    (data.axisMin !== undefined ? `<c:min val="${data.axisMin}"/>` : "") +
    `</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${isBar ? "b" : "l"}"/><c:majorGridlines/>` +
    (data.axisTitle ? titleXml(data.axisTitle, 1000) : "") +
    (data.axisNumberFormat
      ? `<c:numFmt formatCode="${escapeXml(data.axisNumberFormat)}" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:lang val="en-US"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(data.title, 1400)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

function axisIdsXml(): string {
  return `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
}

/** A chart or axis title; `size` in hundredths of a point. */
function titleXml(text: string, size: number): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

// CT_LineSer: idx, order, tx, spPr, marker, …, cat, val, smooth.
function lineSeriesXml(series: ChartSeriesData, index: number): string {
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${seriesNameXml(series)}` +
    `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
    `${categoriesXml(series)}${valuesXml(series)}<c:smooth val="0"/></c:ser>`
  );
}

// CT_BarSer: idx, order, tx, spPr, invertIfNegative, …, cat, val.
function barSeriesXml(series: ChartSeriesData, index: number): string {
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${seriesNameXml(series)}` +
    `<c:invertIfNegative val="0"/>${categoriesXml(series)}${valuesXml(series)}</c:ser>`
  );
}

function seriesNameXml(series: ChartSeriesData): string {
  return `<c:tx><c:strRef><c:f>${escapeXml(series.name.ref)}</c:f>${strCacheXml([series.name.text])}</c:strRef></c:tx>`;
}

/** Numeric categories (years) are a number reference, anything else a text reference. */
function categoriesXml(series: ChartSeriesData): string {
  const { ref, values } = series.categories;
  const f = `<c:f>${escapeXml(ref)}</c:f>`;
  if (values.length > 0 && values.every((value) => typeof value === "number")) {
    return `<c:cat><c:numRef>${f}${numCacheXml(values as number[])}</c:numRef></c:cat>`;
  }
  return `<c:cat><c:strRef>${f}${strCacheXml(values.map(String))}</c:strRef></c:cat>`;
}

function valuesXml(series: ChartSeriesData): string {
  return `<c:val><c:numRef><c:f>${escapeXml(series.values.ref)}</c:f>${numCacheXml(series.values.values)}</c:numRef></c:val>`;
}

function strCacheXml(values: string[]): string {
  const points = values
    .map((value, idx) => `<c:pt idx="${idx}"><c:v>${escapeXml(value)}</c:v></c:pt>`)
    .join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

/** Empty and non-numeric cells have no point: the chart shows a gap there. */
function numCacheXml(values: (number | null)[]): string {
  const points = values
    .map((value, idx) => (value === null ? "" : `<c:pt idx="${idx}"><c:v>${value}</c:v></c:pt>`))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

// ---------------------------------------------------------------------------------------------
// The drawing part: chart frames, boxes and arrows.

export interface DrawingChart {
  /** Relationship id (in the drawing's .rels) of the chart part. */
  relId: string;
  name: string;
  from: CellAnchor;
  to: CellAnchor;
}

/**
 * xl/drawings/drawingN.xml: a twoCellAnchor for each chart (over its from/to cells), each box
 * (an xdr:sp rectangle with its text) and each arrow (an xdr:cxnSp straight connector glued to the
 * two boxes with stCxn/endCxn, its arrow head at the end: a:tailEnd).
 */
export function drawingXml(
  charts: readonly DrawingChart[],
  shapes: readonly ShapePlan[],
  geometry: SheetGeometry
): string {
  let nextId = 2;
  const anchors: string[] = [];
  for (const chart of charts) {
    if (chart.to.col <= chart.from.col || chart.to.row <= chart.from.row) {
      throw new Error(
        `chart "${chart.name}": its bottom-right cell must lie below and right of its top-left cell`
      );
    }
    const id = nextId++;
    // A chart moves and sizes with its cells, as one inserted in Excel does.
    anchors.push(
      `<xdr:twoCellAnchor>${anchorXml("from", chart.from)}${anchorXml("to", chart.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(chart.name)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${chart.relId}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  }

  const boxes = shapes.filter((shape): shape is BoxShapePlan => shape.kind === "box");
  const arrows = shapes.filter((shape): shape is ArrowShapePlan => shape.kind === "arrow");
  const boxIds = new Map<string, number>();
  const boxByKey = new Map<string, BoxShapePlan>();
  for (const box of boxes) {
    if (boxIds.has(box.key)) throw new Error(`shape key "${box.key}" is used twice`);
    boxIds.set(box.key, nextId++);
    boxByKey.set(box.key, box);
  }
  for (const box of boxes) anchors.push(boxXml(box, boxIds.get(box.key) as number, geometry));
  for (const arrow of arrows) {
    const from = boxByKey.get(arrow.from);
    const to = boxByKey.get(arrow.to);
    if (!from || !to) {
      throw new Error(
        `arrow "${arrow.key}" joins "${arrow.from}" → "${arrow.to}", but a box with that key is missing`
      );
    }
    anchors.push(
      arrowXml(arrow, nextId++, {
        startId: boxIds.get(arrow.from) as number,
        endId: boxIds.get(arrow.to) as number,
        ...arrowEnds(from, to),
        geometry,
      })
    );
  }

  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors.join("")}</xdr:wsDr>`
  );
}

function anchorXml(tag: "from" | "to", anchor: CellAnchor): string {
  return (
    `<xdr:${tag}><xdr:col>${anchor.col}</xdr:col><xdr:colOff>${anchor.colOff}</xdr:colOff>` +
    `<xdr:row>${anchor.row}</xdr:row><xdr:rowOff>${anchor.rowOff}</xdr:rowOff></xdr:${tag}>`
  );
}

function xfrmXml(xPt: number, yPt: number, widthPt: number, heightPt: number, flip = ""): string {
  const emu = (pt: number): number => Math.round(pt * EMU_PER_POINT);
  return `<a:xfrm${flip}><a:off x="${emu(xPt)}" y="${emu(yPt)}"/><a:ext cx="${emu(widthPt)}" cy="${emu(heightPt)}"/></a:xfrm>`;
}

function boxXml(box: BoxShapePlan, id: number, geometry: SheetGeometry): string {
  const from = anchorAtPoint(geometry, box.left, box.top);
  const to = anchorAtPoint(geometry, box.left + box.width, box.top + box.height);
  // One paragraph per line of the box's text.
  const paragraphs = box.text
    .split("\n")
    .map(
      (line) =>
        `<a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="en-US" sz="1100"><a:solidFill><a:srgbClr val="${hexColor(box.fontColor)}"/></a:solidFill>` +
        `<a:latin typeface="Calibri"/></a:rPr>` +
        `<a:t>${escapeXml(line)}</a:t></a:r></a:p>`
    )
    .join("");
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${anchorXml("from", from)}${anchorXml("to", to)}` +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${escapeXml(box.key)}"/><xdr:cNvSpPr/></xdr:nvSpPr>` +
    `<xdr:spPr>${xfrmXml(box.left, box.top, box.width, box.height)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
    `<a:solidFill><a:srgbClr val="${hexColor(box.fill)}"/></a:solidFill>` +
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="${hexColor(box.line)}"/></a:solidFill></a:ln></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" lIns="45720" tIns="45720" rIns="45720" bIns="45720" anchor="ctr" rtlCol="0"/>` +
    `<a:lstStyle/>${paragraphs}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

interface ArrowEnds {
  startId: number;
  endId: number;
  start: Site;
  end: Site;
  startPoint: Point;
  endPoint: Point;
  geometry: SheetGeometry;
}

function arrowXml(arrow: ArrowShapePlan, id: number, ends: ArrowEnds): string {
  const { startPoint: p, endPoint: q } = ends;
  const left = Math.min(p.x, q.x);
  const top = Math.min(p.y, q.y);
  // A connector's box runs from its start to its end; flips say which corner is the start.
  const flip = `${q.x < p.x ? ' flipH="1"' : ""}${q.y < p.y ? ' flipV="1"' : ""}`;
  const from = anchorAtPoint(ends.geometry, left, top);
  const to = anchorAtPoint(ends.geometry, Math.max(p.x, q.x), Math.max(p.y, q.y));
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${anchorXml("from", from)}${anchorXml("to", to)}` +
    `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id}" name="${escapeXml(arrow.key)}"/>` +
    `<xdr:cNvCxnSpPr><a:stCxn id="${ends.startId}" idx="${ends.start}"/><a:endCxn id="${ends.endId}" idx="${ends.end}"/></xdr:cNvCxnSpPr>` +
    `</xdr:nvCxnSpPr><xdr:spPr>${xfrmXml(left, top, Math.abs(q.x - p.x), Math.abs(q.y - p.y), flip)}` +
    `<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>` +
    `<a:ln w="19050"><a:solidFill><a:srgbClr val="${hexColor(arrow.color)}"/></a:solidFill>` +
    `<a:tailEnd type="triangle" w="med" len="med"/></a:ln></xdr:spPr></xdr:cxnSp><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

// ---------------------------------------------------------------------------------------------
// Package plumbing: relationships, content types, the worksheet's <drawing> element.

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** A .rels part holding `relationships`. */
export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships
    .map(
      (rel) =>
        `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`
    )
    .join("");
  return `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRels}">${items}</Relationships>`;
}

/** Adds a relationship to a .rels part (or starts one) under the first free "rIdN"; returns the part and the id. */
export function withRelationship(
  relsXml: string | undefined,
  type: string,
  target: string
): { xml: string; id: string } {
  const xml = relsXml ?? relationshipsXml([]);
  const used = new Set(Array.from(xml.matchAll(/\bId="([^"]+)"/g), (m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  const closed = xml.replace(/<Relationships([^>]*)\/>/, "<Relationships$1></Relationships>");
  return { xml: closed.replace("</Relationships>", `${element}</Relationships>`), id };
}

/** Adds <Override> entries to [Content_Types].xml (a part already listed is left as it is). */
export function withContentTypeOverrides(
  xml: string,
  overrides: readonly { partName: string; contentType: string }[]
): string {
  const added = overrides
    .filter(({ partName }) => !xml.includes(`PartName="${partName}"`))
    .map(
      ({ partName, contentType }) =>
        `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`
    )
    .join("");
  return xml.replace("</Types>", `${added}</Types>`);
}

/** CT_Worksheet's children in the order the schema requires (ECMA-376 Part 1 §18.3.1.99). */
const WORKSHEET_CHILD_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Reorders a worksheet part's top-level elements into schema order. exceljs writes <legacyDrawing>
 * (for notes) after <tableParts>, which Excel reports as damaged content; <drawing> is appended
 * by withDrawingElement and put in place here.
 */
export function withSchemaOrderedChildren(sheetXml: string): string {
  const open = /<worksheet\b[^>]*>/.exec(sheetXml);
  const closeAt = sheetXml.lastIndexOf("</worksheet>");
  if (!open || closeAt < 0) throw new Error("not a worksheet part");
  const bodyStart = open.index + open[0].length;
  const children = topLevelElements(sheetXml.slice(bodyStart, closeAt));
  const rank = (name: string): number => {
    const k = WORKSHEET_CHILD_ORDER.indexOf(name);
    if (k < 0) throw new Error(`unknown worksheet element <${name}>`);
    return k;
  };
  const ordered = children
    .map((child, position) => ({ ...child, position }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.position - b.position);
  return (
    sheetXml.slice(0, bodyStart) +
    ordered.map((child) => child.xml).join("") +
    sheetXml.slice(closeAt)
  );
}

/** Splits XML content into its top-level elements (name and text), following nested tags. */
function topLevelElements(content: string): { name: string; xml: string }[] {
  const elements: { name: string; xml: string }[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let start = 0;
  let name = "";
  for (let m = tag.exec(content); m; m = tag.exec(content)) {
    const [text, closing, tagName, selfClosing] = m;
    if (depth === 0) {
      start = m.index;
      name = tagName;
    }
    if (closing) depth--;
    else if (!selfClosing) depth++;
    if (depth === 0) elements.push({ name, xml: content.slice(start, m.index + text.length) });
  }
  if (depth !== 0) throw new Error("unbalanced worksheet XML");
  return elements;
}

/** Puts <drawing r:id="…"/> into a worksheet part at its schema position. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error("the worksheet already has a drawing");
  const rootTag = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "";
  const withNamespace = rootTag.includes("xmlns:r=")
    ? sheetXml
    : sheetXml.replace("<worksheet", `<worksheet xmlns:r="${NS.r}"`);
  return withSchemaOrderedChildren(
    withNamespace.replace("</worksheet>", `<drawing r:id="${relId}"/></worksheet>`)
  );
}

// ---------------------------------------------------------------------------------------------
// Dynamic arrays: Excel 365 treats an array formula as a spill when its cell points (cm="1") at
// the XLDAPR cell metadata; older Excel and LibreOffice read it as an ordinary array formula.

/** xl/metadata.xml with the one dynamic-array cell-metadata record that cm="1" refers to. */
export function dynamicArrayMetadataXml(): string {
  return (
    XML_DECLARATION +
    `<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">` +
    `<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" ` +
    `pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" ` +
    `coerce="1" cellMeta="1"/></metadataTypes>` +
    `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">` +
    `<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>` +
    `<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`
  );
}

/** Marks the anchor cells of spilling formulas (`<c r="B4" …>`) with cm="1". */
export function withDynamicArrayCells(sheetXml: string, addresses: readonly string[]): string {
  let xml = sheetXml;
  for (const address of addresses) {
    const pattern = new RegExp(`<c r="${address}"(?=[\\s>/])`);
    if (!pattern.test(xml))
      throw new Error(`spilling formula cell ${address} is missing from the worksheet part`);
    xml = xml.replace(pattern, `<c r="${address}" cm="1"`);
  }
  return xml;
}

// ---------------------------------------------------------------------------------------------
// Sheet-scoped names (exceljs writes workbook-wide names only).

export interface ScopedName {
  name: string;
  /** 0-based position of the sheet in the workbook (localSheetId). */
  sheetIndex: number;
  /** Absolute reference with the quoted sheet name: 'Dashboard'!$B$4:$D$9. */
  reference: string;
  comment?: string;
}

/** Adds <definedName localSheetId="…"> entries to xl/workbook.xml, after <sheets> as the schema orders them. */
export function withSheetScopedNames(workbookXml: string, names: readonly ScopedName[]): string {
  if (names.length === 0) return workbookXml;
  const entries = names
    .map(
      (n) =>
        `<definedName name="${escapeXml(n.name)}"${n.comment ? ` comment="${escapeXml(n.comment)}"` : ""} ` +
        `localSheetId="${n.sheetIndex}">${escapeXml(n.reference)}</definedName>`
    )
    .join("");
  if (/<definedNames\/>/.test(workbookXml))
    return workbookXml.replace("<definedNames/>", `<definedNames>${entries}</definedNames>`);
  if (/<\/definedNames>/.test(workbookXml))
    return workbookXml.replace("</definedNames>", `${entries}</definedNames>`);
  if (!/<\/sheets>/.test(workbookXml)) throw new Error("workbook part has no <sheets> element");
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${entries}</definedNames>`);
}
