/** A point of a drawing, in the drawing's own units. */
export interface Point {
  x: number;
  y: number;
}

/** Whether two polylines (lists of points joined by straight segments) cross or touch. */
export function polylinesCross(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 1; i < a.length; i += 1) {
    for (let j = 1; j < b.length; j += 1) {
      const [p, q, r, s] = [a[i - 1], a[i], b[j - 1], b[j]];
      if (p && q && r && s && segmentsCross(p, q, r, s)) return true;
    }
  }
  return false;
}

function segmentsCross(p: Point, q: Point, r: Point, s: Point): boolean {
  const d1 = orientation(r, s, p);
  const d2 = orientation(r, s, q);
  const d3 = orientation(p, q, r);
  const d4 = orientation(p, q, s);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && onSegment(r, s, p)) ||
    (d2 === 0 && onSegment(r, s, q)) ||
    (d3 === 0 && onSegment(p, q, r)) ||
    (d4 === 0 && onSegment(p, q, s))
  );
}

function orientation(a: Point, b: Point, c: Point): number {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

function onSegment(a: Point, b: Point, p: Point): boolean {
  return (
    Math.min(a.x, b.x) <= p.x &&
    p.x <= Math.max(a.x, b.x) &&
    Math.min(a.y, b.y) <= p.y &&
    p.y <= Math.max(a.y, b.y)
  );
}
