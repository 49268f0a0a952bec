import type { Explanation } from '../types.ts';
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import type { Weights } from './features.ts';
import { ANTONYM_PAIRS, HEDGES, PLACE_PREPS } from './lexicon.ts';
import type { Doc, Sentence } from './model.ts';
import { extractDeadlines, quantitiesConflict, sameMeasure, type Deadline, type Quantity } from './quantities.ts';
import { normalizeWord, type Token } from './tokens.ts';
import type { Range } from './sentences.ts';

/**
 * Checks a candidate pair (two passages on the same matter) for claims that cannot both hold.
 * Each check is narrow on purpose and returns the conflicting parts, so every finding can be
 * explained: quantities of the same measure that cannot overlap, different time limits on the
 * same action, opposite verbs (stance) or a negated vs an affirmed claim, different providers of
 * the same thing (who), different places for the same event (place).
 */
export interface Conflict {
  detail: Explanation;
  /** The passage on each side to quote (a clause or the sentence). */
  a: Range;
  b: Range;
  strength: number;
}

export interface ConflictContext {
  docs: Doc[];
  weights: Weights;
  entityKind: (id: string) => string | undefined;
}

const ANTONYM = new Map<string, Set<string>>();
for (const [x, y] of ANTONYM_PAIRS) {
  const a = normalizeWord(x);
  const b = normalizeWord(y);
  if (!ANTONYM.has(a)) ANTONYM.set(a, new Set());
  if (!ANTONYM.has(b)) ANTONYM.set(b, new Set());
  ANTONYM.get(a)!.add(b);
  ANTONYM.get(b)!.add(a);
}

/** Verbs of giving and phrases of responsibility: the entity next to them is the provider. */
const GIVE = normalizeWord('give');
const MODALS = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'must', 'should', 'also', 'primarily', 'mainly', 'largely']);
const NEGATIVE_HEADS = new Set([normalizeWord('reject'), normalizeWord('unwilling')]);

export function findConflict(c: Candidate, ctx: ConflictContext): Conflict | null {
  const sa = ctx.docs[c.a.doc].sentences[c.a.sentence];
  const sb = ctx.docs[c.b.doc].sentences[c.b.sentence];
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  return (
    quantityConflict(c, sa, sb) ??
    deadlineConflict(c, sa, sb, ta, tb) ??
    providerConflict(c, sa, sb, ctx) ??
    placeConflict(c, sa, sb, ctx) ??
    polarityConflict(c, sa, sb, ta, tb)
  );
}

function withinRange(q: { start: number; end: number }, r: Range): boolean {
  return q.start >= r.start && q.end <= r.end;
}

function quantityConflict(c: Candidate, sa: Sentence, sb: Sentence): Conflict | null {
  if (c.sentenceMatch.score < 0.18) return null;
  // Besides the numbers themselves, the passages must share context (what happened, to whom).
  const context = c.sentenceMatch.shared.filter((f) => !f.startsWith('Q:'));
  if (context.length < 2) return null;
  let best: { qa: Quantity; qb: Quantity } | null = null;
  // If either side also gives a value the other agrees with, the passages agree on the figure.
  const agrees = (q: Quantity, others: Quantity[]): boolean => others.some((o) => sameMeasure(q, o) && !quantitiesConflict(q, o));
  for (const qa of sa.quantities) {
    if (agrees(qa, sb.quantities)) continue;
    for (const qb of sb.quantities) {
      if (agrees(qb, sa.quantities)) continue;
      if (quantitiesConflict(qa, qb)) {
        best = { qa, qb };
        break;
      }
    }
    if (best) break;
  }
  if (!best) return null;
  const a = clauseContaining(sa, best.qa);
  const b = clauseContaining(sb, best.qb);
  return { detail: explanation('quantity', best.qa.display, best.qb.display), a, b, strength: 0.8 };
}

function clauseContaining(s: Sentence, span: { start: number; end: number }): Range {
  return s.clauses.find((cl) => withinRange(span, cl)) ?? s.range;
}

