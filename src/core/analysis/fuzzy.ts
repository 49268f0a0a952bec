/**
 * String distances for names. Transliterated names differ mostly in vowels and doubled letters
 * (Kharkiv/Kharkov, Tchaikovsky/Chaikovskyy, Andrey/Andriy, Grigoryev/Grigorev), so vowel edits are cheap
 * and consonant edits cost a full point; thresholds grow with the length of the name so that
 * short names need near-identity.
 */

import { perWord } from './memo.ts';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Consonant pairs that transliterations swap freely (k/c, v/w, j/y, j/i, f/v, s/z), either way,
 * and g/h, which Ukrainian and Belarusian write where Russian has "g" (Tsyhankov / Tsigankov,
 * Hennadiy / Gennady).
 */
function closeConsonants(a: string, b: string): boolean {
  const pair = a < b ? a + b : b + a;
  return pair === 'ck' || pair === 'vw' || pair === 'jy' || pair === 'ij' || pair === 'fv' || pair === 'sz' || pair === 'gh';
}

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.3;
  if (closeConsonants(a, b)) return 0.5;
  return 1;
}

function indelCost(s: string, i: number): number {
  const c = s[i];
  if (VOWELS.has(c)) return 0.5;
  if (i > 0 && s[i - 1] === c) return 0.3; // a doubled consonant
  if (c === 'h') return 0.5; // "kh"/"k", "zh"/"z" spellings
  return 1;
}

/** The two rows of translitDistance, kept between calls: it runs for every pair of names compared. */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

/**
 * Weighted edit distance between two folded (lower-case, accent-free) strings. With `limit`, it
 * stops as soon as every path costs more (returning a value above the limit): comparing every
 * name of a large library with every other is then cheap for the many pairs that differ early.
 */
export function translitDistance(a: string, b: string, limit = Infinity): number {
  const m = a.length;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Float64Array(2 * (n + 1));
    rowB = new Float64Array(2 * (n + 1));
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= n; j++) prev[j] = prev[j - 1] + indelCost(b, j - 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = prev[0] + indelCost(a, i - 1);
    let best = cur[0];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(
        prev[j] + indelCost(a, i - 1),
        cur[j - 1] + indelCost(b, j - 1),
        prev[j - 1] + subCost(a[i - 1], b[j - 1]),
      );
      if (cur[j] < best) best = cur[j];
    }
    // Costs never decrease along a path, so once a whole row is over the limit, so is the end.
    if (best > limit) return best;
    [prev, cur] = [cur, prev];
  }
  return prev[n];
}

/**
 * Exactly one plain edit apart (a one-letter typo: one letter changed, added or dropped)? A
 * linear scan instead of a distance table: the typo rules ask it of many pairs of names.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || derivedWithA(a, b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Same length: the rest after one changed letter; else the rest after one letter of the longer.
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** The same letters with two neighbours swapped ("Marsk" / "Marks"): the commonest typing slip. */
export function swappedNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * One name is the other with an "a" after its final consonant: in many languages that makes a
 * different name, not a spelling of it (Ivan / Ivana, Marin / Marina, Aleksandr / Aleksandra,
 * the mountain Vetrin / the village Vetrina), nor does an "o" for it (Mario / Maria). Transliteration varies vowels inside a name and a
 * final y or i (Zelensky / Zelenskyy), never adds a final "a" to a consonant.
 */
/** Two words that differ only in a final "a" against an "o" ("Maria" / "Mario", "Reshetka" / "Reshetko"). */
export function finalAOrO(a: string, b: string): boolean {
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && /^(?:ao|oa)$/.test(a.slice(-1) + b.slice(-1));
}

