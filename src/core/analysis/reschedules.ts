import { explanation } from './explain.ts';
import { MONTHS, REPORTING, WEEKDAYS } from './lexicon.ts';
import type { Doc, Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import type { Range } from './sentences.ts';
import { normalizeWord } from './tokens.ts';

/**
 * Rescheduled events: "has postponed the shareholder vote to 4 November", "extended its walkout
 * until Friday", "pushed back its ransom deadline to Tuesday". A report that gives the same thing
 * (a word of it, in a clause that schedules something) another date told the earlier schedule,
 * so the two disagree on when; a date can only move once it was set, so it reads as an update.
 * Dates are compared as written (a weekday, a day of a month, a month): "Friday" and "4 August"
 * are different dates, which a schedule change makes likely and the shared thing makes one event.
 */
export interface Reschedule {
  a: { doc: number; sentence: number; range: Range };
  b: { doc: number; sentence: number; range: Range };
  detail: ReturnType<typeof explanation>;
}

/** Verbs that move a date; "pushed back", "moved" only with "to"/"until" and a date after them. */
const MOVES = /^(?:postpon|delay|defer|extend|reschedul|push|mov)/;
/** "brought forward to December 4": a move to an earlier date. */
const BRING = /^(?:bring|brings|bringing|brought)$/;
/** How far after "brought" its "forward" may stand: "brought the board's next meeting forward". */
const BRING_REACH = 8;
/** Words that make a clause set a date rather than report a day's events. */
const SCHEDULING = new Set(['due', 'set', 'scheduled', 'expected', 'planned', 'will', 'until', 'till', 'deadline', 'must', 'shall']);
/** Words between a verb and its new date that say nothing of what moved. */
const NOT_THE_THING = new Set(['back', 'forward', 'again', 'further', 'now']);

interface Dated {
  /** Token where the date expression starts (its preposition; for a move by a span, the verb) and ends. */
  from: number;
  to: number;
  key: string;
}

/** A date after token `i` (a preposition): "Friday", "midnight on Friday", "4 November", "November 4", "October". */
function dateAfter(s: Sentence, i: number): Dated | null {
  const t = s.tokens;
  let k = i + 1;
  // ("until at least Sunday": the earliest it may end is still a date.)
  while (t[k] && (/^(?:the|midnight|noon|on|next|this)$/.test(t[k].lower) || (t[k].lower === 'at' && t[k + 1]?.lower === 'least') || (t[k].lower === 'least' && t[k - 1]?.lower === 'at'))) k++;
  const w = t[k]?.lower ?? '';
  if (WEEKDAYS.has(w)) return { from: i, to: k, key: w };
  if (t[k]?.isNumber && MONTHS.has(t[k + 1]?.lower ?? '')) return { from: i, to: k + 1, key: `${Number(t[k].text)} ${t[k + 1].lower}` };
  if (MONTHS.has(w) && w !== 'may') {
    return t[k + 1]?.isNumber && Number(t[k + 1].text) <= 31 ? { from: i, to: k + 1, key: `${Number(t[k + 1].text)} ${w}` } : { from: i, to: k, key: w };
  }
  return null;
}

function clauseOf(s: Sentence, i: number): Range {
  const at = s.tokens[i].start;
  return s.clauses.find((c) => at >= c.start && at < c.end) ?? s.range;
}

/** Content words (no names, numbers or stopwords) of tokens from..to-1. */
function thingWords(s: Sentence, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (!t.stop && !t.isNumber && !t.cap && !s.entityAt.has(k) && !NOT_THE_THING.has(t.lower)) out.add(t.norm);
  }
  return out;
}

/** "until" and "till" say the same of a date. */
function prepositionOf(s: Sentence, d: Dated): string {
  const w = s.tokens[d.from].lower;
  return w === 'till' ? 'until' : w;
}

