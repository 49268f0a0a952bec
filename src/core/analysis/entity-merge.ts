/**
 * Merging the article-level groups across the library, by a union-find the caller owns: the same
 * name, transliterated spellings, "X" and "X of Y", a lone surname or first name to the one full
 * name elsewhere, acronyms, and short forms of clubs and companies. Then a name of no known kind
 * takes the kind of the names it is listed with (voteByCoordination), which needs the merged sets.
 */

import type { EntityKind } from '../types.ts';
import { stemmer } from 'stemmer';
import { compatibleFirstNames, foldSounds, sameNameSpelling, SpellingIndex, spellingSkeleton, type SpellingIndexOptions } from './fuzzy.ts';
import { NAME_CONNECTORS, NAMED_EVENT_TYPES, ORG_DESIGNATORS, ORG_SUFFIXES, PLACE_WORDS, PRESS_DESIGNATORS } from './lexicon.ts';
import type { Doc, Sentence } from './model.ts';
import { fold } from './tokens.ts';
import { addVotes, byGender, dominantKind, emptyVotes, genderOf, isTitled, keyOf, sumVotes, type Group, type Mention } from './entity-types.ts';
import { fullSurname, placedInArticle, samePersonName } from './entity-groups.ts';
import { bodyShortForms } from './entity-short-forms.ts';
import { familyStem, genderedSurnameForms } from './surname-forms.ts';
import { pushTo } from './multimap.ts';

/** Place votes over a library that make a word a town rather than a short form of a body. */
const TOWN_VOTES = 3;

/** Marks the key of a courtesy-titled surname kept apart from the place it also names. */
const TITLED_APART = '#titled';

