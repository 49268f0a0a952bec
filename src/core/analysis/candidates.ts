import type { Doc } from './model.ts';
import { compareUnits, diceScore, type Match, type Unit, type Weights } from './features.ts';

/**
 * Candidate sentence pairs through an inverted index: each sentence looks up the sentences of
 * other articles in its story that share a feature, skipping features so common they say
 * nothing (df above a cap), and keeps the best few by accumulated weight. Cost grows with the
 * number of sentences times the capped posting length, never with all sentence pairs.
 */
export interface Candidate {
  a: Unit;
  b: Unit;
  match: Match;
  /** Best sentence-level match (whole sentences), for context. */
  sentenceMatch: Match;
}

const MAX_CANDIDATES_PER_SENTENCE = 24;

export function findCandidates(_docs: Doc[], storyDocs: number[], units: Unit[][][], w: Weights): Candidate[] {
  const inStory = new Set(storyDocs);
  const index = new Map<string, Unit[]>();
  const sentenceUnits: Unit[] = [];
  for (const d of storyDocs) {
    for (const su of units[d]) {
      sentenceUnits.push(su[0]);
      for (const f of su[0].features) {
        let list = index.get(f);
        if (!list) index.set(f, (list = []));
        list.push(su[0]);
      }
    }
  }
  // Features in more than ~8% of the story's sentences are too common to propose candidates.
  const maxPosting = Math.max(8, Math.ceil(sentenceUnits.length * 0.08));
  const out: Candidate[] = [];
  const seenPairs = new Set<string>();
  for (const u of sentenceUnits) {
    const acc = new Map<Unit, number>();
    for (const f of u.features) {
      const list = index.get(f)!;
      if (list.length > maxPosting) continue;
      const wf = w.weight(f);
      for (const v of list) {
        if (v.doc === u.doc || !inStory.has(v.doc)) continue;
        acc.set(v, (acc.get(v) ?? 0) + wf);
      }
    }
    const best = [...acc.entries()]
      .sort((x, y) => y[1] - x[1] || x[0].doc - y[0].doc || x[0].sentence - y[0].sentence)
      .slice(0, MAX_CANDIDATES_PER_SENTENCE);
    for (const [v] of best) {
      const [a, b] = u.doc < v.doc || (u.doc === v.doc && u.sentence < v.sentence) ? [u, v] : [v, u];
      const key = `${a.doc}:${a.sentence}|${b.doc}:${b.sentence}`;
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      out.push(bestUnitPair(units[a.doc][a.sentence], units[b.doc][b.sentence], w));
    }
  }
  return out;
}

/**
 * Compares every clause (and the whole sentence) of one sentence with every clause of the other
 * and keeps the tightest good pair: a clause pair wins over the sentences when it keeps most of
 * the score, so quotes stay short.
 */
function bestUnitPair(as: Unit[], bs: Unit[], w: Weights): Candidate {
  const sentenceMatch = compareUnits(as[0], bs[0], w);
  // Scores only while searching; the winning pair's full match (what it shares) is built once.
  let bestA = as[0];
  let bestB = bs[0];
  let bestScore = sentenceMatch.score;
  for (const a of as) {
    for (const b of bs) {
      if (a === as[0] && b === bs[0]) continue;
      const score = diceScore(a, b, w);
      if (score > bestScore + 0.02) {
        bestA = a;
        bestB = b;
        bestScore = score;
      }
    }
  }
  const match = bestA === as[0] && bestB === bs[0] ? sentenceMatch : compareUnits(bestA, bestB, w);
  return { a: bestA, b: bestB, match, sentenceMatch };
}
