import type { Explanation } from '../types.ts';
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import type { Weights } from './features.ts';
import { ACT_CLASSES, ANTONYM_PAIRS, HEDGES, PLACE_PARTS, REPORTING, TITLES } from './lexicon.ts';
import { adjacentTokens, type Doc, type Sentence } from './model.ts';
import { entityFeature, perSentence, perWord, wordFeature } from './memo.ts';
import { AGE, extractDeadlines, PEOPLE, quantitiesConflict, rareMeasure, sameMeasure, valuesDiffer, type Deadline, type Quantity } from './quantities.ts';
import type { Range } from './sentences.ts';
import { holderOf, isAggregate, predicateWords, sameCasualtyMeasure, samePeople, sameTurnout, sameUncountedSum, isIncrement, isPreviousValue, isProposed, isRemainder, isRevision, movementOf, sameHolder, sameMovement, sameTimeScope, spanTokens, timeScope } from './quantity-context.ts';
import { assertsVerb, patientKeys, patientModifiers, samePatient } from './arguments.ts';
import { findings } from './inquiry-findings.ts';
import { predicateAdjectives } from './predicate-adjectives.ts';
import { negatedVerbs, REFUSAL, WITHHELD_VERB } from './negation.ts';
import { findReschedules } from './reschedules.ts';
import { normalizeWord, type Token, wordStem } from './tokens.ts';

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
   * Set when one side withheld a claim ("declined to say whether ...") and the other states it:
   * the side that states it. Reported later, that answers the question (an update), it does not
   * contradict the earlier report.
   */
  answeredBy?: 'a' | 'b';
}

export interface ConflictContext {
  docs: Doc[];
  weights: Weights;
  entityKind: (id: string) => string | undefined;
}

/**
 * Opposites, by key: a pair word opposes its whole synonym class ("accept" / "reject" covers
 * "agreed" / "refused"), or with "=" itself alone, by stem: "=open" / "close" says nothing of
 * "began" against "closed", though "open" belongs to "begin"'s class.
 */
const ANTONYM = new Map<string, Set<string>>();
const antonymKey = (w: string): string => (w.startsWith('=') ? 'S:' + wordStem(w.slice(1)) : normalizeWord(w));
for (const [x, y] of ANTONYM_PAIRS) {
  const a = antonymKey(x);
  const b = antonymKey(y);
  if (!ANTONYM.has(a)) ANTONYM.set(a, new Set());
  if (!ANTONYM.has(b)) ANTONYM.set(b, new Set());
  ANTONYM.get(a)!.add(b);
  ANTONYM.get(b)!.add(a);
}

/** A word's own-stem antonym key ("S:open"), built once per distinct word. */
const stemKey = perWord((lower: string): string => 'S:' + wordStem(lower), 50000);

/** The keys a token's opposites are listed under: its class, and its own stem. */
function antonymKeysOf(t: Token): string[] {
  return [t.norm, stemKey(t.lower)];
}

/** The token's opposites. */
function oppositesOf(t: Token): Set<string> {
  const out = new Set<string>();
  for (const k of antonymKeysOf(t)) for (const o of ANTONYM.get(k) ?? []) out.add(o);
  return out;
}

/** Verbs of giving and phrases of responsibility: the entity next to them is the provider. */
const GIVE = normalizeWord('give');
const MODALS = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'must', 'should', 'also', 'primarily', 'mainly', 'largely']);

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
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  const quantities = quantityConflicts(c, sa, sb, ctx);
  const other =
    deadlineConflict(c, sa, sb, ta, tb) ??
    providerConflict(c, sa, sb, ctx) ??
    slotPlaceConflict(c.a.doc, sa, c.b.doc, sb, ctx) ??
    polarityConflict(c, sa, sb, ta, tb, ctx);
  // Two sentences may disagree twice, on a figure and on a place ("signed a five-year contract
  // ... after passing a medical in London" / "flew to Milan to undergo a medical before agreeing
  // a four-year contract"): each is its own finding, with its own explanation.
  return other ? [...quantities, other] : quantities;
}

function withinRange(q: { start: number; end: number }, r: Range): boolean {
  return q.start >= r.start && q.end <= r.end;
}

/** Content words within eight tokens of a quantity, in its clause: what the figure is about. */
function quantityFrame(s: Sentence, q: Quantity): Set<string> {
  const clause = clauseContaining(s, q);
  const out = new Set<string>();
  const { first, last } = spanTokens(s, q);
  for (let i = Math.max(0, first - 8); i <= Math.min(s.tokens.length - 1, last + 8); i++) {
    const t = s.tokens[i];
    if ((i >= first && i <= last) || t.start < clause.start || t.end > clause.end) continue;
    if (!t.stop && !t.isNumber && !s.entityAt.has(i)) out.add(t.norm);
  }
  // What a count counts is the surest frame ("a three-match ban" / "miss five matches"),
  // except people and ages, which every count of a story's victims and every person share.
  // (A duration's words are what lasted, often just the story's subject: "three minutes from
  // the end" / "five years".)
  if (q.unit === 'count') for (const w of q.counted) if (w !== PEOPLE && w !== AGE) out.add(w);
  return out;
}