export function derivedWithA(a: string, b: string): boolean {
  // Maria / Mario, Paola / Paolo, Giulia / Giulio: a final "a" against an "o" is the other gender.
  if (a.length > 2 && finalAOrO(a, b)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.length === short.length + 1 && long.endsWith('a') && long.startsWith(short) && !VOWELS.has(short[short.length - 1]);
}

/**
 * Sounds transliterations write in several ways: "Zh" or "J" at the start (Zharenko / Jarenko),
 * "Ye", "Je" or "E" (Yershov / Ershov, Jelena / Elena), "Ya", "Yu", "Yo" or "Ja", "Ju", "Jo"
 * (Yavorek / Javorek, Yuri / Juri), "Kh" or "H", "Tch" or "Ch"
 * (Tchorbadzhiev / Chorbadjiev), "H" or "G" before a consonant (Hnatyuk / Gnatyuk, Hrebenyuk /
 * Grebenyuk: Ukrainian writes "h" where Russian has "g"; so after a vowel, l, r or v: Yevhen /
 * Yevgeny, Olha / Olga), a hard "C" or "K" (Calvoria / Kalvoria, Konstantin / Constantin),
 * a soft "C" or "Ts" (Celikova / Tselikova), a long name's "Ch" or "Sh" (Chevrenko / Shevrenko,
 * as French writes it; not Chen / Shen), and "dzh" or "dj"
 * or "ck" or "k" anywhere (Henrick / Henrik, Frederick / Frederik), and "shch", "sch" or "sh"
 * anywhere (Shchelkunov / Schelkunow / Shelkunov), and a final "gue" or "g" (Teague / Teig,
 * as Irish and French names write a hard "g"). Names that do not match as written
 * are compared in this folded form, and filed under it too (SpellingIndex).
 */
const SOUND_FOLDS: Array<[RegExp, string]> = [[/dzh|dj/g, 'j'], [/^tch/, 'ch'], [/^zh/, 'j'], [/^[yj]e/, 'e'], [/^y(?=[aou])/, 'j'], [/^kh/, 'h'], [/^h(?=[rnl])/, 'g'], [/^c(?=[aoulr])/, 'k'], [/^c(?=[ei])/, 'ts'], [/^ch(?=[a-z]{5})/, 'sh'], [/(?<=[aeiouylrv])h/g, 'g'], [/ck/g, 'k'], [/shch|sch/g, 'sh'], [/gue$/, 'g']];

/** Cached: every comparison of two names that do not match as written folds both. */
export const foldSounds = perWord((word: string): string => {
  let out = word;
  for (const [from, to] of SOUND_FOLDS) out = out.replace(from, to);
  return out;
});

/**
 * Same name in another spelling? The first letter must agree (transliterations keep it, once
 * their ways of writing a sound are folded), the weighted distance must stay within ~12% of the
 * length, and short names may differ only in vowels.
 */
export function sameNameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (derivedWithA(a, b)) return false;
  // "x" is written "ks" in many transliterations: Alexander/Aleksandr, Maxim/Maksim.
  if (a.includes('x') !== b.includes('x')) {
    a = a.replace(/x/g, 'ks');
    b = b.replace(/x/g, 'ks');
  }
  if (sameSpelling(a, b)) return true;
  const [fa, fb] = [foldSounds(a), foldSounds(b)];
  return (fa !== a || fb !== b) && sameSpelling(fa, fb);
}

function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  if (a[0] !== b[0]) return false;
  const len = Math.max(a.length, b.length);
  const limit = spellingLimit(len);
  // Every inserted or deleted letter costs at least 0.3: names of very different length cannot match.
  if (Math.abs(a.length - b.length) * 0.3 > limit) return false;
  // Below one full edit only cheap edits fit, and none of them changes the skeleton.
  if (limit < 1 && spellingSkeleton(a) !== spellingSkeleton(b)) return false;
  if (fullEditsAtLeast(a, b) > limit) return false;
  return withinSpellingLimit(a, b);
}

function spellingLimit(len: number): number {
  return Math.max(0.6, 0.12 * len);
}

