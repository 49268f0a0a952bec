import { stemmer } from 'stemmer';
import { AMOUNT_HEADS, FALL, isPastForm, MOVE_GAP, ORG_SUFFIXES, PERSON_NOUNS, RAISING_VERBS, REPORTING, RISE, SHORT_PAST_FORMS, STOPWORDS, WEEKDAYS, wordNumber } from './lexicon.ts';
import { perSentence, wordFeature } from './memo.ts';
import { adjacentTokens, type Sentence } from './model.ts';
import { MOVE_KEYS } from './moves.ts';
import { isFigure, LARGE_COUNT, MEASURE_UNIT_KEYS, partitiveWholeAt, PEOPLE, type Quantity } from './quantities.ts';
import type { Range } from './sentences.ts';
import { normalizeWord, phrasalVerb, type Token } from './tokens.ts';

/**
 * The tokens a figure (or any span) covers: the first at or after its start and the last that
 * ends within it. `first` is -1 when no token starts there.
 */
/**
 * A count of things told by what befell them, its one counted word the verb that ends it: "24
 * were refloated", "six were put down" (not people: they are counted by their fates elsewhere).
 */
export function toldByDeed(s: Sentence, q: Quantity): boolean {
  // (Not a part or a further group: "Three of the nine buried", "Five more were freed".)
  if (q.unit !== 'count' || q.counted.length !== 1 || q.counted[0] === PEOPLE || q.part) return false;
  const { first, last } = spanTokens(s, q);
  if (s.tokens[first + 1]?.lower === 'more' || isIncrement(s, q)) return false;
  const t = s.tokens[last];
  return isPastForm(t.lower) || (last > 0 && phrasalVerb(s.tokens[last - 1], t) !== undefined);
}

/** The figure's phrase ends in the noun it counts ("two helicopters"), not in a verb ("Five more were freed"). */
export function namedAfter(s: Sentence, q: Quantity): boolean {
  const t = s.tokens[spanTokens(s, q).last];
  return t !== undefined && t.norm === q.counted[0] && !isPastForm(t.lower);
}

export function spanTokens(s: Sentence, span: Range): { first: number; last: number } {
  const t = s.tokens;
  const first = t.findIndex((x) => x.start >= span.start);
  let last = first;
  while (first >= 0 && last + 1 < t.length && t[last + 1].end <= span.end) last++;
  return { first, last };
}

/**
 * The stretch of time a figure covers, when the sentence says: one day ("on Monday alone", "on
 * the first day", "today") or a whole period ("in total", "over the five days", "a five-day
 * strike"). A strike's first day and its whole week are different measures: "212 flights on
 * Monday" and "1,046 flights in total" are both right. Null when the sentence does not say, or
 * says both and the figure's own clause does not settle which. A running total ("since Monday",
 * "so far", "by Monday morning") covers a period.
 */
export type TimeScope = 'day' | 'period' | null;

interface Cue {
  token: number;
  scope: 'day' | 'period';
}

/** Made public: "the poll published on Sunday", "figures released on Monday". */
const PUBLISHED = new Set(['published', 'released', 'announced', 'issued', 'unveiled']);
const madePublic = (w: string): boolean => REPORTING.has(w) || PUBLISHED.has(w);
/** Words between two weekdays that make them one stretch of days ("Saturday and Sunday", "Friday to Monday"). */
const WEEKDAY_JOINS = /^(?:and|to|through|until|till)$/;
const PERIOD_UNITS = /^(?:days?|weeks?|months?|years?)$/;
const PLURAL_PERIOD = /^(?:days|weeks|months)$/;
const OPENING_UNITS = /^(?:minutes?|hours?|days?)$/;
/** "five-day", "3-week", "two-month": a stretch longer than one unit. */
const MULTI_UNIT_COMPOUND = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty)-(?:day|week|month|year)$/;

const cuesOf = perSentence((s: Sentence): Cue[] => {
  const cues: Cue[] = [];
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].lower;
    if (WEEKDAYS.has(w)) {
      // "the airline said on Monday", "the poll published on Sunday": the day of the statement, not of the figure.
      const said = madePublic(t[i - 1]?.lower ?? '') || (t[i - 1]?.lower === 'on' && madePublic(t[i - 2]?.lower ?? ''));
      // "since the breach was disclosed on Wednesday": where a period starts (the "since" is its cue).
      const since = t.slice(Math.max(0, i - 6), i).some((x) => x.lower === 'since');
      // "had burned 8,400 acres by Monday morning": a running total as of that day.
      const asOf = t[i - 1]?.lower === 'by' || (t[i - 2]?.lower === 'by' && /^(?:late|early|midday)$/.test(t[i - 1]?.lower ?? ''));
      // "on Saturday and Sunday", "from Friday to Monday": several days, a period.
      // So is "the four days to Saturday night": the day a stretch of days ends.
      const span = (WEEKDAY_JOINS.test(t[i + 1]?.lower ?? '') && WEEKDAYS.has(t[i + 2]?.lower ?? '')) || (WEEKDAY_JOINS.test(t[i - 1]?.lower ?? '') && (WEEKDAYS.has(t[i - 2]?.lower ?? '') || PLURAL_PERIOD.test(t[i - 2]?.lower ?? '')));
      if (asOf || span) cues.push({ token: i, scope: 'period' });
      else if (!said && !since) cues.push({ token: i, scope: 'day' });
    } else if (w === 'since' && /^records?$/.test(t[i + 1]?.lower ?? '')) {
      // "the highest reading since records began": a record's reach, not a running total.
      continue;
    } else if (w === 'since' || (w === 'far' && t[i - 1]?.lower === 'so') || (w === 'date' && t[i - 1]?.lower === 'to')) {
      // "since Monday", "so far", "to date": a running total.
      cues.push({ token: i, scope: 'period' });
    } else if (w === 'today' || w === 'yesterday' || w === 'tonight' || (w === 'first' && t[i + 1]?.lower === 'day')) {
      cues.push({ token: i, scope: 'day' });
    } else if (w === 'first' && t[i + 1]?.isNumber && OPENING_UNITS.test(t[i + 2]?.lower ?? '')) {
      // "for the first 90 minutes", "in the first 48 hours": an opening stretch, a part of the whole.
      cues.push({ token: i, scope: 'day' });
    } else if (w === 'total' && t[i - 1]?.lower === 'daily') {
      // "the heaviest daily total": one day's.
      cues.push({ token: i, scope: 'day' });
    } else if (w === 'total' || w === 'altogether' || w === 'cumulative' || (w === 'all' && t[i - 1]?.lower === 'in')) {
      cues.push({ token: i, scope: 'period' });
    } else if (w === 'over' && t.slice(i + 1, i + 4).some((x) => PERIOD_UNITS.test(x.lower))) {
      cues.push({ token: i, scope: 'period' });
    } else if (SPAN_OPENERS.has(w) && longerThanADay(t[i + 1], t[i + 2])) {
      // "87mm in 30 hours", "over two days": a stretch longer than one day.
      cues.push({ token: i, scope: 'period' });
    } else if (MULTI_UNIT_COMPOUND.test(w) || (w === 'week' && t[i - 1]?.lower === 'this')) {
      cues.push({ token: i, scope: 'period' });
    }
  }
  return cues;
});

const SPAN_OPENERS = new Set(['in', 'over', 'within', 'across']);

/** "30 hours", "two days", "three weeks": a count of time units that lasts more than a day. */
function longerThanADay(n: Token | undefined, unit: Token | undefined): boolean {
  if (!n || !unit) return false;
  const count = n.isNumber ? Number(n.text.replace(/,/g, '')) : wordNumber(n.lower);
  if (count === null || !Number.isFinite(count)) return false;
  const u = unit.lower;
  return /^hours?$/.test(u) ? count > 24 : /^days?$/.test(u) ? count > 1 : /^(?:weeks?|months?|years?)$/.test(u);
}

function settle(cues: Cue[]): TimeScope | undefined {
  if (cues.length === 0) return undefined;
  const first = cues[0].scope;
  return cues.every((c) => c.scope === first) ? first : null;
}

/** Tokens from a figure within which a time cue is the figure's own. */
const CUE_REACH = 3;

/** The time scope of the figure at `span` in `s`, whose clause is `clause`. */
export function timeScope(s: Sentence, span: Range, clause: Range): TimeScope {
  const cues = cuesOf(s).filter((c) => s.tokens[c.token].start < span.start || s.tokens[c.token].end > span.end);
  const inClause = (c: Cue): boolean => s.tokens[c.token].start >= clause.start && s.tokens[c.token].end <= clause.end;
  // A cue right beside the figure is its own ("since the weekend, with about 80 millimetres
  // falling on Monday alone"), whatever else the clause says.
  const { first, last } = spanTokens(s, span);
  const beside = settle(cues.filter((c) => inClause(c) && c.token >= first - CUE_REACH && c.token <= last + CUE_REACH));
  if (beside) return beside;
  const own = settle(cues.filter(inClause));
  return own !== undefined ? own : settle(cues) ?? null;
}

/** Two figures can be compared unless one covers a single day and the other a whole period. */
export function sameTimeScope(a: TimeScope, b: TimeScope): boolean {
  return a === null || b === null || a === b;
}

/**
 * Words that make a figure asked for, put forward, hoped for or foreseen rather than done:
 * "demanding a 9% rise", "wants wages raised by 9%", "offered 4%", "seeks a four-year ban",
 * "hopes to raise 5 million", "economists had expected a quarter-point rise". A demand and what
 * a deal gives are different measures, and so are a forecast and the outcome, not a revision of
 * one figure; two demands (two forecasts) compare. A figure decided but still to come ("plans to cut 1,200
 * jobs", "will cut 900", "will miss five matches") is not marked: a plan and the decision it
 * is reported as compare, and outlets disagree on plans as often as on facts.
 */
const PROPOSING = /^(?:demand|want|seek|sought|ask|propos|offer|bid|aim|target|hope|push|call|expect|forecast|predict)/;

/**
 * "Economists had expected a quarter-point rise", "expects the rate to reach 7.25%": someone's
 * forecast. Not "as expected" or "bigger than expected" (the figure done, foreseen or not), nor
 * the passive "shooting was expected to resume on June 24", which is how a plan is told.
 */
function foreseenBySomeone(t: Token[], k: number): boolean {
  const before = t[k - 1]?.lower ?? '';
  return !/^(?:as|than|is|are|was|were|be|been|being)$/.test(before);
}

