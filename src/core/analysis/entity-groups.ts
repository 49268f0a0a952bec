/**
 * Grouping the mentions of one article: the same name, then a surname alone or a first name
 * alone to the one full name of the article it belongs to, and a one-letter slip to the
 * article's frequent spelling. An article introduces its people, so these rules are safe here
 * that would be too loose across the library (entity-merge.ts).
 */

import { compatibleFirstNames, finalAOrO, oneEditApart, sameNameSpelling, SpellingIndex, swappedNeighbours } from './fuzzy.ts';
import { addVotes, byGender, emptyVotes, genderOf, isTitled, keyOf, type Group, type Mention } from './entity-types.ts';

export function groupWithinArticle(mentions: Mention[], groups: Group[]): void {
  const byKey = new Map<string, Group>();
  // "Mrs Brindlow said" in an article that also writes "in Brindlow": the courtesy title makes
  // that mention a person's surname, not the village's name, so it is grouped apart.
  const placedWords = new Set(mentions.filter((m) => m.placed && m.parts.length === 1).map((m) => keyOf(m.parts)));
  for (const m of mentions) {
    const key = keyOf(m.parts) + (m.titleGender && placedWords.has(keyOf(m.parts)) ? TITLED_APART : '');
    let g = byKey.get(key);
    if (!g) {
      g = { id: groups.length, mentions: [], parts: m.parts, votes: emptyVotes(), docs: new Set([m.doc]) };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    addVotes(g.votes, m.votes);
  }
  const absorbed = new Set<Group>();
  joinNamesGivenAsOne(mentions, byKey, absorbed);
  const local = [...byKey.values()].filter((g) => !absorbed.has(g));
  const multi = local.filter((g) => g.parts.length > 1);
  const bySurname = new SpellingIndex<Group>();
  for (const f of multi) bySurname.add(f.parts[f.parts.length - 1], f);
  // A surname alone resolves to the one full name in this article that ends with it.
  for (const g of local) {
    if (g.parts.length !== 1) continue;
    // "in Tirnovo" in an article about "Lokomotiv Tirnovo": a word the article writes as a
    // place is the town, not the club's (or anyone's) surname.
    // (Unless the article calls it a person more often: "Mr Herrel said", then "officials in
    // Herrel's party".)
    // A place's own short form is still the place: "Port Ardley" ... "a shelter in Ardley".
    const placed = placedInArticle(g);
    const word = g.parts[0];
    const alike = bySurname.candidates(word);
    const hits = multi.filter((f) => alike.has(f) && sameNameSpelling(f.parts[f.parts.length - 1], word) && f.votes.organisation <= f.votes.person + f.votes.place && (!placed || placedInArticle(f) || f.votes.place > f.votes.person + f.votes.organisation));
    if (placed && hits.length === 0) continue;
    let distinct = dedupeByLastName(hits);
    // "Rail chief Voronin" is not the "Greta Voronin, 52" of the same article who holds no
    // office: a titled surname goes to a titled full name, here or (failing that) in the library.
    if (isTitled(g) && !distinct.some(isTitled)) distinct = [];
    // Two people of one surname ("Oleksandr Brenko" and, later, "his brother Mykola Brenko"):
    // a surname alone means the one introduced before it was first used alone, as a reader takes it.
    if (distinct.length > 1) distinct = distinct.filter((f) => before(f.mentions[0], g.mentions[0]));
    // Used alone before the one full name is introduced ("“Rocket Rado” Kvesel was facing ...",
    // then "big brother Anton Kvessel"): someone the reader already knows, not the man introduced
    // later. Left to the library (mergeAcrossArticles), which knows who the surname means elsewhere.
    else if (distinct.length === 1 && !before(distinct[0].mentions[0], g.mentions[0])) continue;
    // Both before it ("Anna Brenko" and "Piotr Brenko"): "Ms Brenko" is the woman. Without a
    // courtesy title, the one named last, in a sentence of its own ("Hospital spokeswoman Ilse
    // Kessel said ...", then "her manager, Davor Kessel, said ...", then "Kessel said her family
    // had been informed": the manager, whatever "her" refers to).
    if (distinct.length > 1 && !g.mentions.some((m) => m.titleGender)) distinct = namedLast(distinct, g.mentions[0]);
    distinct = byGender(distinct, genderOf(g.mentions), (f) => genderOf(f.mentions));
    if (distinct.length === 1 && word.length >= 3) {
      absorb(distinct[0], g, absorbed);
      // A surname used alone is how news refers to people (not to "the United States of America").
      if (distinct[0].votes.place + distinct[0].votes.organisation === 0) distinct[0].votes.person += 1;
    }
  }
  // A surname with its particle ("Van Tongeren", "de la Cruz"), or a double-barrelled one
  // ("Talbot-Reyes"), is the one full name of the article that ends with it.
  for (const g of local) {
    if (absorbed.has(g) || g.parts.length < 2 || g.parts.length > 3 || !(SURNAME_PARTICLES.has(g.parts[0]) || hyphenJoined(g))) continue;
    const n = g.parts.length;
    const hits = dedupeByLastName(multi.filter((f) => f !== g && !absorbed.has(f) && f.parts.length > n && keyOf(f.parts.slice(-n)) === keyOf(g.parts)));
    if (hits.length === 1) absorb(hits[0], g, absorbed);
  }
  // A first name alone ("Corinne said", "It was Tomas who ended it") is the one person of the
  // article with that first name: features and celebrity news call people so. Two people who
  // share it ("Vladimir Putin", "Vladimir Zelensky") leave it alone.
  for (const g of local) {
    if (g.parts.length !== 1 || absorbed.has(g) || g.parts[0].length < 3) continue;
    if (g.votes.place + g.votes.organisation > g.votes.person) continue;
    const word = g.parts[0];
    const persons = dedupeByLastName(multi.filter((f) => !absorbed.has(f) && f.parts.length <= 3 && f.parts[0] === word && f.votes.person > f.votes.place + f.votes.organisation));
    if (persons.length === 1) absorb(persons[0], g, absorbed);
  }
  // Full names that are spellings of each other within one article ("Aleksei Grigoryev" / "Grigorev").
  // A one-letter slip ("Linwod" once, "Linwood" often) merges with the frequent name of the same article.
  const remaining = local.filter((g) => !absorbed.has(g) && g.parts.length === 1);
  for (const g of remaining) {
    if (g.mentions.length > 2 || g.parts[0].length < 4) continue;
    const w = g.parts[0];
    const candidates = local.filter((o) => o !== g && !absorbed.has(o) && o.mentions.length >= g.mentions.length + 1)
      .filter((o) => oneEditApart(o.parts[o.parts.length - 1], w) && o.parts[o.parts.length - 1][0] === w[0]);
    if (dedupeByLastName(candidates).length === 1) absorb(candidates[0], g, absorbed);
  }
  // A pet form of a name ("Kosty" for Aurel Kostadinoff, "Branny" for Aldric Brannvoll): its
  // first letters and -y, -ie or -o, where one person of the article has a name that starts so.
  for (const g of local) {
    if (g.parts.length !== 1 || absorbed.has(g) || g.votes.place + g.votes.organisation > 0 || placedInArticle(g)) continue;
    const stem = petStem(g.parts[0]);
    if (!stem) continue;
    const named = multi.filter((f) => !absorbed.has(f) && f.parts.length <= 3 && f.votes.organisation <= f.votes.person + f.votes.place && [f.parts[0], f.parts[f.parts.length - 1]].some((p) => p.startsWith(stem) && p.length >= stem.length + 2));
    const distinct = dedupeByLastName(named);
    if (distinct.length === 1) absorb(distinct[0], g, absorbed);
  }
  // A clipped first name ("Saff" for Saffron Quaile, "Matt" for Matthias Kohl): the start of
  // the first name of one person of the article, two letters or more short of it.
  for (const g of local) {
    if (g.parts.length !== 1 || absorbed.has(g) || g.votes.place + g.votes.organisation > 0 || placedInArticle(g)) continue;
    const clip = g.parts[0];
    if (clip.length < CLIP_MIN) continue;
    const named = multi.filter((f) => !absorbed.has(f) && f.parts.length <= 3 && f.votes.organisation <= f.votes.person + f.votes.place && f.parts[0].startsWith(clip) && f.parts[0].length >= clip.length + 2);
    const distinct = dedupeByLastName(named);
    if (distinct.length === 1) absorb(distinct[0], g, absorbed);
  }
  // Absorbed groups keep their object (ids are positional) but become empty.
  for (const g of absorbed) g.mentions = [];
}

/** Words that open a surname: "Van Tongeren", "de la Cruz", "von Arnim", "al-Rashid". */
const SURNAME_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'mac', 'mc', 'st', 'ter', 'ten']);

