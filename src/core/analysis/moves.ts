import { FALL, MOVE_GAP, RISE } from './lexicon.ts';
import { normalizeWord, type Token } from './tokens.ts';

/** The keys a move is counted by, told before or after its figure ("down 19%", "19% lower"). */
export const LOWER = normalizeWord('lower');
export const HIGHER = normalizeWord('higher');
export const MOVE_KEYS: ReadonlySet<string> = new Set([LOWER, HIGHER]);

/**
 * A move told by the verb before its figure ("down 19%", "crashed by 30%", "rose nearly 3%",
 * "plunged by a quarter"), within four words and only past words of degree: LOWER, HIGHER or
 * undefined.
 */
export function moveBefore(tokens: Token[], first: number): string | undefined {
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const w = tokens[k].lower;
    if (FALL.test(w)) return LOWER;
    if (RISE.test(w)) return HIGHER;
    if (!MOVE_GAP.has(w)) return undefined;
  }
  return undefined;
}
