/**
 * Event dates: two reports put one event on two dates ("talks opened on March 3" / "the talks,
 * which opened on March 5"; "results would still be published on 13 August" / "grades will now
 * be published on 27 August"). The sentences often share little else, so the story's dated
 * events are compared directly, by the words that name what happened on the date.
 *
 * Narrow: only dates written out (a day of a month, a month, a year; not a weekday, which each
 * report counts from its own day), of one precision on both sides, and only when at least two
 * of the words right before each date are the same, one of them the word nearest a date: the
 * event and what it befell ("talks" and "opened", "resit" and "ordered"). A sentence that also
 * gives the other side's date tells both (a change, "rather than on 22 June"), and an ordinal
 * or "next" ("the second round") tells another occasion, unless both sides name it so ("the next
 * hearing"). A day still to come when the report was published is a plan, as "will" makes one.
 */
import { clauseContaining, type ConflictContext } from './conflict-helpers.ts';
import { explanation } from './explain.ts';
import { isPastForm, MONTHS, REPORTING, WEEKDAYS } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { pushTo } from './multimap.ts';
import type { SlotCandidate } from './slot-conflicts.ts';
import type { Token } from './tokens.ts';

/** A date as written: any of day, month and year, with the tokens it spans. */
interface DatedEvent {
  doc: number;
  sentence: number;
  first: number;
  last: number;
  day?: number;
  month?: string;
  year?: number;
  /** How the date relates to the event: a point ("on", "for", "from", "in") or a start ("since"). */
  relation: 'point' | 'since';
  /** Up to ANCHOR_WORDS content words before the date: what happened on it. */
  anchors: string[];
  /** Said as a plan ("will be published", "due to take effect"): a schedule, not a past fact. */
  planned: boolean;
  /** Words that name which occasion it is ("the next hearing", "the second round"). */
  occasion: string[];
  /** A weekday alone ("on Saturday"), its day and month read from the report's date. */
  weekday?: string;
  /** The verb nearest the date, when the word nearest it is one ("arrested", "will appear"). */
  deed?: string;
}

const POINT = new Set(['on', 'for', 'from', 'in']);
/** Words between an event and its date that say only that it is planned or how sure it is. */
const SCHEDULE_WORDS = new Set(['due', 'set', 'scheduled', 'expected', 'planned', 'pencilled', 'penciled', 'held', 'take', 'takes', 'taking', 'took', 'place', 'effect', 'now', 'still', 'first', 'originally', 'initially', 'already', 'late', 'early', 'only', 'finally']);
/** Words that make a sentence tell a plan. */
const PLAN_WORDS = new Set(['will', 'would', 'due', 'set', 'scheduled', 'expected', 'planned', 'pencilled', 'penciled', 'shall']);
/** Words that mark another occasion of the same kind: "the second round", "the next hearing". */
const OTHER_OCCASION = /^(?:second|third|fourth|fifth|next|previous|last|earlier|later|another|former|first-round|second-round)$/;
/** Content words before a date that name its event. */
const ANCHOR_WORDS = 3;
/** Tokens back from a date's preposition the anchors are looked for in. */
const ANCHOR_REACH = 10;
/** Anchors both sides must share. */
const SHARED_ANCHORS = 2;

const month = (w: string): string | undefined => (MONTHS.has(w) && w !== 'may' ? w.slice(0, 3) : undefined);
/** A month beside a day's number: "May" too, capitalised, which alone is as often the verb. */
const monthBesideDay = (t: Token | undefined): string | undefined => (t?.text === 'May' ? 'may' : t && month(t.lower));
const isYear = (text: string): boolean => /^(?:19|20)\d\d$/.test(text);
/** A day of a month written as a number, or undefined. */
const dayOf = (t: Token | undefined): number | undefined => (t?.isNumber && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31 ? Number(t.text) : undefined);
/** A year written after a date's day and month ("20 June 2026"), or undefined. */
const yearOf = (t: Token | undefined): number | undefined => (t?.isNumber && isYear(t.text) ? Number(t.text) : undefined);

