import type { Entity, EntityKind } from '../types.ts';
import { stemmer } from 'stemmer';
import { fnv1a } from './ids.ts';
import { compatibleFirstNames, oneEditApart, sameNameSpelling, SpellingIndex, type SpellingIndexOptions } from './fuzzy.ts';
import { LEADER_TERMS, MONTHS, NAME_CONNECTORS, ORG_DESIGNATORS, ORG_SUFFIXES, PLACE_PARTS, PLACE_PREPS, PLACE_WORDS, PRESS_DESIGNATORS, REPORTING, STOPWORDS, TITLES, WEEKDAYS } from './lexicon.ts';
import { adjacentTokens, type Doc, type Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { fold, type Token } from './tokens.ts';

/**
 * Finds names (people, places, organisations) and merges the spellings of one name across the
 * library by general rules only: titles and possessives are stripped, a surname alone resolves
 * to the full name used in the same article, transliterations merge by a vowel-tolerant edit
 * distance, acronyms merge with the words they abbreviate, and a one-letter slip merges only
 * with a frequent name of the same article. Two people who share only a first name never merge:
 * surnames must agree.
 */

/** Offices that come right before a name ("Prime Minister X"). Modifiers alone do not count. */
const CORE_TITLES = new Set([...TITLES].filter((t) => !MODIFIER(t)));
function MODIFIER(t: string): boolean {
  return ['vice', 'prime', 'foreign', 'defense', 'defence', 'interior', 'treasury', 'national', 'security', 'state', 'senior', 'former', 'special', 'deputy', 'executive', 'chief', 'head'].includes(t);
}

interface Mention {
  doc: number;
  sentence: number;
  /** Token indexes of the name within the sentence. */
  first: number;
  last: number;
  /** Folded name tokens, e.g. ['maria', 'lopez']. */
  parts: string[];
  surface: string;
  votes: Record<EntityKind, number>;
  /** Introduced with an office or occupation ("Rail chief Voronin", "said Governor Linwood"). */
  titled?: boolean;
}

interface Group {
  id: number;
  mentions: Mention[];
  /** Longest parts seen (the full name). */
  parts: string[];
  votes: Record<EntityKind, number>;
  docs: Set<number>;
}

export interface EntityResult {
  entities: Entity[];
  /** Every entity id by its index, for lookups from sentences. */
  byId: Map<string, Entity>;
}

const DEMONYM_SUFFIXES = ['ians', 'ian', 'eans', 'ean', 'ans', 'an', 'ese', 'ish', 'is', 'i', 's'];

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
  mergeAcrossArticles(docs, groups, union, find);

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
  const roots = [...merged.keys()].sort((a, b) => a - b);
  for (const r of roots) {
    const members = merged.get(r)!;
    const entity = buildEntity(members, docs, usedIds);
    for (const g of members) entityOfGroup.set(g.id, entity.id);
    entities.push(entity);
  }

  // 4. Tag tokens with their entity, and demonyms ("Norwegian", "Kenyans") with their place.
  for (const g of groups) {
    for (const m of g.mentions) {
      const s = docs[m.doc].sentences[m.sentence];
      for (let t = m.first; t <= m.last; t++) s.entityAt.set(t, entityOfGroup.get(g.id)!);
    }
  }
  tagDemonyms(docs, entities);

  // Entities worth listing: named more than once, or with a known kind, or multi-word.
  const mentionCount = new Map<string, number>();
  for (const g of groups) {
    const id = entityOfGroup.get(g.id);
    if (id !== undefined) mentionCount.set(id, (mentionCount.get(id) ?? 0) + g.mentions.length);
  }
  const listed = entities.filter((e) => e.kind !== 'other' || e.aliases.some((a) => a.includes(' ')) || (mentionCount.get(e.id) ?? 0) > 1);
  listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { entities: listed, byId: new Map(entities.map((e) => [e.id, e])) };
}

/**
 * Names listed together are of one kind ("Russia, China, the United States and France"): a name
 * with no evidence of its own kind takes the kind of the others in its list, when at least two
 * of them agree and none disagrees. The vote goes to one group of the name's merged set.
 */
