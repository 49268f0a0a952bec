/** Hash routes, so deep links survive a reload and work from the offline cache with one shell. */
export type Route =
  | { name: 'library' }
  | { name: 'article'; id: string; at?: { start: number; end: number } }
  | { name: 'not-found'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  const [pathname, query = ''] = path.split('?', 2);
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] === 'article' && parts.length === 2) {
    let id: string;
    try {
      id = decodeURIComponent(parts[1]);
    } catch {
      return { name: 'not-found', hash };
    }
    const at = /(?:^|&)at=(\d{1,9})-(\d{1,9})(?:&|$)/.exec(query);
    const start = at ? Number(at[1]) : NaN;
    const end = at ? Number(at[2]) : NaN;
    return end > start ? { name: 'article', id, at: { start, end } } : { name: 'article', id };
  }
  return { name: 'not-found', hash };
}

export function articleHref(id: string, at?: { start: number; end: number }): string {
  return `#/article/${encodeURIComponent(id)}${at ? `?at=${at.start}-${at.end}` : ''}`;
}
