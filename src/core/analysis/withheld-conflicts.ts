/**
 * Withheld-claim conflicts: one side denies a claim or declines to confirm it ("denied that an
 * agreement had been reached", "declined to say whether he had spoken to X") and the other
 * states it ("agreed a deal", "had spoken with X"). Narrow: the claim's head word must appear in
 * the other passage, neither negated nor hedged, near the same people or bodies. Declining to
 * say takes no side, so the side that states the claim is marked as answering it (answeredBy).
 */
import { explanation } from './explain.ts';
import { HEDGES } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { WITHHELD_VERB } from './negation.ts';
import { clauseAt, negatedAt, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';

/** "denied that", "declined to say whether", "would not confirm if": the speaker withholds a claim. */
export const withheldClaims = perSentence(findWithheldClaims);

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
export function withheldConflict(sa: Sentence, sb: Sentence, ta: string, tb: string, ctx: ConflictContext): Conflict | null {
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
