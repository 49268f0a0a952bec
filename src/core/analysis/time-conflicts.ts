/**
 * Time-of-day conflicts: two reports put one happening at two times of day ("ordered the
 * evacuation shortly before midnight on Friday" / "that order was not given until about three in
 * the morning on Saturday", "the quake struck at 4.17am" / "at 4.45am"). Narrow: only pairs the
 * word index found on one matter, or on one timed happening (timedHappenings); each time must be
 * the only one in its clause; the two clauses must share a content word besides time words (the
 * same happening) and name it with one verb; neither may hedge, and neither may mark a different
 * member of a series ("the first ambulance arrived at 9.10pm" / "the last at 11pm").
 * Windows allow for rounding and for "about" or "shortly before": only times that cannot be one
 * moment conflict.
 */
import { DETERMINERS } from './arguments.ts';
import { clockTimes, minutesApart, roundingOf, type ClockTime } from './clock-times.ts';
import { explanation } from './explain.ts';
import { ACCOUNT_VERBS, HEDGES, isPastForm } from './lexicon.ts';
import type { Sentence } from './model.ts';
import type { Range } from './sentences.ts';
import { entityFeature, wordFeature } from './memo.ts';
import { normalizeWord, phrasalVerb } from './tokens.ts';
import { clauseContaining, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';

/** Words of time itself, which any two timed clauses may share. */
const TIME_WORDS = new Set(
  'morning afternoon evening night day hour minute time early late midnight noon midday dawn today yesterday sunday monday tuesday wednesday thursday friday saturday'
    .split(' ')
    .map((w) => wordFeature(normalizeWord(w))),
);
/** One of a series: each member has its own time. */
const SERIES = new Set(['first', 'last', 'second', 'third', 'final', 'another', 'again', 'next', 'later', 'earlier', 'previous', 'latest', 'initial', 'each', 'every']);

function aloneInClause(s: Sentence, x: ClockTime): boolean {
  const clause = clauseContaining(s, x);
  // The clause ends where one of another happening opens after the time: "discovered the
  // break-in at about 8.15am when they opened the branch ... since it closed at 5pm".
  const opener = s.tokens.find((t) => t.start >= x.end && t.end <= clause.end && SUBORDINATORS.has(t.lower));
  const end = opener?.start ?? clause.end;
  return clockTimes(s).filter((y) => y.start < end && clause.start < y.end).length === 1;
}

/** Tokens before a time its happening may be named in ("ordered the evacuation of the riverside districts shortly before midnight"). */
const ANCHOR_REACH = 8;
/** A statement's own time ("the commission said shortly before midnight") is not the happening's. */
const STATEMENT = /^(?:said|says|told|announced|confirmed|added|reported|stated|wrote|tweeted|posted)$/;
/** Words that open a clause of another happening after a time. */
const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'until', 'because', 'which', 'who', 'that', 'where']);
/** Particles that make one verb two acts: "walked into" / "walked out of". */
const PARTICLES = new Set(['in', 'into', 'out', 'up', 'down', 'off', 'on', 'away', 'back', 'over']);

/** A time's anchor words by feature, each with the particle after it ("walked into"). */
type Anchors = Map<string, string>;

/**
 * The happening a time is the time of: the content words just before it in its clause, or just
 * after it when it opens the clause ("At about 3 a.m., the wall gave way"), each with the
 * particle after it. Null for a statement's time.
 */
