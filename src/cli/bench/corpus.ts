/**
 * Larger libraries for the benchmark, derived from the bundled articles so they read like news
 * and keep its statistics (sentence lengths, names per sentence, quantities, quotes).
 *
 * Copy k (k = 1, 2, ...) of the library is a distinct story made by rewriting every article:
 *  - every proper noun (a capitalised word that also occurs capitalised in mid-sentence, so
 *    "Smith", "Paris", "BBC", but not "The" at a sentence start) is replaced by a generated name
 *    of the same length class, the same name for the same word in all articles of the copy and
 *    a different name in every copy: aliases ("Jane Smith" / "Smith") stay aliases, and no
 *    two copies share a person or place, so they are separate stories to the analysis;
 *  - numbers of two or more digits (years among them) move forward by k, and
 *    the published date moves forward k years, so each copy is a different event in time
 *    with the same relations between its reports;
 *  - month and weekday names and the pronoun "I" are kept, so dates still parse.
 * A corpus of factor f is the bundled library plus copies 1..f-1.
 */
import { parseArticle } from '../../core/corpus/parse-article.ts';
import type { Article } from '../../core/types.ts';

export const CORPUS_METHOD =
  'copies of the bundled library with proper nouns renamed to generated names (consistent within a copy, different across copies), years and multi-digit numbers shifted by the copy index, publication dates moved k years';

const KEEP = new Set([
  'I', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'del', 'sun', 'ar', 'bel', 'cor', 'dan', 'el', 'fi', 'gor', 'han', 'is', 'jo', 'ku', 'lan', 'mor', 'nes', 'or', 'pa', 'quin', 'ros', 'sel', 'tur', 'ul', 'vin', 'wes', 'zan'];
const CAPITALISED = /\p{Lu}[\p{Ll}\p{Lu}]*/gu;

/**
 * Proper nouns of a set of texts: capitalised words seen at least once in mid-sentence whose
 * lower-case form never occurs (so "The", "New" or "Open" in a title-case headline stay).
 */
export function properNouns(texts: string[]): Set<string> {
  const lower = new Set(texts.flatMap((t) => t.match(/\b\p{Ll}+\b/gu) ?? []));
  const found = new Set<string>();
  const midSentence = /(?<=[\p{Ll},;:’'"“(\d] +)\p{Lu}[\p{Ll}\p{Lu}]*/gu;
  for (const text of texts) {
    for (const [word] of text.matchAll(midSentence)) if (!KEEP.has(word) && !lower.has(word.toLowerCase())) found.add(word);
  }
  return found;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Two-letter marks, one per copy (16 consonants x 5 vowels = 80 copies), that start every name of it. */
const MARK_CONSONANTS = 'bdfghjklmnprstvz';
const MARK_VOWELS = 'aeiou';
export const MAX_COPIES = MARK_CONSONANTS.length * MARK_VOWELS.length;

/**
 * A pronounceable name for `word` in copy `k`, about as long, capitalised like it (NBC -> BOKAR).
 * It starts with the copy's own two-letter mark, so two copies can never share a name, however
 * short: hashed syllables alone collide across copies for two-letter acronyms and would merge
 * separate stories.
 */
export function generatedName(word: string, k: number): string {
  if (k < 1 || k > MAX_COPIES) throw new RangeError(`copy ${k} is outside 1..${MAX_COPIES}`);
  let name = MARK_CONSONANTS[(k - 1) % MARK_CONSONANTS.length] + MARK_VOWELS[Math.floor((k - 1) / MARK_CONSONANTS.length)];
  let h = fnv(`${k}:${word}`);
  while (name.length < Math.max(3, word.length)) {
    name += SYLLABLES[h % SYLLABLES.length];
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  name = name.slice(0, Math.max(3, word.length + 1));
  return word === word.toUpperCase() && word.length > 1 ? name.toUpperCase() : name[0].toUpperCase() + name.slice(1);
}

function rewrite(text: string, k: number, nouns: Set<string>): string {
  return text
    .replace(CAPITALISED, (w) => (nouns.has(w) ? generatedName(w, k) : w))
    // Years move k years on, other figures by k too, so every copy reports different numbers;
    // thousands separators and leading zeros are kept ("10,000" -> "10,002", "05" -> "07").
    .replace(/\d{1,3}(?:,\d{3})+|\d{2,}/g, (d) => {
      const moved = Number(d.replaceAll(',', '')) + k;
      return d.includes(',') ? moved.toLocaleString('en-US') : String(moved).padStart(d.length, '0');
    });
}

function shiftYear(date: string | null, k: number): string | null {
  if (!date) return null;
  return `${Number(date.slice(0, 4)) + k}${date.slice(4)}`;
}

/** Copy k of the library: a distinct story with the same shape (see the file comment). */
export function deriveCopy(articles: Article[], k: number, nouns = properNouns(articles.flatMap((a) => [a.text, a.title]))): Article[] {
  return articles.map((a) => {
    const front = [
      `title: ${JSON.stringify(rewrite(a.title, k, nouns))}`,
      `outlet: ${JSON.stringify(a.outlet ? rewrite(a.outlet, k, nouns) : null)}`,
      `published: ${shiftYear(a.published, k) ?? 'null'}`,
    ].join('\n');
    const source = `---\n${front}\n---\n\n${rewrite(a.markdown, k, nouns)}`;
    return parseArticle(`${a.id}-copy${k}.md`, source);
  });
}

/** The bundled library plus copies 1..factor-1. */
export function scaledCorpus(articles: Article[], factor: number): Article[] {
  const nouns = properNouns(articles.flatMap((a) => [a.text, a.title]));
  const out = [...articles];
  for (let k = 1; k < factor; k++) out.push(...deriveCopy(articles, k, nouns));
  return out;
}

/** A sentence with its names and figures masked: two sentences of one shape differ only in who and how many. */
const shape = (sentence: string) => sentence.replace(CAPITALISED, 'X').replace(/\d+/g, '0');

/**
 * A long article of at least `words` words: the given articles' paragraphs one after another,
 * each sentence shape once, cut at a paragraph. Derived copies are not used here: they repeat
 * every passage with only the names changed, near-duplicates a real article does not have and
 * on which re-anchoring rightly refuses to choose (a highlight there would be orphaned).
 */
export function longArticle(articles: Article[], words: number): Article {
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const a of articles) {
    for (const p of a.markdown.split(/\n{2,}/)) {
      if (count >= words || p.trim() === '' || p.trim().startsWith('#')) continue;
      const sentences = p.trim().split(/(?<=[.!?”"])\s+/).filter((x) => !seen.has(shape(x)));
      sentences.forEach((x) => seen.add(shape(x)));
      if (sentences.length === 0) continue;
      paragraphs.push(sentences.join(' '));
      count += sentences.join(' ').split(/\s+/).filter(Boolean).length;
    }
  }
  if (count < words) throw new Error(`the articles hold ${count} words of distinct text, ${words} are needed`);
  return parseArticle('bench-long-article.md', `---\ntitle: "Benchmark article"\noutlet: "Bench"\npublished: 2025-01-01\n---\n\n${paragraphs.join('\n\n')}\n`);
}

/** A Markdown body of at least `bytes` UTF-8 bytes, built the same way. */
export function markdownOfSize(articles: Article[], bytes: number): string {
  let md = '';
  for (let k = 0; Buffer.byteLength(md) < bytes; k++) {
    for (const a of k === 0 ? articles : deriveCopy(articles, k)) {
      if (Buffer.byteLength(md) >= bytes) break;
      md += `## ${a.title}\n\n${a.markdown.trim()}\n\n`;
    }
  }
  return md;
}
