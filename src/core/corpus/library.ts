import type { Article } from '../types.ts';

/** Story timeline order: dated articles oldest first, undated ones last, then by title. */
export function byPublished(a: Pick<Article, 'published' | 'title'>, b: Pick<Article, 'published' | 'title'>): number {
  if (a.published !== b.published) {
    if (a.published == null) return 1;
    if (b.published == null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/** Reading time at 230 words a minute, at least one minute. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Gives every article a unique id, suffixing repeats (two files may slug to the same id). */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = seen.get(item.id) ?? 0;
    seen.set(item.id, n + 1);
    return n === 0 ? item : { ...item, id: `${item.id}-${n + 1}` };
  });
}