function anchorsOf(s: Sentence, x: ClockTime): Anchors | null {
  const clause = clauseContaining(s, x);
  const toks = s.tokens;
  const first = toks.findIndex((t) => t.start >= x.start);
  const last = toks.findIndex((t) => t.start >= x.end);
  const end = last < 0 ? toks.length : last;
  const out: Anchors = new Map();
  const inClause = (i: number): boolean => toks[i].start >= clause.start && toks[i].end <= clause.end;
  if (first > 0 && STATEMENT.test(toks[first - 1].lower)) return null;
  const add = (i: number): void => {
    const t = toks[i];
    if (t.stop || t.isNumber || s.entityAt.has(i)) return;
    // "gave way" is "caved in": a two-word verb is its plain verb, its particle no longer apart.
    const phrasal = toks[i + 1] && phrasalVerb(t, toks[i + 1]);
    const f = wordFeature(phrasal ?? t.norm);
    if (!TIME_WORDS.has(f)) out.set(f, !phrasal && PARTICLES.has(toks[i + 1]?.lower ?? '') ? toks[i + 1].lower : '');
  };
  // A clock time reaches back by content words, not tokens: "taken into custody at his home in
  // the Lindell district of the town shortly after 6 a.m." is a detention's time across a long
  // place. (Not a part of a day, which many happenings share: "on Friday afternoon"; and not past
  // another time, whose happening that is: "issued a warning on Friday afternoon and raised it
  // to orange at 11.20 a.m.".)
  let otherTime = false;
  for (let i = first - 1, n = 0; i >= 0 && n < ANCHOR_REACH && inClause(i); i--) {
    if (first - i > ANCHOR_REACH && otherTime) break;
    const timeWord = TIME_WORDS.has(wordFeature(toks[i].norm));
    if (timeWord && n > 0) otherTime = true;
    add(i);
    if (!toks[i].stop || x.wide) n++;
  }
  const opens = first >= 0 && toks.slice(0, first).filter((_, i) => inClause(i)).length <= 1;
  // After the time, up to a clause of its own: "closed at 14:30 when ash began settling" is no
  // beginning.
  if (opens) for (let i = end; i < toks.length && i < end + ANCHOR_REACH && inClause(i) && !SUBORDINATORS.has(toks[i].lower); i++) add(i);
  return out;
}

/** Words a verb stands right after: auxiliaries, and modals before a verb's plain form ("will reopen"). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'had', 'has', 'have', 'got', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);

/**
 * Past forms the lexicon keeps apart from their verbs, since as words they mostly mean something
 * else ("the left wing"); before a time they are the happening: "The march left Kestrel Park at 2pm".
 */
const PAST_FORMS = new Set(['left']);

/** A word shaped like a verb's past form or participle: "-ed", an irregular form, or after "was". */
function verbLike(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (t.stop || t.isNumber || s.entityAt.has(i) || t.lower.includes('-') || DETERMINERS.has(s.tokens[i - 1]?.lower ?? '')) return false;
  return isPastForm(t.lower) || PAST_FORMS.has(t.lower) || AUXILIARIES.has(s.tokens[i - 1]?.lower ?? '');
}

interface Happening {
  verb: string;
  /** The content word just before the verb ("the storm struck"), if any. */
  subject?: string;
}

/**
 * The verb of the happening a time is the time of, with its subject: the nearest verb-shaped
 * word before the time in its clause, or after it when the time opens the clause.
 */
function happeningOf(s: Sentence, x: ClockTime): Happening | undefined {
  const clause = clauseContaining(s, x);
  const toks = s.tokens;
  const first = toks.findIndex((t) => t.start >= x.start);
  const inClause = (i: number): boolean => toks[i].start >= clause.start && toks[i].end <= clause.end;
  const at = (i: number): Happening => ({ verb: wordFeature((toks[i + 1] && phrasalVerb(toks[i], toks[i + 1])) ?? toks[i].norm), subject: subjectBefore(s, i) });
  // (Not a statement's verb: "Police have said the crash happened shortly after 1am".)
  for (let i = first - 1; i >= 0 && i >= first - ANCHOR_REACH && inClause(i); i--) if (verbLike(s, i) && !STATEMENT.test(toks[i].lower)) return at(i);
  const after = toks.findIndex((t) => t.start >= x.end);
  if (first >= 0 && after >= 0 && toks.slice(0, first).filter((_, i) => inClause(i)).length <= 1) {
    for (let i = after; i < toks.length && i < after + ANCHOR_REACH && inClause(i); i++) if (verbLike(s, i)) return at(i);
  }
  return undefined;
}

/** A comma between the sentence's token `i` and the next. */
function commaAfter(s: Sentence, i: number): boolean {
  return s.text.slice(s.tokens[i].end - s.range.start, s.tokens[i + 1].start - s.range.start).includes(',');
}

/** Words between a subject and its verb: "the order was not lifted", "the storm finally struck". */
const BETWEEN_SUBJECT_AND_VERB = /^(?:was|were|is|are|been|be|had|has|have|not|never|finally|eventually|only|then|also)$/;

