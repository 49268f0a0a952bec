/**
 * Measure 5: re-anchoring 1,000 highlights (reanchorAll) after the article was edited, against
 * the same 1,000 on the unedited text (hash matches: the position fast path).
 */
import type { Annotation } from '../../core/annotations.ts';
import { describeRange, hashText, reanchorAll } from '../../core/anchoring/index.ts';
import type { Article } from '../../core/types.ts';
import { type RunPlan, type Summary, ratio, summarize, timePaired } from './stats.ts';

export interface AnchoringResult {
  highlights: number;
  edits: string;
  edited: Summary;
  unedited: Summary;
  ratioToUnedited: number;
  /** Shares of the 1,000 after the edit, 0..1. */
  exactShare: number;
  fuzzyShare: number;
  orphanedShare: number;
  /** Highlights with an edit inside them or within their 32 characters of stored context. */
  touchedByEdits: number;
}

/** Deterministic PRNG (mulberry32), so every run places the same highlights and edits. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` highlights of 1-12 words at word boundaries, spread over the text at random. */
export function makeHighlights(article: Article, count: number, seed = 7): Annotation[] {
  const words = [...article.text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const random = prng(seed);
  const textHash = hashText(article.text);
  const out: Annotation[] = [];
  for (let i = 0; i < count; i++) {
    const first = Math.floor(random() * (words.length - 12));
    const last = first + Math.floor(random() * 12);
    const stamp = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    out.push({
      id: `h-${i}`,
      target: { source: article.id, selectors: describeRange(article.text, words[first].start, words[last].end), textHash },
      note: '',
      tags: [],
      category: 'important',
      created: stamp,
      modified: stamp,
      anchor: 'anchored',
    });
  }
  return out;
}

/**
 * An editor's pass over the text: 4 sentences inserted, 4 passages of about 60 characters
 * deleted, 4 words replaced, spread evenly. Applied back to front so earlier offsets hold.
 */
export function editText(text: string): { text: string; edits: string; touched: Array<[number, number]> } {
  const n = 12;
  let edited = text;
  const touched: Array<[number, number]> = [];
  for (let i = n - 1; i >= 0; i--) {
    const at = Math.floor(((i + 0.5) * text.length) / n);
    const word = /\s\S+/.exec(edited.slice(at))!;
    const pos = at + word.index + 1;
    const len = word[0].length - 1;
    touched.push([pos, pos + (i % 3 === 0 ? 0 : i % 3 === 1 ? 60 : len)]);
    if (i % 3 === 0) edited = `${edited.slice(0, pos)}In a later update the figures were revised once more. ${edited.slice(pos)}`;
    else if (i % 3 === 1) edited = edited.slice(0, pos) + edited.slice(pos + 60);
    else edited = `${edited.slice(0, pos)}reportedly${edited.slice(pos + len)}`;
  }
  return { text: edited, edits: '4 sentence insertions, 4 deletions of 60 characters, 4 word replacements, spread evenly', touched };
}

export async function measureAnchoring(article: Article, plan: RunPlan, count = 1000): Promise<AnchoringResult> {
  const highlights = makeHighlights(article, count);
  const { text: edited, edits, touched } = editText(article.text);
  const touchedByEdits = highlights.filter((h) => {
    const { start, end } = h.target.selectors![1];
    return touched.some(([a, b]) => a <= end + 32 && b >= start - 32);
  }).length;
  const samples = await timePaired(plan, () => reanchorAll(edited, highlights), () => reanchorAll(article.text, highlights));
  const result = reanchorAll(edited, highlights);
  const share = (status: Annotation['anchor']) => result.filter((a) => a.anchor === status).length / result.length;
  const e = summarize(samples.measured);
  const u = summarize(samples.baseline);
  return {
    highlights: count,
    edits,
    edited: e,
    unedited: u,
    ratioToUnedited: ratio(e, u),
    exactShare: share('anchored'),
    fuzzyShare: share('fuzzy'),
    orphanedShare: share('orphaned'),
    touchedByEdits,
  };
}
