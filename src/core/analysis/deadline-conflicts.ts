/**
 * Deadline conflicts: two different time limits on one action ("within 30 days" / "within 14
 * days"). Narrow: the passages must be alike, limits within a quarter of each other are one
 * limit worded two ways, and the words just before each limit (the action it limits) must
 * share two.
 */
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import { MONTHS, REPORTING } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { extractDeadlines, type Deadline } from './quantities.ts';
import { clauseContaining, type Conflict } from './conflict-helpers.ts';
import { reportStage } from './quantity-context.ts';

/** A sentence's deadlines; `text` is the article text its offsets point into. */
const deadlinesOf = perSentence((s: Sentence, text: string): Deadline[] => extractDeadlines(text, s.tokens));

/** Content words in the few tokens before a time limit: the action it limits. */
function actionWords(s: Sentence, d: Deadline): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, d.tokenIndex - 8); i < d.tokenIndex; i++) {
    const t = s.tokens[i];
    // (A verb of saying is the action when it is what is limited: "the inquiry will report by August 31".)
    if ((!t.stop || REPORTING.has(t.lower)) && !t.isNumber) out.add(s.entityAt.get(i) ?? t.norm);
  }
  if (s.tokens[d.tokenIndex].lower === 'until') for (const w of actionAfter(s, d)) out.add(w);
  return out;
}

/**
 * The action a limit gives time for, told after it: "Prosecutors have until 17 July to file a
 * formal indictment", "she has 14 days to lodge an appeal". Up to the clause's end.
 */
function actionAfter(s: Sentence, d: Deadline): Set<string> {
  const out = new Set<string>();
  const to = s.tokens.findIndex((t, i) => i > d.tokenIndex && i <= d.tokenIndex + LIMIT_TO_REACH && t.lower === 'to');
  if (to < 0) return out;
  for (let i = to + 1, n = 0; i < s.tokens.length && n < ACTION_AFTER; i++) {
    const t = s.tokens[i];
    if (/[,;:.!?]/.test(s.text.slice(s.tokens[i - 1].end - s.range.start, t.start - s.range.start))) break;
    if (t.stop || t.isNumber) continue;
    out.add(s.entityAt.get(i) ?? t.norm);
    n++;
  }
  return out;
}

/** A span of time to act in, the action told after it: "has just seven days to appeal". */
const spanToAct = (s: Sentence, d: Deadline): boolean => d.seconds !== null && s.tokens[d.tokenIndex + 2]?.lower === 'to';

const meets = (x: Set<string>, y: Set<string>): boolean => [...x].some((w) => y.has(w));

/** Tokens from "until" to the "to" of the action it limits ("until 17 July to file"). */
const LIMIT_TO_REACH = 5;
/** Content words of an action after its limit. */
const ACTION_AFTER = 3;

/** Words that set a limit against the one it replaced: "originally due by X, will now be paid by Y". */
const REPLACED = new Set(['originally', 'initially', 'previously', 'formerly', 'now', 'instead']);

/**
 * Whether sentence `s` gives limit `newer` as the replacement of `old`, which it also names:
 * it states both (the same key as `old`, before `newer`) with a word that sets one against the
 * other. A report that restates the earlier limit and its change speaks of the same action even
 * where the words around the two limits share only one.
 */
function replaces(s: Sentence, own: Deadline[], newer: Deadline, old: Deadline): boolean {
  const restated = own.find((d) => d.key === old.key && d.tokenIndex < newer.tokenIndex);
  if (!restated) return false;
  for (let i = restated.tokenIndex - 3; i < newer.tokenIndex; i++) if (i >= 0 && REPLACED.has(s.tokens[i].lower)) return true;
  return false;
}

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's index (0-11), for a month's name or short form only ("June", "Jun", not "decision"). */
const monthIndex = (w: string | undefined): number | undefined => (w !== undefined && MONTHS.has(w) ? MONTH_KEYS.indexOf(w.slice(0, 3)) : undefined);
const DAY = /^\d{1,2}$/;

/**
 * The calendar day a limit falls on, as "month-day", where its words and the report's date tell
 * it: "until 30 June", "by June 30", "by the end of June", and "until the end of the month" in a
 * report published in June. So those are one limit worded several ways.
 */
export function limitDay(surface: string, published: string | null): string | null {
  const words = surface.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  const year = published ? Number(published.slice(0, 4)) : 2001;
  const lastDay = (month: number): number => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  for (let i = 0; i + 1 < words.length; i++) {
    const [w, next] = [words[i], words[i + 1]];
    const [mw, mn] = [monthIndex(w), monthIndex(next)];
    if (DAY.test(w) && mn !== undefined) return `${mn}-${Number(w)}`;
    if (mw !== undefined && DAY.test(next)) return `${mw}-${Number(next)}`;
    if (w === 'end' && next === 'of') {
      const what = words[i + 2] === 'the' ? words[i + 3] : words[i + 2];
      const m = what === 'month' && published ? Number(published.slice(5, 7)) - 1 : monthIndex(what);
      if (m !== undefined) return `${m}-${lastDay(m)}`;
    }
  }
  return null;
}

/** The shared stage of two interim reports, counted as a word of the action both limit. */
const PARTIAL_REPORT = 'stage:partial';
/**
 * The shortest span counted from a report's date to the day it names: "within three days" or
 * "48 hours" may run from the news itself, which a later report dates otherwise.
 */
const SPAN_FROM_REPORT = 7 * 86400;