function quantityConflicts(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict[] {
  // Most pairs have no figure on one side: nothing below could find a pair to compare.
  if (sa.quantities.length === 0 || sb.quantities.length === 0) return [];
  // Besides the numbers themselves, the passages must share context (what happened, to whom):
  // much of the sentence, or a name in both and a word about the figure itself
  // ("sentenced to eight years in prison" / "jailed for six years").
  const context = c.sentenceMatch.shared.filter((f) => !f.startsWith('Q:'));
  const similar = c.sentenceMatch.score >= 0.18 && context.length >= 2;
  const sameAgent = context.some((f) => f.startsWith('E:'));
  // A figure one side gives as the one it replaces ("up from the 14 reported") is the other
  // side's figure: not an agreement, and when the other side gives it, proof of one measure.
  const previous = new Set([...sa.quantities.filter((q) => isPreviousValue(sa, q)), ...sb.quantities.filter((q) => isPreviousValue(sb, q))]);
  // The figure that replaces the earlier one: the nearest other figure of its unit.
  const replacing = (old: Quantity, s: Sentence): Quantity | undefined => {
    let best: Quantity | undefined;
    for (const q of s.quantities) {
      if (previous.has(q) || q.unit !== old.unit) continue;
      if (!best || Math.abs(q.start - old.start) < Math.abs(best.start - old.start)) best = q;
    }
    return best;
  };
  // True when `s` says `q` replaces a figure equal to `earlier`, the other side's.
  const revises = (q: Quantity, s: Sentence, earlier: Quantity): boolean =>
    s.quantities.some((o) => previous.has(o) && o.unit === earlier.unit && !valuesDiffer(o, earlier) && replacing(o, s) === q);
  // Or, failing both, the figures count something the library rarely speaks of (candidates.ts).
  const ofRareMeasure = (qa: Quantity, qb: Quantity): boolean => qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && qa.unit === qb.unit && rareMeasure(qa.unit, qa.counted[0], ctx.weights);
  // Or they count people to whom the same thing happened: a story's casualty figures.
  const casualties = (qa: Quantity, qb: Quantity): boolean => sameCasualtyMeasure(sa, qa, clauseContaining(sa, qa), sb, qb, clauseContaining(sb, qb));
  // Or they count the same things (not people) in sentences that share two more words: "pulling
  // out of 12 concerts" on a tour called off / "cancelled the last 14 concerts" of the tour.
  const sameThings = (qa: Quantity, qb: Quantity): boolean =>
    qa.unit === 'count' && qb.unit === 'count' && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0] && qa.counted[0] !== PEOPLE && qa.counted[0] !== AGE &&
    context.filter((f) => f !== wordFeature(qa.counted[0])).length >= 2;
  // Or they are magnitudes of the same kind of event: a story's one quake ("5.8-magnitude
  // earthquake" / "the magnitude 6.1 quake"), not its aftershock.
  const sameMagnitude = (qa: Quantity, qb: Quantity): boolean => qa.unit === 'magnitude' && qb.unit === 'magnitude' && qa.counted[0] !== undefined && qa.counted[0] === qb.counted[0];
  // Or they say how many came to one event, each in its own words.
  const turnout = (qa: Quantity, qb: Quantity): boolean => sameTurnout(sa, qa, clauseContaining(sa, qa), sb, qb, clauseContaining(sb, qb));
  const route = (qa: Quantity, qb: Quantity): boolean => ofRareMeasure(qa, qb) || casualties(qa, qb) || sameThings(qa, qb) || sameMagnitude(qa, qb) || turnout(qa, qb);
  if (!similar && !sameAgent && previous.size === 0 && !sa.quantities.some((qa) => sb.quantities.some((qb) => route(qa, qb)))) return [];
  const framed = (qa: Quantity, qb: Quantity): boolean => {
    // Counts of people say what happened to them right after the figure ("112 people fell ill"
    // / "14 people were admitted to hospital"): those words must meet even in alike sentences,
    // unless one side says too little to tell.
    if (!samePeople(sa, qa, sb, qb)) return false;
    if (turnout(qa, qb)) return true;
    if (qa.counted.includes(PEOPLE) && qb.counted.includes(PEOPLE)) {
      const pa = predicateWords(sa, qa, clauseContaining(sa, qa));
      const pb = predicateWords(sb, qb, clauseContaining(sb, qb));
      if (pa.size >= 2 && pb.size >= 2 && ![...pa].some((w) => pb.has(w))) return false;
    }
    if (similar) return true;
    const fb = quantityFrame(sb, qb);
    return [...quantityFrame(sa, qa)].some((w) => fb.has(w));
  };
  const isHolder = (id: string): boolean => {
    const kind = ctx.entityKind(id);
    return kind === 'person' || kind === 'organisation';
  };
  const out: Conflict[] = [];
  const used = new Set<string>();
  const [pa, pb] = [ctx.docs[c.a.doc].article.published, ctx.docs[c.b.doc].article.published];
  const sameDate = !pa || !pb || pa === pb;
  // A revised figure differs from the one it revises even when that was a floor ("at least 87").
  const revised = new Set([...sa.quantities.filter((q) => isRevision(sa, q)), ...sb.quantities.filter((q) => isRevision(sb, q))]);
  const clash = (x: Quantity, y: Quantity): boolean =>
    quantitiesConflict(x, y) || ((revised.has(x) || revised.has(y)) && sameMeasure(x, y) && Math.abs(x.nominal - y.nominal) > 0.02 * Math.max(x.nominal, y.nominal));
  // If either side also gives a value the other agrees with, the passages agree on the figure.
  const agrees = (q: Quantity, others: Quantity[]): boolean => others.some((o) => !previous.has(o) && sameMeasure(q, o) && !clash(q, o));
  for (const qa of sa.quantities) {
    if (previous.has(qa) || agrees(qa, sb.quantities)) continue;
    for (const qb of sb.quantities) {
      if (previous.has(qb) || agrees(qb, sa.quantities)) continue;
      // An age is a person's: alike sentences about two people ("said 15-year-old X" / "the
      // 27-year-old will be free") give two ages, so both must name the same one.
      const context = qa.counted.includes(AGE) ? sameAgent : similar || sameAgent || route(qa, qb);
      // A figure the other side says it replaces is of the same measure, whatever the words.
      const revisedFrom = revises(qb, sb, qa) || revises(qa, sa, qb);
      // Sums that name nothing they buy are one measure by the word that leads into both.
      const differ = clash(qa, qb) || (sameUncountedSum(sa, qa, sb, qb) && valuesDiffer(qa, qb));
      if (revisedFrom ? valuesDiffer(qa, qb) : differ && !apart(qa, qb) && context && framed(qa, qb)) {
        const a = clauseContaining(sa, qa);
        const b = clauseContaining(sb, qb);
        if (!comparableInContext(sa, qa, a, sb, qb, b, sameDate, isHolder)) continue;
        // One finding per figure on each side.
        if (used.has('a' + qa.start) || used.has('b' + qb.start)) continue;
        used.add('a' + qa.start);
        used.add('b' + qb.start);
        out.push({ detail: explanation('quantity', qa.display, qb.display), a: phraseOf(sa, qa, a), b: phraseOf(sb, qb, b), strength: 0.8 });
      }
    }
  }
  return out;
}

/**
 * Two counts an order of magnitude apart are two measures (the tickets for six shows and for a
 * whole tour, a day's admissions and a season's cases): outlets that disagree on one figure
 * disagree by a fraction of it, and a revision rarely multiplies it fivefold. Durations get
 * more room (a sentence of six months or of three years is one disputed measure), but two
 * stretches a hundredfold apart ("three minutes from the end", "a third cup in five years")
 * are two things.
 */
function apart(x: Quantity, y: Quantity): boolean {
  const limit = x.unit === 'count' ? 5 : x.unit === 'duration' ? 100 : Infinity;
  const [lo, hi] = x.nominal < y.nominal ? [x.nominal, y.nominal] : [y.nominal, x.nominal];
  return lo > 0 && hi / lo > limit;
}

/**
 * A figure asked for and a figure done are different measures, and so are a figure and a
 * further one added to it, a figure and what remains of it, a rise and a fall, a move's size
 * and a level, two moves reported on different dates, a sum across several things and one
 * thing's figure, two named holders' figures, and a day's figure and a whole period's
 * (durations and magnitudes have no such scope).
 */
function comparableInContext(sa: Sentence, qa: Quantity, ca: Range, sb: Sentence, qb: Quantity, cb: Range, sameDate: boolean, isHolder: (id: string) => boolean): boolean {
  if (isProposed(sa, qa, ca) !== isProposed(sb, qb, cb)) return false;
  if (isIncrement(sa, qa) !== isIncrement(sb, qb)) return false;
  if (isRemainder(sa, qa, ca) !== isRemainder(sb, qb, cb)) return false;
  if (isAggregate(sa, ca) !== isAggregate(sb, cb)) return false;
  if (!sameHolder(holderOf(sa, qa, isHolder), holderOf(sb, qb, isHolder))) return false;
  const [ma, mb] = [movementOf(sa, qa), movementOf(sb, qb)];
  if (!sameMovement(ma, mb)) return false;
  // A move is of its day: two moves reported on different dates are two moves, not a revision.
  if (ma?.change && !sameDate) return false;
  if (qa.unit === 'duration' || qa.unit === 'magnitude') return true;
  return sameTimeScope(timeScope(sa, qa, ca), timeScope(sb, qb, cb));
}

/** A sentence's deadlines; `text` is the article text its offsets point into. */
const deadlinesOf = perSentence((s: Sentence, text: string): Deadline[] => extractDeadlines(text, s.tokens));

function clauseContaining(s: Sentence, span: { start: number; end: number }): Range {
  return s.clauses.find((cl) => withinRange(span, cl)) ?? s.range;
}

/** Words a comma-bounded phrase needs to stand as a quote on its own. */
const MIN_PHRASE_TOKENS = 4;

/**
 * The comma-bounded phrase of `clause` that holds the figure, when it says enough alone: the
 * quote of a disputed figure should not also cover another figure beside it ("a concentration
 * of 2.6 nanograms per millilitre, more than five times the reporting limit of 0.5 nanograms").
 */
function phraseOf(s: Sentence, q: Quantity, clause: Range): Range {
  let start = clause.start;
  let end = clause.end;
  let tokens = 0;
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (t.start < clause.start || t.end > clause.end) continue;
    const commaBefore = i > 0 && s.text.slice(s.tokens[i - 1].end - s.range.start, t.start - s.range.start).includes(',');
    if (commaBefore && t.start > clause.start) {
      if (t.start > q.start) {
        end = s.tokens[i - 1].end;
        break;
      }
      start = t.start;
      tokens = 0;
    }
    tokens++;
  }
  return tokens >= MIN_PHRASE_TOKENS && start <= q.start && q.end <= end ? { start, end } : clause;
}