function voteByCoordination(docs: Doc[], groups: Group[], find: (i: number) => number): void {
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

interface Vocabulary {
  /** Words the library writes in lower case somewhere. */
  lower: Set<string>;
  /** Their comparison keys (stems), so another inflection of a lower-case word is known too. */
  lowerNorms: Set<string>;
  /** Words the library capitalises somewhere other than at a sentence start. */
  capitalisedMidSentence: Set<string>;
  /** Capitalised words that stand alone as a name somewhere (between non-capitalised words). */
  standalone: Set<string>;
  /**
   * Every capitalised word, filed by its first four letters, to recognise demonyms ("Norwegian"
   * next to "Norway"): a demonym's stem has at least four, so each lookup reads one small list.
   */
  capitalised: Map<string, Set<string>>;
  /** Titles the library puts in quotation marks ("meet the press"), to know them unquoted too. */
  titles: Set<string>;
  /** The first word of each title: most names start no title, and need no lookup. */
  titleStarts: Set<string>;
  demonymCache: Map<string, boolean>;
}

function collectVocabulary(docs: Doc[]): Vocabulary {
  const v: Vocabulary = { lower: new Set(), lowerNorms: new Set(), capitalisedMidSentence: new Set(), standalone: new Set(), capitalised: new Map(), titles: new Set(), titleStarts: new Set(), demonymCache: new Map() };
  for (const doc of docs) {
    for (const s of doc.sentences) {
      const headline = inHeadlineCase(s);
      s.tokens.forEach((t, i) => {
        if (t.isNumber) return;
        if (t.cap) {
          const prefix = t.lower.slice(0, 4);
          (v.capitalised.get(prefix) ?? v.capitalised.set(prefix, new Set()).get(prefix)!).add(t.lower);
          const title = quotedTitleEnd(s, i);
          if (title > i) {
            v.titles.add(titleKey(s.tokens, i, title));
            v.titleStarts.add(s.tokens[i].lower);
          }
        }
        if (!t.cap) {
          v.lower.add(t.lower);
          v.lowerNorms.add(t.norm);
        }
        else if (i > 0 && !headline && !isAfterOpener(s, i)) {
          v.capitalisedMidSentence.add(t.lower);
          const prev = s.tokens[i - 1];
          const next = s.tokens[i + 1];
          if (!prev.cap && (!next || !next.cap || t.possessive)) v.standalone.add(t.lower);
        }
      });
    }
  }
  return v;
}

/**
 * A capitalised word that opens a sentence is an ordinary word ("Keeping", "Earlier") unless the
 * library also capitalises it mid-sentence; words written in lower case elsewhere, in any
 * inflection ("Ticket holders" / "bought tickets"), are ordinary too. So is a lone opener the
 * library never capitalises mid-sentence ("Pop star X", "Rescue teams"): a name is written with
 * its capital wherever it stands, and a word seen only where every word is capitalised is no
 * evidence of one.
 */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A capitalised word opening a sentence is an ordinary word when the library also writes it in
 * lower case, or when it is shaped like an adjective or adverb ("Stranded", "Furious",
 * "Reportedly", "Heartbroken"). Not "-er": first names and surnames end so ("Alexander", "Walker").
 */
function ordinaryOpener(t: Token, vocab: Vocabulary, alone: boolean): boolean {
  if (ACRONYM.test(t.text)) return false; // "SDP officials said": an acronym is a name wherever it stands
  if (vocab.capitalisedMidSentence.has(t.lower)) return vocab.lower.has(t.lower) && !t.possessive;
  return alone || vocab.lower.has(t.lower) || vocab.lowerNorms.has(t.norm) || /(?:ing|ly|ed|est|ous|ful|ive|less|able|ible|broken|stricken|ridden|struck)$/.test(t.lower);
}

function isNameToken(t: Token): boolean {
  if (!t.cap || t.isNumber) return false;
  if (t.text === 'I') return false;
  return true;
}

/** Only a single space (or nothing) may separate the words of one name. */
const adjacent = adjacentTokens;

function findMentions(d: number, s: Sentence, vocab: Vocabulary, out: Mention[]): void {
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!isNameToken(toks[i])) {
      i++;
      continue;
    }
    const title = Math.max(quotedTitleEnd(s, i), knownTitleEnd(s, i, vocab));
    if (title > i) {
      pushMention(d, s, i, title, emptyVotes(), out);
      i = title + 1;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length && !toks[j].possessive) {
      const next = toks[j + 1];
      // A capitalised function word inside a run is headline case ("Talks With Lopez Over ..."): break there.
      if (isNameToken(next) && adjacent(s, toks[j], next) && !STOPWORDS.has(next.lower) && !STOPWORDS.has(toks[j].lower)) {
        j++;
        continue;
      }
      // "Secretary of State", "Bay of Bengal": a connector between two capitalised words.
      const after = toks[j + 2];
      if (
        after && NAME_CONNECTORS.has(next.lower) && !['and', 'the', 'for'].includes(next.lower) &&
        (next.lower !== 'of' || joinsWithOf(toks[j].lower)) &&
        isNameToken(after) && adjacent(s, toks[j], next) && adjacent(s, next, after)
      ) {
        j += 2;
        continue;
      }
      // "Westmark Forestry and Fire Service", "Food and Drug Administration": an "and" inside one
      // body's name, which the words after it close with an organisation's head.
      const closed = next.lower === 'and' && !ORG_SUFFIXES.has(toks[j].lower) && adjacent(s, toks[j], next) ? orgNameAfterAnd(s, j + 2) : -1;
      if (closed > 0) {
        j = closed;
        continue;
      }
      break;
    }
    // Two names side by side ("offer Norway UN membership"): split when each stands alone
    // elsewhere, unless the last names a club or company ("Rovenna Athletic", called "Athletic"
    // and "Rovenna" for short, is still one name).
    const all = toks.slice(i, j + 1);
    const designated = ORG_DESIGNATORS.has(toks[j].lower) || ORG_SUFFIXES.has(toks[j].lower);
    // Not after a title or occupation ("actor Tomas Quillen"): a tabloid calls him "Tomas" and
    // "Quillen" apart, yet those two words are one man's name.
    const introduced = i > 0 && !toks[i - 1].cap && TITLES.has(toks[i - 1].lower);
    const acronymInside = all.some((t) => ACRONYM.test(t.text));
    if (all.length > 1 && !designated && !introduced && acronymInside && all.every((t) => vocab.standalone.has(t.lower) && !TITLES.has(t.lower))) {
      for (let k = i; k <= j; k++) addRun(d, s, k, k, vocab, out);
    } else {
      addRun(d, s, i, j, vocab, out);
    }
    i = j + 1;
  }
}

