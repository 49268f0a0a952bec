/**
 * "The 29-year-old underwent the operation in Vienna": news writing names its subject once and
 * then calls them by their age. A report that states a person's age ("Varga, 29, rose to fame",
 * "61-year-old Piotr Lenz", "Brenko, a 46-year-old haulier") tells whom "the 29-year-old" means
 * anywhere in the story; the descriptor's tokens are then tagged with that person, so every
 * check that asks who did something sees the name.
 *
 * Narrow on purpose: only a definite "the N-year-old", only an age stated for exactly one person
 * in the library, and only in an article that names that person before the descriptor.
 */
import type { Entity } from '../types.ts';
import { isPastForm, personNoun, STOPWORDS, wordNumber } from './lexicon.ts';
import type { Doc, Sentence } from './model.ts';

const YEAR_OLD = 'year-old';
const WORD_YEAR_OLD = /^([a-z]+(?:-[a-z]+)?)-year-old$/;
/** Ages people are given in the news; a larger figure before "-year-old" is something else. */
const MAX_AGE = 120;

/** An age descriptor and how many tokens it takes: "29-year-old" is two, "five-year-old" one. */
interface AgeAt {
  age: number;
  width: number;
}

function plausibleAge(n: number): boolean {
  return Number.isInteger(n) && n > 0 && n <= MAX_AGE;
}

function ageAt(s: Sentence, i: number): AgeAt | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  if (t.isNumber) {
    if (s.tokens[i + 1]?.lower !== YEAR_OLD) return undefined;
    const n = Number(t.text);
    return plausibleAge(n) ? { age: n, width: 2 } : undefined;
  }
  // "a five-year-old male", "the thirty-six-year-old": the tokeniser keeps a worded age whole.
  const m = t.lower.endsWith(YEAR_OLD) ? WORD_YEAR_OLD.exec(t.lower) : null;
  const n = m && m[1] !== 'single' && m[1] !== 'couple' && m[1] !== 'pair' && m[1] !== 'dozen' ? wordNumber(m[1]) : null;
  return n !== null && plausibleAge(n) ? { age: n, width: 1 } : undefined;
}

/** Words that may stand between an age and the name it describes: "the 29-year-old delivery rider Elias X". */
const MAX_ROLE_WORDS = 2;

/**
 * The name an age descriptor at token i introduces, directly ("61-year-old Piotr Lenz") or after
 * a short role ("the seven-year-old male Askel"): lower-case words, none a verb's past form or a
 * function word, the last a person's noun, so "the 34-year-old hit Elias" or "the 29-year-old
 * and Elias" name nobody.
 */
function namedAfterAge(s: Sentence, at: number, kindOf: (id: string) => string | undefined): number | undefined {
  for (let k = at; k <= at + MAX_ROLE_WORDS; k++) {
    const t = s.tokens[k];
    // (Words joined by one space only: "the 29-year-old driver, Elias" is two phrases.)
    if (!t || (k > at && s.tokens[k - 1].end !== t.start - 1)) return undefined;
    if (personAt(s, k, kindOf) !== undefined) return k === at || personNoun(s.tokens[k - 1].lower) ? k : undefined;
    if (t.text !== t.lower || STOPWORDS.has(t.lower) || isPastForm(t.lower) || t.isNumber) return undefined;
  }
  return undefined;
}

/** The person entity at token i, if the token is (part of) a person's name. */
function personAt(s: Sentence, i: number, kindOf: (id: string) => string | undefined): string | undefined {
  const id = s.entityAt.get(i);
  return id !== undefined && kindOf(id) === 'person' ? id : undefined;
}

/** Where a report states a named person's age: the tokens from the name to the age. */
export interface StatedAge {
  person: string;
  age: number;
  sentence: number;
  first: number;
  last: number;
}

