import type { Entity } from '../types.ts';
import type { Doc, Sentence } from './model.ts';
import { personNoun } from './lexicon.ts';
import { tagAgeDescriptors } from './age-descriptors.ts';
import { buildEntity, tagDemonyms } from './entity-build.ts';
import { groupWithinArticle } from './entity-groups.ts';
import { addHeadedForms } from './entity-headed-forms.ts';
import { findMentions } from './entity-mentions.ts';
import { mergeAcrossArticles, voteByCoordination } from './entity-merge.ts';
import { genderOf, type Gender, type Group, type Mention } from './entity-types.ts';
import { collectVocabulary } from './entity-vocabulary.ts';

/**
 * Finds names (people, places, organisations) and merges the spellings of one name across the
 * library by general rules only: titles and possessives are stripped, a surname alone resolves
 * to the full name used in the same article, transliterations merge by a vowel-tolerant edit
 * distance, acronyms merge with the words they abbreviate, and a one-letter slip merges only
 * with a frequent name of the same article. Two people who share only a first name never merge:
 * surnames must agree.
 *
 * This file is the pipeline; its stages live in entity-vocabulary.ts (what the library writes),
 * entity-mentions.ts (names in a sentence), entity-groups.ts (within one article),
 * entity-merge.ts (across articles) and entity-build.ts (the entities), their types in entity-types.ts.
 */

export interface EntityResult {
  entities: Entity[];
  /** Every entity id by its index, for lookups from sentences. */
  byId: Map<string, Entity>;
  /** A person's gender, when the library's pronouns and titles for them agree on one. */
  genders: Map<string, Gender>;
}

export function resolveEntities(docs: Doc[]): EntityResult {
  const vocab = collectVocabulary(docs);
  const mentions: Mention[] = [];
  docs.forEach((doc, d) => doc.sentences.forEach((s) => findMentions(d, s, vocab, mentions)));

  // 1. Within each article: identical names, then a surname alone -> the full name.
  const groups: Group[] = [];
  const byDoc: Mention[][] = docs.map(() => []);
  for (const m of mentions) byDoc[m.doc].push(m);
  for (let d = 0; d < docs.length; d++) groupWithinArticle(byDoc[d], groups);

  // 2. Across articles: union-find over the article-level groups.
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  mergeAcrossArticles(groups, union, find);

  // 3. Build entities from the merged groups.
  const merged = new Map<number, Group[]>();
  groups.forEach((g, i) => {
    if (g.mentions.length === 0) return;
    const r = find(i);
    if (!merged.has(r)) merged.set(r, []);
    merged.get(r)!.push(g);
  });
  voteByCoordination(docs, groups, find);
  const entities: Entity[] = [];
  const usedIds = new Set<string>();
  const entityOfGroup = new Map<number, string>();
  const genders = new Map<string, Gender>();
  const roots = [...merged.keys()].sort((a, b) => a - b);
  for (const r of roots) {
    const members = merged.get(r)!;
    const entity = buildEntity(members, docs, usedIds);
    for (const g of members) entityOfGroup.set(g.id, entity.id);
    entities.push(entity);
    const gender = entity.kind === 'person' ? genderOf(members.flatMap((g) => g.mentions)) : undefined;
    if (gender) genders.set(entity.id, gender);
  }

  // 4. Tag tokens with their entity, demonyms ("Norwegian", "Kenyans") with their place, and
  // "the 29-year-old" with the person of that age.
  for (const g of groups) {
    for (const m of g.mentions) {
      const s = docs[m.doc].sentences[m.sentence];
      for (let t = m.first; t <= m.last; t++) s.entityAt.set(t, entityOfGroup.get(g.id)!);
    }
  }
  addHeadedForms(docs, groups, entityOfGroup, entities);
  tagDemonyms(docs, entities);
  const byId = new Map(entities.map((e) => [e.id, e]));
  tagAgeDescriptors(docs, byId);
  tagAntecedents(docs, byId);

  // Entities worth listing: named more than once, or with a known kind, or multi-word.
  const mentionCount = new Map<string, number>();
  for (const g of groups) {
    const id = entityOfGroup.get(g.id);
    if (id !== undefined) mentionCount.set(id, (mentionCount.get(id) ?? 0) + g.mentions.length);
  }
  const listed = entities.filter((e) => e.kind !== 'other' || e.aliases.some((a) => a.includes(' ')) || (mentionCount.get(e.id) ?? 0) > 1);
  listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { entities: listed, byId, genders };
}

/**
 * A sentence whose "he" or "she" comes before any person ("He has not been charged", "Police
 * confirmed that he has not been arrested") speaks of the one person the sentence before names:
 * news keeps to that order. Left unset when that sentence names no person or several, or when a
 * name or a noun for a person comes first ("His lawyer said he ...": the lawyer may be "he").
 */
function tagAntecedents(docs: Doc[], byId: ReadonlyMap<string, Entity>): void {
  for (const doc of docs) {
    for (let i = 1; i < doc.sentences.length; i++) {
      const s = doc.sentences[i];
      if (!pronounBeforeAnyPerson(s, byId)) continue;
      // A name of unknown kind may be a second person.
      const maybePeople = new Set<string>();
      for (const e of doc.sentences[i - 1].entityAt.values()) {
        const kind = byId.get(e)?.kind;
        if (kind !== 'place' && kind !== 'organisation') maybePeople.add(e);
      }
      const [only] = maybePeople;
      if (maybePeople.size === 1 && byId.get(only)?.kind === 'person') s.antecedent = only;
    }
  }
}

/** The sentence has a "he" or "she" before any name but a body's or a place's, and before any noun for a person. */
function pronounBeforeAnyPerson(s: Sentence, byId: ReadonlyMap<string, Entity>): boolean {
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (t.lower === 'he' || t.lower === 'she') return true;
    const e = s.entityAt.get(k);
    if (e !== undefined) {
      const kind = byId.get(e)?.kind;
      if (kind !== 'place' && kind !== 'organisation') return false;
    } else if (!t.stop && personNoun(t.lower)) return false;
  }
  return false;
}

export type { Mention };