/** True when a proposing word governs the figure at `span`: within six words before it in its clause. */
export function isProposed(s: Sentence, span: Range, clause: Range): boolean {
  const t = s.tokens;
  let i = t.findIndex((x) => x.start >= span.start);
  if (i < 0) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && t[k].start >= clause.start; k--) {
    const w = t[k].lower;
    if (PROPOSING.test(w) && (!w.startsWith('call') || t[k + 1]?.lower === 'for') && !(w.startsWith('expect') && !foreseenBySomeone(t, k))) return true;
  }
  return false;
}

/**
 * Words that make a figure an addition to an earlier one: "fell a further 3.8%", "another 500
 * troops", "an additional 200 jobs", "1,000 extra police", "500 more", "19 new cases". An
 * increment and the figure it adds to are different measures, not a revision.
 */
const INCREMENT_BEFORE = new Set(['further', 'another', 'additional', 'extra']);
const INCREMENT_AFTER = new Set(['more', 'extra', 'additional', 'new']);

/** True when the figure at `span` is an increment: a cue word just before it, or "more" or "new" just after its number. */
export function isIncrement(s: Sentence, span: Range): boolean {
  const t = s.tokens;
  const i = t.findIndex((x) => x.start >= span.start);
  if (i < 0) return false;
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (INCREMENT_BEFORE.has(t[k].lower)) return true;
    if (t[k].lower !== 'a' && t[k].lower !== 'an') break;
  }
  const number = t.findIndex((x, k) => k >= i && x.isNumber);
  return number >= 0 && t[number].end <= span.end + 1 && INCREMENT_AFTER.has(t[number + 1]?.lower ?? '');
}


/**
 * Which way a figure moved, when a verb of rising or falling governs it: "shares rose 3%",
 * "fell by 4%", "down 2%". A rise and a fall are two movements (on two days, or of two
 * things), never two accounts of one: "rose 3%" and "fell 4%" do not conflict. The size of a
 * move (a change) is a different measure from a level ("a 12% stake", "a 24% premium"); the
 * level a move reached ("rose 3% to 41.20") is a level, moved with it.
 */
export interface Movement {
  direction: 'rise' | 'fall';
  /** The figure is the size of the move, not the level it reached. */
  change: boolean;
}

/** A move's direction written after its figure: "closed 12 per cent lower", "ended the day 3% up". */
const AFTER_FIGURE: Record<string, Movement['direction']> = { lower: 'fall', down: 'fall', weaker: 'fall', higher: 'rise', up: 'rise', stronger: 'rise' };
/** Verbs whose "up" sums or pays, not rises: "racked up €90,000", "ran up debts", "paid up". */
const SUMMING_UP = /^(?:rack|ran$|run|clock|notch|chalk|pile|pili|rang$|ring|tot|add|made$|make|sum|forked$|fork|shell|cough|stump|paid$|pay)/;

export const movementOf = (s: Sentence, span: Range & { unit: string }): Movement | null => {
  // Only rates and sums move so: "lost 11,000 flights" counts what was lost.
  if (span.unit !== 'percent' && !span.unit.startsWith('money')) return null;
  const t = s.tokens;
  const i = t.findIndex((x) => x.start >= span.start);
  let change = true;
  for (let k = i - 1; k >= 0 && k >= i - 7; k--) {
    const w = t[k].lower;
    if (w === 'up' && SUMMING_UP.test(t[k - 1]?.lower ?? '')) break;
    if (RISE.test(w)) return { direction: 'rise', change };
    if (FALL.test(w)) return { direction: 'fall', change };
    if (w === 'to') change = false;
    else if (!MOVE_GAP.has(w) && !t[k].isNumber && !/^[$€£%]$/.test(w)) break;
  }
  const after = t.find((x) => x.start >= span.end);
  const direction = after && after.start - span.end <= 1 ? AFTER_FIGURE[after.lower] : undefined;
  return direction ? { direction, change: true } : null;
};

/**
 * "Shares in the firm crashed by 30 per cent" / "Ambervale's shares closed 12 per cent lower":
 * two moves of one direction told of the same thing, named by a word before each figure. Two
 * accounts of one move, whatever else the sentences share (not "the index fell 2%").
 */
export function sameMover(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  if (qa.unit !== 'percent' || qb.unit !== 'percent' || !MOVE_KEYS.has(qa.counted[0] ?? '') || qa.counted[0] !== qb.counted[0]) return false;
  const movers = (s: Sentence, q: Quantity): Set<string> => {
    const out = new Set<string>();
    const i = s.tokens.findIndex((x) => x.start >= q.start);
    for (let k = Math.max(0, i - MOVER_WINDOW); k < i; k++) {
      const t = s.tokens[k];
      if (!t.stop && !s.entityAt.has(k) && !t.isNumber && !RISE.test(t.lower) && !FALL.test(t.lower) && !MOVE_GAP.has(t.lower)) out.add(t.norm);
    }
    return out;
  };
  const mb = movers(sb, qb);
  return [...movers(sa, qa)].some((w) => mb.has(w));
}
/** How far before its figure a move names what moved: "Shares in the firm crashed by 30%". */
const MOVER_WINDOW = 6;

/** Two figures may be two accounts of one measure: not a rise and a fall, nor a move's size and a level. */
export function sameMovement(a: Movement | null, b: Movement | null): boolean {
  if (a && b && a.direction !== b.direction) return false;
  return (a?.change ?? false) === (b?.change ?? false);
}

/**
 * A remainder: what is still left of an earlier figure ("six remained in hospital", "four are
 * still missing", "200 people left in shelters"). It is a different measure from the figure it
 * remains of ("23 were taken to hospital"), not a revision of it: only remainders compare.
 */
const REMAINDER = /^(?:remain(?:s|ed|ing)?|still)$/;
/** Where those left stay: "left on the ledge", "left in shelters", "left behind". */
const LEFT_WHERE = new Set(['on', 'in', 'at', 'inside', 'aboard', 'behind', 'without', 'homeless', 'stranded']);
/**
 * "four are missing", "one person is unaccounted for": a state that lasts until they are found,
 * so a remainder too (not the verb: "will miss five matches").
 */
const MISSING = /^(?:missing|unaccounted)$/;

/**
 * A length between two points ("roughly 1.5 kilometres from the nearest homes", "20 miles
 * away"), not the size of an area or a thing ("the three-kilometre zone", "within 5 km of the
 * plant", "a 40-metre crane"): two different measures, however alike their unit.
 */
export function isSeparation(s: Sentence, q: Quantity): boolean {
  if (!MEASURE_UNIT_KEYS.has(q.counted[0] ?? '')) return false;
  const next = s.tokens.find((t) => t.start >= q.end);
  if (next === undefined || (next.lower !== 'from' && next.lower !== 'away' && next.lower !== 'off')) return false;
  // "The tunnel ran for roughly 40 feet from the launderette cellar to the vault wall": a length
  // told by its verb runs from one end to the other, and is the thing's own.
  if (lengthByVerb(s, q)) return false;
  // "lies at a depth of 42 metres off Gannet Point": the place after says where, and the figure
  // is the named dimension before it, as in "lies 65 metres down off Gannet Point".
  const { first } = spanTokens(s, q);
  return !(s.tokens[first - 1]?.lower === 'of' && DIMENSIONS.has(s.tokens[first - 2]?.lower ?? ''));
}

/** True when a remainder word stands within three words of the figure at `span`, in its clause. */
export function isRemainder(s: Sentence, span: Range, clause: Range): boolean {
  const t = s.tokens;
  const { first, last } = spanTokens(s, span);
  if (first < 0) return false;
  for (let k = Math.max(0, first - 3); k <= Math.min(t.length - 1, last + 3); k++) {
    if (t[k].start < clause.start || t[k].end > clause.end) continue;
    // ("four are missing" holds its state inside the figure's own span.)
    if (MISSING.test(t[k].lower)) return true;
    if (k >= first && k <= last) continue;
    if (REMAINDER.test(t[k].lower)) return true;
  }
  // "The two climbers left on the ledge", "200 people left in shelters": left where they were.
  return t[last + 1]?.lower === 'left' && LEFT_WHERE.has(t[last + 2]?.lower ?? '') && t[last + 2].end <= clause.end;
}

/**
 * What "during the ..." in the figure's clause names: "pulled three people alive during the
 * morning" / "five were rescued alive during the operation" count over two stretches, a part and
 * the whole. Only two such named stretches are compared: one left untold may be either.
 */
export function duringOf(s: Sentence, clause: Range): string | undefined {
  const t = s.tokens;
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k].start < clause.start || t[k].end > clause.end) continue;
    if ((t[k].lower === 'during' || t[k].lower === 'throughout') && t[k + 1].lower === 'the' && !t[k + 2].isNumber) return t[k + 2].norm;
  }
  return undefined;
}

/** Words of an owner's noun phrase before a count: "his wife and three children". */
const OWNER_REACH = 4;

/**
 * Whose a count is by a possessive pronoun before it: "her two children" is a woman's, "his
 * wife and three children" a man's. Two counts owned by a "her" and a "his" are two people's.
 */
export function ownerPronoun(s: Sentence, span: Range): 'his' | 'her' | undefined {
  const { first } = spanTokens(s, span);
  for (let k = first - 1; k >= 0 && k >= first - OWNER_REACH; k--) {
    const t = s.tokens[k];
    if (t.lower === 'his' || t.lower === 'her') return t.lower;
    if (t.cap || t.isNumber || (t.stop && t.lower !== 'and') || /[,;:.!?]/.test(s.text.slice(t.end - s.range.start, s.tokens[k + 1].start - s.range.start))) return undefined;
  }
  return undefined;
}

/** Verbs that undo a cut or a closure: "restored supply to 250 homes", "reconnected 40,000 customers". */
const RESTORED = /^(?:restor|reconnect|reopen)/;
const RESTORED_REACH = 5;

/**
 * True when the figure counts what was restored, within five words before it in its clause: the
 * homes whose supply came back are not the homes cut off ("shut off the gas supply to 312 homes"
 * / "has restored supply to 250 homes").
 */
export function isRestored(s: Sentence, span: Range, clause: Range): boolean {
  const { first } = spanTokens(s, span);
  for (let k = first - 1; k >= 0 && k >= first - RESTORED_REACH; k--) {
    if (s.tokens[k].start < clause.start) break;
    if (RESTORED.test(s.tokens[k].lower)) return true;
  }
  return false;
}

