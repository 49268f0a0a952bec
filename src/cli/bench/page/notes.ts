/** The 10,000 notes of the IndexedDB and notes-view measures (bundled into the bench pages). */
import { type Annotation, CATEGORIES } from '../../../core/annotations.ts';
import { describeRange, hashText } from '../../../core/anchoring/index.ts';
import { prng } from '../anchoring.ts';

export interface NoteArticle {
  id: string;
  text: string;
}

const TAGS = ['check-later', 'quote', 'timeline', 'numbers', 'sources', 'background', 'people', 'places'];

/** Realistic highlights and notes over the given articles: what a long-time reader accumulates. */
export function makeNotes(articles: NoteArticle[], count: number): Annotation[] {
  const random = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const hashes = articles.map((a) => hashText(a.text));
  const sentences = articles.flatMap((a) => a.text.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40));
  const base = Date.UTC(2024, 11, 1);
  return Array.from({ length: count }, (_, i) => {
    const n = Math.floor(random() * articles.length);
    const { id, text } = articles[n];
    const start = Math.floor(random() * (text.length - 200));
    const end = start + 20 + Math.floor(random() * 120);
    const created = new Date(base + i * 97_000).toISOString();
    const modified = random() < 0.3 ? new Date(base + i * 97_000 + Math.floor(random() * 9e8)).toISOString() : created;
    const note = random() < 0.6 ? `${pick(sentences)}${random() < 0.3 ? `\n\n*Compare:* ${pick(sentences)}` : ''}` : '';
    return {
      id: `n-${i.toString(36)}-${Math.floor(random() * 1e9).toString(36)}`,
      target: { source: id, selectors: describeRange(text, start, end), textHash: hashes[n] },
      note,
      tags: TAGS.filter(() => random() < 0.15),
      category: pick(CATEGORIES),
      created,
      modified,
      anchor: random() < 0.95 ? 'anchored' : random() < 0.5 ? 'fuzzy' : 'orphaned',
    } satisfies Annotation;
  });
}
