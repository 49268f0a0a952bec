/**
 * The office or job an article gives a person: "Trade minister Teodor Shenari", "the company's
 * spokesman, Colm Marrick", "Colm Marrick, the company spokesman", "X, who chairs the Y",
 * "X heads the agency". Two reports that give one person the same role state one fact ("X is the
 * trade minister") however differently the rest of their sentences run.
 */

import { TITLES } from './lexicon.ts';
import type { Doc, Sentence } from './model.ts';

export interface RoleMention {
  person: string;
  /** The role's class: "leader" for boss/head/chair..., "spokesperson", else the office word. */
  role: string;
  sentence: number;
  /** The role word as written ("chairman", "boss"), for the explanation. */
  word: string;
  /** Token indices of the name and its role words, in order. */
  first: number;
  last: number;
}

/** Words before a name that are courtesy, kinship, rank modifiers or trades rather than an office held. */
const NOT_ROLES = new Set(`mr mrs ms miss dr prof sir dame lord lady senior former foreign defense defence interior treasury
national security state vice deputy special general executive chief president-elect substitute
gran granny grandma grandmother grandad granddad grandpa grandfather nan nanna auntie mum dad
actor actress singer rapper songwriter musician guitarist pianist comedian presenter broadcaster novelist playwright
cyclist striker midfielder goalkeeper host officer`.split(/\s+/));

/** Offices with several names: one person who "chairs", "heads" or is the "boss" of a body leads it. */
const ROLE_CLASSES: Record<string, string> = Object.fromEntries([
  ...'boss head heads chief chair chairs chairman chairwoman chairperson leader leads runs'.split(' ').map((w) => [w, 'leader']),
  ...'spokesman spokeswoman spokesperson'.split(' ').map((w) => [w, 'spokesperson']),
]);

/** Verbs by which a sentence says what a person leads: "X, who chairs the authority", "X heads the agency". */
const LEADING_VERBS = new Set(['chairs', 'heads', 'leads', 'runs']);

function roleOf(word: string): string | null {
  const cls = ROLE_CLASSES[word];
  if (cls) return cls;
  return TITLES.has(word) && !NOT_ROLES.has(word) ? word : null;
}

/**
 * A name the library never settles as a person's ("Union boss Dmitri Yevchenko walked out") is
 * one all the same when it holds an office; places and bodies never do.
 */
const MAYBE_PEOPLE = new Set<string | undefined>(['person', 'other', undefined]);

/** Words before an office that say it is not (or not fully) held now. */
const NOT_NOW = /^(?:former|ex|acting|interim)$/;

export function roleMentions(doc: Doc, kindOf: (id: string) => string | undefined): RoleMention[] {
  const out: RoleMention[] = [];
  for (const s of doc.sentences) {
    const toks = s.tokens;
    for (let f = 0; f < toks.length; f++) {
      const person = s.entityAt.get(f);
      if (!person || !MAYBE_PEOPLE.has(kindOf(person)) || s.entityAt.get(f - 1) === person) continue;
      let l = f;
      while (s.entityAt.get(l + 1) === person) l++;
      const found = roleBefore(s, f) ?? roleAfter(s, l);
      if (found) out.push({ person, role: found.role, word: LEADING_VERBS.has(toks[found.at].lower) ? 'leader' : toks[found.at].lower, sentence: s.index, first: Math.min(f, found.at), last: Math.max(l, found.at) });
    }
  }
  return out;
}

function gapText(s: Sentence, a: number, b: number): string {
  return s.text.slice(s.tokens[a].end - s.range.start, s.tokens[b].start - s.range.start);
}

/** "Trade minister X", "MCA boss X", "the association's chairman, X" (and a title inside the name, "Captain X"). */
function roleBefore(s: Sentence, f: number): { role: string; at: number } | null {
  const inside = roleOf(s.tokens[f].lower);
  if (inside && s.tokens[f].cap && s.tokens.length > f + 1) return { role: inside, at: f };
  if (f === 0) return null;
  const gap = gapText(s, f - 1, f);
  if (gap !== ' ' && gap !== ', ') return null;
  const role = roleOf(s.tokens[f - 1].lower);
  if (!role) return null;
  if (f >= 2 && NOT_NOW.test(s.tokens[f - 2].lower)) return null;
  return { role, at: f - 1 };
}

/** "X, the company spokesman", "X, a spokeswoman for the ministry", "X, who chairs the authority", "X heads the agency". */
function roleAfter(s: Sentence, l: number): { role: string; at: number } | null {
  const toks = s.tokens;
  if (l + 1 >= toks.length) return null;
  const gap = gapText(s, l, l + 1);
  if (gap === ' ' && LEADING_VERBS.has(toks[l + 1].lower)) return { role: 'leader', at: l + 1 };
  if (gap !== ', ') return null;
  if (toks[l + 1].lower === 'who' && l + 2 < toks.length && LEADING_VERBS.has(toks[l + 2].lower)) return { role: 'leader', at: l + 2 };
  for (let k = l + 1; k < Math.min(toks.length, l + 5); k++) {
    const role = roleOf(toks[k].lower);
    if (role) return k > l + 1 && NOT_NOW.test(toks[k - 1].lower) ? null : { role, at: k };
    // The role word must come within the appositive's first few words, unbroken by punctuation.
    if (k > l + 1 && gapText(s, k - 1, k) !== ' ') return null;
  }
  return null;
}

/** The first mentions, in reading order, by which two articles give one person one role. */
export function sharedRole(x: RoleMention[], y: RoleMention[]): [RoleMention, RoleMention] | null {
  for (const a of x) for (const b of y) if (a.person === b.person && a.role === b.role) return [a, b];
  return null;
}