/**
 * The last index of a run of up to three adjacent capitalised words from `from` that ends in an
 * organisation's head ("Fire Service"), or -1.
 */
function orgNameAfterAnd(s: Sentence, from: number): number {
  const toks = s.tokens;
  for (let k = from; k < from + 3 && k < toks.length && isNameToken(toks[k]) && !STOPWORDS.has(toks[k].lower); k++) {
    if (k > from && !adjacent(s, toks[k - 1], toks[k])) break;
    if (ORG_SUFFIXES.has(toks[k].lower) && k > from) return k;
    if (toks[k].possessive) break;
  }
  return -1;
}

/**
 * A title in quotation marks (a show, book, song or operation: “Meet the Press”, "Paper
 * Lanterns"): two to eight words, all capitalised but for short function words, filling the
 * quotes. It is one name, so its common words ("meet", "press") are not read as what the
 * sentence says, and it is not cut into pieces at the function words. Returns the index of the
 * title's last token, or -1.
 */
function quotedTitleEnd(s: Sentence, first: number): number {
  const text = s.text;
  const toks = s.tokens;
  const before = toks[first].start - s.range.start - 1;
  if (before < 0 || !OPEN_QUOTES.includes(text[before])) return -1;
  for (let j = first; j < toks.length && j - first < 8; j++) {
    const t = toks[j];
    const titleWord = isNameToken(t) || (t.text.length <= 4 && STOPWORDS.has(t.text));
    if (!titleWord || (j > first && !adjacent(s, toks[j - 1], t))) return -1;
    const after = text.slice(t.end - s.range.start, t.end - s.range.start + 2);
    if (CLOSE_QUOTE.test(after)) return j > first && isNameToken(t) ? j : -1;
  }
  return -1;
}
// Double quotes only: a single closing quote is also the apostrophe of "Trump’s".
const OPEN_QUOTES = '"“';
const titleKey = (toks: Token[], first: number, last: number): string => toks.slice(first, last + 1).map((t) => t.lower).join(' ');

