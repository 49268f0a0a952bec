/**
 * Measure 2: rendering a 5,000-word article with 300 highlights against the same article
 * without highlights, in Chromium (see page/render.ts for what one render does).
 */
import { CATEGORIES } from '../../core/annotations.ts';
import type { Article } from '../../core/types.ts';
import type { BenchBrowser } from './browser.ts';
import type { BenchPageApi } from './page/entry.ts';
import { type RunPlan, type Summary, ratio, summarize } from './stats.ts';

export interface RenderResult {
  words: number;
  highlights: number;
  /** To a forced layout: Markdown -> sanitised DOM (+ TextMap + paint) -> offsetHeight. */
  withHighlights: Summary;
  withoutHighlights: Summary;
  ratioWithHighlights: number;
  /** To just after the next frame (includes painting the highlights). */
  withHighlightsFrame: Summary;
  withoutHighlightsFrame: Summary;
  ratioWithHighlightsFrame: number;
}

/** `count` highlights of 2-8 words, evenly spread, the four categories in turn. */
export function spreadHighlights(text: string, count: number): Array<{ start: number; end: number; category: string }> {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const step = words.length / count;
  return Array.from({ length: count }, (_, i) => {
    const first = Math.floor(i * step);
    const last = Math.min(words.length - 1, first + 1 + (i % 7));
    return { start: words[first].start, end: words[last].end, category: CATEGORIES[i % CATEGORIES.length] };
  });
}

export async function measureRender(bench: BenchBrowser, article: Article, plan: RunPlan, count = 300): Promise<RenderResult> {
  const page = await bench.benchPage();
  const input = { markdown: article.markdown, text: article.text, highlights: spreadHighlights(article.text, count), ...plan };
  const samples = await page.evaluate((i) => (globalThis as unknown as { benchPage: BenchPageApi }).benchPage.render(i), input);
  await page.close();
  if (samples.painted !== count) throw new Error(`only ${samples.painted} of ${count} highlights could be placed`);
  const w = summarize(samples.withHighlights);
  const wo = summarize(samples.withoutHighlights);
  const wf = summarize(samples.withHighlightsFrame);
  const wof = summarize(samples.withoutHighlightsFrame);
  return {
    words: article.words,
    highlights: samples.painted,
    withHighlights: w,
    withoutHighlights: wo,
    ratioWithHighlights: ratio(w, wo),
    withHighlightsFrame: wf,
    withoutHighlightsFrame: wof,
    ratioWithHighlightsFrame: ratio(wf, wof),
  };
}
