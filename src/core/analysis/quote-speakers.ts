/**
 * Misattributed quotes: two reports give the same words, verbatim, to two different people
 * ("“A minister has gone, but the system ...,” Dukovic said" / "“A minister has gone, but the
 * system ...,” blasted Ruzek"). Words quoted exactly were said once, by one person, so two
 * speakers cannot both be right.
 *
 * Narrow: the sentences must share a run of quoted words (quotes.ts), each must name exactly one
 * person outside the quotation, and neither may name the other's speaker ("X said, echoing Y"
 * names both: one is repeating the other).
 */
import { explanation } from './explain.ts';
import type { Sentence } from './model.ts';
import { QUOTE_SHINGLE } from './quotes.ts';
import type { Conflict, ConflictContext } from './conflict-helpers.ts';

interface Speaker {
  id: string;
  first: number;
  last: number;
}

export function quoteSpeakerConflict(sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  if (sa.quoteShingles.size === 0 || sb.quoteShingles.size === 0) return null;
  let shared = false;
  for (const key of sa.quoteShingles.keys()) if (sb.quoteShingles.has(key)) shared = true;
  if (!shared) return null;
  const [x, y] = [speakers(sa, ctx.entityKind), speakers(sb, ctx.entityKind)];
  if (x.length !== 1 || y.length !== 1 || x[0].id === y[0].id) return null;
  if (names(sa, y[0].id) || names(sb, x[0].id)) return null;
  return {
    detail: explanation('who', surface(sa, x[0]), surface(sb, y[0])),
    a: sa.range,
    b: sb.range,
    strength: 0.7,
    lasting: true,
  };
}

/** People named in the sentence outside its quoted runs, each once, in order. */
function speakers(s: Sentence, kindOf: (id: string) => string | undefined): Speaker[] {
  const quoted = new Set<number>();
  for (const at of s.quoteShingles.values()) for (let k = at; k < at + QUOTE_SHINGLE; k++) quoted.add(k);
  const out: Speaker[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const id = s.entityAt.get(i);
    if (id === undefined || quoted.has(i) || kindOf(id) !== 'person') continue;
    const seen = out.find((p) => p.id === id);
    if (seen && seen.last === i - 1) seen.last = i;
    else if (!seen) out.push({ id, first: i, last: i });
  }
  return out;
}

function names(s: Sentence, id: string): boolean {
  for (const e of s.entityAt.values()) if (e === id) return true;
  return false;
}

function surface(s: Sentence, p: Speaker): string {
  return s.text.slice(s.tokens[p.first].start - s.range.start, s.tokens[p.last].end - s.range.start);
}
