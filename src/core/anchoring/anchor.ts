/**
 * Placing a stored highlight in an article's (possibly changed) reading text.
 *
 * Order of evidence, cheapest and surest first:
 *  1. unchanged text (same hash): the stored offsets are right;
 *  2. the exact quote, told apart from its other occurrences by the 32 characters of context on
 *     each side (and, for an exact tie, by still sitting at the stored offset);
 *  3. an approximate quote (at most 1/8 of its length edited), scored on quote errors, context
 *     and closeness to the stored offset.
 * A candidate is accepted only when its context still vouches for it (BOTH_SIDES_ALIKE) and no
 * other place scores nearly as well: a highlight shown on the wrong words is worse than one
 * shown as orphaned, because the reader can re-attach an orphan but may never notice a
 * misplaced note. What cannot be placed is `orphaned`, never dropped.
 */
import type { AnchorStatus, AnnotationTarget, TextQuoteSelector } from '../annotations.ts';
import { hashText } from './hash.ts';
import { type Candidate, approximateOccurrences, exactOccurrences, longQuoteOccurrences } from './search.ts';
import { CONTEXT_LENGTH } from './selectors.ts';
import { commonPrefixLength, commonSuffixLength, similarity } from './similarity.ts';

export interface AnchorResult {
  /** Offsets into the text; -1 when orphaned, and 0..0 for a page-level note (no selectors). */
  start: number;
  end: number;
  status: AnchorStatus;
}

export interface AnchorOptions {
  /** `hashText(text)`, when the caller anchors many targets in one text. */
  textHash?: string;
}

/** Share of a quote's length that may be edited for a fuzzy match. */
const ERROR_RATE = 1 / 8;
/** Quotes longer than this are searched piece by piece (see longQuoteOccurrences). */
const WHOLE_QUOTE_LIMIT = 64;
/**
 * Context that vouches for a place: both sides together at least 3/4 like the stored context
 * (48 of 64 characters). One side alone is not enough, however intact: news text repeats
 * phrases ("sources with knowledge of the matter told"), so a quote plus one matching side
 * can be another passage. The price: a highlight whose context on one side was wholly
 * rewritten is orphaned, which the reader sees and can re-attach.
 */
const BOTH_SIDES_ALIKE = 1.5;
/** Used only to break exact ties at the stored offset: a side with at most 3 of 32 changed. */
const ONE_SIDE_INTACT = 0.9;
/** A vouched-for rival is beaten only by this much more agreeing context (16 characters). */
const RIVAL_CONTEXT_GAP = 0.5;
/** Two places whose scores differ by less than this are a tie: refuse rather than guess. */
const AMBIGUITY_MARGIN = 0.04;
/** An exact quote this long and unique is placed even when its context changed. */
const SELF_EVIDENT_LENGTH = 64;
/** Exact occurrences whose context is compared in full; the rest are pre-filtered cheaply. */
const MAX_SCORED = 64;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

const ORPHANED: AnchorResult = { start: -1, end: -1, status: 'orphaned' };

export function anchor(text: string, target: AnnotationTarget, options: AnchorOptions = {}): AnchorResult {
  if (!target.selectors) return { start: 0, end: 0, status: 'anchored' };
  const [quote, position] = target.selectors;
  if (quote.exact === '') return ORPHANED;

  const textHash = options.textHash ?? hashText(text);
  if (target.textHash === textHash && position.start >= 0 && position.start <= position.end && position.end <= text.length) {
    // Same text: a fuzzy highlight keeps its original quote, so say fuzzy when the words differ.
    const same = text.slice(position.start, position.end) === quote.exact;
    return { start: position.start, end: position.end, status: same ? 'anchored' : 'fuzzy' };
  }

  const exact = placeExactQuote(text, quote, position.start);
  if (exact !== 'not-found') return exact ?? ORPHANED;
  return placeApproximateQuote(text, quote, position.start) ?? ORPHANED;
}

interface Scored extends Candidate {
  prefix: number;
  suffix: number;
  score: number;
}

/**
 * The exact quote's best occurrence, or null when the choice is a tie (refused), or
 * 'not-found' when no occurrence has agreeing context (the quote itself may have been edited).
 */
function placeExactQuote(text: string, quote: TextQuoteSelector, storedStart: number): AnchorResult | null | 'not-found' {
  const occurrences = exactOccurrences(text, quote.exact);
  if (occurrences.length === 0) return 'not-found';
  const scored = shortlist(text, quote, occurrences, storedStart).map((c) => score(text, quote, c, storedStart));
  const choice = choose(scored, storedStart);
  if (choice === 'ambiguous') return null;
  if (choice) return { start: choice.start, end: choice.end, status: 'anchored' };
  // Context gone on both sides (several edits). A long quote found once is still its own proof.
  // 'anchored', not 'fuzzy': the words are exactly the reader's, and the unchanged-text fast path
  // above calls such a placement 'anchored' on the next load, so 'fuzzy' here made reanchorAll
  // flip the status (and rewrite the record) on every second run.
  if (occurrences.length === 1 && quote.exact.length >= SELF_EVIDENT_LENGTH) {
    return { start: occurrences[0].start, end: occurrences[0].end, status: 'anchored' };
  }
  return 'not-found';
}

