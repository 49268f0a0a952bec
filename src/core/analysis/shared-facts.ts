import type { Fact, Link } from '../types.ts';
import type { Candidate } from './candidates.ts';
import { compareUnits, quantityFeature, sharedMassOf, type KindOf, type Unit, type Weights } from './features.ts';
import { fnv1a } from './ids.ts';
import type { Doc } from './model.ts';
import { AGE, sameMeasure, valuesDiffer, type Quantity } from './quantities.ts';
import { shareQuote } from './quotes.ts';

/**
 * Shared facts: candidate pairs whose passages overlap enough in weighted content (names as
 * entity ids, synonym-normalised stems, quantities) to report the same thing. Then links are
 * grouped into fact clusters: passages connected by shared links form one fact.
 */

/** Weighted Dice overlap at or above which two passages report the same fact. */
export const SHARED_MIN_SCORE = 0.28;
/**
 * Minimum weight of what they share, in units of a once-seen word, so two short clauses sharing
 * one word do not count.
 */
export const SHARED_MIN_MASS = 1.5;

/** A short passage wholly inside a longer one: most of its weight shared, and enough of it. */
export const CONTAINED_MIN = 0.5;
export const CONTAINED_MIN_MASS = 1.9;
/** The least shared weight of a passage pair other than the candidate's own (sharedFactPair). */
const OTHER_PAIR_MIN_MASS = CONTAINED_MIN_MASS;

/**
 * Two long sentences reporting the same thing in their own words share a lot of rare weight but
 * score low on Dice, because each also says things the other does not. Past this much shared
 * weight a lower score is enough.
 */
export const SUBSTANTIAL_MIN_SCORE = 0.22;
export const SUBSTANTIAL_MIN_MASS = 2.5;

/** Relative weight from which a shared word or name is rare enough to carry a fact. */
const RARE = 0.53;

/**
 * A pair that a third report corroborates (both passages are shared facts with one same
 * sentence of another article) needs less shared weight: the third report says they are about
 * the same thing, the pair's own overlap need only confirm it.
 */
export const CORROBORATED_MIN_MASS = 1;

export function isSharedFact(c: Candidate, w: Weights): boolean {
  return sharesFact(c, w, SHARED_MIN_MASS);
}

/**
 * The candidate, or failing it another pair of its sentences' passages (whole sentence or
 * clause), that reports one fact. A candidate's passages are the pair with the best Dice score,
 * and Dice punishes a short clause for what the other, longer passage says besides: "Three
 * carriages derailed" lies wholly inside "The 07:40 derailed on a curve near X ... Three of its
 * six carriages left the rails", yet the sentence pair scores low on Dice and the short clause
 * against the long one scores lower still. Returns the best pair that is a shared fact, or null.
 * Such a pair is picked among many (every passage of one sentence against every passage of the
 * other), so it needs the shared weight of a contained passage (OTHER_PAIR_MIN_MASS): with the
 * candidate's own minimum, two clauses sharing one rare word and a name ("the line ... will not
 * reopen" / "the authority, which maintains the line, rejected that account") passed.
 */
export function sharedFactPair(c: Candidate, units: Unit[][][], w: Weights, kindOf: KindOf, docs: readonly Doc[]): Candidate | null {
  if (isSharedFact(c, w) || sharesCast(c, w, kindOf)) return c;
  const agreeing = withAgreeingFigure(c, docs, w);
  if (agreeing && isSharedFact(agreeing, w)) return agreeing;
  let best: Candidate | null = null;
  for (const a of units[c.a.doc][c.a.sentence]) {
    for (const b of units[c.b.doc][c.b.sentence]) {
      if (a === c.a && b === c.b) continue;
      if (!mayShareFact(a, b, w, OTHER_PAIR_MIN_MASS)) continue;
      const pair: Candidate = { a, b, match: compareUnits(a, b, w), sentenceMatch: c.sentenceMatch };
      if (sharesFact(pair, w, OTHER_PAIR_MIN_MASS) && (!best || pair.match.score > best.match.score)) best = pair;
    }
  }
  return best;
}

/**
 * The index keys a figure by its value as written, so two figures that agree without being
 * written alike ("more than 200 flights" / "212 flights") share nothing there, though they are
 * as much evidence of one fact as a figure both write. The candidate with the best such pair
 * of figures counted as shared, or null when its passages give none.
 */
