import type { AnalysisResult, Article, Link, LinkKind, Span, Story } from '../types.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { findConflicts, type Conflict } from './contradictions.ts';
import { resolveEntities } from './entities.ts';
import { formatExplanation } from './explain.ts';
import { buildUnits, compareUnits, Weights, type KindOf, type Unit } from './features.ts';
import { fnv1a } from './ids.ts';
import { ACCOUNT_VERBS, REVISION_CUES } from './lexicon.ts';
import type { Doc } from './model.ts';
import { pushTo } from './multimap.ts';
import { otherOccasion } from './other-occasion.ts';
import { prepareDoc } from './prepare.ts';
import { roleLinks } from './role-links.ts';
import { Scheduler, type AbortSignalLike } from './schedule.ts';
import type { Range } from './sentences.ts';
import { clusterFacts, hasOwnEvidence, isCorroboratedFact, sharedFactPair } from './shared-facts.ts';
import { findSlotConflicts } from './slot-conflicts.ts';
import { daysApart, groupStories } from './stories.ts';
import type { Token } from './tokens.ts';

export interface AnalyzeOptions {
  /** Checked between chunks of work; aborting rejects with an Error named 'AbortError'. */
  signal?: AbortSignalLike;
  onProgress?: (done: number, total: number, stage: string) => void;
}

/**
 * Most links one sentence (a conflict: one quoted clause) may have to one other article, per
 * kind: keeps the output readable. A second shared link needs evidence of its own (hasOwnEvidence).
 */
const LINKS_PER_SENTENCE_AND_ARTICLE = 1;
const SHARED_LINKS_PER_SENTENCE_AND_ARTICLE = 2;

/**
 * Cross-source analysis of a library: stories, entities with aliases, shared facts,
 * contradictions and updates. Deterministic: the same articles (in any order) give the same
 * JSON, with ids derived from content.
 */
export async function analyzeLibrary(input: Article[], options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  const sched = new Scheduler(options.signal);
  const progress = options.onProgress ?? (() => {});
  sched.check();
  const articles = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const total = articles.length * 2 + 2;
  let done = 0;

  const docs: Doc[] = [];
  for (const a of articles) {
    docs.push(prepareDoc(a));
    progress(++done, total, 'reading');
    await sched.maybeYield();
  }
  const { entities, byId, genders } = resolveEntities(docs);
  progress(++done, total, 'entities');
  await sched.maybeYield();

  const units = buildUnits(docs, (id) => byId.get(id)?.kind);
  const weights = new Weights(docs, units);
  const groups = groupStories(docs, byId);
  progress(++done, total, 'stories');
  await sched.maybeYield();

  const stories: Story[] = groups.map((g) => {
    const ids = g.docs.map((d) => docs[d].article.id);
    return { id: 's-' + fnv1a(ids.join('|')), articles: ids };
  });

  const links: Link[] = [];
  const ctx = { docs, weights, entityKind: (id: string) => byId.get(id)?.kind, entityGender: (id: string) => genders.get(id) };
  for (const g of groups) {
    if (g.docs.length < 2) continue;
    const candidates = findCandidates(docs, g.docs, units, weights);
    const found: Array<{ kind: LinkKind; c: Candidate; conflict: Conflict | null }> = [];
    const unmatched: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const conflicts = findConflicts(c, ctx);
      for (const conflict of conflicts) found.push({ kind: conflictKind(docs, c, conflict), c, conflict });
      if (conflicts.length) continue;
      const shared = sharedFactPair(c, units, weights, ctx.entityKind, docs);
      if (shared) found.push({ kind: 'shared', c: shared, conflict: null });
      else unmatched.push(c);
      if (i % 16 === 15) await sched.maybeYield();
    }
    for (const c of corroborated(unmatched, found, weights)) found.push({ kind: 'shared', c, conflict: null });
    // Conflicts that share few words (one event at two places, a withheld vs an affirmed claim),
    // found through their own indexes.
    // Pairs already in conflict keep their finding; a pair taken for a shared fact or left
    // unmatched can still disagree on what the word index did not weigh.
    const seen = new Map<string, string[]>();
    for (const { c, conflict } of found) if (conflict) pushTo(seen, `${c.a.doc}:${c.a.sentence}|${c.b.doc}:${c.b.sentence}`, `${conflict.detail.a} ${conflict.detail.b}`);
    for (const sc of findSlotConflicts(g.docs, ctx)) {
      const [x, y] = sc.a.doc < sc.b.doc ? [sc.a, sc.b] : [sc.b, sc.a];
      const before = seen.get(`${x.doc}:${x.sentence}|${y.doc}:${y.sentence}`);
      if (before && !(sc.alongside && !repeatsFigures(sc.conflict, before))) continue;
      if (otherOccasion(docs[x.doc], docs[x.doc].sentences[x.sentence], docs[y.doc], docs[y.doc].sentences[y.sentence])) continue;
      const ua = units[sc.a.doc][sc.a.sentence][0];
      const ub = units[sc.b.doc][sc.b.sentence][0];
      const m = compareUnits(ua, ub, weights);
      const c: Candidate = { a: ua, b: ub, match: m, sentenceMatch: m };
      found.push({ kind: conflictKind(docs, c, sc.conflict), c, conflict: sc.conflict });
    }
    const storyLinks = selectLinks(docs, found, weights);
    links.push(...storyLinks, ...commonGround(docs, g.docs, storyLinks, units, weights, ctx.entityKind, (id) => byId.get(id)?.name ?? id));
    done += g.docs.length;
    progress(Math.min(done, total - 1), total, 'links');
    await sched.maybeYield();
  }

  links.sort(compareLinks);
  uniqueLinkIds(links);
  const sentenceOf = sentenceLocator(docs);
  const facts = clusterFacts(links, sentenceOf);
  progress(total, total, 'done');
  return {
    articles: articles.map((a) => ({ id: a.id, ...(a.file !== undefined ? { file: a.file } : {}), title: a.title, outlet: a.outlet, published: a.published })),
    stories,
    entities,
    facts,
    links,
  };
}

