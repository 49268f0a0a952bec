/**
 * Place conflicts: one event put at two different places ("meet the minister in Lisbon" / "the
 * summit in Oslo"), or one kind of site at two ("will close the Stenvik plant" / "the Arnholt
 * factory will be shut"). Narrow: neither side may name the other's place, speculate about
 * places or deny the event, and it must be the same event (the same people at it, or a rare
 * event word and something else shared).
 */
import { explanation } from './explain.ts';
import { PLACE_PARTS } from './lexicon.ts';
import { adjacentTokens, type Sentence } from './model.ts';
import { entityFeature, perSentence, wordFeature } from './memo.ts';
import type { Range } from './sentences.ts';
import { normalizeWord, type Token } from './tokens.ts';
import { clauseContaining, clauseFeatures, featuresOf, negatedAt, tokensIn, withinRange, type Conflict, type ConflictContext } from './conflict-helpers.ts';

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
  /** The place's name as written, lower-cased ("orlava airport"). */
  placeWords: string;
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
export const locatedEvents = perSentence(findLocatedEvents);

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
    if (codeName(toks, first, k)) continue;
    const clause = clauseOf(i);
    const inClause = (j: number): boolean => toks[j].start >= clause.start && toks[j].end <= clause.end;
    const near: number[] = [];
    // "an end to the country's war": a possessive names an owner, not where something happens.
    if (toks[k].possessive) continue;
    // "the largest libel award in Tervania": the field a superlative ranks in, not where.
    if (toks[i].lower === 'in' && rankedIn(toks, i, inClause)) continue;
    // "sending troops to X" is a destination; only "to X ... to <event>" puts an event there.
    if (toks[i].lower !== 'to') for (let j = i - 1; j >= Math.max(0, i - 4) && inClause(j); j--) near.push(j);
    // The words after the place stop where another place is put ("the fault originated at
    // Morvaan, not at the Lutavo switching station": "switching" is Lutavo's).
    for (let j = k + 1; j < Math.min(toks.length, k + 7) && inClause(j) && !opensPlace(s, j); j++) near.push(j);
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
      out.push({ event: t.norm, at: j, place: placeId, start: from, end: to, participants, placeWords: wordsOf(toks, first, k) });
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
    out.push({ event: t.norm, at: k + 1, place: placeId, start: toks[i].start, end: t.end, participants: new Set(), site: true, placeWords: wordsOf(toks, i, k) });
  }
  return out;
}

/** "at X", "in the X": a preposition that puts something at another name. */
function opensPlace(s: Sentence, i: number): boolean {
  if (!AT_PLACE.has(s.tokens[i].lower)) return false;
  const next = s.tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  return s.entityAt.has(next);
}

const SUPERLATIVES = new Set(['largest', 'biggest', 'highest', 'lowest', 'worst', 'best', 'greatest', 'deadliest', 'longest', 'shortest', 'oldest', 'youngest', 'smallest', 'strongest', 'heaviest', 'fastest', 'richest', 'first', 'only', 'most', 'least']);

/** A superlative within four words before "in": "the largest libel award in X", "the first time in X". */
function rankedIn(toks: Token[], i: number, inClause: (j: number) => boolean): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4 && inClause(j); j--) if (SUPERLATIVES.has(toks[j].lower)) return true;
  return false;
}

/**
 * A name with a figure in it ("FL370", "AU417") is a code: a flight level, a flight, a model,
 * not a place an event happens at, whatever the preposition before it.
 */
export function codeName(toks: Token[], first: number, last: number): boolean {
  for (let m = first; m <= last; m++) if (/\d/.test(toks[m].text)) return true;
  return false;
}

function wordsOf(toks: Token[], first: number, last: number): string {
  return toks.slice(first, last + 1).map((t) => t.lower).join(' ');
}

/** One name is the other or a run of its words ("orlava" in "orlava airport"). */
export function nestedName(a: string, b: string): boolean {
  return ` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `);
}

/** Buildings and sites, which stand in one place (comparison keys: "plant" is "factory"'s). */
export const SITES = new Set(['factory', 'mill', 'mine', 'warehouse', 'depot', 'refinery', 'smelter', 'site', 'office', 'headquarters', 'branch', 'store', 'shop', 'hospital', 'clinic', 'school', 'prison', 'court', 'station', 'airport', 'port', 'base', 'camp', 'stadium', 'hall', 'hotel', 'terminal', 'yard', 'shipyard', 'dairy', 'bakery', 'brewery'].map(normalizeWord));

/** The clauses around two located events share a word besides the event's own. */
function sameHappening(sa: Sentence, x: Located, sb: Sentence, y: Located): boolean {
  const fb = clauseFeatures(sb, clauseContaining(sb, y));
  const own = wordFeature(x.event);
  for (const f of clauseFeatures(sa, clauseContaining(sa, x))) if (f !== own && f.startsWith('W:') && fb.has(f)) return true;
  return false;
}

/** The clauses put one kind of thing (a plant, a meeting) at two different places. */
export function twoSites(sa: Sentence, ra: Range, sb: Sentence, rb: Range, ctx: ConflictContext): boolean {
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
export function slotPlaceConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
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
      // "land at Orlava" / "landing at Orlava Airport": a site named after its place is there.
      if (nestedName(x.placeWords, y.placeWords)) continue;
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

/** A sentence that only speculates about places ("unclear where", "possible venues"). */
export function hedgedSentence(s: Sentence): boolean {
  return s.tokens.some((t) => t.lower === 'unclear' || t.lower === 'possible' || t.lower === 'potential' || t.lower === 'whether');
}
