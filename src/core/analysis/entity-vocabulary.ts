/**
 * What the library as a whole says about its words, for telling names from ordinary words: which
 * words it writes in lower case or capitalises mid-sentence, the titles it puts in quotation
 * marks, the capitalised words that are demonyms of places it names ("Norwegian" / "Norway"),
 * and which sentences are in headline case. Collected once per analysis, before any mention is
 * read, and asked by entity-mentions.ts word by word.
 */

import { NUMBER_WORDS, STOPWORDS, TITLES } from './lexicon.ts';
import { adjacentTokens, type Doc, type Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import type { Token } from './tokens.ts';

export interface Vocabulary {
  /** Words the library writes in lower case somewhere. */
  lower: Set<string>;
  /** Their comparison keys (stems), so another inflection of a lower-case word is known too. */
  lowerNorms: Set<string>;
  /** Words the library capitalises somewhere other than at a sentence start. */
  capitalisedMidSentence: Set<string>;
  /** Capitalised words that stand alone as a name somewhere (between non-capitalised words). */
  standalone: Set<string>;
  /** Two capitalised words written side by side mid-sentence ("the Northern Crossings Company"), as "first second". */
  namePairs: Set<string>;
  /** Capitalised words written right after "in", "at", "from" or "near": places, not adjectives. */
  placed: Set<string>;
  /**
   * Every capitalised word, filed by its first four letters, to recognise demonyms ("Norwegian"
   * next to "Norway"): a demonym's stem has at least four, so each lookup reads one small list.
   */
  capitalised: Map<string, Set<string>>;
  /** Hyphen-joined capitalised pairs given as a nickname ("dubbed ROBO-LUKE"), as "first-second": one name wherever written. */
  nicknames: Set<string>;
  /** Capitalised pairs the library joins with "&" ("Ember & Oak"), as "first second": one name with "and" too. */
  ampersandPairs: Set<string>;
  /** Titles the library puts in quotation marks ("meet the press"), to know them unquoted too. */
  titles: Set<string>;
  /** The first word of each title: most names start no title, and need no lookup. */
  titleStarts: Set<string>;
  demonymCache: Map<string, boolean>;
}

/** Words right before a nickname: "dubbed 'Robo-Luke'", "known as Big-Tav", "known to locals as", "a new name - ". */
const NAMING_CUE = /\b(?:(?:dubbed|nicknamed)(?: the)?|(?:adored|loved|revered|celebrated|hailed|cherished) (?:by|to|among) (?:[a-z'’]+ ){0,2}?[a-z'’]+ as(?: the)?|known(?: (?:to|among|on|in|around) (?:[a-z'’]+ ){0,2}?[a-z'’]+)? as(?: the)?|aka|a\.k\.a\.|called|(?:new )?(?:name|nickname|moniker)\s*[-–—:,]?)\s+['‘"“]?$/i;

/** Token i opens a nickname: "dubbed the Hero of Ostry Road", "known as the Butcher of Brana". */
export function afterNamingCue(s: Sentence, i: number): boolean {
  return i > 0 && NAMING_CUE.test(s.text.slice(0, s.tokens[i].start - s.range.start));
}

/** Prepositions a demonym never follows ("in Corran", never "in Norwegian officials"). */
const PLACE_ONLY_PREPOSITIONS = new Set(['in', 'at', 'from', 'near']);

/**
 * Adverbs that open a sentence and link it to the one before ("Instead Rovers are paying ...",
 * "Meanwhile Halvik ..."): never a name's first word, even when the library writes them nowhere
 * else in lower case.
 */
const SENTENCE_ADVERBS = new Set(['instead', 'meanwhile', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'elsewhere', 'afterwards', 'separately', 'overall', 'ultimately', 'indeed', 'otherwise', 'besides', 'likewise', 'hence']);

export function collectVocabulary(docs: Doc[]): Vocabulary {
  const v: Vocabulary = { lower: new Set(), lowerNorms: new Set(), capitalisedMidSentence: new Set(), standalone: new Set(), namePairs: new Set(), placed: new Set(), nicknames: new Set(), ampersandPairs: new Set(), capitalised: new Map(), titles: new Set(), titleStarts: new Set(), demonymCache: new Map() };
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
          if (!prev.cap && (!next || !next.cap || t.possessive) && !sharesSurnameAfter(s, i)) v.standalone.add(t.lower);
          // Only a pair that opens a name and holds no office ("with Finance Minister X",
          // "Chief Starter X" open with a title, which the sentence's start may drop).
          if (next?.cap && !prev.cap && !t.possessive && adjacentTokens(s, t, next) && !TITLES.has(t.lower) && !TITLES.has(next.lower)) v.namePairs.add(`${t.lower} ${next.lower}`);
          if (PLACE_ONLY_PREPOSITIONS.has(prev.lower)) v.placed.add(t.lower);
        }
        const next = s.tokens[i + 1];
        if (t.cap && next?.cap && /^\s?&\s?$/.test(s.text.slice(t.end - s.range.start, next.start - s.range.start))) v.ampersandPairs.add(`${t.lower} ${next.lower}`);
        if (t.cap && next?.cap && i > 0 && !headline && NAMING_CUE.test(s.text.slice(0, t.start - s.range.start))) {
          const gap = s.text.slice(t.end - s.range.start, next.start - s.range.start);
          if (gap === '-') v.nicknames.add(`${t.lower}-${next.lower}`);
          // "has a new name - Shortcut Sasha -": a nickname's words are a name wherever written,
          // though one of them is a common word ("a shortcut").
          else if (gap === ' ' && !t.possessive) v.namePairs.add(`${t.lower} ${next.lower}`);
        }
      });
    }
  }
  return v;
}

