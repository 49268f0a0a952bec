/**
 * "No animal was shot" / "one wolf was shot dead by a police marksman", "No one was injured" /
 * "A crewman was hurt in the jolt": one report says nobody (or none of a kind) suffered an act,
 * another names someone who did. The negation sits on the subject, where the verb check cannot
 * see it, and the two sentences share little but the verb, so the story's sentences are
 * searched directly: the denials are few, and each is compared only with passives of its verb.
 *
 * Narrow on purpose: a passive after "nobody", "no one", "no <noun>" or "none of the <noun>";
 * the other side a passive of the same verb (or its synonym) outside any negation or hedge,
 * whose subject is of the kind denied (a person for "no one", the same noun for "no officer").
 * A denial narrowed in time or by "other" ("no further shots", "no one was hurt after ...", "in
 * that incident") is about something else, and a "none reported so far" claim has its own check.
 */
import { clauseAt, doubtedIn, type ConflictContext } from './conflict-helpers.ts';
import { explanation } from './explain.ts';
import { HEDGES, isPastForm, personNoun } from './lexicon.ts';
import { perSentence } from './memo.ts';
import type { Sentence } from './model.ts';
import { reportsNoneSoFar } from './none-reported.ts';
import type { SlotCandidate } from './slot-conflicts.ts';
import type { Token } from './tokens.ts';

/** Who a denial is about: any person, any animal, or things named by one noun (its comparison key). */
const ANY_PERSON = '';
const ANY_ANIMAL = '*animal';

interface Denial {
  /** The first token of the subject ("no", "nobody", "none") and the verb. */
  from: number;
  verb: number;
  who: string;
}

const BE = /^(?:been|was|were|is|are|be|being)$/;
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'being', 'be', 'will', 'would', 'yet', 'so', 'far', 'ever']);
/** Participles the past-form test misses: the same form as the present ("hurt", "hit"). */
const SAME_FORM_PARTICIPLES = new Set(['hurt', 'hit', 'cut', 'shot', 'put', 'set', 'shut', 'struck', 'burst', 'spread', 'cast', 'beaten', 'bitten']);
/** Words that narrow a denial to part of what the other side may report: "no further shots", "no other products". */
const NARROWING = new Set(['further', 'other', 'more', 'new', 'additional', 'else', 'fresh', 'second']);
/** Words after the verb that tie the denial to another time or occasion: "no one was hurt after 9pm", "in that incident". */
const ELSEWHEN = new Set(['after', 'before', 'since', 'until', 'till', 'except', 'besides', 'apart', 'that', 'those', 'then', 'previously', 'earlier']);
/** Nouns that stand for people at large: "no people were hurt", "none of the persons". */
const PEOPLE = new Set(['people', 'person', 'persons', 'anyone', 'anybody']);
/** Nouns for any animal: "no animal was shot" is denied by "one wolf was shot". */
const ANIMALS = new Set(['animal', 'animals', 'creature', 'creatures']);
/** Words in a subject noun phrase (after "no" or "none of") before the auxiliaries. */
const SUBJECT_REACH = 4;

function participle(t: Token | undefined): boolean {
  return t !== undefined && !t.isNumber && (isPastForm(t.lower) || /(?:en|wn|ght)$/.test(t.lower) || SAME_FORM_PARTICIPLES.has(t.lower));
}

/** The verb after the auxiliaries from token j, when they make a passive ("has been", "were"). */
function passiveVerbAt(toks: Token[], j: number): number | undefined {
  const first = j;
  while (j < toks.length && AUXILIARIES.has(toks[j].lower)) j++;
  if (j === first || !toks.slice(first, j).some((t) => BE.test(t.lower))) return undefined;
  return participle(toks[j]) && !reportsNoneSoFar(toks[j].lower) ? j : undefined;
}

/** The subject's head noun from token i up to the auxiliaries, or undefined if it is no plain noun phrase. */
function subjectNoun(s: Sentence, i: number): { head: number; end: number } | undefined {
  let j = i;
  while (j < s.tokens.length && j < i + SUBJECT_REACH && !AUXILIARIES.has(s.tokens[j].lower)) {
    const t = s.tokens[j];
    if (s.entityAt.has(j) || t.isNumber || NARROWING.has(t.lower) || (t.stop && !/^(?:the|its|their|his|her)$/.test(t.lower))) return undefined;
    j++;
  }
  return j > i && !s.tokens[j - 1].stop ? { head: j - 1, end: j } : undefined;
}

export const universalDenials = perSentence((s: Sentence): Denial[] => {
  const out: Denial[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].lower;
    let who: string | undefined;
    let at = -1;
    if (w === 'nobody' || w === 'no-one' || (w === 'no' && toks[i + 1]?.lower === 'one')) {
      who = ANY_PERSON;
      at = w === 'no' ? i + 2 : i + 1;
    } else if (w === 'no' || (w === 'none' && toks[i + 1]?.lower === 'of')) {
      const np = subjectNoun(s, w === 'no' ? i + 1 : i + 2);
      if (!np) continue;
      const head = toks[np.head].lower;
      who = PEOPLE.has(head) ? ANY_PERSON : ANIMALS.has(head) ? ANY_ANIMAL : toks[np.head].norm;
      at = np.end;
    } else continue;
    const verb = passiveVerbAt(toks, at);
    if (verb === undefined) continue;
    // "No one was hurt after the guard was wounded", "in that incident": another time or occasion.
    if (toks.slice(verb + 1, verb + 5).some((t) => ELSEWHEN.has(t.lower))) continue;
    if (toks.slice(0, verb).some((t) => HEDGES.has(t.lower))) continue;
    out.push({ from: i, verb, who });
  }
  return out;
});

