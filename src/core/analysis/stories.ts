import type { Entity } from '../types.ts';
import { entityFeature, wordFeature } from './memo.ts';
import type { Doc } from './model.ts';
import { pushTo } from './multimap.ts';

/**
 * Groups articles into stories. Two reports belong to one story when they share rare names
 * and words: an idf-weighted cosine over entity ids (weighted double) and content words.
 * Names that are not places identify a story best: a person counts one, an organisation or
 * other name (a company, an agency, a product, a batch code) half, since unrelated events share
 * institutions more often than people. Reports that share names worth two need less overlap in
 * words (a local paper's angle on a recall shares the company and the spokeswoman, not the
 * wire's vocabulary), and only they are linked across weeks: otherwise two earthquakes (or two
 * arrests in one city) months apart would merge on generic vocabulary and a shared place.
 * Each report is also anchored in its main place: two reports whose main places do not appear
 * in each other are different events. Only article pairs that share a name are compared (see
 * partnersOf), so the cost grows with the pairs of related reports, not with all pairs.
 */
export interface StoryGroup {
  /** Indexes into docs, in docs order. */
  docs: number[];
}

const SAME_STORY = 0.2;
/** Reports that share names worth two or more need less overlap, and are the only ones linked across weeks. */
const MIN_WITH_NAMES = 0.12;
const NAMES_ENOUGH = 2;
const NEAR_DAYS = 7;
/** A main subject is named at least this often: once or twice is a passing mention. */
const MAIN_SUBJECT_MENTIONS = 3;
/** Weak links a lone report needs to one story to join it. */
const WEAK_LINKS = 2;

