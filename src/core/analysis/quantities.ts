import { AMOUNT_HEADS, DURATION_UNITS, isPastForm, UNIT_SIZES, wordNumber, LIGHT_VERB_NOUNS, LIGHT_VERBS, MAGNITUDE_WORDS, MEASURE_UNITS, MONTHS, PERSON_NOUNS, personNoun, SHORT_PAST_FORMS, VAGUE_PLURALS, WEEKDAYS } from './lexicon.ts';
import { perWord, wordFeature } from './memo.ts';
import { pushTo } from './multimap.ts';
import { normalizeWord, phrasalVerb, type Token } from './tokens.ts';
import { HIGHER, LOWER, moveBefore } from './moves.ts';
import { ratePointsAt } from './rate-points.ts';
import { fractionShareAt } from './share-fractions.ts';
import { tallyAt } from './tallies.ts';

/**
 * Quantities with their meaning: a range of values, a unit and what is counted. "at least three"
 * is [3, inf), "dozens" [24, 99], "nearly 3 years" [2.5, 3] years, "two women and a man" 3
 * people. Two quantities conflict only when they measure the same thing (same unit and counted
 * noun) and their ranges cannot overlap.
 */
export interface Quantity {
  start: number;
  end: number;
  surface: string;
  /** The figure as a reader would quote it in an explanation ("6.1", "at least 12 people"). */
  display: string;
  min: number;
  max: number;
  /** 'money:$' (one unit per currency), 'percent', 'duration', 'magnitude', 'rating:<scale>', 'count'. */
  unit: string;
  /** Normalised words naming what is counted or measured ("people", "weapon"). */
  counted: string[];
  /** The figure as written, before "about"/"nearly"/"more than" widen it ("nearly 3 years" -> 3 years). */
  nominal: number;
  /** A part of a whole named elsewhere: "10 of the cancelled dates", "three of her children". */
  part: boolean;
  /** A rate's period ("6 million a day" -> 'day'): a rate is not comparable with a total. */
  per: string | null;
  /** A difference between two figures ("a gap of 2.2 points, or 4,112 votes"), not a total. */
  difference: boolean;
  /** The size of the unit a measurement was written in ("ft": 0.3048), its value being in its measure's unit ("metre"): UNIT_SIZES. */
  scale?: number;
  /**
   * A participle before the counted noun that narrows it to some of a kind ("one working
   * scanner", "298 surviving animals"): such a count measures what another count of the noun
   * alone does not, unless that one says the same of its noun.
   */
  narrowedBy?: string;
  /**
   * The most there was, told as such where the figure stands as what something is or did
   * ("was up to 5 metres deep", "As many as 20 skiers were buried"), not as a limit after a
   * preposition ("fines of up to £5,000", "on up to 1.2 million tonnes a year").
   */
  peak?: boolean;
}

/** A time limit on an action: "within 24 hours", "before the vote is held", "by March". */
export interface Deadline {
  start: number;
  end: number;
  surface: string;
  /** Seconds for a duration, else a normalised text key. */
  seconds: number | null;
  key: string;
  /** Token index where the expression starts (to find the action it limits). */
  tokenIndex: number;
}

const APPROX_BEFORE: Record<string, [number, number]> = {
  about: [0.85, 1.15], around: [0.85, 1.15], roughly: [0.85, 1.15], approximately: [0.85, 1.15],
  some: [0.85, 1.15], nearly: [0.8, 1], almost: [0.8, 1], estimated: [0.8, 1.2], an: [1, 1],
};

/**
 * "about 60,000" may be 55,000, but "about 58,900" is not 61,000: a figure written to more
 * significant digits was counted more closely, so the slack of "about" narrows with the
 * rounding of the figure itself (to no less than 2%).
 */
function approximation(range: [number, number], t: Token): [number, number] {
  if (!t.isNumber) return range;
  const digits = t.text.replace(/,/g, '');
  const value = Number(digits);
  if (!(value > 0)) return range;
  const rounding = roundingOf(digits);
  const scale = Math.min(1, Math.max(0.01, (5 * rounding) / value) / 0.15);
  return [1 - (1 - range[0]) * scale, 1 + (range[1] - 1) * scale];
}

/** The place value of a figure's last written digit: 1 for "61", 0.1 for "6.1", 1,000 for "60,000". */
function roundingOf(figure: string): number {
  const digits = figure.replace(/,/g, '');
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  return decimals > 0 ? 10 ** -decimals : 10 ** (/0*$/.exec(digits)![0].length);
}

function numberValue(t: Token): number | null {
  if (t.isNumber) {
    const v = Number(t.text.replace(/,/g, ''));
    return Number.isFinite(v) ? v : null;
  }
  return wordNumber(t.lower);
}

/** A figure in digits or words ("19", "seven", "thirty-six"). */
export function isFigure(t: Token): boolean {
  return numberValue(t) !== null;
}


const HECTARE = normalizeWord('hectare');
const SQUARE_METRES_PER_HECTARE = 10_000;

/**
 * An area written as a squared length at tokens[k]: "square kilometres", "sq miles",
 * "square-kilometre", "km2". Its size is in hectares, the measure acres are kept in, and how
 * many tokens it spans.
 */
function areaUnit(tokens: Token[], k: number): { size: number; words: number } | null {
  // A length unit's size squared, in hectares; null for any other word.
  const squared = (length: string, words: number): { size: number; words: number } | null => {
    const unit = Object.hasOwn(UNIT_SIZES, length) ? UNIT_SIZES[length] : undefined;
    return unit && unit[0] === 'metre' ? { size: (unit[1] * unit[1]) / SQUARE_METRES_PER_HECTARE, words } : null;
  };
  const word = tokens[k].lower;
  const joined = /^(?:square|sq)-(.+)$/.exec(word) ?? /^([a-z]+)(?:2|²)$/.exec(word);
  if (joined) return squared(joined[1], 1);
  return (word === 'square' || word === 'sq') && tokens[k + 1] ? squared(tokens[k + 1].lower, 2) : null;
}

/** Fractions a hyphenated compound may open: "a half-hour delay", "a quarter-mile". */
const FRACTION_WORDS: Record<string, number> = { half: 0.5, quarter: 0.25 };

/** Words that name the dimension a measure is of: "1.1 metres thick", "a two-metre-thick wall". */
const DIMENSION_WORDS = /^(?:long|high|tall|deep|wide|broad|thick)$/;

/** A unit joined to its dimension ("metre-thick" in "a 2-metre-thick wall"), split in two. */
function unitWithDimension(word: string): { unit: string; dimension: string } | null {
  const m = /^([a-z]+)-([a-z]+)$/.exec(word);
  return m && Object.hasOwn(UNIT_SIZES, m[1]) && DIMENSION_WORDS.test(m[2]) ? { unit: m[1], dimension: m[2] } : null;
}

/** Parses the head of a hyphenated compound like "three-year", "40-minute" or "thirty-six-hour". */
function compoundNumber(t: Token): { value: number; unit: string; dimension?: string } | null {
  if (!t.lower.includes('-')) return null;
  // "a two-metre-thick wall": a measure and its dimension.
  const sized = /^([a-z]+)-([a-z]+-[a-z]+)$/.exec(t.lower);
  const split = sized ? unitWithDimension(sized[2]) : null;
  const number = sized ? wordNumber(sized[1]) : null;
  if (split && number !== null) return { value: number, ...split };
  const m = /^([a-z]+(?:-[a-z]+)?|\d+(?:\.\d+)?)-([a-z]+)$/.exec(t.lower);
  if (!m) return null;
  // "a half-hour delay", "a quarter-mile": a fraction of a unit (not a "quarter-final" or "half-time").
  const fraction = FRACTION_WORDS[m[1]];
  if (fraction !== undefined) return DURATION_UNITS[m[2]] !== undefined || Object.hasOwn(UNIT_SIZES, m[2]) ? { value: fraction, unit: m[2] } : null;
  const v = /^\d/.test(m[1]) ? Number(m[1]) : wordNumber(m[1]);
  // "twenty-first" is a place in an order, not twenty of something.
  if (v === null || /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(m[2])) return null;
  return { value: v, unit: m[2] };
}

/**
 * A place in an order written in digits, with what it orders: "in the 87th minute", "his 100th
 * cap", "the 3rd round". Unit 'rank'; two ranks of the same thing conflict like two counts.
 */
function ordinalRank(tokens: Token[], i: number): Quantity | null {
  const suffix = tokens[i + 1];
  const noun = tokens[i + 2];
  if (!suffix || suffix.start !== tokens[i].end || !/^(?:st|nd|rd|th)$/.test(suffix.lower)) return null;
  const v = Number(tokens[i].text.replace(/,/g, ''));
  // "are 19th in the division", "slipped to 20th", "in 21st place": a standing in a table.
  if (standingAt(tokens, i)) {
    const place = noun && STANDING_NOUNS.has(noun.lower);
    const end = place ? noun : suffix;
    const surface = place ? `${tokens[i].text}${suffix.text} ${noun.text}` : `${tokens[i].text}${suffix.text}`;
    return { start: tokens[i].start, end: end.end, surface, display: surface, min: v, max: v, unit: 'rank', counted: [STANDING], nominal: v, part: false, per: null, difference: false };
  }
  if (!noun || (noun.stop && DURATION_UNITS[noun.lower] === undefined) || noun.cap || noun.isNumber) return null;
  const surface = `${tokens[i].text}${suffix.text} ${noun.text}`;
  return { start: tokens[i].start, end: noun.end, surface, display: surface, min: v, max: v, unit: 'rank', counted: [noun.norm], nominal: v, part: false, per: null, difference: false };
}

/** Nouns after an ordinal that make it a standing: "21st place". */
const STANDING_NOUNS = new Set(['place', 'position', 'spot']);
/** What a standing counts, whichever way it is told. */
const STANDING = normalizeWord('standing');
/** Verbs of a move in a table before "to" and an ordinal: "slipped to 20th". */
const STANDING_MOVES = /^(?:slipped|slips|slid|dropped|drops|fell|falls|climbed|climbs|rose|rises|moved|moves|jumped|jumps|sank|sinks|tumbled|went|goes)$/;

/**
 * An ordinal told as a place in a table, not as the nth of something: followed by "place" or
 * "position", or by "in" after a verb ("are 19th in the division", not "on the 19th in Paris"),
 * or reached by a move ("slipped to 20th").
 */
function standingAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 2];
  const prev = tokens[i - 1];
  if (next && STANDING_NOUNS.has(next.lower)) return true;
  if (!prev) return false;
  if (next?.lower === 'in' && /^(?:is|are|was|were|be|been|finished|finish|finishes|sit|sits|sat|lie|lies|lay|remain|remains|remained|stand|stands|stood)$/.test(prev.lower)) return true;
  return prev.lower === 'to' && STANDING_MOVES.test(tokens[i - 2]?.lower ?? '');
}

/**
 * Scales a thing is rated on by a number after the scale's name: "a Category 4 cyclone", "raised
 * the alert to level 3". The figure is a rating, its unit the scale, compared only with ratings
 * on the same scale (not "Article 5" or "Route 66", which name things).
 */
const RATING_SCALES = new Set(['category', 'level', 'grade', 'tier']);

function rating(text: string, scale: Token, figure: Token, value: number): Quantity {
  const surface = text.slice(scale.start, figure.end);
  return { start: scale.start, end: figure.end, surface, display: surface, min: value, max: value, unit: 'rating:' + scale.lower, counted: [scale.norm], nominal: value, part: false, per: null, difference: false };
}

/** Words between a share and what it is of, named before it: "Turnout stood at", "was roughly". */
const SHARE_LINKS = new Set(['was', 'is', 'were', 'are', 'stood', 'stands', 'reached', 'hit', 'rose', 'fell', 'climbed', 'dropped', 'at', 'to', 'around', 'about', 'roughly', 'approximately', 'nearly', 'almost', 'just', 'only', 'over', 'under', 'below', 'above']);
/** Tokens back from a share to what it is of. */
const SHARE_REACH = 4;

