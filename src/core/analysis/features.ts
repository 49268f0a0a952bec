import type { Doc, Sentence } from './model.ts';
import { MONTHS, TITLES } from './lexicon.ts';
import { entityFeature, perSentence, wordFeature } from './memo.ts';
import { PEOPLE, type Quantity } from './quantities.ts';
import { quotesWithin } from './quotes.ts';
import { clockTimes } from './clock-times.ts';
import { talliesIn } from './tallies.ts';
import { normalizeWord, phrasalVerb, type Token } from './tokens.ts';

/** A time written to the minute, as clockTimes spans it: "at 23:10", "at 11.10pm". */
const EXACT_TIME_SPAN = 20;
/** "pm" after a figure: part of a time, which is one feature of its own. */
const MERIDIEM = /^[ap]\.?m\.?$/;
/** Tokens an article's opening dateline may take: "CORRAN, Oct 20 (Sportswire)". */
const DATELINE_TOKENS = 6;

/** Words that may stand between a title and its holder: "envoy for A and B, X". */
const REMIT = new Set(['for', 'on', 'to', 'and']);

const GENERIC_PARTIES = new Set(['leader', 'side', 'party', 'country', 'nation', 'man', 'men', 'woman', 'women', 'official', 'team', 'club', 'group', 'government', 'president'].map(normalizeWord));
import type { Range } from './sentences.ts';

/**
 * A comparable passage: a whole sentence or one of its clauses, as a bag of features. Features
 * are entity ids ("E:"), normalised content words ("W:", synonym head or stem) and quantities
 * ("Q:"), so "Kharkiv"/"Kharkov", "vowed"/"promised" and "24 hours"/"“24 hours,”" all compare equal.
 */
export interface Unit {
  doc: number;
  sentence: number;
  range: Range;
  /** Token index range [from, to) within the sentence. */
  from: number;
  to: number;
  features: Set<string>;
  /**
   * The same features as numbers (Weights numbers them), ascending: comparing two passages is
   * then a merge of two integer arrays, with no hashing of strings.
   */
  ids: Int32Array;
  /** Runs of quoted words within the passage (quotes.ts): a verbatim quote two passages share. */
  quotes: ReadonlySet<string>;
  /** Sum of feature weights (set by Weights). */
  mass: number;
}

export type KindOf = (entityId: string) => string | undefined;