/** Marks the key of a courtesy-titled surname grouped apart from the place it also names. */
const TITLED_APART = '#mrs';

/** Fewest letters of a clipped first name: "Saff", "Matt" (not "Al" or "Jo", which may be anyone's). */
const CLIP_MIN = 3;

/** Every mention of the group writes its words joined by hyphens: "Talbot-Reyes". */
function hyphenJoined(g: Group): boolean {
  return g.mentions.every((m) => !/\s/.test(m.surface) && m.surface.includes('-'));
}

/** The name a pet form shortens: "kosty" -> "kost". At least four letters, so "Army" or "Tory" shorten nothing. */
function petStem(word: string): string | undefined {
  const m = /^([a-z]{4,})(?:ie|y|o)$/.exec(word);
  return m?.[1];
}

/**
 * A quoted nickname right before a person's name ("“Rocket Rado” Kvesel") joins that name's
 * group, with its later uses ("Rado's double"), and the name decides who they are; so does a
 * name given as another's ("whose real name is").
 */
function joinNamesGivenAsOne(mentions: Mention[], byKey: Map<string, Group>, absorbed: Set<Group>): void {
  for (const [n, m] of mentions.entries()) {
    // "Velour, whose real name is Liska Marenova": the stage name joins the full name.
    const back = m.namesBack ?? 1;
    if (m.alsoNamed && n >= back && mentions[n - back].sentence === m.sentence) {
      const [x, y] = [byKey.get(keyOf(mentions[n - back].parts))!, byKey.get(keyOf(m.parts))!];
      const [into, other] = m.alsoNamed === 'real' ? [y, x] : [x, y];
      if (into !== other && !absorbed.has(into) && !absorbed.has(other)) {
        absorb(into, other, absorbed);
        into.alsoKnownAs = [...(into.alsoKnownAs ?? []), keyOf(other.parts), ...(other.alsoKnownAs ?? [])];
      }
      continue;
    }
    if (m.namesAntecedent) {
      // "Gerry Cashcombe, as fans have dubbed him, ...": him is the person named last before it,
      // in its sentence or the one before.
      const into = personNamedBefore(mentions, n, byKey);
      const nick = byKey.get(keyOf(m.parts))!;
      if (into && into !== nick && !absorbed.has(into) && !absorbed.has(nick)) {
        absorbNickname(into, nick, byKey, absorbed);
        // The byname is hers wherever the library uses it ("the Running Nurse" in another report).
        into.alsoKnownAs = [...(into.alsoKnownAs ?? []), keyOf(nick.parts)];
      }
      continue;
    }
    if (!m.nickname) continue;
    const name = mentions.find((o) => o.sentence === m.sentence && o.first === m.last + 1);
    const nick = byKey.get(keyOf(m.parts))!;
    const into = name && byKey.get(keyOf(name.parts));
    if (!into || into === nick || absorbed.has(nick) || absorbed.has(into)) continue;
    if (into.votes.place + into.votes.organisation > into.votes.person) continue;
    absorbNickname(into, nick, byKey, absorbed);
  }
}

