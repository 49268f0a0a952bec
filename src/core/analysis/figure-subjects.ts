import type { Gender } from './entity-types.ts';
import type { Sentence } from './model.ts';
import type { Quantity } from './quantities.ts';
import { spanTokens } from './quantity-context.ts';

/**
 * Whose figure it is, as the gender of the person the clause tells it of: "she faces eight
 * counts" and "Brask, 41, was charged with two counts" (a man, by the library's pronouns for
 * him) are two people's counts, and so are her bail and "He was released on bail of $500,000".
 * A figure is its subject's when the verb takes it at once ("faces eight counts", "charged with
 * two counts") or, told in the passive, through one noun ("released on bail of"); an active verb
 * with a noun between ("granted bail of $2 million") is done by someone else, and tells nothing.
 */
export function subjectGender(s: Sentence, q: Quantity, genderOf: (id: string) => Gender | undefined): Gender | undefined {
  const { first } = spanTokens(s, q);
  let nouns = 0;
  for (let v = first - 1; v >= 0 && first - v <= VERB_REACH; v--) {
    const t = s.tokens[v];
    if (t.cap || t.isNumber || s.entityAt.has(v)) return undefined;
    // "released her on bail of $2.5 million", "his bail of": the person the figure is told of.
    const object = OBJECT_PRONOUNS.get(t.lower);
    if (object) return object;
    // "Dravalle now faces 10 counts, ..., and is on $2 million bail": a second verb of the
    // sentence's subject, its opening name.
    if (t.lower === 'and' && nouns === 0) return s.entityAt.has(0) && !s.tokens[0].possessive ? genderOf(s.entityAt.get(0)!) : undefined;
    if (t.stop) continue;
    let k = v - 1;
    const passive = BE.has(s.tokens[k]?.lower ?? '') && /(?:ed|en|wn)$/.test(t.lower);
    if (!passive && !endsSubject(s, k)) {
      // Not a verb with its subject before it: the noun the figure is of ("bail of").
      if (++nouns > 1) return undefined;
      continue;
    }
    if (nouns > 0 && !passive) return undefined;
    while (k >= 0 && (BE.has(s.tokens[k].lower) || HAVE.has(s.tokens[k].lower))) k--;
    // An age in apposition: "Brask, 41, was charged".
    if (s.tokens[k]?.isNumber && /^,\s*$/.test(gapBefore(s, k + 1)) && /^,\s*$/.test(gapBefore(s, k))) k--;
    const subject = s.tokens[k];
    if (!subject) return undefined;
    const pronoun = PRONOUNS.get(subject.lower);
    if (pronoun) return pronoun;
    const e = s.entityAt.get(k);
    return e !== undefined && !subject.possessive ? genderOf(e) : undefined;
  }
  return undefined;
}

/** Words back from a figure to its verb: "was charged with two", "released on bail of $500,000". */
const VERB_REACH = 5;
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const HAVE = new Set(['has', 'had', 'have']);
const PRONOUNS = new Map<string, Gender>([['she', 'f'], ['he', 'm']]);
const OBJECT_PRONOUNS = new Map<string, Gender>([['her', 'f'], ['him', 'm'], ['his', 'm']]);

/** Whether the token at k ends a subject right before a verb: a name, he or she, an auxiliary, an age. */
function endsSubject(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return t !== undefined && (PRONOUNS.has(t.lower) || HAVE.has(t.lower) || (s.entityAt.has(k) && !t.possessive) || (t.isNumber && /^,\s*$/.test(gapBefore(s, k + 1))));
}

function gapBefore(s: Sentence, k: number): string {
  const t = s.tokens[k];
  const prev = s.tokens[k - 1];
  return t && prev ? s.text.slice(prev.end - s.range.start, t.start - s.range.start) : '';
}