/** A quoted title met again without quotes ("NBC’s Meet the Press"): index of its last token, or -1. */
function knownTitleEnd(s: Sentence, first: number, vocab: Vocabulary): number {
  if (!vocab.titleStarts.has(s.tokens[first].lower)) return -1;
  const toks = s.tokens;
  let key = toks[first].lower;
  let end = -1;
  for (let j = first + 1; j < toks.length && j - first < 8 && adjacent(s, toks[j - 1], toks[j]); j++) {
    key += ' ' + toks[j].lower;
    if (vocab.titles.has(key)) end = j;
  }
  return end;
}
const CLOSE_QUOTE = /^[,.?!]?["”]/;

/** "Secretary of State", "Bay of Bengal", "United States of America" join; "X Y of Z" (a person of a place) does not. */
function joinsWithOf(left: string): boolean {
  return TITLES.has(left) || ORG_SUFFIXES.has(left) || PLACE_WORDS.has(left);
}


function emptyVotes(): Record<EntityKind, number> {
  return { person: 0, place: 0, organisation: 0, other: 0 };
}

function addRun(d: number, s: Sentence, first: number, last: number, vocab: Vocabulary, out: Mention[]): void {
  const toks = s.tokens;
  let a = first;
  // "Earlier Wednesday": a weekday closing a run is a time, not part of a name (months are not
  // stripped: "Theresa May", "Harriet June").
  while (last > first && WEEKDAYS.has(toks[last].lower)) last--;
  // A capitalised common word opening a sentence (or following a quote) is not a name.
  const headline = inHeadlineCase(s);
  while (a <= last && (STOPWORDS.has(toks[a].lower) || REPORTING.has(toks[a].lower) || ((a === 0 || headline || isAfterOpener(s, a)) && ordinaryOpener(toks[a], vocab, a === last)))) a++;
  if (a > last) return;
  const votes = emptyVotes();
  // Titles: keep only what follows the last office word ("Deputy Foreign Minister of X Y Z" -> "Y Z").
  let lastTitle = -1;
  for (let k = a; k < last; k++) if (CORE_TITLES.has(toks[k].lower.replace(/\.$/, '')) || remitChief(toks, a, k)) lastTitle = k;
  if (lastTitle >= 0) {
    // Prefix words that are neither titles nor modifiers are a name of their own ("UN" in "UN Secretary General").
    const prefix: number[] = [];
    for (let k = a; k < lastTitle; k++) if (!TITLES.has(toks[k].lower) && !isDemonymShaped(toks[k].lower) && !NAME_CONNECTORS.has(toks[k].lower)) prefix.push(k);
    if (prefix.length > 0 && prefix.every((k, n) => n === 0 || k === prefix[n - 1] + 1)) {
      pushMention(d, s, prefix[0], prefix[prefix.length - 1], emptyVotes(), out);
    }
    a = lastTitle + 1;
    if (a <= last && toks[a].lower === 'of' && a + 1 < last) a += 2; // "Secretary of State Marco Rubio"
    votes.person += 3;
  } else {
    // Strip leading modifiers/demonyms ("Kenyan", "Former"). A word shaped like a demonym is one
    // only if the library writes its place or uses it alone ("Norwegian officials"): "Morgan",
    // "Brennan" and "Corran" open names.
    const modifier = (w: string): boolean => TITLES.has(w) || (isDemonymShaped(w) && (vocab.standalone.has(w) || isDemonymOfKnownPlace(w, vocab)));
    while (a < last && modifier(toks[a].lower) && !ORG_SUFFIXES.has(toks[last].lower) && !PLACE_WORDS.has(toks[last].lower)) a++;
  }
  if (a > last) return;
  // An all-title run ("President") or a lone demonym is not a name.
  if (a === last && (TITLES.has(toks[a].lower) || MONTHS.has(toks[a].lower) || WEEKDAYS.has(toks[a].lower))) return;
  if (a === last && isDemonymOfKnownPlace(toks[a].lower, vocab) && lastTitle < 0) {
    const next = toks[a + 1];
    if (!next || !next.cap) return; // "Kenyan officials", "the Norwegians": adjectives and peoples
  }
  // Context votes for the kind.
  const prev = toks[a - 1] ?? (lastTitle >= 0 ? undefined : toks[first - 1]);
  if (prev && !prev.cap && CORE_TITLES.has(prev.lower)) votes.person += 2;
  // "at" also comes before employers and venues ("works at X", "a strike at X"): half a vote.
  if (prev && PLACE_PREPS.has(prev.lower)) votes.place += prev.lower === 'at' ? 0.5 : 1;
  // "on the outskirts of X", "in the centre of X".
  if (prev?.lower === 'of' && PLACE_PARTS.has(toks[a - 2]?.lower ?? '') && toks[a - 3]?.lower === 'the') votes.place += 1;
  const next = toks[last + 1];
  if (next && REPORTING.has(next.lower) && last > a) votes.person += 1;
  // "said Lorraine Beck", "pharmacist Owen Tranter", "Ines Halloran, who ...": a full name
  // after a reporting verb or a lower-case agent noun, or before "who", is a person's.
  if (last > a && prev && !prev.cap && (REPORTING.has(prev.lower) || (AGENT_NOUN.test(prev.lower) && !STOPWORDS.has(prev.lower) && !PLACE_PREPS.has(prev.lower)))) votes.person += 1;
  // ("Residents of X who fled": there "who" is the residents'.)
  if (next && (next.lower === 'who' || next.lower === 'whose') && prev?.lower !== 'of') votes.person += 1;
  // "Brenko, 46, walked out": an age in apposition is a person's.
  if (next?.isNumber && /^,\s*$/.test(s.text.slice(toks[last].end - s.range.start, next.start - s.range.start)) && /^\d{1,3}$/.test(next.text) && Number(next.text) <= 110) {
    const after = toks[last + 2];
    if (!after || /^\s*,/.test(s.text.slice(next.end - s.range.start, after.start - s.range.start))) votes.person += 1.5;
  }
  // "X, whose lines cross the area, said it would pay": a speaker that calls itself "it". (Not
  // he/she: "Reuters reported that he ..." is as often about someone else.)
  if (speaksOfItselfAsIt(s, last)) votes.organisation += 1.5;
  const apposed = appositiveHead(s, last);
  if (apposed && ORG_SUFFIXES.has(apposed)) votes.organisation += 1.5;
  else if (apposed && (PLACE_WORDS.has(apposed) || SETTLEMENTS.has(apposed))) votes.place += 1.5;
  if (next && a === last && !next.cap && LEADER_TERMS.has(next.lower)) votes.person += 1;
  pushMention(d, s, a, last, votes, out);
  if (lastTitle >= 0 || (prev && TITLES.has(prev.lower.replace(/\.$/, '')))) out[out.length - 1].titled = true;
}

/**
 * The name ending at `last` reports what "it" will do: "X said on Friday it would ...", past an
 * apposition between commas; the reporting verb right after the name, "it" within five words.
 */
function speaksOfItselfAsIt(s: Sentence, last: number): boolean {
  const toks = s.tokens;
  let k = last + 1;
  if (toks[k] && /^,\s*$/.test(s.text.slice(toks[last].end - s.range.start, toks[k].start - s.range.start))) {
    // "Yelena Kostova, who heads the agency, said it ...": a person (not "whose", which bodies
    // have too), and the "it" her agency.
    if (toks[k].lower === 'who') return false;
    // Skip the apposition to its closing comma.
    while (k < toks.length && k <= last + 12 && !/,\s*$/.test(s.text.slice(toks[k].end - s.range.start, (toks[k + 1]?.start ?? s.range.end) - s.range.start))) k++;
    k++;
  }
  if (!toks[k] || !REPORTING.has(toks[k].lower)) return false;
  for (let m = k + 1; m < toks.length && m <= k + 5; m++) {
    const w = toks[m].lower;
    if (w === 'it') return actsAfter(toks, m + 1);
    if (toks[m].cap && !WEEKDAYS.has(w)) return false; // another name: the pronoun may be its
  }
  return false;
}

/**
 * "it would give", "it will not comment", "it had no plans": an agent's intent. Not "it would
 * be difficult", "it was fine", "it has been a long day": there "it" is nobody.
 */
function actsAfter(toks: Token[], m: number): boolean {
  if (!AGENT_MODALS.has(toks[m]?.lower ?? '')) return false;
  let v = m + 1;
  if (toks[v]?.lower === 'not') v++;
  const w = toks[v]?.lower;
  return w !== undefined && !COPULAS.has(w) && !toks[v].isNumber;
}
const AGENT_MODALS = new Set(['would', 'will', 'could', 'had', 'has', 'planned', 'plans', 'intends', 'intended', 'wanted', 'wants', 'expected', 'expects']);
const COPULAS = new Set(['be', 'been', 'being', 'become', 'seem', 'seemed', 'take', 'taken', 'happen', 'happened', 'mean', 'make']);

/** What a place is called in apposition: "Pelmora, a mountain town". */
const SETTLEMENTS = new Set(['town', 'city', 'village', 'country', 'nation', 'capital', 'state', 'province', 'region', 'suburb', 'county']);

/**
 * The head noun of an apposition right after a name, in singular form: "Skyrail, Kestria's
 * national airline," -> "airline"; "Brightfield, one of the country's largest dairy groups" ->
 * "group". The last lower-case word before the next punctuation, within eight words.
 */
function appositiveHead(s: Sentence, last: number): string | undefined {
  const toks = s.tokens;
  const after = toks[last + 1];
  if (!after) return undefined;
  const gap = s.text.slice(toks[last].end - s.range.start, after.start - s.range.start);
  if (!/^,\s*$/.test(gap)) return undefined;
  let head: Token | undefined;
  for (let k = last + 1; k < toks.length && k <= last + 8; k++) {
    if (k > last + 1 && /[,;:.!?()]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start))) break;
    if (toks[k].lower === 'who' || toks[k].lower === 'which' || toks[k].lower === 'that') break;
    if (!toks[k].cap && !toks[k].isNumber) head = toks[k];
  }
  if (!head || STOPWORDS.has(head.lower) || REPORTING.has(head.lower)) return undefined;
  return head.lower.endsWith('ies') ? head.lower.slice(0, -3) + 'y' : head.lower.replace(/s$/, '');
}