/**
 * "Julian and Fenna Garrard": a first name coordinated with a full name shares its surname, so
 * it does not stand alone (and "Julian Garrard" elsewhere keeps its first name, though "Julian"
 * is shaped like a demonym).
 */
function sharesSurnameAfter(s: Sentence, i: number): boolean {
  const [and, first, last, after] = [s.tokens[i + 1], s.tokens[i + 2], s.tokens[i + 3], s.tokens[i + 4]];
  return and?.lower === 'and' && !!first?.cap && !!last?.cap && !first.possessive && adjacentTokens(s, first, last) && !(after?.cap && adjacentTokens(s, last, after));
}

/**
 * A capitalised word that opens a sentence is an ordinary word ("Keeping", "Earlier") unless the
 * library also capitalises it mid-sentence; words written in lower case elsewhere, in any
 * inflection ("Ticket holders" / "bought tickets"), are ordinary too. So is a lone opener the
 * library never capitalises mid-sentence ("Pop star X", "Rescue teams"): a name is written with
 * its capital wherever it stands, and a word seen only where every word is capitalised is no
 * evidence of one.
 */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A capitalised word opening a sentence is an ordinary word when the library also writes it in
 * lower case, or when it is shaped like an adjective or adverb ("Stranded", "Furious",
 * "Reportedly", "Heartbroken"). Not "-er": first names and surnames end so ("Alexander", "Walker").
 */
/**
 * Labels a tabloid puts before a name at the start of a sentence ("Boss Henrik Dalby admitted",
 * "Ace Mika Loren", "Widow Marjorie Eddows, 81,"): nouns, not first names, even where the library never writes them in lower case.
 */
const LABEL_NOUNS = new Set(['boss', 'bosses', 'ace', 'hero', 'heroes', 'legend', 'star', 'superstar', 'supremo', 'veteran', 'rookie', 'tycoon', 'cops', 'medics', 'officials', 'experts', 'chiefs', 'ringleader', 'widow', 'widower', 'mum', 'dad', 'grandad', 'gran', 'granny', 'pensioner', 'teen', 'schoolboy', 'schoolgirl', 'thug', 'conman', 'fraudster', 'crook']);

/**
 * Adjectives a tabloid puts before a name at the start of a sentence ("Brave Kira Hollis, 22,
 * hauled ..."), not shaped like one (no "-ous", "-ful"): never a first name.
 */
const LABEL_ADJECTIVES = new Set(['brave', 'plucky', 'tragic', 'heroic', 'tiny', 'evil', 'lucky', 'sick', 'tough', 'bold', 'proud', 'cute', 'poor']);

/**
 * Prepositions that open a sentence before a place ("Outside Halden General Hospital, ..."): no
 * name's first word, though the library may never write them in lower case. (The commonest are
 * stop words, stripped before this is asked.)
 */
const OPENING_PREPOSITIONS = new Set(['outside', 'inside', 'beyond', 'despite', 'amid', 'amidst', 'across', 'behind', 'beside', 'beneath', 'near', 'onto', 'throughout', 'unlike', 'alongside', 'opposite', 'following', 'ahead']);