export function mergeAcrossArticles(groups: Group[], union: (a: number, b: number) => void, find: (i: number) => number): void {
  const live = groups.filter((g) => g.mentions.length > 0);
  // Exact same name in two articles.
  const byKey = new Map<string, Group>();
  // "said Ms Kelloway" in one report, "from Kelloway" in others: a courtesy-titled surname is
  // a person's, apart from the town the other reports write the word as (as within one article).
  // So is one written only after an office ("Supt Vellmar") that the article takes for a person
  // (not "former Corvane mayor", where the word before the town is an office's modifier).
  const titledOnly = (g: Group): boolean => g.parts.length === 1 && g.mentions.every((m) => m.titleGender || (m.titled && g.votes.person > g.votes.place));
  const placeKeys = new Set(live.filter((g) => g.parts.length === 1 && !titledOnly(g) && g.votes.place > g.votes.person).map((g) => keyOf(g.parts)));
  for (const g of live) {
    const own = keyOf(g.parts);
    for (const k of [titledOnly(g) && placeKeys.has(own) ? own + TITLED_APART : own, ...(g.alsoKnownAs ?? []), ...spacedAlike(g)]) {
      const seen = byKey.get(k);
      if (seen) union(seen.id, g.id);
      else byKey.set(k, g);
    }
  }
  joinClosedCompounds(live, union);
  clippedBlends(live, union);
  // Persons' names (up to three words) by surname, and one-word names, through a spelling index:
  // only names that may be spelled alike are compared, so this grows with the number of names.
  const isPersonish = (g: Group): boolean => {
    const k = dominantKind(g.votes);
    return k !== 'organisation' && k !== 'place';
  };
  const order = new Map(live.map((g, i) => [g, i]));
  const compareIndexed = (all: Group[], word: (g: Group) => string, same: (a: Group, b: Group) => boolean, options: SpellingIndexOptions = {}): void => {
    // Groups of one name are already one set (byKey above), and `same` reads only the words:
    // one group per distinct name stands for every article that uses it, so a name a large
    // library repeats in fifty articles is compared once, not fifty times with each partner.
    const distinct = new Set<string>();
    const items = all.filter((g) => {
      const k = keyOf(g.parts);
      if (distinct.has(k)) return false;
      distinct.add(k);
      return true;
    });
    const index = new SpellingIndex<Group>(options);
    for (const g of items) index.add(word(g), g);
    for (const a of items) {
      for (const b of index.candidates(word(a))) if (order.get(b)! > order.get(a)! && same(a, b)) union(a.id, b.id);
    }
  };
  const surname = (g: Group): string => g.parts[g.parts.length - 1];
  const persons = live.filter((g) => g.parts.length > 1 && g.parts.length <= 3 && isPersonish(g));
  // A one-letter slip in a surname also makes the same person (samePersonName).
  compareIndexed(persons, (g) => fullSurname(g.parts), (a, b) => samePersonName(a.parts, b.parts), { slips: true });
  // "Ilona Sedlakova" / "Ilona Sedlak": a surname's feminine and plain forms under one first name.
  const byFirstAndStem = new Map<string, Group[]>();
  for (const g of persons) {
    const key = `${g.parts[0]} ${familyStem(surname(g))}`;
    const same = byFirstAndStem.get(key);
    if (!same) byFirstAndStem.set(key, [g]);
    else {
      for (const o of same) if (genderedSurnameForms(surname(o), surname(g))) union(o.id, g.id);
      same.push(g);
    }
  }
  compareIndexed(live.filter((g) => g.parts.length === 1), (g) => g.parts[0], (a, b) => sameNameSpelling(a.parts[0], b.parts[0]));
  surnameInitialNames(persons, union, find);
  // Other names of several words (organisations, places, long names) against every name of
  // several words with the same first and last initials (a spelling match keeps both).
  const personSet = new Set(persons);
  // Each distinct name once per block (the same name is one set already, by byKey above),
  // marked if any group of it is not a person's: a library of many stories repeats its names
  // in every report, and a story whose names share initials fills one block.
  const blocks = new Map<string, Map<string, { g: Group; other: boolean }>>();
  for (const g of live) {
    if (g.parts.length < 2) continue;
    const b = `${g.parts[0][0] ?? ''}${surname(g)[0] ?? ''}`;
    const names = blocks.get(b) ?? blocks.set(b, new Map()).get(b)!;
    const k = keyOf(g.parts);
    const seen = names.get(k);
    if (!seen) names.set(k, { g, other: !personSet.has(g) });
    else if (!personSet.has(g)) seen.other = true;
  }
  // Two persons' names were compared by surname above.
  for (const names of blocks.values()) {
    const list = [...names];
    for (let i = 0; i < list.length; i++) {
      const [ka, a] = list[i];
      for (let j = i + 1; j < list.length; j++) {
        const [kb, b] = list[j];
        if ((a.other || b.other) && sameNameSpelling(ka, kb)) union(a.g.id, b.g.id);
      }
    }
  }
  // "United States" / "United States of America": the words before "of" name the same thing.
  // Looked up exactly, as the last initials differ.
  const multiWord = new Map<string, Group[]>();
  for (const g of live) if (g.parts.length >= 2) {
    const k = keyOf(g.parts);
    if (!multiWord.has(k)) multiWord.set(k, []);
    multiWord.get(k)!.push(g);
  }
  for (const long of live) {
    const prefix = ofPrefix(long);
    if (!prefix) continue;
    for (const short of multiWord.get(prefix) ?? []) if (!(isPersonish(short) && isPersonish(long))) union(short.id, long.id);
  }
  // "Exercise Iron Petrel" / "Iron Petrel", "Operation Dawn Watch" / "Dawn Watch": an event's
  // name without the word for its kind.
  for (const g of live) {
    if (g.parts.length < 3 || !NAMED_EVENT_TYPES.has(g.parts[0])) continue;
    for (const other of multiWord.get(keyOf(g.parts.slice(1))) ?? []) union(other.id, g.id);
  }
  // "Tour of Dravik" / "Dravik Tour", "University of Kessock" / "Kessock University": a head and
  // what it is of, in either order.
  for (const g of live) {
    const inverted = ofInverted(g);
    if (inverted) for (const other of multiWord.get(inverted) ?? []) union(other.id, g.id);
  }
  // A lone surname in an article without the full name: the one full name elsewhere that ends with it.
  const fullByRoot = (): Map<number, Group[]> => {
    const m = new Map<number, Group[]>();
    for (const g of live) if (g.parts.length > 1) {
      const r = find(g.id);
      if (!m.has(r)) m.set(r, []);
      m.get(r)!.push(g);
    }
    return m;
  };
  const full = fullByRoot();
  const bySurname = new SpellingIndex<Group>();
  const rootOf = new Map<Group, number>(); // roots as they were before lone names join them
  for (const [r, fs] of full) for (const f of fs) {
    // ("Gulf of Qadira" ends with what it is of, a place of its own, not a surname; a state's
    // formal name is the state: "the Republic of Marren" is "Marren".)
    if (!ofOtherThing(f)) bySurname.add(surname(f), f);
    rootOf.set(f, r);
  }
  // One-word names that anywhere read as a place or a body ("in Harlund"): not a first name.
  const placeOrBody = new Set(live.filter((g) => g.parts.length === 1 && g.votes.place + g.votes.organisation > 0).map((g) => g.parts[0]));
  // Persons' full names by first name, for a first name used alone in another article.
  // Whether a full name is a person's is read from all its articles: one report may set it
  // where only a body would stand ("the club stands behind Radimir Kvessel").
  const firstNamed = new Map<string, Group[]>();
  for (const fs of full.values()) {
    const k = dominantKind(sumVotes(fs));
    if (k === 'organisation' || k === 'place') continue;
    for (const f of fs) if (f.parts.length <= 3) pushTo(firstNamed, f.parts[0], f);
  }
  // Roots by the initials of their full names, for acronyms (one lookup instead of a scan per acronym).
  const rootsByInitials = new Map<string, Set<number>>();
  for (const [r, fs] of full) for (const f of fs) {
    const key = initials(f.parts);
    if (!rootsByInitials.has(key)) rootsByInitials.set(key, new Set());
    rootsByInitials.get(key)!.add(r);
  }
  const placedRoots = new Set(live.filter((g) => g.parts.length === 1 && placedByPreposition(g)).map((g) => find(g.id)));
  // A one-word name's votes summed over every article that writes it.
  const libraryVotes = new Map<string, Record<EntityKind, number>>();
  // (Not a courtesy-titled surname kept apart from a place: it is a person's, not the word's.)
  const keptApart = (g: Group): boolean => titledOnly(g) && placeKeys.has(keyOf(g.parts));
  for (const g of live) if (g.parts.length === 1 && !keptApart(g)) addVotes(libraryVotes.get(g.parts[0]) ?? libraryVotes.set(g.parts[0], emptyVotes()).get(g.parts[0])!, g.votes);
  placeEndings(libraryVotes, byKey, union);
  // The full names a lone word may be the surname of depend on the word alone: a library of
  // many reports writes each surname alone in many of them.
  const surnameRootsByWord = new Map<string, number[]>();
  const surnameRoots = (word: string, placeVoted: boolean): number[] => {
    const key = placeVoted ? `${word}#place` : word;
    let found = surnameRootsByWord.get(key);
    if (found) return found;
    found = [];
    for (const f of bySurname.candidates(word)) {
      const kind = dominantKind(f.votes);
      // (A word read as a place is only a place's short form: not a name no report calls a place.)
      if (sameNameSpelling(surname(f), word) && kind !== 'organisation' && !(placeVoted && (kind === 'person' || kind === 'other'))) found.push(rootOf.get(f)!);
    }
    surnameRootsByWord.set(key, found);
    return found;
  };
  // Bodies and places by the first word of their names, per article: "the uncounted Hartsell
  // ballot box" in a report that names the "Hartsell Community Centre" polling station is the
  // centre's, or no one's, not the surname of its deputy officer Ruth Hartsell. (It may still
  // end a place's name: "the Velka gorge" beside "Velka Quarry Bridge" is the "River Velka".)
  const bodyOpeners = new Set<string>();
  for (const g of live) if (g.parts.length > 1 && !isPersonish(g)) for (const d of g.docs) bodyOpeners.add(`${d}|${g.parts[0]}`);
  const opensBodyOfItsArticle = (g: Group): boolean => g.votes.person === 0 && [...g.docs].some((d) => bodyOpeners.has(`${d}|${g.parts[0]}`));
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    const word = g.parts[0];
    const roots = new Set<number>();
    // "in Tirnovo", where another report names the club "Lokomotiv Tirnovo": a word written as a
    // place (in any of its spellings) is the town, not anyone's surname.
    // Nor is a word read as a place by a full vote and as a person by none ("For Rendall, where
    // the steelworks employs 3,400 people"), though it may be a place's short form ("the Skelde").
    // The votes are the library's: "at Morvaan" in one report makes "the Morvaan substation" in
    // another a place's name too, not the surname of a councillor a third report names.
    const votes = libraryVotes.get(word) ?? emptyVotes();
    // (A courtesy-titled surname kept apart from the town of that name is a person's, whatever the town's votes.)
    const placeVoted = !keptApart(g) && votes.place >= 1 && votes.person === 0;
    const bodyWord = opensBodyOfItsArticle(g);
    if (!placedRoots.has(find(g.id))) for (const r of surnameRoots(word, placeVoted)) if (!bodyWord || dominantKind(sumVotes(full.get(r) ?? [])) !== 'person') roots.add(r);
    // Several people of that surname: "Ms Brenko" is the one woman among them; a titled
    // surname ("Rail chief Voronin") the one who holds an office; failing both, the one the other
    // reports call by the surname alone ("Kvessel said"), not a relative they always name in
    // full ("his brother Anton Kvessel").
    let fit = [...roots];
    if (fit.length > 1) fit = byGender(fit, genderOf(g.mentions), (r) => genderOf((full.get(r) ?? []).flatMap((f) => f.mentions)));
    if (fit.length > 1 && isTitled(g)) fit = fit.filter((r) => (full.get(r) ?? []).some(isTitled));
    if (fit.length > 1) fit = fit.filter((r) => (full.get(r) ?? []).some((f) => f.mentions.some((m) => m.parts.length === 1 && sameNameSpelling(m.parts[0], surname(f)))));
    if (fit.length === 1) union(fit[0], g.id);
    // No one's surname: a first name alone ("her sister Corinne") is the one person of the
    // library with that first name, if there is only one.
    if (roots.size === 0 && !placeOrBody.has(word)) {
      const named = new Set<number>();
      for (const f of firstNamed.get(word) ?? []) named.add(rootOf.get(f)!);
      if (named.size === 1) union([...named][0], g.id);
    }
    // Acronyms: "WHO" / "World Health Organization", "U.S." / "United States".
    const acr = acronymOf(g);
    if (acr) {
      const hits = rootsByInitials.get(acr);
      if (hits?.size === 1) union([...hits][0], g.id);
    }
  }
  // A short form of a club or company: "Northam" for "Northam United", "Bexley" for "Bexley FC",
  // "Marrowby" for "Marrowby Dairies", when exactly one such name in the library reduces to the
  // word and the word is not a place; and sports writing's other short form, the designator
  // itself: "United" for "Northam United" when no other name in the library ends in "United".
  const core = new Map<string, Set<number>>();
  const pressNamed = new Set<string>();
  const add = (word: string, g: Group): void => {
    if (!core.has(word)) core.set(word, new Set());
    core.get(word)!.add(find(g.id));
  };
  // Word forms of one name: "Social Democrats" / "Social Democratic Party" (their words'
  // stems, without the designator, are the same).
  const byStems = new Map<string, Set<number>>();
  for (const g of live) {
    if (g.parts.length < 2) continue;
    const rest = g.parts.filter((p) => !ORG_DESIGNATORS.has(p));
    if (rest.length >= 2 && dominantKind(g.votes) !== 'person') {
      const key = rest.map((p) => stemmer(p)).join(' ');
      if (!byStems.has(key)) byStems.set(key, new Set());
      byStems.get(key)!.add(find(g.id));
    }
    if (rest.length !== 1 || rest.length === g.parts.length) continue;
    add(rest[0], g);
    if (PRESS_DESIGNATORS.has(g.parts[g.parts.length - 1])) pressNamed.add(rest[0]);
    const designator = g.parts[g.parts.length - 1];
    if (ORG_DESIGNATORS.has(designator)) add(designator, g);
  }
  const placeWords = new Set<string>();
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    if (g.votes.place > 0 || placedByPreposition(g)) placeWords.add(g.parts[0]);
  }
  for (const roots of byStems.values()) {
    const [head, ...others] = [...roots];
    for (const r of others) union(head, r);
  }
  // "Corran Rovers FC" / "Corran Rovers": one body with and without its last designator (not
  // "Halvik United" / "Halvik Rovers", whose names differ by more than a designator).
  // So is an institution without its head word ("Hartwell Memorial Hospital" / "Hartwell
  // Memorial"), unless the shorter name is the place it serves ("Pellan City Council" / "Pellan City").
  for (const g of live) {
    const last = g.parts[g.parts.length - 1];
    if (g.parts.length < 3 || !(ORG_DESIGNATORS.has(last) || ORG_SUFFIXES.has(last))) continue;
    const shorter = byKey.get(keyOf(g.parts.slice(0, -1)));
    const kind = shorter && dominantKind(shorter.votes);
    // ("At Hallenby Primary" reads as a place, but none of its words is one for a place ("New",
    // "City"), and nothing places it "in" the way a town is.)
    if (!shorter || kind === 'person') continue;
    // ("Varnholm University Hospital" / "Varnholm University": a seat of learning's name before
    // another head names a body of its own, its teaching hospital, its press, its students' union.)
    if (ORG_SUFFIXES.has(last) && !ORG_DESIGNATORS.has(last) && LEARNING.has(shorter.parts[shorter.parts.length - 1])) continue;
    const town = kind === 'place' && (shorter.parts.some((p) => PLACE_WORDS.has(p)) || placedByPreposition(shorter));
    if (ORG_DESIGNATORS.has(last) || !town) union(g.id, shorter.id);
  }
  // Bodies by the first word of their names ("Halvard" of "Halvard Orbital Systems"), which a
  // short form may also mean, and how often the library names each.
  const leading = new Map<string, Group[]>();
  for (const g of live) {
    if (g.parts.length >= 2 && dominantKind(g.votes) === 'organisation' && !ORG_DESIGNATORS.has(g.parts[0])) pushTo(leading, g.parts[0], g);
  }
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    if (placedByPreposition(g)) continue;
    // Nor a word the library's reports read as a place far more than as anything else: the town
    // "Brackmoor" (its dateline, "outside Brackmoor") is not "Brackmoor Athletic".
    const wordVotes = libraryVotes.get(g.parts[0]);
    if (wordVotes && wordVotes.place >= TOWN_VOTES && wordVotes.place > 2 * (wordVotes.organisation + wordVotes.person)) continue;
    // Papers are named after their towns: "Saltmere" is the town anywhere the library places it.
    if (pressNamed.has(g.parts[0]) && placeWords.has(g.parts[0])) continue;
    const core1 = core.get(g.parts[0]);
    if (!core1) continue;
    // "Halvard" when the library names both "Halvard Ferries" and "Halvard Orbital Systems": the
    // body the story is about, named far more often than the other, or neither.
    const roots = [...new Set([...core1, ...(leading.get(g.parts[0]) ?? []).map((o) => o.id)].map(find))];
    if (roots.length === 1) {
      union(roots[0], g.id);
      continue;
    }
    // Counted now, as earlier unions may have changed the sets (rare: a word two bodies share).
    const mentions = (r: number): number => live.reduce((n, o) => (find(o.id) === r ? n + o.mentions.length : n), 0);
    const [top, next] = roots.map((r) => ({ r, n: mentions(r) })).sort((x, y) => y.n - x.n);
    if (top.n >= DOMINANT_BODY * next.n) union(top.r, g.id);
  }
  bodyShortForms(live, placeWords, union, find);
  shortInstitutionNames(live, placeWords, union, find);
  reorderedNames(live, union);
  remitFirstNames(live, union, find);
}

