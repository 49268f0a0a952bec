import type { Doc, Sentence } from './model.ts';
import { compareUnits, diceScore, type Match, type Unit, type Weights } from './features.ts';
import { EACH, LARGE_COUNT, PEOPLE, rareMeasure } from './quantities.ts';
import { fatesOf, isPreviousValue, isTurnout, replacementOf, sizedThing } from './quantity-context.ts';
import { isAbsence } from './absences.ts';
import { clauseContaining as clauseAt } from './conflict-helpers.ts';
import { pushTo } from './multimap.ts';
import { timedHappenings } from './time-conflicts.ts';
import { injurySites } from './injury-sites.ts';

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
const MAX_CANDIDATES_PER_OTHER_ARTICLE = 4;

export function findCandidates(docs: Doc[], storyDocs: number[], units: Unit[][][], w: Weights): Candidate[] {
  // The story's sentences, in doc then sentence order, and for each feature number the
  // positions of the sentences that have it.
  const sentenceUnits: Unit[] = [];
  const postings = new Map<number, number[]>();
  for (const d of storyDocs) {
    for (const su of units[d]) {
      const at = sentenceUnits.length;
      sentenceUnits.push(su[0]);
      for (const f of su[0].ids) {
        const list = postings.get(f);
        if (list) list.push(at);
        else postings.set(f, [at]);
      }
    }
  }
  // Features in more than ~8% of the story's sentences are too common to propose candidates.
  const maxPosting = Math.max(8, Math.ceil(sentenceUnits.length * 0.08));
  const n = sentenceUnits.length;
  const out: Candidate[] = [];
  const seenPairs = new Set<number>();
  // Accumulated shared weight per other sentence, and which sentences have any: reset per sentence.
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const perDoc = new Uint8Array(docs.length);
  const byWeight = (x: number, y: number): number => acc[y] - acc[x] || x - y;
  for (let at = 0; at < n; at++) {
    const u = sentenceUnits[at];
    for (const f of u.ids) {
      const list = postings.get(f)!;
      if (list.length > maxPosting) continue;
      const wf = w.weightOfNumber(f);
      for (const other of list) {
        if (sentenceUnits[other].doc === u.doc) continue;
        if (acc[other] === 0) touched.push(other);
        acc[other] += wf;
      }
    }
    // Best first; ties in doc, then sentence, order (positions are in that order).
    touched.sort(byWeight);
    const best: number[] = [];
    perDoc.fill(0);
    for (const other of touched) {
      if (best.length === MAX_CANDIDATES_PER_SENTENCE) break;
      const d = sentenceUnits[other].doc;
      if (perDoc[d] === MAX_CANDIDATES_PER_OTHER_ARTICLE) continue;
      perDoc[d]++;
      best.push(other);
    }
    for (const other of touched) acc[other] = 0;
    touched.length = 0;
    for (const other of best) {
      const key = at < other ? at * n + other : other * n + at;
      if (seenPairs.has(key)) continue;
      seenPairs.add(key);
      const [a, b] = at < other ? [u, sentenceUnits[other]] : [sentenceUnits[other], u];
      out.push(bestUnitPair(units[a.doc][a.sentence], units[b.doc][b.sentence], w));
    }
  }
  // Sentences that give a figure of the same measure about the same named thing, however often
  // the story names it: "Ibsen faces a three-match ban" / "Ibsen will miss five matches". The
  // main names are too common to propose pairs above, and the figures differ, so nothing else
  // brings such a pair together. A measure the library rarely speaks of is context enough
  // without a name: "3.8 nanograms of the steroid per millilitre" / "2.6 nanograms per millilitre".
  // A sentence that gives a figure as the one it replaces ("Three wolves got out, not four as
  // first reported") answers every report of that measure, whatever else the two share.
  const revised = new Map<number, Set<string>>();
  sentenceUnits.forEach((u, at) => {
    const keys = revisedMeasures(docs[u.doc].sentences[u.sentence]);
    if (keys.size > 0) revised.set(at, keys);
  });
  const revisedIn = (at: number, measure: string): boolean => revised.get(at)?.has(measure) ?? false;
  for (const [measure, list] of measurePostings(docs, sentenceUnits)) {
    if (list.length > MAX_MEASURE_POSTING) continue;
    const [unit, what] = [measure.slice(0, measure.indexOf('|')), measure.slice(measure.indexOf('|') + 1)];
    // "A crowd of 61,412" / "Around 58,900 fans" / "More than 60,000 people": large figures of
    // one measure within a quarter of each other are most likely one figure twice reported;
    // such closeness by chance is rare, and the conflict checks still ask for like with like.
    // Sums and stretches of one named thing ("a $60,000 fine", "a three-day hearing") are few in
    // a story, however often it names the thing: each such figure meets the others. So are
    // sizes of one thing ("The crack itself is 12 metres long" / "The 100ft crack").
    const rare = measure === ABSENCE || measure === INJURY || measure.startsWith(SIZE) || measure.startsWith(TIMED) || measure.includes(NEAR) || measure.includes(FATE) || rareMeasure(unit, what, w) || ((unit.startsWith('money') || unit === 'duration') && list.length <= FEW_FIGURES);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [at, other] = [list[x], list[y]];
        const a = sentenceUnits[at];
        const b = sentenceUnits[other];
        const key = at * n + other;
        if (a.doc === b.doc || seenPairs.has(key) || !(rare || revisedIn(at, measure) || revisedIn(other, measure) || shareName(a, b))) continue;
        seenPairs.add(key);
        out.push(bestUnitPair(units[a.doc][a.sentence], units[b.doc][b.sentence], w));
      }
    }
  }
  return out;
}