/** What a share is of, named right before its figure and linking verb ("Turnout stood at 61.4%"). */
function shareSubject(text: string, tokens: Token[], first: number): string | undefined {
  let b = first - 1;
  while (b >= 0 && b >= first - SHARE_REACH && SHARE_LINKS.has(tokens[b].lower)) b--;
  if (b < 0 || b === first - 1 || !SHARE_LINKS.has(tokens[b + 1].lower)) return undefined;
  const t = tokens[b];
  if (t.stop || t.isNumber || /[,;:.!?]/.test(text.slice(t.end, tokens[b + 1].start))) return undefined;
  return t.norm;
}

/** Event nouns/verbs that name what a casualty-style count measures ("killed", "death toll", "injured", "trapped"). */
const COUNTED_HEADS = new Set(['kill', 'injur', 'toll', 'miss', 'arrest', 'evacu', 'trap', 'person'].map((w) => normalizeWord(w)));

/**
 * Verbs of staying or of being reported that stand between a figure and what befell it: "two
 * remain missing" is "two are missing", "two confirmed dead" and "five feared trapped" count the
 * dead and the trapped.
 */
const BEFORE_FATE = new Set(['remain', 'confirmed', 'feared', 'presumed', 'believed', 'reported', 'thought', 'known'].map((w) => normalizeWord(w)));
/** Verbs that open a sentence's predicate after its subject. */
const AUXILIARY_VERBS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would']);

/** What a count of people counts. */
export const PEOPLE = normalizeWord('people');
/** What "a 46-year-old" counts: an age, which every person in a story has. */
export const AGE = normalizeWord('year-old');
/** "revised up to 131", "has gone up to 40": "up" belongs to the verb, and the figure is exact. */
const MOVED_UP = /^(?:revised|revise|revises|gone|went|goes|go|moved|pushed|ratcheted|marked|scaled|bumped|shot|climbed)$/;
const TALLIES = new Set(['number', 'count', 'total', 'tally']);
const POPULATED = new Set(['town', 'city', 'village', 'hamlet', 'country', 'nation', 'island', 'community', 'suburb', 'district', 'municipality', 'population']);
const POPULATION = normalizeWord('population');
/** Counts from this size on: a crowd, not a handful; two such figures close in value by chance are rare. */
export const LARGE_COUNT = 1000;

const ADMITTED = normalizeWord('admitted');
/** Words between a gathering and its size: "a crowd of", "the attendance was", "stood at". */
const GATHERING_LINKS = new Set(['of', 'was', 'is', 'were', 'stood', 'at', 'reached']);

function gatheringBefore(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (!GATHERING_LINKS.has(tokens[k]?.lower ?? '')) return false;
  while (k > 0 && GATHERING_LINKS.has(tokens[k].lower) && first - k <= 2) k--;
  return GATHERINGS.has(tokens[k]?.lower ?? '');
}
const GATHERINGS = new Set(['crowd', 'audience', 'attendance', 'congregation', 'gathering']);

/** The company a figure sizes, named just before it ("the group of 12"), if any. */
export function companyBefore(tokens: Token[], first: number): string | undefined {
  const head = tokens[first - 2];
  return tokens[first - 1]?.lower === 'of' && head && COMPANIES.has(head.lower) ? head.lower : undefined;
}
/** Nouns for a company of people that goes and fares together: a party of climbers, a team. */
const COMPANIES = new Set(['group', 'party', 'team', 'crew', 'squad']);

/** Minutes before "past" or "to" in a time of day told in words. */
const CLOCK_MINUTES = new Set(['five', 'ten', 'quarter', 'twenty', 'twenty-five', 'half']);
/** What may come before a time of day told with "to", so "from five to eight" stays a range. */
const AT_TIME = new Set(['at', 'about', 'around', 'until', 'before', 'after', 'by', 'till']);

/**
 * A number word in a time of day: "(a) quarter past ten", "ten o'clock", "at five to eight". A
 * "to" form needs "at" or the like before it, or "from five to eight" would be a time.
 */
function clockWordAt(tokens: Token[], i: number): boolean {
  const at = (k: number): string => tokens[k]?.lower ?? '';
  if (/^o['’]clock$/.test(at(i + 1)) || (at(i + 1) === 'o' && /^['’]?clock$/.test(at(i + 2)))) return true;
  // The hour after "past"/"to", or the minutes before them.
  const clock = (minutes: number, link: number): boolean => {
    if (!CLOCK_MINUTES.has(at(minutes)) || wordNumber(at(link + 1)) === null) return false;
    if (at(link) === 'past') return true;
    if (at(link) !== 'to') return false;
    const before = at(minutes - 1) === 'a' ? minutes - 2 : minutes - 1;
    return AT_TIME.has(at(before));
  };
  return clock(i - 2, i - 1) || clock(i, i + 1);
}

/** Words before "a teenager", "a nurse" that make it what someone is, not one person counted. */
const PREDICATIVE = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'being', 'became', 'become', 'becomes', 'remains', 'remained', 'as']);

/**
 * Prepositions before "a player", "a patient" that make it anyone of a kind, or a source, not
 * someone counted: "a call from a resident".
 */
const GENERIC_AFTER = new Set(['to', 'for', 'with', 'like', 'than', 'about', 'against', 'from']);
/** Words after "a kid" within which a modal ("could", "can") makes it anyone of a kind. */
const GENERIC_SUBJECT_REACH = 6;
const MODALS = new Set(['could', 'can', 'would', 'might', 'may']);

/**
 * "A kid with a shop-bought drone could close any airport": a modal is the first verb after the
 * noun, so what anyone of a kind could do. ("A man was arrested and could face charges" counts one.)
 */
function genericSubject(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + GENERIC_SUBJECT_REACH; k++) {
    if (MODALS.has(tokens[k].lower)) return true;
    if (/^(?:is|was|are|were|has|had|have)$/.test(tokens[k].lower) || isPastForm(tokens[k].lower)) return false;
  }
  return false;
}

/** Pronouns that open a clause after a figure, not what it counts: "the 83 they confirmed". */
const SUBJECT_PRONOUNS = new Set(['they', 'we', 'he', 'she', 'i', 'you']);

/** "N of the/her/these X" counts part of a whole, not the whole. */
const PARTITIVE_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'whose', 'them', 'us', 'whom', 'which']);