/** Content words in the few tokens before a time limit: the action it limits. */
function actionWords(s: Sentence, d: Deadline): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, d.tokenIndex - 8); i < d.tokenIndex; i++) {
    const t = s.tokens[i];
    if (!t.stop && !t.isNumber) out.add(s.entityAt.get(i) ?? t.norm);
  }
  return out;
}

function deadlineConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  if (c.sentenceMatch.score < 0.15) return null;
  const da = extractDeadlines(ta, sa.tokens);
  const db = extractDeadlines(tb, sb.tokens);
  for (const x of da) {
    for (const y of db) {
      if (x.key === y.key) continue;
      if (x.seconds !== null && y.seconds !== null && Math.abs(x.seconds - y.seconds) <= 0.25 * Math.max(x.seconds, y.seconds)) continue;
      const wa = actionWords(sa, x);
      const wb = actionWords(sb, y);
      const common = [...wa].filter((w) => wb.has(w));
      if (common.length < 2) continue;
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

interface Provider {
  entity: string;
  start: number;
  end: number;
  topic: number;
}

/**
 * Providers of something: the entity before a giving verb ("X could provide"), after "rest(s)
 * with" or after "backed by". Demonyms count ("the Nordics" -> a place named "Nordic...").
 */
function providers(s: Sentence): Provider[] {
  const out: Provider[] = [];
  const toks = s.tokens;
  const entityNear = (from: number, to: number, step: number): number => {
    // The first name within reach, skipping articles and adjectives.
    for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
      if (i < 0 || i >= toks.length) break;
      if (s.entityAt.has(i)) return i;
      if (/[.;]/.test(toks[i].text)) break;
    }
    return -1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let e = -1;
    if (t.norm === GIVE && !t.cap && toks[i + 1]?.lower !== 'up') {
      // Subject right before the verb, allowing only modals between ("the United States could provide").
      let k = i - 1;
      while (k >= 0 && MODALS.has(toks[k].lower)) k--;
      e = k >= 0 && s.entityAt.has(k) && !toks[k].possessive ? k : -1;
    } else if ((t.lower === 'rest' || t.lower === 'rests' || t.lower === 'lie' || t.lower === 'lies') && toks[i + 1]?.lower === 'with') {
      e = entityNear(i + 2, i + 4, 1);
    } else if (t.lower === 'backed' && toks[i + 1]?.lower === 'by') {
      e = entityNear(i + 2, i + 5, 1);
    }
    if (e >= 0) {
      const id = s.entityAt.get(e)!;
      let first = e;
      let last = e;
      while (first > 0 && s.entityAt.get(first - 1) === id) first--;
      while (last + 1 < toks.length && s.entityAt.get(last + 1) === id) last++;
      out.push({ entity: id, start: toks[Math.min(first, i)].start, end: toks[Math.max(last, i)].end, topic: i });
    }
  }
  return out;
}

function providerConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  // The passages must share the thing provided: at least one rare content word.
  const topical = c.sentenceMatch.shared.filter((f) => f.startsWith('W:') && ctx.weights.relative(f) >= 0.42);
  if (topical.length < 1 || c.sentenceMatch.score < 0.08) return null;
  const pa = providers(sa);
  const pb = providers(sb);
  if (pa.length === 0 || pb.length === 0) return null;
  // Compare like with like: countries/organisations with each other, people with people.
  const group = (id: string): string => (ctx.entityKind(id) === 'person' ? 'person' : 'body');
  if (group(pa[0].entity) !== group(pb[0].entity)) return null;
  const ea = new Set(pa.map((p) => p.entity));
  const eb = new Set(pb.map((p) => p.entity));
  if ([...ea].some((e) => eb.has(e))) return null;
  // When each side also names the other's provider, they likely list the same parties: no conflict.
  const inA = new Set(sa.entityAt.values());
  const inB = new Set(sb.entityAt.values());
  if ([...eb].some((e) => inA.has(e)) && [...ea].some((e) => inB.has(e))) return null;
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  const x = pa[0];
  const y = pb[0];
  return {
    detail: explanation('who', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
    a: clauseContaining(sa, x),
    b: clauseContaining(sb, y),
    strength: 0.6,
  };
}

interface Located {
  event: string;
  place: string;
  start: number;
  end: number;
}

/** "meet the minister in Lisbon", "summit in Oslo": an event word followed by in/at + a place. */
function locatedEvents(s: Sentence, ctx: ConflictContext): Located[] {
  const out: Located[] = [];
  const toks = s.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (!PLACE_PREPS.has(toks[i].lower) || (toks[i].lower !== 'in' && toks[i].lower !== 'at')) continue;
    const placeId = s.entityAt.get(i + 1);
    if (!placeId || ctx.entityKind(placeId) !== 'place') continue;
    let k = i + 1;
    while (s.entityAt.get(k + 1) === placeId) k++;
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const t = toks[j];
      if (t.stop || t.cap || s.entityAt.has(j)) continue;
      out.push({ event: t.norm, place: placeId, start: t.start, end: toks[k].end });
    }
  }
  return out;
}

function placeConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const sharedEntities = c.sentenceMatch.shared.filter((f) => f.startsWith('E:'));
  if (sharedEntities.length < 2) return null;
  const la = locatedEvents(sa, ctx);
  const lb = locatedEvents(sb, ctx);
  const inA = new Set(sa.entityAt.values());
  const inB = new Set(sb.entityAt.values());
  for (const x of la) {
    for (const y of lb) {
      if (x.event !== y.event || x.place === y.place) continue;
      if (inA.has(y.place) || inB.has(x.place)) continue;
      const ta = ctx.docs[c.a.doc].article.text;
      const tb = ctx.docs[c.b.doc].article.text;
      return {
        detail: explanation('place', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
        a: clauseContaining(sa, x),
        b: clauseContaining(sb, y),
        strength: 0.6,
      };
    }
  }
  return null;
}

function tokensIn(s: Sentence, r: Range): Token[] {
  return s.tokens.filter((t) => t.start >= r.start && t.end <= r.end);
}

/**
 * Same claim, opposite polarity: one passage negates or uses the antonym of what the other
 * affirms. Only for passages that say nearly the same thing (high overlap) and are not hedged,
 * since negations are common in news and usually concern different matters.
 */
function polarityConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const xa = tokensIn(sa, c.a.range);
  const xb = tokensIn(sb, c.b.range);
  // Antonyms: "accepted" vs "rejected" on a shared matter.
  if (c.match.score >= 0.3) {
    for (const t of xa) {
      const opp = ANTONYM.get(t.norm);
      if (!opp) continue;
      const u = xb.find((v) => opp.has(v.norm));
      if (u && !xa.some((v) => v.negator) && !xb.some((v) => v.negator)) {
        return { detail: explanation('stance', t.text, u.text), a: c.a.range, b: c.b.range, strength: 0.6 };
      }
    }
  }
  if (c.match.score < 0.45) return null;
  if (xa.some((t) => HEDGES.has(t.lower)) || xb.some((t) => HEDGES.has(t.lower))) return null;
  const neg = (xs: Token[]): Token | undefined => xs.find((t) => t.negator || NEGATIVE_HEADS.has(t.norm));
  const na = neg(xa);
  const nb = neg(xb);
  if ((na === undefined) === (nb === undefined)) return null;
  const negTok = na ?? nb!;
  const negSide = na ? xa : xb;
  const other = na ? xb : xa;
  // Quote the negated word with the word it governs, and the matching affirmed word.
  const idx = negSide.indexOf(negTok);
  const governed = negSide.slice(idx + 1).find((t) => !t.stop && other.some((o) => o.norm === t.norm));
  if (!governed) return null;
  const affirmed = other.find((o) => o.norm === governed.norm)!;
  const negText = (na ? ta : tb).slice(negTok.start, governed.end);
  const affText = affirmed.text;
  return {
    detail: na ? explanation('negation', negText, affText) : explanation('negation', affText, negText),
    a: c.a.range,
    b: c.b.range,
    strength: 0.55,
  };
}
