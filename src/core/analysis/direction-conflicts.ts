/**
 * Direction conflicts: one event put on opposite sides of the same place ("about four kilometres
 * south of Kessock" / "just outside Hollinford, north of Kessock"), or of the thing it happened
 * to ("a fissure on the volcano's south-western flank" / "a crack on its northern slope"). Reports that name different
 * villages may both be right; north and south of one town cannot both be. Narrow: the same place
 * entity after "of" on both sides, opposite compass points, neither side hedged or negated, and
 * the two clauses must share a name or a rare word besides the place (the same event).
 */
import { explanation } from './explain.ts';
import { perSentence, entityFeature, wordFeature } from './memo.ts';
import type { Sentence } from './model.ts';
import { clauseAt, clauseFeatures, doubtedIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';

interface Bearing {
  /** Token of the compass word. */
  at: number;
  /** North-south and east-west signs: "south-west" is (-1, -1). */
  ns: number;
  ew: number;
  place: string;
  /** The place a side is of ("the north coast of Calvessa"), when given: its entity id or its word's feature. */
  whole?: string;
  /** Offsets of "south of Kessock". */
  start: number;
  end: number;
}

/** Sides of one thing, by kind: a mountain's flank or slope, a building's wing, a river's bank. */
const SIDE_PARTS = new Map<string, string>([
  ...['flank', 'slope', 'slopes', 'face', 'side'].map((w) => [w, 'flank'] as const),
  ...['wing', 'wings'].map((w) => [w, 'wing'] as const),
  ...['bank', 'banks', 'shore', 'shores'].map((w) => [w, 'bank'] as const),
  ...['coast', 'coasts', 'coastline'].map((w) => [w, 'coast'] as const),
  ...['stand', 'terrace', 'entrance', 'gate'].map((w) => [w, w] as const),
]);

const POINT = /^(north|south)?-?(east|west)?(?:ern)?$/;

/** "south", "north-east", "southwest", "northern": the signs of a compass word, or null. */
function compass(lower: string): { ns: number; ew: number } | null {
  const m = POINT.exec(lower);
  if (!m || (!m[1] && !m[2])) return null;
  return { ns: m[1] === 'north' ? 1 : m[1] === 'south' ? -1 : 0, ew: m[2] === 'east' ? 1 : m[2] === 'west' ? -1 : 0 };
}

/** "<compass> of <place>", "the <compass> side of <place>". */
const bearingsOf = perSentence((s: Sentence, kindOf: (id: string) => string | undefined): Bearing[] => {
  const out: Bearing[] = [];
  const toks = s.tokens;
  // (To the sentence's last two words: "off the island's south coast.")
  for (let i = 0; i + 1 < toks.length; i++) {
    const c = compass(toks[i].lower);
    if (!c) continue;
    const of = toks[i + 1].lower === 'side' ? i + 2 : i + 1;
    // "on its northern slope", "the volcano's south-western flank", "in the east wing": a side
    // of the thing the story is about, whose name the sentence need not repeat.
    const part = SIDE_PARTS.get(toks[i + 1].lower);
    if (part !== undefined && !toks[i].cap && toks[i + 2]?.lower !== 'of') {
      out.push({ at: i, ...c, place: 'side:' + part, start: toks[i].start, end: toks[i + 1].end });
      continue;
    }
    // "off the north coast of Calvessa": a side of a named place, which the other report may
    // leave unnamed ("off the island's south coast").
    if (part === 'coast' && !toks[i].cap && toks[i + 3] !== undefined) {
      // The place by its name, or by its word when the library knows no such name.
      const named = s.entityAt.get(i + 3);
      if (named !== undefined && (kindOf(named) === 'person' || kindOf(named) === 'organisation')) continue;
      const whole = named ?? wordFeature(toks[i + 3].norm);
      let last = i + 3;
      while (named !== undefined && s.entityAt.get(last + 1) === named) last++;
      out.push({ at: i, ...c, place: 'side:' + part, whole, start: toks[i].start, end: toks[last].end });
      continue;
    }
    if (toks[of]?.lower !== 'of') continue;
    // A compass point of a name says it is a place, whatever else the library took it for.
    const place = s.entityAt.get(of + 1);
    if (place === undefined || kindOf(place) === 'person' || kindOf(place) === 'organisation') continue;
    let last = of + 1;
    while (s.entityAt.get(last + 1) === place) last++;
    out.push({ at: i, ...c, place, start: toks[i].start, end: toks[last].end });
  }
  return out;
});

const opposite = (x: Bearing, y: Bearing): boolean => x.ns * y.ns < 0 || x.ew * y.ew < 0;

export function directionConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const ba = bearingsOf(sa, ctx.entityKind);
  if (ba.length === 0) return null;
  const bb = bearingsOf(sb, ctx.entityKind);
  if (bb.length === 0) return null;
  for (const x of ba) {
    for (const y of bb) {
      if (x.place !== y.place || (x.whole !== undefined && y.whole !== undefined && x.whole !== y.whole) || !opposite(x, y)) continue;
      const ra = clauseAt(sa, sa.tokens[x.at]);
      const rb = clauseAt(sb, sb.tokens[y.at]);
      if (doubtedIn(sa, ra) || doubtedIn(sb, rb)) continue;
      // The same event: its clauses share a name or a rare word besides the place.
      const fb = clauseFeatures(sb, rb);
      const own = x.place.startsWith('side:') ? '' : entityFeature(x.place);
      const whole = x.whole ?? y.whole;
      const wholeFeature = whole === undefined ? '' : whole.startsWith('W:') ? whole : entityFeature(whole);
      const shared = [...clauseFeatures(sa, ra)].filter((f) => f !== own && f !== wholeFeature && fb.has(f) && (f.startsWith('E:') || ctx.weights.relative(f) >= 0.5));
      // A coast holds many happenings ("issued a storm warning for the north coast" / "lost all
      // power off the island's south coast"): two shared words make them one.
      if (shared.length < (x.place === 'side:coast' ? 2 : 1)) continue;
      const ta = ctx.docs[da].article.text;
      const tb = ctx.docs[db].article.text;
      return { detail: explanation('place', ta.slice(x.start, x.end), tb.slice(y.start, y.end)), a: ra, b: rb, strength: 0.6 };
    }
  }
  return null;
}
