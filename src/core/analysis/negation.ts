import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { perSentence } from './memo.ts';
import type { Sentence } from './model.ts';
import { reportsNoneSoFar } from './none-reported.ts';
import type { Token } from './tokens.ts';

/**
 * Verbs a sentence negates: "would not appeal", "has never been paid", "refused to concede",
 * "had no intention of paying". The negation check compares them with the verbs the other
 * passage affirms.
 */
export interface NegatedVerb {
  /** Token index of the negator ("not", "refused", the "no" of "no intention of"). */
  neg: number;
  /** Token index of the verb it governs. */
  verb: number;
}

export const REFUSAL = /^(?:refus(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fail(?:s|ed|ing)?)$/;
/**
 * "its refusal to neutralise": no affirmation of the verb, but no denial the report makes either:
 * the noun names a refusal already known ("Its initial refusal to X lasted less than a day").
 */
const REFUSAL_NOUN = /^refusals?$/;

/** Words of an adverbial between a refusal and its "to": "declined on Tuesday to", "refused again to". */
const REFUSAL_GAP = new Set(['on', 'at', 'in', 'the', 'last', 'this', 'that', 'yesterday', 'today', 'tonight', 'again', 'initially', 'earlier', 'first', 'repeatedly', 'publicly', 'formally', 'flatly', 'still', 'also', 'then', 'once', 'night', 'week', 'month', 'morning', 'evening', 'afternoon']);
const REFUSAL_GAP_REACH = 3;

const inRefusalGap = (t: Token): boolean => REFUSAL_GAP.has(t.lower) || WEEKDAYS.has(t.lower);

/** The index of the "to" the refusal at `i` governs ("refused to", "declined on Tuesday to"), or -1. */
export function refusalTo(toks: Token[], i: number, nouns = false): number {
  const w = toks[i]?.lower ?? '';
  if (!REFUSAL.test(w) && !(nouns && REFUSAL_NOUN.test(w))) return -1;
  for (let k = i + 1; k < toks.length && k <= i + 1 + REFUSAL_GAP_REACH; k++) {
    if (toks[k].lower === 'to') return k;
    if (!inRefusalGap(toks[k])) return -1;
  }
  return -1;
}

/** True when the verb at `k` is what a refusal before it governs: "declined to concede", "its refusal on Monday to neutralise". */
export function refusedAt(toks: Token[], k: number): boolean {
  if (k < 2 || toks[k - 1].lower !== 'to') return false;
  for (let j = k - 2; j >= 0 && j >= k - 2 - REFUSAL_GAP_REACH; j--) {
    if (REFUSAL.test(toks[j].lower) || REFUSAL_NOUN.test(toks[j].lower)) return refusalTo(toks, j, true) === k - 1;
    if (!inRefusalGap(toks[j])) return false;
  }
  return false;
}
/** "declined to comment": a withheld claim, not a negated act. */
export const WITHHELD_VERB = /^(?:say|confirm|comment|disclose|reveal|specify)$/;
/** Auxiliaries and adverbs that may stand between a negator and its verb ("not yet been", "never even"). */
const AUXILIARIES = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'yet', 'ever', 'even', 'also', 'just', 'to', 'so', 'further']);
/** Modals that, before "not/never have", regret what happened instead of denying it. */
const REGRET = new Set(['should', 'ought', 'shouldn']);
/** Negators that stand for a noun phrase ("nobody knows"), which a preposition or a participle may narrow. */
const NEGATIVE_PRONOUNS = new Set(['nobody', 'none', 'nothing']);
const PREPOSITIONS = new Set(['outside', 'inside', 'within', 'beyond', 'near', 'among', 'amongst', 'across', 'around', 'behind', 'beside', 'besides', 'except', 'apart', 'like']);
/** "not counting", "not including": a sum's exclusions. */
const EXCLUDING = /^(?:counting|including|incl)$/;
/** Negators that govern a noun, not a verb ("no deal", "without delay"). */
const NOMINAL_NEGATORS = new Set(['no', 'without', 'nor', 'neither']);

