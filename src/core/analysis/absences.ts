import { clauseContaining } from './conflict-helpers.ts';
import type { Sentence } from './model.ts';
import type { Quantity } from './quantities.ts';
import { spanTokens } from './quantity-context.ts';
import type { Range } from './sentences.ts';

/**
 * A stretch of time someone is out of action: "out for 21 days", "SIX WEEKS on the
 * sidelines", "expect him back in about three weeks", "will miss six weeks". Reports of one
 * injury or suspension word the lay-off each their own way and share little else, so the
 * wording of the absence is what makes two such durations one measure.
 */
export function isAbsence(s: Sentence, q: Quantity): boolean {
  if (q.unit !== 'duration') return false;
  const t = s.tokens;
  const { first, last } = spanTokens(s, q);
  if (first < 0) return false;
  let i = first - 1;
  while (i >= 0 && HEDGES.has(t[i].lower)) i--;
  const before = t[i]?.lower ?? '';
  const twoBefore = t[i - 1]?.lower ?? '';
  if (before === 'for' && OUT_FOR.has(twoBefore)) return true;
  if (before === 'in' && BACK_IN.has(twoBefore)) return true;
  if (MISS.has(before)) return true;
  const after = t[last + 1]?.lower;
  // "six weeks on the sidelines", "three weeks out" (not "three weeks out from the vote").
  if (after === 'on' && t[last + 2]?.lower === 'the' && /^sidelines?$/.test(t[last + 3]?.lower ?? '')) return true;
  return after === 'out' && !UNTIL.has(t[last + 2]?.lower ?? '');
}

/** Words between the lay-off's wording and its figure: "out for about six weeks". */
const HEDGES = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'up', 'to', 'at', 'least', 'another', 'a', 'further', 'just', 'over', 'more', 'than', 'the', 'next']);
/** "out for", "sidelined for", "out of action for", "ruled out for", "suspended for", "banned for". */
const OUT_FOR = new Set(['out', 'sidelined', 'action', 'suspended', 'banned', 'injured']);
/** "back in three weeks", "return in ten days". */
const BACK_IN = new Set(['back', 'return', 'returns', 'returning']);
/**
 * "will miss six weeks" (not "missed four months of the 2023-24 season", an earlier lay-off, nor
 * "missing for three days": a missing person is no lay-off).
 */
const MISS = new Set(['miss', 'misses']);
/** "three weeks out from the vote" is a time until, not a lay-off. */
const UNTIL = new Set(['from', 'before', 'until', 'till']);

/**
 * Whether two lay-offs may be one person's: when both figures' clauses name people, they name
 * one in common ("Brannvoll is out for six weeks" is not "Holt will miss three weeks"). A clause
 * that names nobody ("the 28-year-old was expected to be out for 21 days") may be anyone's. A
 * name of no settled kind counts as a person's: one mention rarely settles it ("team-mate
 * Karel Holt").
 */
export function samePersonLaidOff(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity, kindOf: (id: string) => string | undefined): boolean {
  const a = personsIn(sa, clauseContaining(sa, qa), kindOf);
  const b = personsIn(sb, clauseContaining(sb, qb), kindOf);
  return a.size === 0 || b.size === 0 || [...a].some((id) => b.has(id));
}

function personsIn(s: Sentence, clause: Range, kindOf: (id: string) => string | undefined): Set<string> {
  const out = new Set<string>();
  for (const [i, id] of s.entityAt) {
    const t = s.tokens[i];
    if (t.start >= clause.start && t.end <= clause.end && !NOT_PEOPLE.has(kindOf(id) ?? '')) out.add(id);
  }
  return out;
}

const NOT_PEOPLE = new Set(['place', 'organisation']);
