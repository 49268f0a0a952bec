/**
 * A sentence that opens by dating what it tells to an earlier year than its report ("In March 2019, an
 * Aurel jet made an emergency landing at X") tells of another occasion: background, not the
 * story's event. Set against a sentence of another report that names no such year, what it says
 * is no claim about the same event, however alike the two read ("made an emergency landing at
 * Y on Monday"). Two sentences naming the same earlier year may still disagree about it.
 */
import type { Doc, Sentence } from './model.ts';
import { perSentence } from './memo.ts';

/** A year as written in news of now: 1800 to 2099. */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** The years a sentence names, as numbers. */
const yearsNamed = perSentence((s: Sentence): number[] => s.tokens.filter((t) => t.isNumber && YEAR.test(t.text)).map((t) => Number(t.text)));

/** Tokens from a sentence's start within which a year sets when all of it happened ("In March 2019, ..."). */
const OPENING = 4;

/**
 * Tokens from a sentence's start within which a year and the "when" clause after it tell of
 * that occasion: "The seizure revives memories of November 2019, when 2.4 tonnes of ivory were
 * found": what follows is all 2019's.
 */
const WHEN_OPENING = 8;

function whenFollows(s: Sentence, k: number): boolean {
  const next = s.tokens[k + 1];
  return next?.lower === 'when' && s.text.slice(s.tokens[k].end - s.range.start, next.start - s.range.start).includes(',');
}

/**
 * The earlier year a sentence opens with ("In March 2019, an HJ-220 ...", "Back in 2019 ...",
 * "... memories of November 2019, when ..."), before its article's publication year. A year
 * further in dates a detail, not the occasion ("a painting Sarecki completed in 1871"), so it
 * does not count.
 */
function earlierYears(doc: Doc, s: Sentence): number[] {
  const published = doc.article.published;
  if (!published) return [];
  const year = Number(published.slice(0, 4));
  const own = s.tokens.filter((t, k) => t.isNumber && YEAR.test(t.text) && Number(t.text) < year && (k < OPENING || (k < WHEN_OPENING && whenFollows(s, k)))).map((t) => Number(t.text));
  if (own.length > 0 || s.index === 0 || !pointsBack(s)) return own;
  return earlierYears(doc, doc.sentences[s.index - 1]);
}

/** Prepositions that put what a sentence tells on an occasion: "in that crash", "since that attack". */
const ON_OCCASION = new Set(['in', 'during', 'after', 'since', 'from', 'of']);

/**
 * The sentence tells of the occasion the one before it named, by pointing back to it ("In 2021
 * a rocket plunged into the sea. No one was hurt in that incident."): "that", after a
 * preposition, before a common noun. The story's own event is "this" or "the". (Read once per
 * sentence: every candidate pair asks.)
 */
const pointsBack = perSentence((s: Sentence): boolean => {
  const t = s.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i].lower === 'that' && ON_OCCASION.has(t[i - 1].lower) && !t[i + 1].stop && !t[i + 1].cap && !t[i + 1].isNumber) return true;
  }
  return false;
});

/** One side tells of an earlier year's occasion that the other side does not name. */
export function otherOccasion(da: Doc, sa: Sentence, db: Doc, sb: Sentence): boolean {
  const ya = earlierYears(da, sa);
  const yb = earlierYears(db, sb);
  if (ya.length === 0 && yb.length === 0) return false;
  const na = yearsNamed(sa);
  const nb = yearsNamed(sb);
  return ya.some((y) => !nb.includes(y)) || yb.some((y) => !na.includes(y));
}