interface Move {
  /** Token of the moving verb (or of "rather" / "instead"). */
  verb: number;
  thing: Set<string>;
  date: Dated;
  /** The date it replaces, when the sentence names it ("in February rather than November"). */
  replaces?: string;
  /** Set with "will now ... on" rather than moved by a verb. */
  setNow?: boolean;
}

/** A sentence's date moves: what moved (its words) and the new date. */
const movesOf = perSentence((s: Sentence): Move[] => {
  const out: Move[] = [...replacedDates(s), ...nowSetFor(s)];
  const t = s.tokens;
  for (let v = 0; v < t.length; v++) {
    if (!MOVES.test(t[v].lower) && !(BRING.test(t[v].lower) && t.slice(v + 1, v + BRING_REACH).some((x) => x.lower === 'forward'))) continue;
    const clause = clauseOf(s, v);
    for (let p = v + 1; p < t.length && p <= v + 10 && t[p].end <= clause.end; p++) {
      const shift = t[p].lower === 'by' ? shiftedDate(s, v, p) : null;
      if (shift) {
        out.push(shift);
        break;
      }
      if (!/^(?:to|until|till)$/.test(t[p].lower)) continue;
      const date = dateAfter(s, p);
      if (!date) continue;
      const words = passive(s, v) ? subjectThing(s, v) : movedThing(s, v, p);
      if (words.length) out.push({ verb: v, thing: new Set(words), date });
      break;
    }
  }
  return out;
});

/**
 * What moved: the head of the phrase right after the verb, its last word before a preposition
 * ("vote" of "the shareholder vote on its takeover by X to 4 November"): the words before it
 * only say which one.
 */
function movedThing(s: Sentence, verb: number, stop: number): string[] {
  let end = verb + 1;
  while (end < stop && !/^(?:on|of|by|for|in|at|over|from|with)$/.test(s.tokens[end].lower)) end++;
  return [...thingWords(s, verb + 1, end)].slice(-1);
}

/** "has been extended", "was postponed", "is delayed": the thing moved is the verb's subject. */
function passive(s: Sentence, verb: number): boolean {
  return /^(?:been|was|were|is|are|be)$/.test(s.tokens[verb - 1]?.lower ?? '');
}

/**
 * The subject of a passive move: the first words of its clause that name something ("The
 * evacuation order covering the riverside has been extended until Sunday": evacuation, order,
 * covering; "The suspension of underground work": suspension, underground, work), up to three,
 * before the first stopword (but "of") or name.
 */
function subjectThing(s: Sentence, verb: number): string[] {
  const clause = clauseOf(s, verb);
  let k = s.tokens.findIndex((t) => t.start >= clause.start);
  while (k < verb && (s.tokens[k].stop || s.tokens[k].cap) && !s.entityAt.has(k)) k++;
  const out: string[] = [];
  for (; k < verb && out.length < 3; k++) {
    const t = s.tokens[k];
    // "The suspension of underground work has been extended": what is suspended names it too.
    if (t.lower === 'of' && out.length > 0) continue;
    if (t.stop || t.isNumber || s.entityAt.has(k)) break;
    out.push(t.norm);
  }
  return out;
}

/** Units a date can be moved by ("delayed by a day", "pushed back by two weeks"). */
const SHIFT_UNITS = /^(?:hour|day|week|month|year)s?$/;
/** How many of them: a number, or a word for one. */
const SHIFT_COUNTS = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|\d+)$/;

/**
 * "which had been due to rule on Monday, delayed its decision by a day": a move by a span of
 * time gives no new date, but the date it leaves is the one the sentence schedules. Only a
 * sentence with one scheduled date says which; the new date is that one, moved by the span.
 */
