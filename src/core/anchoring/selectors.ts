import type { TextPositionSelector, TextQuoteSelector } from '../annotations.ts';

/** Characters of context kept on each side of a quote, to tell repeated quotes apart. */
export const CONTEXT_LENGTH = 32;

/** The selectors for `text.slice(start, end)`: what was highlighted, its context and its place. */
export function describeRange(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`describeRange: ${start}..${end} is not a range of a ${text.length}-character text`);
  }
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(contextStart(text, start), start),
      suffix: text.slice(end, contextEnd(text, end)),
    },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** Where the prefix begins, moved so it does not start with half of a surrogate pair. */
function contextStart(text: string, start: number): number {
  let from = Math.max(0, start - CONTEXT_LENGTH);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return from;
}

function contextEnd(text: string, end: number): number {
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return to;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