/**
 * Near misses that a third article corroborates: both sentences are shared facts with one same
 * sentence of a third article, and the pair itself passes the shared-fact test with less weight.
 */
function corroborated(unmatched: Candidate[], found: Array<{ kind: LinkKind; c: Candidate }>, weights: Weights): Candidate[] {
  const node = (u: Candidate['a']): string => `${u.doc}:${u.sentence}`;
  const neighbours = new Map<string, Set<string>>();
  const connect = (x: string, y: string): void => {
    if (!neighbours.has(x)) neighbours.set(x, new Set());
    neighbours.get(x)!.add(y);
  };
  for (const f of found) if (f.kind === 'shared') {
    connect(node(f.c.a), node(f.c.b));
    connect(node(f.c.b), node(f.c.a));
  }
  return unmatched.filter((c) => {
    const na = neighbours.get(node(c.a));
    const nb = neighbours.get(node(c.b));
    if (!na || !nb) return false;
    const third = [...na].some((x) => nb.has(x));
    return third && isCorroboratedFact(c, weights);
  });
}

/** The conflict gives a figure another finding of its sentences already gives ("19" of "Clara Mendel, 19"). */
function repeatsFigures(conflict: Conflict, details: string[]): boolean {
  const figures = `${conflict.detail.a} ${conflict.detail.b}`.match(/\d+/g) ?? [];
  return details.some((d) => figures.some((f) => new RegExp(`(?<!\\d)${f}(?!\\d)`).test(d)));
}

/**
 * A conflict between dated reports is an update when the later one revises the earlier: it
 * says so (revised, rose, now, later ...), gives a new figure or place for the same matter, or
 * states what the earlier one said was withheld.
 * Undated articles never yield updates.
 */
