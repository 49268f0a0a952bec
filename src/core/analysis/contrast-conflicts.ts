/**
 * Contrast conflicts: one side says what is so "rather than" or "instead of" something else ("a
 * severe sprain ... rather than a fracture, as had been reported", "will now resume on July 7
 * rather than on June 24", "performing the fall himself rather than a stunt double"), and the
 * other side states that something else of the same matter ("doctors diagnosed a fractured
 * ankle", "expected to resume on June 24", "a stunt double performed the main fall"). The
 * contrast denies what the other side affirms. Narrow: every content word of the contrasted
 * phrase must stand in the other passage, not negated, and the two must share a word of what the
 * contrasting side says before its cue (the verb or the thing: "resume", "ankle", "fall").
 */
import { explanation } from './explain.ts';
import { MONTHS, REPORT_NOUN, REPORTING, WEEKDAYS, wordNumber } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { clauseAt, negatedAt, tokensIn, type Conflict } from './conflict-helpers.ts';
import { namedAfter, ofThose } from './quantity-context.ts';
import { PEOPLE, type Quantity } from './quantities.ts';

interface Contrast {
  /** The cue's first token ("rather", "instead"). */
  cue: number;
  /** The contrasted phrase: tokens from..to-1. */
  from: number;
  to: number;
  /** Its content words' comparison keys. */
  words: string[];
  /** Content words of the sentence before the cue (and after a correction's aside): what the contrast is about. */
  before: Set<string>;
  /** "..., as had been reported", "as first announced": the contrast corrects an earlier account. */
  corrects: boolean;
  /** ", not ...": a plain denial, explained as one. */
  denial: boolean;
}

/** Longest contrasted phrase read: "rather than on June 24" needs four words, a noun phrase a few more. */
const PHRASE_MAX = 6;
/** Verbs of an earlier account that "as" brings in after the contrast: "as had been reported". */
const ACCOUNT_VERB = /^(?:reported|announced|stated|said|claimed|thought|believed|planned|scheduled|suggested|feared|expected|first|earlier|initially|previously|originally)$/;

/** Words after ", not" that make no contrast: "not least", "not only", "not to mention", "not far from". */
const NOT_A_CONTRAST = /^(?:least|only|just|merely|simply|yet|to|far|long|including|counting|surprisingly|necessarily|always|ever|even|quite|all|so|that|because|unlike|unless|if|when|since|for|one|a|an|much|many|more|less|enough|exactly|really|everyone|everything|everybody|anyone|anything|\w+ing|\w+ly)$/;
/** Words between "as" and the verb of the account it names: "as the catalogue and most reports stated". */
const ACCOUNT_REACH = 6;

/** Verbs of saying beyond the reporting verbs ("BLE confirmed"): who spoke, not what happened. */
const SPEECH_ACT = /^(?:confirm|announc|insist|claim|admit|deni|deny|warn|state|stat)/;
/** Words of a relative date. */
const RELATIVE_TIME = new Set(['today', 'tomorrow', 'yesterday', 'tonight', 'week', 'weekend', 'month', 'year', 'next', 'last']);
/** How far from the contrasted words the shared word may stand in the other passage. */
const NEAR = 3;
/** Words that make a clause a supposition rather than a statement. */
const SUPPOSING = new Set(['would', 'could', 'might', 'may', 'if', 'unless', 'whether', 'perhaps', 'possibly']);

const contrastsOf = perSentence(findContrasts);