/** Content words in the few tokens before a time limit: the action it limits. */
function actionWords(s: Sentence, d: Deadline): Set<string> {
  const out = new Set<string>();
  for (let i = Math.max(0, d.tokenIndex - 8); i < d.tokenIndex; i++) {
    const t = s.tokens[i];
    if (!t.stop && !t.isNumber) out.add(s.entityAt.get(i) ?? t.norm);
  }
  return out;
}

function deadlineConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
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

interface Provider {
  entity: string;
  start: number;
  end: number;
  topic: number;
  /** For the one who leads or runs something ("led by X"), that verb's key: only the same verb compares. */
  role?: string;
  /**
   * What is led, for a role: the content words on the verb's object side ("the rescue" in "The
   * rescue was led by X", "the investigation" in "X is leading the investigation").
   */
  led?: Set<string>;
}

/** Verbs whose agent is the one in charge: "led since February by X", "chaired by Y". */
const IN_CHARGE = new Set(['led', 'chaired', 'headed', 'run', 'brokered', 'mediated', 'hosted', 'organised', 'organized', 'directed', 'coached', 'managed', 'overseen', 'supervised', 'commanded']);
/** The same in the active voice, after its agent: "X, who is heading the probe", "X leads the inquiry". */
const IN_CHARGE_ACTIVE = /^(?:lead(?:s|ing)|head(?:s|ing)|chair(?:s|ing)|run(?:s|ning)|direct(?:s|ing)|manag(?:es|ing)|overs(?:ees|eeing)|supervis(?:es|ing)|command(?:s|ing)|coach(?:es|ing))$/;
/** The bare form, in charge only after "will" or "would" ("will run the combined company"): alone it is often a noun ("the lead"). */
const IN_CHARGE_BARE = /^(?:lead|head|chair|run|direct|manage|oversee|supervise|command|coach)$/;
const FUTURE = /^(?:will|would|shall)$/;
/** "leads with 48%", "leading by three points", "heads into the final": ahead in a count, or going somewhere. */
const LEAD_IN_COUNT = new Set(['with', 'by', 'in', 'into', 'to', 'for', 'towards', 'toward', 'home', 'back', 'off', 'out']);
/** Words between an agent and its active verb: "X, who is now heading", "X, which is leading". */
const AGENT_GAP = new Set(['who', 'which', 'that', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'been', 'now', 'currently', 'still', 'also', 'will', 'would']);
/**
 * Verbs whose agent is the one who set something going, one party however many took part after:
 * "The test was ordered by X" / "requested by Y", "the case was filed by X" / "lodged by Y".
 * Each maps to its role; near-synonyms share one.
 */
const ORIGINATED: Record<string, string> = {
  ordered: 'request', requested: 'request',
  filed: 'file', lodged: 'file',
  initiated: 'begin', launched: 'begin',
};

/** Being in charge is one role however it is worded (leading, heading, chairing, running). */
const CHARGE = /^(?:le[ad]|head|chair|run|direct|manag|overs|supervis|command)/;

function roleOf(verb: string): string {
  return CHARGE.test(verb) ? 'charge' : verb.replace(/(?:ed|es|s|ing)$/, '');
}

/**
 * Providers of something: the entity before a giving verb ("X could provide"), after "rest(s)
 * with" or after "backed by"; and who is in charge of something ("led by X"). Demonyms count
 * ("the Nordics" -> a place named "Nordic...").
 */
const providers = perSentence(findProviders);

function findProviders(s: Sentence): Provider[] {
  const out: Provider[] = [];
  const toks = s.tokens;
  const entityNear = (from: number, to: number, step: number): number => {
    // The first name within reach, skipping articles and adjectives.
    for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
      if (i < 0 || i >= toks.length) break;
      if (s.entityAt.has(i)) return i;
      if (/[.;]/.test(toks[i].text)) break;
    }
    return -1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let e = -1;
    if (t.norm === GIVE && !t.cap && toks[i + 1]?.lower !== 'up') {
      // Subject right before the verb, allowing only modals between ("the United States could provide").
      let k = i - 1;
      while (k >= 0 && MODALS.has(toks[k].lower)) k--;
      e = k >= 0 && s.entityAt.has(k) && !toks[k].possessive ? k : -1;
    } else if ((t.lower === 'rest' || t.lower === 'rests' || t.lower === 'lie' || t.lower === 'lies') && toks[i + 1]?.lower === 'with') {
      e = entityNear(i + 2, i + 4, 1);
    } else if (t.lower === 'backed' && toks[i + 1]?.lower === 'by') {
      e = entityNear(i + 2, i + 5, 1);
    } else if (Object.hasOwn(ORIGINATED, t.lower) && i > 0) {
      // The passive only ("was ordered by X"), where what was set going stands before the verb
      // ("The test was"): in the active voice its object may be anyone ("ordered residents to leave").
      const by = toks[i + 1]?.lower === 'by' ? i + 1 : -1;
      const agent = by > 0 && /^(?:was|were|been|is|are|be)$/.test(toks[i - 1].lower) ? entityNear(by + 1, by + 4, 1) : -1;
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, ORIGINATED[t.lower]), led: ledWords(s, i - 1, -1) });
        continue;
      }
    } else if (IN_CHARGE.has(t.lower)) {
      // "led since it began last month by Labour Minister X": the agent within a few words.
      let by = i + 1;
      while (by < toks.length && by <= i + 7 && toks[by].lower !== 'by') by++;
      let agent = toks[by]?.lower === 'by' ? entityNear(by + 1, by + 4, 1) : -1;
      // "by Labour Minister X": the remit before a title is not the agent, the titled name is.
      if (agent >= 0) {
        let k = agent;
        while (s.entityAt.get(k + 1) === s.entityAt.get(agent)) k++;
        let t2 = k + 1;
        while (t2 < toks.length && t2 <= k + 3 && TITLES.has(toks[t2].lower)) t2++;
        if (t2 > k + 1 && s.entityAt.has(t2)) agent = t2;
      }
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, roleOf(t.lower)), led: ledWords(s, i, -1) });
        continue;
      }
      // No "by": the past tense in the active voice, after its agent ("Dunn, who led the rescue").
      // ("run" is past only as a participle: "X will run the company" is the future.)
      const future = FUTURE.test(toks[i - 1]?.lower ?? '');
      if (toks[by]?.lower !== 'by' && (t.lower !== 'run' || future)) agent = activeAgent(s, i);
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, roleOf(t.lower)), led: ledWords(s, i, 1) });
        continue;
      }
    } else if (t.lower === 'charge' && toks[i - 1]?.lower === 'in' && toks[i + 1]?.lower === 'of') {
      // "X is in charge of the operation": the role of leading it, its agent before "in".
      const k = activeAgent(s, i - 1);
      if (k >= 0) {
        out.push({ ...providerAt(s, k, i, 'charge'), led: ledWords(s, i + 1, 1) });
        continue;
      }
    } else if (IN_CHARGE_ACTIVE.test(t.lower) || (IN_CHARGE_BARE.test(t.lower) && FUTURE.test(toks[i - 1]?.lower ?? ''))) {
      const k = activeAgent(s, i);
      if (k >= 0) {
        out.push({ ...providerAt(s, k, i, roleOf(t.lower)), led: ledWords(s, i, 1) });
        continue;
      }
    }
    if (e >= 0) out.push(providerAt(s, e, i));
  }
  return out;
}

/**
 * The name an in-charge verb at `verb` follows as its agent ("X leads the inquiry", "X, which is
 * leading the investigation", "X, who led the rescue"), or -1. Not "leads with 48%" or "led to
 * clashes": ahead in a count, or a cause.
 */
function activeAgent(s: Sentence, verb: number): number {
  const toks = s.tokens;
  if (verb === 0 || LEAD_IN_COUNT.has(toks[verb + 1]?.lower ?? '')) return -1;
  let k = verb - 1;
  let relative = false;
  while (k > 0 && k >= verb - 5 && AGENT_GAP.has(toks[k].lower)) relative ||= RELATIVE.has(toks[k--].lower);
  // "X, Tessaro's chief executive, will run" / "X, who grew up in Y, will lead": an appositive
  // closed by a comma right before the verb stands between it and its agent, named before the
  // appositive's opening comma. (After "who" or "which" the name before is the agent itself.)
  if (!relative && k + 1 < verb && commaBetween(s, k, k + 1)) {
    for (let j = k - 1; j >= 0 && j >= k - APPOSITIVE_REACH; j--) {
      if (commaBetween(s, j, j + 1)) return s.entityAt.has(j) && !toks[j].possessive ? j : -1;
    }
    return -1;
  }
  return s.entityAt.has(k) && !toks[k].possessive ? k : -1;
}

