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
import { HEDGES } from './lexicon.ts';
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
}

/** Words between "no" and its noun that keep the claim one of occurrence ("no further deaths"). */
const NONE_GAP = new Set(['further', 'new', 'other', 'serious', 'major', 'confirmed']);
const REPORTED = /^(?:report|record|confirm|register|receiv)ed$|^logged$/;
/**
 * Verbs that say the thing itself was done: "No arrests have been made", "no flood warning was
 * issued", "no bodies have been found". The other side must then report the act, not merely
 * name the thing ("the panel delayed its decision" does not answer "no decision was made"):
 * the same verb, or the noun as a verb of its own ("Officers have detained a man").
 */
const DONE = /^(?:made|issued|found)$/;
const MADE = normalizeWord('made');

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
    // The head of "no flood warning" is "warning".
    while (content(s, k + 1)) k++;
    let to = -1;
    for (let j = k + 1; j < toks.length && j <= k + REPORT_REACH; j++) {
      if (REPORTED.test(toks[j].lower) || DONE.test(toks[j].lower)) {
        to = j;
        break;
      }
    }
    if (to >= 0) out.push({ from: i, noun: k, to, done: DONE.test(toks[to].lower) });
    // "had received no threats", "recorded no deaths"
    else if (i > 0 && REPORTED.test(toks[i - 1].lower)) out.push({ from: i - 1, noun: k, to: k, done: false });
  }
  return out;
});

function content(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && !t.stop && !t.isNumber && !t.cap && !s.entityAt.has(k);
}

/**
 * The affirming clause reports the act: the claim's own verb ("issued" a warning, "found" the
 * bodies) or, for a thing "made" (an arrest, which is its own act), its noun written as a past
 * verb ("detained"). "Families have been warned to boil water" issues no flood warning.
 */
function reportsAct(so: Sentence, j: number, verb: string): boolean {
  if (verb === MADE && /ed$/.test(so.tokens[j].lower)) return true;
  return tokensIn(so, clauseAt(so, so.tokens[j])).some((t) => t.norm === verb);
}

/** The first token of `norm` stated outright in `s`: its clause neither negated nor hedged. */
function stated(s: Sentence, norm: string): number {
  for (let j = 0; j < s.tokens.length; j++) {
    const t = s.tokens[j];
    if (t.stop || t.norm !== norm || s.entityAt.has(j)) continue;
    // ("would examine any evidence that is put before it" states none.)
    if (s.tokens[j - 1]?.lower === 'any') continue;
    if (doubtedIn(s, clauseAt(s, t))) continue;
    return j;
  }
  return -1;
}

export function noneReported(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  for (const [sn, so, tn, to, noneSide] of [[sa, sb, ta, tb, 'a'], [sb, sa, tb, ta, 'b']] as const) {
    for (const x of noneClaims(sn)) {
      const norm = sn.tokens[x.noun].norm;
      if (noneClaims(so).some((y) => so.tokens[y.noun].norm === norm)) continue;
      const j = stated(so, norm);
      if (j < 0) continue;
      if (x.done && !reportsAct(so, j, sn.tokens[x.to].norm)) continue;
      const rn = clauseAt(sn, sn.tokens[x.noun]);
      if (tokensIn(sn, rn).some((t) => HEDGES.has(t.lower))) continue;
      const ro = clauseAt(so, so.tokens[j]);
      const noneText = tn.slice(sn.tokens[x.from].start, sn.tokens[x.to].end);
      const foundText = to.slice(so.tokens[j].start, so.tokens[j].end);
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
