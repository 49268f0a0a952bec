/** Hash routes, so deep links survive a reload and work from the offline cache with one shell. */
export type Route =
  | { name: 'library' }
  | { name: 'article'; id: string; at?: { start: number; end: number } }
  /** Two articles side by side; either id may be empty while the reader is still choosing. */
  | { name: 'compare'; a: string; b: string }
  /** The claims matrix of one story; an empty id lists the stories. */
  | { name: 'story'; id: string }
  | { name: 'notes' }
  | { name: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  const [pathname, query = ''] = path.split('?', 2);
  const raw = pathname.split('/').filter(Boolean);
  const parts = raw.map(decodeSegment);
  if (parts.some((p) => p === null)) return { name: 'not-found', hash };
  const [view, ...args] = parts as string[];
  if (view === 'article' && args.length === 1) {
    const at = /(?:^|&)at=(\d{1,9})-(\d{1,9})(?:&|$)/.exec(query);
    const start = at ? Number(at[1]) : NaN;
    const end = at ? Number(at[2]) : NaN;
    return end > start ? { name: 'article', id: args[0], at: { start, end } } : { name: 'article', id: args[0] };
  }
  if (view === 'compare' && args.length <= 2) return { name: 'compare', a: args[0] ?? '', b: args[1] ?? '' };
  if (view === 'story' && args.length <= 1) return { name: 'story', id: args[0] ?? '' };
  if (view === 'notes' && args.length === 0) return { name: 'notes' };
  return { name: 'not-found', hash };
}

/** A malformed escape (a hand-edited or truncated link) is a missing page, not a crash. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function articleHref(id: string, at?: { start: number; end: number }): string {
  return `#/article/${encodeURIComponent(id)}${at ? `?at=${at.start}-${at.end}` : ''}`;
}

export function compareHref(a: string, b: string): string {
  return `#/compare/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
}

export function storyHref(id: string): string {
  return `#/story/${encodeURIComponent(id)}`;
}

export const NOTES_HREF = '#/notes';