export const negatedVerbs = perSentence((s: Sentence): NegatedVerb[] => {
  const out: NegatedVerb[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const neg = toks[i];
    // "refused to concede", "failed to qualify": a refusal negates the verb after "to".
    const to = refusalTo(toks, i);
    // ("refused to say sorry" is a refusal to apologise, not a withheld claim.)
    const sorry = to >= 0 && toks[to + 1]?.lower === 'say' && toks[to + 2]?.lower === 'sorry';
    if (sorry) {
      out.push({ neg: i, verb: to + 2 });
      continue;
    }
    const refusal = to >= 0 && !WITHHELD_VERB.test(toks[to + 1]?.lower ?? '');
    // "no intention of paying", "no plans to resign".
    const noIntent = neg.lower === 'no' && /^(?:intention|plans?)$/.test(toks[i + 1]?.lower ?? '') && /^(?:of|to)$/.test(toks[i + 2]?.lower ?? '');
    // "no one has been arrested" is "nobody has been arrested".
    const noOne = neg.lower === 'no' && toks[i + 1]?.lower === 'one';
    // "no prison officer has been arrested": "no" on the subject denies the verb it is the
    // subject of, past its noun and the auxiliaries.
    if (neg.lower === 'no' && !noIntent && !noOne) {
      const verb = verbOfNegatedSubject(s, i);
      if (verb !== undefined) out.push({ neg: i, verb });
      continue;
    }
    // "stormed off without shaking her hand": "without" denies a gerund that acts on something
    // ("without warning" is only sudden).
    if (neg.lower === 'without' && gerundWithObject(s, i + 1)) {
      out.push({ neg: i, verb: i + 1 });
      continue;
    }
    if (!refusal && !noIntent && !noOne && (!neg.negator || NOMINAL_NEGATORS.has(neg.lower))) continue;
    // "up to 240 veldars each, not counting booking fees": leaves something out, denies nothing.
    if (EXCLUDING.test(toks[i + 1]?.lower ?? '') && neg.lower === 'not') continue;
    // "should never have left", "ought not to have sailed": a regret that it happened.
    if (REGRET.has(toks[i - 1]?.lower ?? '') && (toks[i + 1]?.lower === 'have' || (toks[i + 1]?.lower === 'to' && toks[i + 2]?.lower === 'have'))) continue;
    // The verb it governs: the first content word within three tokens, past auxiliaries only
    // ("not in the national interest" governs no verb).
    const from = refusal ? to + 1 : noIntent ? i + 3 : noOne ? i + 2 : i + 1;
    let last = refusal ? from + 1 : noIntent || noOne ? from + 2 : i + 3;
    for (let j = from; j <= Math.min(toks.length - 1, last); j++) {
      const t = toks[j];
      if (s.entityAt.has(j) || t.isNumber) break;
      if (!t.stop || passiveStopParticiple(toks, j)) {
        // "nobody outside the company seems to know", "none involving foreign staff": what
        // follows the pronoun narrows it; its verb comes later, if at all.
        if (NEGATIVE_PRONOUNS.has(neg.lower) && j === i + 1 && (PREPOSITIONS.has(t.lower) || /ing$/.test(t.lower))) break;
        // "I have never opened a container like this one": this case set beside a career, no act denied.
        if (likeThisAfter(toks, j)) break;
        // "were not opened until 3.30pm, 90 minutes behind schedule": it happened, late; no act
        // denied. (Without the delay told, "would not reopen until Monday" still denies the
        // Thursday another report gave.)
        // In the past it simply happened then: "The notice was not issued until 5.32pm".
        if (untilTimeAfter(s, j) && (toldLate(s) || PAST_AUXILIARIES.has(toks[i - 1]?.lower ?? ''))) break;
        out.push({ neg: i, verb: j });
        break;
      }
      // "was not among the injured": membership of those the word names, negated; so is a
      // post held, "was not on watch", "not on duty".
      if ((t.lower === 'among' || (t.lower === 'on' && ON_POSTS.has(toks[j + 1]?.lower ?? ''))) && j === i + 1) {
        last = j + 2;
        continue;
      }
      if (!AUXILIARIES.has(t.lower) && !(toks[j - 1]?.lower === 'among' && /^(?:the|those)$/.test(t.lower))) break;
    }
  }
  return out;
});

/** What one is "on" as a post or place held: "on watch", "on duty", "on board", "on shift". */
const ON_POSTS = new Set(['watch', 'duty', 'board', 'shift', 'call', 'patrol', 'leave']);

/** After "no": none beyond those already told ("no other deaths", "no further injuries"). */
const BEYOND_THOSE_TOLD = new Set(['other', 'further', 'more', 'additional', 'new']);

/** Tokens after a negated verb within which "until" and a time may follow ("not opened to the public until 3.30pm"). */
const UNTIL_REACH = 5;
/** Words that open a time after "until": "until 3.30pm", "until Friday", "until late on Sunday", "until the following morning". */
const TIME_OPENERS = new Set(['midnight', 'noon', 'midday', 'dawn', 'late', 'early', 'after', 'mid', 'later', 'tomorrow', 'today', 'yesterday', 'last', 'next']);
const TIME_AFTER_THE = new Set(['next', 'following', 'early', 'small', 'end', 'afternoon', 'evening', 'morning', 'weekend', 'day']);

/**
 * "did not open until 3.30pm", "were not freed until Friday": the verb's happening is put at a
 * time. (Not a condition: "would not concede until every ballot had been counted".)
 */
function untilTimeAfter(s: Sentence, verb: number): boolean {
  const toks = s.tokens;
  for (let k = verb + 1; k < toks.length && k <= verb + UNTIL_REACH; k++) {
    if (/[,;:]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start))) return false;
    if (toks[k].lower !== 'until' && toks[k].lower !== 'till') continue;
    const next = toks[k + 1];
    if (!next) return false;
    const w = next.lower;
    return next.isNumber || /^\d/.test(w) || WEEKDAYS.has(w) || MONTHS.has(w) || TIME_OPENERS.has(w) || (w === 'the' && TIME_AFTER_THE.has(toks[k + 2]?.lower ?? ''));
  }
  return false;
}