/** The first token of the name that ends at token i. */
function nameStart(s: Sentence, i: number, person: string): number {
  let k = i;
  while (k > 0 && s.entityAt.get(k - 1) === person) k--;
  return k;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** The one person a sentence names, if it names exactly one. */
function onlyPersonIn(s: Sentence, kindOf: (id: string) => string | undefined): string | undefined {
  let only: string | undefined;
  for (const id of s.entityAt.values()) {
    if (kindOf(id) !== 'person' || id === only) continue;
    if (only !== undefined) return undefined;
    only = id;
  }
  return only;
}

/**
 * Ages stated for named people in one report: "X, 29,", "X, a 29-year-old", "29-year-old X",
 * and a sentence that opens "The 49-year-old" right after one that names one person and no
 * other ("FIERY telly chef Ros Marlow was last night toasting ... The 49-year-old star sobbed"):
 * news calls the subject it has just named by age, and a new person would be "a 49-year-old".
 */
export function statedAgesIn(doc: Doc, kindOf: (id: string) => string | undefined): StatedAge[] {
  const out: StatedAge[] = [];
  const text = doc.article.text;
  for (const s of doc.sentences) {
    const toks = s.tokens;
    // (Once tagAgeDescriptors has tagged the descriptor with its person, that person.)
    const opening = toks[0]?.lower === 'the' ? ageAt(s, 1) : undefined;
    const subject = opening === undefined ? undefined : personAt(s, 1, kindOf) ?? (s.index > 0 ? onlyPersonIn(doc.sentences[s.index - 1], kindOf) : undefined);
    if (opening !== undefined && subject !== undefined) out.push({ person: subject, age: opening.age, sentence: s.index, first: 0, last: opening.width });
    for (let i = 0; i < toks.length; i++) {
      // "61-year-old Piotr Lenz", "the seven-year-old male Askel" (the descriptor may already be
      // tagged with the person it names, once tagAgeDescriptors has run)
      const stated = ageAt(s, i);
      const at = stated === undefined ? undefined : namedAfterAge(s, i + stated.width, kindOf);
      if (stated !== undefined && at !== undefined) {
        const named = personAt(s, at, kindOf)!;
        let last = at;
        while (s.entityAt.get(last + 1) === named) last++;
        out.push({ person: named, age: stated.age, sentence: s.index, first: i, last });
        i = last;
        continue;
      }
      const person = personAt(s, i, kindOf);
      if (person === undefined) continue;
      if (s.entityAt.get(i + 1) === person) continue;
      const next = toks[i + 1];
      if (!next || !/^,\s*$/.test(text.slice(toks[i].end, next.start))) continue;
      // "Varga, 29, rose": a bare number closed by a comma (or the sentence's end), or by a
      // dash opening an aside ("Ilsa Brandvold, 55 - nicknamed ...").
      const after = toks[i + 2];
      const closed = after ? /^\s*(?:,|\s[-–—]\s|—)/.test(text.slice(next.end, after.start)) : true;
      if (next.isNumber && closed && plausibleAge(Number(next.text)) && !/[.,]/.test(next.text)) {
        out.push({ person, age: Number(next.text), sentence: s.index, first: nameStart(s, i, person), last: i + 1 });
        continue;
      }
      // "Alfie Dority, three, who ...": a child's age in a word, closed the same way.
      const spelled = !next.isNumber && closed ? wordNumber(next.lower) : null;
      if (spelled !== null && spelled >= 1 && plausibleAge(spelled)) {
        out.push({ person, age: spelled, sentence: s.index, first: nameStart(s, i, person), last: i + 1 });
        continue;
      }
      // "Thorley, aged 64, was": the same apposition with its verb.
      const aged = next.lower === 'aged' ? toks[i + 2] : undefined;
      if (aged?.isNumber && plausibleAge(Number(aged.text)) && !/[.,]/.test(aged.text) && toks[i + 3]?.lower !== YEAR_OLD) {
        out.push({ person, age: Number(aged.text), sentence: s.index, first: nameStart(s, i, person), last: i + 2 });
        continue;
      }
      // "Brenko, a 46-year-old haulier", "Kavrelis, the 41-year-old star", "Orla, an 18-year-old student"
      const apposed = ARTICLES.has(next.lower) ? ageAt(s, i + 2) : undefined;
      if (apposed !== undefined) out.push({ person, age: apposed.age, sentence: s.index, first: nameStart(s, i, person), last: i + 1 + apposed.width });
    }
  }
  return out;
}

/** The people each age is stated for, across the library. */
function statedAges(docs: Doc[], kindOf: (id: string) => string | undefined): Map<number, Set<string>> {
  const ages = new Map<number, Set<string>>();
  for (const doc of docs) {
    for (const x of statedAgesIn(doc, kindOf)) {
      if (!ages.has(x.age)) ages.set(x.age, new Set());
      ages.get(x.age)!.add(x.person);
    }
  }
  return ages;
}

/** Tags each "the N-year-old" with the one person the library says is N, where the article names them before. */
export function tagAgeDescriptors(docs: Doc[], byId: Map<string, Entity>): void {
  const kindOf = (id: string): string | undefined => byId.get(id)?.kind;
  const ages = statedAges(docs, kindOf);
  if (ages.size === 0) return;
  for (const doc of docs) {
    const named = new Set<string>();
    for (const s of doc.sentences) {
      const toks = s.tokens;
      for (let i = 0; i < toks.length; i++) {
        const id = s.entityAt.get(i);
        if (id !== undefined) {
          named.add(id);
          continue;
        }
        if (toks[i].lower !== 'the') continue;
        const stated = ageAt(s, i + 1);
        const people = stated === undefined ? undefined : ages.get(stated.age);
        if (!people || people.size !== 1) continue;
        const [person] = people;
        if (!named.has(person)) continue;
        for (let k = 1; k <= stated!.width; k++) s.entityAt.set(i + k, person);
      }
    }
  }
}