function findContrasts(s: Sentence): Contrast[] {
  const toks = s.tokens;
  const out: Contrast[] = [];
  // What stands between token k - 1 and token k.
  const gap = (k: number): string => s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start);
  const gapHasPunctuation = (k: number): boolean => /[,;:.!?()—–"“”]/.test(gap(k));
  for (let i = 0; i + 2 < toks.length; i++) {
    const opens = (toks[i].lower === 'rather' && toks[i + 1].lower === 'than') || (toks[i].lower === 'instead' && toks[i + 1].lower === 'of');
    // "bought it in 1962, not in 1958 as the catalogue stated", "seven bidders took part, not
    // five": what is so, then after a comma what is not.
    // (Or after a dash: "plus £200 - not £250 as reported at the weekend - for each".)
    const commaNot = !opens && toks[i].lower === 'not' && i > 0 && /(?:,|\s[-–—]|—)\s*$/.test(gap(i)) && !NOT_A_CONTRAST.test(toks[i + 1].lower);
    // "the cause was not a power cut, as the operator said, but the haul rope": what is not,
    // then what is.
    // (There "not a" opens a noun phrase, which after a comma is "not a single one".)
    const notBut = !opens && !commaNot && toks[i].lower === 'not' && (/^an?$/.test(toks[i + 1].lower) || !NOT_A_CONTRAST.test(toks[i + 1].lower));
    if (!opens && !commaNot && !notBut) continue;
    const from = opens ? i + 2 : i + 1;
    let to = from;
    while (to < toks.length && to < from + PHRASE_MAX && (to === from || !gapHasPunctuation(to)) && toks[to].lower !== 'as' && toks[to].lower !== 'but') to++;
    if (notBut && !butWithin(s, to, gapHasPunctuation)) continue;
    // "rather than reopening next week": a contrast of dates, which the date checks explain better.
    if (toks.slice(from, to).some((t) => RELATIVE_TIME.has(t.lower))) continue;
    const words: string[] = [];
    // (A date's month is a stop word elsewhere: here it is what the contrast is about.)
    // (Nor is a number word: "not five as announced".)
    for (let k = from; k < to; k++) if (!toks[k].stop || MONTHS.has(toks[k].lower) || WEEKDAYS.has(toks[k].lower) || wordNumber(toks[k].lower) !== null) words.push(toks[k].norm);
    if (words.length === 0) continue;
    const before = new Set<string>();
    for (let k = 0; k < i; k++) if (!toks[k].stop && !toks[k].isNumber && !REPORTING.has(toks[k].lower) && !SPEECH_ACT.test(toks[k].norm)) before.add(toks[k].norm);
    // (A sentence that opens "Contrary to some reports" names the account it corrects too.)
    let corrects = contraryToReports(s, i);
    if (toks[to]?.lower === 'as') for (let k = to + 1; k < toks.length && k <= to + ACCOUNT_REACH; k++) if (ACCOUNT_VERB.test(toks[k].lower)) corrects = true;
    // A correction's matter may also follow its aside, as the phrase it goes on with: "plus
    // £200 - not £250 as reported at the weekend - for each person with a confirmed infection"
    // (not a clause of its own: ", although governor Adela Morvay has welcomed it").
    if (corrects) {
      const asideEnds = (k: number): boolean => gapHasPunctuation(k) || /\s-\s/.test(gap(k));
      let k = to + 1;
      while (k < toks.length && !asideEnds(k)) k++;
      if (PHRASE_GOES_ON.has(toks[k]?.lower ?? '')) {
        for (let j = k; j < toks.length && (j === k || !asideEnds(j)); j++) if (!toks[j].stop && !toks[j].isNumber && !REPORTING.has(toks[j].lower)) before.add(toks[j].norm);
      }
    }
    // ", not ..." is a contrast only where it ends its phrase or names the account it corrects:
    // ", not far from the border" goes on.
    if (commaNot && !corrects && to < toks.length && !gapHasPunctuation(to)) continue;
    out.push({ cue: i, from, to, words, before, corrects, denial: commaNot || notBut });
  }
  return out;
}

/** "would" after a verb of saying in its sentence: the future of what was said ("said ... would receive"). */
function reportedFuture(s: Sentence, t: Sentence['tokens'][number]): boolean {
  return t.lower === 'would' && s.tokens.some((x) => x.end <= t.start && REPORTING.has(x.lower));
}

/** "Contrary to some reports, ..." before token `cue`: a report noun within a few words of "contrary to". */
function contraryToReports(s: Sentence, cue: number): boolean {
  const toks = s.tokens;
  for (let k = 0; k + 1 < cue; k++) {
    if (toks[k].lower !== 'contrary' || toks[k + 1].lower !== 'to') continue;
    return toks.slice(k + 2, Math.min(cue, k + 2 + CONTRARY_REACH)).some((t) => REPORT_NOUN.test(t.lower));
  }
  return false;
}
/** Words from "contrary to" to its report noun: "contrary to some earlier reports". */
const CONTRARY_REACH = 4;

/** Prepositions that carry a phrase on past an aside: "- for each person with ...". */
const PHRASE_GOES_ON = new Set(['for', 'to', 'of', 'in', 'on', 'at', 'with', 'per', 'from']);

/** Most tokens from the end of a "not" phrase to its "but": an aside naming the account it corrects. */
const BUT_REACH = 10;

