/**
 * In-page half of measure 2: render a long article from Markdown with the project's own
 * renderMarkdown, then (variant "with") map its reading text onto the DOM with TextMap and paint
 * the highlights with the CSS Custom Highlight API under the reader's own highlight names
 * (cl-note-<category>), as the reader does; then force layout.
 */
import { clearOwner, paint } from '../../../ui/highlight-painter.ts';
import { renderMarkdown } from '../../../ui/markdown.ts';
import { TextMap } from '../../../ui/text-map.ts';
import { afterNextFrame, settle } from './frame.ts';

export interface RenderInput {
  markdown: string;
  text: string;
  highlights: Array<{ start: number; end: number; category: string }>;
  warmup: number;
  runs: number;
}

export interface RenderSamples {
  /** Markdown to DOM (+ highlights) until a forced layout returns, ms. */
  withHighlights: number[];
  withoutHighlights: number[];
  /** The same until just after the next frame (style, layout and paint of the highlights). */
  withHighlightsFrame: number[];
  withoutHighlightsFrame: number[];
  painted: number;
}

const owner = {};

async function once(input: RenderInput, highlights: boolean): Promise<{ sync: number; frame: number; painted: number }> {
  const host = document.getElementById('host')!;
  host.replaceChildren();
  clearOwner(owner);
  await settle();
  const t0 = performance.now();
  const body = document.createElement('div');
  body.append(renderMarkdown(input.markdown));
  host.append(body);
  let painted = 0;
  if (highlights) {
    const map = TextMap.build(body, input.text);
    const byCategory = new Map<string, Range[]>();
    for (const h of input.highlights) {
      const range = map.range(h.start, h.end);
      if (!range) continue;
      painted++;
      let list = byCategory.get(h.category);
      if (!list) byCategory.set(h.category, (list = []));
      list.push(range);
    }
    for (const [category, ranges] of byCategory) paint(owner, `cl-note-${category}`, ranges);
  }
  // Force style and layout now, so the synchronous figure includes them.
  void body.offsetHeight;
  body.getBoundingClientRect();
  const t1 = performance.now();
  const t2 = await afterNextFrame();
  return { sync: t1 - t0, frame: t2 - t0, painted };
}

export async function render(input: RenderInput): Promise<RenderSamples> {
  const out: RenderSamples = { withHighlights: [], withoutHighlights: [], withHighlightsFrame: [], withoutHighlightsFrame: [], painted: 0 };
  for (let i = 0; i < input.warmup + input.runs; i++) {
    // Alternate which variant goes first, so drift falls on both.
    for (const withHighlights of i % 2 === 0 ? [true, false] : [false, true]) {
      const r = await once(input, withHighlights);
      if (i < input.warmup) continue;
      if (withHighlights) {
        out.withHighlights.push(r.sync);
        out.withHighlightsFrame.push(r.frame);
        out.painted = r.painted;
      } else {
        out.withoutHighlights.push(r.sync);
        out.withoutHighlightsFrame.push(r.frame);
      }
    }
  }
  document.getElementById('host')!.replaceChildren();
  clearOwner(owner);
  return out;
}