/** The date written after a preposition at token `i`, or null. */
function dateAt(s: Sentence, i: number): Omit<DatedEvent, 'doc' | 'sentence' | 'anchors' | 'planned' | 'relation' | 'occasion'> | null {
  const t = s.tokens;
  let k = i + 1;
  if (t[k] && WEEKDAYS.has(t[k].lower)) k++;
  const a = t[k];
  const b = t[k + 1];
  // "on Saturday": a weekday alone, dated later from the report's own day (weekdayDate).
  if (k === i + 2 && dayOf(a) === undefined && !monthBesideDay(a)) return { first: i + 1, last: i + 1, weekday: t[i + 1].lower };
  if (!a) return null;
  // "20 June", "20 June 2026"
  if (dayOf(a) !== undefined && monthBesideDay(b)) {
    const year = yearOf(t[k + 2]);
    return { first: i + 1, last: year !== undefined ? k + 2 : k + 1, day: dayOf(a), month: monthBesideDay(b), ...(year !== undefined ? { year } : {}) };
  }
  // "June 25", "May 25, 2026"
  if (monthBesideDay(a) && dayOf(b) !== undefined) {
    const year = yearOf(t[k + 2]);
    return { first: i + 1, last: year !== undefined ? k + 2 : k + 1, day: dayOf(b), month: monthBesideDay(a), ...(year !== undefined ? { year } : {}) };
  }
  if (month(a.lower)) {
    // "March 2024", "August"
    const year = yearOf(b);
    if (year !== undefined) return { first: i + 1, last: k + 1, month: month(a.lower), year };
    return { first: i + 1, last: k, month: month(a.lower) };
  }
  // "in 2014": a year alone, only after "in" or "since".
  if (a.isNumber && isYear(a.text) && k === i + 1 && (t[i].lower === 'in' || t[i].lower === 'since')) return { first: i + 1, last: k, year: Number(a.text) };
  return null;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Months ahead of a report a day without a year is still read as coming, not as past. */
const AHEAD_MONTHS = 6;

/**
 * A day of a month later than the report's publication (in its year, or the next within a
 * few months: "on 3 January" in late December), so still to come when it was written.
 */
function comesAfter(date: { day?: number; month?: string; year?: number }, published: string | null): boolean {
  if (!published || date.day === undefined || date.month === undefined) return false;
  const m = MONTH_KEYS.indexOf(date.month);
  if (m < 0) return false;
  const [py, pm, pd] = published.split('-').map(Number);
  if (!py || !pm || !pd) return false;
  const monthsAhead = (year: number): number => (year - py) * 12 + (m + 1 - pm) + (date.day! - pd) / 31;
  if (date.year !== undefined) return monthsAhead(date.year) > 0;
  const ahead = monthsAhead(py);
  return (ahead > 0 && ahead <= AHEAD_MONTHS) || (ahead < 0 && ahead + 12 <= AHEAD_MONTHS);
}

/** The dated events of a sentence. */
function datedEvents(doc: number, s: Sentence, published: string | null): DatedEvent[] {
  const out: DatedEvent[] = [];
  const t = s.tokens;
  for (let i = 1; i < t.length; i++) {
    const prep = t[i].lower;
    if (!POINT.has(prep) && prep !== 'since') continue;
    const date = dateAt(s, i);
    if (!date) continue;
    const anchors: string[] = [];
    const occasion: string[] = [];
    let words = 0;
    let deed: string | undefined;
    let deedAhead = false;
    for (let k = i - 1; k >= 0 && k >= i - ANCHOR_REACH; k--) {
      const w = t[k];
      if (w.isNumber || MONTHS.has(w.lower) || WEEKDAYS.has(w.lower)) break;
      if (OTHER_OCCASION.test(w.lower)) occasion.push(w.lower);
      // Who did it names the event as well as a word does: "the record set by Lise Amundrud in 2021"
      // (over and above the words).
      const entity = s.entityAt.get(k);
      if (entity !== undefined) {
        if (!anchors.includes(`E:${entity}`)) anchors.push(`E:${entity}`);
        continue;
      }
      // ("set by" is done, not planned: "a record set by X in 2019".)
      if (w.stop || (SCHEDULE_WORDS.has(w.lower) && t[k + 1]?.lower !== 'by') || REPORTING.has(w.lower) || words === ANCHOR_WORDS) continue;
      if (words === 0 && (isPastForm(w.lower) || VERB_OPENERS.has(t[k - 1]?.lower ?? ''))) {
        deed = w.norm;
        deedAhead = VERB_OPENERS.has(t[k - 1]?.lower ?? '');
      }
      anchors.push(w.norm);
      words++;
    }
    if (anchors.length + occasion.length < SHARED_ANCHORS) continue;
    const clause = clauseContaining(s, { start: t[i].start, end: t[date.last].end });
    // ("a resit for Saturday 20 June", "a resit ..., to be held on 22 June": plans too, and so
    // is a day still to come when the report was published: "until their next hearing on 2 June".)
    const inClause = (w: Token): boolean => w.start >= clause.start && w.end <= clause.end;
    let planned = prep === 'for' || t.some((w, k) => inClause(w) && (PLAN_WORDS.has(w.lower) || (w.lower === 'to' && t[k + 1]?.lower === 'be'))) || comesAfter(date, published);
    // A weekday alone is dated from the report's day: the coming one for a plan or a deed to
    // come ("will appear on Saturday", "agreed to appear on Saturday"), else the last one ("were
    // arrested on Thursday"). (Only a verb right before it lets it meet another: below.)
    if (date.weekday !== undefined) {
      planned ||= deedAhead;
      const dated = published ? weekdayDate(date.weekday, published, planned) : undefined;
      if (!dated) continue;
      Object.assign(date, dated);
    }
    out.push({ doc, sentence: s.index, ...date, relation: prep === 'since' ? 'since' : 'point', anchors, planned, occasion: occasion.sort(), ...(deed ? { deed } : {}) });
  }
  return out;
}

/** Words that make the word after them a verb: "will appear", "to appear". */
const VERB_OPENERS = new Set(['will', 'would', 'shall', 'to', 'must']);

const WEEKDAY_INDEX = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86400 * 1000;

/**
 * The day and month a weekday names in a report published on `published`: within the six days
 * after it for a plan, within the six before it for a past deed, the day itself counting (wire
 * reports name their own day by its weekday).
 */
export function weekdayDate(weekday: string, published: string, ahead: boolean): { day: number; month: string } | undefined {
  const wanted = WEEKDAY_INDEX.indexOf(weekday.replace(/s$/, ''));
  const at = Date.parse(`${published}T12:00:00Z`);
  if (wanted < 0 || Number.isNaN(at)) return undefined;
  const from = new Date(at).getUTCDay();
  const shift = ahead ? (wanted - from + 7) % 7 : -((from - wanted + 7) % 7);
  const d = new Date(at + shift * DAY_MS);
  return { day: d.getUTCDate(), month: MONTH_KEYS[d.getUTCMonth()] };
}

/** Two dates of one precision that cannot both be the day (or month, or year) of one event. */
function differentDates(x: DatedEvent, y: DatedEvent): boolean {
  if (x.relation !== y.relation || (x.day === undefined) !== (y.day === undefined) || (x.month === undefined) !== (y.month === undefined)) return false;
  if (x.month === undefined) return x.year !== undefined && y.year !== undefined && x.year !== y.year;
  // Two years named and different: two occasions, not one event misdated.
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return false;
  return x.month !== y.month || x.day !== y.day;
}

/** Whether the sentence writes the date anywhere, with any preposition or none ("rather than November"). */
function writesDate(s: Sentence, e: DatedEvent): boolean {
  const t = s.tokens;
  if (e.weekday !== undefined && t.some((w) => w.lower === e.weekday)) return true;
  if (e.month === undefined) return t.some((w) => w.text === String(e.year));
  return t.some((w, k) => monthBesideDay(w) === e.month && (e.day === undefined || Number(t[k - 1]?.text) === e.day || Number(t[k + 1]?.text) === e.day));
}

/** The word nearest the date, not a name: what befell ("met", "visited"), which a shared name alone does not make one. */
const nearestWord = (e: DatedEvent): string => e.anchors.find((a) => !a.startsWith('E:')) ?? '';

export function eventDateConflicts(storyDocs: number[], ctx: ConflictContext, seen: Set<string>, out: SlotCandidate[]): void {
  const byAnchor = new Map<string, DatedEvent[]>();
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      for (const e of datedEvents(d, s, ctx.docs[d].article.published)) for (const a of new Set(e.anchors)) pushTo(byAnchor, a, e);
    }
  }
  const sentenceOf = (e: DatedEvent): Sentence => ctx.docs[e.doc].sentences[e.sentence];
  for (const list of byAnchor.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i].doc < list[j].doc ? [list[i], list[j]] : [list[j], list[i]];
        // A plan and a past event are two events: "the vote set for 22 September" is not when
        // "the motion was tabled on 17 September".
        if (x.doc === y.doc || x.planned !== y.planned || !differentDates(x, y)) continue;
        // The word right before one date names the other's event too: "talks opened on March 3"
        // / "talks, which opened on March 5", not "the vote set for 22 September" / "tabled the
        // motion on 17 September".
        // Both name one occasion, or none: "the next hearing" on both sides is one hearing, and
        // its "next" a word they share; "the second round" is not the first.
        if (x.occasion.join(' ') !== y.occasion.join(' ')) continue;
        const shared = x.anchors.filter((a) => y.anchors.includes(a)).length + x.occasion.length;
        if (shared < SHARED_ANCHORS || !(y.anchors.includes(nearestWord(x)) || x.anchors.includes(nearestWord(y)))) continue;
        // A weekday is written far more often than a date, of anything a story's week held:
        // the deed right before both must be the same ("arrested on Thursday" / "were arrested
        // on Wednesday"), not a word near it ("released on Sunday" figures / logs "released on Monday").
        if ((x.weekday !== undefined || y.weekday !== undefined) && (x.deed === undefined || x.deed !== y.deed)) continue;
        // A sentence that also gives the other's date tells both: a change, or two events.
        if (writesDate(sentenceOf(x), y) || writesDate(sentenceOf(y), x)) continue;
        const key = `${x.doc}:${x.sentence}|${y.doc}:${y.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const sx = sentenceOf(x);
        const sy = sentenceOf(y);
        const nx = { start: sx.tokens[x.first].start, end: sx.tokens[x.last].end };
        const ny = { start: sy.tokens[y.first].start, end: sy.tokens[y.last].end };
        out.push({
          a: { doc: x.doc, sentence: x.sentence },
          b: { doc: y.doc, sentence: y.sentence },
          conflict: {
            detail: explanation('date', ctx.docs[x.doc].article.text.slice(nx.start, nx.end), ctx.docs[y.doc].article.text.slice(ny.start, ny.end)),
            a: clauseContaining(sx, nx),
            b: clauseContaining(sy, ny),
            strength: 0.7,
            // A past event's date is a fact a later report may contradict; a plan's may change.
            ...(x.planned || y.planned ? {} : { lasting: true }),
          },
        });
      }
    }
  }
}