/** The figure at token `first` is the whole after "N of the": "39 of the 47", "three of its six". */
export function partitiveWholeAt(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (PARTITIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  const before = tokens[k - 1];
  return tokens[k]?.lower === 'of' && before !== undefined && isFigure(before);
}

/** Magnitudes spelled out, which an article can open: "a million", not "a m". */
const SPELLED_MAGNITUDES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion']);

/**
 * Participles that pick some of a kind out ("one working scanner", "298 surviving animals"),
 * unlike those that colour all of it ("25,000 screaming fans", "3,000 glittering coins").
 */
const NARROWING_PARTICIPLES = new Set(['working', 'functioning', 'operating', 'surviving', 'missing', 'existing', 'serving', 'sitting', 'striking', 'visiting', 'waiting', 'competing', 'participating', 'outstanding', 'living', 'dying']);

/**
 * The participle right after a figure that narrows the noun after it ("one working scanner",
 * "298 surviving animals", "four missing climbers"), as its comparison key.
 */
function narrowingParticiple(text: string, tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  const noun = tokens[j + 1];
  if (!t || !noun || !NARROWING_PARTICIPLES.has(t.lower)) return undefined;
  if (text.slice(t.end, noun.start) !== ' ' || noun.stop || noun.cap || noun.isNumber) return undefined;
  return t.norm;
}

/** The fraction after "and a": "seven and a half hours", "two and a quarter miles". */
const AND_A_FRACTION: Record<string, number> = { half: 0.5, quarter: 0.25 };

/** "half a million", "half an hour", "half a mile": half of one magnitude or unit. */
function halfOf(article: Token | undefined, next: Token | undefined): boolean {
  if (!next || (article?.lower !== 'a' && article?.lower !== 'an')) return false;
  return SPELLED_MAGNITUDES.has(next.lower) || DURATION_UNITS[next.lower] !== undefined || Object.hasOwn(UNIT_SIZES, next.lower);
}

/** Currency names after a figure ("40 euros", "200,000-crown fine") -> the unit key of their currency. */
const CURRENCY_WORDS: Record<string, string> = {};
for (const [key, names] of [
  ['$', 'dollar dollars bucks'], ['€', 'euro euros'], ['£', 'pound pounds sterling quid'], ['kr', 'crown crowns krona kronor krone kroner'],
  ['fr', 'franc francs'], ['¥', 'yen yuan renminbi'], ['rs', 'rupee rupees'], ['peso', 'peso pesos'], ['rub', 'rouble roubles ruble rubles'],
  ['uah', 'hryvnia hryvnias'], ['try', 'lira liras'], ['zar', 'rand rands'], ['ils', 'shekel shekels'], ['dinar', 'dinar dinars'],
  ['dirham', 'dirham dirhams'], ['brl', 'real reais'], ['pln', 'zloty zlotys'], ['mark', 'mark marks'], ['guilder', 'guilder guilders'],
  ['florin', 'florin florins'], ['huf', 'forint forints'], ['czk', 'koruna korunas'], ['kuna', 'kuna kunas'], ['ron', 'leu lei'],
  ['thb', 'baht'], ['myr', 'ringgit ringgits'], ['idr', 'rupiah rupiahs'], ['ngn', 'naira nairas'], ['shilling', 'shilling shillings'],
  ['riyal', 'riyal riyals rial rials'], ['bdt', 'taka'], ['gel', 'lari laris'], ['manat', 'manat manats'], ['kzt', 'tenge tenges'],
] as const) for (const n of names.split(' ')) CURRENCY_WORDS[n] = key;

export function extractQuantities(text: string, tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value = numberValue(t);
    // "every single ballot", "any single day": all of them, no count of one.
    if (t.lower === 'single' && /^(?:every|each|any)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    // (Most tokens can open neither: no figure, no "a", "half" or hyphenated word.)
    const opensFigure = value !== null || t.lower === 'a' || t.lower === 'half' || t.lower.includes('-');
    const points = opensFigure ? ratePointsAt(text, tokens, i) ?? fractionShareAt(text, tokens, i) : null;
    if (points) {
      // (Rate moves in points and shares told as fractions.) "a gap of 2.2 percentage points": a
      // margin, as any other figure may be.
      out.push({ ...points.quantity, difference: differenceBefore(text, tokens, i) });
      i = points.last;
      continue;
    }
    let first = i;
    let last = i;
    let unit = 'count';
    let lo = 1;
    let hi = 1;
    let vague: [number, number] | null = null;
    const compound = value === null ? compoundNumber(t) : null;
    if (compound) value = compound.value;
    if (value === null && (t.lower === 'a' || t.lower === 'an') && tokens[i + 1] && (PERSON_NOUNS.has(tokens[i + 1].lower) || tokens[i + 1].lower === 'dozen')) {
      // "since she was a teenager", "worked as a nurse": what someone is, not a count of people.
      if (tokens[i + 1].lower !== 'dozen' && PREDICATIVE.has(tokens[i - 1]?.lower ?? '')) continue;
      // "could have fed moves to a player", "unfair to a patient": anyone of a kind, not one counted.
      if (tokens[i + 1].lower !== 'dozen' && GENERIC_AFTER.has(tokens[i - 1]?.lower ?? '')) continue;
      // "A kid with a shop-bought drone could close any airport": anyone of a kind, what they could do.
      if (tokens[i + 1].lower !== 'dozen' && genericSubject(tokens, i + 2)) continue;
      value = 1;
    }
    // "a million", "a hundred people": one of the magnitude; "half a million", "half an hour": half of one.
    let article = 0;
    if (value === null && (t.lower === 'a' || t.lower === 'an') && SPELLED_MAGNITUDES.has(tokens[i + 1]?.lower ?? '')) value = 1;
    else if (value === null && t.lower === 'half' && halfOf(tokens[i + 1], tokens[i + 2])) {
      value = 0.5;
      article = 1;
    }
    if (value === null && VAGUE_PLURALS[t.lower] && tokens[i + 1]?.lower === 'of') vague = VAGUE_PLURALS[t.lower];
    if (value === null && !vague) continue;
    // A rating in digits or in words: "level 3", "danger level four", "Category Four".
    const scale = tokens[i - 1];
    if (value !== null && !compound && scale && RATING_SCALES.has(scale.lower) && text.slice(scale.end, t.start) === ' ') {
      out.push(rating(text, scale, t, value));
      continue;
    }
    // "Air Force One", but not a dateline's "(CPA) — Seven aid workers".
    if (!t.isNumber && value !== null && tokens[i - 1]?.cap && !tokens[i - 1].stop && i > 0 && text.slice(tokens[i - 1].end, t.start) === ' ') continue;
    if (tokens[i + 1] && MONTHS.has(tokens[i + 1].lower.replace(/\.$/, ''))) continue; // "13 Feb"
    // A time of day in words is no count: "at quarter past ten", "ten o'clock", "at twenty to six".
    if (!t.isNumber && clockWordAt(tokens, i)) continue;
    if (t.isNumber) {
      // A score or a vote's split ("beaten 3-0", "voted 4-1") counts nothing: see tallies.ts.
      const tally = tallyAt(text, tokens, i);
      if (tally) {
        i = tally.last;
        continue;
      }
      // Years, dates, identifiers and ordinals are not quantities.
      const prev = tokens[i - 1];
      if (text[t.end] && /\p{L}/u.test(text[t.end]) && !/[kmb]n?\b/i.test(text.slice(t.end, t.end + 3)) && !Object.hasOwn(UNIT_SIZES, tokens[i + 1]?.lower ?? '') && !Object.hasOwn(MAGNITUDE_WORDS, tokens[i + 1]?.lower ?? '')) {
        const rank = ordinalRank(tokens, i);
        if (rank) out.push(rank);
        continue;
      }
      // After a name, a number is part of it ("Boeing 737", "Route 66"), unless it is a share:
      // "Brandt 51.1% and Kovalenko 48.9%".
      const share = tokens[i + 1]?.text === '%' || tokens[i + 1]?.lower === 'percent' || perCent(tokens, i + 1);
      // ("Nearly 200 millimetres fell": a modifier capitalised only for opening the sentence.)
      const opener = i === 1 && Object.hasOwn(APPROX_BEFORE, prev?.lower ?? '');
      if (prev && (MONTHS.has(prev.lower.replace(/\.$/, '')) || (prev.cap && !prev.stop && !opener && !shouted(prev) && i > 0 && !/^[$€£]$/.test(prev.text) && !share))) continue;
      if (/^(1[89]|20)\d\d$/.test(t.text) && !tokens[i + 1]?.lower.match(/^(people|dollars|troops|km|miles)/)) continue;
      // Clock times ("9:40 a.m.", "3 p.m.", "at 21:15") are times of day, not quantities.
      if (text[t.start - 1] === ':' || (text[t.end] === ':' && /\d/.test(text[t.end + 1] ?? '')) || /^\s*[ap]\.?m\b/i.test(text.slice(t.end, t.end + 5))) continue;
    }
    // Modifiers before the number, and before its currency sign ("more than €90,000").
    const sign = /^[$€£]$/.test(tokens[i - 1]?.text ?? '') ? 1 : 0;
    const p1 = tokens[i - 1 - sign]?.lower;
    const p2 = tokens[i - 2 - sign]?.lower;
    let minOnly = false;
    let maxOnly = false;
    let peak = false;
    let approximate = false;
    if (p2 === 'just' && (p1 === 'under' || p1 === 'over') && t.isNumber) {
      // "just under 23,500": within the figure's last rounding step below it (or above it).
      const step = roundingOf(t.text) / (numberValue(t) ?? Infinity);
      [lo, hi] = p1 === 'under' ? [1 - step, 1] : [1, 1 + step];
      approximate = true;
      first = i - 2 - sign;
    } else if (p1 === 'than' && tokens[i - 3 - sign]?.lower === 'no' && (p2 === 'more' || p2 === 'fewer' || p2 === 'less')) {
      // "no more than 80 per cent" is at most 80, "no fewer than 40" at least 40.
      if (p2 === 'more') maxOnly = true;
      else minOnly = true;
      first = i - 3 - sign;
    } else if ((p2 === 'at' && p1 === 'least') || p1 === 'over' || (p2 === 'more' && p1 === 'than') || p1 === 'exceeding') {
      minOnly = true;
      first = (p1 === 'over' || p1 === 'exceeding' ? i - 1 : i - 2) - sign;
    } else if ((p2 === 'at' && p1 === 'most') || (p2 === 'up' && p1 === 'to' && !MOVED_UP.test(tokens[i - 3 - sign]?.lower ?? '')) || ((p2 === 'fewer' || p2 === 'less') && p1 === 'than')) {
      maxOnly = true;
      first = i - 2 - sign;
      peak = p2 === 'up' && !LIMIT_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '');
    } else if (p1 === 'as' && tokens[i - 3 - sign]?.lower === 'as' && /^(?:much|many|high)$/.test(p2 ?? '')) {
      // "could be worth as much as 9 million": a ceiling, like "up to".
      maxOnly = true;
      first = i - 3 - sign;
      peak = !LIMIT_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '');
    } else if (p1 && APPROX_BEFORE[p1] && p1 !== 'an') {
      [lo, hi] = approximation(APPROX_BEFORE[p1], t);
      // "nearly 26,000" stops short of the round figure below it, or the writer would have
      // said "nearly 25,000": 23,480 is not nearly 26,000.
      if ((p1 === 'nearly' || p1 === 'almost') && t.isNumber) lo = Math.max(lo, 1 - roundingOf(t.text) / (numberValue(t) ?? Infinity));
      approximate = true;
      first = i - 1 - sign;
    }
    let money = false;
    let currency = '';
    if (tokens[first - 1] && /^[$€£]$/.test(tokens[first - 1].text)) {
      money = true;
      currency = tokens[first - 1].text;
      first--;
    } else if (tokens[i - 1] && /^[$€£]$/.test(tokens[i - 1].text)) {
      money = true;
      currency = tokens[i - 1].text;
    }
    // "No one was hurt": none, not one.
    if (t.lower === 'one' && tokens[i - 1]?.lower === 'no' && first === i) {
      value = 0;
      first = i - 1;
    }
    let v = value ?? 0;
    let j = i + 1 + article;
    // "the 8,000-plus widely quoted": at least the figure, as "more than 8,000".
    if (t.isNumber && tokens[j]?.lower === 'plus' && text.slice(t.end, tokens[j].start) === '-') {
      minOnly = true;
      last = j++;
    }
    // "seven and a half hours", "two and a half million": a whole figure and a fraction of one.
    const fraction = value !== null && Number.isInteger(value) && tokens[j]?.lower === 'and' && /^an?$/.test(tokens[j + 1]?.lower ?? '') ? AND_A_FRACTION[tokens[j + 2]?.lower ?? ''] : undefined;
    if (fraction !== undefined) {
      v += fraction;
      last = j + 2;
      j += 3;
    }
    // "a dozen", "two million", "65.9 billion"
    if (value !== null) {
      while (tokens[j] && (MAGNITUDE_WORDS[tokens[j].lower] || tokens[j].lower === 'dozen')) {
        v *= tokens[j].lower === 'dozen' ? 12 : MAGNITUDE_WORDS[tokens[j].lower];
        last = j++;
      }
    }
    // Sums in different currencies cannot be compared without an exchange rate: each is its own unit.
    if (money) unit = 'money:' + currency;
    // "eleven sitting days", "five working days": a kind of day between a figure and its unit.
    // ("6,400 flying hours": the kind is what the stretch counts, as a count's noun is.)
    const dayKind = !compound && DAY_KINDS.has(tokens[j]?.lower ?? '') && DURATION_UNITS[tokens[j + 1]?.lower ?? ''] !== undefined ? tokens[j++].norm : undefined;
    const next = tokens[j];
    const unitWord = compound ? compound.unit : next?.lower;
    if (!money && unitWord && (unitWord === 'percent' || next?.text === '%' || (!compound && perCent(tokens, j)))) {
      unit = 'percent';
      // "84 per cent": two words.
      if (!compound && perCent(tokens, j)) j++;
      if (!compound) last = j++;
    } else if (!money && unitWord && DURATION_UNITS[unitWord] !== undefined) {
      unit = 'duration';
      v *= DURATION_UNITS[unitWord];
      if (!compound) last = j++;
      // "two hours, 24 minutes and 51 seconds": one span told in its parts, each unit smaller.
      if (!compound) {
        const parts = durationParts(text, tokens, last, DURATION_UNITS[unitWord]);
        if (parts) {
          v += parts.seconds;
          last = parts.last;
          j = last + 1;
        }
      }
    } else if (!money && unitWord && Object.hasOwn(CURRENCY_WORDS, unitWord)) {
      unit = 'money:' + CURRENCY_WORDS[unitWord];
      if (!compound) last = j++;
    } else if (!money && (unitWord === 'magnitude' || tokens[i - 1]?.lower === 'magnitude')) {
      unit = 'magnitude';
      if (unitWord === 'magnitude' && !compound) last = j++;
    }
    // "the 100 metres final", "the 5,000m world record": a distance that names a race, not a
    // measure of anything (two reports of one race may give its splits, never its name, apart).
    if (unit === 'count' && namesARace(text, tokens, MEASURE_UNITS.has(tokens[j]?.lower ?? '') ? j + 1 : tokens[j - 1]?.lower === 'm' ? j : -1)) continue;
    // "the 30km mat", "at 28km", "between 25km and 30km": a point along a route, not a length of anything.
    if (unit === 'count' && UNIT_SIZES[tokens[j]?.lower ?? '']?.[0] === 'metre' && pointOnRoute(text, tokens, first, j + 1)) continue;
    // What is counted: up to two content words after the number (skipping "of", "in", "worth").
    // A compound's own noun comes first: "a three-match ban" counts matches.
    const counted: string[] = unit === 'count' && compound ? [normalizeWord(compound.unit)] : unit === 'duration' && dayKind ? [dayKind] : [];
    let unitSize: number | undefined;
    // "a 40-metre crane", "the 162-kilometre stage": a measurement kept in its measure's unit, as below.
    if (compound && counted.length > 0 && Object.hasOwn(UNIT_SIZES, compound.unit.toLowerCase())) {
      const [measure, size] = UNIT_SIZES[compound!.unit.toLowerCase()];
      counted[0] = normalizeWord(measure);
      if (compound!.dimension) counted.push(normalizeWord(compound!.dimension));
      if (size !== 1) {
        v *= size;
        unitSize = size;
      }
    }
    // ("All nine of the town's schools" are the whole: every one of them.)
    const part = unit === 'count' && tokens[j]?.lower === 'of' && PARTITIVE_DETERMINERS.has(tokens[j + 1]?.lower ?? '') && tokens[i - 1]?.lower !== 'all';
    // "found 39 of the 47 proved": the whole a part is of, whose next word tells what befell the part.
    const partitiveBase = unit === 'count' && partitiveWholeAt(tokens, first);
    let k = j;
    // Not past a clause mark: "Turnout stood at 61.4%, the commission said" counts no commission.
    while (tokens[k] && ['of', 'in', 'for', 'worth', 'the', 'more', 'other'].includes(tokens[k].lower) && !/[,;:.!?]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
    let coordinated = false;
    // (A compound counts its own noun only: "an eight-storey block" counts no blocks.)
    const room = unit === 'count' && compound ? 1 : 2;
    for (let n = 0; tokens[k] && n < 3 && counted.length < room; k++, n++) {
      const c = tokens[k];
      if (/[,;:.!?]/.test(text.slice(tokens[k - 1].end, c.start))) break; // "rose to 27, officials said"
      // "not three as initially reported": "as" opens a clause of its own, no part of what is counted.
      if (c.lower === 'as') break;
      // Nor an adverb before a verb of an account: "the 8,000-plus widely quoted" (not "the most
      // seriously injured", whom the figure counts).
      if (c.lower.endsWith('ly') && TOLD_AS.test(tokens[k + 1]?.lower ?? '')) break;
      // Nor a pronoun, which opens a clause of its own: "more than the 83 they confirmed".
      if (n === 0 && SUBJECT_PRONOUNS.has(c.lower)) break;
      // "is about £1.2 million and covers 28 players": what follows a conjunction is another
      // predicate of the sentence, not what the sum pays for.
      if (money && counted.length === 0 && CONJUNCTIONS.has(c.lower)) break;
      // "a bill of 1.4 million crowns was never paid": what a sum pays for comes before its verb.
      if (unit.startsWith('money:') && n === 0 && AUXILIARY_VERBS.has(c.lower)) break;
      if (counted.length > 0 && (c.lower === 'and' || c.lower === 'or')) coordinated = true;
      // A stretch of time is followed by what was done in it, not by what lasted: "9.70 seconds
      // to take gold", "9.71 seconds once the photo-finish was read".
      if (unit === 'duration' && CLAUSE_OPENERS.has(c.lower)) break;

      // A measurement is kept in one unit per measure: "six metres" and "20ft" are one length.
      // ("a 2-metre-thick wall": the unit with its dimension.)
      const sized = unit === 'count' && n === 0 && k === j ? unitWithDimension(c.lower) : null;
      if (unit === 'count' && n === 0 && k === j && (sized || Object.hasOwn(UNIT_SIZES, c.lower))) {
        const [measure, size] = UNIT_SIZES[sized?.unit ?? c.lower];
        counted.push(normalizeWord(measure));
        if (sized) counted.push(normalizeWord(sized.dimension));
        last = Math.max(last, k);
        if (size !== 1) {
          v *= size;
          unitSize = size;
        }
        continue;
      }
      // An area is a length squared: "4 square kilometres", "a 20-square-kilometre zone", "12 sq miles".
      const area = unit === 'count' && n === 0 && k === j ? areaUnit(tokens, k) : null;
      if (area) {
        counted.push(HECTARE);
        last = Math.max(last, k + area.words - 1);
        k += area.words - 1;
        v *= area.size;
        unitSize = area.size;
        continue;
      }
      // Another figure is its own ("grown from five to seven investigators"), but for the whole
      // a part is of ("three of its six carriages" counts carriages).
      if (c.isNumber) break;
      if (wordNumber(c.lower) !== null) {
        if (part) continue;
        break;
      }
      // ("28 of the 47 died": what befell the part, not the whole.)
      if (partitiveBase && n === 0 && (isPastForm(c.lower) || SHORT_PAST_FORMS.has(c.lower))) break;
      // A two-word verb is one deed: "six were put down" were euthanised.
      const phrasal = tokens[k + 1] && !/[,;:.!?]/.test(text.slice(c.end, tokens[k + 1].start)) ? phrasalVerb(c, tokens[k + 1]) : undefined;
      if (phrasal !== undefined) {
        counted.push(phrasal);
        if (unit === 'count' && counted.length === 1) last = Math.max(last, k + 1);
        k++;
        continue;
      }
      // Right after the figure a light verb's form is a noun: "14 shows", "three holds".
      const noun = n === 0 && LIGHT_VERBS.has(c.lower);
      // (Nor an owner: "nine of the town's schools" counts schools.)
      if ((c.stop && !noun) || c.cap || c.possessive) continue;
      // "taken (rushed, brought) to hospital" is "admitted to hospital": one measure however worded.
      const hospital = tokens[k + 1]?.lower === 'to' && /^hospitals?$/.test(tokens[k + 2]?.lower ?? '');
      // "nearly 5 per cent weaker": a currency's fall, as "3.1% lower" is.
      const moved = unit === 'percent' && n === 0 ? CURRENCY_MOVES[c.lower] : undefined;
      counted.push(hospital ? ADMITTED : moved ?? (noun && Object.hasOwn(LIGHT_VERB_NOUNS, c.lower) ? normalizeWord(LIGHT_VERB_NOUNS[c.lower]) : c.norm));
      if (unit === 'count' && counted.length === 1) last = Math.max(last, k);
    }
    // "€41,200 in travel and accommodation expenses": two joined modifiers, then their head noun,
    // which is what the figure measures.
    const head = tokens[k];
    const headNoun = head && !head.stop && !head.cap && !head.isNumber && wordNumber(head.lower) === null && !/[,;:.!?]/.test(text.slice(tokens[k - 1].end, head.start));
    if (coordinated && counted.length === 2 && headNoun) counted.push(head.norm);
    // "a $150,000 world record bonus": two modifiers right after a sum, then the head noun that
    // names what it pays.
    else if (money && counted.length === 2 && k === j + 2 && headNoun && text.slice(tokens[k - 1].end, head.start) === ' ') counted.push(head.norm);
    // "a £50m black hole of debt", "a £2m mountain of unpaid bills": a figure of speech for a sum,
    // then "of" and what the sum is.
    else if (money && counted.length === 2 && head?.lower === 'of' && ofNoun(text, tokens, k)) counted.push(tokens[k + 1].norm);
    const narrowedBy = unit === 'count' && !compound && counted.length >= 2 ? narrowingParticiple(text, tokens, j) : undefined;
    if (unit === 'percent') {
      // "Turnout stood at 61.4%": a share may be named before it; "58.9% of registered voters
      // took part": what the share of them did is what it measures.
      const subject = shareSubject(text, tokens, first);
      if (subject && counted.length === 0) counted.push(subject);
      const deed = tokens[k] && !/[,;:.!?]/.test(text.slice(tokens[k - 1].end, tokens[k].start)) ? (tokens[k + 1] && phrasalVerb(tokens[k], tokens[k + 1])) ?? (tokens[k].stop || tokens[k].cap ? undefined : tokens[k].norm) : undefined;
      // The deed comes first: it is the measure, the people are whom it is a share of.
      if (deed && tokens[j]?.lower === 'of' && !counted.includes(deed)) counted.unshift(deed);
      // "down 19 per cent from its level" and "crashed by 30 per cent" are falls, as "12 per
      // cent lower" is.
      const move = moveBefore(tokens, first);
      if (move && !counted.includes(move)) counted.unshift(move);
    }
    // "exported steel worth $4.1 billion", "a contract worth £2m": the noun right before "worth"
    // is what the sum values ("Trade ... was worth $11.6 billion" values the trade, not steel).
    // ("the full cargo could be worth €18 million": past the verb "be" and its modal; "worth a
    // staggering €50 million": past an article and its adjective.)
    const worth = tokens[first - 1]?.lower === 'worth' ? first - 1 : /^an?$/.test(tokens[first - 2]?.lower ?? '') && tokens[first - 3]?.lower === 'worth' && !tokens[first - 1].cap ? first - 3 : -1;
    let w = worth - 1;
    if (worth >= 0) while (w > 0 && WORTH_VERBS.has(tokens[w].lower)) w--;
    const worthOf = worth >= 0 ? tokens[w] : undefined;
    if (money && counted.length === 0 && worthOf && !worthOf.stop && !worthOf.cap && !worthOf.isNumber) counted.push(worthOf.norm);
    const valued = tokens[first - 2];
    // "a first prize of €25,000", "a libel award of 1.2 million pounds": the noun before "of",
    // and a modifier before it, name what the sum is (not a mere amount: "a total of £2m").
    const plain = (t: Token | undefined): t is Token => t !== undefined && !t.stop && !t.cap && !t.isNumber && !t.possessive;
    if (money && counted.length === 0 && tokens[first - 1]?.lower === 'of' && plain(valued) && !AMOUNT_HEADS.has(valued.lower)) {
      counted.push(valued.norm);
      const modifier = tokens[first - 3];
      if (plain(modifier) && text.slice(modifier.end, valued.start) === ' ') counted.push(modifier.norm);
    }
    // "The death toll ... rose to 27": what is counted may be named just before the number. A
    // possessive is not ("seized people's businesses ... one guard"): it names an owner.
    const named = counted.length > 0;
    // Not past the figure before it: "FIVE people are dead and nearly 50 injured" counts the
    // injured, not the dead.
    let from = Math.max(0, first - 10);
    if (out.length > 0) {
      const previousEnd = out[out.length - 1].end;
      while (from < first && tokens[from].start < previousEnd) from++;
      // What follows the figure before, up to a conjunction, is said of that figure.
      for (let k = first - 1; k >= from; k--) {
        if (/^(?:and|but|or|while)$/.test(tokens[k].lower)) {
          from = k + 1;
          break;
        }
        if (k > 0 && text.slice(tokens[k - 1].end, tokens[k].start).includes(',')) {
          from = k;
          break;
        }
      }
    }
    // A figure that names its own things counts them, not people said before it: "residents of
    // the three villages" counts villages.
    const ownThings = named && counted[0] !== PEOPLE;
    for (let b = from; b < first; b++) {
      if (COUNTED_HEADS.has(tokens[b].norm) && !tokens[b].possessive && !counted.includes(tokens[b].norm) && !(ownThings && tokens[b].norm === PEOPLE)) counted.push(tokens[b].norm);
      // A toll with no noun after its figure ("the death toll now stands at seven") counts people.
      if (!named && unit === 'count' && tokens[b].lower === 'toll' && !counted.includes(PEOPLE)) counted.unshift(PEOPLE);
    }
    // "the number of people linked to the outbreak has been revised up to 131": what a total
    // counts is named with it, however far before the figure.
    if (unit === 'count' && counted.length === 0) {
      for (let b = first - 3; b >= 0; b--) {
        if (TALLIES.has(tokens[b].lower) && tokens[b + 1]?.lower === 'of' && tokens[b + 2] && !tokens[b + 2].stop) {
          counted.push(personNounAt(text, tokens, b + 2) >= 0 ? PEOPLE : tokens[b + 2].norm);
          break;
        }
        // So is a toll's: "The death toll from Tuesday's explosion at X in Y rose to three".
        if (tokens[b].lower === 'toll' && !named) {
          counted.push(PEOPLE, tokens[b].norm);
          break;
        }
      }
    }
    // "a reward of 50,000 crowns", "raised the reward ... to 120,000 crowns": a sum is named
    // before it, and that name is what it measures, first.
    if (unit.startsWith('money:')) {
      const owner = sumNamedBefore(text, tokens, first);
      if (owner && !counted.includes(owner)) counted.unshift(owner);
    }
    // "a crowd of 61,412", "an attendance of 58,900": a gathering counts people.
    // So does "the official attendance was 23,480", "the crowd stood at 26,000".
    if (unit === 'count' && gatheringBefore(tokens, first) && !counted.includes(PEOPLE)) counted.unshift(PEOPLE);
    // "two women and a man": a sum of people.
    // ("eight aid workers", "two police officers": a noun for people after a modifier.)
    // (Not an age before its person: "a 23-year-old student" is one student's age.)
    const personAt = unit === 'count' && counted[0] !== AGE ? personNounAt(text, tokens, j) : -1;
    let onePlus = false;
    if (personAt >= 0) {
      const heads = counted.filter((c) => COUNTED_HEADS.has(c));
      last = Math.max(last, personAt);
      let m = personAt + 1;
      while (tokens[m]?.lower === 'and' && tokens[m + 1] && tokens[m + 2] && PERSON_NOUNS.has(tokens[m + 2].lower)) {
        const n = numberValue(tokens[m + 1]);
        if (n === null && !oneOf(tokens[m + 1], tokens[m + 2])) break;
        // "two women and a man" are three; "11 passengers and the pilot" 11 or 12, as below.
        if (n !== null) v += n;
        else if (tokens[m + 1].lower === 'a' || tokens[m + 1].lower === 'an') v += 1;
        else onePlus = true;
        last = m + 2;
        m += 3;
      }
      // "the pilot and 11 passengers": one more, named before the count. The other side may
      // count the twelve or only the eleven ("carrying 11 passengers"): both agree with it.
      if (first === i && !money && tokens[i - 1]?.lower === 'and' && tokens[i - 3] && tokens[i - 2] && PERSON_NOUNS.has(tokens[i - 2].lower) && oneOf(tokens[i - 3], tokens[i - 2])) {
        onePlus = true;
        first = i - 3;
      }
      counted.splice(0, counted.length, PEOPLE, ...heads.filter((h) => h !== PEOPLE));
    }
    // "two remain missing", "two confirmed dead": the verb of staying or of saying is no part of what is counted.
    if (unit === 'count' && BEFORE_FATE.has(counted[0]) && COUNTED_HEADS.has(counted[1] ?? '')) counted.shift();
    // "Three rescue choppers", "two arrest warrants": a fate's noun before another noun only
    // says what the things are for; the things are what is counted.
    if (unit === 'count' && counted[0] !== PEOPLE && COUNTED_HEADS.has(counted[0]) && counted[1] !== undefined && nounModifierAt(text, tokens, j, counted)) counted.shift();
    // "four are missing", "nearly 50 injured", "12 wounded": a count of what befell counts people.
    else if (unit === 'count' && counted.length > 0 && COUNTED_HEADS.has(counted[0]) && !counted.includes(PEOPLE)) counted.push(PEOPLE);
    // "a town of roughly 4,000 people", "a population of 12,000": how many live there, a place's
    // size, not people something happened to.
    if (unit === 'count' && tokens[first - 1]?.lower === 'of' && POPULATED.has(tokens[first - 2]?.lower ?? '')) counted.splice(0, counted.length, POPULATION);
    let per = rateAfter(text, tokens, j);
    // A sum to each of several ("250 euros each", "€500 per household", "Each member will
    // receive 1.5 million crowns") is a share, not the total they share.
    const recipient = per === null && unit.startsWith('money:') ? eachRecipient(text, tokens, first, last) : null;
    if (recipient !== null) {
      per = EACH;
      if (recipient !== '' && !counted.includes(recipient)) counted.push(recipient);
      else if (counted.length === 0) counted.push(EACH);
    }
    // A length an hour is a speed: "90 km/h" is "56 mph".
    if (counted[0] === METRE && per === 'hour') {
      counted[0] = KMH;
      v /= 1000;
      unitSize = unitSize === undefined || unitSize === 1000 ? undefined : unitSize / 1000;
      per = null;
      if (tokens[last + 1] && text.slice(tokens[last].end, tokens[last + 1].start) === '/') last++;
    }
    let min = v * lo;
    let max = v * hi;
    // A share is on a scale of a hundred: "roughly 61 percent" rounds to the point, 60 to 62,
    // not to a fraction of itself (56 to 66), which would let it agree with 58.9%.
    if (approximate && unit === 'percent' && t.isNumber) {
      const rounding = roundingOf(t.text);
      min = Math.max(min, v - rounding);
      max = Math.min(max, v + rounding);
    }
    if (vague) {
      [min, max] = vague;
      last = i;
    }
    if (onePlus) {
      max += 1;
      v += 1;
    }
    if (minOnly) max = Infinity;
    // "gusts of up to 40mph", "winds up to 120km/h": a speed reached at its peak, not a ceiling
    // on one still unknown (as "up to 500 people" is), so about the figure itself.
    if (maxOnly) min = counted[0] === KMH && p1 === 'to' ? max * PEAK_FLOOR : 0;
    const start = tokens[first].start;
    const end = tokens[last].end;
    const surface = text.slice(start, end);
    const display = unit === 'magnitude' ? surface.replace(/^magnitude\s+|[-\s]magnitude$/i, '') : surface;
    out.push({ start, end, surface, display, min, max, unit, counted, nominal: vague ? (min + max) / 2 : v, part, per, difference: differenceBefore(text, tokens, first) || marginOf(text, tokens, first, last, unit, counted), ...(unitSize ? { scale: unitSize } : {}), ...(narrowedBy ? { narrowedBy } : {}), ...(peak ? { peak } : {}) });
    i = Math.max(i, last);
  }
  elidedPeople(text, tokens, out);
  deniedInKind(text, tokens, out);
  return out;
}