/**
 * "but" follows the phrase ending at `to`, right after it ("not lightning but a cigarette") or
 * after an aside that names an account ("not a power cut, as the operator said, but the rope").
 * After a bare comma it opens a clause of its own: "has not been named, but people said ...".
 */
function butWithin(s: Sentence, to: number, gapHasPunctuation: (k: number) => boolean): boolean {
  const toks = s.tokens;
  if (toks[to]?.lower === 'but') return !gapHasPunctuation(to);
  if (toks[to]?.lower !== 'as') return false;
  for (let k = to + 1; k < toks.length && k <= to + BUT_REACH; k++) if (toks[k].lower === 'but') return toks.slice(to + 1, k).some((t) => ACCOUNT_VERB.test(t.lower));
  return false;
}

export function contrastConflict(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const sides: Array<[Sentence, Sentence, string, string, boolean]> = [[sa, sb, ta, tb, true], [sb, sa, tb, ta, false]];
  for (const [sr, so, tr, to, contrastIsA] of sides) {
    const mine = contrastsOf(sr);
    if (mine.length === 0) continue;
    const theirs = contrastsOf(so);
    const insideTheirs = (k: number): boolean => theirs.some((c) => k >= c.cue && k < c.to);
    for (const c of mine) {
      // The other side states the contrasted thing, every word of it, outright.
      const hits: number[] = [];
      for (const w of c.words) {
        const k = so.tokens.findIndex((t, n) => t.norm === w && !insideTheirs(n));
        if (k < 0 || negatedAt(so, k)) break;
        hits.push(k);
      }
      if (hits.length < c.words.length) continue;
      // A figure the other side gives as some of a set it has just counted ("In five of those
      // six figures") is no count the contrast denies.
      if (hits.some((k) => so.quantities.some((q) => ofThose(q) && q.start <= so.tokens[k].start && so.tokens[k].end <= q.end))) continue;
      // Nor is a number inside another figure ("Two of the four crew died" / "Three people
      // died, not four"; "five years and four months" / "not four years"): the whole a part is
      // of, or a figure's smaller unit, is not the figure the contrast denies.
      if (hits.some((k) => insideAnotherFigure(so, k))) continue;
      const first = Math.min(...hits);
      const last = Math.max(...hits);
      // A denied figure counts what the figure it corrects counts ("fixed two matches, not
      // three"): the other side's figure of other things ("won only three games") is not it.
      // (Things each named right after a figure; people go by many names, "64 staff".)
      if (countsOtherThings(sr, c, so, first)) continue;
      // ... of the same matter: beside it, a word the contrasting side says before its cue
      // ("resume on June 24", "a fractured left ankle"), not just anywhere in a long sentence.
      const contrasted = new Set(c.words);
      // (A correction that names the account it corrects, "as some reports had suggested", may
      // find that word anywhere in the clause that states it: the other passage is such an account.)
      const beside = c.corrects ? tokensIn(so, clauseAt(so, so.tokens[first])) : so.tokens.slice(Math.max(0, first - NEAR), last + NEAR + 1);
      // A name alone is mentioned for many reasons ("who represents Quillan"): the clause must
      // then share two such words.
      const shared = new Set(beside.filter((t) => !t.stop && !t.isNumber && !contrasted.has(t.norm) && c.before.has(t.norm)).map((t) => t.norm));
      const nameOnly = hits.every((k) => so.entityAt.has(k));
      // A correction of a measure in its unit ("almost nine hours, not 11 as previously
      // reported" / "for about 11 hours") names its matter by the unit: an account that gave
      // that very measure is the one corrected.
      const fewShared = shared.size < (c.corrects && nameOnly ? 2 : 1);
      const byMeasure = fewShared && c.corrects ? sameMeasureDenied(sr, c, so, first) : undefined;
      if (fewShared && !byMeasure) continue;
      // "A fracture would mean six weeks out": a supposition states nothing.
      // ("said anyone infected would receive £250" is a sum promised, as reported, not a supposition.)
      const type = contrastType(c, sr);
      if (tokensIn(so, clauseAt(so, so.tokens[first])).some((t) => SUPPOSING.has(t.lower) && !(type === 'quantity' && reportedFuture(so, t)))) continue;
      // (With the currency sign before a sum: "£250", not "250".)
      // (The stated measure whole, "about 11 hours", when that is what names the matter.)
      const from = byMeasure ? byMeasure.start : so.tokens[first].start - (/[£$€¥]/.test(to[so.tokens[first].start - 1] ?? '') ? 1 : 0);
      const stated = to.slice(from, byMeasure ? byMeasure.end : so.tokens[last].end);
      const denied = tr.slice(sr.tokens[c.cue].start, sr.tokens[c.to - 1].end);
      // What the contrasting side says, up to the contrast's end.
      const rr = { start: sr.range.start, end: Math.max(clauseAt(sr, sr.tokens[c.cue]).end, sr.tokens[c.to - 1].end) };
      const ro = clauseAt(so, so.tokens[first]);
      return {
        detail: contrastIsA ? explanation(type, denied, stated) : explanation(type, stated, denied),
        a: contrastIsA ? rr : ro,
        b: contrastIsA ? ro : rr,
        strength: 0.5,
        // A correction reported later revises the account it names.
        ...(c.corrects ? { answeredBy: contrastIsA ? ('a' as const) : ('b' as const) } : {}),
      };
    }
  }
  return null;
}