/** Not across a comma: "X, reported missing after the blast, was found" was found, not the blast. */
function subjectBefore(s: Sentence, verb: number): string | undefined {
  const toks = s.tokens;
  let i = verb - 1;
  while (i >= 0 && !commaAfter(s, i) && (BETWEEN_SUBJECT_AND_VERB.test(toks[i].lower) || toks[i].lower.endsWith('ly'))) i--;
  const t = toks[i];
  if (!t || commaAfter(s, i) || t.stop || t.isNumber) return undefined;
  const e = s.entityAt.get(i);
  return e !== undefined ? entityFeature(e) : wordFeature(t.norm);
}

/** Verbs that end what another verb starts: a thing's lifting is not its issuing. */
const ENDING = new Set(['lift', 'end', 'cease', 'stop', 'cancel', 'conclude', 'finish', 'rescind', 'revoke', 'halt', 'reopen', 'withdraw'].map((w) => wordFeature(normalizeWord(w))));

/**
 * Two verbs name one happening when they are the same verb, when one side's verb is among the
 * other's words ("ordered the evacuation" / "that order was not given"), or when they say what
 * one subject did ("the storm roared in" / "the storm struck"), unless one ends what the other
 * starts ("the order was lifted at 11 a.m." / "the order was not issued until 9.05 p.m."). "X,
 * reported missing after the blast, was found alive at 6 a.m." is not when "the blast ripped
 * through the plant".
 */
function sameVerb(ha: Happening | undefined, hb: Happening | undefined, fa: Anchors, fb: Anchors): boolean {
  if (!ha && !hb) return true;
  // With one side's verb unknown ("The collision happened at about 23:40"), the other's must be
  // among its words, or the two must share more than one word: "the evacuation ... was ordered at
  // 8.35 p.m." is not the explosion at "a chemical plant in ... Caravel at about 7.40 p.m.".
  if (!ha || !hb) {
    const known = (ha ?? hb)!;
    const other = ha ? fb : fa;
    return other.has(known.verb) || [...fa.keys()].filter((f) => fb.has(f)).length >= 2;
  }
  if (ha.verb === hb.verb) return true;
  // One side's verb is what the other's verb is said of: the evacuation "ordered" and "that order
  // was not given". (Not any word of the other's: "first spotted" is not "a prohibition notice",
  // nor "opened" the airport that "had stayed open".)
  if (ha.verb === hb.subject || hb.verb === ha.subject) return true;
  if (ha.subject === undefined || ha.subject !== hb.subject) return false;
  // One subject, and one side's verb among the other's words ("the gondola stopped" / "the
  // gondola juddered to a stop"), or two verbs both ending or both not.
  return fb.has(ha.verb) || fa.has(hb.verb) || ENDING.has(ha.verb) === ENDING.has(hb.verb);
}

/** The anchors share a word, and no shared verb takes two different particles ("walked into" / "walked out"). */
function sameHappening(fa: Anchors, fb: Anchors): boolean {
  let shared = false;
  for (const [f, particle] of fa) {
    const other = fb.get(f);
    if (other === undefined) continue;
    if (particle !== '' && other !== '' && particle !== other) return false;
    shared = true;
  }
  return shared;
}

/**
 * The name that does the happening at `x` (the subject before its verb, or the name the
 * sentence opens with: "The Halvard Bridge, the main road link ..., collapsed at around 3am")
 * is named in the clause of `y` too.
 */
function namedOnBoth(sx: Sentence, x: ClockTime, sy: Sentence, y: ClockTime): boolean {
  const subject = happeningOf(sx, x)?.subject;
  let name = subject?.startsWith('E:') ? subject.slice(2) : undefined;
  if (name === undefined) {
    const opening = sx.tokens.findIndex((t) => !DETERMINERS.has(t.lower));
    const clause = clauseContaining(sx, x);
    if (opening >= 0 && sx.tokens[opening].start >= clause.start) name = sx.entityAt.get(opening);
  }
  if (name === undefined) return false;
  const clause = clauseContaining(sy, y);
  for (const [i, e] of sy.entityAt) if (e === name && sy.tokens[i].start >= clause.start && sy.tokens[i].end <= clause.end) return true;
  return false;
}

/**
 * The series the clause's time is one member of ("the first ambulance", "the last survivor"), as
 * the series word and the word after it; null when the clause hedges. A series word before a verb
 * is no member ("keepers first noticed"): it marks the happening's onset. Nor is one that names an
 * account ("not in the evening as first reported").
 */
