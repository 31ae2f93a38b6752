/**
 * Where a strategy-map arrow meets its two boxes — shared by both writers so Excel (Office.js) and
 * the .xlsx file draw the same map. Sites are a rectangle's connection sites, numbered as DrawingML's
 * preset "rect" and Excel's shapes number them: 0 top, 1 left, 2 bottom, 3 right.
 */
import type { BoxShapePlan } from "../sheet/plan";

export const SITE = { top: 0, left: 1, bottom: 2, right: 3 } as const;
export type Site = (typeof SITE)[keyof typeof SITE];

export interface Point {
  x: number;
  y: number;
}

export interface ArrowEnds {
  start: Site;
  end: Site;
  /** In points from the sheet's top-left corner. */
  startPoint: Point;
  endPoint: Point;
}

export function sitePoint(box: BoxShapePlan, site: Site): Point {
  switch (site) {
    case SITE.top:
      return { x: box.left + box.width / 2, y: box.top };
    case SITE.left:
      return { x: box.left, y: box.top + box.height / 2 };
    case SITE.bottom:
      return { x: box.left + box.width / 2, y: box.top + box.height };
    case SITE.right:
      return { x: box.left + box.width, y: box.top + box.height / 2 };
  }
}

/**
 * Boxes one above the other (no vertical overlap, e.g. in different perspective bands) are joined
 * bottom ↔ top, however far apart sideways; boxes side by side are joined by their facing sides.
 */
export function arrowEnds(from: BoxShapePlan, to: BoxShapePlan): ArrowEnds {
  const stacked = from.top >= to.top + to.height || to.top >= from.top + from.height;
  let start: Site;
  let end: Site;
  if (stacked) {
    const upward = to.top < from.top;
    [start, end] = upward ? [SITE.top, SITE.bottom] : [SITE.bottom, SITE.top];
  } else {
    const rightward = to.left + to.width / 2 > from.left + from.width / 2;
    [start, end] = rightward ? [SITE.right, SITE.left] : [SITE.left, SITE.right];
  }
  return { start, end, startPoint: sitePoint(from, start), endPoint: sitePoint(to, end) };
}
