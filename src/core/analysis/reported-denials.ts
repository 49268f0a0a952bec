/**
 * Denials of what another report said, by name: "contrary to reports that it had been pulled at
 * the last minute", "denied reports that the club had lined up a replacement", "rejected
 * suggestions that water had been released from the reservoir". The clause after "that" is the
 * other report's claim; a passage that states it, word for word in its own order or not, is
 * what the denial answers. Narrow: every word of the denied clause that carries the claim (but one, of
 * four or more) must stand in one clause of the other passage (two at least), none negated there, and that clause must make
 * the claim outright, not deny or doubt it itself.
 */
import { explanation } from './explain.ts';
import { HEDGES, REPORT_NOUN } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { clauseAt, negatedAt, tokensIn, type Conflict } from './conflict-helpers.ts';

interface ReportDenial {
  /** The cue's first token ("contrary", "denied"). */
  cue: number;
  /** The denied clause: tokens from..to-1, after its "that". */
  from: number;
  to: number;
  /** Its content words' comparison keys, and names as entity ids. */
  units: string[];
  /** "contrary to reports that ...": the sentence corrects an earlier account. */
  corrects: boolean;
}

/** Verbs that deny what follows "that" (or "reports that"). */
const DENY = /^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing))$/;
/** Words "contrary to" may take before its report noun: "contrary to some earlier reports". */
const CONTRARY_REACH = 3;
/** Words between the report noun and "that": "reports in one tabloid newspaper that", "reports at the weekend that". */
const NOUN_TO_THAT = 5;
/** Longest denied clause read. */
const CLAUSE_MAX = 14;
/** Denied clauses of this many words or more may have one the other passage lacks ("the club had already lined up a replacement"). */
const MISS_FROM = 4;
/**
 * Words that carry no claim: determiners, pronouns, auxiliaries, prepositions. Other stop words
 * do ("pulled at the last minute": "last", "minute").
 */
const FUNCTION_WORDS = new Set(
  'the a an its their his her our my your this that these those it he she they them we you i who which what and or but if as of to in on at by for from with into onto about over under after before than then had has have having been be being was were is are am do does did will would could can may might must shall should not no'.split(' '),
);

const reportDenials = perSentence(findReportDenials);

function findReportDenials(s: Sentence): ReportDenial[] {
  const toks = s.tokens;
  const out: ReportDenial[] = [];
  const punctuationBefore = (k: number): boolean => /[,;:.!?()—–"“”]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start));
  for (let i = 0; i + 2 < toks.length; i++) {
    const contrary = toks[i].lower === 'contrary' && toks[i + 1].lower === 'to';
    if (!contrary && !DENY.test(toks[i].lower)) continue;
    // The report noun: within a few words after "contrary to", or right after the verb (or none).
    let noun = -1;
    if (contrary) {
      for (let k = i + 2; k < toks.length && k <= i + 2 + CONTRARY_REACH; k++) if (REPORT_NOUN.test(toks[k].lower)) noun = k;
      if (noun < 0) continue;
    } else if (REPORT_NOUN.test(toks[i + 1].lower)) noun = i + 1;
    const start = noun >= 0 ? noun : i;
    let that = -1;
    for (let k = start + 1; k < toks.length && k <= start + (noun >= 0 ? NOUN_TO_THAT : 1); k++) {
      if (toks[k].lower === 'that') {
        that = k;
        break;
      }
      if (k > start + 1 && punctuationBefore(k)) break;
    }
    if (that < 0) continue;
    const from = that + 1;
    let to = from;
    while (to < toks.length && to < from + CLAUSE_MAX && (to === from || !punctuationBefore(to))) to++;
    const units: string[] = [];
    for (let k = from; k < to; k++) {
      const e = s.entityAt.get(k);
      const unit = e !== undefined ? `E:${e}` : !toks[k].isNumber && !FUNCTION_WORDS.has(toks[k].lower) ? toks[k].norm : undefined;
      if (unit !== undefined && !units.includes(unit)) units.push(unit);
    }
    // A denied report that itself denies ("contrary to early reports that Fennick had no drone
    // detection") answers a passage that says the same "no", which the test below never takes.
    if (toks.slice(from, to).some((t) => t.negator)) continue;
    if (units.length >= 2) out.push({ cue: i, from, to, units, corrects: contrary });
  }
  return out;
}

export function reportedDenialConflict(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const sides: Array<[Sentence, Sentence, string, string, boolean]> = [[sa, sb, ta, tb, true], [sb, sa, tb, ta, false]];
  for (const [sd, so, td, to, denialIsA] of sides) {
    const mine = reportDenials(sd);
    if (mine.length === 0) continue;
    const theirs = reportDenials(so);
    const unitAt = (k: number): string => {
      const e = so.entityAt.get(k);
      return e !== undefined ? `E:${e}` : so.tokens[k].norm;
    };
    for (const d of mine) {
      // The units stated in one clause of the other passage, outside its own denials.
      for (const clause of so.clauses) {
        const inClause = (k: number): boolean => so.tokens[k].start >= clause.start && so.tokens[k].end <= clause.end;
        const hits: number[] = [];
        for (const u of d.units) {
          const k = so.tokens.findIndex((_, n) => inClause(n) && unitAt(n) === u && !theirs.some((c) => n >= c.cue && n < c.to));
          if (k >= 0) hits.push(k);
        }
        if (hits.length < 2 || hits.length < d.units.length - (d.units.length >= MISS_FROM ? 1 : 0)) continue;
        // Stated outright: no negator before a word of it, no hedge or denial cue in its clause.
        if (hits.some((k) => negatedAt(so, k)) || tokensIn(so, clause).some((t) => HEDGES.has(t.lower) || t.negator)) continue;
        const first = Math.min(...hits);
        const last = Math.max(...hits);
        const stated = to.slice(so.tokens[first].start, so.tokens[last].end);
        const denied = td.slice(sd.tokens[d.cue].start, sd.tokens[d.to - 1].end);
        const cueClause = clauseAt(sd, sd.tokens[d.cue]);
        const rd = { start: cueClause.start, end: Math.max(cueClause.end, sd.tokens[d.to - 1].end) };
        return {
          detail: denialIsA ? explanation('negation', denied, stated) : explanation('negation', stated, denied),
          a: denialIsA ? rd : clause,
          b: denialIsA ? clause : rd,
          strength: 0.55,
          // A correction of "reports" answers them when it comes later.
          ...(d.corrects ? { answeredBy: denialIsA ? ('a' as const) : ('b' as const) } : {}),
        };
      }
    }
  }
  return null;
}
