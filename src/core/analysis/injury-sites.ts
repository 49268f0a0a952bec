/**
 * Injury-site conflicts: two reports put one person's wound or injury on different parts of the
 * body ("shot in the leg" / "shot in the stomach", "a hamstring injury" / "a tear in his right
 * knee", "broken his collarbone" / "smashing his wrist"), or on opposite sides ("his left knee" /
 * "his right knee"). A part and a part of it are one site told more or less exactly ("shot in the
 * leg" / "shot in the left thigh"). Narrow: the same person on both sides, named in the sentence
 * or, for "he" or "his", the one person the sentence before names; a word of injury near the part;
 * nothing negated or hedged; and no site on one side that fits one on the other.
 */
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import { HEDGES, REPORT_NOUN, REPORTING } from './lexicon.ts';
import { perSentence } from './memo.ts';
import { adjacentTokens, type Doc, type Sentence } from './model.ts';
import { clauseAt, negatedAt, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';

export interface InjurySite {
  /** The part's name in the body tree ("thigh"). */
  part: string;
  /** -1 left, 1 right, 0 unsaid. */
  side: number;
  /** Token index of the part's word. */
  at: number;
}

/**
 * The body as a tree, each line a part and the parts within it: a site within another is the
 * same site told more exactly. Synonyms map to one name ("belly", "abdomen" -> "stomach").
 */
const BODY_TREE = `
leg: thigh hip knee shin calf ankle foot heel toe achilles groin
thigh: hamstring quadriceps quad
foot: heel toe
arm: shoulder elbow forearm wrist hand finger thumb bicep
hand: finger thumb
shoulder: collarbone clavicle
torso: chest rib ribs stomach abdomen belly back spine pelvis
chest: rib ribs
head: face skull jaw eye nose cheek forehead
`;
/** Words that name one part: "belly" is "stomach", "ribs" is "rib". */
const SAME_PART: Record<string, string> = { belly: 'stomach', abdomen: 'stomach', ribs: 'rib', clavicle: 'collarbone', quad: 'quadriceps', legs: 'leg', arms: 'arm', hands: 'hand', feet: 'foot', knees: 'knee', ankles: 'ankle', wrists: 'wrist', shoulders: 'shoulder', fingers: 'finger' };

/** Each part's enclosing part. */
const PARENT = new Map<string, string>();
for (const line of BODY_TREE.trim().split('\n')) {
  const [whole, parts] = line.split(':');
  for (const p of parts.trim().split(/\s+/)) if (!PARENT.has(p)) PARENT.set(p, whole.trim());
}
const PARTS = new Set([...PARENT.keys(), ...PARENT.values()]);

function partOf(lower: string): string | undefined {
  const p = SAME_PART[lower] ?? lower;
  return PARTS.has(p) ? p : undefined;
}

function ancestors(part: string): string[] {
  const out = [part];
  for (let p = PARENT.get(part); p !== undefined; p = PARENT.get(p)) out.push(p);
  return out;
}

/** One part lies within the other, or they are one. */
function related(x: string, y: string): boolean {
  return ancestors(x).includes(y) || ancestors(y).includes(x);
}

/** Words of injury before a part: "shot in the leg", "broken his collarbone", "a strain to the back of his left thigh". */
const INJURY_BEFORE = /^(?:shot|stabbed|wounded|injur\w*|hurt|broke|broken|fractur\w*|tear|tore|torn|strain\w*|sprain\w*|smash\w*|bruis\w*|gash\w*|dislocat\w*|ruptur\w*|twist\w*|damag\w*|hit|struck|burn\w*|cut)$/;
/** Words of injury right after a part: "a hamstring injury", "a knee problem". */
const INJURY_AFTER = /^(?:injury|injuries|injured|fracture|fractures|tear|strain|sprain|wound|wounds|problem|trouble|knock)$/;
/** Words before a part (at most one word between) that make it someone's: "his right knee", "the leg". */
const OWNERS = new Set(['his', 'her', 'their', 'the', 'a', 'an', 'its', 'my', 'your']);
/** Words from a report noun to its "that": "the reports early in the week that". */
const REPORT_TO_THAT = 6;
/** A year, alone or opening a season ("2023-24"). */
const YEAR = /^(?:19|20)\d\d\b/;
/** Tokens back from the part its word of injury may stand. */
const INJURY_REACH = 7;

export const injurySites = perSentence((s: Sentence): InjurySite[] => {
  const out: InjurySite[] = [];
  const toks = s.tokens;
  toks.forEach((t, i) => {
    const part = partOf(t.lower);
    // "the back of his left thigh": a place on another part, which is the site.
    if (part === undefined || toks[i + 1]?.lower === 'of' || s.entityAt.has(i)) return;
    // A part of someone: "his wrist", "the leg", "his right knee", "a hamstring injury". Not a
    // word that names something else ("the head coach", "on the other hand").
    const next = toks[i + 1];
    const namesInjury = next !== undefined && INJURY_AFTER.test(next.lower);
    if (next && !next.stop && !namesInjury && adjacentTokens(s, t, next)) return;
    if ((!namesInjury && ![toks[i - 1], toks[i - 2]].some((x) => x !== undefined && OWNERS.has(x.lower))) || toks[i - 1]?.lower === 'other') return;
    // What reports said ("Early reports that he had broken his wrist were wrong") is not what
    // this one says; nor is an injury of another year ("missed the 2023-24 campaign through a
    // knee injury").
    if (toks.some((x, k) => k < i && REPORT_NOUN.test(x.lower) && toks.slice(k + 1, Math.min(i, k + 1 + REPORT_TO_THAT)).some((y) => y.lower === 'that')) || toks.some((x) => YEAR.test(x.text))) return;
    const clause = clauseAt(s, t);
    let cued = INJURY_AFTER.test(toks[i + 1]?.lower ?? '');
    for (let k = i - 1; !cued && k >= 0 && k >= i - INJURY_REACH && toks[k].start >= clause.start; k--) cued = INJURY_BEFORE.test(toks[k].lower);
    // (What the clause goes on to deny is another matter: "had broken his collarbone and would not start".)
    if (!cued || negatedAt(s, i) || tokensIn(s, clause).some((x) => x.start < t.start && (HEDGES.has(x.lower) || x.negator))) return;
    const sideWord = toks[i - 1]?.lower;
    out.push({ part, side: sideWord === 'left' ? -1 : sideWord === 'right' ? 1 : 0, at: i });
  });
  return out;
});

/** Pronouns that speak of a person the sentence itself may not name. */
const PERSONAL = /^(?:he|she|his|her|him)$/;

/**
 * Whose injury the sites of sentence `n` are: the one person it names, or with none named and a
 * "he" or "his", the one person the sentence before names.
 */
function injuredPerson(doc: Doc, n: number, kindOf: (id: string) => string | undefined): string | undefined {
  // The one person a sentence names, or failing any, its one name of unknown kind (not a place
  // or a body). (Not who tells it: "spokesman Teodor Anvik said the injuries included a broken wrist".)
  const onlyPerson = (s: Sentence): string | undefined | null => {
    const people = new Set<string>();
    const unknown = new Set<string>();
    s.entityAt.forEach((e, k) => {
      const kind = kindOf(e);
      if (speaks(s, k, e) || kind === 'place' || kind === 'organisation') return;
      (kind === 'person' ? people : unknown).add(e);
    });
    const pool = people.size > 0 ? people : unknown;
    // null: several, so none can be told.
    return pool.size === 1 ? [...pool][0] : pool.size > 1 ? null : undefined;
  };
  const s = doc.sentences[n];
  const own = onlyPerson(s);
  if (own !== undefined || n === 0 || !s.tokens.some((t) => PERSONAL.test(t.lower))) return own ?? undefined;
  return onlyPerson(doc.sentences[n - 1]) ?? undefined;
}

/** The name at token k is followed by a verb of saying ("Teodor Anvik said", "X has told"). */
function speaks(s: Sentence, k: number, e: string): boolean {
  let j = k + 1;
  while (s.entityAt.get(j) === e) j++;
  if (/^(?:has|have|had)$/.test(s.tokens[j]?.lower ?? '')) j++;
  return REPORTING.has(s.tokens[j]?.lower ?? '');
}

export function injuryConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const xs = injurySites(sa);
  if (xs.length === 0) return null;
  const ys = injurySites(sb);
  if (ys.length === 0) return null;
  const who = injuredPerson(ctx.docs[c.a.doc], c.a.sentence, ctx.entityKind);
  if (who === undefined || who !== injuredPerson(ctx.docs[c.b.doc], c.b.sentence, ctx.entityKind)) return null;
  // One fitting pair of sites is agreement: "broke his wrist and his collarbone" / "a broken wrist".
  const fits = (x: InjurySite, y: InjurySite): boolean => related(x.part, y.part) && (x.side === 0 || y.side === 0 || x.side === y.side);
  if (xs.some((x) => ys.some((y) => fits(x, y)))) return null;
  const [x, y] = [xs[0], ys[0]];
  const site = (s: Sentence, z: InjurySite, text: string): string => text.slice(s.tokens[z.side !== 0 ? z.at - 1 : z.at].start, s.tokens[z.at].end);
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  return {
    detail: explanation('place', site(sa, x, ta), site(sb, y, tb)),
    a: clauseAt(sa, sa.tokens[x.at]),
    b: clauseAt(sb, sb.tokens[y.at]),
    strength: 0.6,
  };
}