/**
 * A figure given as a revision of an earlier one: "revised up to 131", "corrected the count to
 * 158", "raised the toll to 27". It revises a range it falls in ("at least 87" → 131): the
 * reader's figure changed, though the first was a floor.
 */
const REVISED = /^(?:revis|correct|updat|rais|lower|upgrad|downgrad)/;

export function isRevision(s: Sentence, span: Range & { unit: string }): boolean {
  const t = s.tokens;
  const i = t.findIndex((x) => x.start >= span.start);
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) if (REVISED.test(t[k].lower)) return true;
  // "were 28 knots, not the 40 knots first cited": the figure the sentence puts in another's place.
  const { last } = spanTokens(s, span);
  const not = t.findIndex((x, k) => k > last && k <= last + 3 && x.lower === 'not');
  if (not > 0 && s.quantities.some((q) => q.start > t[not].start && deniedAfterComma(s, q))) return true;
  if ((span.unit === 'count' || span.unit.startsWith('money:')) && nowEstimated(s, i)) return true;
  return span.unit === 'count' && newLevel(t, i);
}

/** Verbs that give a figure as the current estimate after "now": "now puts the bill at", "has now reached". */
const NOW_ESTIMATE = /^(?:puts?|estimates?|believes?|reached|reaches|counts?|totals?|numbers?|stands?|says?|thinks?|calculates?|reckons?)$/;

/**
 * A figure given as what someone now estimates: "The agency now believes about 2,500 tonnes
 * have leaked", "The ministry now puts the total clean-up bill at 210 million crowns", "Oil has
 * now reached about 95 kilometres of coastline". "Now" sets it against an earlier estimate,
 * which it replaces even where that was a floor ("more than 40 kilometres").
 */
function nowEstimated(s: Sentence, i: number): boolean {
  const t = s.tokens;
  for (let k = i - 1; k >= 1 && k >= i - 10; k--) {
    if (/[,;:.!?]/.test(s.text.slice(t[k].end - s.range.start, t[k + 1].start - s.range.start))) return false;
    if (t[k].lower === 'now' && NOW_ESTIMATE.test(t[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * A count given as the level a running total has reached: "the number of people killed rose to
 * five", "the death toll has climbed to 27", "now stands at seven". Such a total replaces the
 * earlier one, even an earlier floor ("at least three"). Counts only: a price that "rose to
 * 41.20" is a market's level, not a revised report.
 */
const RISEN = /^(?:rose|risen|rises|rising|climb(?:ed|s|ing)|jump(?:ed|s)|increas(?:ed|es)|grew|grown)$/;

function newLevel(t: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (t[k].lower === 'about' || t[k].lower === 'nearly' || t[k].lower === 'almost' || t[k].lower === 'around')) k--;
  if (t[k]?.lower === 'to' && RISEN.test(t[k - 1]?.lower ?? '')) return true;
  // "now stands at seven"
  return t[k]?.lower === 'at' && /^(?:stands|stood)$/.test(t[k - 1]?.lower ?? '') && t[k - 2]?.lower === 'now';
}

/**
 * A figure a sentence gives as the one it replaces: "has risen to 47, up from the 31 reported",
 * "revised the number to 196, from 184", "rose from 11 to 23", "an initial offer of 38". It is
 * the earlier report's figure, so agreeing with it is not agreeing with the sentence, and meeting
 * it in the earlier report shows the two speak of the same measure.
 */
export function isPreviousValue(s: Sentence, span: Range): boolean {
  const t = s.tokens;
  const { first: i, last } = spanTokens(s, span);
  if (i < 1) return false;
  if (namedAsEarlier(t, i)) return true;
  // "a Category 3 storm rather than the Category 4 announced", "instead of the 40 promised".
  const before = t[i - 1].lower === 'the' ? i - 2 : i - 1;
  if ((t[before]?.lower === 'than' && t[before - 1]?.lower === 'rather') || (t[before]?.lower === 'of' && t[before - 1]?.lower === 'instead')) return true;
  // "higher than the €1.2 million initially reported", "more than the 40 announced earlier".
  if (t[before]?.lower === 'than' && COMPARATIVE.test(t[before - 1]?.lower ?? '') && t.slice(last + 1, last + 4).some((x) => AS_REPORTED.test(x.lower))) return true;
  if (deniedAfterComma(s, span)) return true;
  const from = t[i - 1].lower === 'the' ? i - 2 : i - 1;
  if (t[from]?.lower !== 'from') return false;
  // "up from", "down from"; "to 196, from 184"; "from 11 to 23".
  if (/^(?:up|down)$/.test(t[from - 1]?.lower ?? '')) return true;
  if (t[from - 1]?.isNumber && s.text.slice(t[from - 1].end - s.range.start, t[from].start - s.range.start).includes(',')) return true;
  // ("from £200,000 to £50,000": the new figure may open with its currency's sign.)
  const next = /^[$€£]$/.test(t[last + 2]?.text ?? '') ? t[last + 3] : t[last + 2];
  return t[last + 1]?.lower === 'to' && next !== undefined && isFigure(next);
}

/**
 * The figure among `candidates` that replaces `old`, a figure the sentence gives as an earlier
 * one: the nearest, or for a figure denied after the one that corrects it ("158 passengers were
 * aboard ..., not 143 as it first reported, bringing the total to 167"), the nearest before it.
 */
export function replacementOf(s: Sentence, old: Range, candidates: Quantity[]): Quantity | undefined {
  const before = deniedAfterComma(s, old) ? candidates.filter((q) => q.end <= old.start) : [];
  let best: Quantity | undefined;
  for (const q of before.length > 0 ? before : candidates) {
    if (!best || Math.abs(q.start - old.start) < Math.abs(best.start - old.start)) best = q;
  }
  return best;
}

/**
 * A figure denied right after another, its correction: "28 knots, not the 40 knots first cited",
 * "to 64, not 65 as some reports claimed". The figure after "not" is what was said before.
 */
function deniedAfterComma(s: Sentence, span: Range): boolean {
  const t = s.tokens;
  const { first: i } = spanTokens(s, span);
  const not = t[i - 1]?.lower === 'the' ? i - 2 : i - 1;
  if (not < 2 || t[not].lower !== 'not' || !s.text.slice(t[not - 1].end - s.range.start, t[not].start - s.range.start).includes(',')) return false;
  // The correcting figure ends within two words of the comma ("28 knots, not"), or the denied
  // one is said to be what was first reported ("Three wolves got out, not four as first reported",
  // "fined 4,000 crowns in 2021 for a breach, not the 40,000 crowns reported elsewhere").
  if (t.slice(Math.max(0, not - 3), not).some((x) => isFigure(x))) return true;
  const { last } = spanTokens(s, span);
  if (t.slice(last + 1, last + 3).some((x) => AS_REPORTED.test(x.lower))) return true;
  return t[last + 1]?.lower === 'as' && t.slice(last + 2, last + 7).some((x) => AS_REPORTED.test(x.lower) || AS_CLAIMED.test(x.lower));
}

/** "as some reports claimed", "as one paper said": what another report had said (besides AS_REPORTED). */
const AS_CLAIMED = /^(?:claimed|said|suggested)$/;

const COMPARATIVE = /^(?:higher|lower|more|less|fewer|greater|bigger|smaller|larger)$/;
/** Words after a figure that make it what was said before: "initially reported", "announced earlier", "(the 83) they confirmed". */
const AS_REPORTED = /^(?:initially|originally|first|earlier|previously|reported|announced|quoted|cited|estimated|stated|given|confirmed)$/;

/** Words that mark a figure as the one before: "an initial approach of 38", "its original estimate of 40". */
const EARLIER = /^(?:initial|original|earlier|previous|first)$/;

/** "an initial approach of 38 crowns", "the first lowball offer of 38": the earlier figure, named as such. */
function namedAsEarlier(t: Token[], i: number): boolean {
  if (t[i - 1]?.lower !== 'of') return false;
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) if (EARLIER.test(t[k].lower)) return true;
  return false;
}

/**
 * Whose figure it is, when a name of a person or organisation holds it: the name just before it
 * ("Brandt had 51.8%", "Kovalenko 48.9%", "the Nordal Fund, which owns 12%") or after "for"
 * ("48.2% for Andrei Kovalenko"). Undefined when no name is that close, or when a reporting
 * verb stands between ("police said 12 people died": the police are the source, not the holder).
 */
export function holderOf(s: Sentence, span: Range, isHolder: (entityId: string) => boolean): string | undefined {
  const toks = s.tokens;
  const { first, last } = spanTokens(s, span);
  if (first < 0) return undefined;
  for (let j = first - 1; j >= Math.max(0, first - HOLDER_REACH); j--) {
    const t = toks[j];
    // (A figure between may be the holder's own, an age: "X, 28, has scored 27 goals for City"
    // is still City's, told after "for".)
    if (t.isNumber || REPORTING.has(t.lower)) break;
    const e = s.entityAt.get(j);
    // An owner's name qualifies the noun after it, and holds nothing itself: "ordered Corvane
    // News Group, the Sentinel's publisher, to pay two-thirds" is the group's share.
    // (Right before the figure, with no noun after it to qualify, it holds the figure: "Pellamy's
    // €17.9 million and Tolbeck Discount €6.4 million" in a list of fines; not "the Kilnmen's
    // £60m dream takeover".)
    if (e !== undefined) return isHolder(e) && (!t.possessive || (j === first - 1 && !nounAfter(s, last))) ? e : undefined;
  }
  if (toks[last + 1]?.lower === 'for') {
    const e = s.entityAt.get(last + 2);
    if (e !== undefined && isHolder(e)) return e;
    // "27 goals for his club" / "31 goals for his country": whose, by a common noun.
    const owned = toks[last + 3];
    if (OWNERS.has(toks[last + 2]?.lower ?? '') && owned && !owned.stop && !owned.cap && !owned.isNumber) return wordFeature(owned.norm);
  }
  return undefined;
}
const OWNERS = new Set(['his', 'her', 'their', 'its']);

/** A content word right after the figure ending at token `last`, in its phrase: "£60m dream takeover". */
function nounAfter(s: Sentence, last: number): boolean {
  const next = s.tokens[last + 1];
  if (!next || next.stop || next.isNumber) return false;
  return !/[,;:.!?()]/.test(s.text.slice(s.tokens[last].end - s.range.start, next.start - s.range.start));
}

/** Tokens back from a figure to its holder: "X, which already owns 9%" is four. */
const HOLDER_REACH = 4;

/** Two figures held by two different named holders are two measures, whatever the words around them. */
export function sameHolder(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** Groups a total may be told in: "in two groups", "in three waves". */
const SEVERAL = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)$/;
const BATCHES = /^(?:groups|batches|waves|stages|rounds|phases|instalments|installments|tranches)$/;

/**
 * A figure summed over several things the clause names: "across the six shows", "across all
 * 40 branches", "freed in two groups". A sum over several is not the figure of one of them, so
 * it compares only with another such sum.
 */
export function isAggregate(s: Sentence, clause: Range): boolean {
  const toks = s.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].start < clause.start || toks[i].end > clause.end) continue;
    // "Nine hostages had been freed in two groups": a sum over several batches.
    if (toks[i].lower === 'in' && SEVERAL.test(toks[i + 1].lower) && BATCHES.test(toks[i + 2]?.lower ?? '')) return true;
    if (toks[i].lower !== 'across') continue;
    let k = i + 1;
    while (toks[k] && /^(?:the|all|its|their|every|both)$/.test(toks[k].lower)) k++;
    // A count ("six", "40") or "all" before the noun: several things, not a place ("across Europe").
    if (toks[k]?.isNumber || toks[i + 1]?.lower === 'all' || toks[i + 1]?.lower === 'both' || /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens)$/.test(toks[k]?.lower ?? '')) return true;
  }
  return false;
}

