import type { Article } from '../types.ts';
import type { Doc, Sentence } from './model.ts';
import { extractQuantities } from './quantities.ts';
import { quotedSpans, quoteShingles } from './quotes.ts';
import { splitClauses, splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** Splits and tokenises one article; entities and quantities are added by later stages. */
export function prepareDoc(article: Article): Doc {
  const text = article.text;
  const quoted = quotedSpans(text);
  let firstQuote = 0; // sentences come in text order: the quotations before this one are done
  const sentences: Sentence[] = splitSentences(text).map((range, index) => {
    const tokens = tokenize(text, range.start, range.end);
    while (firstQuote < quoted.length && quoted[firstQuote].end <= range.start) firstQuote++;
    const s: Sentence = {
      index,
      range,
      text: text.slice(range.start, range.end),
      tokens,
      clauses: splitClauses(text, range),
      entityAt: new Map(),
      quantities: [],
      quoteShingles: quoteShingles(tokens, quoted, firstQuote),
      memo: [],
    };
    return s;
  });
  for (const s of sentences) s.quantities = extractQuantities(text, s.tokens);
  return { article, sentences };
}
