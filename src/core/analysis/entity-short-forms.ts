/**
 * Short forms of a body's name across the library, beyond a designator dropped (entity-merge.ts):
 * its leading words ("Brightwater Live" for "Brightwater Live Entertainment", "St Oriel's" for
 * "St Oriel's General Hospital"), its first word in an article that names it in full, and an
 * abbreviated last word ("Caldmoor Re"). Each joins only when exactly one body fits, and never
 * makes a place or a person a body.
 */

import { EVENT_HEADS, NAME_CONNECTORS, ORG_DESIGNATORS, ORG_SUFFIXES, PERIODICALS } from './lexicon.ts';
import type { EntityKind } from '../types.ts';
import { dominantKind, genderOf, keyOf, sumVotes, type Group } from './entity-types.ts';
import { placedInArticle } from './entity-groups.ts';
import { isDemonymShaped } from './entity-vocabulary.ts';
import { pushTo } from './multimap.ts';

type Union = (a: number, b: number) => void;
type Find = (i: number) => number;

export function bodyShortForms(live: Group[], placeWords: Set<string>, union: Union, find: Find): void {
  // A name is a body by what its own report or the whole library says of it: one report may
  // give it no cue at all ("Hearthline Relief International" bare) that another does.
  const byRoot = new Map<number, Group[]>();
  for (const g of live) pushTo(byRoot, find(g.id), g);
  const libraryVotes = new Map([...byRoot].map(([r, gs]) => [r, sumVotes(gs)]));
  const bodies = live.filter((g) => isBody(g, g.votes) || isBody(g, libraryVotes.get(find(g.id))!));
  // Names already joined to a place ("KORVEN" of a dateline, spelled "Kurven" where it is "in
  // Kurven") are that place.
  const placeRoots = new Set(live.filter((g) => dominantKind(g.votes) === 'place' || placedInArticle(g)).map((g) => find(g.id)));
  const isPlace = (g: Group): boolean => placeRoots.has(find(g.id));
  leadingWords(live, bodies, isPlace, union, find);
  trailingWords(live, bodies, isPlace, union, find);
  firstWordInArticle(live, bodies, placeWords, isPlace, union, find);
  abbreviatedLastWords(live, union, find);
  // A venue or a prison may be voted a place: any name that is no person's is a candidate.
  const isBodyGroup = new Set(bodies);
  synonymousHeads(live.filter((g) => g.parts.length >= 2 && (isBodyGroup.has(g) || (dominantKind(g.votes) !== 'person' && !genderOf(g.mentions)))), union);
  withoutMiddleWords(live, union, find);
  apposedFacilities(live, union, find);
  settlementShortForms(live, isPlace, union, find);
  periodicalShortForms(live, bodies, isPlace, union, find);
  // A bridge or a station named after its river or town is as often named without it.
  // (And an event, "the Continental Nations Championship" / "the Nations Championship".)
  const facilities = live.filter((g) => (FACILITY_HEADS.has(g.parts[g.parts.length - 1]) || EVENT_HEADS.has(g.parts[g.parts.length - 1])) && dominantKind(g.votes) !== 'person' && !genderOf(g.mentions));
  // Its place may be a river or a town the library names only bare ("the Dresa downstream"),
  // known for a place by the name it joined ("River Dresa").
  const placeNames = new Set(placeWords);
  for (const g of live) if (g.parts.length === 1 && isPlace(g)) placeNames.add(g.parts[0]);
  // An eponym the library names bare ("the statue of Ingeborg Dalberg") is as good as one it calls a person.
  const personNames = new Set(live.filter((g) => g.parts.length === 2 && !['place', 'organisation'].includes(dominantKind(g.votes))).map((g) => keyOf(g.parts)));
  withoutItsPlace([...new Set([...bodies, ...facilities])], placeNames, personNames, union, find);
}

/**
 * "Fennick, the region's second-busiest airport" where the library also writes "Fennick
 * Airport": the bare name, told in apposition to be of the kind the facility's last word says,
 * is the facility (when exactly one facility of the library is so named).
 */
