import type { Explanation } from '../types.ts';

/** Longest quoted part of an explanation, so it stays a short label. */
const MAX_PART = 60;

function clip(s: string): string {
  // Quote marks inside a part would clash with the quotes around it.
  const t = s.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  return t.length > MAX_PART ? t.slice(0, MAX_PART - 1).trimEnd() + '…' : t;
}

/**
 * A short, typed label naming the conflicting parts of each side, e.g.
 * `deadline: "by the end of March" vs "within 48 hours"` or `quantity: 6.1 vs 5.9`.
 */
export function explanation(type: Explanation['type'], a: string, b: string): Explanation {
  return { type, a: clip(a), b: clip(b) };
}

export function formatExplanation(e: Explanation): string {
  if (e.type === 'quantity' && /^[\d.,]+$/.test(e.a) && /^[\d.,]+$/.test(e.b)) return `quantity: ${e.a} vs ${e.b}`;
  return `${e.type}: "${e.a}" vs "${e.b}"`;
}