const RELATIVE = new Set(['who', 'which', 'that']);
/** Tokens an appositive between a name and its verb may run to. */
const APPOSITIVE_REACH = 10;

function commaBetween(s: Sentence, i: number, j: number): boolean {
  return s.text.slice(s.tokens[i].end - s.range.start, s.tokens[j].start - s.range.start).includes(',');
}

/**
 * The content words within four tokens of an in-charge verb on its object's side (`step` -1:
 * before a passive verb, 1: after an active one), up to a clause mark or a name.
 */
function ledWords(s: Sentence, verb: number, step: 1 | -1): Set<string> {
  const toks = s.tokens;
  const out = new Set<string>();
  for (let k = verb + step; k >= 0 && k < toks.length && Math.abs(k - verb) <= 4; k += step) {
    const gap = step > 0 ? s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start) : s.text.slice(toks[k].end - s.range.start, toks[k + 1].start - s.range.start);
    if (/[,;:()]/.test(gap) || s.entityAt.has(k)) break;
    if (!toks[k].stop && !toks[k].isNumber) out.add(toks[k].norm);
  }
  return out;
}

/** The provider named at token `e` for the verb at token `verb`, spanning both. */
function providerAt(s: Sentence, e: number, verb: number, role?: string): Provider {
  const toks = s.tokens;
  const id = s.entityAt.get(e)!;
  let first = e;
  let last = e;
  while (first > 0 && s.entityAt.get(first - 1) === id) first--;
  while (last + 1 < toks.length && s.entityAt.get(last + 1) === id) last++;
  return { entity: id, start: toks[Math.min(first, verb)].start, end: toks[Math.max(last, verb)].end, topic: verb, role };
}

function providerConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  // Few sentences name a provider (cached per sentence): ask that first.
  const pa = providers(sa);
  if (pa.length === 0) return null;
  const pb = providers(sb);
  if (pb.length === 0) return null;
  // The passages must share the thing provided: at least one rare content word.
  if (c.sentenceMatch.score < 0.08 || !c.sentenceMatch.shared.some((f) => f.startsWith('W:') && ctx.weights.relative(f) >= 0.42)) return null;
  // Who leads something compares only with who leads it, not with who gives something, and
  // only when it is the same thing: the rescue's leader is not the investigation's.
  if (pa[0].role !== pb[0].role) return null;
  const la = pa[0].led;
  const lb = pb[0].led;
  if (la && lb && la.size > 0 && lb.size > 0 && ![...la].some((w) => lb.has(w))) return null;
  // Compare like with like: countries/organisations with each other, people with people.
  const group = (id: string): string => (ctx.entityKind(id) === 'person' ? 'person' : 'body');
  if (group(pa[0].entity) !== group(pb[0].entity)) return null;
  const ea = new Set(pa.map((p) => p.entity));
  const eb = new Set(pb.map((p) => p.entity));
  if ([...ea].some((e) => eb.has(e))) return null;
  // When each side names the other's provider beside its own ("led by X and Y"), they list the
  // same parties: no conflict. Named elsewhere in the sentence ("X will run the company, while
  // Y will step down"), the other is given another part.
  if (listedBeside(sa, pa[0], eb) && listedBeside(sb, pb[0], ea)) return null;
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  const x = pa[0];
  const y = pb[0];
  return {
    detail: explanation('who', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
    a: clauseContaining(sa, x),
    b: clauseContaining(sb, y),
    strength: 0.6,
  };
}

/** Tokens between a provider and another name listed with it ("X and Y", "X, with Y's help"). */
const LISTED_REACH = 4;

/** True when one of `others` is named within a few tokens of the provider's own name. */
function listedBeside(s: Sentence, p: Provider, others: Set<string>): boolean {
  const own: number[] = [];
  const theirs: number[] = [];
  s.entityAt.forEach((e, i) => {
    if (e === p.entity) own.push(i);
    else if (others.has(e)) theirs.push(i);
  });
  return theirs.some((i) => own.some((j) => Math.abs(i - j) <= LISTED_REACH));
}

interface Located {
  event: string;
  /** Token index of the event word. */
  at: number;
  place: string;
  start: number;
  end: number;
  /** People and organisations named next to the event word (who meets, who is tried). */
  participants: Set<string>;
  /** A building or site named with its place ("the Arnholt factory"): which one, however common the word. */
  site?: boolean;
}

/** Prepositions that put an event at a place ("in X", "at X", "flew to X to ..."). */
const AT_PLACE = new Set(['in', 'at', 'to']);

/**
 * The token where the place after the preposition at `i` starts: i + 1, or past "the outskirts
 * of" (a part of a place is still that place); -1 for "on" without such a part ("on Monday").
 */
function placeAfter(toks: Token[], i: number): number {
  let k = i + 1;
  if (toks[k]?.lower === 'the') k++;
  if (PLACE_PARTS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'of') return k + 2;
  return toks[i].lower === 'on' ? -1 : i + 1;
}

/**
 * Events at a place: a content word within four tokens before "in/at/to <place>" ("meet the
 * minister in Lisbon", "summit in Oslo", "a plant on the outskirts of Fennick") or within six after it in the same clause ("flew to
 * Milan on Monday to undergo a medical"). Each comes with the people and organisations named
 * within five tokens of the event word.
 */
const locatedEvents = perSentence(findLocatedEvents);

function findLocatedEvents(s: Sentence, kindOf: (id: string) => string | undefined): Located[] {
  const out: Located[] = [];
  const toks = s.tokens;
  const clauseOf = (i: number): Range => s.clauses.find((c) => toks[i].start >= c.start && toks[i].start < c.end) ?? s.range;
  for (let i = 1; i < toks.length; i++) {
    if (!AT_PLACE.has(toks[i].lower) && toks[i].lower !== 'on') continue;
    const first = placeAfter(toks, i);
    const placeId = first < 0 ? undefined : s.entityAt.get(first);
    if (!placeId || kindOf(placeId) !== 'place') continue;
    let k = first;
    while (s.entityAt.get(k + 1) === placeId) k++;
    const clause = clauseOf(i);
    const inClause = (j: number): boolean => toks[j].start >= clause.start && toks[j].end <= clause.end;
    const near: number[] = [];
    // "an end to the country's war": a possessive names an owner, not where something happens.
    if (toks[k].possessive) continue;
    // "sending troops to X" is a destination; only "to X ... to <event>" puts an event there.
    if (toks[i].lower !== 'to') for (let j = i - 1; j >= Math.max(0, i - 4) && inClause(j); j--) near.push(j);
    for (let j = k + 1; j < Math.min(toks.length, k + 7) && inClause(j); j++) near.push(j);
    for (const j of near) {
      const t = toks[j];
      if (t.stop || t.cap || t.isNumber || s.entityAt.has(j) || t.norm.length < 3) continue;
      const participants = new Set<string>();
      for (let m = Math.max(0, j - 5); m <= Math.min(toks.length - 1, j + 5); m++) {
        const e = s.entityAt.get(m);
        if (!e || !inClause(m)) continue;
        const kind = kindOf(e);
        if (kind === 'person' || kind === 'organisation') participants.add(e);
      }
      const from = Math.min(t.start, toks[i].start);
      const to = Math.max(t.end, toks[k].end);
      out.push({ event: t.norm, at: j, place: placeId, start: from, end: to, participants });
    }
  }
  // A place named before a building or site puts it there: "the Arnholt factory", "Halvorsen's
  // Stenvik plant" (the factory at Arnholt, the plant at Stenvik). Only sites: "Ukrainian
  // officials" or "the Kessock derailment" say whose or which, not where a thing stands.
  for (let i = 0; i + 1 < toks.length; i++) {
    const placeId = s.entityAt.get(i);
    if (!placeId || s.entityAt.get(i - 1) === placeId || kindOf(placeId) !== 'place') continue;
    let k = i;
    while (s.entityAt.get(k + 1) === placeId) k++;
    const t = toks[k + 1];
    if (!t || toks[k].possessive || !SITES.has(t.norm) || !adjacentTokens(s, toks[k], t)) continue;
    out.push({ event: t.norm, at: k + 1, place: placeId, start: toks[i].start, end: t.end, participants: new Set(), site: true });
  }
  return out;
}

