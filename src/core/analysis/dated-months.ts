/**
 * A figure dated to a month well before its report ("a 50 basis-point move in September", in a
 * November report) tells of an earlier occasion: background, not the story's event. It is no
 * other account of a figure the other side gives undated, however alike the words ("raised its
 * policy rate by 0.75 percentage points"). The month just before the report is not earlier in
 * this sense: that is when this month's news measures ("inflation quickened to 8.4% in October",
 * reported in November).
 */
import type { Sentence } from './model.ts';
import type { Range } from './sentences.ts';

const MONTH_NUMBERS: Record<string, number> = Object.fromEntries(
  'january february march april may june july august september october november december'.split(' ').map((m, i) => [m, i]),
);
/**
 * Words that make a capitalised month a date, not a name ("in May", not "Theresa May"). Not
 * "since January": that is a running total up to now, no earlier occasion.
 */
const DATING = new Set(['in', 'during', 'last', 'early', 'late', 'mid', 'throughout']);
/** Months before the report's own from which a month is an earlier occasion. */
const EARLIER_BY = 2;

/** The months (0-11) a clause dates something to. */
function monthsIn(s: Sentence, clause: Range): number[] {
  const out: number[] = [];
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i].start < clause.start || t[i].end > clause.end) continue;
    const m = MONTH_NUMBERS[t[i].lower];
    if (m !== undefined && DATING.has(t[i - 1].lower)) out.push(m);
  }
  return out;
}

/** The months a clause names that lie two or more months before its report's date. */
function earlierMonths(s: Sentence, clause: Range, published: string | null): number[] {
  if (!published) return [];
  const now = Number(published.slice(5, 7)) - 1;
  return monthsIn(s, clause).filter((m) => (now - m + 12) % 12 >= EARLIER_BY);
}

/** One figure is dated to an earlier month that the other's clause does not name. */
export function otherMonth(sa: Sentence, ca: Range, pa: string | null, sb: Sentence, cb: Range, pb: string | null): boolean {
  const ea = earlierMonths(sa, ca, pa);
  const eb = earlierMonths(sb, cb, pb);
  if (ea.length === 0 && eb.length === 0) return false;
  const na = monthsIn(sa, ca);
  const nb = monthsIn(sb, cb);
  return ea.some((m) => !nb.includes(m)) || eb.some((m) => !na.includes(m));
}
