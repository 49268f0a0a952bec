import { alignOffsets } from '../core/text-align.ts';

/**
 * Converts between offsets in an article's reading text and positions in its rendered DOM:
 * the thin DOM adapter over the pure alignment in core.
 */
export class TextMap {
  private constructor(
    private readonly nodes: Text[],
    /** Rendered offset at which each text node starts. */
    private readonly starts: number[],
    private readonly toRendered: Int32Array,
    private readonly renderedLength: number,
  ) {}

  static build(root: Node, readingText: string): TextMap {
    const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    const starts: number[] = [];
    let rendered = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      starts.push(rendered.length);
      rendered += (n as Text).data;
    }
    return new TextMap(nodes, starts, alignOffsets(readingText, rendered), rendered.length);
  }

  /** A live Range over reading-text offsets [start, end), or null if out of bounds. */
  range(start: number, end: number): Range | null {
    if (start < 0 || end > this.toRendered.length - 1 || end <= start || this.nodes.length === 0) return null;
    const a = this.locate(this.toRendered[start], false);
    const b = this.locate(this.toRendered[end], true);
    const range = new Range();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  /** The reading-text offset of a DOM position (e.g. from a click), or -1 outside the text. */
  offsetOf(node: Node, offset: number): number {
    const index = this.nodes.indexOf(node as Text);
    if (index < 0) return -1;
    const rendered = this.starts[index] + offset;
    // The map is monotonic: binary search for the first reading offset at or after it.
    let lo = 0;
    let hi = this.toRendered.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toRendered[mid] < rendered) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private locate(rendered: number, isEnd: boolean): { node: Text; offset: number } {
    const r = Math.min(rendered, this.renderedLength);
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      // An end position at a node boundary belongs to the previous node.
      if (this.starts[mid] < r || (!isEnd && this.starts[mid] === r)) lo = mid;
      else hi = mid - 1;
    }
    return { node: this.nodes[lo], offset: Math.min(r - this.starts[lo], this.nodes[lo].data.length) };
  }
}