/** Seats of learning, whose names head other bodies' ("X University Hospital", "X College Union"). */
const LEARNING = new Set(['university', 'college', 'school', 'academy', 'institute', 'polytechnic', 'seminary']);

/** How many times more often the library must name one body than another for a shared first word to mean it. */
const DOMINANT_BODY = 3;

/** Letters a local spelling of a place may add to the anglicised one: "Skarnadalur" / "Skarnadal". */
const PLACE_ENDING = 2;
/** The shorter spelling must still be a long word: "Orm" / "Ormur" are too short to tell. */
const PLACE_STEM = 6;

/**
 * A one-word place and the same word with a short ending more ("Skarnadal" / "Skarnadalur",
 * a local spelling with its case ending) are one place, when the library reads the shorter as a
 * place and the longer as no person or body (a local spelling is often given bare).
 */
function placeEndings(libraryVotes: Map<string, Record<EntityKind, number>>, byKey: Map<string, Group>, union: (a: number, b: number) => void): void {
  for (const [word, votes] of libraryVotes) {
    if (votes.person + votes.organisation > 0) continue;
    for (let k = 1; k <= PLACE_ENDING && word.length - k >= PLACE_STEM; k++) {
      const shorter = word.slice(0, -k);
      const shorterVotes = libraryVotes.get(shorter);
      if (shorterVotes && dominantKind(shorterVotes) === 'place') union(byKey.get(shorter)!.id, byKey.get(word)!.id);
    }
  }
}

