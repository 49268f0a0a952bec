/**
 * Stance conflicts: opposite words on one matter, neither denied nor hedged: opposite verbs
 * ("convicted" / "acquitted", "approved" / "rejected"), or one thing called by a word and by its
 * negative form ("adequate" / "inadequate"). Narrow: only opposites the lexicon lists count,
 * and both sides must be about one thing: the same doer named before the verb (or, without one,
 * clauses that say nearly the same), the same word or name the adjective is said of.
 */
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import { ANTONYM_PAIRS, HEDGES, REPORTING, STOPWORDS, wordNumber } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence, perWord, wordFeature } from './memo.ts';
import { refusedAt } from './negation.ts';
import { negativeForms, predicateAdjectives } from './predicate-adjectives.ts';
import { normalizeWord, phrasalVerb, type Token, wordStem } from './tokens.ts';
import { clauseAt, clauseFeatures, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';

/**
 * Opposites, by key: a pair word opposes its whole synonym class ("accept" / "reject" covers
 * "agreed" / "refused"), or with "=" itself alone, by stem: "=open" / "close" says nothing of
 * "began" against "closed", though "open" belongs to "begin"'s class.
 */
const ANTONYM = new Map<string, Set<string>>();
const antonymKey = (w: string): string => (w.startsWith('=') ? 'S:' + wordStem(w.slice(1)) : normalizeWord(w));
for (const [x, y] of ANTONYM_PAIRS) {
  const a = antonymKey(x);
  const b = antonymKey(y);
  if (!ANTONYM.has(a)) ANTONYM.set(a, new Set());
  if (!ANTONYM.has(b)) ANTONYM.set(b, new Set());
  ANTONYM.get(a)!.add(b);
  ANTONYM.get(b)!.add(a);
}

/** A word's own-stem antonym key ("S:open"), built once per distinct word. */
const stemKey = perWord((lower: string): string => 'S:' + wordStem(lower), 50000);

/**
 * The keys the token's opposites are listed under: its class and its own stem, or the class of
 * the phrasal verb it opens ("tore into" is "criticise").
 */
function antonymKeysAt(s: Sentence, i: number): string[] {
  const t = s.tokens[i];
  const next = s.tokens[i + 1];
  const phrasal = next ? phrasalVerb(t, next) : undefined;
  // A phrasal verb means only what the pair means: "grew up" is no growth against "scaled back".
  return phrasal ? [normalizeWord(phrasal)] : [t.norm, stemKey(t.lower)];
}

/** The token's opposites. */
function oppositesAt(s: Sentence, i: number): Set<string> {
  const out = new Set<string>();
  for (const k of antonymKeysAt(s, i)) for (const o of ANTONYM.get(k) ?? []) out.add(o);
  return out;
}

/** Tokens with an antonym in the lexicon, outside names: the only ones a stance clash can start from. */
const antonymTokens = perSentence((s: Sentence): number[] => {
  // Runs on every token of every sentence a pair visits, so it reads the keys antonymKeysAt
  // gives without building their array.
  const out: number[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (s.entityAt.has(i)) continue;
    const t = toks[i];
    if (ANTONYM.has(t.norm) || ANTONYM.has(stemKey(t.lower))) out.push(i);
    else if (i + 1 < toks.length) {
      const phrasal = phrasalVerb(t, toks[i + 1]);
      if (phrasal && ANTONYM.has(normalizeWord(phrasal))) out.push(i);
    }
  }
  return out;
});

/**
 * Opposite verbs on one matter ("convicted" / "acquitted", "approved" / "rejected"): neither
 * negated, about the same doer when both name one, and the sentences share a name or most of
 * the passage.
 */
export function stanceConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const inB = antonymTokens(sb);
  if (inB.length === 0) return null;
  const inA = antonymTokens(sa);
  for (const ia of inA) {
    const t = sa.tokens[ia];
    const opp = oppositesAt(sa, ia);
    const bothInA = tellsBoth(sa, inA, ia, opp);
    if (bothInA && !toldAsChange(sa)) continue;
    // The antonym relation is symmetric, so a partner in b has an entry of its own.
    for (const ib of inB) {
      const u = sb.tokens[ib];
      if (!antonymKeysAt(sb, ib).some((k) => opp.has(k))) continue;
      const bothInB = tellsBoth(sb, inB, ib, oppositesAt(sb, ib));
      if (bothInB && !toldAsChange(sb)) continue;
      const ra = clauseAt(sa, t);
      const rb = clauseAt(sb, u);
      const ta = tokensIn(sa, ra);
      const tb = tokensIn(sb, rb);
      // A negator after the verb governs another one ("X, who was convicted alongside Y, did
      // not appeal"): only one before it in its clause, or a refusal ("declined to concede"),
      // denies it.
      const doubted = (s: Sentence, clause: Token[], k: number): boolean =>
        clause.some((v) => (v.negator && v.start < s.tokens[k].start) || HEDGES.has(v.lower)) || refusedAt(s.tokens, k) || rejectedAt(s, k);
      if (doubted(sa, ta, ia) || doubted(sb, tb, ib)) continue;
      // "winning just once in their last ten games" tells a run of results, not one.
      if (aRecord(sa, ia) || aRecord(sb, ib)) continue;
      // "won only three games" counts parts of a contest, which one can win and still lose it;
      // the other side must tell of those things too ("admitted 14 allegations" / "denied all
      // of the allegations").
      const [na, nb] = [talliedAt(sa, ia), talliedAt(sb, ib)];
      if ((na && !tb.some((v) => v.norm === na)) || (nb && !ta.some((v) => v.norm === nb))) continue;
      const subjA = subjectOf(sa, ia, ctx.entityKind);
      const subjB = subjectOf(sb, ib, ctx.entityKind);
      let same: boolean;
      if (subjA && subjB) same = subjA === subjB;
      else {
        // Without a named doer on both sides, the clauses must say nearly the same thing.
        const fa = clauseFeatures(sa, ra);
        const fb = clauseFeatures(sb, rb);
        const shared = [...fa].filter((f) => fb.has(f) && f !== wordFeature(t.norm));
        same = shared.length >= 2 && c.match.score >= 0.3;
      }
      if (!same) continue;
      // The side that tells both, as a change ("who had declined to concede ..., said he
      // accepted the outcome"), answers the other.
      const answeredBy = bothInB ? ('b' as const) : bothInA ? ('a' as const) : undefined;
      return { detail: explanation('stance', wordsAt(sa, ia), wordsAt(sb, ib)), a: ra, b: rb, strength: 0.6, ...(answeredBy ? { answeredBy } : {}) };
    }
  }
  return null;
}

