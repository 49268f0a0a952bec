import { UNIT_SIZES, DURATION_UNITS, wordNumber } from './lexicon.ts';
import type { Quantity } from './quantities.ts';
import type { Token } from './tokens.ts';
import { moveBeside } from './rate-points.ts';

/**
 * A share told as a fraction: "two-thirds of Marlowe's legal costs", "a third of the staff",
 * "three quarters of homes", "half of the flights", or a move's size, "plunged by a quarter". It is a percentage, so it compares with "80
 * per cent of the costs". Words are round: a fraction covers a few points either side ("half"
 * is 47.5% to 52.5%). Not a fraction of a time or a measure ("a quarter of an hour", "a third
 * of a mile"), which is a length, not a share.
 */
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
/** Points either side of a fraction told in words. */
const ROUNDING = 2.5;
/** Words between "half" and what it is a share of: "half the flights", "half of its staff". */
const HALF_OF = new Set(['of', 'the', 'its', 'his', 'her', 'their', 'our']);
/** Words before "half" that make it a part, not a share: "the first half", "its northern half". */
const PART_OPENERS = /^(?:a|the|its|his|her|their|first|second|latter|other|top|bottom|upper|lower|back|front|\w+ern)$/;
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'all']);

export function fractionShareAt(text: string, tokens: Token[], i: number): { quantity: Quantity; last: number } | null {
  const found = fractionAt(tokens, i);
  if (!found) return null;
  const [share, last] = found;
  const after = tokens[last + 1]?.lower ?? '';
  // "Shares plunged by a quarter", "cut by half": the size of a move, a share of what moved.
  const move = tokens[i - 1]?.lower === 'by' ? moveBeside(tokens, i, last) : undefined;
  if (move) return { quantity: shareQuantity(text, tokens, i, last, share, [move]), last };
  if (!(after === 'of' || (share === 50 && HALF_OF.has(after)))) return null;
  // What it is a share of: past "of" and a determiner or an owner's name, up to two words.
  let k = last + 1;
  if (tokens[k]?.lower === 'of') k++;
  while (tokens[k] && (DETERMINERS.has(tokens[k].lower) || (tokens[k].cap && tokens[k].possessive))) k++;
  const head = tokens[k]?.lower ?? '';
  if (DURATION_UNITS[head] !== undefined || Object.hasOwn(UNIT_SIZES, head)) return null;
  const counted: string[] = [];
  for (; tokens[k] && counted.length < 2; k++) {
    const t = tokens[k];
    if (/[,;:.!?]/.test(text.slice(tokens[k - 1].end, t.start)) || t.isNumber || t.cap) break;
    if (!t.stop) counted.push(t.norm);
  }
  return { quantity: shareQuantity(text, tokens, i, last, share, counted), last };
}

function shareQuantity(text: string, tokens: Token[], i: number, last: number, share: number, counted: string[]): Quantity {
  const [min, max] = bounds(tokens, i, share);
  const start = tokens[i].start;
  const end = tokens[last].end;
  const surface = text.slice(start, end);
  return { start, end, surface, display: surface, min, max, unit: 'percent', counted, nominal: share, part: false, per: null, difference: false };
}

/** Points either side of a fraction said to be near: "nearly half", "close to a third". */
const NEAR = 7.5;

/** The range a fraction covers, with what comes before it: "more than half" is over 50%, "nearly half" a little under. */
function bounds(tokens: Token[], i: number, share: number): [number, number] {
  const p1 = tokens[i - 1]?.lower ?? '';
  const p2 = tokens[i - 2]?.lower ?? '';
  if (p1 === 'over' || (p1 === 'than' && p2 === 'more') || (p1 === 'least' && p2 === 'at')) return [share, 100];
  if (p1 === 'under' || (p1 === 'than' && (p2 === 'less' || p2 === 'fewer'))) return [0, share];
  if (/^(?:nearly|almost)$/.test(p1) || (p1 === 'to' && p2 === 'close')) return [share - NEAR, share];
  if (/^(?:about|around|roughly|some|approximately)$/.test(p1)) return [share - NEAR, share + NEAR];
  return [share - ROUNDING, share + ROUNDING];
}

/** The share (in per cent) a fraction starting at token i tells, and its last token. */
function fractionAt(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i];
  const joined = /^(one|two|three|four|nine|a)-([a-z]+)$/.exec(t.lower);
  if (joined && Object.hasOwn(DENOMINATORS, joined[2])) return [share(joined[1], joined[2]), i];
  // Not a part of something in space or time: "the second half of 2024", "the northern half of the quay".
  if (t.lower === 'half') return PART_OPENERS.test(tokens[i - 1]?.lower ?? '') ? null : [50, i];
  const next = tokens[i + 1]?.lower ?? '';
  if (Object.hasOwn(DENOMINATORS, next) && next !== 'half' && (t.lower === 'a' || wordNumber(t.lower) !== null)) return [share(t.lower, next), i + 1];
  return null;
}

function share(numerator: string, denominator: string): number {
  const n = numerator === 'a' ? 1 : wordNumber(numerator) ?? 1;
  return (100 * n) / DENOMINATORS[denominator];
}
