/**
 * What every contradiction check shares: the Conflict it reports, the context it reads, and
 * small helpers over a sentence's clauses, tokens and features. It imports nothing from the
 * checks, so any check may use it.
 */
import type { Explanation } from '../types.ts';
import type { Gender } from './entity-types.ts';
import type { Weights } from './features.ts';
import { HEDGES } from './lexicon.ts';
import type { Doc, Sentence } from './model.ts';
import { entityFeature, perSentence, wordFeature } from './memo.ts';
import type { Range } from './sentences.ts';
import type { Token } from './tokens.ts';

/**
 * Checks a candidate pair (two passages on the same matter) for claims that cannot both hold.
 * Each check is narrow on purpose and returns the conflicting parts, so every finding can be
 * explained: quantities of the same measure that cannot overlap, different time limits on the
 * same action, opposite verbs (stance) or a negated vs an affirmed claim, different providers of
 * the same thing (who), different places for the same event (place).
 */
export interface Conflict {
  detail: Explanation;
  /** The passage on each side to quote (a clause or the sentence). */
  a: Range;
  b: Range;
  strength: number;
  /**
   * Set when one side withheld a claim ("declined to say whether ...") and the other states it,
   * when one said none so far ("no deaths have been reported") and the other reports one, or
   * when the affirming side tells the earlier denial too ("who had declined to concede, said he
   * accepted"): the side that states it. Reported later, that answers the question (an update),
   * it does not contradict the earlier report.
   */
  answeredBy?: 'a' | 'b';
  /**
   * Set for a fact that later events do not change (a person's age): a later report giving
   * another value contradicts the earlier one unless it says it corrects it.
   */
  lasting?: boolean;
}

export interface ConflictContext {
  docs: Doc[];
  weights: Weights;
  entityKind: (id: string) => string | undefined;
  /** A person's gender when the library's pronouns and titles for them agree on one. */
  entityGender?: (id: string) => Gender | undefined;
}

/** Modals and adverbs that may stand between a name and its verb ("X could provide", "X would not"). */
export const MODALS = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'must', 'should', 'also', 'primarily', 'mainly', 'largely']);

/** Words between an agent and its active verb: "X, who is now heading", "X, which is leading". */
export const AGENT_GAP = new Set(['who', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'been', 'now', 'currently', 'still', 'also', 'will', 'would']);

export function withinRange(q: { start: number; end: number }, r: Range): boolean {
  return q.start >= r.start && q.end <= r.end;
}

export function clauseContaining(s: Sentence, span: { start: number; end: number }): Range {
  return s.clauses.find((cl) => withinRange(span, cl)) ?? s.range;
}

export function tokensIn(s: Sentence, r: Range): Token[] {
  return s.tokens.filter((t) => t.start >= r.start && t.end <= r.end);
}

export function clauseFeatures(s: Sentence, r: Range): Set<string> {
  const out = new Set<string>();
  s.tokens.forEach((t, i) => {
    if (t.start < r.start || t.end > r.end) return;
    const e = s.entityAt.get(i);
    if (e) out.add(entityFeature(e));
    else if (!t.stop && !t.isNumber) out.add(wordFeature(t.norm));
  });
  return out;
}

export function clauseAt(s: Sentence, t: Token): Range {
  return s.clauses.find((c) => t.start >= c.start && t.end <= c.end) ?? s.range;
}

/** A negator or a hedge ("not", "may", "reportedly") anywhere in the range: a claim not made outright. */
export function doubtedIn(s: Sentence, r: Range): boolean {
  return tokensIn(s, r).some((t) => t.negator || HEDGES.has(t.lower));
}

/** A negator ("not", "never", "didn't", "no") among the three tokens before token i. */
export function negatedAt(s: Sentence, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (s.tokens[j].negator) return true;
  return false;
}

export const featuresOf = perSentence(sentenceWordsAndNames);

function sentenceWordsAndNames(s: Sentence): Set<string> {
  const out = new Set<string>();
  s.tokens.forEach((t, i) => {
    const e = s.entityAt.get(i);
    if (e) out.add(entityFeature(e));
    else if (!t.stop && !t.isNumber) out.add(wordFeature(t.norm));
  });
  return out;
}