function apposedFacilities(live: Group[], union: Union, find: Find): void {
  const byName = new Map<string, Group[]>();
  for (const g of live) if (g.parts.length === 2 && FACILITY_HEADS.has(g.parts[1])) pushTo(byName, keyOf(g.parts), g);
  if (byName.size === 0) return;
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    const heads = new Set(g.mentions.map((m) => m.apposedAs).filter((h) => h !== undefined && FACILITY_HEADS.has(h)));
    for (const head of heads) {
      const facilities = byName.get(keyOf([g.parts[0], head!])) ?? [];
      if (new Set(facilities.map((f) => find(f.id))).size === 1) union(find(facilities[0].id), g.id);
    }
  }
}

/** Adjectives of a region or a reach that open a body's name and drop from it: "Continental", "National", "Western". */
const REGION_ADJECTIVE = /^[a-z]+(?:al|ern)$/;

/** "tervanian" of a library that names "Tervania": a people's adjective opens a body's name as its place does. */
function demonymOfPlace(word: string, placeWords: Set<string>): boolean {
  if (!isDemonymShaped(word)) return false;
  const stem = word.replace(/(?:ians?|eans?|ans?|ese|ish)$/, '');
  if (stem.length < 4) return false;
  for (const p of placeWords) if (p.startsWith(stem) && p.length - stem.length <= 2) return true;
  return false;
}

/**
 * "the Commercial Court" in one report, "the Vessholm Commercial Court" (or "the Tervanian
 * Court of Appeal") in another: a body's
 * (or a facility's: "Quarry Bridge" / "Dresa Quarry Bridge") name without the place it opens
 * with is that body, when exactly one body of the library is named so (a "High Court" with two
 * towns' high courts named is neither).
 */
function withoutItsPlace(bodies: Group[], placeWords: Set<string>, personNames: Set<string>, union: Union, find: Find): void {
  const placed = new Map<string, Set<number>>();
  for (const b of bodies) {
    if (b.parts.length < 3) continue;
    // "the Emil Ostrander Stadium" is "the Ostrander Stadium": a person's first name drops as a place does.
    const eponym = personNames.has(keyOf(b.parts.slice(0, 2)));
    if (!eponym && !placeWords.has(b.parts[0]) && !demonymOfPlace(b.parts[0], placeWords) && !REGION_ADJECTIVE.test(b.parts[0])) continue;
    const key = keyOf(b.parts.slice(1));
    if (!placed.has(key)) placed.set(key, new Set());
    placed.get(key)!.add(find(b.id));
  }
  if (placed.size === 0) return;
  for (const b of bodies) {
    const roots = placed.get(keyOf(b.parts));
    if (roots?.size === 1) union([...roots][0], b.id);
  }
}

/**
 * "the Sunday Sentinel" is "the Sentinel", "the Evening Post" "the Post": a periodical's title
 * without the word for when it comes out, when exactly one body of the library is titled so.
 */
function periodicalShortForms(live: Group[], bodies: Group[], isPlace: (g: Group) => boolean, union: Union, find: Find): void {
  const titled = new Map<string, Set<number>>();
  for (const b of bodies) if (b.parts.length >= 2 && PERIODICALS.has(b.parts[0])) {
    const key = keyOf(b.parts.slice(1));
    if (!titled.has(key)) titled.set(key, new Set());
    titled.get(key)!.add(find(b.id));
  }
  if (titled.size === 0) return;
  for (const g of live) {
    const roots = titled.get(keyOf(g.parts));
    if (roots?.size === 1 && !isPlace(g) && dominantKind(g.votes) !== 'person') union([...roots][0], g.id);
  }
}

/** Words a coastal settlement is named with, and without: "Tarrow Bay" is "Tarrow", "Port Ardley" "Ardley". */
const SETTLEMENT_WORDS = new Set(['bay', 'port', 'harbour', 'harbor', 'beach', 'haven', 'cove']);

/**
 * "Tarrow Bay" in one report, "her roof in Tarrow" in another: a name of one word written as a
 * place is the one place of the library named with it and a settlement word, when no other
 * name of two words or more has that word ("Calder" of "Calder Springs" and "Calder County" is
 * neither; "Harlund" of "Harlund Forward" is the town, not the party).
 */
