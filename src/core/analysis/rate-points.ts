import { FALL, MOVE_GAP, RISE, wordNumber } from './lexicon.ts';
import { HIGHER, LOWER, moveBefore } from './moves.ts';
import type { Sentence } from './model.ts';
import type { Quantity } from './quantities.ts';
import { normalizeWord, type Token } from './tokens.ts';

/**
 * Moves of a rate in percentage points, however written: "75 basis points", "a 25 basis-point
 * rise", "50bp", "0.75 percentage points", "three-quarters of a percentage point", "half a
 * point", "a quarter-point cut". One unit, 'points', in percentage points, so "75 basis points"
 * and "three-quarters of a percentage point" are one figure and "half a point" another. A bare
 * "N points" is not read: that is a score as often as a rate.
 */
export const POINTS_UNIT = 'points';
const POINT = normalizeWord('point');

/** Fractions of a point told in words, before "(of) a (percentage) point" or in a compound ("quarter-point"). */
const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, 'three-quarters': 0.75, 'three-quarter': 0.75 };

/** The points figure starting at token i and the index of its last token, or null. */
export function ratePointsAt(text: string, tokens: Token[], i: number): { quantity: Quantity; last: number } | null {
  const found = spelledPoints(tokens, i) ?? fractionOfPoint(tokens, i);
  if (!found) return null;
  const [value, last] = found;
  const t = tokens[i];
  // "a quarter-point cut", "a 25 basis-point rise": the move may be named after its size.
  const move = moveBeside(tokens, i, last);
  const start = t.start;
  const end = tokens[last].end;
  const surface = text.slice(start, end);
  const quantity = { start, end, surface, display: surface, min: value, max: value, unit: POINTS_UNIT, counted: move ? [move, POINT] : [POINT], nominal: value, part: false, per: null, difference: false };
  return { quantity, last };
}

/** "75 basis points", "50bp", "0.75 percentage points", "a 25 basis-point": a figure, then its unit. */
function spelledPoints(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i];
  const value = t.isNumber ? Number(t.text.replace(/,/g, '')) : wordNumber(t.lower);
  if (value === null || !Number.isFinite(value)) return null;
  const next = tokens[i + 1]?.lower;
  if (next === undefined) return null;
  if (/^(?:bps?|basis-points?)$/.test(next)) return [value / 100, i + 1];
  const pair = `${next} ${tokens[i + 2]?.lower ?? ''}`;
  if (/^basis points?$/.test(pair)) return [value / 100, i + 2];
  if (/^percentage points?$/.test(pair)) return [value, i + 2];
  if (/^percentage-points?$/.test(next)) return [value, i + 1];
  return null;
}

/** "half a point", "three-quarters of a percentage point", "a quarter-point". */
function fractionOfPoint(tokens: Token[], i: number): [number, number] | null {
  const t = tokens[i];
  const compound = /^(half|quarter|three-quarters?)-(?:percentage-)?point$/.exec(t.lower);
  if (compound) return [FRACTIONS[compound[1]], i];
  let k = i;
  let fraction: number | undefined;
  if (t.lower === 'a' && tokens[i + 1]?.lower === 'quarter') {
    fraction = FRACTIONS.quarter;
    k = i + 2;
  } else if (t.lower === 'three' && /^quarters?$/.test(tokens[i + 1]?.lower ?? '')) {
    fraction = 0.75;
    k = i + 2;
  } else if (Object.hasOwn(FRACTIONS, t.lower) && t.lower !== 'quarter') {
    fraction = FRACTIONS[t.lower];
    k = i + 1;
  }
  if (fraction === undefined) return null;
  if (tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.lower !== 'a') return null;
  k++;
  if (tokens[k]?.lower === 'percentage') k++;
  return tokens[k]?.lower === 'point' ? [fraction, k] : null;
}

/** Nouns after a move's size that say which way it went. */
const RISE_NOUNS = /^(?:rise|increase|hike|raise|tightening)$/;
const FALL_NOUNS = /^(?:cut|reduction|decrease|fall|drop|easing)$/;

/** The direction of the move, told by a verb before its size or a noun right after it. */
export function moveBeside(tokens: Token[], first: number, last: number): string | undefined {
  const after = tokens[last + 1]?.lower ?? '';
  if (RISE_NOUNS.test(after)) return HIGHER;
  if (FALL_NOUNS.test(after)) return LOWER;
  return moveBefore(tokens, first);
}

/**
 * What moved by a points figure: the word right before it, past "by" and the verb of moving
 * ("the key rate by half a point", "the 10-year yield jumped 85 basis points"). Two moves in
 * points compare when they name the same thing moving; a policy rate's move and a bond
 * yield's are two figures.
 */
export function samePointsMover(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  if (qa.unit !== POINTS_UNIT || qb.unit !== POINTS_UNIT) return false;
  const mover = pointsMover(sa.tokens, qa);
  return mover !== undefined && mover === pointsMover(sb.tokens, qb);
}

function pointsMover(tokens: Token[], q: Quantity): string | undefined {
  let k = tokens.findIndex((x) => x.start >= q.start) - 1;
  while (k >= 0 && (MOVE_GAP.has(tokens[k].lower) || RISE.test(tokens[k].lower) || FALL.test(tokens[k].lower))) k--;
  const t = tokens[k];
  return t && !t.stop && !t.isNumber && !t.cap ? t.norm : undefined;
}
