import { stemmer } from 'stemmer';
import { perWord } from './memo.ts';
import { BOILERPLATE, IRREGULAR_FORMS, LIGHT_VERB_NOUNS, LIGHT_VERBS, NEGATORS, NUMBER_WORDS, PHRASAL_VERBS, REPORTING, STOPWORDS, SYNONYM_GROUPS, TIME_WORDS, MONTHS } from './lexicon.ts';

export interface Token {
  /** Offsets in the article's reading text; a possessive "’s" is excluded from the range. */
  start: number;
  end: number;
  /** Surface text without a possessive ending. */
  text: string;
  lower: string;
  /** Comparison key: synonym-class head, else Porter stem, of the lower-cased word. */
  norm: string;
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
  possessive: boolean;
  isNumber: boolean;
  /** A stopword, reporting verb or punctuation-like token: carries no content. */
  stop: boolean;
  negator: boolean;
}

// A plural possessive keeps its apostrophe in the match ("Workers' Union"), so the token can
// say it owns what follows; tokenShape then trims it off the token's text and range.
const TOKEN_RE = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+(?:['’][\p{L}]+)*)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|[$€£%]/gu;

/** Normalises typographic variants so comparisons see one spelling. */
/** Letters no accent-stripping splits, by how English spells them ("Sælen" is "Saelen", "Øster" "Oster"). */
const LETTER_FOLDS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const UNSPLIT_LETTERS = /[æœøßłđðþı]/g;

export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().replace(UNSPLIT_LETTERS, (c) => LETTER_FOLDS[c]);
}

/**
 * Agent nouns in "-eer" keep their ending: the stemmer cuts "engineer" to "engin", the stem of
 * "engine", so "an engineer was sent" would meet "12 engines had been sent".
 */
const EER_NOUN = /^(\p{L}{3,}eer)(?:s|ed|ing)?$/u;
const stem = perWord((w: string): string => (EER_NOUN.test(w) ? w.replace(EER_NOUN, '$1') : stemmer(w)), 50000);

/** Word or stem -> head of its synonym class. Built once from the lexicon. */
const SYNONYM_OF = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = stem(group[0]);
  for (const entry of group) {
    // "=forces": this form only; its stem belongs to another sense too.
    const exact = entry.startsWith('=');
    const w = exact ? entry.slice(1) : entry;
    if (!SYNONYM_OF.has(w)) SYNONYM_OF.set(w, head);
    const s = stem(w);
    if (!exact && !SYNONYM_OF.has(s)) SYNONYM_OF.set(s, head);
  }
}