/** Lower-case nouns for someone who does something: "pharmacist", "mediator", "passenger", "chairwoman". */
const AGENT_NOUN = /(?:ist|er|or|ian|man|woman|person)$/;

/**
 * A headline or citation line capitalises every word ("Mayor To Open Talks With Strikers Over
 * Pay"): there a capital says nothing, so each word is judged like a sentence opener. Prose
 * capitalises a function word mid-sentence at most once ("The Hague"); two mark a headline.
 */
const inHeadlineCase = perSentence((s: Sentence): boolean => {
  let capitalisedFunctionWords = 0;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.cap && STOPWORDS.has(t.lower) && t.text !== 'I' && !isAfterOpener(s, i)) capitalisedFunctionWords++;
  }
  return capitalisedFunctionWords >= 2;
});

/** The last character before token k, past white space, opens a quote or a clause. */
function isAfterOpener(s: Sentence, k: number): boolean {
  const text = s.text;
  let i = s.tokens[k].start - s.range.start - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i])) i--;
  return i >= 0 && OPENER_MARKS.includes(text[i]);
}
const WHITE_SPACE = /\s/;
const OPENER_MARKS = '"“‘(:—–-';

/** "Norwegian" when the library also writes "Norway": an adjective or a people, not a name. */
function isDemonymOfKnownPlace(lower: string, vocab: Vocabulary): boolean {
  const cached = vocab.demonymCache.get(lower);
  if (cached !== undefined) return cached;
  let hit = false;
  if (isDemonymShaped(lower)) {
    for (const suf of DEMONYM_SUFFIXES) {
      if (!lower.endsWith(suf)) continue;
      const stem = lower.slice(0, -suf.length);
      if (stem.length < 4) continue;
      for (const w of vocab.capitalised.get(stem.slice(0, 4)) ?? []) {
        if (w !== lower && w.startsWith(stem) && w.length - stem.length <= 2 && !isDemonymShaped(w)) {
          hit = true;
          break;
        }
      }
      if (hit) break;
    }
  }
  vocab.demonymCache.set(lower, hit);
  return hit;
}