function conflictKind(docs: Doc[], c: Candidate, conflict: Conflict): LinkKind {
  const pa = docs[c.a.doc].article.published;
  const pb = docs[c.b.doc].article.published;
  const gap = daysApart(pa, pb);
  if (gap === null || gap < 1) return 'contradiction';
  const later = pa! > pb! ? c.a : c.b;
  if (conflict.answeredBy && (conflict.answeredBy === 'a') === (later === c.a)) return 'update';
  const s = docs[later.doc].sentences[later.sentence];
  const cue = s.tokens.some((t, k) => REVISION_CUES.has(t.lower) || correctsAnAccount(s.tokens, k));
  if (conflict.lasting) return cue ? 'update' : 'contradiction';
  if (cue || conflict.detail.type === 'quantity' || conflict.detail.type === 'place' || conflict.detail.type === 'date') return 'update';
  return 'contradiction';
}

/** "not in the evening as first reported", "contrary to some reports": a correction of an earlier account. */
function correctsAnAccount(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  const next = tokens[k + 1]?.lower ?? '';
  return (/^(?:first|initially|originally|previously)$/.test(w) && ACCOUNT_VERBS.test(next)) || (w === 'contrary' && next === 'to');
}

function span(doc: Doc, r: Range): Span {
  return { article: doc.article.id, start: r.start, end: r.end, quote: doc.article.text.slice(r.start, r.end) };
}

/**
 * Keeps, per sentence and other article, the strongest link (conflicts before shared facts), so
 * a sentence is not linked five times to near-identical clauses. Orients updates old -> new.
 */
function selectLinks(docs: Doc[], found: Array<{ kind: LinkKind; c: Candidate; conflict: Conflict | null }>, weights: Weights): Link[] {
  const rank = (f: { kind: LinkKind; c: Candidate; conflict: Conflict | null }): number => (f.conflict ? 1 + f.conflict.strength : f.c.match.score);
  const sorted = [...found].sort((x, y) => rank(y) - rank(x) || x.c.a.doc - y.c.a.doc || x.c.a.sentence - y.c.a.sentence || x.c.b.doc - y.c.b.doc || x.c.b.sentence - y.c.b.sentence);
  const usedBy = new Map<string, { links: number; features: Set<string> }>();
  const conflictPairs = new Set(found.filter((f) => f.conflict).map((f) => `${f.c.a.doc}:${f.c.a.sentence}|${f.c.b.doc}:${f.c.b.sentence}`));
  const out: Link[] = [];
  for (const f of sorted) {
    const { c, conflict } = f;
    const family = f.kind === 'shared' ? 'shared' : 'conflict';
    // Conflicts are counted per quoted clause and per claim in it, so one sentence may disagree
    // on two figures, and a clause that gives several (each candidate's share of the vote) on each.
    const claim = (side: 'a' | 'b'): string => (conflict ? `:${conflict.detail[side]}` : '');
    const ka = conflict ? `${family}|${c.a.doc}:${conflict.a.start}${claim('a')}>${c.b.doc}` : `${family}|${c.a.doc}:${c.a.sentence}>${c.b.doc}`;
    const kb = conflict ? `${family}|${c.b.doc}:${conflict.b.start}${claim('b')}>${c.a.doc}` : `${family}|${c.b.doc}:${c.b.sentence}>${c.a.doc}`;
    const limit = family === 'shared' ? SHARED_LINKS_PER_SENTENCE_AND_ARTICLE : LINKS_PER_SENTENCE_AND_ARTICLE;
    const ua = usedBy.get(ka);
    const ub = usedBy.get(kb);
    if ((ua?.links ?? 0) >= limit || (ub?.links ?? 0) >= limit) continue;
    if (family === 'shared') {
      // A pair already in conflict is not also a shared fact.
      if (conflictPairs.has(`${c.a.doc}:${c.a.sentence}|${c.b.doc}:${c.b.sentence}`)) continue;
      // Each side's earlier link and this one must rest on different evidence.
      if ((ua && !hasOwnEvidence(c, ua.features, weights)) || (ub && !hasOwnEvidence(c, ub.features, weights))) continue;
    }
    for (const k of [ka, kb]) {
      const u = usedBy.get(k) ?? { links: 0, features: new Set<string>() };
      u.links++;
      for (const f of c.match.shared) u.features.add(f);
      usedBy.set(k, u);
    }
    let a = span(docs[c.a.doc], conflict ? conflict.a : c.a.range);
    let b = span(docs[c.b.doc], conflict ? conflict.b : c.b.range);
    let detail = conflict?.detail;
    if (f.kind === 'update') {
      const pa = docs[c.a.doc].article.published!;
      const pb = docs[c.b.doc].article.published!;
      if (pa > pb) {
        [a, b] = [b, a];
        if (detail) detail = { type: detail.type, a: detail.b, b: detail.a };
      }
    }
    const score = conflict ? conflict.strength * Math.min(1, 0.5 + c.match.score) : c.match.score;
    out.push(link(f.kind, a, b, score, detail ? formatExplanation(detail) : sharedExplanation(c), detail));
  }
  return out;
}

