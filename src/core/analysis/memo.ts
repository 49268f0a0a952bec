import type { Sentence } from './model.ts';

/**
 * Caches a result computed from one sentence alone. Candidate pairs revisit the same sentence
 * many times (every pair it is in), so per-sentence extractions (deadlines, providers, withheld
 * claims, located events) are computed once per analysis instead of once per pair. Keyed weakly
 * by the sentence object: each analysis prepares fresh sentences, so nothing outlives it.
 */
export function perSentence<T>(compute: (s: Sentence) => T): (s: Sentence) => T {
  const cache = new WeakMap<Sentence, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = compute(s);
      cache.set(s, v);
    }
    return v;
  };
}