function isDemonymShaped(lower: string): boolean {
  return /(?:ians?|eans?|ans?|ese|ish)$/.test(lower) && lower.length > 4;
}

function pushMention(d: number, s: Sentence, first: number, last: number, votes: Record<EntityKind, number>, out: Mention[]): void {
  const toks = s.tokens.slice(first, last + 1);
  const parts = toks.filter((t) => !NAME_CONNECTORS.has(t.lower) || t.cap).map((t) => t.lower.replace(/\.$/, '')); // lower is the folded text
  spellOutAbbreviations(parts);
  const surface = s.text.slice(toks[0].start - s.range.start, toks[toks.length - 1].end - s.range.start);
  const lastLower = toks[toks.length - 1].lower;
  if (ORG_SUFFIXES.has(lastLower)) votes.organisation += 2;
  if (toks.length > 1 && toks.some((t) => PLACE_WORDS.has(t.lower))) votes.place += 1;
  if (/^(?:\p{Lu}\.){2,}$/u.test(surface) || /^\p{Lu}\.(?:\p{Lu}\.?)+$/u.test(surface)) votes.place += 0.5; // "U.S.", "U.K."
  else if (/^\p{Lu}{2,6}$/u.test(surface)) votes.organisation += 0.5; // acronyms
  out.push({ doc: d, sentence: s.index, first, last, parts, surface, votes });
}

function addVotes(into: Record<EntityKind, number>, from: Record<EntityKind, number>): void {
  for (const k of Object.keys(from) as EntityKind[]) into[k] += from[k];
}

/**
 * "St Ernan" is "Saint Ernan" and "Main St" is "Main Street"; "Mt" is "Mount" and "Ft" "Fort":
 * one key for both spellings.
 */
function spellOutAbbreviations(parts: string[]): void {
  if (parts.length < 2) return;
  const last = parts.length - 1;
  for (let i = 0; i <= last; i++) {
    if (parts[i] === 'st') parts[i] = i === last ? 'street' : 'saint';
    else if (parts[i] === 'mt') parts[i] = 'mount';
    else if (parts[i] === 'ft' && i < last) parts[i] = 'fort';
  }
}

function keyOf(parts: string[]): string {
  return parts.join(' ');
}

function groupWithinArticle(mentions: Mention[], groups: Group[]): void {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const key = keyOf(m.parts);
    let g = byKey.get(key);
    if (!g) {
      g = { id: groups.length, mentions: [], parts: m.parts, votes: emptyVotes(), docs: new Set([m.doc]) };
      byKey.set(key, g);
      groups.push(g);
    }
    g.mentions.push(m);
    addVotes(g.votes, m.votes);
  }
  const local = [...byKey.values()];
  const multi = local.filter((g) => g.parts.length > 1);
  const absorbed = new Set<Group>();
  const bySurname = new SpellingIndex<Group>();
  for (const f of multi) bySurname.add(f.parts[f.parts.length - 1], f);
  // A surname alone resolves to the one full name in this article that ends with it.
  for (const g of local) {
    if (g.parts.length !== 1) continue;
    const word = g.parts[0];
    const alike = bySurname.candidates(word);
    const hits = multi.filter((f) => alike.has(f) && sameNameSpelling(f.parts[f.parts.length - 1], word) && f.votes.organisation <= f.votes.person + f.votes.place);
    let distinct = dedupeByLastName(hits);
    // "Rail chief Voronin" is not the "Greta Voronin, 52" of the same article who holds no
    // office: a titled surname goes to a titled full name, here or (failing that) in the library.
    if (isTitled(g) && !distinct.some(isTitled)) distinct = [];
    // Two people of one surname ("Oleksandr Brenko" and, later, "his brother Mykola Brenko"):
    // a surname alone means the one introduced before it was first used alone, as a reader takes it.
    if (distinct.length > 1) distinct = distinct.filter((f) => before(f.mentions[0], g.mentions[0]));
    if (distinct.length === 1 && word.length >= 3) {
      absorb(distinct[0], g, absorbed);
      // A surname used alone is how news refers to people (not to "the United States of America").
      if (distinct[0].votes.place + distinct[0].votes.organisation === 0) distinct[0].votes.person += 1;
    }
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
  // Absorbed groups keep their object (ids are positional) but become empty.
  for (const g of absorbed) g.mentions = [];
}