/** Buildings and sites, which stand in one place (comparison keys: "plant" is "factory"'s). */
const SITES = new Set(['factory', 'mill', 'mine', 'warehouse', 'depot', 'refinery', 'smelter', 'site', 'office', 'headquarters', 'branch', 'store', 'shop', 'hospital', 'clinic', 'school', 'prison', 'court', 'station', 'airport', 'port', 'base', 'camp', 'stadium', 'hall', 'hotel', 'terminal', 'yard', 'shipyard', 'dairy', 'bakery', 'brewery'].map(normalizeWord));

/** The clauses around two located events share a word besides the event's own. */
function sameHappening(sa: Sentence, x: Located, sb: Sentence, y: Located): boolean {
  const fb = clauseFeatures(sb, clauseContaining(sb, y));
  const own = wordFeature(x.event);
  for (const f of clauseFeatures(sa, clauseContaining(sa, x))) if (f !== own && f.startsWith('W:') && fb.has(f)) return true;
  return false;
}

/** The clauses put one kind of thing (a plant, a meeting) at two different places. */
function twoSites(sa: Sentence, ra: Range, sb: Sentence, rb: Range, ctx: ConflictContext): boolean {
  const lb = locatedEvents(sb, ctx.entityKind).filter((y) => withinRange(y, rb));
  return locatedEvents(sa, ctx.entityKind).some((x) => withinRange(x, ra) && lb.some((y) => y.event === x.event && y.place !== x.place));
}

/** The clause around a span says "not", "never", "no". */
function negatedClause(s: Sentence, span: Range): boolean {
  return tokensIn(s, clauseContaining(s, span)).some((t) => t.negator);
}

/**
 * Same event, different place: both sides name one event (same word or synonym class) at two
 * different places, and neither mentions the other's place. The event must be the same one: the
 * people named at it overlap, or (when a side names nobody) the event word is rare in the story
 * and the sentences share something else (a name, or a rare word) besides event and places.
 */
function slotPlaceConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const la = locatedEvents(sa, ctx.entityKind);
  if (la.length === 0) return null;
  const lb = locatedEvents(sb, ctx.entityKind);
  if (lb.length === 0) return null;
  if (hedgedSentence(sa) || hedgedSentence(sb)) return null;
  const inA = new Set(sa.entityAt.values());
  const inB = new Set(sb.entityAt.values());
  for (const x of la) {
    for (const y of lb) {
      if (x.event !== y.event || x.place === y.place) continue;
      if (inA.has(y.place) || inB.has(x.place)) continue;
      if (negatedAt(sa, x.at) || negatedAt(sb, y.at)) continue;
      // "will close the Stenvik plant" / "the factory in Lindmark will not close": two sites, two fates.
      if ((x.site || y.site) && (negatedClause(sa, x) || negatedClause(sb, y))) continue;
      // And the same thing happens at both ("will close the Stenvik plant" / "the Arnholt factory
      // will be shut"), not one plant's closure against another's workforce.
      if ((x.site || y.site) && !sameHappening(sa, x, sb, y)) continue;
      let same = false;
      if (x.participants.size > 0 && y.participants.size > 0) {
        same = [...x.participants].some((e) => y.participants.has(e));
      } else if (x.site || y.site || ctx.weights.relative(wordFeature(x.event)) >= 0.5) {
        const ignore = new Set([wordFeature(x.event), entityFeature(x.place), entityFeature(y.place)]);
        const fa = featuresOf(sa);
        const fb = featuresOf(sb);
        same = [...fa].some((f) => !ignore.has(f) && fb.has(f) && (f.startsWith('E:') || (f.startsWith('W:') && ctx.weights.relative(f) >= 0.5)));
      }
      if (!same) continue;
      const ta = ctx.docs[da].article.text;
      const tb = ctx.docs[db].article.text;
      return {
        detail: explanation('place', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
        a: clauseContaining(sa, x),
        b: clauseContaining(sb, y),
        strength: 0.6,
      };
    }
  }
  return null;
}

const featuresOf = perSentence(sentenceWordsAndNames);

function sentenceWordsAndNames(s: Sentence): Set<string> {
  const out = new Set<string>();
  s.tokens.forEach((t, i) => {
    const e = s.entityAt.get(i);
    if (e) out.add(entityFeature(e));
    else if (!t.stop && !t.isNumber) out.add(wordFeature(t.norm));
  });
  return out;
}

/** A sentence that only speculates about places ("unclear where", "possible venues"). */
function hedgedSentence(s: Sentence): boolean {
  return s.tokens.some((t) => t.lower === 'unclear' || t.lower === 'possible' || t.lower === 'potential' || t.lower === 'whether');
}

export interface SlotCandidate {
  a: { doc: number; sentence: number };
  b: { doc: number; sentence: number };
  conflict: Conflict;
}

/**
 * Conflict candidates that the word-overlap index misses: passages that put the same event at
 * different places often share little else ("meet X in A" / "the X-Y summit in B"). Events are
 * indexed by their word, so only sentences naming the same event at some place are compared.
 */
export function findSlotConflicts(storyDocs: number[], ctx: ConflictContext): SlotCandidate[] {
  const byEvent = new Map<string, Array<{ doc: number; sentence: number }>>();
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const events = new Set(locatedEvents(s, ctx.entityKind).map((x) => x.event));
      for (const e of events) {
        let list = byEvent.get(e);
        if (!list) byEvent.set(e, (list = []));
        list.push({ doc: d, sentence: s.index });
      }
    }
  }
  const out: SlotCandidate[] = [];
  const seen = new Set<string>();
  // Withheld or denied claims ("declined to say whether he had spoken to X") against sentences
  // with the claim's head word: rare, so a plain scan of the story's sentences is cheap.
  const withheld: Array<{ doc: number; sentence: number; head: string }> = [];
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      for (const w of withheldClaims(s)) {
        const k = s.tokens.findIndex((t, i) => i >= w.from && i < w.to && !s.entityAt.has(i) && !t.stop && !t.isNumber);
        if (k >= 0) withheld.push({ doc: d, sentence: s.index, head: s.tokens[k].norm });
      }
    }
  }
  for (const x of withheld) {
    for (const d of storyDocs) {
      if (d === x.doc) continue;
      for (const s of ctx.docs[d].sentences) {
        if (!s.tokens.some((t, i) => t.norm === x.head && !s.entityAt.has(i))) continue;
        const [p, q] = x.doc < d ? [{ doc: x.doc, sentence: x.sentence }, { doc: d, sentence: s.index }] : [{ doc: d, sentence: s.index }, { doc: x.doc, sentence: x.sentence }];
        const key = `${p.doc}:${p.sentence}|${q.doc}:${q.sentence}`;
        if (seen.has(key)) continue;
        const sp = ctx.docs[p.doc].sentences[p.sentence];
        const sq = ctx.docs[q.doc].sentences[q.sentence];
        const conflict = withheldConflict(sp, sq, ctx.docs[p.doc].article.text, ctx.docs[q.doc].article.text, ctx);
        if (!conflict) continue;
        seen.add(key);
        out.push({ a: p, b: q, conflict });
      }
    }
  }
  deniedActs(storyDocs, ctx, seen, out);
  // Dates moved ("postponed the vote to 4 November") against the schedule other reports gave.
  for (const r of findReschedules(ctx.docs, storyDocs)) {
    const key = r.a.doc < r.b.doc ? `${r.a.doc}:${r.a.sentence}|${r.b.doc}:${r.b.sentence}` : `${r.b.doc}:${r.b.sentence}|${r.a.doc}:${r.a.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ a: { doc: r.a.doc, sentence: r.a.sentence }, b: { doc: r.b.doc, sentence: r.b.sentence }, conflict: { detail: r.detail, a: r.a.range, b: r.b.range, strength: 0.7 } });
  }
  for (const e of [...byEvent.keys()].sort()) {
    const list = byEvent.get(e)!;
    if (list.length > 60) continue; // an event word everywhere says nothing
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i];
        const y = list[j];
        if (x.doc === y.doc) continue;
        const key = `${x.doc}:${x.sentence}|${y.doc}:${y.sentence}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const conflict = slotPlaceConflict(x.doc, ctx.docs[x.doc].sentences[x.sentence], y.doc, ctx.docs[y.doc].sentences[y.sentence], ctx);
        if (conflict) out.push({ a: x, b: y, conflict });
      }
    }
  }
  return out;
}