/** The stem of one lower-cased word, irregular forms folded to their base, no synonym class. */
export function wordStem(lower: string): string {
  const raw = lower.replace(/['’]/g, '').replace(/-/g, '');
  return stem(IRREGULAR_FORMS.get(raw) ?? raw);
}

/** The comparison key of one lower-cased word. */
export function normalizeWord(lower: string): string {
  const raw = lower.replace(/['’]/g, '').replace(/-/g, '');
  const w = IRREGULAR_FORMS.get(raw) ?? raw;
  const direct = SYNONYM_OF.get(w);
  if (direct) return direct;
  const s = stem(w);
  return SYNONYM_OF.get(s) ?? s;
}

/** "call off" -> the key of "cancel", looked up by the verb's comparison key and the particle. */
const PHRASAL = new Map([...PHRASAL_VERBS].map(([pair, plain]) => {
  const [verb, particle] = pair.split(' ');
  return [`${normalizeWord(verb)} ${particle}`, normalizeWord(plain)];
}));
/** The particles of PHRASAL: most words are not one, so no key is built for them. */
const PARTICLES = new Set([...PHRASAL_VERBS.keys()].map((pair) => pair.split(' ')[1]));

/** The comparison key of a two-word verb ("called off" -> cancel's), or undefined. */
export function phrasalVerb(verb: Token, particle: Token): string | undefined {
  return PARTICLES.has(particle.lower) ? PHRASAL.get(`${verb.norm} ${particle.lower}`) : undefined;
}

export function isNegatorWord(lower: string): boolean {
  return NEGATORS.has(lower) || /n['’]t$/.test(lower);
}

/** Every hyphen-joined part starts with a capital: "Smith-Lopez". */
const WORD_PREFIXES = new Set(['anti', 'pro', 'non', 'co', 'counter', 'ex', 'post', 'pre', 'inter', 'trans', 'multi', 'pan', 'neo', 'semi', 'sub', 'super', 'ultra', 'mid', 'self', 'cross', 're']);

const CAPITALISED_PARTS = /^\p{Lu}[^-]*(?:-\p{Lu}[^-]*)*$/u;

/** Tokenises text[from, to) into word tokens with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    // "Trump-Putin summit": capitalised parts joined by hyphens are separate names, unless the
    // first is a prefix ("Anti-Doping Agency", "Pro-Democracy Party").
    if (raw.includes('-') && CAPITALISED_PARTS.test(raw) && !WORD_PREFIXES.has(raw.slice(0, raw.indexOf('-')).toLowerCase())) {
      let offset = 0;
      for (const part of raw.split('-')) {
        out.push(makeToken(part, start + offset));
        offset += part.length + 1;
      }
      continue;
    }
    out.push(makeToken(raw, start));
  }
  nounSenses(out);
  return out;
}

/** Words after which a light verb's form is a noun: "the show", "her shows", "Saturday's show". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each']);

/**
 * A light verb is no claim ("the figures show"), but after a determiner it is a noun that says
 * what the story is about: "the show will not be rescheduled" is the concert, and keyed so. Not
 * "a show of force", which is no performance.
 */
function nounSenses(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.stop || !Object.hasOwn(LIGHT_VERB_NOUNS, t.lower)) continue;
    const prev = tokens[i - 1];
    if ((!NOUN_OPENERS.has(prev.lower) && !prev.possessive) || tokens[i + 1]?.lower === 'of') continue;
    tokens[i] = { ...t, stop: false, norm: normalizeWord(LIGHT_VERB_NOUNS[t.lower]) };
  }
}

type TokenShape = Omit<Token, 'start' | 'end'>;

/**
 * Everything about a token but its position depends on its raw text alone, and news prose
 * repeats words constantly, so each distinct raw word is analysed (folded, stemmed, classified)
 * once. Bounded so a huge import cannot grow it without limit.
 */
const shapeOf = perWord(tokenShape, 50000);

function makeToken(raw: string, start: number): Token {
  const shape = shapeOf(raw);
  // Spelled out rather than spread: one object literal of a fixed shape is several times faster.
  return {
    start,
    end: start + shape.text.length,
    text: shape.text,
    lower: shape.lower,
    norm: shape.norm,
    cap: shape.cap,
    possessive: shape.possessive,
    isNumber: shape.isNumber,
    stop: shape.stop,
    negator: shape.negator,
  };
}

/** A month's name in lower case is the word, not the month: "the march left at 14:00". */
const lowerCaseMonth = (text: string): boolean => MONTHS.has(text);

function tokenShape(raw: string): TokenShape {
  let text = raw;
  let possessive = false;
  const poss = /['’]s$/i.exec(text);
  if (poss && text.length > 2 && !/n['’]t$/i.test(text)) {
    text = text.slice(0, -2);
    possessive = true;
  } else if (/s['’]$/.test(text)) {
    text = text.slice(0, -1);
    possessive = true;
  }
  const lower = fold(text);
  const isNumber = /^\p{N}/u.test(text);
  const cap = /^\p{Lu}/u.test(text);
  const negator = isNegatorWord(lower);
  const bare = lower.replace(/\./g, '');
  // Contractions ("don't"), number words (quantities carry them) and light verbs carry no claim.
  const stop = !isNumber && (STOPWORDS.has(bare) || REPORTING.has(bare) || BOILERPLATE.has(bare) || LIGHT_VERBS.has(bare) || (TIME_WORDS.has(bare) && !lowerCaseMonth(text)) || Object.hasOwn(NUMBER_WORDS, bare) || /^[$€£%]$/.test(text) || bare.length < 2 || /['’]/.test(bare));
  return {
    text,
    lower,
    norm: isNumber ? text : normalizeWord(bare),
    cap,
    possessive,
    isNumber,
    stop,
    negator,
  };
}
