import { DEGREE } from './lexicon.ts';
import type { Sentence } from './model.ts';
import type { Token } from './tokens.ts';

/**
 * What a verb acts on, as comparison keys: the subject of a passive ("the crew were not
 * warned" -> crew) or the words of an active verb's object ("has axed her entire world tour" ->
 * entire, world, tour). Two passages that negate and affirm one verb about the same thing ("the
 * tour has not been cancelled" / "has axed her tour") disagree however common that thing is in
 * the story, which a shared rare word cannot tell.
 */
export function patientKeys(s: Sentence, verb: number): Set<string> {
  return subjectOfPassive(s, verb) ?? objectKeys(s, verb);
}

const BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
/** Between a passive verb and its subject: auxiliaries, negators, adverbs of time. */
const PASSIVE_GAP = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'not', 'never', 'yet', 'ever', 'even', 'also', 'just', 'already', 'still', 'now']);
/** Words that end an object: prepositions, conjunctions, relative words. */
const OBJECT_END = new Set(['about', 'in', 'on', 'at', 'for', 'from', 'to', 'with', 'by', 'before', 'after', 'over', 'into', 'during', 'since', 'until', 'and', 'or', 'but', 'because', 'as', 'that', 'which', 'who', 'while', 'when', 'if', 'than']);
/** Tokens an object may span. */
const OBJECT_REACH = 6;

/** The key of a token: its entity, else its comparison key; '' for a word with no content. */
function keyAt(s: Sentence, i: number): string {
  const e = s.entityAt.get(i);
  if (e !== undefined) return 'E:' + e;
  const t = s.tokens[i];
  return t.stop || t.isNumber ? '' : t.norm;
}

/** undefined when the verb is not passive, else the keys of its subject (none for "it was not"). */
function subjectOfPassive(s: Sentence, verb: number): Set<string> | undefined {
  const k = subjectEndOfPassive(s, verb);
  if (k === undefined) return undefined;
  if (k >= 0 && gapBefore(s, k + 1)) return appositiveSubject(s, k);
  if (k < 0) return new Set();
  // "the crew of the ferry were not warned": the crew, not the ferry, were not warned.
  const keys = new Set([keyAt(s, k) || soleNameBefore(s, k)]);
  const of = headBefore(s, k);
  if (of >= 0) keys.add(keyAt(s, of));
  keys.delete('');
  return keys;
}

/**
 * For a passive verb, the token before its auxiliaries (where its subject ends; -1 at the
 * sentence's start); undefined when no form of "be" precedes the verb. "the aircraft was fully
 * airworthy": a degree word may stand between "was" and the word.
 */
function subjectEndOfPassive(s: Sentence, verb: number): number | undefined {
  const toks = s.tokens;
  let k = verb - 1;
  let passive = false;
  for (; k >= 0 && (BE.has(toks[k].lower) || PASSIVE_GAP.has(toks[k].lower) || DEGREE.has(toks[k].lower) || toks[k].negator); k--) {
    if (BE.has(toks[k].lower)) passive = true;
  }
  return passive ? k : undefined;
}

/** Tokens back from a comma an appositive or a relative clause may span. */
const APPOSITIVE_REACH = 8;

/**
 * The subject of a passive whose verb follows a comma, when the comma closes an aside on a name:
 * "Yevgeny Strelnik, the company's founder, had been charged" and "Strelnik, who fled in March,
 * has been charged" (the name before the aside), "The ship's master, Dmitri Volkanov, was
 * detained" (the name the aside gives, and the noun it names). None for anything else, as a
 * clause before the comma ("After the ship ran aground, ...") may end on any word.
 */
function appositiveSubject(s: Sentence, k: number): Set<string> {
  const keys = new Set<string>();
  let open = -1;
  for (let j = k; j >= 1 && j > k - APPOSITIVE_REACH; j--) {
    if (!gapBefore(s, j)) continue;
    if (s.text.slice(s.tokens[j - 1].end - s.range.start, s.tokens[j].start - s.range.start).trim() === ',') open = j;
    break;
  }
  if (open < 1) return keys;
  const head = s.entityAt.get(open - 1);
  const name = s.entityAt.get(k);
  // ("The leader of the Vardan Front, Dario Venn, was arrested": a name after "of" is not the subject.)
  if (head !== undefined && name !== head && !afterOf(s, open - 1, head)) keys.add('E:' + head);
  else if (name !== undefined && s.entityAt.get(open) === name && nameRunsTo(s, open, k, name)) {
    keys.add('E:' + name);
    const before = keyAt(s, open - 1);
    if (before) keys.add(before);
  }
  return keys;
}

