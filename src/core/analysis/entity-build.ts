/**
 * Making entities of the merged groups: a name, a kind and a stable id for each, and the tagging
 * of demonyms ("Kenyans") with the place they come from. The last stage of entities.ts, once the
 * groups are final.
 */

import type { Entity } from '../types.ts';
import { fnv1a } from './ids.ts';
import type { Doc } from './model.ts';
import { fold } from './tokens.ts';
import { addVotes, dominantKind, emptyVotes, type Group } from './entity-types.ts';
import { DEMONYM_SUFFIXES } from './entity-vocabulary.ts';

export function buildEntity(members: Group[], docs: Doc[], usedIds: Set<string>): Entity {
  const votes = emptyVotes();
  const surfaces = new Map<string, number>();
  const surfaceArticles = new Map<string, Set<number>>();
  // By the words of the name, not its spaces: "Corvane 1" is the one word "Corvane-1".
  const multiWord = new Set<string>();
  const articles = new Set<string>();
  for (const g of members) {
    addVotes(votes, g.votes);
    for (const m of g.mentions) {
      surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
      (surfaceArticles.get(m.surface) ?? surfaceArticles.set(m.surface, new Set()).get(m.surface)!).add(m.doc);
      // (Not a first name read with a surname it shares: "Julian" of "Julian and Fenna Garrard".)
      if (m.parts.length > 1 && m.last > m.first) multiWord.add(m.surface);
      articles.add(docs[m.doc].article.id);
    }
  }
  // Name: the multi-word surface the most reports write, then the most frequent; else the
  // most frequent surface. (One tabloid's nickname, however often it repeats it, is not the
  // name the other reports give: "Hapless Harriet" is Harriet Quennell.)
  const reach = (surface: string): number => surfaceArticles.get(surface)!.size;
  const ranked = [...surfaces.entries()].sort((a, b) => {
    const multiA = multiWord.has(a[0]) ? 1 : 0;
    const multiB = multiWord.has(b[0]) ? 1 : 0;
    return multiB - multiA || reach(b[0]) - reach(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  });
  const name = ranked[0]?.[0] ?? '';
  // A name nothing else votes for, written only where a place goes ("told people in Hallenby
  // and Vellmar"), is a place.
  const placed = members.some((g) => g.mentions.some((m) => m.placed));
  const voted = dominantKind(votes);
  const kind = voted === 'other' && votes.other === 0 && placed ? 'place' : voted;
  let id = 'e-' + fnv1a(fold(name));
  while (usedIds.has(id)) id = 'e-' + fnv1a(id + '#');
  usedIds.add(id);
  return {
    id,
    name,
    kind,
    aliases: [...surfaces.keys()].sort(),
    articles: [...articles].sort(),
  };
}

/**
 * "Norwegian", "Kenyans", "Europeans" refer to a place the library names ("Norway", "Kenya",
 * "Europe"): tag them with that place's entity so "led by the Kenyans" matches "Kenya".
 */
export function tagDemonyms(docs: Doc[], entities: Entity[]): void {
  // Folded single-word alias -> entity id, filed by its first four letters (a demonym's stem
  // has at least four), so each word looks at a handful of aliases, not all of them.
  const singles = new Map<string, Map<string, string>>();
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const a of e.aliases) {
      if (a.includes(' ')) continue;
      const alias = fold(a);
      const prefix = alias.slice(0, 4);
      if (!singles.has(prefix)) singles.set(prefix, new Map());
      singles.get(prefix)!.set(alias, e.id);
    }
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  const cache = new Map<string, string | null>();
  const lookup = (lower: string): string | null => {
    if (cache.has(lower)) return cache.get(lower)!;
    let hit: string | null = null;
    for (const suf of DEMONYM_SUFFIXES) {
      if (!lower.endsWith(suf)) continue;
      const stem = lower.slice(0, -suf.length);
      if (stem.length < 4) continue;
      for (const [alias, id] of singles.get(stem.slice(0, 4)) ?? []) {
        if (alias !== lower && alias.startsWith(stem) && alias.length - stem.length <= 2) {
          hit = id;
          break;
        }
      }
      if (hit) break;
    }
    cache.set(lower, hit);
    return hit;
  };
  for (const doc of docs) {
    for (const s of doc.sentences) {
      s.tokens.forEach((t, i) => {
        if (!t.cap || s.entityAt.has(i) || t.lower.length < 5) return;
        const id = lookup(t.lower);
        if (id) {
          s.entityAt.set(i, id);
          const e = byId.get(id);
          if (e && e.kind === 'other') e.kind = 'place'; // a name with a demonym ("Norwegian") is a place
        }
      });
    }
  }
}
