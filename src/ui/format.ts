import { readingMinutes } from '../core/corpus/library.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "13 Feb 2025"; dates are calendar days, so they are shown in UTC and never shift a day. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'Date unknown';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateFormat.format(time);
}

export function formatReading(words: number): string {
  return `${words.toLocaleString('en-GB')} words · ${readingMinutes(words)} min read`;
}
