/**
 * Conflict candidates the word-overlap index misses: the two sides of a dispute rarely word it
 * alike, so a story's sentences are searched directly for one event at two places, a withheld
 * or denied claim against its statement, a denied act against the same act, one person given
 * two ages, one event on two dates, and a date moved against the schedule other reports gave.
 * Narrow: each search starts from a cue few sentences have (an event word at a place, a denial,
 * a stated age, a date, a move, "no one was hurt"), and each pair it finds must pass that kind's check.
 */
import { ageConflicts } from './age-conflicts.ts';
import { patientKeys } from './arguments.ts';
import { causeClaims, causeConflict } from './cause-conflicts.ts';
import { eventDateConflicts } from './event-dates.ts';
import { negatedVerbs } from './negation.ts';
import { noneAffectedConflicts } from './none-affected.ts';
import { rivalProvidersInStory } from './provider-conflicts.ts';
import { findReschedules } from './reschedules.ts';
import type { Conflict, ConflictContext } from './conflict-helpers.ts';
import { actClass, actKeys, agentOf, NEGATION_MATCH, predicateNegation } from './negation-conflicts.ts';
import { locatedEvents, slotPlaceConflict } from './place-conflicts.ts';
import { withheldClaims, withheldConflict } from './withheld-conflicts.ts';

export interface SlotCandidate {
  a: { doc: number; sentence: number };
  b: { doc: number; sentence: number };
  conflict: Conflict;
  /**
   * A claim of its own that may stand beside another finding of the same two sentences (a
   * person's age beside a disagreement on a time), unless that finding gives the same figures.
   */
  alongside?: boolean;
}

/**
 * Conflict candidates that the word-overlap index misses: passages that put the same event at
 * different places often share little else ("meet X in A" / "the X-Y summit in B"). Events are
 * indexed by their word, so only sentences naming the same event at some place are compared.
 */