export function sentenceFeatures(s: Sentence, kindOf: KindOf, from = 0, to = s.tokens.length, plainWords: ReadonlySet<string> = NO_WORDS): Set<string> {
  const out = new Set<string>();
  const roles = roleWords(s, kindOf);
  const told = attribution(s);
  for (let i = from; i < to; i++) {
    const t = s.tokens[i];
    const e = s.entityAt.get(i);
    if (e) {
      out.add(entityFeature(e));
      // "the Glasshouse Tour" / "her world tour": a named thing's last word, when the library
      // also writes it as an ordinary word, is also that word.
      if (s.entityAt.get(i + 1) !== e && s.entityAt.get(i - 1) === e && kindOf(e) !== 'person' && !t.stop && plainWords.has(t.lower)) out.add(wordFeature(t.norm));
    }
    // ("11.10pm": the time is one feature below; "pm" alone would match every evening.)
    else if (!t.stop && !t.isNumber && t.norm.length > 1 && !roles.has(i) && !told.has(i) && !(MERIDIEM.test(t.lower) && s.tokens[i - 1]?.isNumber)) {
      const next = s.tokens[i + 1];
      // "called off" is "cancelled": the pair counts as the plain verb, not as "call".
      const phrasal = next && i + 1 < to ? phrasalVerb(t, next) : undefined;
      out.add(wordFeature(phrasal ?? t.norm));
      // "front line" where another report writes "frontline": the pair also counts as the one word.
      if (next && i + 1 < to && !next.stop && !next.isNumber && !s.entityAt.has(i + 1) && next.start === t.end + 1 && plainWords.has(t.lower + next.lower)) {
        out.add(wordFeature(normalizeWord(t.lower + next.lower)));
      }
    }
  }
  for (const q of s.quantities) {
    const qi = s.tokens.findIndex((t) => t.start >= q.start);
    if (qi < from || qi >= to) continue;
    // "two leaders", "both sides": a pair of people or parties is how a story is told, not a fact.
    if (q.unit === 'count' && q.nominal <= 2 && q.counted.some((c) => GENERIC_PARTIES.has(c))) continue;
    // "a woman", "one man": how a report brings someone in, not a figure two reports share.
    if (q.unit === 'count' && q.nominal === 1 && q.counted[0] === PEOPLE) continue;
    out.add(quantityFeature(q));
  }
  // (Not a dateline's: "CORRAN, Oct 20 (Sportswire) -" is the report's own day.)
  for (let i = Math.max(0, from, s.index === 0 ? DATELINE_TOKENS : 0); i + 1 < to; i++) {
    const date = dayOfMonthAt(s.tokens, i);
    if (date) out.add('D:' + date);
  }
  // A result ("lost 2-0", "voted 4-1"), which counts nothing the figures' index holds.
  for (const t of talliesIn(s.text, s.tokens, s.range.start)) {
    if (t.result && !t.unanimous && t.at >= from && t.at < to) out.add(`T:${t.high}-${t.low}`);
  }
  for (const c of clockTimes(s)) {
    if (c.wide || c.twelveHour || c.hi - c.lo > EXACT_TIME_SPAN || ((c.lo + c.hi) / 2) % 30 === 0) continue;
    const ti = s.tokens.findIndex((t) => t.start >= c.start);
    if (ti < from || ti >= to) continue;
    out.add('C:' + (((c.lo + c.hi) / 2) % 1440));
  }
  return out;
}

/**
 * A day of a month written out at token i ("13 March", "March 13"), as "mar13": one fact's
 * date, which the figures' index does not hold (a date is no quantity). "May" counts only
 * capitalised, beside a day, since alone it is as often the verb.
 */
function dayOfMonthAt(tokens: readonly Token[], i: number): string | undefined {
  const day = (t: Token | undefined): number | undefined => (t?.isNumber && /^\d{1,2}$/.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31 ? Number(t.text) : undefined);
  const month = (t: Token | undefined): string | undefined => (t && MONTHS.has(t.lower) && (t.lower !== 'may' || t.text === 'May') ? t.lower.slice(0, 3) : undefined);
  const [a, b] = [tokens[i], tokens[i + 1]];
  const d = day(a) ?? day(b);
  const m = day(a) !== undefined ? month(b) : month(a);
  return d !== undefined && m !== undefined ? m + d : undefined;
}

/**
 * "according to a senior official and other sources familiar with the matter": who told the
 * reporter, not what happened. Its words (not its names) are left out, from "according to" to
 * the end of its clause, so two reports quoting the same kind of source do not match on it.
 */
const attribution = perSentence((s: Sentence): Set<number> => {
  const out = new Set<number>();
  for (let i = 0; i + 1 < s.tokens.length; i++) {
    if (s.tokens[i].lower !== 'according' || s.tokens[i + 1].lower !== 'to') continue;
    const clause = s.clauses.find((c) => c.start <= s.tokens[i].start && s.tokens[i].start < c.end) ?? s.range;
    for (let j = i; j < s.tokens.length && s.tokens[j].start < clause.end; j++) out.add(j);
  }
  return out;
});

/**
 * Titles in front of a person ("special envoy", "national security adviser", "Defense
 * Secretary") say who someone is, not what happened: two passages naming two different envoys
 * must not match on "envoy".
 */