/** Most tokens between a figure and the "not" that denies another of its kind after a comma. */
const DENIED_REACH = 6;

/**
 * A bare figure denied after a comma is of the kind of the figure it corrects: "fixed two
 * matches, not three" denies three matches (not "three games"), "ran for three days, 12-14 May,
 * not four" denies four days. Counts and stretches of time only: those take no magnitude word.
 */
function deniedInKind(text: string, tokens: Token[], out: Quantity[]): void {
  const tokenAt = (offset: number): number => tokens.findIndex((t) => t.start === offset);
  for (let n = 1; n < out.length; n++) {
    const q = out[n];
    if (q.unit !== 'count' || q.counted.length > 0 || q.per || q.part) continue;
    const k = tokenAt(q.start);
    const not = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
    if (not < 1 || tokens[not].lower !== 'not' || !text.slice(tokens[not - 1].end, tokens[not].start).includes(',')) continue;
    for (let m = n - 1; m >= 0; m--) {
      const p = out[m];
      const pLast = tokens.findIndex((t) => t.end === p.end);
      if (pLast < 0 || not - pLast > DENIED_REACH) break;
      // (Past bare figures, a date's "12-14 May", to the figure that says what it counts.)
      if (p.unit === 'count' && p.counted.length === 0) continue;
      if ((p.unit !== 'count' && p.unit !== 'duration') || p.per || p.part || p.difference) break;
      const written = tokens.slice(tokenAt(p.start), pLast + 1).map(numberValue).find((v) => v !== null);
      if (!written) break;
      const size = p.unit === 'duration' ? p.nominal / written : 1;
      out[n] = { ...q, unit: p.unit, counted: [...p.counted], min: q.min * size, max: q.max * size, nominal: q.nominal * size };
      break;
    }
  }
}

