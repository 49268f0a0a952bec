/**
 * A figure dated well before its report ("a 50 basis-point move in September" in a November
 * report, "seven workers died in the whole of 2024", "the cage fall of August 2009, in which four
 * men died") tells of an earlier occasion: background, not the story's event. It is no other
 * account of a figure the other side gives undated, however alike the words. The month just
 * before the report is not earlier in this sense: that is when this month's news measures
 * ("inflation quickened to 8.4% in October", reported in November).
 *
 * A date dates the figures of its own stretch between commas, and of the stretches that hang on
 * it ("..., when a winding cage fell ..., killing four men"): "The structure, opened in 1979, is
 * a bridge with an 86-metre span" gives the year of the opening, not of the span.
 */
import type { Sentence } from './model.ts';
import { YEAR } from './other-occasion.ts';
import type { Range } from './sentences.ts';

const MONTH_NUMBERS: Record<string, number> = Object.fromEntries(
  'january february march april may june july august september october november december'.split(' ').map((m, i) => [m, i]),
);
/**
 * Words that make a capitalised month a date, not a name ("in May", not "Theresa May"). Not
 * "since January": that is a running total up to now, no earlier occasion.
 */
const DATING = new Set(['in', 'during', 'last', 'early', 'late', 'mid', 'throughout']);
/**
 * Words before a year that date something to it ("in 2024", "the fall of 2009", "comparison with
 * 2017, when ..."); not "the fastest since 2013".
 */
const YEAR_DATING = new Set(['in', 'during', 'of', 'throughout', 'with']);
/** Months before the report's own from which a month is an earlier occasion. */
const EARLIER_BY = 2;
/** Openers of a stretch that tells of the occasion dated just before it. */
const HANGING = /^\s*(?:in which|during which|when|killing|leaving|injuring|worth)\b/i;
const STRETCH_BREAK = /[,;:—–()]/;

/** The dates tokens [from, to) give: "y:2009" for a year (a month before it is part of it), "m:8" for a month alone. */
function datesIn(s: Sentence, from: number, to: number, published: string | null): string[] {
  const out: string[] = [];
  const t = s.tokens;
  for (let i = Math.max(1, from); i < to; i++) {
    const before = t[i - 1].lower;
    if (t[i].isNumber && YEAR.test(t[i].text) && (YEAR_DATING.has(before) || MONTH_NUMBERS[before] !== undefined)) out.push(`y:${t[i].text}`);
    const m = MONTH_NUMBERS[t[i].lower];
    if (m !== undefined && DATING.has(before) && !YEAR.test(t[i + 1]?.text ?? '')) out.push(`m:${m}`);
    // "recorded 41 injuries last year": the year before the report's.
    if (t[i].lower === 'year' && before === 'last' && published) out.push(`y:${Number(published.slice(0, 4)) - 1}`);
  }
  return out;
}

/** Every year or month a clause names, however ("the 2022 fintech boom"): what the other side must name too. */
function namedIn(s: Sentence, clause: Range, published: string | null): string[] {
  const t = s.tokens;
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i].start < clause.start || t[i].end > clause.end) continue;
    if (t[i].isNumber && YEAR.test(t[i].text)) out.push(`y:${t[i].text}`);
    const m = MONTH_NUMBERS[t[i].lower];
    if (m !== undefined && !YEAR.test(t[i + 1]?.text ?? '')) out.push(`m:${m}`);
  }
  return out.concat(datesIn(s, 0, t.length, published).filter((d) => !out.includes(d)));
}

/** The dates of the figure's stretch between commas, and (unless `ownOnly`) of the stretches it hangs on. */
function figureDates(s: Sentence, figure: Range, published: string | null, ownOnly = false): string[] {
  const t = s.tokens;
  const text = (a: number, b: number): string => s.text.slice(a - s.range.start, b - s.range.start);
  // Stretch starts: token indexes after which a break comes.
  const starts = [0];
  for (let i = 1; i < t.length; i++) if (STRETCH_BREAK.test(text(t[i - 1].end, t[i].start))) starts.push(i);
  starts.push(t.length);
  let k = starts.findIndex((st, n) => n < starts.length - 1 && t[st].start <= figure.start && (starts[n + 1] === t.length || t[starts[n + 1]].start > figure.start));
  if (k < 0) return [];
  const out = datesIn(s, starts[k], starts[k + 1], published);
  while (!ownOnly && k > 0 && HANGING.test(text(t[starts[k]].start, s.range.end))) {
    k--;
    out.push(...datesIn(s, starts[k], starts[k + 1], published));
  }
  return out;
}

/** The dates among `dates` that lie before the report: an earlier year, or a month two or more before. */
function earlier(dates: string[], published: string | null): string[] {
  if (!published) return [];
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7)) - 1;
  return dates.filter((d) => (d.startsWith('y:') ? Number(d.slice(2)) < year : (month - Number(d.slice(2)) + 12) % 12 >= EARLIER_BY));
}

/** One figure is dated to an earlier occasion that the other's clause does not name. */
export function earlierOccasion(sa: Sentence, qa: Range, ca: Range, pa: string | null, sb: Sentence, qb: Range, cb: Range, pb: string | null): boolean {
  const ea = earlier(figureDates(sa, qa, pa), pa);
  const eb = earlier(figureDates(sb, qb, pb), pb);
  if (ea.length === 0 && eb.length === 0) return false;
  const na = namedIn(sa, ca, pa);
  const nb = namedIn(sb, cb, pb);
  return ea.some((d) => !nb.includes(d)) || eb.some((d) => !na.includes(d));
}

/**
 * Both figures are dated to earlier years, and to none in common: "debts of £31.4m at the end of
 * June 2024" / "accounts for the year to 30 June 2025 put net debt at £34.7m" are two years' figures,
 * however rarely the library speaks of the thing.
 */
export function datedApart(sa: Sentence, qa: Range, ca: Range, pa: string | null, sb: Sentence, qb: Range, cb: Range, pb: string | null): boolean {
  const years = (dates: string[], p: string | null): string[] => earlier(dates, p).filter((d) => d.startsWith('y:'));
  // One figure's own years against every earlier year the other's clause names.
  const apart = (x: string[], y: string[]): boolean => x.length > 0 && y.length > 0 && !x.some((d) => y.includes(d));
  return apart(years(figureDates(sa, qa, pa), pa), years(namedIn(sb, cb, pb), pb)) || apart(years(figureDates(sb, qb, pb), pb), years(namedIn(sa, ca, pa), pa));
}

/**
 * One figure's earlier date comes only from the stretch it hangs on ("comparison with 2017, when a
 * minister resigned after a €2.1 million contract ..."): the sentence tells that occasion as
 * another, whatever the two figures pay for.
 */
export function toldAsAnother(sa: Sentence, qa: Range, pa: string | null, sb: Sentence, qb: Range, pb: string | null): boolean {
  const hanging = (s: Sentence, q: Range, p: string | null): boolean => earlier(figureDates(s, q, p, true), p).length === 0 && earlier(figureDates(s, q, p), p).length > 0;
  return hanging(sa, qa, pa) || hanging(sb, qb, pb);
}