/** True when token `k` of `s` is a number within a figure whose own number comes before it. */
function insideAnotherFigure(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  if (!t.isNumber && wordNumber(t.lower) === null) return false;
  return s.quantities.some((q) => {
    if (t.start < q.start || t.end > q.end) return false;
    const own = s.tokens.findIndex((x) => x.start >= q.start && x.end <= q.end && (x.isNumber || wordNumber(x.lower) !== null));
    return own >= 0 && own < k;
  });
}

/**
 * The figure of `sr`'s contrasted phrase counts things another figure of its sentence names
 * ("two matches, not three"), or measures in another unit, and the figure at token `m` of `so`
 * names others ("three games").
 */
function countsOtherThings(sr: Sentence, c: Contrast, so: Sentence, m: number): boolean {
  const figureAt = (s: Sentence, i: number) => s.quantities.find((q) => q.start <= s.tokens[i].start && s.tokens[i].end <= q.end);
  // The figure ending the contrasted phrase, or any in it ("rather than the 14 days it promised at").
  let denied = figureAt(sr, c.to - 1);
  for (let k = c.from; !denied && k < c.to; k++) denied = figureAt(sr, k);
  const stated = figureAt(so, m);
  if (!denied || !stated || !namedAfter(so, stated) || stated.counted[0] === PEOPLE) return false;
  // A stretch of time is no count of things: "rather than the 14 days it promised" / "eight of the 14 lanes".
  if (denied.unit !== stated.unit) return true;
  const thing = denied.counted[0];
  return thing !== undefined && thing !== PEOPLE && thing !== stated.counted[0] && sr.quantities.some((q) => q !== denied && q.counted[0] === thing && namedAfter(sr, q));
}

/**
 * The figure at token `m` of `so`, when the contrast denies a figure with a unit (a stretch of
 * time, a sum, a length: not a bare count) and that figure is of the same unit and value.
 */
function sameMeasureDenied(sr: Sentence, c: Contrast, so: Sentence, m: number): Quantity | undefined {
  const denied = sr.quantities.find((q) => q.start >= sr.tokens[c.from].start && q.end <= sr.tokens[c.to - 1].end);
  const stated = so.quantities.find((q) => q.start <= so.tokens[m].start && so.tokens[m].end <= q.end);
  return denied !== undefined && stated !== undefined && denied.unit !== 'count' && denied.unit === stated.unit && denied.nominal === stated.nominal ? stated : undefined;
}

/** A contrast of dates or years is a date's, of figures a quantity's; ", not X" otherwise a denial. */
function contrastType(c: Contrast, s: Sentence): 'date' | 'quantity' | 'negation' | 'other' {
  const toks = s.tokens.slice(c.from, c.to);
  // (By the words as written: "September", not "march" the verb or "may" the modal.)
  const month = (t: (typeof toks)[number]): boolean => MONTHS.has(t.lower) && (t.cap || !/^(?:may|march)$/.test(t.lower));
  if (toks.some((t) => month(t) || WEEKDAYS.has(t.lower) || (t.isNumber && YEAR.test(t.text)))) return 'date';
  const figures = toks.filter((t) => !t.stop || wordNumber(t.lower) !== null);
  if (figures.length > 0 && figures.every((t) => t.isNumber || wordNumber(t.lower) !== null)) return 'quantity';
  return c.denial ? 'negation' : 'other';
}

const YEAR = /^(?:1[5-9]|20)\d\d$/;