export function ordinaryOpener(t: Token, vocab: Vocabulary, alone: boolean, next?: Token): boolean {
  if (ACRONYM.test(t.text)) return false; // "SDP officials said": an acronym is a name wherever it stands
  if (OPENING_PREPOSITIONS.has(t.lower)) return true;
  // "Northern Crossings, which runs the bridge": the two words the library writes together
  // mid-sentence ("the Northern Crossings Company") open a name at a sentence's start too.
  if (next && vocab.namePairs.has(`${t.lower} ${next.lower}`)) return false;
  if (vocab.capitalisedMidSentence.has(t.lower)) return vocab.lower.has(t.lower) && !t.possessive;
  return alone || vocab.lower.has(t.lower) || vocab.lowerNorms.has(t.norm) || SENTENCE_ADVERBS.has(t.lower) || LABEL_NOUNS.has(t.lower) || LABEL_ADJECTIVES.has(t.lower) || /(?:ing|ly|ed|est|ous|ful|ive|less|able|ible|broken|stricken|ridden|struck)$/.test(t.lower);
}

const SHOUTED_VERB_FORM = /^\p{Lu}{3,}(?:ED|ING)$/u;
const SHOUTED_ADJECTIVE = /^\p{Lu}{3,}(?:IC|OUS|FUL|IVE|LESS|ABLE|IBLE|EST)$/u;

export function isNameToken(t: Token): boolean {
  if (!t.cap || t.isNumber) return false;
  if (t.text === 'I') return false;
  // A number shouted in capitals ("the death toll hit FIVE") is a figure, not a name.
  if (t.text.length > 2 && t.text === t.text.toUpperCase() && Object.hasOwn(NUMBER_WORDS, t.lower)) return false;
  // So is a verb form shouted in capitals ("was SACKED", "CRASHING"): too long for an acronym's
  // letters to end so by chance.
  if (SHOUTED_VERB_FORM.test(t.text)) return false;
  // And an adjective shouted before a name ("TRAGIC Sophie Wrobel"): longer than most acronyms,
  // and ending as adjectives do.
  if (SHOUTED_ADJECTIVE.test(t.text)) return false;
  return true;
}

/** Only a single space (or nothing) may separate the words of one name. */
export const adjacent = adjacentTokens;

/**
 * A title in quotation marks (a show, book, song or operation: “Meet the Press”, "Paper
 * Lanterns"): two to eight words, all capitalised but for short function words, filling the
 * quotes. It is one name, so its common words ("meet", "press") are not read as what the
 * sentence says, and it is not cut into pieces at the function words. Returns the index of the
 * title's last token, or -1.
 */
export function quotedTitleEnd(s: Sentence, first: number): number {
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
export function knownTitleEnd(s: Sentence, first: number, vocab: Vocabulary): number {
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

/**
 * A headline or citation line capitalises every word ("Mayor To Open Talks With Strikers Over
 * Pay"): there a capital says nothing, so each word is judged like a sentence opener. Prose
 * capitalises a function word mid-sentence at most once ("The Hague"); two mark a headline.
 */
export const inHeadlineCase = perSentence((s: Sentence): boolean => {
  let capitalisedFunctionWords = 0;
  for (let i = 1; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.cap && STOPWORDS.has(t.lower) && t.text !== 'I' && !isAfterOpener(s, i)) capitalisedFunctionWords++;
  }
  return capitalisedFunctionWords >= 2;
});

/** The last character before token k, past white space, opens a quote or a clause. */
export function isAfterOpener(s: Sentence, k: number): boolean {
  const text = s.text;
  let i = s.tokens[k].start - s.range.start - 1;
  while (i >= 0 && WHITE_SPACE.test(text[i])) i--;
  if (i < 0 || !OPENER_MARKS.includes(text[i])) return false;
  // A word alone in brackets is a name or its short form, a dateline's credit ("LINDHAVEN
  // (Meridian) —") or an acronym given after a name: it opens no clause.
  if (text[i] === '(' && text[s.tokens[k].end - s.range.start] === ')') return false;
  // A straight quote right after a word closes a quotation: '"Rocket Rado" Kvesel'.
  return text[i] !== '"' || i === 0 || !/[\p{L}\p{N}.,!?]/u.test(text[i - 1]);
}
const WHITE_SPACE = /\s/;
const OPENER_MARKS = '"“‘(:—–-';

export const DEMONYM_SUFFIXES = ['ians', 'ian', 'eans', 'ean', 'ans', 'an', 'ese', 'ish', 'is', 'i', 's'];

/** "Norwegian" when the library also writes "Norway": an adjective or a people, not a name. */
export function isDemonymOfKnownPlace(lower: string, vocab: Vocabulary): boolean {
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

export function isDemonymShaped(lower: string): boolean {
  return /(?:ians?|eans?|ans?|ese|ish)$/.test(lower) && lower.length > 4;
}
