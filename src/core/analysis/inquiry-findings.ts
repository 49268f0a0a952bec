import type { Sentence } from './model.ts';

/**
 * What an inquiry found, or found none of: "sequencing has confirmed a link" / "our tests have
 * found no link", "investigators found evidence of tampering" / "found no evidence of
 * tampering". The negation sits on the noun ("no link"), where the verb check cannot see it.
 */
export interface Finding {
  /** Token index of the finding verb. */
  verb: number;
  /** Token index of the noun found (or not found). */
  noun: number;
  /** True for "found no link". */
  none: boolean;
}

/** Verbs that report what an inquiry established (by the lower-cased form's start). */
const FINDING_VERB = /^(?:f(?:ind|inds|ound|inding)$|confirm|establish|show|uncover|detect|identif|reveal)/;
/** Between a finding verb and what it found: "found a clear link", "have so far found no". */
const FINDING_GAP = new Set(['a', 'an', 'the', 'any', 'some', 'clear', 'direct', 'definitive', 'conclusive', 'firm', 'hard', 'strong', 'new']);
/** Tokens a finding verb may stand before what it found. */
const FINDING_REACH = 3;

export function findings(s: Sentence): Finding[] {
  const toks = s.tokens;
  const out: Finding[] = [];
  for (let v = 0; v < toks.length; v++) {
    if (!FINDING_VERB.test(toks[v].lower) || s.entityAt.has(v)) continue;
    let none = false;
    for (let k = v + 1; k < toks.length && k <= v + FINDING_REACH; k++) {
      const t = toks[k];
      if (t.lower === 'no') {
        none = true;
        continue;
      }
      if (FINDING_GAP.has(t.lower)) continue;
      if (!t.stop && !t.isNumber && !s.entityAt.has(k)) out.push({ verb: v, noun: k, none });
      break;
    }
  }
  return out;
}