function shiftedDate(s: Sentence, verb: number, by: number): Move | null {
  const t = s.tokens;
  let k = by + 1;
  while (t[k] && SHIFT_COUNTS.test(t[k].lower)) k++;
  if (k === by + 1 || !SHIFT_UNITS.test(t[k]?.lower ?? '')) return null;
  const scheduled = new Set(datesOf(s).map((d) => d.date.key));
  if (scheduled.size !== 1) return null;
  const words = movedThing(s, verb, by);
  if (words.length === 0) return null;
  const [replaces] = scheduled;
  const span = t.slice(by + 1, k + 1).map((x) => x.lower).join(' ');
  return { verb, thing: new Set(words), date: { from: verb, to: k, key: `${replaces} + ${span}` }, replaces };
}

/** Prepositions that give a date a thing is set for. */
const DATE_PREPOSITIONS = /^(?:on|for|until|till|by|to|in)$/;

/**
 * "would now take place in February rather than November", "will be held on Friday instead of
 * Monday": the sentence names both the new date and the one it replaces; what moved is what its
 * clause speaks of before the new date.
 */
function replacedDates(s: Sentence): Move[] {
  const t = s.tokens;
  const out: Move[] = [];
  for (let r = 1; r < t.length; r++) {
    const than = t[r].lower === 'rather' && t[r + 1]?.lower === 'than' ? r + 1 : t[r].lower === 'instead' && t[r + 1]?.lower === 'of' ? r + 1 : -1;
    if (than < 0) continue;
    const old = dateAfter(s, than);
    // "will now stay closed until 2 April, rather than reopening next week as planned": the
    // plan is named by its verb, and the date before "rather" replaces its date.
    const planned = old ? undefined : abandonedPlan(s, than);
    if (!old && !planned) continue;
    const clause = clauseOf(s, r);
    // The new date: the last one given in the clause before "rather".
    for (let p = r - 1; p >= 0 && t[p].start >= clause.start; p--) {
      if (!DATE_PREPOSITIONS.test(t[p].lower)) continue;
      const date = dateAfter(s, p);
      if (!date || date.to !== r - 1 || date.key === old?.key) continue;
      let first = p;
      while (first > 0 && t[first - 1].start >= clause.start) first--;
      const thing = planned ? new Set([planned]) : thingWords(s, first, p);
      if (thing.size) out.push({ verb: r, thing, date, ...(old ? { replaces: old.key } : {}) });
      break;
    }
  }
  return out;
}

/**
 * "The match will now be played on 21 May": "now" with a future tense sets a new date for the
 * clause's subject, which other reports scheduled for another day.
 */
function nowSetFor(s: Sentence): Move[] {
  const t = s.tokens;
  const out: Move[] = [];
  for (let n = 1; n < t.length; n++) {
    if (t[n].lower !== 'now' || !/^(?:will|would|is|are|shall)$/.test(t[n - 1].lower)) continue;
    const clause = clauseOf(s, n);
    for (let p = n + 1; p < t.length && p <= n + 5 && t[p].end <= clause.end; p++) {
      if (!/^(?:on|for|until|till|in)$/.test(t[p].lower)) continue;
      const date = dateAfter(s, p);
      if (!date) continue;
      const thing = subjectThing(s, n);
      if (thing.length) out.push({ verb: n, thing: new Set(thing), date, setNow: true });
      break;
    }
  }
  return out;
}

/** The verb of "rather than reopening next week as planned": a plan the sentence says was dropped. */
function abandonedPlan(s: Sentence, than: number): string | undefined {
  const t = s.tokens;
  const verb = t[than + 1];
  if (!verb || verb.stop || verb.cap || !/ing$/.test(verb.lower)) return undefined;
  for (let k = than + 2; k < t.length && k <= than + 7; k++) {
    if (t[k].lower === 'as' && /^(?:planned|scheduled|expected|announced|intended)$/.test(t[k + 1]?.lower ?? '')) return verb.norm;
  }
  return undefined;
}