function tokensIn(s: Sentence, r: Range): Token[] {
  return s.tokens.filter((t) => t.start >= r.start && t.end <= r.end);
}

/** A negator ("not", "never", "didn't", "no") among the three tokens before token i. */
export function negatedAt(s: Sentence, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (s.tokens[j].negator) return true;
  return false;
}


function clauseFeatures(s: Sentence, r: Range): Set<string> {
  const out = new Set<string>();
  s.tokens.forEach((t, i) => {
    if (t.start < r.start || t.end > r.end) return;
    const e = s.entityAt.get(i);
    if (e) out.add(entityFeature(e));
    else if (!t.stop && !t.isNumber) out.add(wordFeature(t.norm));
  });
  return out;
}

function clauseAt(s: Sentence, t: Token): Range {
  return s.clauses.find((c) => t.start >= c.start && t.end <= c.end) ?? s.range;
}


/**
 * Opposite verbs on one matter ("convicted" / "acquitted", "approved" / "rejected"): neither
 * negated, about the same doer when both name one, and the sentences share a name or most of
 * the passage.
 */
/** Tokens with an antonym in the lexicon, outside names: the only ones a stance clash can start from. */
const antonymTokens = perSentence((s: Sentence): number[] => {
  const out: number[] = [];
  s.tokens.forEach((t, i) => {
    if ((ANTONYM.has(t.norm) || ANTONYM.has(stemKey(t.lower))) && !s.entityAt.has(i)) out.push(i);
  });
  return out;
});

function stanceConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const inB = antonymTokens(sb);
  if (inB.length === 0) return null;
  for (const ia of antonymTokens(sa)) {
    const t = sa.tokens[ia];
    const opp = oppositesOf(t);
    // The antonym relation is symmetric, so a partner in b has an entry of its own.
    for (const ib of inB) {
      const u = sb.tokens[ib];
      if (!antonymKeysOf(u).some((k) => opp.has(k))) continue;
      const ra = clauseAt(sa, t);
      const rb = clauseAt(sb, u);
      const ta = tokensIn(sa, ra);
      const tb = tokensIn(sb, rb);
      // A negator after the verb governs another one ("X, who was convicted alongside Y, did
      // not appeal"): only one before it in its clause, or a refusal ("declined to concede"),
      // denies it.
      const doubted = (s: Sentence, clause: Token[], k: number): boolean =>
        clause.some((v) => (v.negator && v.start < s.tokens[k].start) || HEDGES.has(v.lower)) || (k >= 2 && s.tokens[k - 1].lower === 'to' && REFUSAL.test(s.tokens[k - 2].lower));
      if (doubted(sa, ta, ia) || doubted(sb, tb, ib)) continue;
      const subjA = subjectOf(sa, ia, ctx.entityKind);
      const subjB = subjectOf(sb, ib, ctx.entityKind);
      let same: boolean;
      if (subjA && subjB) same = subjA === subjB;
      else {
        // Without a named doer on both sides, the clauses must say nearly the same thing.
        const fa = clauseFeatures(sa, ra);
        const fb = clauseFeatures(sb, rb);
        const shared = [...fa].filter((f) => fb.has(f) && f !== wordFeature(t.norm));
        same = shared.length >= 2 && c.match.score >= 0.3;
      }
      if (!same) continue;
      return { detail: explanation('stance', t.text, u.text), a: ra, b: rb, strength: 0.6 };
    }
  }
  return null;
}

/**
 * The person or organisation a verb is about: the nearest one named before it in the sentence,
 * unless a report or a quotation stands between them ("Yevchenko argues that staff have lost",
 * "X called it “a result won by ...”"): then the name is the speaker's, and the doer unknown.
 */
function subjectOf(s: Sentence, i: number, kindOf: (id: string) => string | undefined): string | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 12); j--) {
    if (SPEECH_BOUNDARY.has(s.tokens[j].lower) || OPENING_QUOTE.test(s.text.slice(s.tokens[j].end - s.range.start, s.tokens[j + 1].start - s.range.start))) return undefined;
    const e = s.entityAt.get(j);
    if (e && kindOf(e) !== 'place' && !s.tokens[j].possessive) return e;
  }
  return undefined;
}

const SPEECH_BOUNDARY = new Set([...REPORTING, 'that', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted', 'claim', 'claims', 'claimed', 'warn', 'warns', 'warned', 'believe', 'believes', 'believed']);
const OPENING_QUOTE = /[“"‘]/;

/**
 * "demanding that Meridia pay", "urged the club to appeal", "called on him not to resign": what
 * one party asks of another is neither side's act, so it neither affirms nor negates the verb.
 * Nor does what one deserves or wants ("deserve a proposal that reflects its value").
 */
const DEMAND = /^(?:demand|urg|ask|call|press|petition|request|implor|beg(?:s|ged|ging)?$|deserv|want)/;

function demandedAt(s: Sentence, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 6; k--) if (DEMAND.test(s.tokens[k].lower)) return true;
  return false;
}

/** Verbs that do one thing to what they act on, by stem: "start" or "spark" a fire is "cause" it. */
const SAME_ACT = new Map<string, number>();
ACT_CLASSES.forEach((group, n) => {
  for (const w of group) SAME_ACT.set(wordStem(w), n);
});

/** A word's act class key ("A:0"), '' for none; looked up once per distinct word. */
const actClass = perWord((lower: string): string => {
  const n = SAME_ACT.get(wordStem(lower));
  return n === undefined ? '' : `A:${n}`;
}, 50000);

function sameAct(x: Token, y: Token): boolean {
  const n = actClass(x.lower);
  return n !== '' && n === actClass(y.lower);
}

/** The keys under which a verb meets its own kind: its comparison key, and its act class. */
function actKeys(t: Token): string[] {
  const n = actClass(t.lower);
  return n === '' ? [t.norm] : [t.norm, n];
}

/**
 * Denied acts ("Our equipment did not cause this fire") against the same act on the same thing
 * in another report ("Northline started this fire"), however little else the two sentences
 * share: the two sides of a dispute rarely word it alike. Denials with something acted on are
 * few, so the story's sentences are scanned once for their verbs.
 */
function deniedActs(storyDocs: number[], ctx: ConflictContext, seen: Set<string>, out: SlotCandidate[]): void {
  const denied: Array<{ doc: number; sentence: number; keys: string[] }> = [];
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const keys = negatedVerbs(s).filter((v) => patientKeys(s, v.verb).size > 0 || agentOf(s, v.neg, ctx.entityKind) !== undefined).flatMap((v) => actKeys(s.tokens[v.verb]));
      if (keys.length) denied.push({ doc: d, sentence: s.index, keys });
    }
  }
  if (denied.length === 0) return;
  const wanted = new Set(denied.flatMap((x) => x.keys));
  const having = new Map<string, Array<{ doc: number; sentence: number }>>();
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const keys = new Set<string>();
      for (const t of s.tokens) {
        if (t.stop) continue;
        if (wanted.has(t.norm)) keys.add(t.norm);
        const n = actClass(t.lower);
        if (n !== '' && wanted.has(n)) keys.add(n);
      }
      for (const k of keys) {
        let list = having.get(k);
        if (!list) having.set(k, (list = []));
        list.push({ doc: d, sentence: s.index });
      }
    }
  }
  for (const x of denied) {
    for (const y of new Set(x.keys.flatMap((k) => having.get(k) ?? []))) {
      if (y.doc === x.doc) continue;
      const [p, q] = x.doc < y.doc ? [x, y] : [y, x];
      const key = `${p.doc}:${p.sentence}|${q.doc}:${q.sentence}`;
      if (seen.has(key)) continue;
      const conflict = predicateNegation(0, ctx.docs[p.doc].sentences[p.sentence], ctx.docs[q.doc].sentences[q.sentence], ctx.docs[p.doc].article.text, ctx.docs[q.doc].article.text, ctx);
      if (!conflict) continue;
      seen.add(key);
      out.push({ a: { doc: p.doc, sentence: p.sentence }, b: { doc: q.doc, sentence: q.sentence }, conflict });
    }
  }
}

