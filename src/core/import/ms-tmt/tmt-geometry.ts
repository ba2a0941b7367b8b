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
  const segmentsOf = (points: Point[]): [Point, Point][] =>
    points.slice(1).map((p, i) => [points[i] ?? p, p]);
  const sa = segmentsOf(polyline(a));
  const sb = segmentsOf(polyline(b));
  return sa.some(([p1, p2]) => sb.some(([q1, q2]) => segmentsIntersect(p1, p2, q1, q2)));
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

function segmentsIntersect(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = orientation(q1, q2, p1);
  const d2 = orientation(q1, q2, p2);
  const d3 = orientation(p1, p2, q1);
  const d4 = orientation(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  // Touching counts as crossing: an end of one segment lies on the other.
  return (
    (d1 === 0 && onSegment(q1, q2, p1)) ||
    (d2 === 0 && onSegment(q1, q2, p2)) ||
    (d3 === 0 && onSegment(p1, p2, q1)) ||
    (d4 === 0 && onSegment(p1, p2, q2))
  );
}

function onSegment(a: Point, b: Point, p: Point): boolean {
  return (
    Math.min(a.x, b.x) <= p.x &&
    p.x <= Math.max(a.x, b.x) &&
    Math.min(a.y, b.y) <= p.y &&
    p.y <= Math.max(a.y, b.y)
  );
}

function orientation(a: Point, b: Point, c: Point): number {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
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