/**
 * "Teddy K" for Teodor Kavrelis: a first name (or its pet form) and the surname's initial are the
 * one person whose names fit, when exactly one does.
 */
function surnameInitialNames(persons: Group[], union: (a: number, b: number) => void, find: (i: number) => number): void {
  const initialed = persons.filter((g) => g.parts.length === 2 && g.parts[1].length === 1 && g.parts[0].length >= 3);
  if (initialed.length === 0) return;
  const full = persons.filter((g) => g.parts[g.parts.length - 1].length > 1);
  for (const g of initialed) {
    const fits = new Set(full.filter((f) => f.parts[f.parts.length - 1][0] === g.parts[1] && compatibleFirstNames(g.parts[0], f.parts[0])).map((f) => find(f.id)));
    if (fits.size === 1) union([...fits][0], g.id);
  }
}

/**
 * A body named by its remit before or after its head: "Transport Ministry" is the "Ministry of
 * Infrastructure and Transport", "Justice Department" the "Department of Justice", when exactly
 * one such "head of ..." body of the library lists every word of the short name's remit.
 */
function remitFirstNames(live: Group[], union: (a: number, b: number) => void, find: (i: number) => number): void {
  const remitOf = (parts: string[]): string[] => parts.map((p) => stemmer(p));
  const longForms = new Map<string, Array<{ remit: Set<string>; root: number }>>();
  for (const g of live) {
    const surface = g.mentions[0]?.surface.split(/\s+/) ?? [];
    const head = g.parts[0];
    if (g.parts.length < 2 || !ORG_SUFFIXES.has(head) || surface[1] !== 'of' || dominantKind(g.votes) === 'person') continue;
    pushTo(longForms, head, { remit: new Set(remitOf(g.parts.slice(1))), root: find(g.id) });
  }
  if (longForms.size === 0) return;
  for (const g of live) {
    const head = g.parts[g.parts.length - 1];
    const forms = longForms.get(head);
    if (!forms || g.parts.length < 2 || dominantKind(g.votes) === 'person') continue;
    const remit = remitOf(g.parts.slice(0, -1));
    const roots = new Set(forms.filter((f) => remit.every((w) => f.remit.has(w))).map((f) => f.root));
    if (roots.size === 1) union([...roots][0], g.id);
  }
}

