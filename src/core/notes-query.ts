import type { Annotation, HighlightCategory } from './annotations.ts';

/** What the notes view knows of an article; absent when the article left the library. */
export interface NoteArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

export interface NoteFilter {
  /** Words that must all appear in the quote, note, tags or article title (any case, any accents). */
  text: string;
  tag: string | null;
  category: HighlightCategory | null;
  article: string | null;
  outlet: string | null;
  /** Inclusive calendar days (YYYY-MM-DD) of the note's last change. */
  from: string | null;
  to: string | null;
}

export const NO_FILTER: NoteFilter = { text: '', tag: null, category: null, article: null, outlet: null, from: null, to: null };

export type NoteSort = 'newest' | 'oldest' | 'article';
export const NOTE_SORTS: Record<NoteSort, string> = { newest: 'Newest first', oldest: 'Oldest first', article: 'By article, in reading order' };

/** Folds case and accents so "zelenskyy" finds "Zelenskyy" and "cafe" finds "café". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLocaleLowerCase('en');
}

/** The notes that pass the filter, in the chosen order. Pure: the view re-runs it on each keystroke. */
export function queryNotes(notes: readonly Annotation[], articles: ReadonlyMap<string, NoteArticle>, filter: NoteFilter, sort: NoteSort): Annotation[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  const matches = notes.filter((n) => {
    const article = articles.get(n.target.source);
    if (filter.tag !== null && !n.tags.includes(filter.tag)) return false;
    if (filter.category !== null && n.category !== filter.category) return false;
    if (filter.article !== null && n.target.source !== filter.article) return false;
    if (filter.outlet !== null && article?.outlet !== filter.outlet) return false;
    const day = n.modified.slice(0, 10);
    if (filter.from !== null && day < filter.from) return false;
    if (filter.to !== null && day > filter.to) return false;
    if (words.length === 0) return true;
    const haystack = fold([n.target.selectors?.[0].exact ?? '', n.note, n.tags.join(' '), article?.title ?? ''].join('\n'));
    return words.every((w) => haystack.includes(w));
  });
  const position = (n: Annotation) => n.target.selectors?.[1].start ?? -1;
  const title = (n: Annotation) => articles.get(n.target.source)?.title ?? '\uffff' + n.target.source;
  const compare: Record<NoteSort, (a: Annotation, b: Annotation) => number> = {
    newest: (a, b) => cmp(b.modified, a.modified) || cmp(a.id, b.id),
    oldest: (a, b) => cmp(a.modified, b.modified) || cmp(a.id, b.id),
    article: (a, b) => cmp(title(a), title(b)) || cmp(a.target.source, b.target.source) || position(a) - position(b) || cmp(a.id, b.id),
  };
  return matches.sort(compare[sort]);
}

/** The values each filter can take, with how many notes have them, for the filter menus. */
export function noteFacets(notes: readonly Annotation[], articles: ReadonlyMap<string, NoteArticle>): { tags: Array<[string, number]>; outlets: Array<[string, number]>; articles: Array<[string, number]> } {
  const count = (values: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m].sort((a, b) => cmp(a[0], b[0]));
  };
  return {
    tags: count(notes.flatMap((n) => n.tags)),
    outlets: count(notes.map((n) => articles.get(n.target.source)?.outlet).filter((o): o is string => !!o)),
    articles: count(notes.map((n) => n.target.source)),
  };
}

/** Notes that cannot be shown in place: their article is gone, or their text could not be found in it. */
export function isOrphan(note: Annotation, articles: ReadonlyMap<string, NoteArticle>): boolean {
  return note.anchor === 'orphaned' || !articles.has(note.target.source);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