function settlementShortForms(live: Group[], isPlace: (g: Group) => boolean, union: Union, find: Find): void {
  const byWord = new Map<string, Group[]>();
  for (const g of live) if (g.parts.length > 1) for (const p of new Set(g.parts)) pushTo(byWord, p, g);
  for (const g of live) {
    if (g.parts.length !== 1 || g.mentions.length === 0 || !isPlace(g)) continue;
    const roots = new Set((byWord.get(g.parts[0]) ?? []).map((o) => find(o.id)));
    if (roots.size !== 1) continue;
    const named = (byWord.get(g.parts[0]) ?? []).filter((o) => o.parts.length === 2 && isPlace(o) && o.parts.some((p) => SETTLEMENT_WORDS.has(p)));
    if (named.length > 0 && find(named[0].id) === [...roots][0]) union([...roots][0], g.id);
  }
}

/** Heads that name one kind of institution: a place has one police force, one prison of its name. */
const HEAD_SYNONYMS: string[][] = [['police', 'constabulary'], ['prison', 'jail', 'gaol', 'penitentiary'], ['hospital', 'infirmary'], ['stadium', 'arena'], ['dam', 'barrage'], ['works', 'plant', 'factory'], ['school', 'lyceum', 'lycee']];
const HEAD_CLASS = new Map(HEAD_SYNONYMS.flatMap((words, i) => words.map((w) => [w, i] as const)));

/** One head, or two of one kind of institution ("jail" / "prison"). */
export function sameHead(a: string, b: string): boolean {
  return a === b || (HEAD_CLASS.has(a) && HEAD_CLASS.get(a) === HEAD_CLASS.get(b));
}

/** "Ashvale Police" / "Ashvale Constabulary", "Halden Stadium" / "Halden Arena": the same words before synonymous heads. */
function synonymousHeads(bodies: Group[], union: Union): void {
  const byKey = new Map<string, Group>();
  for (const b of bodies) {
    const head = HEAD_CLASS.get(b.parts[b.parts.length - 1]);
    if (head === undefined) continue;
    const key = `${keyOf(b.parts.slice(0, -1))}|${head}`;
    const seen = byKey.get(key);
    if (seen) union(seen.id, b.id);
    else byKey.set(key, b);
  }
}

/** Heads of places built for one use, named like institutions ("Kallstad International Airport"). */
const FACILITY_HEADS = new Set(['airport', 'stadium', 'arena', 'station', 'terminal', 'bridge', 'tunnel', 'port', 'harbour', 'harbor']);

/** The last word of an institution's or a facility's name: "Hospital", "Airport", "Dam". */
export function isInstitutionHead(word: string): boolean {
  return ORG_SUFFIXES.has(word) || FACILITY_HEADS.has(word) || HEAD_CLASS.has(word);
}

/** Most words a short form may leave out between a name's first word and its head. */
const MIDDLE_WORDS_MAX = 2;

/**
 * "Kallstad Airport" / "Kallstad International Airport", "Orlan Hospital" / "Orlan General
 * Hospital", "Wrexley Grange Hotel" / "Wrexley Grange Country House Hotel": a name whose
 * opening words and head are those of exactly one longer name of the library with a word or
 * two between them. Only institutions and facilities (never a person:
 * "Anna Berg" / "Anna Maria Berg" is the people's rule), and not across "of" or "and".
 */
function withoutMiddleWords(live: Group[], union: Union, find: Find): void {
  const byEnds = new Map<string, Group[]>();
  const notPerson = (g: Group): boolean => dominantKind(g.votes) !== 'person' && !genderOf(g.mentions);
  for (const g of live) {
    const n = g.parts.length;
    if (n < 3 || !notPerson(g)) continue;
    const head = g.parts[n - 1];
    if (!ORG_SUFFIXES.has(head) && !FACILITY_HEADS.has(head)) continue;
    // Its opening words (one or more) and its head, with a word or two left out between.
    for (let open = Math.max(1, n - 1 - MIDDLE_WORDS_MAX); open <= n - 2; open++) {
      if (g.parts.slice(open, -1).some((w) => NAME_CONNECTORS.has(w))) continue;
      pushTo(byEnds, `${keyOf(g.parts.slice(0, open))}|${head}`, g);
    }
  }
  if (byEnds.size === 0) return;
  for (const g of live) {
    const m = g.parts.length;
    if (m < 2 || g.mentions.length === 0 || !notPerson(g)) continue;
    const roots = new Set((byEnds.get(`${keyOf(g.parts.slice(0, -1))}|${g.parts[m - 1]}`) ?? []).map((o) => find(o.id)));
    roots.delete(find(g.id));
    if (roots.size === 1) union([...roots][0], g.id);
  }
}

