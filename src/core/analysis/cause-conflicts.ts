/**
 * Cause conflicts: two reports give different causes for one happening ("the outage was caused
 * by hackers" / "the outage was caused by a faulty update"), or one denies the cause the other
 * states ("was not caused by a faulty update from its supplier" / "caused by a faulty software
 * update"). Both sides must say outright that one thing caused another (caused by, due to,
 * because of, blamed on, the result of ...): a cause inferred from a sequence of events is not
 * read. Two causes of one happening conflict only when they share no word (a cause and a
 * fuller account of it agree); a denial, when most of what it denies is the other's cause.
 */
import { explanation } from './explain.ts';
import { HEDGES, REPORTING } from './lexicon.ts';
import { normalizeWord } from './tokens.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import type { Range } from './sentences.ts';
import { clauseAt, type Conflict } from './conflict-helpers.ts';

export interface CauseClaim {
  /** What was caused: its content words' keys (and names' entity ids), read before the cue. */
  effect: Set<string>;
  /** The cause's content words' keys and entity ids, in order. */
  cause: string[];
  /** Token range of the cause phrase. */
  from: number;
  to: number;
  /** "was not caused by", "not because of": the cause is denied. */
  denied: boolean;
  /** The passage to quote: from the effect to the end of the cause. */
  range: Range;
}

/** Words of a cue that names the cause right after it: "due to X", "because of X", "blamed on X". */
const TWO_WORD_CUES = new Set(['due to', 'because of', 'owing to', 'thanks to', 'blamed on', 'attributed to', 'traced to', 'result of', 'product of']);
/** Verbs whose passive names the cause after "by": "caused by", "triggered by", "sparked by". */
const CAUSE_VERBS = /^(?:caused|triggered|sparked|provoked)$/;
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been']);
const DETERMINER = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);
/** Longest cause phrase read: a noun phrase with a modifier or two. */
const CAUSE_MAX = 12;
/** Farthest back the effect is read from the cue. */
const EFFECT_REACH = 8;
/**
 * Nouns that refer back to the story's happening whatever it is ("the incident", "the
 * disaster"): one effect may be named so on one side and by its own word on the other.
 */
const THE_EVENT = new Set(['incident', 'accident', 'disaster', 'tragedy'].map(normalizeWord));
/** Words that end a cause phrase: a contrast or a new clause. */
const PHRASE_END = /^(?:rather|instead|and|but|as|which|who|while|when|after|before|said|says|according)$/;

export const causeClaims = perSentence(findCauseClaims);

function findCauseClaims(s: Sentence): CauseClaim[] {
  const toks = s.tokens;
  const out: CauseClaim[] = [];
  const punctuationBefore = (k: number): boolean => /[,;:.!?()—–"“”]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start));
  for (let i = 0; i + 1 < toks.length; i++) {
    const w = toks[i].lower;
    const pair = `${w} ${toks[i + 1].lower}`;
    let from: number;
    // "the outage was caused by", "blamed on the pilot"; not "blamed the pilot", whose object may be the effect or the cause.
    if (CAUSE_VERBS.test(w) && toks[i + 1].lower === 'by') from = i + 2;
    else if (TWO_WORD_CUES.has(pair)) from = i + 2;
    else continue;
    // "was due to start on Monday": a schedule, not a cause. After a form of "be", "due to" gives
    // a cause only before a noun phrase's article or possessive ("was due to the fog").
    if (w === 'due' && i > 0 && BE.has(toks[i - 1].lower) && !DETERMINER.has(toks[from]?.lower ?? '')) continue;
    // A supposition states no cause: "may have been caused by", "whether it was due to".
    if (toks.slice(Math.max(0, i - EFFECT_REACH), i).some((t) => HEDGES.has(t.lower))) continue;
    let to = from;
    while (to < toks.length && to < from + CAUSE_MAX && (to === from || !punctuationBefore(to)) && !PHRASE_END.test(toks[to].lower)) to++;
    const cause: string[] = [];
    for (let k = from; k < to; k++) {
      const e = s.entityAt.get(k);
      if (e) cause.push('E:' + e);
      else if (!toks[k].stop && !toks[k].isNumber) cause.push(toks[k].norm);
    }
    if (cause.length === 0) continue;
    // The effect: content words back to the clause's start or a reporting verb ("ORA now says
    // the outage was caused by"): who speaks is not what happened.
    const effect = new Set<string>();
    let start = i;
    for (let k = i - 1; k >= 0 && k >= i - EFFECT_REACH; k--) {
      if (REPORTING.has(toks[k].lower) || toks[k].lower === 'that' || punctuationBefore(k + 1)) break;
      start = k;
      const e = s.entityAt.get(k);
      if (e) effect.add('E:' + e);
      else if (!toks[k].stop && !toks[k].isNumber) effect.add(toks[k].norm);
    }
    if (effect.size === 0) continue;
    let denied = false;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (toks[k].negator) denied = true;
    out.push({ effect, cause: [...new Set(cause)], from, to, denied, range: { start: Math.min(toks[start].start, clauseAt(s, toks[i]).start), end: toks[to - 1].end } });
  }
  return out;
}

function sameEffect(x: Set<string>, y: Set<string>): boolean {
  for (const w of x) if (y.has(w) || THE_EVENT.has(w)) return true;
  for (const w of y) if (THE_EVENT.has(w)) return true;
  return false;
}

/**
 * Different causes of one happening, or a cause denied on one side and stated on the other.
 */
export function causeConflict(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const xs = causeClaims(sa);
  if (xs.length === 0) return null;
  const ys = causeClaims(sb);
  for (const x of xs) {
    for (const y of ys) {
      if (x.denied && y.denied) continue;
      const shared = x.cause.filter((w) => y.cause.includes(w)).length;
      if (x.denied || y.denied) {
        // The denied cause, most of its words, is what the other side states.
        const deniedCause = x.denied ? x.cause : y.cause;
        if (shared === 0 || shared * 2 < deniedCause.length) continue;
        if (shared < 2 && !sameEffect(x.effect, y.effect)) continue;
      } else if (shared > 0 || !sameEffect(x.effect, y.effect)) continue;
      const phrase = (s: Sentence, t: string, c: CauseClaim): string => t.slice(s.tokens[c.from].start, s.tokens[c.to - 1].end);
      const pa = (x.denied ? 'not ' : '') + phrase(sa, ta, x);
      const pb = (y.denied ? 'not ' : '') + phrase(sb, tb, y);
      return { detail: explanation('cause', pa, pb), a: x.range, b: y.range, strength: 0.5 };
    }
  }
  return null;
}