/** Units of length: a length may be told as an offset from somewhere ("400 metres below it"). */
const LENGTH_UNITS = new Set(['metre', 'metres', 'meter', 'meters', 'm', 'km', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'yard', 'yards', 'feet', 'foot', 'ft', 'nautical'].map(normalizeWord));
/** Words after a length that make it an offset from a point: "below it", "off Tormund Point", "further down", "before the bend". */
const OFFSET_WORDS = new Set(['below', 'above', 'behind', 'beyond', 'away', 'off', 'short', 'ahead', 'further', 'farther', 'before', 'after', 'from', 'past', 'inland', 'offshore', 'upstream', 'downstream', 'downhill', 'uphill', 'up', 'down', 'out', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

/**
 * The relation a length is told in from some point ("about 400 metres below it", "three nautical
 * miles off Tormund Point", "200 metres further down"), or '' for a length or height of its own
 * ("at about 1,900 metres", "2,700 metres above sea level"). Two lengths compare only in the
 * same relation: a shelter's altitude is not how far below the hut it lies.
 */
function offsetRelation(s: Sentence, k: number): string {
  if (k < 0) return '';
  const w = s.tokens[k].lower;
  return w === 'farther' ? 'further' : w;
}

/** The index of the word that makes a length an offset (its relation: offsetRelation), or -1. */
function offsetWordAt(s: Sentence, q: Quantity): number {
  const toks = s.tokens;
  if (isSizeOfWhole(q)) return -1;
  const { last } = spanTokens(s, q);
  let k = last + 1;
  while (k < toks.length && LENGTH_UNITS.has(toks[k].norm)) k++;
  const unit = LENGTH_UNITS.has(toks[last].norm) || LENGTH_UNITS.has(toks[k - 1]?.norm ?? '');
  const w = toks[k]?.lower ?? '';
  if (!unit || !OFFSET_WORDS.has(w) || /[,;:(]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start))) return -1;
  // "2,700 metres above sea level" is a height of its own; "18 metres, down from 40" a revision.
  if ((w === 'above' && toks[k + 1]?.lower === 'sea') || ((w === 'up' || w === 'down') && toks[k + 1]?.lower === 'from')) return -1;
  // "ran for roughly 40 feet from the launderette cellar", "ran for 17 metres before reaching
  // the wall": a thing's own length, end to end (not "ran 17 metres below the street").
  if (!VERTICAL.test(w) && lengthByVerb(s, q)) return -1;
  return k;
}

/**
 * Two lengths told in the same relation (offsetRelation) from points with a word in common ("off
 * Tormund Point" / "off the point", "north of the canal's entrance at Kassund" / "north of
 * Kassund"), or from a point one of them leaves unsaid. "Three nautical
 * miles off Tormund Point", where a reef lies, and "1.8 nautical miles off the recommended
 * route", how far a ship strayed, are two measures.
 */
export function sameOffset(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const [ka, kb] = [offsetWordAt(sa, qa), offsetWordAt(sb, qb)];
  if (relationOf(sa, qa, ka) !== relationOf(sb, qb, kb)) return false;
  // (A height is over the ground by any name: "above the ground", "above the rocks".)
  if (ka < 0 || kb < 0 || VERTICAL.test(sa.tokens[ka].lower)) return true;
  const [pa, pb] = [pointWords(sa, ka), pointWords(sb, kb)];
  return pa.size === 0 || pb.size === 0 || [...pa].some((w) => pb.has(w));
}

const VERTICAL = /^(?:above|below|up|down|uphill|downhill)$/;

/**
 * The relation a length is told in (offsetRelation), a depth told three ways as one: "at a depth
 * of 42 metres off Gannet Point", "lies 200 feet down off Gannet Point", "lies 40 metres deep".
 */
function relationOf(s: Sentence, q: Quantity, k: number): string {
  const { first, last } = spanTokens(s, q);
  const toks = s.tokens;
  if (toks[first - 1]?.lower === 'of' && toks[first - 2]?.lower === 'depth') return 'down';
  let after = last + 1;
  while (after < toks.length && LENGTH_UNITS.has(toks[after].norm)) after++;
  if (toks[after]?.lower === 'deep') return 'down';
  return offsetRelation(s, k);
}

/** Content words of the point a length is told from: up to eight words after its offset word, within the clause. */
function pointWords(s: Sentence, k: number): Set<string> {
  const toks = s.tokens;
  const out = new Set<string>();
  for (let i = k + 1; i < toks.length && i <= k + POINT_WORDS; i++) {
    if (/[,;:.()]/.test(s.text.slice(toks[i - 1].end - s.range.start, toks[i].start - s.range.start))) break;
    if (!STOPWORDS.has(toks[i].lower) && !toks[i].isNumber) out.add(toks[i].norm);
  }
  return out;
}
const POINT_WORDS = 8;

/** "The other five died in coastal areas": the rest of a group some of which was told apart. */
export function isRestOfGroup(s: Sentence, q: Quantity): boolean {
  const { first } = spanTokens(s, q);
  return s.tokens[first - 1]?.lower === 'other' && PARTITIVE_OWNERS.has(s.tokens[first - 2]?.lower ?? '');
}

/**
 * "In Veskmouth alone, four people died": the name whose share of a count the figure is (a
 * place's, a day's), which compares only with that name's share.
 */
export function shareOf(s: Sentence, clause: Range): string | undefined {
  const toks = s.tokens;
  for (let k = 1; k < toks.length; k++) {
    if (toks[k].lower === 'alone' && toks[k].start >= clause.start && toks[k].end <= clause.end && s.entityAt.has(k - 1)) return s.entityAt.get(k - 1);
  }
  return undefined;
}

/** Content words of a rate's target phrase, at most. */
const TARGET_WORDS = 5;

/**
 * What a rate works against: "84% effective against severe disease", "71 per cent effective at
 * preventing symptomatic infection". Two rates against different things (severe disease,
 * any infection) are two measures; undefined when the figure names no target.
 */
export function rateTarget(s: Sentence, q: Quantity): Set<string> | undefined {
  if (q.unit !== 'percent') return undefined;
  const toks = s.tokens;
  const { last } = spanTokens(s, q);
  let k = last + 1;
  // The rate's adjective ("effective"), then "against", or "at"/"in" and what it does ("preventing").
  if (toks[k] && !toks[k].stop && !toks[k].isNumber) k++;
  if (toks[k]?.lower === 'against') k++;
  else if ((toks[k]?.lower === 'at' || toks[k]?.lower === 'in') && /ing$/.test(toks[k + 1]?.lower ?? '')) k += 2;
  else return undefined;
  const words = new Set<string>();
  for (; k < toks.length && words.size < TARGET_WORDS; k++) {
    const t = toks[k];
    if (t.isNumber || (t.stop && words.size > 0) || /[,;:]/.test(s.text.slice(toks[k - 1].end - s.range.start, t.start - s.range.start))) break;
    if (!t.stop) words.add(t.norm);
  }
  return words.size > 0 ? words : undefined;
}

/** Two rates' targets, when both name one, share a word. */
export function sameRateTarget(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const ta = rateTarget(sa, qa);
  const tb = rateTarget(sb, qb);
  return !ta || !tb || [...ta].some((w) => tb.has(w));
}

/** Words before a ceiling that make it a limit set on what may be: "will be held at", "capped at", "must not exceed". */
const LIMITING = /^(?:will|must|shall|may|cannot|can't|allowed|permitted|capped|limited|restricted|maximum|max)$/;
/** Tokens before a ceiling within which its limiting word stands. */
const LIMIT_REACH = 6;

/**
 * "Until then the reservoir will be held at no more than 80 per cent", "capped at 2,000
 * visitors": a ceiling set on what may be, not a reading of what is, so it is no other
 * report's level (91 per cent by Tuesday); two limits compare.
 */
export function isLimit(s: Sentence, q: Quantity, clause: Range): boolean {
  if (q.min !== 0 || !Number.isFinite(q.max)) return false;
  const toks = s.tokens;
  const { first } = spanTokens(s, q);
  for (let k = first - 1; k >= 0 && k >= first - LIMIT_REACH && toks[k].start >= clause.start; k--) if (LIMITING.test(toks[k].lower)) return true;
  return false;
}

/** Verbs that give what a thing is made of or owns: "has 48 cabins", "operates 36 aircraft". */
const OWNING = new Set(['has', 'have', 'had', 'owns', 'own', 'operates', 'operate', 'boasts', 'comprises', 'features']);
/** Words that put a counted group inside the things the figure after them counts: "64 passengers in 11 cabins". */
const HOLDING = new Set(['in', 'inside', 'aboard', 'across']);
/** Most words between the group's figure and "in". */
const HELD_REACH = 3;

/**
 * "has 48 eight-seat cabins" and "64 passengers in 11 cabins": how many a thing has and how
 * many of them held a counted group are two measures (a hospital's beds and the beds its
 * patients lay in), though two reports of either may disagree.
 */
export function ownedVersusOccupied(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  return (owned(sa, qa) && occupied(sb, qb)) || (owned(sb, qb) && occupied(sa, qa));
}
/**
 * "the charity operates six helicopters": how many a holder has in all, told by a verb of having
 * right before the figure. What is left of them ("its two remaining helicopters", isRestOfWhole)
 * is another measure.
 */
export function owned(s: Sentence, q: Quantity): boolean {
  return OWNING.has(s.tokens[spanTokens(s, q).first - 1]?.lower ?? '');
}
function occupied(s: Sentence, q: Quantity): boolean {
  const toks = s.tokens;
  const before = spanTokens(s, q).first - 1;
  if (!HOLDING.has(toks[before]?.lower ?? '')) return false;
  for (let k = before - 1; k >= 0 && k >= before - HELD_REACH; k--) if (isFigure(toks[k])) return true;
  return false;
}

/** Words before "other" that make "the other five" the rest of a group. */
const PARTITIVE_OWNERS = new Set(['the', 'its', 'his', 'her', 'their', 'our']);
/** Words that make the figure after them a part of a larger group. */
const PART_OF = new Set(['among', 'amongst', 'including', 'includes', 'included']);
/** Words that tell a whole as its parts: "made up of", "breaks down into". */
const PARTS_OPENERS = new Set(['made up of', 'breaks down into', 'broken down into', 'is split into', 'was split into']);

/**
 * A figure for some of a group the sentence has already counted or named: "Among them is a
 * firefighter", "killed 12 people, including three children". A part is not the group's count,
 * so it compares only with another part.
 */
export function isPart(s: Sentence, q: Quantity, clause: Range): boolean {
  const toks = s.tokens;
  const { first, last } = spanTokens(s, q);
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    if (toks[k].start < clause.start) break;
    if (PART_OF.has(toks[k].lower)) return true;
    // "The award is made up of $1.9 million in actual damages and $500,000 ...", "breaks down
    // into": the first of the parts a whole is told as.
    if (k >= 2 && PARTS_OPENERS.has(`${toks[k - 2].lower} ${toks[k - 1].lower} ${toks[k].lower}`)) return true;
    if (isFigure(toks[k])) break;
  }
  // Or said after it: "A dozen local suppliers, from butchers to a wine merchant, are among
  // those owed money" (an aside between them).
  for (let k = last + 1; k < toks.length - 1 && k <= last + PART_AFTER_REACH; k++) {
    if (isFigure(toks[k])) break;
    if (BE.has(toks[k].lower) && (toks[k + 1].lower === 'among' || toks[k + 1].lower === 'amongst')) return true;
  }
  return false;
}
const BE = new Set(['is', 'are', 'was', 'were']);

/**
 * "In five of those six figures": some of a set the report has just counted, never the count
 * another report gives or revises ("six of the seven figures, not five").
 */
export function ofThose(q: Quantity): boolean {
  return q.part && /\bof\s+(?:those|these)\b/i.test(q.surface);
}

/**
 * "Of 47 allegations, the panel found 39 proved": a whole set out before the part said of it,
 * the count of what was brought, not of what any deed befell ("admitted 14 allegations"). It
 * compares only with another whole a part is of ("39 of the 47", "Of 45 allegations, ...").
 */
export function isFrontedWhole(s: Sentence, q: Quantity): boolean {
  const { first, last } = spanTokens(s, q);
  const of = s.tokens[first - 1];
  if (of?.lower !== 'of' || (first - 1 > 0 && !/[,;:—–-]\s*$/.test(s.text.slice(0, of.start - s.range.start)))) return false;
  const next = s.tokens[last + 1];
  return next !== undefined && /^\s*,/.test(s.text.slice(s.tokens[last].end - s.range.start, next.start - s.range.start));
}

/** A whole that parts are told of: set out first ("Of 47 allegations,") or after one ("39 of the 47"). */
export function isWholeOfParts(s: Sentence, q: Quantity): boolean {
  return isFrontedWhole(s, q) || partitiveWholeAt(s.tokens, spanTokens(s, q).first);
}

/**
 * A speed told as a gust ("gusts of up to 40mph", "gusting to 95 km/h"): a peak, another
 * measure than the wind's steady speed ("sustained winds of 185 km/h", "the wind at launch").
 */
export function isGust(s: Sentence, q: Quantity): boolean {
  if (q.unit !== 'count' || q.counted[0] !== KMH_KEY) return false;
  const { first } = spanTokens(s, q);
  for (let k = first - 1; k >= 0 && k >= first - GUST_REACH; k--) if (/^gust/.test(s.tokens[k].lower)) return true;
  return false;
}
const KMH_KEY = normalizeWord('kmh');
/** Tokens before a speed its "gust" may stand at: "gusts of up to", "gusting at". */
const GUST_REACH = 4;
/** Tokens after a figure its verb may stand at, past an aside. */
const PART_AFTER_REACH = 12;

/**
 * "all 14 remaining dates", "the remaining 14": what is left of a whole, which is not the size of
 * the whole ("the 40-date tour", isSizeOfWhole), though it may revise another count of what is
 * left or put off ("the next six dates").
 */
export function isRestOfWhole(s: Sentence, q: Quantity): boolean {
  const toks = s.tokens;
  const { first, last } = spanTokens(s, q);
  if (REST.has(toks[first - 1]?.lower ?? '') || REST.has(toks[last]?.lower ?? '') || REST.has(toks[last + 1]?.lower ?? '')) return true;
  // "had served nine years of his sentence" (not of "the 14-year sentence" itself).
  return toks[last + 1]?.lower === 'of' && POSSESSIVES.has(toks[last + 2]?.lower ?? '');
}
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * "said one officer", "one resident told the paper", "a person familiar with the matter",
 * "according to three officials": the source of a report, not a count of anything the story
 * reports. Anonymous sources are counted however many there are.
 */
export function isSpeakerCount(s: Sentence, q: Quantity): boolean {
  if (q.unit !== 'count') return false;
  const toks = s.tokens;
  const { first, last } = spanTokens(s, q);
  if (isSourceCount(s, first, last)) return true;
  if (q.nominal !== 1) return false;
  if (REPORTING.has(toks[last + 1]?.lower ?? '')) return true;
  // "One former patient, who did not want to be named, told the Blare": past an aside on who it is.
  const aside = toks[last + 1]?.lower === 'who' && /^\s*,\s*$/.test(s.text.slice(toks[last].end - s.range.start, toks[last + 1].start - s.range.start));
  if (aside) for (let k = last + 2; k < toks.length - 1 && k <= last + SOURCE_ASIDE_REACH; k++) {
    if (/,/.test(s.text.slice(toks[k].end - s.range.start, toks[k + 1].start - s.range.start))) return REPORTING.has(toks[k + 1].lower);
  }
  // After the verb, the speaker ends the clause ("said one officer."), where a reported count
  // goes on ("said one person is still unaccounted for").
  const next = toks[last + 1];
  return REPORTING.has(toks[first - 1]?.lower ?? '') && (!next || /[,;:.!?]/.test(s.text.slice(toks[last].end - s.range.start, next.start - s.range.start)));
}
/** Words an aside on an anonymous source may run to: "who did not want to be named". */
const SOURCE_ASIDE_REACH = 10;
const REST = new Set(['remaining', 'outstanding']);

/** Nouns for the unnamed sources of a report. */
const SOURCE_NOUNS = new Set(['person', 'people', 'persons', 'source', 'sources', 'official', 'officials', 'insider', 'insiders', 'diplomat', 'diplomats', 'aide', 'aides']);
/** What follows a source's noun: "familiar with", "with knowledge of", "close to", "briefed on". */
const SOURCE_AFTER = /^(?:familiar|close|briefed|aware|knowledgeable|speaking)$/;
/** A source's affiliation between its noun and the reporting verb: "two officials in the party told". */
const AFFILIATION = new Set(['in', 'at', 'from', 'of', 'inside', 'within']);
const AFFILIATION_REACH = 6;
/** Verbs of telling: not "reported" or "described", which also tell what befell a count ("two people reported missing"). */
const TOLD = new Set(['said', 'say', 'says', 'told', 'tell', 'tells']);

/**
 * Anonymous sources: people or officials "familiar with" or "with knowledge of" the matter,
 * "according to" whom something is said, or who "told" it, past their affiliation ("two
 * officials in the Civic Alliance told Meridian").
 */
function isSourceCount(s: Sentence, first: number, last: number): boolean {
  const toks = s.tokens;
  if (!SOURCE_NOUNS.has(toks[last]?.lower ?? '')) return false;
  const next = toks[last + 1]?.lower ?? '';
  if (SOURCE_AFTER.test(next) || (next === 'with' && /^(?:knowledge|direct|inside)$/.test(toks[last + 2]?.lower ?? ''))) return true;
  if (toks[first - 1]?.lower === 'to' && toks[first - 2]?.lower === 'according') return true;
  if (TOLD.has(next)) return true;
  if (!AFFILIATION.has(next)) return false;
  for (let k = last + 2; k < toks.length && k <= last + 1 + AFFILIATION_REACH; k++) {
    if (TOLD.has(toks[k].lower)) return true;
    if (!toks[k].cap && !s.entityAt.has(k) && !toks[k].stop) return false;
  }
  return false;
}

/**
 * The figure a tally is kept out of, right after it: "4.5 points from five games", "seven
 * points from nine", "nine wins out of 12 races". A tally grows as its base does, so two
 * tallies out of different bases are two moments, not two accounts of one. Not counts of
 * people, whom "from" places ("812 people from four villages").
 */
export function tallyBase(s: Sentence, q: Quantity): Quantity | undefined {
  if (q.unit !== 'count' || q.counted.includes(PEOPLE)) return undefined;
  const base = s.quantities.find((o) => o.start >= q.end);
  if (!base || base.unit !== 'count') return undefined;
  return /^\s+(?:from|out\s+of)\s+$/i.test(s.text.slice(q.end - s.range.start, base.start - s.range.start)) ? base : undefined;
}

/** Whether a figure is the base some other figure of its sentence is a tally out of ("from five games"). */
export function isTallyBase(s: Sentence, q: Quantity): boolean {
  return s.quantities.some((o) => o !== q && tallyBase(s, o) === q);
}

/** A figure joined to its noun before another noun: "the 40-date tour", "a three-match ban". */
export function isSizeOfWhole(q: Quantity): boolean {
  return /^[\p{L}\p{N}.,]+-\p{L}+$/u.test(q.display);
}

/**
 * Two lengths (or weights, volumes ...) of one thing: "a 7-metre wall" is not the tunnel "revised
 * to 18 metres", nor is "1.9 metres tall" a wall. The thing a measure names after its unit (a
 * compound's noun, a dimension) must be the other's, or be named in the other's sentence when
 * the other names none ("roughly 40 metres long" / "revised its length to 18 metres").
 */
export function sameMeasuredThing(sa: Sentence, qa: Quantity, ca: Range, sb: Sentence, qb: Quantity, cb: Range): boolean {
  const oa = measuredThing(sa, qa);
  const ob = measuredThing(sb, qb);
  if (!oa && !ob) return true;
  // "its 86-metre main span" / "the 120-metre span": a compound's noun may follow a modifier.
  if (oa && ob) return oa === ob || nounAfterModifier(sa, qa) === ob || nounAfterModifier(sb, qb) === oa || lengthOfCompound(oa, sb, cb, ob) || lengthOfCompound(ob, sa, ca, oa);
  const [o, own, ownClause, other, clause, bare] = oa ? [oa, sa, ca, sb, cb, qb] : [ob!, sb, cb, sa, ca, qa];
  // In the figure's clause: "revised its length to 18 metres, ..., and concluded that it stopped
  // well short of the perimeter wall" measures no wall.
  if (names(other, clause, o)) return true;
  // "The crack itself is 12 metres long" / "The 100ft crack": the thing the bare measure is
  // written before is what the other's dimension is of, when the other's clause names it.
  const thing = DIMENSIONS.has(o) ? thingAfterUnit(bare) : undefined;
  return thing !== undefined && names(own, ownClause, thing);
}

/** True when the clause `r` of `s` names `word`, a dimension by any of its words. */
const names = (s: Sentence, r: Range, word: string): boolean => s.tokens.some((t) => t.start >= r.start && t.end <= r.end && (DIMENSIONS.get(t.lower) ?? t.norm) === word);

/**
 * "a staggering 50-metre tunnel" / "The tunnel itself was 17 metres long": a compound's thing
 * (`thing`), measured by the other figure as a length in a clause that names it. Only things
 * measured along their length: "a 3-metre wall" is a height, not "12 metres long".
 */
const lengthOfCompound = (thing: string, other: Sentence, clause: Range, dimension: string): boolean =>
  dimension === 'length' && LONG_THINGS.has(thing) && names(other, clause, thing);
/** Things whose size, told without a dimension, is their length: "a 50-metre tunnel", "a 5km tailback". */
const LONG_THINGS = new Set(['tunnel', 'road', 'bridge', 'queue', 'tailback', 'pipe', 'pipeline', 'cable', 'trench', 'runway', 'track', 'route', 'crack', 'corridor', 'canal', 'channel', 'convoy', 'slick', 'boom', 'rope', 'stretch', 'culvert', 'tube', 'hose'].map(normalizeWord));

/**
 * What a measure names after its unit: a compound's noun ("a 7-metre wall"), a dimension
 * ("1.9 metres tall"), or a length told by its verb ("The crack runs for 28.5 metres").
 */
function measuredThing(s: Sentence, q: Quantity): string | undefined {
  if (!MEASURE_UNIT_KEYS.has(q.counted[0] ?? '')) return undefined;
  const named = q.counted.length < 2 ? undefined : DIMENSIONS.get(q.counted[1]) ?? (isSizeOfWhole(q) ? q.counted[1] : undefined);
  if (named) return named;
  return lengthByVerb(s, q) ? 'length' : undefined;
}

/** True when a length verb gives the figure: "runs for 28.5 metres", "stretches 40 km". */
function lengthByVerb(s: Sentence, q: Quantity): boolean {
  const { first } = spanTokens(s, q);
  const verb = s.tokens[first - 1]?.lower === 'for' ? first - 2 : first - 1;
  return LENGTH_VERBS.test(s.tokens[verb]?.lower ?? '');
}

/** Verbs that give a thing's length in the figure after them: "runs for 28.5 metres", "stretches 40 km". */
const LENGTH_VERBS = /^(?:runs?|ran|stretch(?:es|ed)?|extend(?:s|ed)?)$/;

/**
 * The thing a length, weight or other physical measure is the size of: the noun its unit stands
 * before ("the 100ft crack"), or the noun just before its verb ("The crack itself is 12 metres
 * long", "The crack runs for 28.5 metres").
 */
export function sizedThing(s: Sentence, q: Quantity): string | undefined {
  if (!MEASURE_UNIT_KEYS.has(q.counted[0] ?? '')) return undefined;
  const after = thingAfterUnit(q);
  if (after !== undefined) return after;
  const before = spanTokens(s, q).first - 1;
  let k = before;
  while (k >= 0 && SIZE_LINKS.test(s.tokens[k].lower)) k--;
  const t = s.tokens[k];
  return t && k < before && !t.stop && !t.cap && !t.isNumber && !s.entityAt.has(k) ? t.norm : undefined;
}

/** Words between a thing and its size: "is", "itself", "runs for", "measures". */
const SIZE_LINKS = /^(?:is|was|are|were|itself|runs?|ran|stretch(?:es|ed)?|extend(?:s|ed)?|for|measur(?:es|ed))$/;

/** The noun a measure's unit stands before ("crack" in "the 100ft crack"), not a dimension. */
function thingAfterUnit(q: Quantity): string | undefined {
  const word = q.counted[1];
  return MEASURE_UNIT_KEYS.has(q.counted[0] ?? '') && word !== undefined && !DIMENSIONS.has(word) ? word : undefined;
}

/** The word after a compound's first noun ("span" in "86-metre main span"), when nothing parts them. */
function nounAfterModifier(s: Sentence, q: Quantity): string | undefined {
  if (!isSizeOfWhole(q)) return undefined;
  const { last } = spanTokens(s, q);
  const t = s.tokens[last + 2];
  return t && !t.stop && !t.isNumber && adjacentTokens(s, s.tokens[last + 1], t) ? t.norm : undefined;
}

/** Words for one dimension (their comparison keys and plain forms), by the dimension. */
const DIMENSIONS = new Map<string, string>();
for (const [dim, words] of [['length', 'long length lengthi'], ['height', 'tall high height'], ['depth', 'deep depth'], ['width', 'wide width broad'], ['thickness', 'thick thickness']] as const) {
  for (const w of words.split(' ')) DIMENSIONS.set(w, dim);
  DIMENSIONS.set(dim, dim);
}

const INTO = new Set(['in', 'into', 'to', 'at', 'from']);

/** The first token of the entity at token i (after "the"). */
function entityStart(s: Sentence, i: number): number {
  const e = s.entityAt.get(i);
  let k = i;
  while (k > 0 && s.entityAt.get(k - 1) === e) k--;
  return s.tokens[k - 1]?.lower === 'the' ? k - 1 : k;
}

/** Up to four content words after a figure, in its clause: what it says of what it counts. */
export function predicateWords(s: Sentence, q: Quantity, clause: Range, most = 4): Set<string> {
  const out = new Set<string>();
  // Up to the next figure: "FIVE people are dead and nearly 50 injured" says the five are dead.
  // Not a figure that only says where they came from: "812 people from four villages have been
  // moved out" says the 812 were moved, so the words run on past "from four villages".
  let next = s.quantities.find((o) => o.start >= q.end);
  const origin = next && originAfter(s, q, next) ? next : undefined;
  if (origin) next = s.quantities.find((o) => o.start >= origin.end);
  const end = attributionStart(s, q, next && next.start < clause.end ? next.start : clause.end);
  // "NINE aid workers snatched by gun-toting rebels are finally free": the participle, then
  // what the sentence says of them, past the agent.
  const verb = mainVerbAfterAgent(s, q, end);
  if (verb > 0) out.add(s.tokens[firstAfter(s, q)].norm);
  for (let i = verb > 0 ? verb + 1 : 0; i < s.tokens.length && out.size < most; i++) {
    const t = s.tokens[i];
    if (t.start < q.end || t.end > end || (origin && t.start < origin.end)) continue;
    // When it befell them is not what: "94 guests had reported symptoms after the reception"
    // and "About 200 guests attended the reception" say nothing alike of their guests.
    if (out.size > 0 && WHEN_AFTER.has(t.lower)) break;
    // Names are where or who, not what happened; but the kind of institution a name ends in,
    // after "in", "to", "at", is what happened to them ("remained in Dunmore General Hospital"
    // is a stay in hospital; "the Valley Health Board said" is only who said it). Nor is a noun
    // for people: "14 skiers who had paid a firm to guide them" and "the five people who died,
    // among them a guide" say nothing alike of their people.
    const e = s.entityAt.get(i);
    if (e !== undefined) {
      if (s.entityAt.get(i + 1) !== e && ORG_SUFFIXES.has(t.lower) && INTO.has(s.tokens[entityStart(s, i) - 1]?.lower ?? '')) out.add(t.norm);
    } else if (!t.stop && !t.isNumber && !t.cap && !PERSON_NOUNS.has(t.lower)) out.add(afterFrom(s, i) ? `from ${t.norm}` : t.norm);
  }
  return out;
}

/** Words that open when something befell people, not what befell them. */
const WHEN_AFTER = new Set(['after', 'before', 'since', 'during', 'following', 'until']);

/** Most words a trailing attribution (", rescuers said", ", police told reporters") takes. */
const ATTRIBUTION_REACH = 5;

/**
 * Where a trailing attribution after a figure begins, or `end`: in "Four people were pulled out
 * alive, rescuers said" the rescuers are who told it, not what befell the four.
 */
function attributionStart(s: Sentence, q: Quantity, end: number): number {
  const comma = s.text.lastIndexOf(',', end - s.range.start - 1) + s.range.start;
  if (comma < q.end) return end;
  const tail = s.tokens.filter((t) => t.start > comma && t.end <= end);
  return tail.length <= ATTRIBUTION_REACH && tail.some((t) => REPORTING.has(t.lower)) ? comma : end;
}

/** Words that may stand between a preposition and its noun: "from the snow", "from their homes". */
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'your', 'my']);