/** A nickname joins the name, and so does its last word alone, the nickname for short: "Rado's double". */
function absorbNickname(into: Group, nick: Group, byKey: Map<string, Group>, absorbed: Set<Group>): void {
  absorb(into, nick, absorbed);
  // (Not the place a nickname names after "of": "the Butcher of Brennock" is no "Brennock".)
  const short = nick.parts.length > 1 && !nick.mentions.some((m) => /\s(?:of|from)\s+\S+$/i.test(m.surface)) ? byKey.get(nick.parts[nick.parts.length - 1]) : undefined;
  if (short && short !== into && !absorbed.has(short)) absorb(into, short, absorbed);
}

/** The group of the person named last before mention n, in its sentence or the one before. */
function personNamedBefore(mentions: Mention[], n: number, byKey: Map<string, Group>): Group | undefined {
  const m = mentions[n];
  for (let k = n - 1; k >= 0 && mentions[k].sentence >= m.sentence - 1; k--) {
    const g = byKey.get(keyOf(mentions[k].parts));
    // (A full name no cue has voted for yet is a person's as surely: "Mirela Dostan, a 34-year-old ...".)
    if (g && (g.votes.person > g.votes.place + g.votes.organisation || (g.parts.length >= 2 && g.votes.place + g.votes.organisation === 0))) return g;
  }
  return undefined;
}

