/**
 * Tallies: a match's score ("beaten 3-0", "a 2-1 win") or a vote's split ("voted 4-1", "a 5-4
 * ruling", "unanimously"). Two numbers joined by a dash are one result, not two counts: "3-0"
 * counts no 0 of anything, and "beaten 3-0" and "humiliated 3-1" disagree on the result.
 *
 * A dash also joins the ends of a range ("3-5 days", "10-11 March"), so a pair is a tally only
 * when its words say so: a result verb before it, a result noun after it, or a first figure at
 * least as high as the second with no unit after it. A score while play goes on ("leading 1-0",
 * "1-0 down at half-time", "level at 1-1", "start again from 0-0") is a tally too, but not the
 * result: only results are compared.
 */
import { DURATION_UNITS, MONTHS, PERSON_NOUNS, wordNumber } from './lexicon.ts';
import { wordFeature } from './memo.ts';
import { normalizeWord, type Token } from './tokens.ts';

export interface Tally {
  /** Token of the first figure (of "unanimous" for a unanimous vote). */
  at: number;
  /** Token of the last figure. */
  last: number;
  start: number;
  end: number;
  /** Goals of the side with more, votes for; 0 for a bare "unanimous" (the count unsaid). */
  high: number;
  /** Goals of the side with fewer, votes against. */
  low: number;
  /** "unanimous(ly)": no vote against, however many for. */
  unanimous: boolean;
  kind: 'score' | 'vote';
  /** A final result, not a score while play goes on (or a tally named only in passing). */
  result: boolean;
}

/** Most figures either side of a tally: goals, points in a set, votes of a board or court. */
const MAX_SIDE = 99;

const SCORE_VERBS = new Set(
  'beat beaten beating won win wins winning lost lose loses losing drew draw drawn defeated defeat thrashed humiliated edged crushed hammered routed trounced stunned downed sank sunk overcame finished ended'.split(' '),
);
const VOTE_VERBS = new Set('voted vote votes ruled rule rules backed approved rejected passed split carried'.split(' '));
const SCORE_NOUNS = new Set('win wins victory victories defeat defeats loss losses draw draws scoreline result thrashing drubbing rout winners winner triumph'.split(' '));
const VOTE_NOUNS = new Set('vote votes ruling rulings verdict verdicts decision majority split margin'.split(' '));
/** A score while play goes on. */
const INTERIM = new Set('leading led lead trailing trailed trail down up level half-time halftime interval break from'.split(' '));
const UNANIMOUS = new Set(['unanimous', 'unanimously']);

/** Features of the words that make any tally ("beaten", "voted", "win", "unanimous"): reports of two different tallies share them. */
export const TALLY_FEATURES = new Set(
  [...SCORE_VERBS, ...VOTE_VERBS, ...SCORE_NOUNS, ...VOTE_NOUNS, ...UNANIMOUS].map((w) => wordFeature(normalizeWord(w))),
);

/** Joins the two figures of a tally: a hyphen or dash with no space, or " to " after a vote verb. */
function joined(text: string, a: Token, b: Token, base: number): 'dash' | 'to' | null {
  const gap = text.slice(a.end - base, b.start - base);
  if (gap === '-' || gap === '–' || gap === '—') return 'dash';
  return gap === ' to ' ? 'to' : null;
}

function smallWhole(t: Token | undefined): number | null {
  // "split five to two": a vote's sides in words (a score's are written in digits).
  if (t && !t.isNumber) return wordNumber(t.lower);
  if (!t || !t.isNumber || !/^\d{1,2}$/.test(t.text)) return null;
  const v = Number(t.text);
  return v <= MAX_SIDE ? v : null;
}

/**
 * The tally whose first figure is token i, or null. `text` holds the tokens' characters from
 * offset `base`: an article's text (0) or one sentence's (its start).
 */
export function tallyAt(text: string, tokens: Token[], i: number, base = 0): Tally | null {
  const x = smallWhole(tokens[i]);
  if (x === null) return null;
  // "3-0" is one token pair ("3", "0") with a bare dash between; "4 to 1" has the word between.
  let j = i + 1;
  let how = tokens[j] ? joined(text, tokens[i], tokens[j], base) : null;
  if (how === null && tokens[j]?.lower === 'to' && tokens[j + 1]) {
    how = text.slice(tokens[i].end - base, tokens[j + 1].start - base) === ' to ' ? 'to' : null;
    j++;
  }
  const y = smallWhole(tokens[j]);
  if (how === null || y === null) return null;
  const before = [tokens[i - 1], tokens[i - 2], tokens[i - 3]].map((t) => t?.lower ?? '');
  const after = tokens[j + 1]?.lower ?? '';
  const afterNext = tokens[j + 2]?.lower ?? '';
  // "making the final tally 6-3": a tally is a vote's where the sentence tells of voting.
  const tallied = before.includes('tally') && tokens.some((t) => VOTE_VERBS.has(t.lower));
  const voteWords = before.some((w) => VOTE_VERBS.has(w)) || VOTE_NOUNS.has(after) || tallied;
  const scoreWords = before.some((w) => SCORE_VERBS.has(w)) || SCORE_NOUNS.has(after) || (after === 'home' || after === 'away' ? SCORE_NOUNS.has(afterNext) : false);
  if (how === 'to' && !voteWords) return null; // "rose from 5 to 7"
  // A range's second figure usually names its unit: "3-5 days", "10-11 March", "18-25 people".
  const unitAfter = MONTHS.has(after.replace(/\.$/, '')) || DURATION_UNITS[after] !== undefined || PERSON_NOUNS.has(after);
  if (unitAfter) return null;
  if (!voteWords && !scoreWords && x < y) return null;
  const interim = before.some((w) => INTERIM.has(w)) || INTERIM.has(after) || (after === 'at' && /^half/.test(afterNext));
  return {
    at: i,
    last: j,
    start: tokens[i].start,
    end: tokens[j].end,
    high: Math.max(x, y),
    low: Math.min(x, y),
    unanimous: false,
    kind: voteWords && !scoreWords ? 'vote' : 'score',
    result: (voteWords || scoreWords) && !interim,
  };
}

/** Every tally of a sentence's tokens, "unanimous" votes included. */
export function talliesIn(text: string, tokens: Token[], base = 0): Tally[] {
  const out: Tally[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (UNANIMOUS.has(t.lower)) {
      out.push({ at: i, last: i, start: t.start, end: t.end, high: 0, low: 0, unanimous: true, kind: 'vote', result: true });
      continue;
    }
    const tally = t.isNumber || wordNumber(t.lower) !== null ? tallyAt(text, tokens, i, base) : null;
    // (Sides in words only as a vote's: "five to two" after "split".)
    if (!tally || (!t.isNumber && tally.kind !== 'vote')) continue;
    out.push(tally);
    i = tally.last;
  }
  return out;
}