/** Names ending in an institution's head or a company's designator, or voted organisation. */
function isBody(g: Group, votes: Record<EntityKind, number>): boolean {
  if (g.parts.length < 2) return false;
  const last = g.parts[g.parts.length - 1];
  const kind = dominantKind(votes);
  return kind === 'organisation' || ((ORG_SUFFIXES.has(last) || ORG_DESIGNATORS.has(last)) && kind !== 'person');
}

/** Heads of bodies named after a person, whose leading words are that person ("Maria Lopez Foundation"). */
const EPONYMOUS_HEADS = new Set(['foundation', 'trust', 'institute', 'centre', 'center', 'prize', 'award', 'awards', 'school', 'college', 'university', 'hospital', 'airport', 'stadium', 'memorial', 'fund', 'library', 'museum']);

/**
 * "Brightwater Live" / "Brightwater Live Entertainment", "Meridian Arc" / "Meridian Arc
 * Management": a name of two words or more that opens exactly one body's name. Not a place
 * ("New York" / "New York Times"), nor a person with a pronoun or courtesy title, nor a name
 * the agent-noun votes call a person before an eponymous head ("Maria Lopez Foundation").
 */
function leadingWords(live: Group[], bodies: Group[], isPlace: (g: Group) => boolean, union: Union, find: Find): void {
  const byOpening = new Map<string, Group[]>();
  for (const b of bodies) {
    for (let n = 2; n < b.parts.length; n++) {
      const k = keyOf(b.parts.slice(0, n));
      pushTo(byOpening, k, b);
    }
  }
  for (const g of live) {
    if (g.parts.length < 2 || g.mentions.length === 0) continue;
    const longer = byOpening.get(keyOf(g.parts));
    if (!longer) continue;
    const kind = dominantKind(g.votes);
    const end = g.parts[g.parts.length - 1];
    // "White House" opens "White House National Security Council" as a body of its own.
    if (kind === 'place' || isPlace(g) || genderOf(g.mentions) || ORG_SUFFIXES.has(end) || ORG_DESIGNATORS.has(end)) continue;
    // A company's brand ("Brightwater Live" of "Brightwater Live Entertainment"); an institution
    // is often named after its district ("Kessel Heights Military Hospital"), so its leading
    // words must themselves read as a body ("at St Oriel's").
    const fits = longer.filter((b) => {
      const head = b.parts[b.parts.length - 1];
      if (kind === 'person' && EPONYMOUS_HEADS.has(head)) return false;
      return ORG_DESIGNATORS.has(head) || kind === 'organisation';
    });
    const roots = new Set(fits.map((b) => find(b.id)));
    if (roots.size === 1) union([...roots][0], g.id);
  }
}

/** Heads that name one body of an article alone ("the Trust", "the Commission"). */
const HEADS_ALONE = new Set(['trust', 'ministry', 'council', 'commission', 'agency', 'committee', 'union', 'association', 'federation', 'league', 'club', 'police', 'institute', 'board', 'authority', 'foundation', 'bureau', 'constabulary']);

/**
 * "Supporters' Trust" / "Corran Rovers Supporters' Trust": a body's last words, two or more and
 * ending in its head, when exactly one body of the library ends so; and its head alone ("the
 * Trust said") in an article that names exactly one body with that head. Never a person or a place.
 */