/** How close (Dice) two passages must be for one to negate what the other affirms. */
const NEGATION_MATCH = 0.2;

/** The verb acts on the same thing on both sides: a passive's subject, an active's object. */
function sameThingActedOn(sn: Sentence, verbN: number, so: Sentence, verbO: number): boolean {
  const pn = patientKeys(sn, verbN);
  return pn.size > 0 && samePatient(pn, patientKeys(so, verbO));
}

/**
 * A verb that acts on nothing named, done and not done by one person or body: "he would not
 * concede until every ballot had been counted" / "Kowalenko conceded late on Sunday".
 */
function sameDoerOfIntransitive(sn: Sentence, neg: number, verbN: number, so: Sentence, verbO: number, kindOf: (id: string) => string | undefined): boolean {
  if (patientKeys(sn, verbN).size > 0 || patientKeys(so, verbO).size > 0) return false;
  const doer = agentOf(sn, neg, kindOf);
  return doer !== undefined && doer === agentOf(so, verbO, kindOf);
}

/** He or she: the one person the sentence names before it ("Kovalenko told reporters that he ..."). */
const PERSONAL = new Set(['he', 'she']);

/** Who does the verb at `from` (or its negator): the name right before it, or "he"/"she" for the one person named earlier. */
function agentOf(s: Sentence, from: number, kindOf: (id: string) => string | undefined): string | undefined {
  const named = subjectBefore(s, from);
  if (named !== undefined) return named;
  let k = from - 1;
  while (k >= 0 && k >= from - 5 && (AGENT_GAP.has(s.tokens[k].lower) || s.tokens[k].negator || MODALS.has(s.tokens[k].lower))) k--;
  if (k < 0 || !PERSONAL.has(s.tokens[k].lower)) return undefined;
  const people = new Set<string>();
  for (let j = 0; j < k; j++) {
    const e = s.entityAt.get(j);
    if (e !== undefined && kindOf(e) === 'person') people.add(e);
  }
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * The denial narrows what it is about by a word the other side lacks: "Long-haul flights were
 * not cancelled" denies nothing of "1,046 flights were cancelled".
 */
function deniedOfSomeOnly(sn: Sentence, verbN: number, so: Sentence): boolean {
  const other = featuresOf(so);
  return patientModifiers(sn, verbN).some((k) => !other.has(k.startsWith('E:') ? k : wordFeature(k)));
}

/**
 * Same predicate, opposite polarity: one side negates a verb ("would not appeal") that the other
 * affirms ("would appeal"), outside any hedge, about the same thing (what the verb acts on) or
 * in sentences that share something besides that verb (a name, a role, a rare word), so two
 * different people's decisions do not clash.
 */
function predicateNegation(sentenceScore: number, sa: Sentence, sb: Sentence, ta: string, tb: string, ctx: ConflictContext): Conflict | null {
  const sides: Array<[Sentence, Sentence, string, string, boolean]> = [[sa, sb, ta, tb, true], [sb, sa, tb, ta, false]];
  for (const [sn, so, tn, , negIsA] of sides) {
    for (const { neg: i, verb: g } of negatedVerbs(sn)) {
      const neg = sn.tokens[i];
      if (demandedAt(sn, g)) continue;
      const gov = sn.tokens[g];
      const rn = clauseAt(sn, neg);
      if (tokensIn(sn, rn).some((t) => HEDGES.has(t.lower) && t.lower !== 'would')) continue;
      // The same verb affirmed on the other side: outside a negated or hedged clause, and not
      // after a refusal ("declined to concede" is no affirmation of "concede").
      // The same verb, or one that does the same to what it acts on ("did not cause this fire" /
      // "started this fire"), when it acts on the same thing.
      const oi = so.tokens.findIndex((t, k) => (t.norm === gov.norm || (sameAct(t, gov) && sameThingActedOn(sn, g, so, k))) && !so.entityAt.has(k) && !(k >= 2 && so.tokens[k - 1].lower === 'to' && REFUSAL.test(so.tokens[k - 2].lower)) && !demandedAt(so, k) && assertsVerb(so, k));
      if (oi < 0 || deniedOfSomeOnly(sn, g, so)) continue;
      const aff = so.tokens[oi];
      const ro = clauseAt(so, aff);
      if (tokensIn(so, ro).some((t) => t.negator || HEDGES.has(t.lower))) continue;
      // The verb must act on the same thing on both sides ("the tour has not been cancelled" /
      // "axed her tour"), or the clauses share something besides the verb: a person or body,
      // or a word rare in the story; then the sentences must be close enough as a whole.
      if (!sameThingActedOn(sn, g, so, oi) && !sameDoerOfIntransitive(sn, i, g, so, oi, ctx.entityKind)) {
        if (sentenceScore < NEGATION_MATCH) continue;
        const fn = clauseFeatures(sn, rn);
        const fo = clauseFeatures(so, ro);
        const others = [...fn].filter((f) => f !== wordFeature(gov.norm) && fo.has(f) && (f.startsWith('E:') ? ctx.entityKind(f.slice(2)) !== 'place' : ctx.weights.relative(f) >= 0.5));
        if (others.length < 1) continue;
      }
      // "will close the Stenvik plant" / "the factory in Lindmark will not close": two sites.
      if (twoSites(sn, rn, so, ro, ctx)) continue;
      // "X has not spoken publicly" / "he had spoken to X": X acts on one side, is acted on on the other.
      if (swappedRoles(sn, i, g, so, oi)) continue;
      const negText = tn.slice(neg.start, gov.end);
      return {
        detail: negIsA ? explanation('negation', negText, aff.text) : explanation('negation', aff.text, negText),
        a: negIsA ? rn : ro,
        b: negIsA ? ro : rn,
        strength: 0.55,
      };
    }
  }
  return null;
}

/** Words between a verb and the name it acts on: "spoken to X", "met with the X". */
const OBJECT_GAP = new Set(['to', 'with', 'the', 'a', 'an', 'about', 'for']);

/** The name right before a verb, past auxiliaries, negators and relative words ("X has not", "X, who was"). */
function subjectBefore(s: Sentence, from: number): string | undefined {
  let k = from - 1;
  while (k >= 0 && k >= from - 5 && !s.entityAt.has(k) && (AGENT_GAP.has(s.tokens[k].lower) || s.tokens[k].negator || MODALS.has(s.tokens[k].lower))) k--;
  return k >= 0 ? s.entityAt.get(k) : undefined;
}

/** The name a verb acts on, right after it past a preposition, an article or a title ("spoken to Mayor X"). */
function objectAfter(s: Sentence, verb: number): string | undefined {
  let k = verb + 1;
  while (k < s.tokens.length && k <= verb + 4 && !s.entityAt.has(k) && (OBJECT_GAP.has(s.tokens[k].lower) || TITLES.has(s.tokens[k].lower))) k++;
  return s.entityAt.get(k);
}

/**
 * True when one name is the subject of the verb on one side and what it acts on on the other:
 * "X has not spoken publicly" does not deny "he had spoken to X".
 */
function swappedRoles(sn: Sentence, neg: number, verbN: number, so: Sentence, verbO: number): boolean {
  const subjectN = subjectBefore(sn, neg);
  const subjectO = subjectBefore(so, verbO);
  const objectN = objectAfter(sn, verbN);
  const objectO = objectAfter(so, verbO);
  return (subjectN !== undefined && subjectN === objectO && subjectO !== subjectN) || (subjectO !== undefined && subjectO === objectN && subjectN !== subjectO);
}

/** "denied that", "declined to say whether", "would not confirm if": the speaker withholds a claim. */
const withheldClaims = perSentence(findWithheldClaims);

function findWithheldClaims(s: Sentence): Array<{ cue: number; from: number; to: number }> {
  const out: Array<{ cue: number; from: number; to: number }> = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    let j = -1;
    if (/^den(y|ied|ies|ying)$/.test(w)) j = i + 1;
    else if (/^(declin|refus)/.test(w) && toks[i + 1]?.lower === 'to' && WITHHELD_VERB.test(toks[i + 2]?.lower ?? '')) j = i + 3;
    else if (toks[i].negator && /^(say|confirm|comment|disclose|reveal)$/.test(toks[i + 1]?.lower ?? '')) j = i + 2;
    if (j < 0) continue;
    if (toks[j]?.lower === 'on') j++;
    if (!/^(that|whether|if)$/.test(toks[j]?.lower ?? '')) continue;
    const clause = clauseAt(s, toks[j]);
    let end = j + 1;
    while (end < toks.length && toks[end].end <= clause.end) end++;
    out.push({ cue: i, from: j + 1, to: end });
  }
  return out;
}