const roleWords = perSentence((s: Sentence, kindOf: KindOf): Set<number> => {
  const out = new Set<number>();
  s.tokens.forEach((_, i) => {
    const e = s.entityAt.get(i);
    if (!e || kindOf(e) !== 'person' || s.entityAt.get(i - 1) === e) return;
    // "special envoy for A and B, X": the title may name its remit before the name.
    for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
      const t = s.tokens[j];
      if (s.entityAt.has(j) && kindOf(s.entityAt.get(j)!) !== 'person') continue; // "Middle East special envoy X"
      if (TITLES.has(t.lower) || t.lower === 'of' || t.lower === 'the') {
        out.add(j);
        continue;
      }
      if (REMIT.has(t.lower) && j > 0) continue;
      break;
    }
    // "X, a senior adviser to Y": a title in apposition after the name.
    let last = i;
    while (s.entityAt.get(last + 1) === e) last++;
    let k = last + 1;
    if (s.tokens[k] && ['a', 'an', 'the'].includes(s.tokens[k].lower)) k++;
    const titled: number[] = [];
    while (s.tokens[k] && (TITLES.has(s.tokens[k].lower) || (s.entityAt.has(k) && s.tokens[k].possessive))) titled.push(k++);
    if (titled.some((j) => TITLES.has(s.tokens[j].lower))) for (const j of titled) if (!s.entityAt.has(j)) out.add(j);
  });
  return out;
});

/** A figure's feature, keyed by the figure as written: "three years" and "nearly three years" compare equal. */
export function quantityFeature(q: Quantity): string {
  return 'Q:' + quantityKey(q.unit, q.nominal, q.nominal, q.counted);
}

function quantityKey(unit: string, min: number, max: number, counted: string[]): string {
  const v = Number.isFinite(max) ? (min + max) / 2 : min;
  const r = v === 0 ? 0 : Number(v.toPrecision(2));
  return unit === 'count' ? `${unit}:${r}:${counted[0] ?? ''}` : `${unit}:${r}`;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_IDS = new Int32Array(0);

/** Lower-case content words of the library: closed compounds a two-word phrase may match, and plain forms of a name's last word. */
function contentWords(docs: Doc[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) for (const s of doc.sentences) for (const t of s.tokens) if (!t.stop && !t.isNumber && !t.cap) out.add(t.lower);
  return out;
}

/** Sentence units plus, for sentences with several clauses, one unit per clause. */
export function buildUnits(docs: Doc[], kindOf: KindOf): Unit[][][] {
  const plain = contentWords(docs);
  return docs.map((doc, d) =>
    doc.sentences.map((s) => {
      const units: Unit[] = [{ doc: d, sentence: s.index, range: s.range, from: 0, to: s.tokens.length, features: sentenceFeatures(s, kindOf, 0, s.tokens.length, plain), ids: NO_IDS, quotes: quotesWithin(s.quoteShingles, 0, s.tokens.length), mass: 0 }];
      if (s.clauses.length > 1) {
        for (const c of s.clauses) {
          const from = s.tokens.findIndex((t) => t.start >= c.start);
          let to = s.tokens.findIndex((t) => t.start >= c.end);
          if (to < 0) to = s.tokens.length;
          if (from < 0 || to <= from) continue;
          units.push({ doc: d, sentence: s.index, range: c, from, to, features: sentenceFeatures(s, kindOf, from, to, plain), ids: NO_IDS, quotes: quotesWithin(s.quoteShingles, from, to), mass: 0 });
        }
      }
      return units;
    }),
  );
}

/**
 * Inverse sentence frequency (IDF) over sentences: rare words and names weigh most. Also numbers
 * every feature of the analysis and gives each unit its `ids` and `mass`, so the comparisons
 * that candidate search runs thousands of times work on integer arrays.
 */
export class Weights {
  private readonly numberOf = new Map<string, number>();
  private readonly names: string[] = [];
  /** weight() by feature number. */
  private readonly byNumber: Float64Array;
  private readonly idf = new Map<string, number>();
  readonly sentences: number;
  constructor(docs: Doc[], units: Unit[][][]) {
    const df = new Map<string, number>();
    let n = 0;
    docs.forEach((_, d) => units[d].forEach((su) => {
      n++;
      for (const f of su[0].features) df.set(f, (df.get(f) ?? 0) + 1);
    }));
    this.sentences = n;
    for (const [f, c] of df) this.idf.set(f, Math.log((n + 1) / (c + 0.5)));
    for (const doc of units) for (const su of doc) for (const u of su) for (const f of u.features) this.number(f);
    this.byNumber = Float64Array.from(this.names, (f) => this.computeWeight(f));
    for (const doc of units) for (const su of doc) for (const u of su) {
      const ids = new Int32Array(u.features.size);
      let i = 0;
      for (const f of u.features) ids[i++] = this.numberOf.get(f)!;
      u.ids = ids.sort();
      u.mass = this.massOf(u.ids);
    }
  }
  private number(f: string): number {
    let id = this.numberOf.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.numberOf.set(f, id);
      this.names.push(f);
    }
    return id;
  }
  weight(f: string): number {
    const id = this.numberOf.get(f);
    return id === undefined ? this.computeWeight(f) : this.byNumber[id];
  }
  /** weight() of a feature by its number. */
  weightOfNumber(id: number): number {
    return this.byNumber[id];
  }
  /** The feature a number stands for. */
  feature(id: number): string {
    return this.names[id];
  }
  private computeWeight(f: string): number {
    const w = this.idf.get(f) ?? Math.log(this.sentences + 1);
    // Quantities are precise evidence; entities slightly less than rare words (they recur across topics).
    if (f.startsWith('Q:')) return w * 1.3;
    if (f.startsWith('E:')) return w * 0.9;
    return w;
  }
  df(f: string): number {
    const w = this.idf.get(f);
    if (w === undefined) return 0;
    return (this.sentences + 1) / Math.exp(w) - 0.5;
  }
  /**
   * The weight of a word found in a single sentence. Thresholds are expressed as multiples of
   * it, so they mean the same in a library of 3 articles as in one of 300.
   */
  get rareUnit(): number {
    return Math.log((this.sentences + 1) / 1.5);
  }
  /** Weight relative to a once-seen word (0..~1.3). */
  relative(f: string): number {
    return this.weight(f) / this.rareUnit;
  }
  mass(features: Iterable<string>): number {
    let m = 0;
    for (const f of features) m += this.weight(f);
    return m;
  }
  private massOf(ids: Int32Array): number {
    let m = 0;
    for (let i = 0; i < ids.length; i++) m += this.byNumber[ids[i]];
    return m;
  }
}