/** Sums and stretches in at most this many sentences all meet. */
const FEW_FIGURES = 6;

/** Large counts (LARGE_COUNT) within this ratio of each other are paired as likely one figure. */
const NEAR_RATIO = 1.25;
const NEAR = '|~';
/** Marks a measure key of people by what happened to them. */
const FATE = '>';
/** Opens the key of a time of day by its happening's word. */
const TIMED = 'time|';

/** A measure shared by more sentences than this is the story's running count, compared enough above. */
const MAX_MEASURE_POSTING = 40;

/** The key every sentence that tells of an injury to a part of the body shares. */
const INJURY = 'injury|site';

/** Opens the key of a physical measure of one named thing. */
const SIZE = 'size|';

/** The key every lay-off shares in the measure index. */
const ABSENCE = 'duration|absence';

/** Sentence positions by the measures of their figures: the unit and a word for what it measures. */
function measurePostings(docs: Doc[], sentenceUnits: Unit[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  sentenceUnits.forEach((u, at) => {
    const keys = new Set<string>();
    const s = docs[u.doc].sentences[u.sentence];
    for (const q of s.quantities) {
      // Only figures that say what they measure: a bare "24 hours" or "3%" could be of anything.
      for (const c of q.counted) keys.add(`${q.unit}|${c}`);
      // Shares to each, whoever each is: "1.3 million crowns each" / "Each member will receive ...".
      if (q.per === EACH) keys.add(`${q.unit}|${EACH}`);
      // Counts of people by what happened to them ("2,000 residents have left their homes" /
      // "4,500 people have been forced out of their homes", "four are missing"): every story
      // counts people, so "people" alone pairs nothing; what is said of them does.
      if (q.unit === 'count' && q.counted.includes(PEOPLE)) {
        const clause = clauseAt(s, q);
        for (const fate of fatesOf(s, q, clause)) keys.add(`${q.unit}|${PEOPLE}${FATE}${fate}`);
        // Turnouts, each worded its own way ("210,000 people took part" / "300,000 people
        // poured into the capital"), are one measure and often far apart.
        if (isTurnout(s, q, clause)) keys.add(`${q.unit}|${PEOPLE}${FATE}turnout`);
      }
      // Lay-offs likewise ("out for 21 days" / "SIX WEEKS on the sidelines").
      if (isAbsence(s, q)) keys.add(ABSENCE);
      // Sizes of one thing ("The crack itself is 12 metres long" / "The 100ft crack"), however
      // many other lengths the story gives.
      const thing = sizedThing(s, q);
      if (thing !== undefined) keys.add(`${SIZE}${q.counted[0]}|${thing}`);
      // (Large as written: "11 kilometres" is no large count for being 11,000 metres.)
      if (q.unit !== 'count' || q.part || q.per || q.nominal / (q.scale ?? 1) < LARGE_COUNT || q.counted.length === 0) continue;
      // Two figures within NEAR_RATIO of each other share at least one of these keys.
      const bucket = Math.floor(Math.log(q.nominal) / Math.log(NEAR_RATIO));
      keys.add(`${q.unit}|${q.counted[0]}${NEAR}${bucket}`);
      keys.add(`${q.unit}|${q.counted[0]}${NEAR}${bucket + 1}`);
    }
    // Times of day by their happening's words ("noticed ... at 06:40" / "first noticed ...
    // shortly after 8am"): two times of one happening differ, so nothing else pairs them.
    for (const f of timedHappenings(s)) keys.add(TIMED + f);
    // Injuries, each told of its own part of the body ("shot in the leg" / "shot in the stomach"):
    // few sentences in a story tell one, and whose it is the conflict check asks.
    if (injurySites(s).length > 0) keys.add(INJURY);
    for (const k of keys) pushTo(postings, k, at);
  });
  return postings;
}

/**
 * The measures of the figures a sentence says replace earlier ones, and of the figures that
 * replace them (the nearest other figure of the unit): "Three wolves got out, not four as first
 * reported" revises a count of wolves, not any other count the sentence gives.
 */
function revisedMeasures(s: Sentence): Set<string> {
  const keys = new Set<string>();
  for (const old of s.quantities) {
    if (!isPreviousValue(s, old)) continue;
    const replacing = replacementOf(s, old, s.quantities.filter((q) => q !== old && q.unit === old.unit));
    for (const q of replacing ? [old, replacing] : [old]) for (const c of q.counted) keys.add(`${q.unit}|${c}`);
  }
  return keys;
}

function shareName(a: Unit, b: Unit): boolean {
  for (const f of a.features) if (f.startsWith('E:') && b.features.has(f)) return true;
  return false;
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
      // Dice can be no higher than when the lighter passage is wholly shared: skip the merge
      // when even that could not win (most clause pairs of long sentences).
      const lighter = Math.min(a.mass, b.mass);
      if ((2 * lighter) / (a.mass + b.mass) <= bestScore + 0.02) continue;
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