/**
 * A withheld or denied claim ("declined to say whether he had spoken to X", "denied that an
 * agreement had been reached") against the other side affirming it ("had spoken with X", "agreed
 * a deal"): the claim's content words (a verb or noun at least) appear in the other passage,
 * together with a shared name, and the other passage is neither negated nor hedged.
 */
function withheldConflict(sa: Sentence, sb: Sentence, ta: string, tb: string, ctx: ConflictContext): Conflict | null {
  const sides: Array<[Sentence, Sentence, string, boolean]> = [[sa, sb, ta, true], [sb, sa, tb, false]];
  for (const [sn, so, tn, negIsA] of sides) {
    if (withheldClaims(so).length > 0) continue;
    for (const w of withheldClaims(sn)) {
      // The claim's head: its first content word ("had spoken", "an agreement ... reached").
      const words = new Set<string>();
      const names = new Set<string>();
      for (let k = w.from; k < w.to; k++) {
        const e = sn.entityAt.get(k);
        if (e) names.add(e);
        else if (!sn.tokens[k].stop && !sn.tokens[k].isNumber && words.size < 1) words.add(sn.tokens[k].norm);
      }
      const hit = so.tokens.findIndex((t, k) => !so.entityAt.has(k) && words.has(t.norm) && !negatedAt(so, k));
      if (hit < 0) continue;
      const ro = clauseAt(so, so.tokens[hit]);
      if (tokensIn(so, ro).some((t) => HEDGES.has(t.lower) || t.negator)) continue;
      // ... about the same people or bodies (places are too broad to tie two claims together).
      const agent = (id: string): boolean => ctx.entityKind(id) !== 'place';
      const otherNames = new Set([...so.entityAt.values()]);
      const inN = new Set(sn.entityAt.values());
      const sentenceNames = [...otherNames].filter((e) => inN.has(e) && agent(e));
      if (names.size > 0) {
        // A claim about someone ("spoken to X") is affirmed only next to that someone.
        let near = false;
        for (let k = Math.max(0, hit - 6); k <= Math.min(so.tokens.length - 1, hit + 6); k++) {
          const e = so.entityAt.get(k);
          if (e && names.has(e) && agent(e)) near = true;
        }
        if (!near) continue;
      } else if (sentenceNames.length === 0) continue;
      const cue = sn.tokens[w.cue];
      const rn = clauseAt(sn, cue);
      // A denial takes a side; declining to say whether takes none.
      const withheld = !/^den/.test(cue.lower);
      const negText = tn.slice(cue.start, sn.tokens[Math.min(w.to - 1, w.from + 5)].end);
      const affText = so.tokens[hit].text;
      return {
        detail: negIsA ? explanation('negation', negText, affText) : explanation('negation', affText, negText),
        a: negIsA ? { start: rn.start, end: Math.max(rn.end, sn.tokens[w.to - 1].end) } : ro,
        b: negIsA ? ro : { start: rn.start, end: Math.max(rn.end, sn.tokens[w.to - 1].end) },
        strength: 0.5,
        ...(withheld ? { answeredBy: negIsA ? ('b' as const) : ('a' as const) } : {}),
      };
    }
  }
  return null;
}

/**
 * Same claim, opposite polarity: opposite verbs (stance), a negated vs an affirmed predicate, or
 * a denied/withheld claim vs an affirmed one (negation). Negations are common in news and usually
 * concern different matters, so each check asks for evidence that both sides speak of one thing.
 */
function polarityConflict(c: Candidate, sa: Sentence, sb: Sentence, ta: string, tb: string, ctx: ConflictContext): Conflict | null {
  return (
    stanceConflict(c, sa, sb, ctx) ??
    adjectiveStance(sa, sb) ??
    withheldConflict(sa, sb, ta, tb, ctx) ??
    (c.match.score >= NEGATION_MATCH ? predicateNegation(c.sentenceMatch.score, sa, sb, ta, tb, ctx) : null) ??
    findingDenied(sa, sb, ta, tb)
  );
}

const adjectivesOf = perSentence(predicateAdjectives);

/**
 * One thing called by a word and by its negative form: "security at the building was adequate" /
 * "security at Tollgate House was completely inadequate". Neither side denies or hedges it, and
 * what it is said of shares a word or a name.
 */
function adjectiveStance(sa: Sentence, sb: Sentence): Conflict | null {
  const inB = adjectivesOf(sb);
  if (inB.length === 0) return null;
  for (const x of adjectivesOf(sa)) {
    if (x.negated) continue;
    const wa = sa.tokens[x.adjective];
    for (const y of inB) {
      const wb = sb.tokens[y.adjective];
      if (y.negated || x.base !== y.base || x.negative === y.negative || ![...x.subject].some((k) => y.subject.has(k))) continue;
      const ra = clauseAt(sa, wa);
      const rb = clauseAt(sb, wb);
      if (tokensIn(sa, ra).some((t) => HEDGES.has(t.lower)) || tokensIn(sb, rb).some((t) => HEDGES.has(t.lower))) continue;
      return { detail: explanation('stance', wa.text, wb.text), a: ra, b: rb, strength: 0.6 };
    }
  }
  return null;
}

const inquiryFindings = perSentence(findings);

/**
 * One side found none of what the other found: "have found no link" / "has confirmed a link".
 * The noun is what both inquiries looked for, so sharing it (on a candidate pair) is enough.
 */
function findingDenied(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const fa = inquiryFindings(sa);
  if (fa.length === 0) return null;
  const fb = inquiryFindings(sb);
  if (fb.length === 0) return null;
  for (const x of fa) {
    for (const y of fb) {
      if (x.none === y.none || sa.tokens[x.noun].norm !== sb.tokens[y.noun].norm) continue;
      const [sn, n, so, o, tn, to] = x.none ? [sa, x, sb, y, ta, tb] : [sb, y, sa, x, tb, ta];
      // What was found must be found outright: not "may have found", not "did not confirm".
      const ro = clauseAt(so, so.tokens[o.verb]);
      if (tokensIn(so, ro).some((t) => t.negator || HEDGES.has(t.lower)) || demandedAt(so, o.verb)) continue;
      const rn = clauseAt(sn, sn.tokens[n.verb]);
      if (tokensIn(sn, rn).some((t) => HEDGES.has(t.lower))) continue;
      const noneText = tn.slice(sn.tokens[n.verb].start, sn.tokens[n.noun].end);
      const foundText = to.slice(so.tokens[o.verb].start, so.tokens[o.noun].end);
      return {
        detail: x.none ? explanation('negation', noneText, foundText) : explanation('negation', foundText, noneText),
        a: x.none ? rn : ro,
        b: x.none ? ro : rn,
        strength: 0.55,
      };
    }
  }
  return null;
}