/** The name ending at token k opens after "of". */
function afterOf(s: Sentence, k: number, name: string): boolean {
  let j = k;
  while (j > 0 && s.entityAt.get(j - 1) === name) j--;
  if (DETERMINERS.has(s.tokens[j - 1]?.lower ?? '')) j--;
  return s.tokens[j - 1]?.lower === 'of';
}

/** The tokens from `from` to `to` are all one name. */
function nameRunsTo(s: Sentence, from: number, to: number, name: string): boolean {
  for (let j = from; j <= to; j++) if (s.entityAt.get(j) !== name) return false;
  return true;
}

/**
 * "Marta Seidrow, the governor, remains suspended; she has not been dismissed": "he" or "she"
 * is the one name the sentence gives before it, or with none, the one person the sentence before
 * names (its antecedent). '' when it gives none or several.
 */
function soleNameBefore(s: Sentence, k: number): string {
  if (!/^(?:he|she)$/.test(s.tokens[k].lower)) return '';
  const names = new Set<string>();
  for (let j = 0; j < k; j++) {
    const e = s.entityAt.get(j);
    if (e !== undefined) names.add(e);
  }
  if (names.size === 0 && s.antecedent !== undefined) return 'E:' + s.antecedent;
  return names.size === 1 ? 'E:' + [...names][0] : '';
}

/** Prepositions that join a subject's head to the phrase it is of: "the crew of/on the ferry". */
const OF = new Set(['of', 'on', 'aboard', 'at', 'from']);

/** The token before "of" in "the crew of the ferry" when token k ends that phrase, else -1. */
function headBefore(s: Sentence, k: number): number {
  for (let j = k - 1; j >= 1 && j >= k - OF_REACH; j--) if (OF.has(s.tokens[j].lower)) return j - 1;
  return -1;
}

/**
 * The words that narrow a passive's subject to some of its kind: "long-haul" of "Long-haul
 * flights were not cancelled". A denial about some flights says nothing of flights in general.
 */
export function patientModifiers(s: Sentence, verb: number): string[] {
  const k = subjectEndOfPassive(s, verb);
  // "Crew on the doomed ferry were never warned": "doomed" narrows the ferry, not the crew.
  if (k === undefined || k < 0 || gapBefore(s, k + 1) || headBefore(s, k) >= 0) return [];
  const out: string[] = [];
  for (let j = k - 1; j >= 0 && j >= k - MODIFIER_REACH && !gapBefore(s, j + 1); j--) {
    const key = keyAt(s, j);
    const name = s.entityAt.get(k);
    // The subject's own name ("the Sable River") is no narrowing of it.
    if (!key || (name !== undefined && s.entityAt.get(j) === name)) break;
    out.push(key);
  }
  return out;
}

const MODIFIER_REACH = 2;

/** Tokens back from a passive verb's subject to the "of" of "the crew of the St Ernan". */
const OF_REACH = 4;

function objectKeys(s: Sentence, verb: number): Set<string> {
  const toks = s.tokens;
  const out = new Set<string>();
  for (let k = verb + 1; k < toks.length && k <= verb + OBJECT_REACH; k++) {
    if (toks[k].lower === 'with' && out.size > 0 && !gapBefore(s, k)) {
      for (let j = k + 1; j < toks.length && j <= k + WITH_REACH; j++) {
        const key = keyAt(s, j);
        if (key) {
          out.add(WITH + key);
          break;
        }
      }
    }
    if (gapBefore(s, k) || OBJECT_END.has(toks[k].lower) || adverbAt(s, k)) break;
    const key = keyAt(s, k);
    if (key) out.add(key);
    // "the Sable River" is what "the river" refers back to: the name's last word, as a head.
    const e = s.entityAt.get(k);
    if (e !== undefined && s.entityAt.get(k + 1) !== e) out.add(HEAD + toks[k].norm);
  }
  return out;
}

/** Marks the last word of a name among a patient's keys. */
const HEAD = 'H:';

/**
 * Two patients are one thing: a key in common, or a plain noun on one side that is the last
 * word of a name on the other ("the river" / "the Sable River").
 */
export function samePatient(x: Set<string>, y: Set<string>): boolean {
  if (distinctPatients(x, y)) return false;
  for (const k of y) {
    if (k.startsWith(WITH)) continue;
    if (k.startsWith(HEAD) ? x.has(k.slice(HEAD.length)) : x.has(k) || x.has(HEAD + k)) return true;
  }
  return false;
}

/**
 * Two patients named apart: by two owners or names ("Fauchard's hand" / "Haldorsen's hand"), or
 * by two partners ("hands with the umpire" / "hands with Haldorsen").
 */