/**
 * "Sixty-two guests fell ill and 14 were taken to hospital": a bare figure joined by "and" to
 * a clause that counts people, its verb right after it, counts people too (some of them or more).
 */
function elidedPeople(text: string, tokens: Token[], out: Quantity[]): void {
  for (let n = 1; n < out.length; n++) {
    const q = out[n];
    if (q.unit !== 'count' || q.counted[0] === PEOPLE || !out.slice(0, n).some((p) => p.unit === 'count' && p.counted[0] === PEOPLE)) continue;
    const first = tokens.findIndex((t) => t.start === q.start);
    const before = tokens[first - 1];
    // (The verb may be the figure's own words already: "14 were taken" counts those admitted.)
    const verb = tokens[first + 1];
    if (before?.lower !== 'and' || verb === undefined || !/^(?:were|was|are|have|had|remain|remained)$/.test(verb.lower)) continue;
    const told = q.counted.length === 0 ? verb.start >= q.end : verb.end <= q.end;
    if (!told) continue;
    out[n] = { ...q, counted: [...q.counted, PEOPLE] };
  }
}

/**
 * One person named by a determiner and a singular noun for people: "a man", "the pilot", "its
 * driver" (not "the passengers", "the men", whose number is unsaid).
 */
function oneOf(determiner: Token, noun: Token): boolean {
  return ONE_DETERMINERS.has(determiner.lower) && !/(?:s|people|men|children|police|staff|crew)$/.test(noun.lower);
}
const ONE_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/** How far below a speed "of up to" its figure the peak may have been. */
const PEAK_FLOOR = 0.85;

/** Verbs that set a sum anew: "raised the reward to ...", "cut its offer to ...". */
const SUM_CHANGES = /^(?:raised|raises|raise|increased|increases|increase|lifted|upped|hiked|doubled|tripled|cut|cuts|lowered|reduced|reduces|slashed|revised|trimmed|set|sets|setting|fixed|fixes|fixing|capped)$/;
/** Words that may stand between a verb and the sum it sets: articles and owners. */
const SUM_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);

/** Most words between "at" and the sum it sets: "at a paltry 250,000 crowns". */
const SET_AT_REACH = 3;

/** The "at" right before a sum, past a few modifiers ("at a paltry 250,000 crowns"), or -1. */
function atBefore(tokens: Token[], first: number, joined: (k: number) => boolean): number {
  let k = first - 1;
  while (k > first - 1 - SET_AT_REACH && k > 0 && tokens[k].lower !== 'at' && joined(k + 1) && !tokens[k].cap && !tokens[k].isNumber) k--;
  return tokens[k]?.lower === 'at' && joined(k + 1) ? k : -1;
}

/**
 * The noun a verb sets at a sum: "setting bail at a paltry 250,000 crowns", "fixed the fine at
 * €2,000", "bail was set at 500,000".
 */
function sumSetAt(tokens: Token[], first: number, joined: (k: number) => boolean, noun: (t: Token | undefined) => boolean): string | undefined {
  const k = atBefore(tokens, first, joined);
  if (k < 2) return undefined;
  const verb = tokens[k - 1];
  // Passive: "bail was set at".
  if (SUM_CHANGES.test(verb.lower) && /^(?:was|were|is|are|been|be)$/.test(tokens[k - 2].lower)) {
    // (A sentence's first word is capitalised for opening it: "Bail was set at".)
    const n = tokens[k - 3];
    return noun(n) || (k === 3 && n && !n.stop && !n.isNumber) ? n?.norm : undefined;
  }
  if (!noun(verb) || !joined(k)) return undefined;
  let v = k - 2;
  while (v > 0 && SUM_DETERMINERS.has(tokens[v].lower)) v--;
  return SUM_CHANGES.test(tokens[v].lower) ? verb.norm : undefined;
}

/** Verbs that put a value on something: "put the total damage at €4.2 million", "estimates the damage ... at €3 million". */
const VALUING = /^(?:put|puts|putting|estimate|estimates|estimated|estimating|value|values|valued|valuing|priced|assessed|assesses|calculated|calculates|reckoned|reckons)$/;
/** Words between a thing and "worth": "the cargo could be worth", "the haul is now worth". */
const WORTH_VERBS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'could', 'would', 'may', 'might', 'will', 'now', 'still', 'already', 'reportedly']);
/** Nouns for what something is worth, which name it after "of": "the worth of the cargo". */
const VALUE_NOUNS = new Set(['worth', 'value']);
/** Words from a valuing verb to "at": "estimates the damage to the building at". */
const VALUED_REACH = 8;

/**
 * The noun a valuing verb puts at a sum: "put the total damage at €4.2 million" and "estimates
 * the damage to the building at €3 million" both value the damage (the last noun of the run
 * right after the verb's articles).
 */
function sumValuedAt(tokens: Token[], first: number, joined: (k: number) => boolean, noun: (t: Token | undefined) => boolean): string | undefined {
  const k = atBefore(tokens, first, joined);
  if (k < 0) return undefined;
  for (let v = k - 1; v > 0 && v >= k - VALUED_REACH; v--) {
    if (!joined(v + 1)) return undefined;
    if (!VALUING.test(tokens[v].lower)) continue;
    let m = v + 1;
    while (m < k && SUM_DETERMINERS.has(tokens[m].lower)) m++;
    // "put the Division One club's net debt at": past a named owner.
    m = pastNamedOwner(tokens, m, k);
    let head: Token | undefined;
    while (m < k && noun(tokens[m])) head = tokens[m++];
    // "puts the worth of the entire cargo at": a worth or a total is of the thing after "of".
    if (head && (AMOUNT_HEADS.has(head.lower) || VALUE_NOUNS.has(head.lower)) && tokens[m]?.lower === 'of') {
      m++;
      while (m < k && SUM_DETERMINERS.has(tokens[m].lower)) m++;
      let owner: Token | undefined;
      while (m < k && noun(tokens[m])) owner = tokens[m++];
      if (owner) head = owner;
    }
    return head?.norm;
  }
  return undefined;
}

/**
 * A word in capitals for emphasis, not a name or an acronym: "A STAGGERING 10,000 fans". Only
 * the shapes of adjectives and adverbs, so "NASDAQ 100" and "MH370" stay names.
 */
function shouted(t: Token): boolean {
  return t.text.length >= 5 && t.text === t.text.toUpperCase() && /(?:ing|ed|ly|ive|ous|ful|est|ible|able)$/.test(t.lower);
}

/** Words joining a sum to its subject: "the bill is £2m", "wages totalling £1.1m". */
const SUM_COPULAS = /^(?:is|was|are|were|totals|totalled|totaled|totalling|totaling|total)$/;
/** "stands at", "stood at": a copula only with its "at". */
const STANDS = /^(?:stands|stood)$/;
/** Conjunctions after a sum that open another predicate. */
const CONJUNCTIONS = new Set(['and', 'or', 'but']);

/**
 * The head noun of the subject of a copula or "totalling" right before a sum: "The monthly wage
 * bill is about £1.2 million" (bill), "Wages totalling £1.1m" (wages). The subject must be a bare
 * run of nouns after a determiner or at the sentence's start, so "the cost to each family is £300"
 * names no family.
 */
