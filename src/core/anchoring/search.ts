/**
 * Finding where a quote (or something close to it) occurs. Scoring and choosing live in
 * anchor.ts; this file only produces candidates, with bounded cost on any text.
 */
import approxSearch from 'approx-string-match';

export interface Candidate {
  start: number;
  end: number;
  /** Edits (insertions, deletions, substitutions) between the quote and `text.slice(start, end)`. */
  errors: number;
}

/** Every exact occurrence of `quote`, overlapping ones included. */
export function exactOccurrences(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/**
 * Approximate occurrences with at most `maxErrors` edits, from the fewest errors up.
 *
 * approx-string-match reports only the lowest error level present in the text, which would
 * hide a runner-up and make an ambiguous match look certain. So each level's matches are
 * masked out and the search repeated, until the budget or `maxRounds` is used up. Each round
 * is one O(n·m/32) pass.
 */
export function approximateOccurrences(text: string, pattern: string, maxErrors: number, maxRounds: number): Candidate[] {
  const found: Candidate[] = [];
  if (pattern === '') return found;
  let haystack = text;
  for (let round = 0; round < maxRounds; round++) {
    const matches = approxSearch(haystack, pattern, maxErrors);
    if (matches.length === 0) break;
    found.push(...matches);
    if (matches[0].errors >= maxErrors) break;
    haystack = masked(haystack, matches);
  }
  return found;
}

/** A character no quote contains, so masked text never matches. */
const MASK = '\uffff';

function masked(text: string, ranges: Candidate[]): string {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    out += text.slice(at, from) + MASK.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

/** Length of the windows searched for long quotes: one 32-bit word, the matcher's fast case. */
const WINDOW = 32;
/** Starting places checked for a long quote; bounds the verification work. */
const MAX_PLACES = 24;

/**
 * Approximate occurrences of a long quote without running the whole quote over the whole text:
 * find its head, middle and tail windows (each allowed 1/8 errors), then check the full quote
 * only around the places those windows point to. A quote edited in all three windows at once
 * is not found, which is acceptable: with that many edits it is orphaned anyway.
 */
export function longQuoteOccurrences(text: string, quote: string, maxErrors: number): Candidate[] {
  const offsets = [0, Math.floor((quote.length - WINDOW) / 2), quote.length - WINDOW];
  // Fewest errors per 32-character piece first, so a flood of weak hits cannot crowd out the real place.
  const hits: { place: number; errors: number }[] = [];
  for (const offset of offsets) {
    const windowText = quote.slice(offset, offset + WINDOW);
    for (const m of approximateOccurrences(text, windowText, WINDOW / 8, WINDOW / 8 + 1)) hits.push({ place: m.start - offset, errors: m.errors });
  }
  hits.sort((a, b) => a.errors - b.errors || a.place - b.place);
  const distinct: number[] = [];
  for (const { place } of hits) {
    if (distinct.length === MAX_PLACES) break;
    if (distinct.every((p) => Math.abs(p - place) > maxErrors)) distinct.push(place);
  }

  const found: Candidate[] = [];
  for (const place of distinct) {
    const from = Math.max(0, place - maxErrors - WINDOW);
    const to = Math.min(text.length, place + quote.length + maxErrors + WINDOW);
    for (const m of approxSearch(text.slice(from, to), quote, maxErrors)) {
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }
  return found;
}