/** A sentence's scheduled dates: every date in a clause with a scheduling word, with the clause's words. */
const datesOf = perSentence((s: Sentence): Array<{ date: Dated; words: Set<string>; clause: Range }> => {
  const out: Array<{ date: Dated; words: Set<string>; clause: Range }> = [];
  const t = s.tokens;
  for (let p = 0; p < t.length; p++) {
    if (!/^(?:on|for|until|till|by|to)$/.test(t[p].lower)) continue;
    const date = dateAfter(s, p);
    if (!date) continue;
    // "said on Monday that ...", "confirmed on Monday that": the day of the statement, not a date it sets.
    if (t[p].lower === 'on' && (REPORTING.has(t[p - 1]?.lower ?? '') || STATED.test(t[p - 1]?.lower ?? ''))) continue;
    const clause = clauseOf(s, p);
    const inClause: number[] = [];
    for (let k = 0; k < t.length; k++) if (t[k].start >= clause.start && t[k].end <= clause.end) inClause.push(k);
    // "until" sets an end only with its own date ("shut until 21 July"); "continued until the
    // festival ended on Sunday" tells what happened that day.
    if (!inClause.some((k) => SCHEDULING.has(t[k].lower) && (!/^(?:until|till)$/.test(t[k].lower) || k === p))) continue;
    const words = thingWords(s, inClause[0], inClause[inClause.length - 1] + 1);
    if (isTimeLimit(s, p, date)) words.add(DEADLINE);
    out.push({ date, words, clause });
  }
  return out;
});

const DEADLINE = normalizeWord('deadline');
/** Verbs of making a statement that REPORTING (words that only attribute) leaves out. */
const STATED = /^(?:confirmed|announced|revealed|disclosed|insisted|admitted|warned)$/;

/**
 * "gave the company until midnight on Friday to pay", "has until Tuesday to respond": a date
 * something must be done by is a deadline, the word another report uses for it ("pushed back
 * its ransom deadline to Tuesday").
 */
function isTimeLimit(s: Sentence, p: number, date: Dated): boolean {
  const t = s.tokens;
  return /^(?:until|till)$/.test(t[p].lower) && t[date.to + 1]?.lower === 'to' && t[date.to + 2] !== undefined && !t[date.to + 2].stop && !t[date.to + 2].cap;
}

/** Date moves in one story against other reports' schedules for the same thing. */
export function findReschedules(docs: Doc[], storyDocs: number[]): Reschedule[] {
  const out: Reschedule[] = [];
  for (const d of storyDocs) {
    for (const s of docs[d].sentences) {
      for (const move of movesOf(s)) {
        for (const e of storyDocs) {
          if (e === d) continue;
          for (const o of docs[e].sentences) {
            // A report of the same move is no earlier schedule.
            if (movesOf(o).some((m) => m.date.key === move.date.key)) continue;
            const schedules = datesOf(o).filter((x) => x.date.key !== move.date.key && (!move.replaces || x.date.key === move.replaces) && [...move.thing].some((w) => x.words.has(w)));
            if (schedules.length === 0) continue;
            // "close on Sunday ... shut for seven days, until 21 July" / "extended the closure until
            // 4 August": the date the move replaces is the one given as the move gives its own.
            const samePreposition = schedules.find((x) => prepositionOf(o, x.date) === prepositionOf(s, move.date));
            // A date set with "now" names no verb of moving: it replaces only a date set the same way.
            if (move.setNow && !samePreposition) continue;
            const earlier = samePreposition ?? schedules[0];
            const [ta, tb] = [docs[e].article.text, docs[d].article.text];
            out.push({
              a: { doc: e, sentence: o.index, range: earlier.clause },
              b: { doc: d, sentence: s.index, range: clauseOf(s, move.verb) },
              detail: explanation('date', ta.slice(o.tokens[earlier.date.from].start, o.tokens[earlier.date.to].end), tb.slice(s.tokens[move.date.from].start, s.tokens[move.date.to].end)),
            });
            break;
          }
        }
      }
    }
  }
  return out;
}