function trailingWords(live: Group[], bodies: Group[], isPlace: (g: Group) => boolean, union: Union, find: Find): void {
  const byTail = new Map<string, Group[]>();
  for (const b of bodies) {
    const head = b.parts[b.parts.length - 1];
    if (!ORG_SUFFIXES.has(head)) continue;
    for (let n = 1; n < b.parts.length; n++) pushTo(byTail, keyOf(b.parts.slice(n)), b);
  }
  for (const g of live) {
    if (g.mentions.length === 0 || isPlace(g)) continue;
    const kind = dominantKind(g.votes);
    if (kind === 'place' || kind === 'person' || genderOf(g.mentions)) continue;
    const alone = g.parts.length === 1;
    if (alone && !HEADS_ALONE.has(g.parts[0])) continue;
    const longer = (byTail.get(keyOf(g.parts)) ?? []).filter((b) => !alone || [...g.docs].some((d) => b.docs.has(d)));
    const roots = new Set(longer.map((b) => find(b.id)));
    roots.delete(find(g.id));
    if (roots.size === 1) union([...roots][0], g.id);
  }
}

/**
 * "Brightwater" in an article that names "Brightwater Live Entertainment": the one body of the
 * article whose name opens with the word, unless the library writes the word as a place. A word
 * nothing marks as a person or a place ("insurers Calloway have refused") may also be the one
 * body of the library that opens with it, when no one of the library bears it as a name.
 */
function firstWordInArticle(live: Group[], bodies: Group[], placeWords: Set<string>, isPlace: (g: Group) => boolean, union: Union, find: Find): void {
  const byFirst = new Map<string, Group[]>();
  for (const b of bodies) pushTo(byFirst, b.parts[0], b);
  const personWords = new Set<string>();
  for (const g of live) if (g.parts.length > 1 && dominantKind(g.votes) === 'person') for (const p of g.parts) personWords.add(p);
  for (const g of live) {
    if (g.parts.length !== 1 || g.mentions.length === 0 || placeWords.has(g.parts[0]) || isPlace(g)) continue;
    const kind = dominantKind(g.votes);
    if (kind === 'place' || kind === 'person') continue;
    const opening = byFirst.get(g.parts[0]) ?? [];
    const inArticle = opening.filter((b) => [...g.docs].some((d) => b.docs.has(d)));
    const roots = new Set(inArticle.map((b) => find(b.id)));
    if (roots.size === 1) union([...roots][0], g.id);
    else if (roots.size === 0 && kind === 'other' && !personWords.has(g.parts[0])) {
      const anywhere = new Set(opening.map((b) => find(b.id)));
      if (anywhere.size === 1) union([...anywhere][0], g.id);
    }
  }
}

/** Longest last word read as an abbreviation, and how many letters the full word must add. */
const ABBREVIATION_MAX = 4;
const ABBREVIATION_ADDS = 3;

/**
 * "Caldmoor Re" / "Caldmoor Reinsurance", "Arden Corp" / "Arden Corporation": a short last word
 * that begins the other name's last word abbreviates it, when the words before are the same and
 * exactly one body of the library lengthens it so. A body may also lose a word or two before it
 * ("Ostmere Air" / "Ostmere Regional Airways"). Never people: "Wei Li" and "Wei Liang" are two.
 */
function abbreviatedLastWords(live: Group[], union: Union, find: Find): void {
  const byHead = new Map<string, Group[]>();
  const shorts: Group[] = [];
  for (const g of live) {
    const n = g.parts.length;
    const kind = dominantKind(g.votes);
    if (n < 2 || kind === 'person') continue;
    if (g.parts[n - 1].length <= ABBREVIATION_MAX) shorts.push(g);
    pushTo(byHead, keyOf(g.parts.slice(0, -1)), g);
    if (kind !== 'organisation') continue;
    for (let skip = 1; skip <= MIDDLE_WORDS_MAX && n - 1 - skip >= 1; skip++) {
      if (NAME_CONNECTORS.has(g.parts[n - 1 - skip])) break;
      pushTo(byHead, keyOf(g.parts.slice(0, n - 1 - skip)), g);
    }
  }
  for (const short of shorts) {
    const word = short.parts[short.parts.length - 1];
    const roots = new Set<number>();
    for (const long of byHead.get(keyOf(short.parts.slice(0, -1)))!) {
      const full = long.parts[long.parts.length - 1];
      if (full.length >= word.length + ABBREVIATION_ADDS && full.startsWith(word)) roots.add(find(long.id));
    }
    if (roots.size === 1) union([...roots][0], short.id);
  }
}