/**
 * Whether the word at `i` is what "from" leads out of: "pulled from the snow alive" tells of
 * leaving the snow, not of lying under it ("buried by the snow"), and "evacuated from their
 * homes" is not "remain in their homes". Such a noun is kept with "from" as what befell people.
 */
function afterFrom(s: Sentence, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && NOUN_OPENERS.has(s.tokens[k].lower)) k--;
  return s.tokens[k]?.lower === 'from';
}

/** Words that open where a count of people came from: "812 people from four villages". */
const ORIGIN_PREPOSITIONS = new Set(['from', 'across']);

/** Whether `other` follows `q` at once as where its people came from ("from four villages"). */
function originAfter(s: Sentence, q: Quantity, other: Quantity): boolean {
  const p = firstAfter(s, q);
  return p >= 0 && ORIGIN_PREPOSITIONS.has(s.tokens[p].lower) && s.tokens[p + 1]?.start === other.start;
}

/** Finite forms of "be" and "have" that carry a sentence's main verb. */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Most words an agent phrase ("by gun-toting mountain rebels") may take. */
const AGENT_REACH = 6;

function firstAfter(s: Sentence, q: Quantity): number {
  return s.tokens.findIndex((t) => t.start >= q.end);
}

/**
 * Where the main verb stands when a count is followed by a participle and its agent ("NINE aid
 * workers snatched by gun-toting rebels are finally free"): the finite auxiliary after the
 * agent; -1 when the figure is not followed so.
 */
