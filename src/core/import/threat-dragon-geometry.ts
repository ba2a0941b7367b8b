import type { Box, Point } from './threat-dragon-cells.js';

/**
 * Plane geometry for Threat Dragon diagrams, whose trust boundaries are shapes only: what a box
 * holds and whether a flow crosses a line must be worked out from coordinates.
 */

/** Half a pixel of slack: shapes snapped to a grid may touch a boundary's edge exactly. */
const slack = 0.5;

export function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function area(box: Box): number {
  return box.width * box.height;
}

export function containsPoint(box: Box, point: Point): boolean {
  return (
    point.x >= box.x - slack &&
    point.x <= box.x + box.width + slack &&
    point.y >= box.y - slack &&
    point.y <= box.y + box.height + slack
  );
}

/** The inner box lies wholly inside the outer one. */
export function containsBox(outer: Box, inner: Box): boolean {
  return (
    containsPoint(outer, inner) &&
    containsPoint(outer, { x: inner.x + inner.width, y: inner.y + inner.height })
  );
}

/** The boxes share some area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return (
    a.x + slack < b.x + b.width &&
    b.x + slack < a.x + a.width &&
    a.y + slack < b.y + b.height &&
    b.y + slack < a.y + a.height
  );
}