/**
 * A lower bound on translitDistance: cheap edits never change the skeleton (vowels, h, j and
 * doubled letters are not skeleton letters; k/c and v/w/f count as one), and each full edit
 * changes it by little: it brings in or takes out at most one distinct letter on each side (the
 * bit masks), and moves the skeleton's letter counts by at most two in all (a changed letter, or
 * one that splits or joins a run: "sas" -> "sts"). So the many pairs of unrelated names a large
 * library proposes, even names built from the same few syllables, are dismissed without the
 * distance table.
 */
function fullEditsAtLeast(a: string, b: string): number {
  const ma = letterMask(a);
  const mb = letterMask(b);
  const byLetters = Math.max(popcount(ma & ~mb), popcount(mb & ~ma));
  const ca = letterCounts(a);
  const cb = letterCounts(b);
  let moved = 0;
  for (let i = 0; i < 26; i++) moved += Math.abs(ca[i] - cb[i]);
  return Math.max(byLetters, Math.ceil(moved / 2));
}

const letterMask = perWord((word: string): number => {
  let m = 0;
  for (const ch of spellingSkeleton(word)) {
    const code = ch.charCodeAt(0) - 97;
    if (code >= 0 && code < 26) m |= 1 << code;
  }
  return m;
});

const letterCounts = perWord((word: string): Uint8Array => {
  const counts = new Uint8Array(26);
  for (const ch of spellingSkeleton(word)) {
    const code = ch.charCodeAt(0) - 97;
    if (code >= 0 && code < 26 && counts[code] < 255) counts[code]++;
  }
  return counts;
});

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/** sameNameSpelling's distance test alone, without its shortcuts (the property tests compare the two). */
export function withinSpellingLimit(a: string, b: string): boolean {
  const len = Math.max(a.length, b.length);
  const limit = spellingLimit(len);
  const d = translitDistance(a, b, limit);
  return d <= limit && (len > 6 || d < 1);
}

/** "Mike"/"Michael", "D."/"Donald", "Vladimir"/"Volodymyr": first names that may be one person's. */
export function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (derivedWithA(a, b)) return false; // Ivan / Ivana, Mario / Maria
  // Oleksiy / Aleksei / Alexey, Andriy / Andrei; Katarzyna / Katarina, Tomasz / Tomas;
  // Theodore / Teodor, Arthur / Artur, Stephan / Stefan: the endings, the Polish digraphs and the "th" and "ph" that
  // transliterations write in several ways; Aurel / Orel, an opening "Au" written as it sounds.
  if (a.length > 3 && b.length > 3) {
    const [fa, fb] = [foldFirstName(a), foldFirstName(b)];
    if ((fa !== a || fb !== b) && compatibleFirstNames(fa, fb)) return true;
  }
  if (a.includes('x') !== b.includes('x')) {
    a = a.replace(/x/g, 'ks');
    b = b.replace(/x/g, 'ks');
  }
  // Oleksandr/Aleksandr, Jelena/Yelena: transliterations may differ in an initial vowel or in
  // the letters they swap freely (j/y, k/c, v/w).
  if (a[0] !== b[0]) {
    const swappable = (VOWELS.has(a[0]) && VOWELS.has(b[0])) || closeConsonants(a[0], b[0]);
    return swappable && a.length > 3 && translitDistance(a, b) <= Math.max(0.6, 0.12 * Math.max(a.length, b.length));
  }
  if (a.length === 1 || b.length === 1) return true; // an initial
  // Darius / Dario, Marius / Mario, Julius / Julio: a Latin "-us" that Romance spellings write "-o".
  if (a !== b && romanceStem(a) === romanceStem(b) && romanceStem(a).length >= 4) return true;
  if (sameNameSpelling(a, b)) return true;
  if (consonantSkeleton(a) === consonantSkeleton(b)) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length <= 4 && long.startsWith(short.slice(0, 2))) return true; // nickname: Mike/Michael, Alex/Alexander
  // A pet form: the name's opening, its last consonant doubled, and "-y", "-ie" or "-i"
  // (Tommy / Tomas, Danny / Daniel, Freddie / Frederik, Johnny / John).
  return petForm(a, b) || petForm(b, a);
}

