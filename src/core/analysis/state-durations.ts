/**
 * "missing for five days" / "had been missing for six days", "trapped for 52 hours" / "trapped
 * underground for 60 hours": how long someone stayed in a plight, each outlet counting it its
 * own way. Such sentences share little besides the state word, so the state itself says two
 * durations are one measure: the same state word before "for" on both sides.
 */
import { isPastForm } from './lexicon.ts';
import { normalizeWord, type Token } from './tokens.ts';
import type { Sentence } from './model.ts';
import type { Quantity } from './quantities.ts';
import { spanTokens } from './quantity-context.ts';

/** States a person is in for a stretch of time, which news counts in days and hours. */
const STATES = new Set(['missing', 'trapped', 'stranded', 'held', 'detained', 'lost', 'adrift', 'captive', 'hostage', 'stuck', 'buried', 'marooned', 'hiding', 'run'].map(normalizeWord));
/** Words between "for" and the figure: "for almost 120 hours", "for more than five days". */
const BEFORE_FIGURE = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'at', 'least', 'just', 'over', 'under', 'more', 'less', 'than', 'a', 'full', 'the', 'best', 'part', 'of']);
/** Words between the state and "for": "missing in the mountains for", "trapped underground for". */
const STATE_REACH = 4;

/** The state (its comparison key) a duration says someone was in: "missing for five days" → missing. */
export function stateOfDuration(s: Sentence, q: Quantity): string | undefined {
  if (q.unit !== 'duration') return undefined;
  const t = s.tokens;
  const { first } = spanTokens(s, q);
  let i = first - 1;
  while (i >= 0 && BEFORE_FIGURE.has(t[i].lower)) i--;
  if (t[i]?.lower !== 'for') return undefined;
  for (let k = i - 1; k >= 0 && k >= i - STATE_REACH; k--) {
    if (isClauseMark(s, t, k)) return undefined;
    if (STATES.has(t[k].norm) && !t[k].cap) return t[k].norm;
  }
  return undefined;
}

/**
 * The verb a duration told with "for" says lasted: "had lived at Willow Run for 19 years" →
 * lived, "had been married for 55 years" → married (its comparison key).
 */
export function verbOfDuration(s: Sentence, q: Quantity): string | undefined {
  if (q.unit !== 'duration') return undefined;
  const t = s.tokens;
  let i = spanTokens(s, q).first - 1;
  while (i >= 0 && BEFORE_FIGURE.has(t[i].lower)) i--;
  if (t[i]?.lower !== 'for') return undefined;
  for (let k = i - 1; k >= 0 && k >= i - STATE_REACH; k--) {
    if (isClauseMark(s, t, k)) return undefined;
    if (!t[k].cap && isPastForm(t[k].lower)) return t[k].norm;
  }
  return undefined;
}

/**
 * Two stretches of different doings ("who had lived at Willow Run for 19 years" / "who had been
 * married for 55 years"): each told with its own verb, which the other sentence never uses.
 * ("jailed for eight years" / "imprisoned for six years" share a comparison key.)
 */
export function differentDoings(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const [va, vb] = [verbOfDuration(sa, qa), verbOfDuration(sb, qb)];
  return va !== undefined && vb !== undefined && va !== vb && !sb.tokens.some((t) => t.norm === va) && !sa.tokens.some((t) => t.norm === vb);
}

function isClauseMark(s: Sentence, t: Token[], k: number): boolean {
  return /[,;:.!?]/.test(s.text.slice(t[k].end - s.range.start, t[k + 1].start - s.range.start));
}

/** Words after a stretch that make it a delay: "40 minutes late", "two hours behind schedule". */
const DELAY_WORDS = new Set(['late', 'early', 'behind', 'overdue', 'delayed', 'later']);

/** The names in a delay's clause before the figure: what was late ("The Hollow Reeds started their set 40 minutes late"). */
function delayedNames(s: Sentence, q: Quantity): Set<string> | undefined {
  if (q.unit !== 'duration') return undefined;
  const t = s.tokens;
  const { first, last } = spanTokens(s, q);
  if (!DELAY_WORDS.has(t[last + 1]?.lower ?? '')) return undefined;
  const out = new Set<string>();
  for (let k = first - 1; k >= 0; k--) {
    if (isClauseMark(s, t, k) && out.size > 0) break;
    const e = s.entityAt.get(k);
    if (e !== undefined) out.add(e);
  }
  return out;
}

/**
 * Two delays of different things, each named ("The Hollow Reeds started their headline set 40
 * minutes late" / "the Ridgeway Lane entrance opened at 3.10pm, 70 minutes late"): a band's
 * lateness is not a gate's. Unnamed on either side ("Gates opened 90 minutes late"), they may be one.
 */
export function differentDelays(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const [na, nb] = [delayedNames(sa, qa), delayedNames(sb, qb)];
  return na !== undefined && nb !== undefined && na.size > 0 && nb.size > 0 && ![...na].some((e) => nb.has(e));
}
