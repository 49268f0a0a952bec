/**
 * Time-of-day conflicts: two reports put one happening at two times of day ("ordered the
 * evacuation shortly before midnight on Friday" / "that order was not given until about three in
 * the morning on Saturday", "the quake struck at 4.17am" / "at 4.45am"). Narrow: only pairs the
 * word index found on one matter; each time must be the only one in its clause; the two clauses
 * must share a content word besides time words (the same happening); neither may hedge, and
 * neither may mark one of a series ("the first ambulance arrived at 9.10pm" / "the last at 11pm").
 * Windows allow for rounding and for "about" or "shortly before": only times that cannot be one
 * moment conflict.
 */
import { clockTimes, minutesApart, type ClockTime } from './clock-times.ts';
import { explanation } from './explain.ts';
import { HEDGES } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { wordFeature } from './memo.ts';
import { normalizeWord } from './tokens.ts';
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
  return clockTimes(s).filter((y) => y.start < clause.end && clause.start < y.end).length === 1;
}

/** Tokens before a time its happening may be named in ("ordered the evacuation of the riverside districts shortly before midnight"). */
const ANCHOR_REACH = 8;
/** A statement's own time ("the commission said shortly before midnight") is not the happening's. */
const STATEMENT = /^(?:said|says|told|announced|confirmed|added|reported|stated|wrote|tweeted|posted)$/;
/** Particles that make one verb two acts: "walked into" / "walked out of". */
const PARTICLES = new Set(['in', 'into', 'out', 'up', 'down', 'off', 'on', 'away', 'back', 'over']);

/**
 * The happening a time is the time of: the content words just before it in its clause, or just
 * after it when it opens the clause ("At about 3 a.m., the wall gave way"), each with the
 * particle after it. Null for a statement's time.
 */
function anchorsOf(s: Sentence, x: ClockTime): Map<string, string> | null {
  const clause = clauseContaining(s, x);
  const toks = s.tokens;
  const first = toks.findIndex((t) => t.start >= x.start);
  const last = toks.findIndex((t) => t.start >= x.end);
  const end = last < 0 ? toks.length : last;
  const out = new Map<string, string>();
  const inClause = (i: number): boolean => toks[i].start >= clause.start && toks[i].end <= clause.end;
  if (first > 0 && STATEMENT.test(toks[first - 1].lower)) return null;
  const add = (i: number): void => {
    const t = toks[i];
    if (t.stop || t.isNumber || s.entityAt.has(i)) return;
    const f = wordFeature(t.norm);
    if (!TIME_WORDS.has(f)) out.set(f, PARTICLES.has(toks[i + 1]?.lower ?? '') ? toks[i + 1].lower : '');
  };
  for (let i = first - 1; i >= 0 && i >= first - ANCHOR_REACH && inClause(i); i--) add(i);
  const opens = first >= 0 && toks.slice(0, first).filter((_, i) => inClause(i)).length <= 1;
  if (opens) for (let i = end; i < toks.length && i < end + ANCHOR_REACH && inClause(i); i++) add(i);
  return out;
}

/** The anchors share a word, and no shared verb takes two different particles ("walked into" / "walked out"). */
function sameHappening(fa: Map<string, string>, fb: Map<string, string>): boolean {
  let shared = false;
  for (const [f, particle] of fa) {
    const other = fb.get(f);
    if (other === undefined) continue;
    if (particle !== '' && other !== '' && particle !== other) return false;
    shared = true;
  }
  return shared;
}

function plainClause(s: Sentence, x: ClockTime): boolean {
  return !tokensIn(s, clauseContaining(s, x)).some((t) => HEDGES.has(t.lower) || SERIES.has(t.lower));
}

export function timeConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const xs = clockTimes(sa);
  if (xs.length === 0) return null;
  const ys = clockTimes(sb);
  if (ys.length === 0) return null;
  for (const x of xs) {
    if (!aloneInClause(sa, x) || !plainClause(sa, x)) continue;
    const fa = anchorsOf(sa, x);
    if (!fa) continue;
    for (const y of ys) {
      if (minutesApart(x, y) === 0 || !aloneInClause(sb, y) || !plainClause(sb, y)) continue;
      const fb = anchorsOf(sb, y);
      if (!fb || !sameHappening(fa, fb)) continue;
      const ta = ctx.docs[da].article.text;
      const tb = ctx.docs[db].article.text;
      return {
        detail: explanation('time', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
        a: clauseContaining(sa, x),
        b: clauseContaining(sb, y),
        strength: 0.55,
      };
    }
  }
  return null;
}
