import type { Range } from './sentences.ts';
import type { Token } from './tokens.ts';

/**
 * Verbatim quotations. Outlets reproduce a speaker's words exactly, so two passages quoting the
 * same run of words report the same thing however few content words the quote has ("I have to
 * put my health first"). A run of this many words inside quotation marks, identical in both, is
 * the evidence; shorter quotes ("24 hours") are compared like any other words.
 */
export const QUOTE_SHINGLE = 5;

const OPEN = '“„«';
const CLOSE = '”»';
/** The characters quotedSpans acts on: the regex engine skips the rest of the text. */
const QUOTE_MARKS = /[“„«”»"\n]/g;

/** Spans of text inside quotation marks (curly, guillemets, or straight quotes paired per paragraph). */
export function quotedSpans(text: string): Range[] {
  const spans: Range[] = [];
  let open = -1;
  let straight = -1;
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m; m = QUOTE_MARKS.exec(text)) {
    const ch = m[0];
    const i = m.index;
    if (ch === '\n') straight = -1; // an unclosed straight quote does not run into the next paragraph
    else if (OPEN.includes(ch)) open = i + 1;
    else if (CLOSE.includes(ch)) {
      if (open >= 0) spans.push({ start: open, end: i });
      open = -1;
    } else if (straight < 0) straight = i + 1;
    else {
      spans.push({ start: straight, end: i });
      straight = -1;
    }
  }
  return spans;
}

/**
 * Every run of QUOTE_SHINGLE consecutive quoted words of a sentence, keyed by the folded words,
 * with the token index where it starts. Words of one shingle lie within one quotation.
 */
export function quoteShingles(tokens: Token[], spans: readonly Range[], firstSpan = 0): ReadonlyMap<string, number> {
  if (firstSpan >= spans.length || tokens.length < QUOTE_SHINGLE) return NO_QUOTES;
  const out = new Map<string, number>();
  let span = firstSpan;
  const inside: number[] = tokens.map((t) => {
    while (span < spans.length && spans[span].end <= t.start) span++;
    return span < spans.length && spans[span].start <= t.start && t.end <= spans[span].end ? span : -1;
  });
  for (let i = 0; i + QUOTE_SHINGLE <= tokens.length; i++) {
    const q = inside[i];
    if (q < 0 || inside[i + QUOTE_SHINGLE - 1] !== q) continue;
    let key = tokens[i].lower;
    for (let k = 1; k < QUOTE_SHINGLE; k++) key += ' ' + tokens[i + k].lower;
    if (!out.has(key)) out.set(key, i);
  }
  return out.size ? out : NO_QUOTES;
}

/** The quote runs of the tokens [from, to) of a sentence. */
export function quotesWithin(shingles: ReadonlyMap<string, number>, from: number, to: number): ReadonlySet<string> {
  if (shingles.size === 0) return NO_QUOTE_SET;
  const out = new Set<string>();
  for (const [key, at] of shingles) if (at >= from && at + QUOTE_SHINGLE <= to) out.add(key);
  return out.size ? out : NO_QUOTE_SET;
}

/** Whether two passages quote the same run of words. */
export function shareQuote(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const key of a) if (b.has(key)) return true;
  return false;
}

const NO_QUOTES: ReadonlyMap<string, number> = new Map();
const NO_QUOTE_SET: ReadonlySet<string> = new Set();