function seriesOf(s: Sentence, x: ClockTime): string[] | null {
  const clause = clauseContaining(s, x);
  const offset = s.tokens.findIndex((t) => t.start >= clause.start);
  // Not past a comma after the time: "at 06:40, when the first of them arrived" is another
  // happening's; nor past a word that opens one ("at about 8.15am when they opened the branch
  // for the first time since ...").
  const all = tokensIn(s, clause);
  const cut = all.findIndex((t, k) => k > 0 && t.start >= x.end && (commaAfter(s, offset + k - 1) || SUBORDINATORS.has(t.lower)));
  const kept = cut < 0 ? all : all.slice(0, cut);
  // "According to the first data, the helicopter crashed at 22:51": the source is not a member
  // of the series the happening belongs to.
  const sourceEnd = kept[0]?.lower === 'according' && kept[1]?.lower === 'to' ? kept.findIndex((t, k) => offset + k + 1 < s.tokens.length && commaAfter(s, offset + k)) : -1;
  const skip = sourceEnd >= 0 && kept[sourceEnd].end <= x.start ? sourceEnd + 1 : 0;
  const tokens = kept.slice(skip);
  if (tokens.some((t) => HEDGES.has(t.lower))) return null;
  const out: string[] = [];
  tokens.forEach((t, k) => {
    if (!SERIES.has(t.lower) || ACCOUNT_VERBS.test(tokens[k + 1]?.lower ?? '')) return;
    if (!DETERMINERS.has(tokens[k - 1]?.lower ?? '') && k + 1 < tokens.length && verbLike(s, offset + skip + k + 1)) return;
    out.push(`${t.lower} ${tokens[k + 1]?.norm ?? ''}`);
  });
  return out;
}

/** Both clauses are plain, or tell of one member of one series ("the last survivor" on both sides). */
function sameMember(a: string[] | null, b: string[] | null): boolean {
  if (a === null || b === null || a.length !== b.length) return false;
  return a.every((m) => b.includes(m));
}

/**
 * The time's clause, up to a second happening the clause goes on to with "and" and a verb: "The
 * march kicked off from Kestrel Park at 1pm and snaked 2.8 miles along the river" quotes the
 * start, not the route, whose length is another matter.
 */
function happeningSpan(s: Sentence, x: ClockTime): Range {
  const clause = clauseContaining(s, x);
  const toks = s.tokens;
  for (let k = toks.findIndex((t) => t.start >= x.end); k > 0 && k + 1 < toks.length && toks[k + 1].end <= clause.end; k++) {
    if (toks[k].lower === 'and' && verbLike(s, k + 1)) return { start: clause.start, end: toks[k - 1].end };
  }
  return clause;
}

/**
 * The words naming the happening of each time in the sentence that could be compared (alone in
 * its clause, not a statement's): how the candidate index pairs two timed sentences on one
 * happening when they share too little else ("Keepers noticed the animals were missing at 06:40" /
 * "keepers first noticed that animals were missing shortly after 8am").
 */
export function timedHappenings(s: Sentence): string[] {
  const out: string[] = [];
  for (const x of clockTimes(s)) {
    if (!aloneInClause(s, x)) continue;
    for (const f of anchorsOf(s, x)?.keys() ?? []) out.push(f);
  }
  return out;
}

/** Most words between a correcting time and the "not" of the time it denies ("at 10.15pm on Sunday, not"). */
const CORRECTION_REACH = 4;

/**
 * A time the sentence denies right after the one that corrects it, with that correction: "first
 * alerted to the leak at 10.15pm on Sunday, not at 11.40pm as it stated at first". The denied
 * time is what another report said.
 */
function correctedTimes(s: Sentence): Array<{ denied: ClockTime; correction: ClockTime }> {
  const times = clockTimes(s);
  const out: Array<{ denied: ClockTime; correction: ClockTime }> = [];
  for (let k = 1; k < times.length; k++) {
    const [correction, denied] = [times[k - 1], times[k]];
    const between = s.text.slice(correction.end - s.range.start, denied.start - s.range.start);
    const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (/,\s*not\s+(?:at\s+)?$/i.test(between) && words.length <= CORRECTION_REACH && !correction.wide && !denied.wide) out.push({ denied, correction });
  }
  return out;
}