/** Auxiliaries of a past deed before "not": "was not issued until", "did not open until". */
const PAST_AUXILIARIES = new Set(['was', 'were', 'did', 'had']);

/** "90 minutes behind schedule", "two hours late": the sentence tells a delay. */
function toldLate(s: Sentence): boolean {
  return s.tokens.some((t, k) => (t.lower === 'behind' && /^(?:schedule|time)$/.test(s.tokens[k + 1]?.lower ?? '')) || (t.lower === 'late' && (s.tokens[k - 1]?.isNumber || /^(?:minutes?|hours?|days?)$/.test(s.tokens[k - 1]?.lower ?? ''))));
}

/** Tokens after a negated verb within which "like this" sets the case beside others. */
const LIKE_THIS_REACH = 6;
const THIS_CASE = new Set(['this', 'that', 'it', 'these', 'those']);

/** "never opened a container like this one", "not seen anything like it": a comparison, not a denial. */
function likeThisAfter(toks: Token[], verb: number): boolean {
  for (let k = verb + 1; k < toks.length && k <= verb + LIKE_THIS_REACH; k++) if (toks[k].lower === 'like' && THIS_CASE.has(toks[k + 1]?.lower ?? '')) return true;
  return false;
}

/** Words that open an object after a gerund: "shaking her hand", "paying the fine". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'any', 'hands']);

/** Token j is a gerund ("shaking") with an object after it, by a determiner or a name. */
function gerundWithObject(s: Sentence, j: number): boolean {
  const toks = s.tokens;
  const t = toks[j];
  const next = toks[j + 1];
  if (!t || !next || t.stop || !/^[a-z]{3,}ing$/.test(t.lower) || s.entityAt.has(j)) return false;
  if (/[,;:.!?()—–"“”]/.test(s.text.slice(t.end - s.range.start, next.start - s.range.start))) return false;
  return OBJECT_OPENERS.has(next.lower) || s.entityAt.has(j + 1);
}

/** Participles among the stop words that a passive after "no ..." may still deny. */
const STOP_PARTICIPLES = new Set(['used', 'made', 'done', 'given', 'taken', 'seen', 'found', 'told', 'asked', 'shown', 'called']);

/**
 * "water cannon were not used", "had never been given": a participle the stop words hold, after a
 * form of "be", is the passive verb the negator denies.
 */
function passiveStopParticiple(toks: Token[], j: number): boolean {
  if (!STOP_PARTICIPLES.has(toks[j].lower)) return false;
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) if (/^(?:been|was|were|is|are|be|being)$/.test(toks[k].lower)) return true;
  return false;
}

/** Auxiliaries after a negated subject: "no officer has been", "no charges were". */
const SUBJECT_AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'will', 'would', 'yet', 'so', 'far']);
/** Words of a noun phrase a negated subject may be: "no prison officer", "no member of staff". */
const SUBJECT_REACH = 4;

/**
 * The passive verb whose subject "no" negates: "no prison officer has been arrested" denies
 * "arrested". The noun phrase has no name and no figure, and the verb comes after at least one
 * auxiliary, so "no intention", "no deal was reached" count and "no doubt he lied" does not.
 */
function verbOfNegatedSubject(s: Sentence, i: number): number | undefined {
  const toks = s.tokens;
  // "No other deaths were reported": none beyond those told, which it leaves standing.
  if (BEYOND_THOSE_TOLD.has(toks[i + 1]?.lower ?? '')) return undefined;
  let j = i + 1;
  let nouns = 0;
  while (j < toks.length && j <= i + SUBJECT_REACH && !SUBJECT_AUXILIARIES.has(toks[j].lower)) {
    if (s.entityAt.has(j) || toks[j].isNumber) return undefined;
    if (!toks[j].stop || toks[j].lower === 'of') nouns++;
    j++;
  }
  if (nouns === 0 || !SUBJECT_AUXILIARIES.has(toks[j]?.lower ?? '')) return undefined;
  const first = j;
  while (j < toks.length && SUBJECT_AUXILIARIES.has(toks[j].lower)) j++;
  // A passive needs "been" or a form of "be" before its verb: "no officer has arrested" is not one.
  if (!toks.slice(first, j).some((t) => /^(?:been|was|were|is|are|be|being)$/.test(t.lower))) return undefined;
  const verb = toks[j];
  // "No arrests have been made", "no deaths reported": none so far, told by its own check.
  // (A participle the stop words hold is still the verb here: "no stunt double was used".)
  if (!verb || (verb.stop && !STOP_PARTICIPLES.has(verb.lower)) || s.entityAt.has(j) || reportsNoneSoFar(verb.lower)) return undefined;
  return /(?:ed|en|wn|ght|ne)$/.test(verb.lower) ? j : undefined;
}
