import { DEGREE } from './lexicon.ts';
import { perWord } from './memo.ts';
import type { Sentence } from './model.ts';

/**
 * What a sentence says something is: "security at the building was adequate", "the evacuation
 * was “completely inadequate”", "the vote is illegal". Two reports that call one thing by a word
 * and by that word's negative form ("adequate" / "inadequate", "legal" / "illegal") disagree, a
 * stance no antonym list needs to know.
 */
export interface PredicateAdjective {
  /** Token index of the adjective. */
  adjective: number;
  /** Comparison keys of what it is said of: the words before the verb "to be" back to a clause mark. */
  subject: Set<string>;
  /** "was not adequate". */
  negated: boolean;
}

const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained', 'seemed', 'seems', 'appeared', 'proved', 'looked']);
/** Words a subject is not read past: the speaker's report, a relative or a conjunction. */
const SUBJECT_END = new Set(['that', 'which', 'who', 'saying', 'said', 'says', 'and', 'but', 'because', 'while', 'whether', 'if']);
/** Tokens back from the verb a subject may span. */
const SUBJECT_REACH = 6;

export function predicateAdjectives(s: Sentence): PredicateAdjective[] {
  const toks = s.tokens;
  const out: PredicateAdjective[] = [];
  for (let v = 1; v < toks.length - 1; v++) {
    if (!COPULAS.has(toks[v].lower)) continue;
    let k = v + 1;
    let negated = false;
    while (k < toks.length && (DEGREE.has(toks[k].lower) || toks[k].negator)) {
      if (toks[k].negator) negated = true;
      k++;
    }
    const adj = toks[k];
    if (!adj || adj.stop || adj.isNumber || adj.cap || s.entityAt.has(k)) continue;
    const subject = new Set<string>();
    for (let j = v - 1; j >= 0 && j >= v - SUBJECT_REACH; j--) {
      const t = toks[j];
      if (SUBJECT_END.has(t.lower) || clauseMarkAfter(s, j)) break;
      const e = s.entityAt.get(j);
      if (e !== undefined) subject.add('E:' + e);
      else if (!t.stop && !t.isNumber) subject.add(t.norm);
    }
    if (subject.size) out.push({ adjective: k, subject, negated });
  }
  return out;
}

/** A comma, colon or dash right after token j: the subject starts after it. */
function clauseMarkAfter(s: Sentence, j: number): boolean {
  const next = s.tokens[j + 1];
  return /[,;:—–()]/.test(s.text.slice(s.tokens[j].end - s.range.start, next.start - s.range.start));
}

/** Prefixes that make an adjective its negative ("inadequate", "unsafe", "illegal", "dishonest"). */
const NEGATIVE_PREFIXES = ['in', 'im', 'il', 'ir', 'un', 'dis', 'non'];
const PARTICIPLE_PREFIXES = ['un', 'non'];
/** Words that look like a negative form but are not: "invaluable" is very valuable. */
const FALSE_NEGATIVES = new Set(['invaluable', 'infamous', 'inflammable', 'impassive', 'unravelled', 'disgruntled']);
/** Shortest base word a prefix is read off ("in" + "to" is no negative). */
const MIN_BASE = 4;

/** A word without its negative prefix, if it has one: "inadequate" -> adequate, negative. */
const negativeBase = perWord((lower: string): { base: string; negative: boolean } => {
  if (!FALSE_NEGATIVES.has(lower)) {
    // A participle is negated by "un" alone ("unarmed", "unconfirmed"): "discharged" is no
    // negative of "charged", nor "informed" of "formed".
    for (const p of lower.endsWith('ed') ? PARTICIPLE_PREFIXES : NEGATIVE_PREFIXES) {
      if (!lower.startsWith(p)) continue;
      const rest = lower.slice(lower[p.length] === '-' ? p.length + 1 : p.length);
      if (rest.length >= MIN_BASE) return { base: rest, negative: true };
    }
  }
  return { base: lower, negative: false };
}, 20000);

/**
 * True when one word is the other with a negative prefix ("adequate" / "inadequate"). Asked of
 * the whole other word, not of its own base: "important" looks prefixed too, yet "unimportant"
 * is its negative.
 */
export function negativeForms(x: string, y: string): boolean {
  const a = negativeBase(x);
  const b = negativeBase(y);
  return (a.negative && a.base === y) || (b.negative && b.base === x);
}