export interface Match {
  /** Weighted Dice overlap. */
  score: number;
  /** Shared weight over the lighter passage's weight: a short passage wholly inside a long one. */
  containment: number;
  shared: string[];
  sharedMass: number;
}

/** The weight two units share, without listing what (no allocation): a merge of their ids. */
export function sharedMassOf(a: Unit, b: Unit, w: Weights): number {
  const x = a.ids;
  const y = b.ids;
  let sharedMass = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      sharedMass += w.weightOfNumber(x[i]);
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return sharedMass;
}

/** The weighted Dice score of compareUnits alone, without listing what is shared (no allocation). */
export function diceScore(a: Unit, b: Unit, w: Weights): number {
  if (a.mass + b.mass <= 0) return 0;
  return (2 * sharedMassOf(a, b, w)) / (a.mass + b.mass);
}

/** Weighted Dice overlap of two units. */
export function compareUnits(a: Unit, b: Unit, w: Weights): Match {
  const shared: string[] = [];
  let sharedMass = 0;
  const x = a.ids;
  const y = b.ids;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared.push(w.feature(x[i]));
      sharedMass += w.weightOfNumber(x[i]);
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  const score = a.mass + b.mass > 0 ? (2 * sharedMass) / (a.mass + b.mass) : 0;
  const containment = Math.min(a.mass, b.mass) > 0 ? sharedMass / Math.min(a.mass, b.mass) : 0;
  return { score, containment, shared: shared.sort(), sharedMass };
}
