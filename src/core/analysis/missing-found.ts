/**
 * A named person reported missing in one report and found in another: "X, who has not been seen
 * since Saturday" / "X, who had been missing since Saturday, was found alive on Tuesday". Told
 * later, the finding answers the earlier report (an update); told earlier, a report that the
 * person is still missing contradicts it. Narrow: the person must be named on both sides, the
 * state must follow the name within a few words ("X remains missing", "X was found") or the
 * finding precede it ("rescuers found X"), and a finding must not itself be negated.
 */
import { explanation } from './explain.ts';
import { perSentence } from './memo.ts';
import { adjacentTokens, type Sentence } from './model.ts';
import { clauseAt, type Conflict } from './conflict-helpers.ts';

interface PersonState {
  entity: string;
  state: 'missing' | 'found';
  /** "who had been missing": the earlier state, told beside the finding. */
  past: boolean;
  /** Token range of the words that state it. */
  from: number;
  to: number;
}

/** Tokens after a name that its state may follow by: "X, 82, who had been missing since Saturday, was found". */
const STATE_REACH = 12;
/** Verbs of finding someone; negated ("has not been found") they say the person is missing. */
const FOUND = /^(?:found|located|traced|rescued)$/;
/** Verbs a negator turns into "missing": "has not been seen / heard from / found since". */
const NOT_SEEN = /^(?:seen|heard|found|located|traced)$/;
/** How a finding is told: passive ("was found"), or with the person's condition ("found alive"). */
const FINDING_AUX = /^(?:was|were|been|is|are|be)$/;
const CONDITION = /^(?:alive|dead|safe|unharmed|injured)$/;
/** "missing the deadline", "missing out": the verb "to miss", not a person missing. */
const MISSING_OBJECT = /^(?:the|a|an|out|his|her|their|its)$/;

/** People, and names the library cannot type (a person named without title or age, a ship, a plane): not places or organisations. */
const MAY_GO_MISSING = new Set(['person', 'other']);

const personStates = perSentence(findPersonStates);

function findPersonStates(s: Sentence, kindOf: (id: string) => string | undefined): PersonState[] {
  const toks = s.tokens;
  const out: PersonState[] = [];
  const negated = (j: number): boolean => toks.slice(Math.max(0, j - 3), j).some((t) => t.negator);
  for (let i = 0; i < toks.length; i++) {
    const id = s.entityAt.get(i);
    if (!id || s.entityAt.get(i - 1) === id || !MAY_GO_MISSING.has(kindOf(id) ?? '')) continue;
    let k = i;
    while (s.entityAt.get(k + 1) === id) k++;
    if (toks[k].possessive) continue;
    // "Rescuers found X alive": the finding before the name.
    for (let j = Math.max(0, i - 3); j < i; j++) {
      if (FOUND.test(toks[j].lower) && !negated(j) && !namedBetween(s, j, i)) out.push({ entity: id, state: 'found', past: false, from: j, to: k });
    }
    for (let j = k + 1; j < toks.length && j <= k + STATE_REACH; j++) {
      if (/[.;]/.test(toks[j].text) || (s.entityAt.has(j) && s.entityAt.get(j) !== id)) break;
      const w = toks[j].lower;
      const past = toks.slice(Math.max(k + 1, j - 3), j).some((t) => t.lower === 'had');
      if ((w === 'missing' && !(MISSING_OBJECT.test(toks[j + 1]?.lower ?? '') && adjacentTokens(s, toks[j], toks[j + 1]))) || (w === 'unaccounted' && toks[j + 1]?.lower === 'for')) {
        out.push({ entity: id, state: 'missing', past, from: j, to: w === 'unaccounted' ? j + 1 : j });
      } else if (NOT_SEEN.test(w) && negated(j)) {
        out.push({ entity: id, state: 'missing', past, from: Math.max(k + 1, firstNegator(s, j)), to: j });
      } else if (FOUND.test(w) && !negated(j) && (FINDING_AUX.test(toks[j - 1]?.lower ?? '') || CONDITION.test(toks[j + 1]?.lower ?? ''))) {
        out.push({ entity: id, state: 'found', past: false, from: j - 1, to: CONDITION.test(toks[j + 1]?.lower ?? '') ? j + 1 : j });
      }
    }
  }
  return out;
}

/** Another name between tokens i and j: "found X's sister" is not a finding of X. */
function namedBetween(s: Sentence, i: number, j: number): boolean {
  for (let m = i + 1; m < j; m++) if (s.entityAt.has(m)) return true;
  return false;
}

/** The first negator among the three tokens before `j` (where "has not been seen" starts). */
function firstNegator(s: Sentence, j: number): number {
  for (let m = Math.max(0, j - 3); m < j; m++) if (s.tokens[m].negator) return m;
  return j;
}

export function missingFound(sa: Sentence, sb: Sentence, ta: string, tb: string, kindOf: (id: string) => string | undefined): Conflict | null {
  const xa = personStates(sa, kindOf);
  if (xa.length === 0) return null;
  const xb = personStates(sb, kindOf);
  if (xb.length === 0) return null;
  for (const [sm, sf, tm, tf, missingSide] of [[sa, sb, ta, tb, 'a'], [sb, sa, tb, ta, 'b']] as const) {
    const ms = missingSide === 'a' ? xa : xb;
    const fs = missingSide === 'a' ? xb : xa;
    for (const m of ms) {
      if (m.state !== 'missing' || m.past) continue;
      const f = fs.find((y) => y.state === 'found' && y.entity === m.entity);
      // A report that still calls the person missing has found no one.
      if (!f || fs.some((y) => y.entity === m.entity && y.state === 'missing' && !y.past)) continue;
      const missingText = tm.slice(sm.tokens[m.from].start, sm.tokens[m.to].end);
      const foundText = tf.slice(sf.tokens[f.from].start, sf.tokens[f.to].end);
      const rm = clauseAt(sm, sm.tokens[m.from]);
      const rf = clauseAt(sf, sf.tokens[f.to]);
      const foundSide = missingSide === 'a' ? 'b' : 'a';
      return {
        detail: missingSide === 'a' ? explanation('negation', missingText, foundText) : explanation('negation', foundText, missingText),
        a: missingSide === 'a' ? rm : rf,
        b: missingSide === 'a' ? rf : rm,
        strength: 0.55,
        answeredBy: foundSide,
      };
    }
  }
  return null;
}