/**
 * One report gives a time another report denies and corrects: "The board says it was alerted at
 * 23:40 on Sunday" / "now says it was first alerted ... at 10.15pm on Sunday, not at 11.40pm as
 * it stated at first". The same happening by the correction's words; the correcting side answers.
 */
function correctedTime(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext, correctingIsB: boolean): Conflict | null {
  for (const { denied, correction } of correctedTimes(sb)) {
    const fb = anchorsOf(sb, correction);
    if (!fb) continue;
    for (const x of clockTimes(sa)) {
      if (x.wide || minutesApart(x, denied) > 0 || minutesApart(x, correction) === 0 || !aloneInClause(sa, x)) continue;
      const fa = anchorsOf(sa, x);
      if (!fa || !sameHappening(fa, fb) || !sameVerb(happeningOf(sa, x), happeningOf(sb, correction), fa, fb)) continue;
      const ta = ctx.docs[da].article.text;
      const tb = ctx.docs[db].article.text;
      const clause = clauseContaining(sb, correction);
      const b = { start: clause.start, end: Math.max(clause.end, denied.end) };
      const [given, corrected] = [ta.slice(x.start, x.end), tb.slice(correction.start, correction.end)];
      return correctingIsB
        ? { detail: explanation('time', given, corrected), a: happeningSpan(sa, x), b, strength: 0.55, answeredBy: 'b' }
        : { detail: explanation('time', corrected, given), a: b, b: happeningSpan(sa, x), strength: 0.55, answeredBy: 'a' };
    }
  }
  return null;
}

/**
 * Two exact times of one verb ("crashed at 22:47" / "crashed at 22:51", "received at 00:58" /
 * "received at 01:05") are accounts of one moment, each off by no more than its own rounding
 * (roundingOf). With two verbs the general slack stays: "touched down at 11:31" may be the
 * happening "reached the town at 11:47".
 */
function apartByOwnRounding(x: ClockTime, ha: Happening | undefined, y: ClockTime, hb: Happening | undefined): boolean {
  if (x.exactly === undefined || y.exactly === undefined || !ha || ha.verb !== hb?.verb) return false;
  const span = (t: ClockTime, at: number): ClockTime => ({ ...t, lo: at - roundingOf(at), hi: at + roundingOf(at) });
  return minutesApart(span(x, x.exactly), span(y, y.exactly)) > 0;
}

export function timeConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const xs = clockTimes(sa);
  if (xs.length === 0) return null;
  const ys = clockTimes(sb);
  if (ys.length === 0) return null;
  const corrected = correctedTime(da, sa, db, sb, ctx, true) ?? correctedTime(db, sb, da, sa, ctx, false);
  if (corrected) return corrected;
  for (const x of xs) {
    const seriesA = seriesOf(sa, x);
    if (!aloneInClause(sa, x) || seriesA === null) continue;
    const fa = anchorsOf(sa, x);
    if (!fa) continue;
    for (const y of ys) {
      // (Overlapping times differ only when both are exact: the cheap test first.)
      const overlap = minutesApart(x, y) === 0;
      if ((overlap && (x.exactly === undefined || y.exactly === undefined)) || !aloneInClause(sb, y) || !sameMember(seriesA, seriesOf(sb, y))) continue;
      const [ha, hb] = [happeningOf(sa, x), happeningOf(sb, y)];
      if (overlap && !apartByOwnRounding(x, ha, y, hb)) continue;
      const fb = anchorsOf(sb, y);
      if (!fb || !sameHappening(fa, fb) || !sameVerb(ha, hb, fa, fb)) continue;
      // A part of a day holds many happenings of one kind ("two more bodies were found on
      // Sunday evening" / "Vera Ostrowin was found on Tuesday afternoon"): one named thing must do both.
      if ((x.wide || y.wide) && !namedOnBoth(sa, x, sb, y) && !namedOnBoth(sb, y, sa, x)) continue;
      const ta = ctx.docs[da].article.text;
      const tb = ctx.docs[db].article.text;
      return {
        detail: explanation('time', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
        a: happeningSpan(sa, x),
        b: happeningSpan(sb, y),
        strength: 0.55,
      };
    }
  }
  return null;
}