/**
 * A two-word name of a club or body written in the other order, each word in its own
 * spelling: "Tyrnovo Lokomotiv" / "Lokomotiv Tirnovo". People's names are left alone: "Li Wei"
 * and "Wei Li" may be two people.
 */
function reorderedNames(live: Group[], union: (a: number, b: number) => void): void {
  const byKey = new Map<string, Group[]>();
  for (const g of live) {
    if (g.parts.length !== 2 || dominantKind(g.votes) === 'person') continue;
    const key = g.parts.map((p) => spellingSkeleton(foldSounds(p))).sort().join(' ');
    pushTo(byKey, key, g);
  }
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i].parts, list[j].parts];
        if (sameNameSpelling(a[0], b[1]) && sameNameSpelling(a[1], b[0]) && !sameNameSpelling(a[0], b[0])) union(list[i].id, list[j].id);
      }
    }
  }
}

const DEMONYM_ENDINGS = /(?:ian|an|ese|ish|i)$/;

/**
 * Short forms of an institution's name: without the country's adjective ("the Football Union"
 * for "the Sarnovian Football Union", when the library names Sarnovia), and its head alone
 * ("the Union said", "the Authority") when exactly one institution of the library ends so.
 */
function shortInstitutionNames(live: Group[], placeWords: Set<string>, union: (a: number, b: number) => void, find: (i: number) => number): void {
  const isBody = (g: Group): boolean => ORG_SUFFIXES.has(g.parts[g.parts.length - 1]) && dominantKind(g.votes) !== 'person';
  const byKey = new Map<string, Group[]>();
  for (const g of live) if (g.parts.length >= 2 && isBody(g)) pushTo(byKey, keyOf(g.parts), g);
  const places = [...placeWords];
  const demonym = (w: string): boolean => DEMONYM_ENDINGS.test(w) && places.some((p) => p.length >= 4 && w.startsWith(p.slice(0, -1)) && w.length - p.length <= 3);
  for (const g of live) {
    if (g.parts.length < 3 || !isBody(g) || !demonym(g.parts[0])) continue;
    for (const short of byKey.get(keyOf(g.parts.slice(1))) ?? []) union(g.id, short.id);
  }
  const byHead = new Map<string, Set<number>>();
  for (const g of live) {
    if (g.parts.length < 2 || !isBody(g)) continue;
    const head = g.parts[g.parts.length - 1];
    (byHead.get(head) ?? byHead.set(head, new Set()).get(head)!).add(find(g.id));
  }
  for (const g of live) {
    if (g.parts.length !== 1 || placeWords.has(g.parts[0])) continue;
    const roots = byHead.get(g.parts[0]);
    if (roots && roots.size === 1) union([...roots][0], g.id);
  }
}