/** Words after a verb within which a count of occasions makes it a record: "winning just once in". */
const RECORD_REACH = 4;
const OCCASIONS = /^(?:once|twice|thrice|times)$/;

/**
 * The word at k is counted over occasions ("won just once", "lost three times", "winning in
 * their last ten games"): a record over many, which one occasion's opposite does not answer.
 */
function aRecord(s: Sentence, k: number): boolean {
  for (let j = k + 1; j < s.tokens.length && j <= k + RECORD_REACH; j++) {
    const w = s.tokens[j].lower;
    if (OCCASIONS.test(w)) return true;
    // "in their last ten games", "over the past five matches" (not "last night").
    if ((w === 'last' || w === 'past') && s.tokens[j + 1] && (s.tokens[j + 1].isNumber || wordNumber(s.tokens[j + 1].lower) !== null)) return true;
  }
  return false;
}

/** Words that may stand between a verb and the count it takes: "won only three games". */
const COUNT_ADVERBS = new Set(['only', 'just', 'barely', 'merely', 'nearly', 'almost', 'about', 'around', 'some']);

/**
 * What the verb at k counts, when it takes a count of things ("won only three games", "lost two
 * sets"): a tally of parts, not the outcome of the whole. A score is an outcome ("lost 6-2,
 * 6-1"): its figure is joined to the next by a dash.
 */
function talliedAt(s: Sentence, k: number): string | undefined {
  let j = k + 1;
  while (j < s.tokens.length && COUNT_ADVERBS.has(s.tokens[j].lower)) j++;
  const figure = s.tokens[j];
  const next = s.tokens[j + 1];
  // (A figure the verb takes alone, "admitted 14 at the outset", counts what was said before.)
  if (!figure || !next || next.isNumber || STOPWORDS.has(next.lower) || !(figure.isNumber || wordNumber(figure.lower) !== null)) return undefined;
  return /^\s*[-–]/.test(s.text.slice(figure.end - s.range.start, next.start - s.range.start)) ? undefined : next.norm;
}

