import type { Sentence } from './model.ts';

let slots = 0;

/**
 * Caches a result computed from one sentence. Candidate pairs revisit the same sentence many
 * times (every pair it is in), so per-sentence extractions (deadlines, providers, withheld
 * claims, located events) are computed once per analysis instead of once per pair. Each cached
 * extraction owns one slot of the sentence's `memo` array (faster than a WeakMap lookup); each
 * analysis prepares fresh sentences, so nothing outlives it. An extra argument must be fixed
 * for a sentence within one analysis (its article's text, the analysis's entity kinds): only
 * the first call's is used.
 */
export function perSentence<T, A extends [] | [unknown] = []>(compute: (s: Sentence, ...args: A) => T): (s: Sentence, ...args: A) => T {
  const slot = slots++;
  // One optional argument, passed on without a rest array: this runs for every pair visited.
  const fn = compute as (s: Sentence, extra?: unknown) => T;
  const cached = (s: Sentence, extra?: unknown): T => {
    let v = s.memo[slot] as T | undefined;
    if (v === undefined) {
      v = fn(s, extra);
      s.memo[slot] = v;
    }
    return v;
  };
  return cached as (s: Sentence, ...args: A) => T;
}

/**
 * Caches a result computed from one word (or name) alone, across analyses: news prose repeats
 * its words, and entity resolution asks about the same names again and again. Bounded, so a
 * huge import cannot grow it without limit: past `limit` entries it starts over.
 */
export function perWord<T>(compute: (word: string) => T, limit = 20000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      v = compute(word);
      if (cache.size >= limit) cache.clear();
      cache.set(word, v);
    }
    return v;
  };
}

/**
 * Feature keys ("W:" + comparison key, "E:" + entity id), one string per key across analyses.
 * Passages are built from them thousands of times; concatenating afresh each time costs an
 * allocation and a new hash for every Set and Map the key then goes into.
 */
export const wordFeature = perWord((norm: string) => 'W:' + norm, 50000);
export const entityFeature = perWord((id: string) => 'E:' + id, 50000);
