/**
 * Tally conflicts: one match given two results ("beaten 3-0 at home by Halvik United" /
 * "humiliated 3-1 by Halvik United") or one vote two splits ("the vote had been unanimous" /
 * "the board voted 4-1"). A final result does not change, so a later report giving another is a
 * contradiction unless it says it corrects the first.
 *
 * Narrow: each sentence states exactly one result of the kind (with two, which is which is
 * unknown), neither is negated or hedged, and the sentences share a name or a rare word besides
 * the tally's own words (the same match or the same vote). A score read from the other side
 * ("won 2-1" / "lost 1-2") is the same result.
 */
import { clauseAt, clauseFeatures, type Conflict, type ConflictContext } from './conflict-helpers.ts';
import { explanation } from './explain.ts';
import { HEDGES } from './lexicon.ts';
import { perSentence } from './memo.ts';
import type { Sentence } from './model.ts';
import { TALLY_FEATURES, talliesIn, type Tally } from './tallies.ts';

const resultsIn = perSentence((s: Sentence, text: string): Tally[] => talliesIn(text, s.tokens).filter((t) => t.result));

function sameResult(x: Tally, y: Tally): boolean {
  if (x.unanimous || y.unanimous) return x.unanimous ? y.unanimous || y.low === 0 : x.low === 0;
  return x.high === y.high && x.low === y.low;
}

/** "not", "reportedly", "may have" within the three words before the tally. */
function doubted(s: Sentence, t: Tally): boolean {
  for (let k = Math.max(0, t.at - 3); k < t.at; k++) if (s.tokens[k].negator || HEDGES.has(s.tokens[k].lower)) return true;
  return false;
}

export function tallyConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const ta = ctx.docs[da].article.text;
  const xs = resultsIn(sa, ta);
  if (xs.length === 0) return null;
  const tb = ctx.docs[db].article.text;
  const ys = resultsIn(sb, tb);
  for (const kind of ['score', 'vote'] as const) {
    const x = only(xs, kind);
    const y = only(ys, kind);
    if (!x || !y || sameResult(x, y) || doubted(sa, x) || doubted(sb, y)) continue;
    if (kind === 'score' ? !sameMatch(sa, x, sb, y, ctx) : !sameMatter(sa, sb, ctx)) continue;
    return {
      detail: explanation('quantity', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
      a: clauseAt(sa, sa.tokens[x.at]),
      b: clauseAt(sb, sb.tokens[y.at]),
      strength: 0.7,
      lasting: true,
    };
  }
  return null;
}

function only(tallies: Tally[], kind: Tally['kind']): Tally | null {
  const of = tallies.filter((t) => t.kind === kind);
  return of.length === 1 ? of[0] : null;
}

/** Teams and grounds named within a few words of a score (not its scorers): the match's sides. */
function sidesOf(s: Sentence, t: Tally, ctx: ConflictContext): Set<string> {
  const out = new Set<string>();
  for (let k = Math.max(0, t.at - SIDE_REACH); k <= Math.min(s.tokens.length - 1, t.last + SIDE_REACH); k++) {
    const e = s.entityAt.get(k);
    if (e !== undefined && ctx.entityKind(e) !== 'person') out.add(e);
  }
  return out;
}

const SIDE_REACH = 6;

/**
 * One match: the scores name a side in common ("beaten 3-0 by Halvik United" / "the 3-0 defeat
 * to Halvik United"), and neither names a side the other sentence never mentions while the other
 * does the same ("lost 3-0 to Halvik" / "drew 1-1 with Brask": two matches of one club).
 */
function sameMatch(sa: Sentence, x: Tally, sb: Sentence, y: Tally, ctx: ConflictContext): boolean {
  const ka = sidesOf(sa, x, ctx);
  const kb = sidesOf(sb, y, ctx);
  if (![...ka].some((e) => kb.has(e))) return false;
  const inA = new Set(sa.entityAt.values());
  const inB = new Set(sb.entityAt.values());
  return ![...ka].some((e) => !inB.has(e)) || ![...kb].some((e) => !inA.has(e));
}

/** The sentences share a name or a rare word, other than the words that make any tally ("voted"). */
function sameMatter(sa: Sentence, sb: Sentence, ctx: ConflictContext): boolean {
  const fb = clauseFeatures(sb, sb.range);
  for (const f of clauseFeatures(sa, sa.range)) {
    if (!fb.has(f) || ctx.weights.relative(f) < 0.5) continue;
    if (f.startsWith('E:') || !TALLY_FEATURES.has(f)) return true;
  }
  return false;
}
