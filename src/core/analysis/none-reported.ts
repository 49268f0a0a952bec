/**
 * "No deaths have been reported" / "a five-month-old baby ... has died": one report says none of
 * a thing has happened so far, the other reports one. The negation sits on the noun ("no
 * deaths"), where the verb check cannot see it. "So far" is the point: told later, the other
 * report answers it (an update); told earlier, the two contradict. Narrow: only "no X (have
 * been) reported / recorded / confirmed / received / made / issued / found" and "received no X" ("there was no
 * immediate comment" names no occurrence: its noun is an adjective), and the other side must
 * state the same thing (word or synonym class) in a clause without negation or hedge.
 */
import { explanation } from './explain.ts';
import { HEDGES, REPORT_NOUN } from './lexicon.ts';
import { perSentence } from './memo.ts';
import type { Sentence } from './model.ts';
import { clauseAt, doubtedIn, tokensIn, type Conflict } from './conflict-helpers.ts';
import { normalizeWord } from './tokens.ts';

interface NoneSoFar {
  /** First token ("no", or the report verb before it), the noun, and the last token. */
  from: number;
  noun: number;
  to: number;
  /** The verb says the thing was done ("made", "issued"), not only reported. */
  done: boolean;
  /**
   * Comparison keys of the words before the noun that narrow it, for the claims of none at all
   * ("no evidence of engine failure"): the other side must name the same kind ("an engine
   * failure"), not any ("a failure to correct").
   */
  modifiers: string[];
}

function modifiersOf(s: Sentence, from: number, head: number): string[] {
  return s.tokens.slice(from, head).map((t) => t.norm);
}

/**
 * Words between "no" and its noun that keep the claim one of occurrence ("no further deaths").
 * Not "other": "No other deaths were reported outside Marrow Creek" leaves the deaths told standing.
 */
const NONE_GAP = new Set(['further', 'new', 'serious', 'major', 'confirmed']);
const REPORTED = /^(?:report|record|confirm|register|receiv)ed$|^logged$/;
/**
 * Verbs that say the thing itself was done: "No arrests have been made", "no flood warning was
 * issued", "no bodies have been found". The other side must then report the act, not merely
 * name the thing ("the panel delayed its decision" does not answer "no decision was made"):
 * the same verb, or the noun as a verb of its own ("Officers have detained a man").
 */
const DONE = /^(?:made|issued|found|imposed)$/;
/**
 * Acts whose noun is a verb of its own: "no arrests have been made" is answered by "detained",
 * "no ban has been imposed" by "banned her".
 */
const ACTS_OF_THEIR_NOUN = new Set([normalizeWord('made'), normalizeWord('imposed')]);

/** "no X has been reported / made / issued ...": a claim this check reads, not the verb check. */
export function reportsNoneSoFar(verb: string): boolean {
  return REPORTED.test(verb) || DONE.test(verb);
}
/** Tokens a report verb may follow its noun by: "no deaths have been reported". */
const REPORT_REACH = 4;

const noneClaims = perSentence((s: Sentence): NoneSoFar[] => {
  const toks = s.tokens;
  const out: NoneSoFar[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].lower !== 'no') continue;
    let k = i + 1;
    while (k < toks.length && NONE_GAP.has(toks[k].lower)) k++;
    if (!content(s, k)) continue;
    const opens = k;
    // The head of "no flood warning" is "warning".
    while (content(s, k + 1)) k++;
    let to = -1;
    for (let j = k + 1; j < toks.length && j <= k + REPORT_REACH; j++) {
      if (REPORTED.test(toks[j].lower) || DONE.test(toks[j].lower)) {
        to = j;
        break;
      }
    }
    const there = existentialAt(toks, i);
    if (to >= 0) out.push({ from: i, noun: k, to, done: DONE.test(toks[to].lower), modifiers: [] });
    // "had received no threats", "recorded no deaths"
    else if (i > 0 && REPORTED.test(toks[i - 1].lower)) out.push({ from: i - 1, noun: k, to: k, done: false, modifiers: [] });
    // "There was no cyberattack", "there have been no injuries": none of it at all. Not "there
    // was no comment from ...", "no sign of ...", "no word on ...": what follows the noun says
    // what is missing, and it is no occurrence.
    else if (there >= 0 && endsClaim(s, k)) out.push({ from: there, noun: k, to: k, done: false, modifiers: modifiersOf(s, opens, k) });
    // "found no evidence of a cyberattack", "no sign of a leak": the thing itself, doubted away.
    else if (EVIDENCE.test(toks[k].lower) && toks[k + 1]?.lower === 'of' && !toks.some((t) => LATELY.test(t.lower))) {
      let n = k + 2;
      if (ARTICLES.has(toks[n]?.lower ?? '')) n++;
      if (!content(s, n)) continue;
      const head = n;
      while (content(s, n + 1)) n++;
      out.push({ from: i, noun: n, to: n, done: false, modifiers: modifiersOf(s, head, n) });
    }
  }
  return out;
});

/** Nouns of evidence: "no evidence of", "no sign of", "no trace of", "no indication of". */
const EVIDENCE = /^(?:evidence|sign|signs|trace|traces|indication|indications)$/;
const ARTICLES = new Set(['a', 'an', 'the', 'any']);
/**
 * The noun of "there was no X" ends the claim: at the clause's end or before "and", "or" or
 * "but". Words after it say what is missing, and it is no occurrence: "no comment from the
 * company", "no immediate reports of injuries", "no word on ...".
 */
