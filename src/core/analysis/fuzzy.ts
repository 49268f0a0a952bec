/**
 * String distances for names. Transliterated names differ mostly in vowels and doubled letters
 * (Kharkiv/Kharkov, Tchaikovsky/Chaikovskyy, Andrey/Andriy, Grigoryev/Grigorev), so vowel edits are cheap
 * and consonant edits cost a full point; thresholds grow with the length of the name so that
 * short names need near-identity.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
/** Consonants that transliterations swap freely. */
const CLOSE_CONSONANTS = new Set(['k|c', 'c|k', 'v|w', 'w|v', 'j|y', 'y|j', 'j|i', 'i|j', 'f|v', 'v|f']);

function subCost(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 0.3;
  if (CLOSE_CONSONANTS.has(`${a}|${b}`)) return 0.5;
  return 1;
}

function indelCost(s: string, i: number): number {
  const c = s[i];
  if (VOWELS.has(c)) return 0.5;
  if (i > 0 && s[i - 1] === c) return 0.3; // a doubled consonant
  if (c === 'h') return 0.5; // "kh"/"k", "zh"/"z" spellings
  return 1;
}

/**
 * Weighted edit distance between two folded (lower-case, accent-free) strings. With `limit`, it
 * stops as soon as every path costs more (returning a value above the limit): comparing every
 * name of a large library with every other is then cheap for the many pairs that differ early.
 */
export function translitDistance(a: string, b: string, limit = Infinity): number {
  const m = a.length;
  const n = b.length;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
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

/** Plain Levenshtein distance (for one-letter typos). */
export function editDistance(a: string, b: string): number {
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[n];
}

/**
 * Same name in another spelling? The first letter must agree (transliterations keep it), the
 * weighted distance must stay within ~12% of the length, and short names may differ only in
 * vowels.
 */
export function sameNameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  if (a[0] !== b[0]) return false;
  const len = Math.max(a.length, b.length);
  const limit = Math.max(0.6, 0.12 * len);
  // Every inserted or deleted letter costs at least 0.3: names of very different length cannot match.
  if (Math.abs(a.length - b.length) * 0.3 > limit) return false;
  const d = translitDistance(a, b, limit);
  return d <= limit && (len > 6 || d < 1);
}

/** "Mike"/"Michael", "D."/"Donald", "Vladimir"/"Volodymyr": first names that may be one person's. */
export function compatibleFirstNames(a: string, b: string): boolean {
  if (a === b) return true;
  // Oleksandr/Aleksandr: transliterations may differ in an initial vowel.
  if (a[0] !== b[0]) return VOWELS.has(a[0]) && VOWELS.has(b[0]) && a.length > 3 && translitDistance(a, b) <= Math.max(0.6, 0.12 * Math.max(a.length, b.length));
  if (a.length === 1 || b.length === 1) return true; // an initial
  if (sameNameSpelling(a, b)) return true;
  if (consonantSkeleton(a) === consonantSkeleton(b)) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  return short.length <= 4 && long.startsWith(short.slice(0, 2)); // nickname: Mike/Michael, Alex/Alexander
}

export function consonantSkeleton(s: string): string {
  return s[0] + s.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}