export function groupStories(docs: Doc[], entities: Map<string, Entity>): StoryGroup[] {
  // How often each article names each thing (mentions, not tokens), for its main subject.
  const mentionCounts = docs.map(() => new Map<string, number>());
  const vectors = docs.map((doc, d) => {
    const v = new Map<string, number>();
    for (const s of doc.sentences) {
      // Every token counts, a name's tokens each: "Donald Trump" weighs twice "Trump".
      for (let i = 0; i < s.tokens.length; i++) {
        const t = s.tokens[i];
        const e = s.entityAt.get(i);
        const f = e ? entityFeature(e) : !t.stop && !t.isNumber && t.norm.length > 2 ? wordFeature(t.norm) : undefined;
        if (f) v.set(f, (v.get(f) ?? 0) + 1);
        if (e && s.entityAt.get(i - 1) !== e) mentionCounts[d].set(f!, (mentionCounts[d].get(f!) ?? 0) + 1);
      }
    }
    return v;
  });
  // Document frequency across articles.
  const df = new Map<string, number>();
  for (const v of vectors) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = docs.length;
  // Features numbered, and each article's weights kept as parallel arrays sorted by number, so
  // the all-pairs cosine below is a merge of two arrays rather than a hash lookup per term.
  const featureId = new Map<string, number>();
  const weighted = vectors.map((v) => {
    const terms: Array<[number, number]> = [];
    for (const [f, c] of v) {
      let id = featureId.get(f);
      if (id === undefined) featureId.set(f, (id = featureId.size));
      // Smoothed idf that stays positive when every article shares a term (a one-story library).
      const idf = Math.log(1 + (n + 1) / df.get(f)!);
      terms.push([id, (1 + Math.log(c)) * idf * (f.startsWith('E:') ? 2 : 1)]);
    }
    terms.sort((x, y) => x[0] - y[0]);
    return { ids: Int32Array.from(terms, (t) => t[0]), weights: Float64Array.from(terms, (t) => t[1]) };
  });
  // The most-mentioned place of each article (ties: all of them).
  const mainPlace = vectors.map((v) => {
    let best = 0;
    let places: string[] = [];
    for (const [f, c] of v) {
      if (!f.startsWith('E:') || entities.get(f.slice(2))?.kind !== 'place') continue;
      if (c > best) {
        best = c;
        places = [f];
      } else if (c === best) places.push(f);
    }
    return places;
  });
  const mentions = (v: Map<string, number>, places: string[]): boolean => places.length === 0 || places.some((p) => v.has(p));
  // What each named thing other than a place is worth as evidence of one story.
  const names = vectors.map((v) => {
    const worth = new Map<string, number>();
    for (const f of v.keys()) {
      if (!f.startsWith('E:')) continue;
      const kind = entities.get(f.slice(2))?.kind;
      if (kind && kind !== 'place') worth.set(f, kind === 'person' ? 1 : 0.5);
    }
    return worth;
  });
  // The main subjects of each article: the names other than a place that it mentions most, at
  // least MAIN_SUBJECT_MENTIONS times (a tie keeps them all: a follow-up may name the stall, the
  // agency and its chief equally often). A local paper's angle on a company's breach is anchored
  // in its own town, yet its subject is the wire's subject.
  const mainSubjects = mentionCounts.map((counts) => {
    let best: string[] = [];
    let top = 0;
    for (const [f, c] of counts) {
      const kind = entities.get(f.slice(2))?.kind;
      if (!kind || kind === 'place') continue;
      if (c > top) [best, top] = [[f], c];
      else if (c === top) best.push(f);
    }
    return top >= MAIN_SUBJECT_MENTIONS ? best : [];
  });
  const norms = weighted.map((v) => Math.sqrt(v.weights.reduce((a, x) => a + x * x, 0)));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (i: number, j: number): void => {
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  // Which pairs can join at all: only reports that share a name, or where one of them names no
  // place (a shared main place is a shared name, and without one the place anchor cannot tell
  // them apart). Found through the names' postings, so a large library of many stories does not
  // compare every report with every other.
  const byName = new Map<string, number[]>();
  vectors.forEach((v, d) => {
    for (const f of v.keys()) if (f.startsWith('E:')) pushTo(byName, f, d);
  });
  const placeless = mainPlace.flatMap((places, d) => (places.length === 0 ? [d] : []));
  const partnersOf = (i: number): number[] => {
    if (mainPlace[i].length === 0) return Array.from({ length: n - i - 1 }, (_, k) => i + 1 + k);
    const found = new Set<number>();
    for (const f of vectors[i].keys()) {
      if (!f.startsWith('E:')) continue;
      for (const j of byName.get(f)!) if (j > i) found.add(j);
    }
    for (const j of placeless) if (j > i) found.add(j);
    return [...found].sort((a, b) => a - b);
  };
  /** Pairs that share a name, are near in time and are anchored alike, but fall short of a story. */
  const weak: number[][] = docs.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const j of partnersOf(i)) {
      const dot = sparseDot(weighted[i], weighted[j]);
      const cos = norms[i] && norms[j] ? dot / (norms[i] * norms[j]) : 0;
      // Every way of joining a story needs at least this much overlap; most pairs stop here.
      if (cos < Math.min(SAME_STORY, MIN_WITH_NAMES)) continue;
      const gap = daysApart(docs[i].article.published, docs[j].article.published);
      let sharedNames = 0;
      let sharedPeople = 0;
      for (const [f, worth] of names[i]) {
        if (!names[j].has(f)) continue;
        sharedNames += worth;
        if (worth === 1) sharedPeople++;
      }
      const named = sharedNames >= NAMES_ENOUGH && cos >= MIN_WITH_NAMES;
      // Each report is anchored in its main place; two reports whose main places do not appear in
      // each other are about different events, however alike their vocabulary.
      // Reports that name two or more of the same people are anchored in them instead: a transfer
      // or a trial names places in passing ("a medical in London" / "flew to Milan"). Shared
      // institutions are not enough: two earthquakes abroad both quote the same agencies.
      // So are reports of the same week about the same main subject.
      const near = gap === null || gap <= NEAR_DAYS;
      // One more shared name besides the subject (its chief executive, say): two floods in two
      // towns that both quote the same agency are different events.
      const subject = mainSubjects[i].find((f) => mainSubjects[j].includes(f));
      const sameSubject = near && subject !== undefined && sharedNames > names[i].get(subject)! && cos >= MIN_WITH_NAMES;
      const elsewhere = sharedPeople < 2 && !sameSubject && !mentions(vectors[j], mainPlace[i]) && !mentions(vectors[i], mainPlace[j]);
      const ok = !elsewhere && (named || sameSubject || (near && cos >= SAME_STORY));
      if (ok) union(i, j);
      else if (!elsewhere && near && sharedNames > 0) {
        weak[i].push(j);
        weak[j].push(i);
      }
    }
  }
  // A report that shares a name and its main place with several reports of one story, each
  // only weakly (a local paper's rescue angle on the wire's grounding), joins that story when
  // it links weakly to at least two of them and to half or more. Only a report still alone
  // joins so, and every join is decided on the stories as they stand before any: two stories
  // never merge through such reports.
  const size = new Map<number, number>();
  for (let i = 0; i < n; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
  const joins: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (size.get(find(i)) !== 1) continue;
    const votes = new Map<number, number>();
    for (const j of weak[i]) votes.set(find(j), (votes.get(find(j)) ?? 0) + 1);
    const supported = [...votes].filter(([root, v]) => v >= WEAK_LINKS && v * 2 >= size.get(root)!);
    if (supported.length === 1) joins.push([i, supported[0][0]]);
  }
  for (const [i, root] of joins) union(i, root);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  }
  return [...groups.values()].map((d) => ({ docs: d }));
}

interface SparseVector {
  /** Feature numbers, ascending. */
  ids: Int32Array;
  weights: Float64Array;
}

function sparseDot(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) dot += a.weights[i++] * b.weights[j++];
    else if (x < y) i++;
    else j++;
  }
  return dot;
}

export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}