/** Verbs that reject what they act on: "rejected the criticism" criticises no one. */
const REJECTING = new Set(['reject', 'deny'].map(normalizeWord));
const OBJECT_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'all', 'any', 'her', 'his', 'their', 'its']);

/** The word at `k` is what a rejecting verb acts on: "rejected the criticism", "denied any wrongdoing". */
function rejectedAt(s: Sentence, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && OBJECT_DETERMINERS.has(s.tokens[j].lower)) j--;
  return j >= 0 && REJECTING.has(s.tokens[j].norm);
}

/**
 * A sentence that tells a word and its opposite tells a change when one of them is in the past
 * perfect ("who had declined to concede ..., said he accepted"); otherwise it tells two things
 * side by side ("Four people were recovered alive, two were dead") and opposes neither.
 */
function toldAsChange(s: Sentence): boolean {
  return s.tokens.some((t) => t.lower === 'had');
}

/**
 * True when the sentence also says outright (not refused, "refused to concede", nor negated,
 * "not alive") a word among `opposites` of its token `i`: it tells both.
 */
function tellsBoth(s: Sentence, antonymTokensOfS: number[], i: number, opposites: Set<string>): boolean {
  return antonymTokensOfS.some((j) => j !== i && !refusedAt(s.tokens, j) && !s.tokens[j - 1]?.negator && antonymKeysAt(s, j).some((k) => opposites.has(k)));
}

/** The word as the sentence writes it, with its particle when it opens a phrasal verb ("tore into"). */
function wordsAt(s: Sentence, i: number): string {
  const t = s.tokens[i];
  const next = s.tokens[i + 1];
  const end = next && phrasalVerb(t, next) ? next.end : t.end;
  return s.text.slice(t.start - s.range.start, end - s.range.start);
}

/**
 * The person or organisation a verb is about: the nearest one named before it in the sentence,
 * unless a report or a quotation stands between them ("Yevchenko argues that staff have lost",
 * "X called it “a result won by ...”"): then the name is the speaker's, and the doer unknown.
 */
function subjectOf(s: Sentence, i: number, kindOf: (id: string) => string | undefined): string | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    if (SPEECH_BOUNDARY.has(s.tokens[j].lower) || OPENING_QUOTE.test(s.text.slice(s.tokens[j].end - s.range.start, s.tokens[j + 1].start - s.range.start))) return undefined;
    const e = s.entityAt.get(j);
    if (e && kindOf(e) !== 'place' && !s.tokens[j].possessive) return e;
  }
  return undefined;
}

const SPEECH_BOUNDARY = new Set([...REPORTING, 'that', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'claim', 'claims', 'claimed', 'warn', 'warns', 'warned', 'believe', 'believes', 'believed']);
const OPENING_QUOTE = /[“"‘]/;

const adjectivesOf = perSentence(predicateAdjectives);

/**
 * One thing called by a word and by its negative form: "security at the building was adequate" /
 * "security at Tollgate House was completely inadequate". Neither side denies or hedges it, and
 * what it is said of shares a word or a name.
 */
export function adjectiveStance(sa: Sentence, sb: Sentence): Conflict | null {
  const inB = adjectivesOf(sb);
  if (inB.length === 0) return null;
  for (const x of adjectivesOf(sa)) {
    if (x.negated) continue;
    const wa = sa.tokens[x.adjective];
    for (const y of inB) {
      const wb = sb.tokens[y.adjective];
      if (y.negated || !negativeForms(wa.lower, wb.lower) || ![...x.subject].some((k) => y.subject.has(k))) continue;
      const ra = clauseAt(sa, wa);
      const rb = clauseAt(sb, wb);
      if (tokensIn(sa, ra).some((t) => HEDGES.has(t.lower)) || tokensIn(sb, rb).some((t) => HEDGES.has(t.lower))) continue;
      return { detail: explanation('stance', wa.text, wb.text), a: ra, b: rb, strength: 0.6 };
    }
  }
  return null;
}