function withAgreeingFigure(c: Candidate, docs: readonly Doc[], w: Weights): Candidate | null {
  const sa = docs[c.a.doc].sentences[c.a.sentence];
  const sb = docs[c.b.doc].sentences[c.b.sentence];
  if (sa.quantities.length === 0 || sb.quantities.length === 0) return null;
  const within = (q: Quantity, u: Unit): boolean => q.start >= u.range.start && q.end <= u.range.end;
  let best = 0;
  let feature = '';
  for (const qa of sa.quantities) {
    const fa = quantityFeature(qa);
    // ("one newspaper" / "one of the best-selling newspapers": one is how a thing is brought in.)
    if (!within(qa, c.a) || !c.a.features.has(fa) || qa.counted.includes(AGE) || qa.nominal <= 1) continue;
    for (const qb of sb.quantities) {
      const fb = quantityFeature(qb);
      if (fa === fb || !within(qb, c.b) || !c.b.features.has(fb) || !sameMeasure(qa, qb) || valuesDiffer(qa, qb)) continue;
      // A floor far below the other figure allows it, but says little of it ("over four years"
      // / "five years").
      if (Math.max(qa.nominal, qb.nominal) >= AGREEING_RATIO * Math.min(qa.nominal, qb.nominal)) continue;
      const weight = Math.min(w.weight(fa), w.weight(fb));
      if (weight > best) [best, feature] = [weight, fa];
    }
  }
  if (best === 0) return null;
  const sharedMass = c.match.sharedMass + best;
  const score = (2 * sharedMass) / (c.a.mass + c.b.mass);
  const containment = sharedMass / Math.min(c.a.mass, c.b.mass);
  return { ...c, match: { score, containment, shared: [...c.match.shared, feature].sort(), sharedMass } };
}
/** How far apart two agreeing figures may be and still tell one fact: "more than 200" / "212". */
const AGREEING_RATIO = 1.2;

/** The thresholds of sharesFact on shared weight alone, without listing what is shared. */
function mayShareFact(a: Unit, b: Unit, w: Weights, minMass: number): boolean {
  // No pair shares more than its lighter passage weighs: skip the merge when that is too little.
  if (Math.min(a.mass, b.mass) / w.rareUnit < Math.min(minMass, CONTAINED_MIN_MASS, SUBSTANTIAL_MIN_MASS)) return false;
  const sharedMass = sharedMassOf(a, b, w);
  const score = a.mass + b.mass > 0 ? (2 * sharedMass) / (a.mass + b.mass) : 0;
  const containment = Math.min(a.mass, b.mass) > 0 ? sharedMass / Math.min(a.mass, b.mass) : 0;
  return overlapsEnough(score, containment, sharedMass / w.rareUnit, minMass);
}

/** Similar, or one passage contained in the other, or long passages sharing much: with enough shared weight (`mass`, in once-seen words). */
function overlapsEnough(score: number, containment: number, mass: number, minMass: number): boolean {
  const similar = score >= SHARED_MIN_SCORE && mass >= minMass;
  const contained = containment >= CONTAINED_MIN && mass >= CONTAINED_MIN_MASS;
  const substantial = score >= SUBSTANTIAL_MIN_SCORE && mass >= SUBSTANTIAL_MIN_MASS;
  return similar || contained || substantial;
}

/** isSharedFact for a pair whose passages are both shared facts with one passage of a third article. */
export function isCorroboratedFact(c: Candidate, w: Weights): boolean {
  return sharesFact(c, w, CORROBORATED_MIN_MASS);
}

function sharesFact(c: Candidate, w: Weights, minMass: number): boolean {
  // The same quotation, word for word: outlets quoting one speaker.
  if (shareQuote(c.a.quotes, c.b.quotes)) return true;
  const m = c.match;
  return overlapsEnough(m.score, m.containment, m.sharedMass / w.rareUnit, minMass) && carriesFact(m.shared, w);
}

/**
 * Three rare names in both passages ("X converted a penalty after Y brought down Z" / "Y
 * clipped Z ... X rolled in a spot-kick"): who did what to whom is the fact, however each
 * outlet words the deed, and a story's passages seldom bring the same three together twice.
 */