export function distinctPatients(x: Set<string>, y: Set<string>): boolean {
  // (A name is one whether it owns the thing or shares it: "Fauchard's hand", "hands with Fauchard".)
  const named = (k: string): string | null => (k.startsWith('E:') ? k : k.startsWith(WITH + 'E:') ? k.slice(WITH.length) : null);
  const partner = (k: string): string | null => (k.startsWith(WITH) ? k : null);
  return disjointWhereBoth(x, y, named) || disjointWhereBoth(x, y, partner);
}

/** Both sets hold keys of a sort (by `sort`'s key, null for none), and none in common. */
function disjointWhereBoth(x: Set<string>, y: Set<string>, sort: (k: string) => string | null): boolean {
  const xs = [...x].map(sort).filter((k) => k !== null);
  if (xs.length === 0) return false;
  const ys = [...y].map(sort).filter((k) => k !== null);
  return ys.length > 0 && !ys.some((k) => xs.includes(k));
}

/** Marks who or what an object is shared with: "shook hands with Haldorsen". */
const WITH = 'W:';
/** Tokens after "with" within which its partner's word stands. */
const WITH_REACH = 3;

/** Adverbs of time and manner that end an object or stand where none is: "conceded late on Sunday". */
const ADVERBS = new Set(['late', 'early', 'again', 'soon', 'later', 'earlier', 'away', 'back', 'home', 'overnight', 'instead', 'publicly', 'privately', 'alone', 'abroad']);

/** An adverb at token k: a listed one, or a word in -ly not after a determiner ("the family" is a noun). */
function adverbAt(s: Sentence, k: number): boolean {
  const w = s.tokens[k].lower;
  return ADVERBS.has(w) || (/^[a-z]{3,}ly$/.test(w) && !DETERMINERS.has(s.tokens[k - 1]?.lower ?? ''));
}

/** A clause mark between token k - 1 and token k. */
function gapBefore(s: Sentence, k: number): boolean {
  const toks = s.tokens;
  return /[,;:()"“”—–]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start));
}

/** Words that make the next word a noun: "the cause of the fire", "an appeal", "its talks". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

const NOMINAL_PLURAL = /(?:tions|sions|ments|nesses)$/;

/**
 * Verbs whose infinitive states an aim, not an act: "threatening to publish the data" affirms no
 * publication, as "agreed to pay" affirms a commitment.
 */
const AIMS = /^(?:threat|plan|intend|hop(?:e|es|ed|ing)$|aim|seek|sought|tr(?:y|ie)|attempt|expect)/;

/**
 * True when the token at `i` asserts its verb happened or holds: not a noun after a determiner
 * ("the cause"), nor an aim's infinitive ("threatening to publish"), nor an option's ("permission
 * to appeal").
 */
export function assertsVerb(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  if (i > 0 && DETERMINERS.has(toks[i - 1].lower)) return false;
  // What a possessive owns is a noun: "hearing Halvik's plans" affirms no plan of his.
  if (i > 0 && toks[i - 1].possessive) return false;
  // A plural noun made of a verb names no act: "Relations between promoter and management"
  // affirms nothing "was not related to" denies. (News opens no sentence with a verb in "-s".)
  if (NOMINAL_PLURAL.test(toks[i].lower) || (i === 0 && /[^s]s$/.test(toks[i].lower))) return false;
  return !(i > 1 && toks[i - 1].lower === 'to' && AIMS.test(toks[i - 2].lower)) && !optionOnly(toks, i);
}

/** Nouns whose infinitive is open to someone, not done: "permission to appeal", "seven days to respond". */
const OPTIONS = /^(?:permission|right|rights|days|weeks|months|hours|time|deadline|chance|option|opportunity|power|leave|freedom)$/;
/** Verbs that pursue an option, and so the act: "would seek permission to appeal", "was granted leave to appeal". */
const PURSUED = /^(?:seek|seeks|sought|seeking|apply|applies|applied|applying|ask|asks|asked|asking|request|requests|requested|granted|given|won|wins)$/;

/**
 * "has 21 days to apply for permission to appeal": an option or a time allowed, not an act;
 * unless the option is pursued ("would seek permission to appeal"), and that pursuit is itself
 * more than an option.
 */
function optionOnly(toks: Token[], i: number): boolean {
  if (i < 2 || toks[i - 1].lower !== 'to' || !OPTIONS.test(toks[i - 2].lower)) return false;
  const v = toks[i - 3]?.lower === 'for' ? i - 4 : i - 3;
  return !(v >= 0 && PURSUED.test(toks[v].lower) && !optionOnly(toks, v));
}