/** "in Northam", "near Northam": the word names a place of its own ("at" also comes before employers: "works at X"). */
const placedByPreposition = placedInArticle;

/**
 * The name before a lower-case "of" in a name of several words ("united states" in "United
 * States of America"), keyed as parts are; null without one, or with a one-word head ("Bank of
 * X" is not "Bank").
 */
function ofPrefix(g: Group): string | null {
  for (const m of g.mentions) {
    const words = m.surface.split(/\s+/);
    const of = words.indexOf('of');
    if (of >= 2) return keyOf(words.slice(0, of).map((w) => fold(w).replace(/\.$/, '')));
  }
  return null;
}

/** Heads of a state's formal name, which is the state's own name: "the Republic of Marren", "the United States of America". */
const POLITIES = new Set(['republic', 'states', 'kingdom', 'commonwealth', 'principality', 'sultanate', 'emirate', 'duchy']);

/** "Gulf of Qadira", "Bank of Kessock": a head and the other thing it is named of. */
function ofOtherThing(g: Group): boolean {
  return g.mentions.some((m) => {
    const words = m.surface.split(/\s+/);
    const of = words.indexOf('of');
    return of >= 1 && of < words.length - 1 && !POLITIES.has(fold(words[of - 1]));
  });
}

/** The key of "Head of Place" written "Place Head", or null. */
function ofInverted(g: Group): string | null {
  for (const m of g.mentions) {
    const words = m.surface.split(/\s+/);
    if (words.length >= 3 && words[1] === 'of' && !words.slice(2).includes('of')) {
      const parts = words.map((w) => fold(w).replace(/\.$/, ''));
      return keyOf([...parts.slice(2), parts[0]]);
    }
  }
  return null;
}