export function findSlotConflicts(storyDocs: number[], ctx: ConflictContext): SlotCandidate[] {
  const byEvent = new Map<string, Array<{ doc: number; sentence: number }>>();
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const events = new Set(locatedEvents(s, ctx.entityKind).map((x) => x.event));
      for (const e of events) {
        let list = byEvent.get(e);
        if (!list) byEvent.set(e, (list = []));
        list.push({ doc: d, sentence: s.index });
      }
    }
  }
  const out: SlotCandidate[] = [];
  const seen = new Set<string>();
  // Withheld or denied claims ("declined to say whether he had spoken to X") against sentences
  // with the claim's head word: rare, so a plain scan of the story's sentences is cheap.
  const withheld: Array<{ doc: number; sentence: number; head: string }> = [];
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      for (const w of withheldClaims(s)) {
        const k = s.tokens.findIndex((t, i) => i >= w.from && i < w.to && !s.entityAt.has(i) && !t.stop && !t.isNumber);
        if (k >= 0) withheld.push({ doc: d, sentence: s.index, head: s.tokens[k].norm });
      }
    }
  }
  for (const x of withheld) {
    for (const d of storyDocs) {
      if (d === x.doc) continue;
      for (const s of ctx.docs[d].sentences) {
        if (!s.tokens.some((t, i) => t.norm === x.head && !s.entityAt.has(i))) continue;
        const [p, q] = x.doc < d ? [{ doc: x.doc, sentence: x.sentence }, { doc: d, sentence: s.index }] : [{ doc: d, sentence: s.index }, { doc: x.doc, sentence: x.sentence }];
        const key = `${p.doc}:${p.sentence}|${q.doc}:${q.sentence}`;
        if (seen.has(key)) continue;
        const sp = ctx.docs[p.doc].sentences[p.sentence];
        const sq = ctx.docs[q.doc].sentences[q.sentence];
        const conflict = withheldConflict(sp, sq, ctx.docs[p.doc].article.text, ctx.docs[q.doc].article.text, ctx);
        if (!conflict) continue;
        seen.add(key);
        out.push({ a: p, b: q, conflict });
      }
    }
  }
  deniedActs(storyDocs, ctx, seen, out);
  statedCauses(storyDocs, ctx, seen, out);
  for (const r of rivalProvidersInStory(storyDocs, ctx)) {
    const key = `${r.a.doc}:${r.a.sentence}|${r.b.doc}:${r.b.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  ageConflicts(storyDocs, ctx, seen, out);
  noneAffectedConflicts(storyDocs, ctx, seen, out);
  eventDateConflicts(storyDocs, ctx, seen, out);
  // Dates moved ("postponed the vote to 4 November") against the schedule other reports gave.
  for (const r of findReschedules(ctx.docs, storyDocs)) {
    const key = r.a.doc < r.b.doc ? `${r.a.doc}:${r.a.sentence}|${r.b.doc}:${r.b.sentence}` : `${r.b.doc}:${r.b.sentence}|${r.a.doc}:${r.a.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ a: { doc: r.a.doc, sentence: r.a.sentence }, b: { doc: r.b.doc, sentence: r.b.sentence }, conflict: { detail: r.detail, a: r.a.range, b: r.b.range, strength: 0.7 } });
  }
  for (const e of [...byEvent.keys()].sort()) {
    const list = byEvent.get(e)!;
    if (list.length > 60) continue; // an event word everywhere says nothing
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i];
        const y = list[j];
        if (x.doc === y.doc) continue;
        const key = `${x.doc}:${x.sentence}|${y.doc}:${y.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const conflict = slotPlaceConflict(x.doc, ctx.docs[x.doc].sentences[x.sentence], y.doc, ctx.docs[y.doc].sentences[y.sentence], ctx);
        if (conflict) out.push({ a: x, b: y, conflict });
      }
    }
  }
  return out;
}

/**
 * Denied acts ("Our equipment did not cause this fire") against the same act on the same thing
 * in another report ("Northline started this fire"), however little else the two sentences
 * share: the two sides of a dispute rarely word it alike. Denials with something acted on are
 * few, so the story's sentences are scanned once for their verbs.
 */
function deniedActs(storyDocs: number[], ctx: ConflictContext, seen: Set<string>, out: SlotCandidate[]): void {
  const denied: Array<{ doc: number; sentence: number; keys: string[] }> = [];
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const keys = negatedVerbs(s).filter((v) => patientKeys(s, v.verb).size > 0 || agentOf(s, v.neg, ctx.entityKind) !== undefined).flatMap((v) => actKeys(s.tokens[v.verb]));
      if (keys.length) denied.push({ doc: d, sentence: s.index, keys });
    }
  }
  if (denied.length === 0) return;
  const wanted = new Set(denied.flatMap((x) => x.keys));
  const having = new Map<string, Array<{ doc: number; sentence: number }>>();
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const keys = new Set<string>();
      for (const t of s.tokens) {
        if (t.stop) continue;
        if (wanted.has(t.norm)) keys.add(t.norm);
        const n = actClass(t.lower);
        if (n !== '' && wanted.has(n)) keys.add(n);
      }
      for (const k of keys) {
        let list = having.get(k);
        if (!list) having.set(k, (list = []));
        list.push({ doc: d, sentence: s.index });
      }
    }
  }
  for (const x of denied) {
    for (const y of new Set(x.keys.flatMap((k) => having.get(k) ?? []))) {
      if (y.doc === x.doc) continue;
      const [p, q] = x.doc < y.doc ? [x, y] : [y, x];
      const key = `${p.doc}:${p.sentence}|${q.doc}:${q.sentence}`;
      if (seen.has(key)) continue;
      // Found through the verb's own index, not the words' score: the same thing acted on or the same doer must tie the two.
      const conflict = predicateNegation(NEGATION_MATCH, 0, ctx.docs[p.doc].sentences[p.sentence], ctx.docs[q.doc].sentences[q.sentence], ctx.docs[p.doc].article.text, ctx.docs[q.doc].article.text, ctx);
      if (!conflict) continue;
      seen.add(key);
      out.push({ a: { doc: p.doc, sentence: p.sentence }, b: { doc: q.doc, sentence: q.sentence }, conflict });
    }
  }
}

/**
 * Stated causes ("caused by", "due to", "blamed on") against each other across the story's
 * reports: two accounts of why something happened rarely share the words the index weighs.
 * Such statements are few, so every pair of them is checked.
 */
function statedCauses(storyDocs: number[], ctx: ConflictContext, seen: Set<string>, out: SlotCandidate[]): void {
  const stated: Array<{ doc: number; sentence: number }> = [];
  for (const d of storyDocs) for (const s of ctx.docs[d].sentences) if (causeClaims(s).length) stated.push({ doc: d, sentence: s.index });
  for (let i = 0; i < stated.length; i++) {
    for (let j = i + 1; j < stated.length; j++) {
      const [p, q] = stated[i].doc < stated[j].doc ? [stated[i], stated[j]] : [stated[j], stated[i]];
      if (p.doc === q.doc) continue;
      const key = `${p.doc}:${p.sentence}|${q.doc}:${q.sentence}`;
      if (seen.has(key)) continue;
      const conflict = causeConflict(ctx.docs[p.doc].sentences[p.sentence], ctx.docs[q.doc].sentences[q.sentence], ctx.docs[p.doc].article.text, ctx.docs[q.doc].article.text);
      if (!conflict) continue;
      seen.add(key);
      out.push({ a: p, b: q, conflict });
    }
  }
}