/** Written as a place ("in Tirnovo"), by an article that does not call it a person more often. */
export function placedInArticle(g: Group): boolean {
  return g.mentions.some((m) => m.placed) && g.votes.person <= g.votes.place;
}

/**
 * The candidate whose latest mention before `at` is in a later sentence than any other's, or
 * all of them when two were last named in one sentence ("Anna Brenko and Piotr Brenko were
 * rescued. Brenko was taken to hospital" could be either).
 */
function namedLast(candidates: Group[], at: Mention): Group[] {
  const lastSentence = (f: Group): number => Math.max(...f.mentions.filter((m) => before(m, at)).map((m) => m.sentence));
  const ranked = candidates.map((f) => ({ f, s: lastSentence(f) })).sort((x, y) => y.s - x.s);
  return ranked[0].s > ranked[1].s ? [ranked[0].f] : candidates;
}

/** True when mention x comes before mention y in their article. */
function before(x: Mention, y: Mention): boolean {
  return x.sentence < y.sentence || (x.sentence === y.sentence && x.first < y.first);
}

function absorb(into: Group, g: Group, absorbed: Set<Group>): void {
  into.mentions.push(...g.mentions);
  addVotes(into.votes, g.votes);
  // (Its other names go with it: a surname given a byname, then joined to the full name.)
  if (g.alsoKnownAs) into.alsoKnownAs = [...(into.alsoKnownAs ?? []), ...g.alsoKnownAs];
  absorbed.add(g);
}

function dedupeByLastName(groups: Group[]): Group[] {
  const seen = new Map<string, Group>();
  for (const g of groups) {
    const key = keyOf(g.parts);
    if (!seen.has(key)) seen.set(key, g);
  }
  // Full names that are the same person (first names compatible, same surname) count once.
  const out: Group[] = [];
  for (const g of seen.values()) {
    if (!out.some((o) => samePersonName(o.parts, g.parts))) out.push(g);
  }
  return out;
}

/**
 * A person's surname with the particles before it run together, "van hoolen" as "vanhoolen":
 * papers write "Vanhoolen" and "Van Hoolen" for one family.
 */
export function fullSurname(parts: string[]): string {
  let k = parts.length - 1;
  while (k > 1 && SURNAME_PARTICLES.has(parts[k - 1])) k--;
  return parts.slice(k).join('');
}

export function samePersonName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const sa = fullSurname(a);
  const sb = fullSurname(b);
  if (sameNameSpelling(sa, sb) && compatibleFirstNames(a[0], b[0])) return true;
  // A one-letter slip in the surname ("Linwood"/"Lindwood") when the first name is the same, or
  // two letters swapped ("Eldin Marsk"/"Eldyn Marks") under a first name in another spelling.
  // (A short surname under the very same first name slips too: "Mathis Kohl" / "Mathis Kohn".)
  const shortSlip = Math.min(sa.length, sb.length) === 4 && a[0] === b[0] && a[0].length >= 4;
  if ((Math.min(sa.length, sb.length) < 5 && !shortSlip) || sa[0] !== sb[0] || a[0].length < 2 || b[0].length < 2) return false;
  // (Under one first name a final "a" for "o" is a slip too, "Ilvana Reshetka" / "Ilvana Reshetko":
  // the first name already says which of the two the person is.)
  // A first name in another spelling ("Callum Reece" / "Calum Reese") vouches for a one-letter
  // slip as well: a double letter dropped and a letter changed are both a hurried hand's.
  return (a[0] === b[0] && (oneEditApart(sa, sb) || finalAOrO(sa, sb))) || (a[0].length > 2 && b[0].length > 2 && sameNameSpelling(a[0], b[0]) && oneEditApart(sa, sb)) || (compatibleFirstNames(a[0], b[0]) && swappedNeighbours(sa, sb));
}