const DAY_MS = 86400000;

/**
 * When a limit ends, in ms since the epoch, from its report's date; null when that cannot be
 * told. A named day before the report's date by more than a month is the next year's ("by 10
 * January" in a December report).
 */
function limitEnd(d: Deadline, published: string | null): number | null {
  if (!published) return null;
  const from = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(from)) return null;
  if (d.seconds !== null) return from + d.seconds * 1000;
  const day = limitDay(d.surface, published);
  if (day === null) return null;
  const [month, date] = day.split('-').map(Number);
  const year = Number(published.slice(0, 4));
  const end = Date.UTC(year, month, date);
  return end < from - 31 * DAY_MS ? Date.UTC(year + 1, month, date) : end;
}

/**
 * A span of a week or more counted from its report's date ends on the very day the other limit
 * names: "within 30 days" in a report of 10 June / "by 10 July" (but "within 14 days" of 16
 * October is not "by the end of the month").
 */
function spanEndsOn(span: Deadline, ps: string | null, other: Deadline, po: string | null): boolean {
  if (span.seconds === null || span.seconds < SPAN_FROM_REPORT || other.seconds !== null) return false;
  const [es, eo] = [limitEnd(span, ps), limitEnd(other, po)];
  return es !== null && eo !== null && Math.floor(es / DAY_MS) === Math.floor(eo / DAY_MS);
}

/** Limit `x` ends later than limit `y`, both told. */
function endsAfter(x: Deadline, px: string | null, y: Deadline, py: string | null): boolean {
  const [ex, ey] = [limitEnd(x, px), limitEnd(y, py)];
  return ex !== null && ey !== null && ex > ey;
}

/** Weighted word overlap of two passages that may be limits on one action. */
const ALIKE = 0.15;

export function deadlineConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string, pa: string | null = null, pb: string | null = null): Conflict | null {
  // Alike sentences, or a clause of each alike that gives two spans to do one thing (sameAct).
  const alike = c.sentenceMatch.score >= ALIKE;
  // Passages alike in no clause may still give two limits on a story's interim report.
  const unlike = !alike && c.match.score < ALIKE;
  const da = deadlinesOf(sa, ta);
  if (da.length === 0) return null;
  const db = deadlinesOf(sb, tb);
  if (db.length === 0) return null;
  const oneLimit = (x: Deadline, px: string | null, y: Deadline, py: string | null): boolean => {
    if (x.key === y.key) return true;
    const dx = limitDay(x.surface, px);
    if (dx !== null && dx === limitDay(y.surface, py)) return true;
    if (spanEndsOn(x, px, y, py) || spanEndsOn(y, py, x, px)) return true;
    return x.seconds !== null && y.seconds !== null && Math.abs(x.seconds - y.seconds) <= 0.25 * Math.max(x.seconds, y.seconds);
  };
  // A limit the other side also gives is agreed: "an initial report ... within 30 days" /
  // "an interim statement within 30 days, with a final report expected within 12 months".
  // (Unless a side restates it as the limit it replaces: "originally due by X, now by Y".)
  const replacing = (s: Sentence, own: Deadline[]): boolean => own.some((n) => own.some((o) => o !== n && replaces(s, own, n, o)));
  const agreed = !replacing(sa, da) && !replacing(sb, db);
  for (const x of da) {
    if (agreed && db.some((y) => oneLimit(x, pa, y, pb))) continue;
    for (const y of db) {
      if (oneLimit(x, pa, y, pb) || (agreed && da.some((o) => oneLimit(o, pa, y, pb)))) continue;
      // An interim report's limit is not the final report's (reportStage); two interim ones
      // are limits on one report, whatever each calls it ("initial" / "preliminary"). (A report
      // told with no stage may be either: "will publish its findings by the end of the month".)
      const [ga, gb] = [reportStage(sa, x.tokenIndex), reportStage(sb, y.tokenIndex)];
      if ((ga === 'partial' && gb === 'final') || (ga === 'final' && gb === 'partial')) continue;
      // ... unless it falls after the interim one's: "interim findings within six weeks" / "its
      // findings within three months" is the final report still to come.
      if (ga === 'partial' && gb === undefined && endsAfter(y, pb, x, pa)) continue;
      if (gb === 'partial' && ga === undefined && endsAfter(x, pa, y, pb)) continue;
      const interimBoth = ga === 'partial' && gb === 'partial';
      if (unlike && !interimBoth) continue;
      const wa = actionWords(sa, x);
      const wb = actionWords(sb, y);
      if (interimBoth) [wa, wb].forEach((w) => w.add(PARTIAL_REPORT));
      const common = [...wa].filter((w) => wb.has(w));
      // Two spans to do one thing ("14 days to lodge an appeal" / "seven days to appeal") are
      // two limits on it, whoever is named before them.
      const sameAct = spanToAct(sa, x) && spanToAct(sb, y) && meets(actionAfter(sa, x), actionAfter(sb, y));
      // A story's interim report is one report, however little else the two passages share.
      if (!alike && !sameAct && !interimBoth) continue;
      if (common.length < 2 && !sameAct && !(common.length === 1 && (replaces(sb, db, y, x) || replaces(sa, da, x, y)))) continue;
      return {
        detail: explanation('deadline', x.surface, y.surface),
        a: clauseContaining(sa, x),
        b: clauseContaining(sb, y),
        strength: 0.75,
      };
    }
  }
  return null;
}