function mainVerbAfterAgent(s: Sentence, q: Quantity, end: number): number {
  const p = firstAfter(s, q);
  if (p < 0 || !/ed$|en$/.test(s.tokens[p].lower) || s.tokens[p + 1]?.lower !== 'by') return -1;
  for (let k = p + 3; k <= p + 2 + AGENT_REACH && k < s.tokens.length && s.tokens[k].end <= end; k++) {
    if (FINITE_AUXILIARIES.has(s.tokens[k].lower)) return k;
  }
  return -1;
}

/** Words that make a count of people a turnout: how many came to watch, attend, march, fill a ground. */
const ATTENDING = new Set(['crowd', 'audience', 'attendance', 'congregation', 'gathering', 'spectator', 'fan', 'supporter', 'attend', 'watch', 'pack', 'gather', 'march', 'rally', 'ticket', 'pour', 'flock', 'throng'].map(normalizeWord));
/** "took part": the one sense of "part" that says people came. */
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/**
 * Two turnouts of one event: "A crowd of 61,412 watched" / "Around 58,900 fans were inside
 * the ground" / "More than 60,000 people packed into the stadium". Each outlet words how many
 * came its own way, so the casualty rule (the same thing happened to both) cannot see they are
 * one measure. Thousands only: "two fans were arrested" / "five fans were hurt" are two groups.
 */
