import type { ArticleMeta } from './types.ts';

export const EMPTY_META: ArticleMeta = { title: '', outlet: '', published: '', author: '', url: '' };

/** Field names other tools use in front matter, in order of preference. */
const ALIASES: Record<keyof ArticleMeta, string[]> = {
  title: ['title', 'headline', 'name'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'site_name', 'publication', 'siteName'],
  published: ['published', 'date', 'published_at', 'publishedAt', 'published_time', 'pubdate', 'created'],
  author: ['author', 'authors', 'byline', 'by', 'creator'],
  url: ['url', 'canonical', 'canonical_url', 'link', 'source_url', 'href'],
};

/** Metadata from a front-matter mapping; unreadable values become notes, not errors. */
export function metaFromFrontMatter(data: Record<string, unknown>): { meta: ArticleMeta; notes: string[] } {
  const meta = { ...EMPTY_META };
  const notes: string[] = [];
  for (const field of Object.keys(ALIASES) as (keyof ArticleMeta)[]) {
    const key = ALIASES[field].find((k) => data[k] != null && data[k] !== '');
    if (key === undefined) continue;
    const value = textOf(data[key]);
    if (field === 'published') {
      const date = normalizeDate(value);
      if (date) meta.published = date;
      else if (value) notes.push(`The date "${clip(value)}" could not be read; enter it below.`);
    } else if (field === 'url') {
      meta.url = normalizeUrl(value);
      if (value && !meta.url) notes.push(`The address "${clip(value)}" is not a web address and was left out.`);
    } else meta[field] = clean(value);
  }
  return { meta, notes };
}

/** A single line of text: arrays are joined ("A and B"), objects ignored. */
function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return clean(String(value));
  if (value && typeof value === 'object' && 'name' in value) return textOf((value as { name: unknown }).name);
  return '';
}

/** Collapses white space and control characters; caps the length so a field stays a field. */
export function clean(value: string, max = 300): string {
  const s = value.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/**
 * A date as YYYY-MM-DD, or '' when it cannot be read. ISO dates and timestamps keep the date
 * as written (no time-zone shift); other common forms ("3 March 2024", "March 3, 2024") are
 * read as calendar dates.
 */
export function normalizeDate(value: string): string {
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]);
  if (!/[a-z]/i.test(s) && !/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(s)) return '';
  const ms = Date.parse(`${s.replace(/\b(\d{1,2})(st|nd|rd|th)\b/i, '$1')} 12:00 UTC`);
  if (Number.isNaN(ms)) return '';
  const d = new Date(ms);
  return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function validDate(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return '';
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Only http(s) addresses are kept: an article's URL is shown as a link. */
export function normalizeUrl(value: string): string {
  const s = value.trim();
  return /^https?:\/\/[^\s"'<>`\\]+$/i.test(s) && s.length <= 2000 ? s : '';
}

function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 59) + '…' : s;
}
