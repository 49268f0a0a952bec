/**
 * Named-site conflicts: two reports of one matter put it at two named sites of the same kind,
 * "at the front of the South Terrace" / "at the front of the East Terrace", "taken to Orlan
 * General Hospital" / "cared for at Kessel University Hospital", "filed at the Port Merrin
 * Family Court" / "lodging them at Halvik District Court". The shared last word says both
 * name one kind of site; the different names say they are two of them.
 *
 * Narrow, as the place check is: only pairs the word index already found on one matter are
 * checked, each site must follow a word that locates something (at, in, to, near ...), neither
 * report may name the other's site, and neither may deny or speculate.
 */
import { explanation } from './explain.ts';
import { PLACE_PARTS } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { clauseContaining, negatedAt, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';
import { codeName, hedgedSentence, SITES } from './place-conflicts.ts';

/** Words that put something at a site. "from" and "of" do not: "officials from X", "the head of X". */
const LOCATING = new Set(['at', 'in', 'to', 'on', 'near', 'outside', 'inside', 'behind', 'beside', 'along', 'into', 'onto']);

/** Parts of a site that are still that site: "at the front of the South Terrace". */
const SITE_PARTS = new Set([...PLACE_PARTS, 'front', 'back', 'rear', 'side', 'top', 'bottom', 'foot', 'end', 'entrance', 'corner']);

interface NamedSite {
  entity: string;
  /** The name's last word, lower-cased: the kind of site ("terrace", "hospital"). */
  head: string;
  /** From the locating word to the end of the name. */
  start: number;
  end: number;
  /** Token index of the locating word. */
  at: number;
}

/** The token that locates a name starting at token `first`, past "the" and "the front of the"; -1 if none. */
function locatingToken(s: Sentence, first: number): number {
  let p = first - 1;
  if (s.tokens[p]?.lower === 'the') p--;
  if (s.tokens[p]?.lower === 'of' && SITE_PARTS.has(s.tokens[p - 1]?.lower ?? '')) {
    p -= 2;
    if (s.tokens[p]?.lower === 'the') p--;
  }
  return p >= 0 && LOCATING.has(s.tokens[p].lower) ? p : -1;
}

/**
 * Names of two or more words that a locating word puts something at: places, and organisations
 * that are sites (a hospital, a court). A one-word name has no head to share, and an
 * organisation that is not a site ("to the Foreign Ministry") is who, not where.
 */
export const namedSites = perSentence(findNamedSites);

function findNamedSites(s: Sentence, kindOf: (id: string) => string | undefined): NamedSite[] {
  const out: NamedSite[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const id = s.entityAt.get(i);
    if (!id || s.entityAt.get(i - 1) === id) continue;
    let k = i;
    while (s.entityAt.get(k + 1) === id) k++;
    if (k === i || toks[k].possessive || codeName(toks, i, k)) continue;
    const kind = kindOf(id);
    const head = toks[k].lower;
    if (kind !== 'place' && !(kind === 'organisation' && SITES.has(toks[k].norm))) continue;
    const at = locatingToken(s, i);
    if (at < 0 || describesPerson(s, at, kindOf)) continue;
    out.push({ entity: id, head, start: toks[at].start, end: toks[k].end, at });
  }
  return out;
}

/**
 * The site ends an apposition about a named person ("Mirela Dunst, a senior nurse at St Irena
 * General Hospital, said"): where the person works, not where the matter happened.
 */
function describesPerson(s: Sentence, at: number, kindOf: (id: string) => string | undefined): boolean {
  const toks = s.tokens;
  for (let d = at - 1; d >= 1 && d >= at - 5; d--) {
    if (!/^(?:a|an|the)$/.test(toks[d].lower)) continue;
    const gap = s.text.slice(toks[d - 1].end - s.range.start, toks[d].start - s.range.start);
    const owner = s.entityAt.get(d - 1);
    // (Of a name not known as a place or body: the apposition itself says who it is.)
    const kind = owner === undefined ? undefined : kindOf(owner);
    return gap.includes(',') && kind !== undefined && kind !== 'place' && kind !== 'organisation';
  }
  return false;
}

/** Words that make a site one of a sequence: "later transferred to", "first taken to", "moved to". */
const SEQUENCE = new Set(['later', 'then', 'first', 'afterwards', 'subsequently', 'transferred', 'moved', 'relocated', 'again', 'next']);

function sequenced(s: Sentence, x: NamedSite): boolean {
  return tokensIn(s, clauseContaining(s, x)).some((t) => SEQUENCE.has(t.lower));
}

export function namedSiteConflict(da: number, sa: Sentence, db: number, sb: Sentence, ctx: ConflictContext): Conflict | null {
  const xs = namedSites(sa, ctx.entityKind);
  if (xs.length === 0) return null;
  const ys = namedSites(sb, ctx.entityKind);
  if (ys.length === 0) return null;
  if (hedgedSentence(sa) || hedgedSentence(sb)) return null;
  const inA = new Set(sa.entityAt.values());
  const inB = new Set(sb.entityAt.values());
  for (const x of xs) {
    for (const y of ys) {
      if (x.head !== y.head || x.entity === y.entity || inA.has(y.entity) || inB.has(x.entity)) continue;
      if (negatedAt(sa, x.at) || negatedAt(sb, y.at)) continue;
      // "Two were later transferred to X": one stop after another, not another place for the first.
      if (sequenced(sa, x) || sequenced(sb, y)) continue;
      const ta = ctx.docs[da].article.text;
      const tb = ctx.docs[db].article.text;
      return {
        detail: explanation('place', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
        a: clauseContaining(sa, x),
        b: clauseContaining(sb, y),
        strength: 0.55,
      };
    }
  }
  return null;
}
