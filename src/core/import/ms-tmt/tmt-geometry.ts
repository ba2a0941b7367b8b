import { polylinesCross } from '../plane-geometry.js';
import type { Point, TmtLineGeometry } from './read-tm7.js';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Border boundaries are boxes with no list of what they hold: a shape is inside the smallest box that
 * holds its centre, and a box sits inside the smallest other box that holds it whole. Equal boxes
 * nest by document order, so the nesting never loops.
 */
export function innermostBox<T extends { rect: Rect }>(point: Point, boxes: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const box of boxes) {
    if (!containsPoint(box.rect, point)) continue;
    if (!best || area(box.rect) < area(best.rect)) best = box;
  }
  return best;
}

/** The box each box sits in, by index into `boxes`; undefined for the outermost ones. */
export function parentBoxes(boxes: readonly { rect: Rect }[]): (number | undefined)[] {
  return boxes.map((box, i) => {
    let parent: number | undefined;
    boxes.forEach((other, j) => {
      if (j === i || !containsRect(other.rect, box.rect)) return;
      const larger = area(other.rect) > area(box.rect) || (area(other.rect) === area(box.rect) && j < i);
      if (!larger) return;
      const current = parent === undefined ? undefined : boxes[parent];
      if (!current || area(other.rect) < area(current.rect)) parent = j;
    });
    return parent;
  });
}

export function centre(rect: Rect): Point {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

/**
 * Whether two drawn lines cross. TMT draws a line from its source point through its handle to its
 * target point; both are approximated by quadratic curves through those three points, 16 segments each.
 */
export function linesCross(a: TmtLineGeometry, b: TmtLineGeometry): boolean {
  return polylinesCross(polyline(a), polyline(b));
}

const steps = 16;

function polyline({ source, handle, target }: TmtLineGeometry): Point[] {
  // The handle lies on the curve at its middle, so the curve's control point is 2·handle − (source + target)/2.
  const control = {
    x: 2 * handle.x - (source.x + target.x) / 2,
    y: 2 * handle.y - (source.y + target.y) / 2,
  };
  const points: Point[] = [];
  for (let k = 0; k <= steps; k += 1) {
    const t = k / steps;
    const u = 1 - t;
    points.push({
      x: u * u * source.x + 2 * u * t * control.x + t * t * target.x,
      y: u * u * source.y + 2 * u * t * control.y + t * t * target.y,
    });
  }
  return points;
}

function containsPoint(rect: Rect, point: Point): boolean {
  return (
    point.x >= rect.left &&
    point.x <= rect.left + rect.width &&
    point.y >= rect.top &&
    point.y <= rect.top + rect.height
  );
}

function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.left >= outer.left &&
    inner.top >= outer.top &&
    inner.left + inner.width <= outer.left + outer.width &&
    inner.top + inner.height <= outer.top + outer.height
  );
}

function area(rect: Rect): number {
  return rect.width * rect.height;
}
