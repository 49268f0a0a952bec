/**
 * The geometry of the compare view, free of the DOM: where to scroll one column so the other's
 * linked passages stay level, and the shape of a connector. Positions are in CSS pixels.
 */

/** One link's passage position in each column's scroll content (top of the passage). */
export interface Anchor {
  left: number;
  right: number;
}

export type Side = keyof Anchor;

/**
 * Maps a position in one column's content to the other column through the links: between two
 * links it interpolates linearly, beyond the first or last it keeps the same distance from it.
 * With no links it returns the position unchanged.
 */
export function mapThroughLinks(anchors: readonly Anchor[], from: Side, y: number): number {
  if (anchors.length === 0) return y;
  const to: Side = from === 'left' ? 'right' : 'left';
  const sorted = [...anchors].sort((p, q) => p[from] - q[from] || p[to] - q[to]);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (y <= first[from]) return first[to] + (y - first[from]);
  if (y >= last[from]) return last[to] + (y - last[from]);
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i - 1];
    const q = sorted[i];
    if (y > q[from]) continue;
    const span = q[from] - p[from];
    return span === 0 ? q[to] : p[to] + ((y - p[from]) / span) * (q[to] - p[to]);
  }
  return last[to];
}

/** A horizontal S-curve from (x0, y0) to (x1, y1), as an SVG path. */
export function connectorPath(x0: number, y0: number, x1: number, y1: number): string {
  const mid = (x0 + x1) / 2;
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x0)},${r(y0)} C${r(mid)},${r(y0)} ${r(mid)},${r(y1)} ${r(x1)},${r(y1)}`;
}

/** Keeps a connector end inside the gutter, a little past the edge when its passage is out of view. */
export function clampToView(y: number, height: number, overshoot = 6): { y: number; visible: boolean } {
  if (y < 0) return { y: -overshoot, visible: false };
  if (y > height) return { y: height + overshoot, visible: false };
  return { y, visible: true };
}
