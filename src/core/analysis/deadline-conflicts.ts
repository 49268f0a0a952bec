/**
 * Deadline conflicts: two different time limits on one action ("within 30 days" / "within 14
 * days"). Narrow: the passages must be alike, limits within a quarter of each other are one
 * limit worded two ways, and the words just before each limit (the action it limits) must
 * share two.
 */
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { extractDeadlines, type Deadline } from './quantities.ts';
import { clauseContaining, type Conflict } from './conflict-helpers.ts';

/** A sentence's deadlines; `text` is the article text its offsets point into. */
const deadlinesOf = perSentence((s: Sentence, text: string): Deadline[] => extractDeadlines(text, s.tokens));

/** Content words in the few tokens before a time limit: the action it limits. */
function actionWords(s: Sentence, d: Deadline): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, d.tokenIndex - 8); i < d.tokenIndex; i++) {
    const t = s.tokens[i];
    if (!t.stop && !t.isNumber) out.add(s.entityAt.get(i) ?? t.norm);
  }
  return out;
}

export function deadlineConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  if (c.sentenceMatch.score < 0.15) return null;
  const da = deadlinesOf(sa, ta);
  const db = deadlinesOf(sb, tb);
  for (const x of da) {
    for (const y of db) {
      if (x.key === y.key) continue;
      if (x.seconds !== null && y.seconds !== null && Math.abs(x.seconds - y.seconds) <= 0.25 * Math.max(x.seconds, y.seconds)) continue;
      const wa = actionWords(sa, x);
      const wb = actionWords(sb, y);
      const common = [...wa].filter((w) => wb.has(w));
      if (common.length < 2) continue;
      return {
        detail: explanation('deadline', x.surface, y.surface),
        a: clauseContaining(sa, x),
        b: clauseContaining(sb, y),
        strength: 0.75,
      };
    }
  }
  return null;
}