const CAST_MIN_PEOPLE = 3;
const CAST_MIN_SCORE = 0.15;

function sharesCast(c: Candidate, w: Weights, kindOf: KindOf): boolean {
  if (c.match.score < CAST_MIN_SCORE) return false;
  let people = 0;
  for (const f of c.match.shared) if (f.startsWith('E:') && w.relative(f) >= RARE && kindOf(f.slice(2)) === 'person') people++;
  return people >= CAST_MIN_PEOPLE;
}

/**
 * An age ("the 27-year-old") says who, like a name: every report of a story gives its subject's
 * age, so sharing it is no more a fact than sharing the name. Its quantity feature ends so.
 */
const AGE_KEY = ':' + AGE;

/**
 * Names alone do not make a fact: at least two shared content words or quantities, one of
 * them rare-ish. One word will do when two rare names are shared too ("X met Y"): who did
 * something with whom is then most of the fact.
 */
function carriesFact(shared: readonly string[], w: Weights): boolean {
  const words = shared.filter((f) => !f.startsWith('E:') && !f.endsWith(AGE_KEY));
  const rareNames = shared.filter((f) => f.startsWith('E:') && w.relative(f) >= RARE).length;
  if (words.length === 1 && rareNames >= 2) return true;
  if (words.length < 2) return false;
  return words.some((f) => w.relative(f) >= RARE);
}

/**
 * A sentence may report two facts that another article reports in two sentences ("the 6.1
 * quake also destroyed a school" / "a 6.1 quake struck" + "the quake destroyed a school"). A
 * second shared link from the same sentence to the same article needs evidence of its own:
 * what it shares beyond the words the first link already used must still carry a fact.
 */
export function hasOwnEvidence(c: Candidate, used: ReadonlySet<string>, w: Weights): boolean {
  const fresh = c.match.shared.filter((f) => !used.has(f));
  let mass = 0;
  for (const f of fresh) mass += w.weight(f);
  return mass / w.rareUnit >= CORROBORATED_MIN_MASS && carriesFact(fresh, w);
}

/** Groups shared links into facts: connected passages (by sentence) form one fact. */
export function clusterFacts(links: Link[], sentenceOf: (article: string, start: number) => number): Fact[] {
  const node = new Map<string, number>();
  const parent: number[] = [];
  const id = (key: string): number => {
    let n = node.get(key);
    if (n === undefined) {
      n = parent.length;
      node.set(key, n);
      parent.push(n);
    }
    return n;
  };
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const keyOf = (article: string, start: number): string => `${article}#${sentenceOf(article, start)}`;
  links.forEach((l) => {
    if (l.kind !== 'shared') return;
    const a = find(id(keyOf(l.a.article, l.a.start)));
    const b = find(id(keyOf(l.b.article, l.b.start)));
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  });
  const groups = new Map<number, number[]>();
  links.forEach((l, i) => {
    if (l.kind !== 'shared') return;
    const r = find(id(keyOf(l.a.article, l.a.start)));
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  const facts: Fact[] = [];
  for (const linkIdx of groups.values()) {
    const articles = new Set<string>();
    for (const i of linkIdx) {
      articles.add(links[i].a.article);
      articles.add(links[i].b.article);
    }
    const best = linkIdx.reduce((x, y) => (links[y].score > links[x].score ? y : x));
    const quote = links[best].a.quote.length <= links[best].b.quote.length ? links[best].a.quote : links[best].b.quote;
    const summary = summarise(quote);
    const arts = [...articles].sort();
    facts.push({ id: 'f-' + fnv1a(arts.join('|') + '|' + linkIdx.map((i) => links[i].id).join('|')), summary, articles: arts, links: linkIdx.sort((a, b) => a - b) });
  }
  facts.sort((a, b) => b.articles.length - a.articles.length || a.links[0] - b.links[0]);
  return facts;
}

/** A short summary: the shortest quote of the fact, cut at about 14 words. */
function summarise(quote: string): string {
  const words = quote.replace(/^[\s"“‘']+|[\s"”’',.;:]+$/g, '').split(/\s+/);
  return words.length > 14 ? words.slice(0, 14).join(' ') + '…' : words.join(' ');
}
