import type { Article } from '../types.ts';
import { attachSentenceText } from './entities.ts';
import type { Doc, Sentence } from './model.ts';
import { extractQuantities } from './quantities.ts';
import { splitClauses, splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** Splits and tokenises one article; entities and quantities are added by later stages. */
export function prepareDoc(article: Article): Doc {
  const text = article.text;
  const sentences: Sentence[] = splitSentences(text).map((range, index) => {
    const s: Sentence = {
      index,
      range,
      tokens: tokenize(text, range.start, range.end),
      clauses: splitClauses(text, range),
      entityAt: new Map(),
      quantities: [],
    };
    attachSentenceText(s, text);
    return s;
  });
  for (const s of sentences) s.quantities = extractQuantities(text, s.tokens);
  return { article, sentences };
}