/**
 * "Fire Chief", "Police Chief": after a remit (a word that is no title) and before a name, "chief"
 * is the office itself, not the modifier it is in "Chief Executive" or "Chief Inspector".
 */
function remitChief(toks: Token[], a: number, k: number): boolean {
  return toks[k].lower === 'chief' && k > a && !TITLES.has(toks[k - 1].lower) && !TITLES.has(toks[k + 1]?.lower ?? '');
}

/** Named with an office or occupation at least once. */
function isTitled(g: Group): boolean {
  return g.mentions.some((m) => m.titled);
}

/** "in Northam", "near Northam": the word names a place of its own ("at" also comes before employers: "works at X"). */
function placedByPreposition(g: Group, docs: Doc[]): boolean {
  return g.mentions.some((m) => ['in', 'near'].includes(docs[m.doc].sentences[m.sentence].tokens[m.first - 1]?.lower ?? ''));
}

/** True when mention x comes before mention y in their article. */
function before(x: Mention, y: Mention): boolean {
  return x.sentence < y.sentence || (x.sentence === y.sentence && x.first < y.first);
}

function absorb(into: Group, g: Group, absorbed: Set<Group>): void {
  into.mentions.push(...g.mentions);
  addVotes(into.votes, g.votes);
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

function samePersonName(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const sa = a[a.length - 1];
  const sb = b[b.length - 1];
  if (sameNameSpelling(sa, sb) && compatibleFirstNames(a[0], b[0])) return true;
  // A one-letter slip in the surname ("Linwood"/"Lindwood") when the first name is the same.
  return a[0] === b[0] && a[0].length > 1 && Math.min(sa.length, sb.length) >= 5 && sa[0] === sb[0] && oneEditApart(sa, sb);
}

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

function initials(parts: string[]): string {
  // "Anti-Doping" gives two letters: MADA is the "Marvenian Anti-Doping Agency".
  return parts.filter((p) => !NAME_CONNECTORS.has(p)).flatMap((p) => p.split('-')).map((p) => p[0] ?? '').join('');
}

function acronymOf(g: Group): string | null {
  const surface = g.mentions[0]?.surface ?? '';
  if (g.parts.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(surface)) return surface.replace(/\./g, '').toLowerCase();
  return null;
}

function dominantKind(v: Record<EntityKind, number>): EntityKind {
  let best: EntityKind = 'other';
  let score = 0;
  for (const k of ['person', 'organisation', 'place'] as EntityKind[]) {
    if (v[k] > score) {
      best = k;
      score = v[k];
    }
  }
  return best;
}

function mergeAcrossArticles(docs: Doc[], groups: Group[], union: (a: number, b: number) => void, find: (i: number) => number): void {
  const live = groups.filter((g) => g.mentions.length > 0);
  // Exact same name in two articles.
  const byKey = new Map<string, Group>();
  for (const g of live) {
    const k = keyOf(g.parts);
    const seen = byKey.get(k);
    if (seen) union(seen.id, g.id);
    else byKey.set(k, g);
  }
  // Persons' names (up to three words) by surname, and one-word names, through a spelling index:
  // only names that may be spelled alike are compared, so this grows with the number of names.
  const isPersonish = (g: Group): boolean => {
    const k = dominantKind(g.votes);
    return k !== 'organisation' && k !== 'place';
  };
  const order = new Map(live.map((g, i) => [g, i]));
  const compareIndexed = (items: Group[], word: (g: Group) => string, same: (a: Group, b: Group) => boolean, options: SpellingIndexOptions = {}): void => {
    const index = new SpellingIndex<Group>(options);
    for (const g of items) index.add(word(g), g);
    for (const a of items) {
      for (const b of index.candidates(word(a))) if (order.get(b)! > order.get(a)! && same(a, b)) union(a.id, b.id);
    }
  };
  const surname = (g: Group): string => g.parts[g.parts.length - 1];
  const persons = live.filter((g) => g.parts.length > 1 && g.parts.length <= 3 && isPersonish(g));
  // A one-letter slip in a surname also makes the same person (samePersonName).
  compareIndexed(persons, surname, (a, b) => samePersonName(a.parts, b.parts), { slips: true });
  compareIndexed(live.filter((g) => g.parts.length === 1), (g) => g.parts[0], (a, b) => sameNameSpelling(a.parts[0], b.parts[0]));
  // Other names of several words (organisations, places, long names) against every name of
  // several words with the same first and last initials (a spelling match keeps both): few in
  // any library.
  const personSet = new Set(persons);
  const blocks = new Map<string, Group[]>();
  for (const g of live) {
    if (g.parts.length < 2) continue;
    const b = `${g.parts[0][0] ?? ''}${surname(g)[0] ?? ''}`;
    if (!blocks.has(b)) blocks.set(b, []);
    blocks.get(b)!.push(g);
  }
  for (const block of blocks.values()) {
    const others = block.filter((g) => !personSet.has(g));
    for (const a of others) {
      for (const b of block) {
        if (b === a || (!personSet.has(b) && order.get(b)! < order.get(a)!)) continue;
        if (sameNameSpelling(keyOf(a.parts), keyOf(b.parts))) union(a.id, b.id);
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
    bySurname.add(surname(f), f);
    rootOf.set(f, r);
  }
  // One-word names that anywhere read as a place or a body ("in Harlund"): not a first name.
  const placeOrBody = new Set(live.filter((g) => g.parts.length === 1 && g.votes.place + g.votes.organisation > 0).map((g) => g.parts[0]));
  // Persons' full names by first name, for a first name used alone in another article.
  const firstNamed = new Map<string, Group[]>();
  for (const fs of full.values()) for (const f of fs) {
    if (f.parts.length > 3 || !isPersonish(f)) continue;
    (firstNamed.get(f.parts[0]) ?? firstNamed.set(f.parts[0], []).get(f.parts[0])!).push(f);
  }
  // Roots by the initials of their full names, for acronyms (one lookup instead of a scan per acronym).
  const rootsByInitials = new Map<string, Set<number>>();
  for (const [r, fs] of full) for (const f of fs) {
    const key = initials(f.parts);
    if (!rootsByInitials.has(key)) rootsByInitials.set(key, new Set());
    rootsByInitials.get(key)!.add(r);
  }
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    const word = g.parts[0];
    const roots = new Set<number>();
    for (const f of bySurname.candidates(word)) if (sameNameSpelling(surname(f), word) && dominantKind(f.votes) !== 'organisation') roots.add(rootOf.get(f)!);
    if (roots.size > 1 && isTitled(g)) {
      // Several people of that surname: a titled surname is the one who holds an office.
      const titled = new Set([...roots].filter((r) => (full.get(r) ?? []).some(isTitled)));
      if (titled.size === 1) union([...titled][0], g.id);
    } else if (roots.size === 1) union([...roots][0], g.id);
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
    if (g.votes.place > 0 || placedByPreposition(g, docs)) placeWords.add(g.parts[0]);
  }
  for (const roots of byStems.values()) {
    const [head, ...others] = [...roots];
    for (const r of others) union(head, r);
  }
  for (const g of live) {
    if (g.parts.length !== 1) continue;
    if (placedByPreposition(g, docs)) continue;
    // Papers are named after their towns: "Saltmere" is the town anywhere the library places it.
    if (pressNamed.has(g.parts[0]) && placeWords.has(g.parts[0])) continue;
    const roots = core.get(g.parts[0]);
    if (roots && roots.size === 1) union([...roots][0], g.id);
  }
}

function buildEntity(members: Group[], docs: Doc[], usedIds: Set<string>): Entity {
  const votes = emptyVotes();
  const surfaces = new Map<string, number>();
  const articles = new Set<string>();
  for (const g of members) {
    addVotes(votes, g.votes);
    for (const m of g.mentions) {
      surfaces.set(m.surface, (surfaces.get(m.surface) ?? 0) + 1);
      articles.add(docs[m.doc].article.id);
    }
  }
  // Name: the most frequent multi-word surface, else the most frequent surface.
  const ranked = [...surfaces.entries()].sort((a, b) => {
    const multiA = a[0].includes(' ') ? 1 : 0;
    const multiB = b[0].includes(' ') ? 1 : 0;
    return multiB - multiA || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  });
  const name = ranked[0]?.[0] ?? '';
  const kind = dominantKind(votes);
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
function tagDemonyms(docs: Doc[], entities: Entity[]): void {
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

export type { Mention };
