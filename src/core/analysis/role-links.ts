/**
 * Common ground for two reports of one story that share no other fact the engine can see: a
 * tabloid's "Trade minister Teodor Shenari slammed ..." and a wire's "Trade minister Teodor
 * Shenari visited the site" both say who the trade minister is. Only then, because most reports
 * name their officials by office and a link for every such pair would bury the facts a reader
 * compares ("Mayor X said ..." in five reports is not five findings).
 */

import type { Candidate } from './candidates.ts';
import { compareUnits, type KindOf, type Unit, type Weights } from './features.ts';
import type { Doc } from './model.ts';
import { roleMentions, sharedRole, type RoleMention } from './roles.ts';

export interface RoleLink {
  c: Candidate;
  person: string;
  /** The role as the first report words it. */
  word: string;
}

/**
 * One link per pair of the story's articles (`docsOfStory`) that `linkedPairs` (keys "x|y",
 * x < y, article indices) does not hold: the first mentions by which both give one person one role.
 */
export function roleLinks(docs: Doc[], docsOfStory: number[], linkedPairs: Set<string>, units: Unit[][][], weights: Weights, kindOf: KindOf): RoleLink[] {
  const roles = new Map<number, RoleMention[]>();
  const rolesOf = (d: number): RoleMention[] => {
    let r = roles.get(d);
    if (!r) roles.set(d, (r = roleMentions(docs[d], kindOf)));
    return r;
  };
  const out: RoleLink[] = [];
  const sorted = [...docsOfStory].sort((p, q) => p - q);
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) {
    const [x, y] = [sorted[i], sorted[j]];
    if (linkedPairs.has(`${x}|${y}`)) continue;
    const pair = sharedRole(rolesOf(x), rolesOf(y));
    if (!pair) continue;
    const a = unitAround(units[x][pair[0].sentence], pair[0]);
    const b = unitAround(units[y][pair[1].sentence], pair[1]);
    const m = compareUnits(a, b, weights);
    out.push({ c: { a, b, match: m, sentenceMatch: m }, person: pair[0].person, word: pair[0].word });
  }
  return out;
}

/** The shortest passage (clause, else the sentence) holding the name and its role. */
function unitAround(units: Unit[], r: RoleMention): Unit {
  let best = units[0];
  for (const u of units) if (u.from <= r.first && r.last < u.to && u.to - u.from < best.to - best.from) best = u;
  return best;
}
