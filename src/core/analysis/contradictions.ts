/**
 * Contradictions between two passages on one matter: runs the narrow checks on a candidate
 * pair, each in its own module by the kind of disagreement it finds (quantity, deadline, who,
 * place, then the polarity checks: stance, withheld claim, contrast, negation). Shared types and helpers
 * are in conflict-helpers.ts; candidates the word-overlap index misses, in slot-conflicts.ts.
 */
import type { Candidate } from './candidates.ts';
import type { Sentence } from './model.ts';
import type { Range } from './sentences.ts';
import type { Conflict, ConflictContext } from './conflict-helpers.ts';
import { causeConflict } from './cause-conflicts.ts';
import { contrastConflict } from './contrast-conflicts.ts';
import { deadlineConflict } from './deadline-conflicts.ts';
import { evidenceConflict } from './evidence-conflicts.ts';
import { directionConflict } from './direction-conflicts.ts';
import { findingDenied, predicateNegation } from './negation-conflicts.ts';
import { missingFound } from './missing-found.ts';
import { noneReported } from './none-reported.ts';
import { otherOccasion } from './other-occasion.ts';
import { namedSiteConflict } from './named-site-conflicts.ts';
import { slotPlaceConflict } from './place-conflicts.ts';
import { providerConflict } from './provider-conflicts.ts';
import { quantityConflicts } from './quantity-conflicts.ts';
import { quoteSpeakerConflict } from './quote-speakers.ts';
import { adjectiveStance, stanceConflict } from './stance-conflicts.ts';
import { tallyConflict } from './tally-conflicts.ts';
import { injuryConflict } from './injury-sites.ts';
import { reportedDenialConflict } from './reported-denials.ts';
import { timeConflict } from './time-conflicts.ts';
import { withheldConflict } from './withheld-conflicts.ts';

export type { Conflict, ConflictContext } from './conflict-helpers.ts';

export function findConflict(c: Candidate, ctx: ConflictContext): Conflict | null {
  return findConflicts(c, ctx)[0] ?? null;
}

/**
 * Every conflict of a candidate pair: one sentence pair may disagree twice in different clauses
 * ("magnitude 6.1 ..., killing 12" / "5.8-magnitude ..., killing 9"). Quantity conflicts are
 * listed per clause pair; the other checks give at most one.
 */
export function findConflicts(c: Candidate, ctx: ConflictContext): Conflict[] {
  const sa = ctx.docs[c.a.doc].sentences[c.a.sentence];
  const sb = ctx.docs[c.b.doc].sentences[c.b.sentence];
  if (otherOccasion(ctx.docs[c.a.doc], sa, ctx.docs[c.b.doc], sb)) return [];
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  const tally = tallyConflict(c.a.doc, sa, c.b.doc, sb, ctx);
  const quantities = tally ? [...quantityConflicts(c, sa, sb, ctx), tally] : quantityConflicts(c, sa, sb, ctx);
  const other =
    deadlineConflict(c, sa, sb, ta, tb, ctx.docs[c.a.doc].article.published, ctx.docs[c.b.doc].article.published) ??
    providerConflict(c, sa, sb, ctx) ??
    quoteSpeakerConflict(sa, sb, ctx) ??
    slotPlaceConflict(c.a.doc, sa, c.b.doc, sb, ctx) ??
    namedSiteConflict(c.a.doc, sa, c.b.doc, sb, ctx) ??
    injuryConflict(c, sa, sb, ctx) ??
    timeConflict(c.a.doc, sa, c.b.doc, sb, ctx) ??
    directionConflict(c.a.doc, sa, c.b.doc, sb, ctx) ??
    polarityConflict(c, sa, sb, ta, tb, ctx);
  // Two sentences may disagree twice, on a figure and on a place ("signed a five-year contract
  // ... after passing a medical in London" / "flew to Milan to undergo a medical before agreeing
  // a four-year contract"): each is its own finding, with its own explanation. Not one finding
  // twice: a denial of the other's figure ("Three wolves got out, not four as first reported"),
  // around the very figures a quantity finding compares, is that finding, quoted with the denial.
  if (!other) return quantities;
  const same = other.detail.type === 'quantity' ? quantities.findIndex((q) => overlap(q.a, other.a) && overlap(q.b, other.b)) : -1;
  if (same < 0) return [...quantities, other];
  const q = quantities[same];
  return quantities.map((x) => (x === q ? { ...q, a: cover(q.a, other.a), b: cover(q.b, other.b) } : x));
}

function overlap(x: Range, y: Range): boolean {
  return x.start < y.end && y.start < x.end;
}

function cover(x: Range, y: Range): Range {
  return { start: Math.min(x.start, y.start), end: Math.max(x.end, y.end) };
}

/**
 * Same claim, opposite polarity: two causes of one happening or a cause denied (cause), opposite
 * verbs (stance), a negated vs an affirmed predicate, or a denied/withheld claim vs an affirmed
 * one (negation). Negations are common in news and usually concern different matters, so each
 * check asks for evidence that both sides speak of one thing.
 */
function polarityConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string, ctx: ConflictContext): Conflict | null {
  return (
    causeConflict(sa, sb, ta, tb) ??
    stanceConflict(c, sa, sb, ctx) ??
    adjectiveStance(sa, sb) ??
    withheldConflict(sa, sb, ta, tb, ctx) ??
    contrastConflict(sa, sb, ta, tb) ??
    reportedDenialConflict(sa, sb, ta, tb) ??
    predicateNegation(c.match.score, c.sentenceMatch.score, sa, sb, ta, tb, ctx) ??
    findingDenied(sa, sb, ta, tb) ??
    evidenceConflict(sa, sb, ta, tb) ??
    noneReported(sa, sb, ta, tb) ??
    missingFound(sa, sb, ta, tb, ctx.entityKind)
  );
}