/**
 * A name written as one word with its capitals kept ("TallowPay") is the two- or three-word name
 * another report spaces ("Tallow Pay"): the capitals inside the word mark where the words meet.
 */
function joinClosedCompounds(live: Group[], union: (a: number, b: number) => void): void {
  const spaced = new Map<string, Group>();
  for (const g of live) if (g.parts.length >= 2 && g.parts.length <= 3) spaced.set(g.parts.join(''), g);
  if (spaced.size === 0) return;
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    const surface = g.mentions[0].surface;
    if (!/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+){1,2}$/u.test(surface)) continue;
    const other = spaced.get(g.parts[0]);
    if (other && other.parts.length === surface.split(/(?=\p{Lu})/u).length) union(other.id, g.id);
  }
}

/** Shortest clipped start of a name's first word in a blend ("Grey" of "Greywater"), and of its last ("fest"). */
const BLEND_HEAD = 4;
const BLEND_TAIL = 3;

/**
 * A one-word nickname clipped from a name's first and last words ("Greyfest" for the "Greywater
 * Festival"), as tabloids and fans shorten events, venues and bodies: the start of the first word
 * and the start of the last, both cut short ("Brenmarket" keeps the whole of "market": a name of
 * its own, not the "Brennick Covered Market"). Not people's names, whose blends ("Brangelina")
 * join two people.
 */