function petForm(pet: string, name: string): boolean {
  const m = /^(.{2,}?)(?:(.)\2)?(?:y|ie|i)$/.exec(pet);
  if (!m || pet === name) return false;
  const base = m[1] + (m[2] ?? '');
  // ("Teddy" / "Teodor", "Betty" / "Beatrice": the name may have a vowel before the doubled consonant.)
  return base.length >= 3 && (name.startsWith(base) || (name.startsWith(m[1]) && m[2] !== undefined && consonantSkeleton(name).startsWith(consonantSkeleton(base))));
}

/** A first name without a final "-us" or "-o"; callers ask for four letters left, a stem. */
function romanceStem(name: string): string {
  return name.replace(/(?:us|o)$/, '');
}

function foldFirstName(name: string): string {
  // (A final "-ie" or "-ia" is one name's English and Slavic or Latin endings: Sophie / Zofia, Marie / Maria.)
  return name.replace(/^au/, 'o').replace(/(?:iy|ii|ij|ei|ey|yi|ie|ia)$/, 'i').replace(/rz/g, 'r').replace(/sz/g, 's').replace(/th/g, 't').replace(/ph/g, 'f');
}

export function consonantSkeleton(s: string): string {
  return s[0] + s.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/**
 * The letters a transliteration cannot change cheaply: consonants after folding the swaps
 * `subCost` makes cheap (c->k, w/f->v, z->s), without vowels, "j" (a vowel in many spellings), "h"
 * ("kh"/"k") and "g" (which "h" may stand for), with repeated letters collapsed. Every cheap edit of translitDistance leaves it as
 * it is; one full edit changes it by at most two (the edit itself, and two equal neighbours it
 * may join or split: "kpk" -> "kak" -> "k").
 */
export const spellingSkeleton = perWord((word: string): string => {
  let out = '';
  for (const ch of word) {
    if (VOWELS.has(ch) || ch === 'j' || ch === 'h' || ch === 'g') continue;
    const c = ch === 'c' ? 'k' : ch === 'w' || ch === 'f' ? 'v' : ch === 'z' ? 's' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
});

/**
 * From 17 letters the limit allows two full edits, beyond what the deletion keys cover; a
 * partner of such a name is at least 11 letters long (length differences cost 0.3 a letter), so
 * names from 11 letters are also filed together by first letter.
 */
const LONG_NAME = 11;

/**
 * The shortest name whose spelling limit allows a full edit (9 letters); below it, two spellings
 * of one name differ only in cheap edits and share their skeleton exactly.
 */
const FULL_EDIT_NAME = (() => {
  let n = 1;
  while (spellingLimit(n) < 1) n++;
  return n;
})();
/** The shortest partner such a name can have (6 letters): every letter added or dropped costs at least 0.3. */
const FULL_EDIT_PARTNER = Math.ceil(FULL_EDIT_NAME - spellingLimit(FULL_EDIT_NAME) / 0.3);

export interface SpellingIndexOptions {
  /** Also propose one-letter slips (oneEditApart, same first letter), which change even short names' skeletons. */
  slips?: boolean;
}

/**
 * Finds the names that may be spelled alike (sameNameSpelling; with `slips`, also one plain edit
 * apart) without comparing every name with every other.
 * - Every name is filed under its first letter and its skeleton: all that two spellings of a
 *   name shorter than FULL_EDIT_NAME may differ in leaves the skeleton as it is.
 * - A name that may be in a pair with a full edit is also filed under every form of its
 *   skeleton with one or two letters dropped (a symmetric-deletion index: one full edit changes a
 *   skeleton by at most two), in one of two sets, long names' and their shorter partners'. A
 *   name looks up only the sets a partner of it can be in, so two short names are never
 *   proposed for sharing a letter or two: in a large library most names are short, and their
 *   two-letters-dropped forms (one letter, or none) would pair each with every other name of
 *   its initial.
 * - Long names, whose limit allows two full edits, are also filed together by first letter
 *   (see LONG_NAME).
 * - With `slips`, every name is filed under itself with each one letter dropped.
 * "x" is written "ks" in many transliterations (sameNameSpelling compares so): a name with an
 * x is filed as written and with the x spelled "ks".
 * Cost grows with the number of names times the square of their length, not with the number
 * of pairs.
 */
export class SpellingIndex<T> {
  private readonly keys = new Map<string, T[]>();
  private readonly slips: boolean;

  constructor(options: SpellingIndexOptions = {}) {
    this.slips = options.slips ?? false;
  }

  add(word: string, item: T): void {
    const { filed, slips } = keysOf(word);
    for (const k of filed) this.file(k, item);
    if (this.slips) for (const k of slips) this.file(k, item);
  }

  /** Items filed under a key the word looks up: a superset of its possible spelling matches. */
  candidates(word: string): Set<T> {
    const out = new Set<T>();
    const { lookedUp, slips } = keysOf(word);
    for (const k of lookedUp) for (const item of this.keys.get(k) ?? []) out.add(item);
    if (this.slips) for (const k of slips) for (const item of this.keys.get(k) ?? []) out.add(item);
    return out;
  }

  private file(key: string, item: T): void {
    let list = this.keys.get(key);
    if (!list) this.keys.set(key, (list = []));
    list.push(item);
  }
}

interface NameKeys {
  /** Keys a name is filed under. */
  filed: string[];
  /** Keys it looks its partners up under. */
  lookedUp: string[];
  /** Its one-letter-slip keys. */
  slips: string[];
}

/** Keys by word: the same names are filed again in every article and every analysis. */
const keysOf = perWord(computeKeys);

function computeKeys(word: string): NameKeys {
  const filed = new Set<string>();
  const lookedUp = new Set<string>();
  const spellings = word.includes('x') ? [word, word.replace(/x/g, 'ks')] : [word];
  for (const w of [...spellings]) if (foldSounds(w) !== w) spellings.push(foldSounds(w));
  for (const w of spellings) {
    const head = w[0] ?? '';
    const sk = spellingSkeleton(w);
    filed.add(`${head}=${sk}`);
    lookedUp.add(`${head}=${sk}`);
    if (w.length >= FULL_EDIT_PARTNER) {
      const dropped = skeletonForms(sk);
      // Long names' forms, looked up by every name that may partner one; partners' forms, looked up by long names.
      const own = w.length >= FULL_EDIT_NAME ? 'L' : 'P';
      for (const f of dropped) {
        filed.add(`${head}${own}${f}`);
        lookedUp.add(`${head}L${f}`);
        if (w.length >= FULL_EDIT_NAME) lookedUp.add(`${head}P${f}`);
      }
    }
    if (w.length >= LONG_NAME) {
      filed.add(`${head}#long`);
      lookedUp.add(`${head}#long`);
    }
  }
  const slips = new Set([`${word[0] ?? ''}~${word}`]);
  for (let i = 0; i < word.length; i++) slips.add(`${word[0] ?? ''}~${word.slice(0, i)}${word.slice(i + 1)}`);
  return { filed: [...filed], lookedUp: [...lookedUp], slips: [...slips] };
}

/** The skeleton, and every form of it with one or two letters dropped. */
function skeletonForms(sk: string): Set<string> {
  const forms = new Set([sk]);
  for (let i = 0; i < sk.length; i++) {
    const one = sk.slice(0, i) + sk.slice(i + 1);
    forms.add(one);
    for (let j = i; j < one.length; j++) forms.add(one.slice(0, j) + one.slice(j + 1));
  }
  return forms;
}