export function sameTurnout(sa: Sentence, qa: Quantity, ca: Range, sb: Sentence, qb: Quantity, cb: Range): boolean {
  return isTurnout(sa, qa, ca) && isTurnout(sb, qb, cb);
}

export function isTurnout(s: Sentence, q: Quantity, clause: Range): boolean {
  if (q.unit !== 'count' || q.counted[0] !== PEOPLE || q.nominal < LARGE_COUNT || q.part || q.per) return false;
  return s.tokens.some((t, i) => t.start >= clause.start && t.end <= clause.end && (ATTENDING.has(t.norm) || (t.lower === 'part' && TAKE.has(s.tokens[i - 1]?.lower ?? ''))));
}

/**
 * Two counts of people to whom the same thing happened ("41 passengers injured" / "Thirty-six
 * people were injured", "23 people were taken to hospital" / "31 people were treated in
 * hospital"): a story's casualty figures, one measure though the sentences share little else.
 * The same outcome is a word of what the figure's clause says of them in common, other than a
 * reporting verb. (That they are the same people, every pair of counts is asked: samePeople.)
 */
export function sameCasualtyMeasure(sa: Sentence, qa: Quantity, ca: Range, sb: Sentence, qb: Quantity, cb: Range): boolean {
  if (qa.unit !== 'count' || qb.unit !== 'count' || !qa.counted.includes(PEOPLE) || !qb.counted.includes(PEOPLE)) return false;
  const fb = fatesOf(sb, qb, cb);
  for (const w of fatesOf(sa, qa, ca)) if (fb.has(w) && !REPORTING.has(w)) return true;
  return false;
}

/**
 * What a count of people says happened to them: the words after the figure, and what the figure
 * itself counts besides people ("the number of people killed rose to five": killed; "four are
 * missing": missing, which the count is of, people being whom it befell).
 */
export function fatesOf(s: Sentence, q: Quantity, clause: Range): Set<string> {
  // "a rider touched a wheel near the front": "a" counts one person only by what befalls them
  // at once ("a man was killed"); words further on are the scene ("three riders who fell ...
  // show the front of the bunch").
  const out = predicateWords(s, q, clause, q.nominal === 1 && /^an? /i.test(q.surface) ? 2 : 4);
  // What a noun before "of" makes of them: "an exchange of 800 prisoners", "the evacuation of
  // about 340 residents" (not a mere amount: "a total of 12 people").
  const head = ofHead(s, q);
  if (head !== undefined) out.add(head);
  // What was done to them, when the figure is the verb's object: "airlifted nine passengers to
  // hospital" / "A dozen passengers have already been airlifted".
  const verb = verbBefore(s, q);
  if (verb !== undefined) out.add(verb);
  if (q.counted[0] !== PEOPLE) out.add(q.counted[0]);
  else for (const w of q.counted.slice(1)) out.add(w);
  return out;
}

/** Words before a past form that make it a modifier: "an estimated 40 people", "the reported 12". */
const MODIFIER_OPENERS = new Set(['a', 'an', 'the', 'some']);

/**
 * The past-tense verb right before a figure, whose object the figure is ("airlifted nine
 * passengers", "rescued 40 people"), as a comparison key. Not a past form that modifies the
 * figure ("an estimated 40 people").
 */
function verbBefore(s: Sentence, q: Quantity): string | undefined {
  const { first } = spanTokens(s, q);
  const t = s.tokens[first - 1];
  if (!t || t.stop || t.cap || t.isNumber || s.entityAt.has(first - 1) || !adjacentTokens(s, t, s.tokens[first])) return undefined;
  if (MODIFIER_OPENERS.has(s.tokens[first - 2]?.lower ?? '') || REPORTING.has(t.lower)) return undefined;
  return isPastForm(t.lower) ? t.norm : undefined;
}

/**
 * The noun a figure is "of", as a comparison key: "an exchange of 800 prisoners", "a first prize
 * of €25,000". Not a word that gives only an amount ("a total of 12 people": AMOUNT_HEADS).
 */
export function ofHead(s: Sentence, q: Quantity): string | undefined {
  const { first } = spanTokens(s, q);
  const h = s.tokens[first - 2];
  if (s.tokens[first - 1]?.lower !== 'of' || !h || h.stop || h.cap || h.isNumber || AMOUNT_HEADS.has(h.lower)) return undefined;
  return h.norm;
}

/**
 * A part told by what was done to it, with the whole it is part of: "forced 112 of the vault's
 * 1,100 boxes", "29 of the park's 41 homes were destroyed". It counts the things that deed
 * befell ("112 boxes were forced") as surely as a plain count, so it answers one told by that
 * deed. Returns what the whole counts and the deed, or undefined.
 */
export function partDone(s: Sentence, q: Quantity): { counted: string; deed: string } | undefined {
  if (!q.part || q.unit !== 'count') return undefined;
  const { last } = spanTokens(s, q);
  // The whole is the next figure, within "of the vault's": at most three words on.
  const whole = s.quantities.find((o) => o !== q && !o.part && o.start > q.end && o.counted[0] !== undefined && spanTokens(s, o).first - last <= 4);
  if (!whole || whole.counted[0] === PEOPLE) return undefined;
  const deed = deedBefore(s, q) ?? participleAfter(s, whole);
  return deed === undefined ? undefined : { counted: whole.counted[0], deed };
}

/** The past-form verb right before a figure, what was done to the things it counts: "issued 498 ballot papers". */
export function deedBefore(s: Sentence, q: Quantity): string | undefined {
  const t = s.tokens[spanTokens(s, q).first - 1];
  return t && !t.stop && isPastForm(t.lower) && !REPORTING.has(t.lower) ? t.norm : undefined;
}

/**
 * A stretch told as time in a role: "spent nine years as treasurer", "her six years as
 * manager". It is not a stretch of anything else the story counts ("jailed for five years").
 */
export function inRole(s: Sentence, q: Quantity): boolean {
  if (q.unit !== 'duration') return false;
  const t = s.tokens;
  const { last } = spanTokens(s, q);
  if (t[last + 1]?.lower !== 'as' || !adjacentTokens(s, t[last], t[last + 1])) return false;
  let k = last + 2;
  while (k < t.length && ROLE_DETERMINERS.has(t[k].lower)) k++;
  return t[k] !== undefined && !t[k].isNumber && !NOT_A_ROLE.has(t[k].lower) && (k > last + 2 || !t[k].stop);
}
const ROLE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our']);
/** Words after "as" that open no role: "as well", "as long as", "as part of". */
const NOT_A_ROLE = new Set(['well', 'long', 'much', 'many', 'soon', 'far', 'part', 'of', 'if', 'though']);

/**
 * The named place a measure was read at, in its clause: "gusts of up to 70 km/h were recorded at
 * Brennval", "Data from the Vessan Col weather station show gusts reached 85 km/h". Not counts,
 * which a place may hold only some of.
 */
export function readingPlace(s: Sentence, q: Quantity, clause: Range, kindOf: (id: string) => string | undefined): string | undefined {
  if (q.unit !== 'count' || !MEASURE_UNIT_KEYS.has(q.counted[0] ?? '')) return undefined;
  const t = s.tokens;
  for (let k = 0; k + 1 < t.length; k++) {
    if (t[k].start < clause.start || t[k].end > clause.end || !LOCATIVES.has(t[k].lower)) continue;
    const j = t[k + 1].lower === 'the' ? k + 2 : k + 1;
    const e = s.entityAt.get(j);
    // (A place the resolver could not type is still named where the reading was: "Vessan Col".)
    if (e !== undefined && kindOf(e) !== 'person' && kindOf(e) !== 'organisation') return e;
  }
  return undefined;
}
const LOCATIVES = new Set(['at', 'in', 'from', 'near']);

/** The participle after a figure past an auxiliary ("41 homes were destroyed"): what befell the things counted. */
export function participleAfter(s: Sentence, q: Quantity): string | undefined {
  const after = spanTokens(s, q).last + 1;
  let k = after;
  while (k < s.tokens.length && PASSIVE_AUXILIARIES.has(s.tokens[k].lower)) k++;
  const t = s.tokens[k];
  return t && k > after && !t.stop && !t.cap && isPastForm(t.lower) && !REPORTING.has(t.lower) ? t.norm : undefined;
}