function sumSubject(tokens: Token[], first: number, joined: (k: number) => boolean, noun: (t: Token | undefined) => boolean): string | undefined {
  // (A hedge, "is about £1.2 million", opens the figure itself.)
  // "The state's aid commitment stands at $3.5 million": "stands at" is a copula too.
  const standsAt = tokens[first - 1]?.lower === 'at' && STANDS.test(tokens[first - 2]?.lower ?? '') && joined(first - 1);
  const c = standsAt ? first - 2 : first - 1;
  if (c < 1 || !(standsAt || SUM_COPULAS.test(tokens[c].lower)) || !joined(c + 1) || !joined(c)) return undefined;
  const head = tokens[c - 1];
  const opening = (k: number): boolean => k === 0 && !tokens[k].stop && !tokens[k].isNumber;
  if (!noun(head) && !opening(c - 1)) return undefined;
  let s = c - 2;
  while (s >= 0 && joined(s + 1) && (noun(tokens[s]) || opening(s))) s--;
  return s < 0 || (SUM_DETERMINERS.has(tokens[s].lower) && joined(s + 1)) ? head.norm : undefined;
}

/** "of" then a plain noun, joined: "... black hole of debt". */
function ofNoun(text: string, tokens: Token[], k: number): boolean {
  const n = tokens[k + 1];
  return !!n && !n.stop && !n.cap && !n.isNumber && !/[,;:.!?]/.test(text.slice(tokens[k].end, n.start));
}

/** Most words of an owner's name before its possessive: "the Division One club's". */
const OWNER_REACH = 4;

/** Past an owner starting at m ("Division One club's"), or m when none ends within reach. */
function pastNamedOwner(tokens: Token[], m: number, limit: number): number {
  if (!tokens[m]?.cap) return m;
  for (let p = m; p < limit && p < m + OWNER_REACH; p++) if (tokens[p].possessive) return p + 1;
  return m;
}

/** Verbs whose sum is their noun: "fined £400" is a fine, "billed €2m" a bill. */
const SUM_VERBS = /^(?:fined|billed|taxed)$/;

/**
 * The noun naming a sum given right before it, "a fine of £400", "fined £400", or set by a verb earlier in
 * its clause, "raised the reward for information to 120,000 crowns". Not past a clause mark.
 */
function sumNamedBefore(text: string, tokens: Token[], first: number): string | undefined {
  const joined = (k: number): boolean => !/[,;:.!?]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  const noun = (t: Token | undefined): boolean => !!t && !t.stop && !t.cap && !t.isNumber && wordNumber(t.lower) === null;
  const before = tokens[first - 1];
  if (first < 2 || !joined(first) || !joined(first - 1)) return undefined;
  if (before.lower === 'of' && noun(tokens[first - 2])) return tokens[first - 2].norm;
  // "The monthly wage bill is about £1.2 million", "Wages totalling £1.1m": the subject of a
  // copula or of "totalling" is what the sum is.
  const subject = sumSubject(tokens, first, joined, noun);
  if (subject !== undefined) return subject;
  // "was fined 240,000 crowns": the verb names the sum ("a 2.4 million crown fine").
  if (SUM_VERBS.test(before.lower)) return before.norm;
  const at = sumSetAt(tokens, first, joined, noun) ?? sumValuedAt(tokens, first, joined, noun);
  if (at !== undefined) return at;
  if (before.lower !== 'to') return undefined;
  for (let k = first - 2; k > 0 && k >= first - 12; k--) {
    if (!joined(k + 1)) return undefined;
    if (!SUM_CHANGES.test(tokens[k].lower)) continue;
    // Passive: "The fine was raised to £400,000" names the sum before its verb.
    if (/^(?:was|were|is|are|been|be)$/.test(tokens[k - 1].lower)) {
      let s = k - 2;
      while (s >= 0 && /^(?:has|have|had|will|would|being)$/.test(tokens[s].lower)) s--;
      return s >= 0 && noun(tokens[s]) && joined(s + 1) ? tokens[s].norm : undefined;
    }
    let m = k + 1;
    while (tokens[m] && SUM_DETERMINERS.has(tokens[m].lower)) m++;
    return m < first - 1 && noun(tokens[m]) ? tokens[m].norm : undefined;
  }
  return undefined;
}

const DIFFERENCE_HEADS = new Set(['gap', 'margin', 'lead', 'difference', 'deficit', 'shortfall']);

/** "a lead of 3.6 points", "a gap of 2.2 points, or 4,112 votes": a head naming a difference, then "of", within eight words before the figure and no sentence break. */
function differenceBefore(text: string, tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
    if (/[;.!?]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (DIFFERENCE_HEADS.has(tokens[k].lower) && tokens[k + 1]?.lower === 'of') return true;
  }
  return false;
}

/** Verbs whose "by" gives a margin: "smashed the record by almost three minutes", "won by 12 seconds". */
const MARGIN_VERBS = /^(?:beat|beats|beaten|beating|won|win|wins|winning|smash|smashed|smashes|broke|broken|break|breaks|led|lead|leads|leading|lost|lose|trailed|trailing|trails|missed|improved|bettered|lowered)$/;
/** Words after a count that make it a gap between standings: "three points above", "two seats behind", "113 votes short". */
const GAP_AFTER = /^(?:above|below|clear|ahead|behind|adrift|short)$/;
/** Words of a vote's outcome whose "by" gives its margin: "approved the merger by 38 votes", "winners by 30 votes". */
const VOTE_OUTCOMES = /^(?:approv(?:e|es|ed|ing)|reject(?:s|ed|ing)?|pass(?:es|ed|ing)|carr(?:ied|ies|ying)|defeat(?:s|ed|ing)?|winners?|ahead|behind|(?:re-)?elected)$/;
/** Words ("a measly", "just") that may stand between "by" and the figure of a margin. */
const BY_FILLER_REACH = 3;
/** Words a vote's outcome may stand before the "by" of its margin: "approved a merger of the two towns' councils by 38 votes". */
const MARGIN_VERB_REACH = 8;
/** Words after a span that make it a margin: "79 seconds inside the record", "2:12 clear of", "shaved ten minutes off". */
const MARGIN_AFTER = new Set(['inside', 'outside', 'clear', 'ahead', 'behind', 'off', 'faster', 'slower', 'quicker']);

/**
 * A span by which one time beat or trailed another, not a time of its own: after "by" a verb of
 * winning or beating governs ("smashed the course record by almost three minutes"), or a word
 * of position follows ("79 seconds inside the record", "two minutes clear of the runner-up",
 * "knocked more than a minute off").
 */