function placeApproximateQuote(text: string, quote: TextQuoteSelector, storedStart: number): AnchorResult | null {
  const maxErrors = Math.floor(quote.exact.length * ERROR_RATE);
  if (maxErrors === 0) return null;
  const raw =
    quote.exact.length > WHOLE_QUOTE_LIMIT
      ? longQuoteOccurrences(text, quote.exact, maxErrors)
      : approximateOccurrences(text, quote.exact, maxErrors, maxErrors + 1);
  const scored = bestPerPlace(shortlist(text, quote, raw, storedStart).map((c) => score(text, quote, c, storedStart)));
  const choice = choose(scored, null);
  if (!choice || choice === 'ambiguous') return null;
  // The approximate search also finds exact occurrences (0 errors). Those are the reader's words:
  // 'anchored', as the unchanged-text fast path would call them on the next load (a 'fuzzy' here
  // flipped to 'anchored' on the second reanchorAll, rewriting the record each time).
  return { start: choice.start, end: choice.end, status: text.slice(choice.start, choice.end) === quote.exact ? 'anchored' : 'fuzzy' };
}

/**
 * The accepted candidate, 'ambiguous' when another place scores within the margin, or null when
 * no candidate has any agreeing context. An exact tie is broken only by a candidate sitting at
 * the stored offset itself with both sides of its context intact (e.g. its paragraph was
 * copied below it); anything less would be a guess.
 */
function choose(candidates: Scored[], storedStart: number | null): Scored | 'ambiguous' | null {
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || !contextVouches(best)) return null;
  // Candidates are distinct places here (fuzzy alignments of one place were merged before).
  // A rival whose own context vouches for it is a tie unless the best has clearly more context
  // agreeing: two places each with one intact side is what a copied passage looks like.
  const tied = ranked.filter(
    (c) => c !== best && (best.score - c.score < AMBIGUITY_MARGIN || (contextVouches(c) && contextOf(best) - contextOf(c) < RIVAL_CONTEXT_GAP)),
  );
  if (tied.length === 0) return best;
  const atStoredPlace = [best, ...tied].filter((c) => c.start === storedStart);
  const intact = (c: Scored) => Math.min(c.prefix, c.suffix) >= ONE_SIDE_INTACT;
  // A tied rival within the stored place's context span is not a copy elsewhere: the text
  // right around the highlight shifted (an edit next to it in repetitive text, "aab aab aab"),
  // so the stored offset may now hold other, identical-looking words. Nothing tells them apart.
  const nearby = (c: Scored) => tied.concat(best).some((r) => r !== c && Math.abs(r.start - c.start) <= CONTEXT_LENGTH);
  return atStoredPlace.length === 1 && intact(atStoredPlace[0]) && !nearby(atStoredPlace[0]) ? atStoredPlace[0] : 'ambiguous';
}

const contextOf = (c: Scored) => c.prefix + c.suffix;

function contextVouches(c: Scored): boolean {
  return contextOf(c) >= BOTH_SIDES_ALIKE;
}

function score(text: string, quote: TextQuoteSelector, c: Candidate, storedStart: number): Scored {
  const prefix = contextEvidence(quote.prefix, text.slice(Math.max(0, c.start - CONTEXT_LENGTH), c.start));
  const suffix = contextEvidence(quote.suffix, text.slice(c.end, c.end + CONTEXT_LENGTH));
  const quoteScore = 1 - c.errors / quote.exact.length;
  const positionScore = 1 - Math.min(1, Math.abs(c.start - storedStart) / Math.max(1, text.length));
  const raw = WEIGHTS.quote * quoteScore + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * positionScore;
  return { ...c, prefix, suffix, score: raw / WEIGHT_SUM };
}

/**
 * How much a side of context vouches for a place, 0..1: the characters that agree, out of a full
 * 32. Similarity alone would let a short context (a highlight near the start of the text, whose
 * stored prefix is "" or "US ") count as a perfect match on the strength of two characters.
 */
function contextEvidence(stored: string, actual: string): number {
  // Both cut short by the same edge of the text: "it starts (ends) right here" is itself context.
  if (stored.length < CONTEXT_LENGTH && actual.length === stored.length) return similarity(stored, actual);
  const longest = Math.max(stored.length, actual.length);
  return (similarity(stored, actual) * longest) / CONTEXT_LENGTH;
}

/**
 * Keeps full scoring bounded when a short quote ("the") occurs hundreds of times: candidates are
 * ranked by errors and by how many context characters match right next to them, and only the
 * top ones get the (more forgiving, costlier) edit-distance comparison.
 */
function shortlist(text: string, quote: TextQuoteSelector, candidates: Candidate[], storedStart: number): Candidate[] {
  if (candidates.length <= MAX_SCORED) return candidates;
  const adjacency = (c: Candidate) =>
    commonSuffixLength(quote.prefix, text.slice(Math.max(0, c.start - CONTEXT_LENGTH), c.start)) +
    commonPrefixLength(quote.suffix, text.slice(c.end, c.end + CONTEXT_LENGTH)) -
    c.errors * 4;
  return candidates
    .map((c) => ({ c, rank: adjacency(c) }))
    // Equal ranks (repetitive text: every occurrence has the same neighbours) go to the ones
    // nearest the stored offset; in text order, the highlight's own place could be cut off and a
    // far occurrence placed instead, even in unchanged text.
    .sort((a, b) => b.rank - a.rank || Math.abs(a.c.start - storedStart) - Math.abs(b.c.start - storedStart))
    .slice(0, MAX_SCORED)
    .map(({ c }) => c);
}

/** Overlapping matches are alignments of one place; keep that place's best. */
function bestPerPlace(candidates: Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
    if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  }
  return kept;
}

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