/** Words between a passive's subject and its "was": "A crewman was", "the wolf has since been". */
const SUBJECT_GAP = new Set(['has', 'have', 'had', 'since', 'also', 'later', 'then', 'reportedly']);
const PERSONAL = new Set(['he', 'she', 'they']);

/** The subject head before the passive at token k ("one wolf was shot"), if the passive is affirmed. */
function affirmedSubject(s: Sentence, k: number): number | undefined {
  let j = k - 1;
  if (j >= 0 && /ly$/.test(s.tokens[j].lower)) j--;
  if (j < 0 || !BE.test(s.tokens[j].lower)) return undefined;
  while (j > 0 && (BE.test(s.tokens[j - 1].lower) || SUBJECT_GAP.has(s.tokens[j - 1].lower))) j--;
  const head = j - 1;
  if (head < 0) return undefined;
  // (A negator, "no" or a hedge before the verb in its clause makes it no affirmation.)
  const clause = clauseAt(s, s.tokens[k]);
  for (let i = 0; i < k; i++) {
    const t = s.tokens[i];
    if (t.start < clause.start) continue;
    if (t.negator || t.lower === 'no' || t.lower === 'none' || t.lower === 'nobody' || HEDGES.has(t.lower)) return undefined;
  }
  return head;
}

function isPerson(s: Sentence, i: number, ctx: ConflictContext): boolean {
  const id = s.entityAt.get(i);
  if (id !== undefined) return ctx.entityKind(id) === 'person';
  const w = s.tokens[i].lower;
  return PERSONAL.has(w) || (personNoun(w) && !s.tokens[i].stop);
}

function ofKind(s: Sentence, head: number, who: string, ctx: ConflictContext): boolean {
  if (who === ANY_PERSON) return isPerson(s, head, ctx);
  // (An animal is named by a common noun, never a person's: "one wolf", "the lynx".)
  if (who === ANY_ANIMAL) return !s.tokens[head].stop && !isPerson(s, head, ctx) && (!s.entityAt.has(head) || ctx.entityKind(s.entityAt.get(head)!) === 'other');
  return s.tokens[head].norm === who && !s.entityAt.has(head);
}

/** Denials of who suffered an act against a report that names someone who did, across the story's reports. */
export function noneAffectedConflicts(storyDocs: number[], ctx: ConflictContext, seen: Set<string>, out: SlotCandidate[]): void {
  const denials: Array<Denial & { doc: number; sn: Sentence; verbNorm: string }> = [];
  for (const d of storyDocs) for (const sn of ctx.docs[d].sentences) for (const x of universalDenials(sn)) denials.push({ ...x, doc: d, sn, verbNorm: sn.tokens[x.verb].norm });
  if (denials.length === 0) return;
  const verbs = new Set(denials.map((x) => x.verbNorm));
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      if (s.text.trimEnd().endsWith('?')) continue;
      for (let k = 1; k < s.tokens.length; k++) {
        const t = s.tokens[k];
        if (!verbs.has(t.norm) || !participle(t)) continue;
        const head = affirmedSubject(s, k);
        if (head === undefined) continue;
        for (const x of denials) {
          if (x.doc === d || x.verbNorm !== t.norm || !ofKind(s, head, x.who, ctx)) continue;
          const sn = x.sn;
          const [p, q] = x.doc < d ? [{ doc: x.doc, sentence: sn.index }, { doc: d, sentence: s.index }] : [{ doc: d, sentence: s.index }, { doc: x.doc, sentence: sn.index }];
          const key = `${p.doc}:${p.sentence}|${q.doc}:${q.sentence}`;
          if (seen.has(key)) continue;
          const rn = clauseAt(sn, sn.tokens[x.verb]);
          const ra = clauseAt(s, t);
          if (doubtedIn(s, { start: s.tokens[head].start, end: t.end })) continue;
          seen.add(key);
          const tn = ctx.docs[x.doc].article.text;
          const ta = ctx.docs[d].article.text;
          const denied = tn.slice(sn.tokens[x.from].start, sn.tokens[x.verb].end);
          // (A name is quoted whole: "Arvo Lindqvist was hurt".)
          const name = s.entityAt.get(head);
          let first = head;
          while (name !== undefined && first > 0 && s.entityAt.get(first - 1) === name) first--;
          const affirmed = ta.slice(s.tokens[first].start, t.end);
          const negIsP = p.doc === x.doc;
          out.push({
            a: p,
            b: q,
            conflict: {
              detail: negIsP ? explanation('negation', denied, affirmed) : explanation('negation', affirmed, denied),
              a: negIsP ? rn : ra,
              b: negIsP ? ra : rn,
              strength: 0.7,
            },
          });
        }
      }
    }
  }
}
