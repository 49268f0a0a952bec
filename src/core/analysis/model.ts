import type { Article } from '../types.ts';
import type { Range } from './sentences.ts';
import type { Token } from './tokens.ts';
import type { Quantity } from './quantities.ts';

/** One sentence of an article, tokenised once and shared by every stage. */
export interface Sentence {
  /** Index within its article. */
  index: number;
  range: Range;
  /** The sentence's own text: the article text from range.start to range.end. */
  text: string;
  tokens: Token[];
  clauses: Range[];
  /** Entity id per token index (names and demonyms), filled by the entity stage. */
  entityAt: Map<number, string>;
  /**
   * The one person the sentence before names, whom a "he" or "she" coming before any person in
   * this sentence refers to ("Strelnik was detained on 7 March. He has not been charged", "Police
   * confirmed that he has not been arrested"); filled by the entity stage.
   */
  antecedent?: string;
  quantities: Quantity[];
  /** Runs of quoted words (quotes.ts) by their words, with the token index each starts at. */
  quoteShingles: ReadonlyMap<string, number>;
  /** Values computed from this sentence by later stages, one slot per extraction (memo.ts). */
  memo: unknown[];
}

export interface Doc {
  article: Article;
  sentences: Sentence[];
}

/** Only a single space (or nothing) between two tokens of a sentence: "Arnholt factory", not "Arnholt, factory". */
export function adjacentTokens(s: Sentence, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  return gap === 0 || (gap === 1 && s.text[a.end - s.range.start] === ' ');
}