const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/**
 * What befell the people a figure counts, told right after it as a comparison key: a participle
 * past an auxiliary ("Two people were killed"), a past verb ("Three people died"), or being
 * aboard ("Five people were on board"). Undefined when the figure goes on otherwise.
 */
export function fateAfter(s: Sentence, q: Quantity): string | undefined {
  const participle = participleAfter(s, q);
  if (participle !== undefined) return participle;
  const after = spanTokens(s, q).last + 1;
  const known = knownToHave(s, after);
  if (known !== undefined) return known;
  const t = s.tokens[after];
  if (t && !t.stop && !t.cap && (isPastForm(t.lower) || SHORT_PAST_FORMS.has(t.lower)) && !REPORTING.has(t.lower) && adjacentTokens(s, s.tokens[after - 1], t)) return t.norm;
  let k = after;
  while (k < s.tokens.length && PASSIVE_AUXILIARIES.has(s.tokens[k].lower)) k++;
  const aboard = s.tokens[k]?.lower === 'aboard' || (s.tokens[k]?.lower === 'on' && s.tokens[k + 1]?.lower === 'board');
  return k > after && aboard ? ABOARD : undefined;
}

const ABOARD = normalizeWord('aboard');

/**
 * The fate a raising verb reports: "Three people are now known to have died", "were believed to
 * have drowned". The verb of knowing is the account; the participle after "to have" is the fate.
 */
function knownToHave(s: Sentence, after: number): string | undefined {
  let k = after;
  while (k < s.tokens.length && (PASSIVE_AUXILIARIES.has(s.tokens[k].lower) || s.tokens[k].lower === 'now')) k++;
  if (k === after || !RAISING_VERBS.has(s.tokens[k]?.lower ?? '') || s.tokens[k + 1]?.lower !== 'to' || s.tokens[k + 2]?.lower !== 'have') return undefined;
  const t = s.tokens[k + 3];
  return t && !t.stop && !t.cap && (isPastForm(t.lower) || SHORT_PAST_FORMS.has(t.lower)) ? t.norm : undefined;
}

/**
 * The noun a sum is set at, as a comparison key: "upped its reward to a whopping £500,000", "put
 * the loss at about £9.5 million". The noun has its own determiner ("its reward", "the loss"),
 * so "rose to £5m" or "worth up to £5m" set nothing.
 */
export function setAtHead(s: Sentence, q: Quantity): string | undefined {
  if (!q.unit.startsWith('money:')) return undefined;
  let k = spanTokens(s, q).first - 1;
  while (k >= 0 && (SET_AT_FILLERS.has(s.tokens[k].lower))) k--;
  const h = s.tokens[k - 1];
  if (!SET_AT.has(s.tokens[k]?.lower ?? '') || !h || h.stop || h.cap || h.isNumber || AMOUNT_HEADS.has(h.lower)) return undefined;
  return NOUN_DETERMINERS.has(s.tokens[k - 2]?.lower ?? '') ? h.norm : undefined;
}

const SET_AT = new Set(['to', 'at']);
/** Words between "to" or "at" and the sum: "to a whopping £500,000", "at an estimated £2m". */
const SET_AT_FILLERS = new Set(['a', 'an', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'whopping', 'estimated', 'staggering', 'massive', 'mere']);
const NOUN_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that']);

/**
 * Two counts of people may count the same people: "people" goes with any noun for people, two
 * specific nouns must agree ("12 firefighters" and "36 residents" are two groups). True for
 * anything that is not a count of people.
 */
export function samePeople(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  if (qa.counted[0] !== PEOPLE || qb.counted[0] !== PEOPLE) return true;
  const na = personNoun(sa, qa);
  const nb = personNoun(sb, qb);
  if (na === nb || na === ANYONE || nb === ANYONE) return true;
  // "Men" and "women" say only who the counted are, not what they do: "Eleven miners were
  // trapped" / "The TWELVE men were entombed" count one crew. Two such words ("three women" /
  // "two men") are two groups, and so are a list's ("two men and a woman").
  return onlyMenOrWomen(sa, qa) !== onlyMenOrWomen(sb, qb);
}

/**
 * The stage of the finding or report a figure or a time limit is said of, from the nearest stage
 * word before it: an "interim report within 30 days" is not the "final report within 12 months",
 * nor "its findings within three months" after "interim findings ... within six weeks". Partial
 * when an interim, preliminary or initial one; final when final, full or complete; undefined
 * when unsaid.
 */
export function reportStage(s: Sentence, before: number): 'partial' | 'final' | undefined {
  for (let k = before - 1; k >= 0 && k >= before - STAGE_REACH; k--) {
    const w = s.tokens[k].lower;
    // (Of a finding only: "the initial toll of 12" is a figure revised, not a stage.)
    if (!STAGE_HEADS.has(s.tokens[k + 1]?.lower ?? '')) continue;
    if (PARTIAL_STAGE.has(w)) return 'partial';
    if (FINAL_STAGE.has(w)) return 'final';
  }
  return undefined;
}
const STAGE_HEADS = new Set(['report', 'reports', 'findings', 'statement', 'results', 'review', 'assessment', 'conclusions', 'verdict', 'ruling', 'analysis', 'audit']);
/**
 * Tokens before a figure or limit its stage word may stand, past an aside: "the preliminary
 * report, which the bureau had originally promised within 30 days, would now be published by".
 */
const STAGE_REACH = 20;
const PARTIAL_STAGE = new Set(['interim', 'preliminary', 'initial', 'provisional']);
const FINAL_STAGE = new Set(['final', 'full', 'complete', 'definitive']);

/**
 * What a vehicle or place can hold, not how many it held: "is certified for 820 passengers",
 * "a capacity of 27,000", "licensed for up to 60 guests".
 */
export function isCapacity(s: Sentence, q: Quantity): boolean {
  const { first } = spanTokens(s, q);
  for (let k = first - 1; k >= 0 && k >= first - CAPACITY_REACH; k--) {
    const w = s.tokens[k].lower;
    if (CAPACITY_WORDS.has(w)) return true;
    if (!s.tokens[k].stop && !APPROX_BEFORE.has(w)) return false;
  }
  return false;
}
const CAPACITY_REACH = 4;
const CAPACITY_WORDS = new Set(['capacity', 'certified', 'licensed', 'rated', 'designed', 'permitted']);
const APPROX_BEFORE = new Set(['up', 'to', 'maximum', 'max']);

/** Most words between a count and the part of it named after it ("..., five of them crew"). */
const PARTS_REACH = 12;

/**
 * The rest of a count of people once a part named after it is taken away: "Fourteen people were
 * airlifted ..., five of them crew" leaves nine who were not crew. Undefined without such a part.
 */
function restAfterPart(s: Sentence, q: Quantity): { rest: number; part: string } | undefined {
  const { last } = spanTokens(s, q);
  const t = s.tokens;
  for (let k = last + 1; k + 3 < t.length && k <= last + PARTS_REACH; k++) {
    if (t[k + 1].lower !== 'of' || !/^(?:them|whom)$/.test(t[k + 2].lower) || t[k + 3].stop) continue;
    const part = t[k].isNumber ? Number(t[k].text.replace(/,/g, '')) : wordNumber(t[k].lower);
    if (part !== null && part !== undefined && Number.isFinite(part) && part < q.nominal) return { rest: q.nominal - part, part: t[k + 3].norm };
  }
  return undefined;
}

/**
 * A count of people that is exactly the rest of the other's once its named part is taken away:
 * "nine passengers" airlifted / "Fourteen people were airlifted ..., five of them crew".
 */
export function restOfTold(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  const check = (s: Sentence, q: Quantity, other: Sentence, o: Quantity): boolean => {
    const r = q.counted[0] === PEOPLE && o.counted[0] === PEOPLE ? restAfterPart(s, q) : undefined;
    return r !== undefined && r.rest === o.nominal && o.min === o.max && personNoun(other, o) !== r.part;
  };
  return check(sa, qa, sb, qb) || check(sb, qb, sa, qa);
}

function onlyMenOrWomen(s: Sentence, q: Quantity): boolean {
  const { first, last } = spanTokens(s, q);
  const plural = s.tokens[last].lower;
  return (plural === 'men' || plural === 'women') && !s.tokens.slice(first, last).some((t) => t.lower === 'and' || t.lower === 'or' || t.lower === ',');
}

/**
 * The noun a count of people ends with, singular ("passenger" in "41 passengers"), or "person"
 * when it has none: its comparison key ("babies" and "infants" share one), except where that key
 * is people's own, under which the lexicon files residents and passengers alike.
 */
function personNoun(s: Sentence, q: Quantity): string {
  const { last } = spanTokens(s, q);
  const t = s.tokens[last];
  if (!t || !PERSON_NOUNS.has(t.lower)) return ANYONE;
  // Synonyms keep their shared key ("babies" / "infants"); words filed under people do not.
  return t.norm !== PEOPLE ? t.norm : IRREGULAR_PLURALS[t.lower] ?? stemmer(t.lower);
}

/** "People", or a count with no noun for people: goes with any more specific noun. */
const ANYONE = 'person';
const IRREGULAR_PLURALS: Record<string, string> = { people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child' };

/** Content words a sum's valuation may stand in, just before it: "worth about", "valued at", "paid". */
const VALUATION_REACH = 4;

/**
 * Two sums of money that name nothing they pay for ("worth about 12 million crowns, according
 * to" / "worth a whopping 40 million crowns") are one measure when the same word leads into both
 * within a few tokens: what a sum is (a value, a price, a fine) is said before it when nothing
 * follows it. Sums that name what they buy are compared by that (sameMeasure).
 */
export function sameUncountedSum(sa: Sentence, qa: Quantity, sb: Sentence, qb: Quantity): boolean {
  if (!qa.unit.startsWith('money') || qa.unit !== qb.unit || qa.counted.length > 0 || qb.counted.length > 0) return false;
  const lb = leadWords(sb, qb);
  return [...leadWords(sa, qa)].some((w) => lb.has(w));
}

function leadWords(s: Sentence, q: Quantity): Set<string> {
  const { first } = spanTokens(s, q);
  const out = new Set<string>();
  for (let i = Math.max(0, first - VALUATION_REACH); i < first; i++) {
    const t = s.tokens[i];
    if (!t.stop && !t.isNumber && !t.cap) out.add(t.norm);
  }
  return out;
}