function clippedBlends(live: Group[], union: (a: number, b: number) => void): void {
  const byHead = new Map<string, Group[]>();
  for (const g of live) {
    if (g.parts.length < 2 || g.parts.length > 3 || dominantKind(g.votes) === 'person' || g.parts[0].length < BLEND_HEAD) continue;
    const key = g.parts[0].slice(0, BLEND_HEAD);
    const list = byHead.get(key);
    if (list) list.push(g);
    else byHead.set(key, [g]);
  }
  if (byHead.size === 0) return;
  for (const g of live) {
    if (g.parts.length !== 1 || dominantKind(g.votes) === 'person' || dominantKind(g.votes) === 'place') continue;
    const word = g.parts[0];
    if (!/^\p{Lu}\p{Ll}+$/u.test(g.mentions[0].surface) || word.length < BLEND_HEAD + BLEND_TAIL) continue;
    for (const h of byHead.get(word.slice(0, BLEND_HEAD)) ?? []) {
      const [first, last] = [h.parts[0], h.parts[h.parts.length - 1]];
      for (let i = BLEND_HEAD; i <= Math.min(first.length, word.length - BLEND_TAIL); i++) {
        const tail = word.slice(i);
        if (first.startsWith(word.slice(0, i)) && last.startsWith(tail) && i < first.length && tail.length < last.length) {
          union(h.id, g.id);
          break;
        }
      }
    }
  }
}

/**
 * A name of several words keyed by its letters alone: "Piers Vantongeren", "Piers Van
 * Tongeren" and "Piers van Tongeren" are one name spaced three ways. (Names of one word join
 * their spaced forms in joinClosedCompounds, where the capitals must show the seams.)
 */
function spacedAlike(g: Group): string[] {
  const keys = new Set<string>();
  for (const m of g.mentions) if (m.parts.length > 1 && m.parts.length === g.parts.length) keys.add(SPACED_ALIKE + fold(m.surface).replace(/[^\p{L}\p{N}]/gu, ''));
  return [...keys];
}
const SPACED_ALIKE = 'letters:';

function initials(parts: string[]): string {
  // "Anti-Doping" gives two letters: MADA is the "Marvenian Anti-Doping Agency".
  return parts.filter((p) => !NAME_CONNECTORS.has(p)).flatMap((p) => p.split('-')).map((p) => p[0] ?? '').join('');
}

function acronymOf(g: Group): string | null {
  const surface = g.mentions[0]?.surface ?? '';
  if (g.parts.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(surface)) return surface.replace(/\./g, '').toLowerCase();
  return null;
}

/**
 * Names listed together are of one kind ("Russia, China, the United States and France"): a name
 * with no evidence of its own kind takes the kind of the others in its list, when at least two
 * of them agree and none disagrees. The vote goes to one group of the name's merged set.
 */
export function voteByCoordination(docs: Doc[], groups: Group[], find: (i: number) => number): void {
  const totals = new Map<number, Record<EntityKind, number>>();
  const mentionsBySentence = new Map<Sentence, Array<{ m: Mention; root: number }>>();
  groups.forEach((g, i) => {
    if (g.mentions.length === 0) return;
    const r = find(i);
    if (!totals.has(r)) totals.set(r, emptyVotes());
    addVotes(totals.get(r)!, g.votes);
    for (const m of g.mentions) {
      const s = docs[m.doc].sentences[m.sentence];
      if (!mentionsBySentence.has(s)) mentionsBySentence.set(s, []);
      mentionsBySentence.get(s)!.push({ m, root: r });
    }
  });
  const own = (r: number): EntityKind => dominantKind(totals.get(r)!);
  const extra = new Map<number, Record<EntityKind, number>>();
  for (const [s, list] of mentionsBySentence) {
    if (list.length < 3) continue;
    list.sort((x, y) => x.m.first - y.m.first);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && coordinated(s, list[i - 1].m, list[i].m)) continue;
      const members = list.slice(start, i);
      start = i;
      if (members.length < 3) continue;
      for (const { root } of members) {
        if (own(root) !== 'other') continue;
        const known = members.filter((x) => x.root !== root).map((x) => own(x.root)).filter((k) => k !== 'other');
        const kind = known[0];
        if (known.length < 2 || known.some((k) => k !== kind)) continue;
        if (!extra.has(root)) extra.set(root, emptyVotes());
        extra.get(root)![kind] += 0.5;
      }
    }
  }
  for (const [root, votes] of extra) addVotes(groups[root].votes, votes);
}

/** Two names joined only by a comma or "and"/"or" (and maybe "the"): items of one list. */
function coordinated(s: Sentence, x: Mention, y: Mention): boolean {
  const text = s.text;
  const gap = text.slice(s.tokens[x.last].end - s.range.start, s.tokens[y.first].start - s.range.start);
  return LIST_GAP.test(gap);
}
const LIST_GAP = /^(?:['’]s)?\s*(?:,\s*|(?:,\s*)?(?:and|or)\s+)(?:the\s+)?$/i;