function marginOf(text: string, tokens: Token[], first: number, last: number, unit: string, counted: string[]): boolean {
  // "five points above the relegation places", "two seats behind": a gap between two standings,
  // not a tally (not a measurement: "ten metres below the surface" is a depth).
  if (unit === 'count' && counted.length > 0 && !MEASURE_UNIT_KEYS.has(counted[0])) {
    const after = tokens[last + 1];
    if (after && GAP_AFTER.test(after.lower) && !/[,;:.!?]/.test(text.slice(tokens[last].end, after.start))) return true;
    // "won by just 36 votes", "declared the Yes camp winners by a measly 30 votes", "ahead by
    // 113 votes": the margin of a vote or a contest, not a tally of either side.
    let by = first - 1;
    while (by > first - 1 - BY_FILLER_REACH && by >= 0 && tokens[by].lower !== 'by' && !tokens[by].isNumber && !/[,;:.!?]/.test(text.slice(tokens[by].end, tokens[by + 1].start))) by--;
    // (Not people: "rejected by 20 councillors" names who rejected it. Nor a tally of both
    // sides: "carried by seven votes to two".)
    const tally = tokens[last + 1]?.lower === 'to' && tokens[last + 2] !== undefined && numberValue(tokens[last + 2]) !== null;
    if (tokens[by]?.lower === 'by' && !personNoun(tokens[last].lower) && !tally) {
      for (let k = by - 1; k >= 0 && k >= by - MARGIN_VERB_REACH; k--) {
        if (/[,;:.!?]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
        if (MARGIN_VERBS.test(tokens[k].lower) || VOTE_OUTCOMES.test(tokens[k].lower)) return true;
      }
    }
  }
  if (unit !== 'duration') return false;
  const next = tokens[last + 1];
  if (next && MARGIN_AFTER.has(next.lower) && !/[,;:.!?]/.test(text.slice(tokens[last].end, next.start))) return true;
  if (tokens[first - 1]?.lower !== 'by') return false;
  for (let k = first - 2; k >= 0 && k >= first - 6; k--) {
    if (/[,;:.!?]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
    if (MARGIN_VERBS.test(tokens[k].lower)) return true;
  }
  return false;
}

const RATE_PERIODS: Record<string, string> = { hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };
/** Periods only "per" makes a rate of: "a second" is as often an ordinal ("a second goal"). */
const PER_ONLY_PERIODS: Record<string, string> = { second: 'second', sec: 'second', minute: 'minute', min: 'minute' };
const SLASH_PERIODS: Record<string, string> = { s: 'second', sec: 'second', min: 'minute', h: 'hour', hr: 'hour', hour: 'hour', d: 'day', day: 'day', wk: 'week', week: 'week', mo: 'month', month: 'month', yr: 'year', year: 'year' };
const RATE_ADVERBS: Record<string, string> = { hourly: 'hour', daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year' };

/**
 * The period of a rate written after a figure and what it counts, within four words and before
 * any punctuation: "6 million kestrels a day", "$2 per week", "40 tonnes each year", "daily".
 * `from` is the token just after the figure (and its unit word).
 */
function rateAfter(text: string, tokens: Token[], from: number): string | null {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    if (k > from && /[,;:.!?]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
    const w = tokens[k].lower;
    if (Object.hasOwn(RATE_ADVERBS, w)) return RATE_ADVERBS[w];
    // "87km/h", "$40/day": a period after a slash, right after the figure and its unit.
    if (k <= from + 1 && k > 0 && text.slice(tokens[k - 1].end, tokens[k].start) === '/' && Object.hasOwn(SLASH_PERIODS, w)) return SLASH_PERIODS[w];
    const unit = tokens[k + 1]?.lower.replace(/s$/, '');
    // "a day after the vote" is a time, not a rate.
    if ((w === 'a' || w === 'an') && /^(after|before|later|earlier|ago|since|into)$/.test(tokens[k + 2]?.lower ?? '')) return null;
    if ((w === 'a' || w === 'an' || w === 'per' || w === 'each' || w === 'every') && unit && Object.hasOwn(RATE_PERIODS, unit)) return RATE_PERIODS[unit];
    if (w === 'per' && unit && Object.hasOwn(PER_ONLY_PERIODS, unit)) return PER_ONLY_PERIODS[unit];
  }
  return null;
}

/** The `per` of a sum to each of several, and what it counts when the recipient is not named. */
export const EACH = 'each';
/** Words after a sum that give it to each: "per household", "a head", "to every family", "for each passenger". */
const EACH_AFTER = new Set(['per', 'a', 'every', 'each']);
/** Tokens back from a sum within which "Each member ..." opens its clause. */
const EACH_SUBJECT_REACH = 8;

/**
 * The recipient of a sum given to each of several, as a comparison key ('' when unnamed: "250
 * euros each"), or null for a sum that is no share: "€500 per household", "1,000 euros to every
 * household", "Each member of the syndicate will take home about 1.34 million crowns".
 */
function eachRecipient(text: string, tokens: Token[], first: number, last: number): string | null {
  const clear = (from: number, to: number): boolean => !/[,;:.!?]/.test(text.slice(tokens[from].end, tokens[to].start));
  const next = tokens[last + 1];
  if (next?.lower === 'each' && clear(last, last + 1)) return '';
  for (let k = last + 1; k <= last + 2 && k + 1 < tokens.length; k++) {
    if (!clear(k - 1, k)) break;
    const w = tokens[k].lower;
    const noun = tokens[k + 1];
    // (A noun shouted in capitals is still a noun: "£245 A HEAD".)
    if (EACH_AFTER.has(w) && (w !== 'a' || k === last + 1) && !noun.stop && (!noun.cap || /^\p{Lu}{3,}$/u.test(noun.text)) && !noun.isNumber && !Object.hasOwn(RATE_PERIODS, noun.lower.replace(/s$/, '')) && !Object.hasOwn(PER_ONLY_PERIODS, noun.lower) && noun.lower !== 'cent') return noun.norm;
    if (w !== 'to' && w !== 'for') break;
  }
  for (let k = first - 1; k >= 0 && k >= first - EACH_SUBJECT_REACH; k--) {
    if (/[;.!?]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) break;
    const w = tokens[k].lower;
    if (w !== 'each' && w !== 'every') continue;
    // "Each member will receive", "giving each member"; not "every year" or "each week", a rate's period.
    // ("every affected household would receive": past the participle that picks them out.)
    const picked = isPastForm(tokens[k + 1]?.lower ?? '') && k + 2 < first ? 1 : 0;
    const noun = tokens[k + 1 + picked];
    if (noun && !noun.stop && !noun.cap && !noun.isNumber && !isPastForm(noun.lower)) return Object.hasOwn(RATE_PERIODS, noun.lower.replace(/s$/, '')) ? null : noun.norm;
    // "each of whom will receive", "Passengers had each paid £295": each of those named before.
    if (w === 'each') return '';
  }
  return null;
}

/** Words after a figure that tell a currency's move as "lower" and "higher" do a share's. */
const CURRENCY_MOVES: Record<string, string> = { weaker: LOWER, stronger: HIGHER };

/** "per cent" at token i: the two-word spelling of "percent". */
function perCent(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'per' && tokens[i + 1]?.lower === 'cent';
}

/** True when two quantities measure the same thing. */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  // "one working scanner" is some of the "two scanners"; "four missing climbers" are the "four climbers missing".
  if ((a.narrowedBy && !b.counted.includes(a.narrowedBy)) || (b.narrowedBy && !a.counted.includes(b.narrowedBy))) return false;
  // A part ("10 of the dates") says nothing about the whole ("14 dates"): only parts compare with
  // parts; a rate ("a day") only with a rate over the same period; a margin only with a margin.
  if (a.unit !== b.unit || a.part !== b.part || a.per !== b.per || a.difference !== b.difference) return false;
  // Two shares to each, one of them to an unnamed recipient ("1.3 million crowns each").
  if (a.per === EACH && (a.counted.includes(EACH) || b.counted.includes(EACH))) return true;
  // A magnitude or a rating is its own measure; the words after it are not what it counts.
  if (a.unit === 'magnitude' || a.unit.startsWith('rating:')) return true;
  // So is a duration ("eight years in prison" / "six years"), unless both name what lasted and
  // the names differ ("two years of inflation" / "a 19-hour session").
  if (a.unit === 'duration') return a.counted.length === 0 || b.counted.length === 0 || a.counted.some((c) => b.counted.includes(c));
  if (a.unit === 'percent') return a.counted.length === 0 || b.counted.length === 0 || a.counted.some((c) => b.counted.includes(c));
  return a.counted.length > 0 && a.counted.some((c) => b.counted.includes(c));
}

/** Sentences of the library a unit may be in and still be a rare measure. */
export const RARE_MEASURE_SENTENCES = 4;

/** Comparison keys of the physical units. */
export const MEASURE_UNIT_KEYS = new Set([...MEASURE_UNITS].map(normalizeWord));

/**
 * True when a figure's unit of measure (what it counts, first) is a physical unit the library
 * rarely uses ("nanograms", "millimetres"), or a share of something it rarely speaks of
 * ("turnout"): two figures in it are about the same measurement
 * even when nothing else in their sentences meets. Counts of things are not ("two shows" /
 * "four shows" may be two sets of shows, "a 46-year-old" and "a 61-year-old" two people).
 */
export function rareMeasure(unit: string, counted: string, w: { df(feature: string): number }): boolean {
  // A measure kept in one unit is written in any of its units: the sentences of all of them count.
  const names = UNIT_NAMES.get(counted);
  if (names) return names.reduce((n, name) => n + w.df(wordFeature(name)), 0) <= RARE_MEASURE_SENTENCES;
  // A share names its measure in a word ("turnout", "unemployment"), which is as telling.
  return (MEASURE_UNIT_KEYS.has(counted) || unit === 'percent') && w.df(wordFeature(counted)) <= RARE_MEASURE_SENTENCES;
}

/**
 * The word features of every unit a measure is written in ("kilometr", "feet", ...), or of the
 * word itself; cached, as every pair of counts compared asks.
 */
export const unitFeatures = perWord((counted: string): string[] => (UNIT_NAMES.get(counted) ?? [counted]).map(wordFeature));

const METRE = normalizeWord('metre');
const KMH = normalizeWord('kmh');

/** The words of each measure's units, by the measure's key: "metr" -> "feet", "ft", "km", ... ("km/h" is written with "km"). */
const UNIT_NAMES = new Map<string, string[]>();
for (const [name, [measure]] of Object.entries(UNIT_SIZES)) pushTo(UNIT_NAMES, normalizeWord(measure), normalizeWord(name));
UNIT_NAMES.get(KMH)!.push(normalizeWord('km'));
for (const [key, names] of UNIT_NAMES) UNIT_NAMES.set(key, [...new Set(names)]);

/** True when two quantities of the same measure cannot both be right. */
export function quantitiesConflict(a: Quantity, b: Quantity): boolean {
  return sameMeasure(a, b) && (valuesDiffer(a, b) || peaksDiffer(a, b));
}

/**
 * Two peaks told as such ("up to 5 metres deep" / "up to six metres deep", "as many as 20"):
 * each names the most there was, so different peaks differ, though each range holds the other's.
 * (Not a bound, "at most" or "fewer than", which names no figure reached, nor a limit: "on up
 * to 1.2 million tonnes a year" / "up to one million tonnes" may be two quotas.)
 */
function peaksDiffer(a: Quantity, b: Quantity): boolean {
  if (!a.peak || !b.peak || !Number.isFinite(a.max) || !Number.isFinite(b.max)) return false;
  return valuesDiffer({ ...a, min: a.max }, { ...b, min: b.max });
}

/** Prepositions before "up to" that make the figure a limit on something, not what it reached. */
const LIMIT_PREPOSITIONS = new Set(['of', 'on', 'for', 'to', 'at', 'in', 'with', 'by', 'from', 'under', 'within']);

/** True when two figures' values cannot be one value, whatever they measure. */
export function valuesDiffer(a: Quantity, b: Quantity): boolean {
  const [wa, wb] = [inWeeksAgainstDays(a, b), inWeeksAgainstDays(b, a)];
  if (wa || wb) return valuesDiffer(wa ?? a, wb ?? b);
  // Rounding: 1,000 vs "about 1,000" do not differ, and whole figures get 2% slack ("$66
  // billion" rounds $65.9 billion); but figures written to a decimal are as precise as they say,
  // so 51.8% vs 51.1% and 6.1 vs 6.0 differ.
  // The slack is in the figures' own units, the looser figure's: "9.705 seconds" is what "9.71
  // seconds" rounds, to the half-hundredth.
  const smaller = Math.min(a.max, b.max);
  // A measurement converted from another unit is rounded in it too: "six metres (20ft)".
  const converted = a.scale !== b.scale ? CONVERSION_SLACK * smaller : 0;
  const slack = Math.max(roundingSlack(a, smaller), roundingSlack(b, smaller), converted);
  // Floating-point dust: 9.705 + 0.005 must reach 9.71.
  // (Relative to the figures: a measurement may be kept in a large unit, "3.8 nanograms" in kilograms.)
  const tiny = 1e-9 * Math.max(0, ...[a.min, a.max, b.min, b.max].filter(Number.isFinite).map(Math.abs));
  return a.max + slack < b.min - tiny || b.max + slack < a.min - tiny;
}

const DAY_SECONDS = 86400;
const WEEK_DAYS = /^\S+-weeks?$|\bweeks?\b/i;
const IN_DAYS = /^\S+-days?$|\bdays?\b/i;

/**
 * A whole count of weeks set against a count of days, as the days it may mean: rounded to the
 * half week, and perhaps only its working days ("a nine-day trial" sat through "a two-week
 * trial": 7.5 to 17.5 days). Undefined for other figures.
 */
function inWeeksAgainstDays(w: Quantity, d: Quantity): Quantity | undefined {
  if (w.unit !== 'duration' || d.unit !== 'duration' || w.min !== w.max || !WEEK_DAYS.test(w.surface) || !IN_DAYS.test(d.surface) || WEEK_DAYS.test(d.surface)) return undefined;
  const weeks = w.min / (7 * DAY_SECONDS);
  if (!Number.isInteger(weeks)) return undefined;
  return { ...w, min: (weeks - 0.5) * 5 * DAY_SECONDS, max: (weeks + 0.5) * 7 * DAY_SECONDS };
}

/** How far an exact figure may be from what it rounds, in its own units: half its last decimal. */
function roundingSlack(q: Quantity, smaller: number): number {
  // A share is rounded to its last digit, on a scale of a hundred: "61%" is 60.5 to 61.5, and
  // "roughly 61 percent" already spans its rounding.
  if (q.unit === 'percent') {
    const figure = /\d[\d,]*(?:\.\d+)?/.exec(q.surface);
    if (q.min !== q.max || !figure || !(q.min > 0)) return 0;
    return 0.5 * roundingOf(figure[0]) * (q.min / Number(figure[0].replaceAll(',', '')));
  }
  // A range ("about 58,900", "more than 60,000", "between 40 and 50") states its own bounds,
  // rounding included.
  if (q.min !== q.max) return 0;
  const written = /(\d[\d,]*)\.(\d+)/.exec(q.surface);
  if (!written) return WHOLE_SLACK * smaller;
  const figure = Number(`${written[1].replaceAll(',', '')}.${written[2]}`);
  // The figure may be scaled ("65.9 billion", "1.2 hours" in seconds): its decimal is in those units.
  return figure > 0 ? 0.5 * 10 ** -written[2].length * (q.max / figure) : WHOLE_SLACK * smaller;
}

/** Figures in two units of one measure agree within this share: "a mile (1.5km)" is 7% apart, most conversions far less. */
const CONVERSION_SLACK = 0.05;

/** Whole figures are often rounded by a writer ("$66 billion" for $65.9 billion): a share of the smaller figure. */
const WHOLE_SLACK = 0.02;

/**
 * "until the fair ended on Sunday", "before the polls closed": a noun and a verb in the past
 * tell when something stopped, which limits nothing still to come.
 */
function tellsWhatHappened(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const prev = tokens[k - 1];
    // "the fair ended", not "the newly elected parliament".
    if (/[a-z]{3}ed$/.test(tokens[k].lower) && !prev.stop && !prev.isNumber && !prev.cap && !prev.lower.endsWith('ly')) return true;
  }
  return false;
}

/** Keys of words that make a "before", "until" or "by" phrase a time limit. */
const TIME_LIMIT = /^(inaugur|elect|end|day|week|month|year|summer|winter|spring|autumn|fall|christma|deadlin|midnight|noon)/;

/** Words that may open a time after "by": "by the end of", "by next week", "by early March". */
const BY_OPENERS = new Set(['the', 'next', 'this', 'early', 'late', 'mid', 'then', 'that']);

/**
 * A figure after "by" is a time ("by 2030", "by 5pm", "by 31 March") unless a word of measure
 * follows it: "raised by 75 basis points", "cut by 5 per cent", "by 40 votes" say how much.
 */
function measureAfter(next: Token | undefined): boolean {
  if (!next) return false;
  if (next.text === '%' || next.lower === 'per' || next.lower === 'percent') return true;
  return !next.stop && !next.cap && !next.isNumber && DURATION_UNITS[next.lower] === undefined && !CLOCK_WORDS.test(next.lower);
}
const CLOCK_WORDS = /^(?:[ap]\.?m\.?|noon|midnight|midday|gmt|utc|bst|cet)$/;

function timeishAt(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && BY_OPENERS.has(tokens[k].lower)) k++;
  const t = tokens[k];
  if (!t) return false;
  return (t.isNumber && !measureAfter(tokens[k + 1])) || TIME_LIMIT.test(t.norm) || MONTHS.has(t.lower.replace(/\.$/, '')) || WEEKDAYS.has(t.lower) || /^(?:now|tomorrow|tonight|dawn|dusk|nightfall)$/.test(t.lower);
}

/**
 * Words that open what was done in a stretch of time, after it: not what lasted. Not "after" or
 * "since": "40 seconds after launch" is timed from the launch, which tells the measure.
 */
const CLAUSE_OPENERS = new Set(['to', 'once', 'while', 'because', 'if', 'which', 'that', 'who']);

