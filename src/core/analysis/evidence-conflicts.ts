/**
 * Evidence conflicts: one side says there is no evidence (no sign) of a thing, the other that
 * the thing is what happened: "there is no evidence of a cyberattack" / "the blackout was a
 * cyberattack by a foreign gang", "caused by a cyberattack". Narrow: the other side must state
 * the thing as what something was or what caused it ("was a", "by a", "blamed on a"), not
 * negated, doubted or supposed; an inquiry into it ("investigating a possible cyberattack") is
 * no statement.
 */
import { explanation } from './explain.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { clauseAt, doubtedIn, negatedAt, type Conflict } from './conflict-helpers.ts';

/** "no evidence of", "no sign that": the words that deny a thing was found. */
const NO_EVIDENCE = /^(?:evidence|sign|signs|indication|indications|suggestion|trace|traces)$/;
/** Words that state a thing as what something was or what caused it: "was a", "by a", "on a". */
const STATED_AS = /^(?:was|were|is|are|been|by|on)$/;
const ARTICLES = new Set(['a', 'an', 'the']);

interface Denial {
  /** The "no" token. */
  no: number;
  /** The denied thing's token. */
  thing: number;
}

const denialsOf = perSentence((s: Sentence): Denial[] => {
  const toks = s.tokens;
  const out: Denial[] = [];
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i].lower !== 'no' || !NO_EVIDENCE.test(toks[i + 1].lower) || !/^(?:of|that)$/.test(toks[i + 2].lower)) continue;
    let k = i + 3;
    if (ARTICLES.has(toks[k].lower)) k++;
    const t = toks[k];
    if (t && !t.stop && !t.isNumber && !s.entityAt.has(k)) out.push({ no: i, thing: k });
  }
  return out;
});

/** Where `s` states the thing with this key as what something was or caused, outright. */
function statedAt(s: Sentence, key: string): number {
  const toks = s.tokens;
  for (let k = 2; k < toks.length; k++) {
    if (toks[k].norm !== key || !ARTICLES.has(toks[k - 1].lower) || !STATED_AS.test(toks[k - 2].lower)) continue;
    if (negatedAt(s, k) || doubtedIn(s, clauseAt(s, toks[k]))) continue;
    return k;
  }
  return -1;
}

export function evidenceConflict(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const sides: Array<[Sentence, Sentence, string, string, boolean]> = [[sa, sb, ta, tb, true], [sb, sa, tb, ta, false]];
  for (const [sn, so, tn, to, denialIsA] of sides) {
    for (const d of denialsOf(sn)) {
      const k = statedAt(so, sn.tokens[d.thing].norm);
      if (k < 0) continue;
      const denied = tn.slice(sn.tokens[d.no].start, sn.tokens[d.thing].end);
      const stated = to.slice(so.tokens[k - 2].start, so.tokens[k].end);
      const rn = clauseAt(sn, sn.tokens[d.no]);
      const ro = clauseAt(so, so.tokens[k]);
      return {
        detail: denialIsA ? explanation('negation', denied, stated) : explanation('negation', stated, denied),
        a: denialIsA ? rn : ro,
        b: denialIsA ? ro : rn,
        strength: 0.55,
      };
    }
  }
  return null;
}