function endsClaim(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  return !next || /^\s*[,.;:!?"”)]/.test(s.text.slice(t.end - s.range.start)) || /^(?:and|or|but)$/.test(next.lower);
}

/** A claim scoped to a recent period ("no signs of progress recently") says nothing of before it. */
const LATELY = /^(?:recently|lately)$/;
const BE = /^(?:was|were|is|are|been)$/;

/** "there was no", "there have been no": the index of "there" before the "no" at i, else -1. */
function existentialAt(toks: Sentence['tokens'], i: number): number {
  if (!BE.test(toks[i - 1]?.lower ?? '')) return -1;
  if (toks[i - 2]?.lower === 'there') return i - 2;
  return /^(?:has|have|had)$/.test(toks[i - 2]?.lower ?? '') && toks[i - 3]?.lower === 'there' ? i - 3 : -1;
}

function content(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && !t.stop && !t.isNumber && !t.cap && !s.entityAt.has(k);
}

/**
 * The affirming clause reports the act: the claim's own verb ("issued" a warning, "found" the
 * bodies) or, for a thing "made" or "imposed" (an arrest, a ban: each its own act), its noun
 * written as a past verb ("detained", "banned"). "Families have been warned to boil water"
 * issues no flood warning.
 */
function reportsAct(so: Sentence, j: number, verb: string): boolean {
  if (ACTS_OF_THEIR_NOUN.has(verb) && /ed$/.test(so.tokens[j].lower)) return true;
  return tokensIn(so, clauseAt(so, so.tokens[j])).some((t) => t.norm === verb);
}

/** Words a modifier of the stated noun may stand back from it: "a total power failure". */
const MODIFIER_REACH = 3;

/**
 * The first token of `norm` stated outright in `s`: its clause neither negated nor hedged, not
 * what "rumours of" tell, and with one of `modifiers` before it when the claim has any.
 */
function stated(s: Sentence, norm: string, modifiers: readonly string[]): number {
  for (let j = 0; j < s.tokens.length; j++) {
    const t = s.tokens[j];
    // ("a cyber attack" states a "cyberattack".)
    const next = s.tokens[j + 1];
    const joined = next !== undefined && next.start === t.end + 1 && normalizeWord(t.lower + next.lower) === norm;
    if (t.stop || (t.norm !== norm && !joined) || s.entityAt.has(j)) continue;
    // ("would examine any evidence that is put before it" states none, nor does "a penalty for
    // a serious security breach" or "asked for money": what is sought or provided for.)
    if (s.tokens[j - 1]?.lower === 'any' || soughtOrProvidedFor(s, j) || toldByHearsay(s, j)) continue;
    if (modifiers.length > 0 && !s.tokens.slice(Math.max(0, j - MODIFIER_REACH), j).some((m) => modifiers.includes(m.norm))) continue;
    if (doubtedIn(s, clauseAt(s, t))) continue;
    return j;
  }
  return -1;
}

/** "The rumours of a foreign cyberattack", "reports of a leak": hearsay, not the thing stated. */
function toldByHearsay(s: Sentence, j: number): boolean {
  for (let k = j - 1; k >= 1 && k >= j - 4; k--) if (s.tokens[k].lower === 'of') return REPORT_NOUN.test(s.tokens[k - 1].lower);
  return false;
}

/** The noun phrase ending at j follows "for" or "without": "for a serious security breach". */
function soughtOrProvidedFor(s: Sentence, j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    const w = s.tokens[k].lower;
    if (w === 'for' || w === 'without') return true;
    if (s.tokens[k].stop && !ARTICLES.has(w)) return false;
  }
  return false;
}

export function noneReported(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  for (const [sn, so, tn, to, noneSide] of [[sa, sb, ta, tb, 'a'], [sb, sa, tb, ta, 'b']] as const) {
    for (const x of noneClaims(sn)) {
      const norm = sn.tokens[x.noun].norm;
      if (noneClaims(so).some((y) => so.tokens[y.noun].norm === norm)) continue;
      const j = stated(so, norm, x.modifiers);
      if (j < 0) continue;
      if (x.done && !reportsAct(so, j, sn.tokens[x.to].norm)) continue;
      const rn = clauseAt(sn, sn.tokens[x.noun]);
      if (tokensIn(sn, rn).some((t) => HEDGES.has(t.lower))) continue;
      const ro = clauseAt(so, so.tokens[j]);
      const noneText = tn.slice(sn.tokens[x.from].start, sn.tokens[x.to].end);
      // ("a cyber attack": both words.)
      const joined = so.tokens[j].norm !== norm && so.tokens[j + 1] ? so.tokens[j + 1] : so.tokens[j];
      const foundText = to.slice(so.tokens[j].start, joined.end);
      const affirmed = noneSide === 'a' ? 'b' : 'a';
      return {
        detail: noneSide === 'a' ? explanation('negation', noneText, foundText) : explanation('negation', foundText, noneText),
        a: noneSide === 'a' ? rn : ro,
        b: noneSide === 'a' ? ro : rn,
        strength: 0.55,
        answeredBy: affirmed,
      };
    }
  }
  return null;
}
