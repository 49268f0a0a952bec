/**
 * "Brennmoor jail", "St Bredan's hospital": a name followed, in plain lower case, by the head of a
 * body's full name ("Brennmoor High Security Prison", "St Bredan's University Hospital") is one
 * more way of writing that body's name, when exactly one body of the library opens with the name
 * and ends in that head or its synonym (a jail is a prison). It joins the body's aliases; the
 * words' analysis is left as it is. Only institutions and facilities: "Selvik fishermen" are not
 * the "Selvik Fishermen's Cooperative". Likewise "the health board" for the one body whose name
 * ends "Health Board" (addLowerCaseTails). Where no body bears the name, a facility a place's
 * name heads ("Harlow Street police station", "Durrow Hill mine") is one more name of the place.
 */

import type { Entity } from '../types.ts';
import { adjacentTokens, type Doc } from './model.ts';
import { isInstitutionHead, sameHead } from './entity-short-forms.ts';
import type { Group } from './entity-types.ts';
import { pushTo } from './multimap.ts';

export function addHeadedForms(docs: Doc[], groups: Group[], entityOfGroup: ReadonlyMap<number, string>, entities: Entity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const bodiesByFirstWord = new Map<string, Array<{ parts: string[]; entity: string }>>();
  for (const g of groups) {
    const entity = entityOfGroup.get(g.id);
    if (g.parts.length < 2 || entity === undefined || byId.get(entity)?.kind === 'person' || !isInstitutionHead(g.parts[g.parts.length - 1])) continue;
    pushTo(bodiesByFirstWord, g.parts[0], { parts: g.parts, entity });
  }
  const added = new Set<Entity>();
  for (const g of groups) for (const m of g.mentions) {
    const s = docs[m.doc].sentences[m.sentence];
    const next = s.tokens[m.last + 1];
    if (!next || next.cap) continue;
    // One space between, after the name's possessive if it has one ("St Bredan's hospital").
    const gap = s.text.slice(s.tokens[m.last].end - s.range.start, next.start - s.range.start);
    if (!/^(?:['’]s?)? $/.test(gap)) continue;
    // The head right after the name, or after one more word of the body's own name
    // ("Pellbridge treatment works" of "Pellbridge Water Treatment Works").
    const after = s.tokens[m.last + 2];
    const owners = new Set<string>();
    let head = next;
    for (const b of bodiesByFirstWord.get(m.parts[0]) ?? []) {
      if (b.parts.length <= m.parts.length || !m.parts.every((p, i) => b.parts[i] === p)) continue;
      const bodyHead = b.parts[b.parts.length - 1];
      if (sameHead(bodyHead, next.lower)) {
        owners.add(b.entity);
        head = next;
      } else if (after && !after.cap && adjacentTokens(s, next, after) && b.parts.includes(next.lower) && sameHead(bodyHead, after.lower)) {
        owners.add(b.entity);
        head = after;
      }
    }
    // No body of the library bears the name: "Harlow Street police station", "the Durrow Hill
    // mine" are the place's own facility, named by it.
    if (owners.size === 0) {
      const own = entityOfGroup.get(g.id);
      const kind = own === undefined ? undefined : byId.get(own)?.kind;
      const facility = LOWER_FACILITIES.has(next.lower) ? next : after && !after.cap && !next.stop && adjacentTokens(s, next, after) && LOWER_FACILITIES.has(after.lower) && !LOWER_FACILITIES.has(next.lower) ? after : undefined;
      // (What a name of unknown kind owns is no name of it: "Big Tav's bridge" is a ship's.)
      const owned = gap.trim() !== '';
      if (facility && (kind === 'place' || (kind === 'other' && !owned))) owners.add(own!);
      head = facility ?? head;
    }
    if (owners.size !== 1) continue;
    const body = byId.get([...owners][0])!;
    const form = s.text.slice(s.tokens[m.first].start - s.range.start, head.end - s.range.start);
    if (!body.aliases.includes(form)) {
      body.aliases.push(form);
      added.add(body);
    }
  }
  addLowerCaseTails(docs, groups, entityOfGroup, byId, added);
  for (const e of added) e.aliases.sort();
}

/** Facilities a place's name may head in lower case: "Harlow Street station", "Durrow Hill mine". */
const LOWER_FACILITIES = new Set(['station', 'airport', 'stadium', 'terminal', 'bridge', 'tunnel', 'harbour', 'harbor', 'prison', 'jail', 'mine', 'colliery', 'quarry', 'depot', 'dam']);

/**
 * "the health board" of "Eastmere Health Board", "the pilots' association" of "Marrow Canal
 * Pilots' Association": the last two words of a body's name of three or more, written in lower
 * case after "the", are that body when no other body of the library ends so.
 */
function addLowerCaseTails(docs: Doc[], groups: Group[], entityOfGroup: ReadonlyMap<number, string>, byId: ReadonlyMap<string, Entity>, added: Set<Entity>): void {
  const owners = new Map<string, Set<string>>();
  for (const g of groups) {
    const entity = entityOfGroup.get(g.id);
    if (g.parts.length < 3 || entity === undefined || byId.get(entity)?.kind === 'person' || !isInstitutionHead(g.parts[g.parts.length - 1])) continue;
    const tail = g.parts.slice(-2).join(' ');
    (owners.get(tail) ?? owners.set(tail, new Set()).get(tail)!).add(entity);
  }
  if (owners.size === 0) return;
  for (const doc of docs) for (const s of doc.sentences) {
    for (let i = 1; i + 1 < s.tokens.length; i++) {
      const [a, b] = [s.tokens[i], s.tokens[i + 1]];
      // (A possessive between them: "the pilots' association".)
      if (a.cap || b.cap || s.tokens[i - 1].lower !== 'the' || !/^(?:['’]s?)? $/.test(s.text.slice(a.end - s.range.start, b.start - s.range.start))) continue;
      const found = owners.get(`${a.lower} ${b.lower}`);
      if (found?.size !== 1) continue;
      const body = byId.get([...found][0])!;
      const form = s.text.slice(a.start - s.range.start, b.end - s.range.start);
      if (!body.aliases.includes(form)) {
        body.aliases.push(form);
        added.add(body);
      }
    }
  }
}