function link(kind: LinkKind, a: Span, b: Span, score: number, explanation: string, detail?: Conflict['detail']): Link {
  return {
    id: 'l-' + fnv1a([kind, a.article, b.article, a.quote, b.quote].join('\u241f')),
    kind,
    a,
    b,
    score: Math.round(score * 1000) / 1000,
    explanation,
    ...(detail ? { detail } : {}),
  };
}

/** For two reports of the story with no shared fact between them, the person both give one role (role-links.ts). */
function commonGround(docs: Doc[], docsOfStory: number[], storyLinks: Link[], units: Unit[][][], weights: Weights, kindOf: KindOf, nameOf: (id: string) => string): Link[] {
  const index = new Map(docsOfStory.map((d) => [docs[d].article.id, d]));
  const linked = new Set<string>();
  for (const l of storyLinks) if (l.kind === 'shared') {
    const [x, y] = [index.get(l.a.article)!, index.get(l.b.article)!].sort((p, q) => p - q);
    linked.add(`${x}|${y}`);
  }
  return roleLinks(docs, docsOfStory, linked, units, weights, kindOf).map(({ c, person, word }) =>
    link('shared', span(docs[c.a.doc], c.a.range), span(docs[c.b.doc], c.b.range), c.match.score, `shared: both name ${nameOf(person)} as ${word}`));
}

/** For shared facts: what the passages have in common, in words a reader recognises. */
function sharedExplanation(c: Candidate): string {
  const n = c.match.shared.length;
  return `shared: ${n} matching term${n === 1 ? '' : 's'} (score ${c.match.score.toFixed(2)})`;
}

/**
 * Link ids come from the kind, articles and quotes, so an article that repeats a passage (the
 * same sentence twice, a paragraph pasted twice) yields two links with one id. Reviews, the
 * findings list and the story matrix key on the id, so a repeat would share the first one's
 * verdict or be dropped as a duplicate. Repeats get a suffix in reading order (`-2`, `-3`),
 * which keeps the first id as before and the others stable across runs.
 */
function uniqueLinkIds(links: Link[]): void {
  const seen = new Map<string, number>();
  for (const link of links) {
    const n = (seen.get(link.id) ?? 0) + 1;
    seen.set(link.id, n);
    if (n > 1) link.id = `${link.id}-${n}`;
  }
}

function compareLinks(x: Link, y: Link): number {
  const order: Record<LinkKind, number> = { contradiction: 0, update: 1, shared: 2 };
  return order[x.kind] - order[y.kind] || (x.a.article < y.a.article ? -1 : x.a.article > y.a.article ? 1 : 0) || x.a.start - y.a.start || (x.b.article < y.b.article ? -1 : x.b.article > y.b.article ? 1 : 0) || x.b.start - y.b.start;
}

function sentenceLocator(docs: Doc[]): (article: string, start: number) => number {
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  return (article, start) => {
    const d = byId.get(article);
    if (!d) return -1;
    const s = d.sentences.find((x) => start >= x.range.start && start < x.range.end);
    return s ? s.index : -1;
  };
}

export type { AnalysisResult } from '../types.ts';