/** Nouns a distance names a race or its record with ("the 100 metres final", "the 1,500m world record"). */
const RACE_NOUNS = new Set(['final', 'finals', 'record', 'race', 'event', 'title', 'heat', 'heats', 'semi-final', 'semi-finals', 'semifinal', 'semifinals', 'sprint', 'dash', 'relay', 'hurdles', 'freestyle', 'butterfly', 'backstroke', 'breaststroke', 'medley', 'steeplechase']);

/** A race noun at token k, or one word after it ("world record"), with no punctuation between. */
function namesARace(text: string, tokens: Token[], k: number): boolean {
  if (k < 1) return false;
  for (let n = k; n <= k + 1 && tokens[n]; n++) {
    if (/[,;:.!?]/.test(text.slice(tokens[n - 1].end, tokens[n].start))) return false;
    if (RACE_NOUNS.has(tokens[n].lower)) return true;
    if (tokens[n].stop || tokens[n].isNumber) return false;
  }
  return false;
}

/**
 * The smaller parts that follow a span's first ("two hours" then ", 24 minutes and 51 seconds"):
 * their seconds and last token, or null when none follows.
 */
function durationParts(text: string, tokens: Token[], last: number, size: number): { seconds: number; last: number } | null {
  let seconds = 0;
  let end = -1;
  for (let n = last + 1; tokens[n]; ) {
    const gap = text.slice(tokens[n - 1].end, tokens[n].start);
    const and = tokens[n].lower === 'and' ? 1 : 0;
    if (!(and ? /^\s*$/.test(gap) : /^,\s*$/.test(gap))) break;
    const num = tokens[n + and];
    const unitTok = tokens[n + and + 1];
    if (!num || !unitTok) break;
    const value = num.isNumber ? numberValue(num) : wordNumber(num.lower);
    const part = DURATION_UNITS[unitTok.lower];
    if (value === null || part === undefined || part >= size) break;
    seconds += value * part;
    size = part;
    end = n + and + 1;
    n = end + 1;
  }
  return end < 0 ? null : { seconds, last: end };
}

/** Nouns for a point along a route, named by its distance from the start: "the 30km mark", "the 28km drinks station". */
const ROUTE_POINTS = new Set(['mark', 'marks', 'marker', 'markers', 'point', 'points', 'post', 'posts', 'checkpoint', 'checkpoints', 'mat', 'mats', 'station', 'stations', 'split', 'splits', 'interval', 'intervals', 'sign', 'signs', 'turn']);
/** Nouns for the route itself: "not on the course between 28km and 31km". */
const ROUTES = new Set(['course', 'route', 'circuit', 'trail']);
/** Prepositions that put a distance at a point: "at 28km", "after 30km", "beyond 35km". */
const AT_POINT = new Set(['at', 'after', 'past', 'beyond', 'between']);
/** Words before "at 2.6km" that make it a value: "puts the distance saved at 2.6km", "the crack measured at 3 metres". */
const VALUE_BEFORE = /^(?:put|puts|putting|set|sets|estimated?|estimates|measured?|measures|measuring|clocked|valued|placed|stood|stands|is|was|are|were|be|been)$/;

/**
 * A distance that names a point along a route rather than measuring anything: "the 30km mat",
 * "the 28km and 31km points", "the 28km drinks station" (a point noun after up to two
 * modifiers), or a bare distance after "at", "after", "between" ("an extra mat at 28km next
 * year", "between 25km and 30km"). Two reports naming two such points disagree on nothing.
 * `first` is the figure's first token, `k` the token after its unit.
 */
function pointOnRoute(text: string, tokens: Token[], first: number, k: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  // The second of two points ("the 28km and 31km"): "the" or "between" stands four tokens back,
  // before the first figure and its unit.
  const gapOk = (n: number): boolean => !/[,;:.!?]/.test(text.slice(tokens[n - 1].end, tokens[n].start));
  // "the 28km and 31km points": the first of two labelled points.
  const paired = tokens[k]?.lower === 'and' && tokens[k + 1]?.isNumber && UNIT_SIZES[tokens[k + 2]?.lower ?? '']?.[0] === 'metre' ? k + 3 : k;
  if (before === 'the' || (before === 'and' && (tokens[first - 4]?.lower === 'the' || AT_POINT.has(tokens[first - 4]?.lower ?? '')))) {
    for (let n = paired; n < paired + 3 && tokens[n] && gapOk(n); n++) {
      if (ROUTE_POINTS.has(tokens[n].lower)) return true;
      if (tokens[n].stop || tokens[n].isNumber || tokens[n].cap) break;
    }
  }
  const at = AT_POINT.has(before) ? first - 1 : before === 'and' && AT_POINT.has(tokens[first - 4]?.lower ?? '') ? first - 4 : -1;
  if (at < 0) return false;
  // A bare distance is a point only where the route or a point on it is named just before:
  // "an extra mat at 28km", "not on the course between 28km and 31km"; "at 87km/h", "crested
  // at 6.8 metres" and "a slope at 2,640 metres" measure.
  let onRoute = false;
  for (let n = Math.max(0, at - 3); n < at; n++) {
    if (VALUE_BEFORE.test(tokens[n].lower)) return false;
    if (ROUTE_POINTS.has(tokens[n].lower) || ROUTES.has(tokens[n].lower)) onRoute = true;
  }
  const after = tokens[paired];
  if (after && gapOk(paired) && ROUTE_POINTS.has(after.lower)) return true;
  // Nothing measured follows: "at 28km next year", "at 28km.", "between 25km and 30km".
  return onRoute && (!after || !gapOk(paired) || (after.stop && after.lower !== 'per' && after.text !== '/'));
}

/** Words between "in"/"within" and a span's figure: "in a mere 24 hours", "within the next six months". */
const SPAN_FILLERS = new Set(['a', 'mere', 'just', 'only', 'the', 'next', 'first', 'as', 'little']);

/** The word right after a figure is a noun form (no participle) modifying the next, counted one: "rescue boats". */
function nounModifierAt(text: string, tokens: Token[], j: number, counted: string[]): boolean {
  const m = tokens[j];
  const head = tokens[j + 1];
  return m !== undefined && head !== undefined && m.norm === counted[0] && head.norm === counted[1] && !/(?:ed|ing)$/.test(m.lower) && text.slice(m.end, head.start) === ' ';
}

/**
 * Where a count's noun for people stands: right after the figure ("six riders"), or after one
 * lower-case modifier or two ("eight aid workers", "nine brave aid workers"); -1 when it names no people.
 */
function personNounAt(text: string, tokens: Token[], j: number): number {
  const t = tokens[j];
  if (!t) return -1;
  if (PERSON_NOUNS.has(t.lower)) return modifiesNext(text, tokens, j) ? -1 : j;
  // Up to two modifiers: "nine brave aid workers", "three young British tourists".
  for (let k = j; k < j + 2; k++) {
    const m = tokens[k];
    const next = tokens[k + 1];
    if (m.stop || (m.cap && k === j) || m.isNumber || !next || text.slice(m.end, next.start) !== ' ') return -1;
    if (PERSON_NOUNS.has(next.lower)) return modifiesNext(text, tokens, k + 1) ? -1 : k + 1;
  }
  return -1;
}

/**
 * A singular person noun right before a plural noun is its modifier: "24 pilot whales", "worker
 * ants" count whales and ants, not people.
 */
function modifiesNext(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!next || next.stop || next.cap || next.isNumber || text.slice(t.end, next.start) !== ' ') return false;
  return !/s$/.test(t.lower) && /[^s]s$/.test(next.lower) && !PERSON_NOUNS.has(next.lower);
}

/** Kinds of day counted between a figure and "days": "eleven sitting days", "ten working days". */
/** Verbs of an account after an adverb: "widely quoted", "first reported". */
const TOLD_AS = /^(?:quoted|cited|reported|announced|stated|claimed|given|estimated)$/;

/** The kind a stretch is told in, between its figure and unit ("flying" in "6,400 flying hours"), or undefined. */
export function stretchKind(q: Quantity): string | undefined {
  if (q.unit !== 'duration') return undefined;
  const words = q.surface.toLowerCase().split(/\s+/);
  const kind = words[words.length - 2];
  return words.length >= 3 && DAY_KINDS.has(kind) && DURATION_UNITS[words[words.length - 1]] !== undefined ? kind : undefined;
}

const DAY_KINDS = new Set(['sitting', 'working', 'business', 'calendar', 'school', 'trading', 'court', 'consecutive', 'straight', 'full', 'flying', 'flight']);

/**
 * Verbs that give someone a span of time to act in, or tell that one has it ("she has 14 days
 * to lodge an appeal"), and how far after them the span may stand.
 */
const GIVE = /^(?:give|gives|gave|given|giving|grant|grants|granted|allow|allows|allowed|has|have|had)$/;
const GIVE_REACH = 5;

/** Finds time limits ("within 24 hours", "before the vote is held", "by the end of March", "on day one"). */
export function extractDeadlines(text: string, tokens: Token[]): Deadline[] {
  const out: Deadline[] = [];
  const push = (i: number, endIdx: number, seconds: number | null, key: string): void => {
    const start = tokens[i].start;
    const end = tokens[Math.min(endIdx, tokens.length - 1)].end;
    out.push({ start, end, surface: text.slice(start, end), seconds, key, tokenIndex: i });
  };
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    if (w === 'within' || w === 'in') {
      // "in a mere 24 hours", "within six months"
      let j = i + 1;
      while (tokens[j] && SPAN_FILLERS.has(tokens[j].lower)) j++;
      let n: number | null = null;
      let u = j;
      const nv = tokens[j] ? numberValue(tokens[j]) : null;
      if (nv !== null) {
        n = nv;
        u = j + 1;
      } else if (j > i + 1 && ['a', 'an'].includes(tokens[j - 1].lower)) {
        n = 1;
      }
      const unit = tokens[u] ? DURATION_UNITS[tokens[u].lower] : undefined;
      if (n !== null && unit !== undefined) {
        const seconds = n * unit;
        push(i, u, seconds, `dur:${seconds}`);
      }
    } else if (w === 'before' || w === 'until' || w === 'by') {
      // "before the vote next month", "by the end of the year". Not "shortly before midnight",
      // "hours before the vote": a point in time something happened at, not a limit.
      if (w === 'before' && /^(?:shortly|just|soon|long|right|moments|minutes|hours|days|weeks|only)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      let j = i + 1;
      const words: string[] = [];
      while (tokens[j] && j - i <= 6) {
        const gap = text.slice(tokens[j - 1].end, tokens[j].start);
        // ("by 10 July and its final report within 12 months": the next limit's words are its own.)
        if (/[,;:.!?”"]/.test(gap) || /^(?:and|or|but)$/.test(tokens[j].lower)) break;
        words.push(tokens[j].norm);
        j++;
      }
      if (words.length === 0) continue;
      if (tellsWhatHappened(tokens, i + 1, j)) continue;
      const timeish = words.some((x) => TIME_LIMIT.test(x) || MONTHS.has(x)) || tokens.slice(i + 1, j).some((t) => MONTHS.has(t.lower) || WEEKDAYS.has(t.lower));
      if (!timeish) continue;
      // "by" names a time only when one follows at once ("by the end of May", "by Friday"); "by
      // telephone on the Sunday evening" names how, and the time is another phrase's.
      if (w === 'by' && !timeishAt(tokens, i + 1)) continue;
      push(i, j - 1, null, `${w}:${words.filter((x) => x.length > 2).join(' ')}`);
    } else if (GIVE.test(w)) {
      // "would give the auction house 30 days to open its files": a span given to do something.
      for (let j = i + 1; j < tokens.length && j <= i + GIVE_REACH; j++) {
        const n = numberValue(tokens[j]);
        if (n === null) continue;
        const unit = tokens[j + 1] ? DURATION_UNITS[tokens[j + 1].lower] : undefined;
        if (unit !== undefined && tokens[j + 2]?.lower === 'to') push(j, j + 1, n * unit, `dur:${n * unit}`);
        break;
      }
    } else if (w === 'day' && tokens[i + 1]?.lower === 'one' && tokens[i - 1]?.lower === 'on') {
      push(i, i + 1, 86400, 'dur:86400');
    }
  }
  return out;
}
