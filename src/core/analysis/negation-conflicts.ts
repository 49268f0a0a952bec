/**
 * Negation conflicts: one side negates what the other affirms ("would not appeal" / "would
 * appeal", "did not cause this fire" / "started this fire"), or found none of what the other
 * found ("found no link" / "confirmed a link"). Narrow because negations are common in news and
 * usually concern different matters: the verb must act on the same thing or be done by the same
 * doer (else the passages must be close and share a name or a rare word), and demands, hedges,
 * refusals, partial denials and swapped roles are left out.
 */
import { explanation } from './explain.ts';
import { ACT_CLASSES, HEDGES, RAISING_VERBS, REPORTING, TITLES } from './lexicon.ts';
import type { Sentence } from './model.ts';
import type { Range } from './sentences.ts';
import { perSentence, perWord, wordFeature } from './memo.ts';
import { assertsVerb, distinctPatients, patientKeys, patientModifiers, samePatient } from './arguments.ts';
import { findings } from './inquiry-findings.ts';
import { negatedVerbs, refusedAt } from './negation.ts';
import { type Token, wordStem } from './tokens.ts';
import { AGENT_GAP, clauseAt, clauseFeatures, doubtedIn, featuresOf, MODALS, tokensIn, type Conflict, type ConflictContext } from './conflict-helpers.ts';
import { twoSites } from './place-conflicts.ts';

/**
 * "demanding that Meridia pay", "urged the club to appeal", "called on him not to resign": what
 * one party asks of another is neither side's act, so it neither affirms nor negates the verb.
 * Nor does what one deserves or wants ("deserve a proposal that reflects its value").
 */
const DEMAND = /^(?:demand|urg|ask|call|press|petition|request|implor|beg(?:s|ged|ging)?$|deserv|want)/;

function demandedAt(s: Sentence, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 6; k--) if (DEMAND.test(s.tokens[k].lower)) return true;
  return false;
}

/** Verbs that do one thing to what they act on, by stem: "start" or "spark" a fire is "cause" it. */
const SAME_ACT = new Map<string, number>();
ACT_CLASSES.forEach((group, n) => {
  for (const w of group) SAME_ACT.set(wordStem(w), n);
});

/** A word's act class key ("A:0"), '' for none; looked up once per distinct word. */
export const actClass = perWord((lower: string): string => {
  const n = SAME_ACT.get(wordStem(lower));
  return n === undefined ? '' : `A:${n}`;
}, 50000);

function sameAct(x: Token, y: Token): boolean {
  const n = actClass(x.lower);
  return n !== '' && n === actClass(y.lower);
}

/** The keys under which a verb meets its own kind: its comparison key, and its act class. */
export function actKeys(t: Token): string[] {
  const n = actClass(t.lower);
  return n === '' ? [t.norm] : [t.norm, n];
}

/** How close (Dice) two passages must be for one to negate what the other affirms. */
export const NEGATION_MATCH = 0.2;

/** The verb acts on the same thing on both sides: a passive's subject, an active's object. */
function sameThingActedOn(sn: Sentence, verbN: number, so: Sentence, verbO: number): boolean {
  const pn = patientKeys(sn, verbN);
  return pn.size > 0 && samePatient(pn, patientKeys(so, verbO));
}

/**
 * A denied verb that acts on nothing named, done by the same person or body on the other side:
 * "he would not concede until every ballot had been counted" / "Kowalenko conceded late on
 * Sunday", "he accepted the outcome" (what the other side names it acts on, the denial left open).
 */
function sameDoerOfIntransitive(sn: Sentence, neg: number, verbN: number, so: Sentence, verbO: number, kindOf: (id: string) => string | undefined): boolean {
  if (patientKeys(sn, verbN).size > 0) return false;
  const doer = agentOf(sn, neg, kindOf);
  if (doer !== undefined) return doer === agentOf(so, verbO, kindOf);
  // "The dam has not failed" / "the Brannock Dam failed": one thing, by its head noun.
  const head = definiteSubjectHead(sn, neg);
  return head !== undefined && head === subjectHeadWord(so, verbO);
}

/** Words that make a noun after them a known thing: "the dam", "this bridge". */
const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);

/** Words between a subject and its verb: auxiliaries, modals, negators and "did" ("the dam did not fail"). */
const DO_FORMS = new Set(['do', 'does', 'did']);
const betweenSubjectAndVerb = (t: Token): boolean => AGENT_GAP.has(t.lower) || t.negator || MODALS.has(t.lower) || DO_FORMS.has(t.lower);

/** The word right before a verb (past auxiliaries and negators): its subject's head, or where it ends. */
function subjectHead(s: Sentence, from: number): number {
  let k = from - 1;
  while (k >= 0 && k >= from - 5 && betweenSubjectAndVerb(s.tokens[k])) k--;
  return k;
}

function subjectHeadWord(s: Sentence, from: number): string | undefined {
  const k = subjectHead(s, from);
  const t = s.tokens[k];
  return t && !t.stop && !t.isNumber ? t.norm : undefined;
}

/** A subject that is a definite common noun ("the dam"), by its head word's key. */
function definiteSubjectHead(s: Sentence, from: number): string | undefined {
  const k = subjectHead(s, from);
  if (k < 1 || s.entityAt.has(k) || !DEFINITE.has(s.tokens[k - 1].lower)) return undefined;
  return subjectHeadWord(s, from);
}

/** He or she: the one person the sentence names before it ("Kovalenko told reporters that he ..."). */
const PERSONAL = new Set(['he', 'she']);

/**
 * Who does the verb at `from` (or its negator): the name right before it, or "he"/"she" for the
 * one person named earlier, or with none, the one the sentence before names (its antecedent).
 */
export function agentOf(s: Sentence, from: number, kindOf: (id: string) => string | undefined): string | undefined {
  const named = subjectBefore(s, from);
  if (named !== undefined) return named;
  const k = subjectHead(s, from);
  if (k < 0 || !PERSONAL.has(s.tokens[k].lower)) return undefined;
  const people = new Set<string>();
  for (let j = 0; j < k; j++) {
    const e = s.entityAt.get(j);
    if (e !== undefined && kindOf(e) === 'person') people.add(e);
  }
  if (people.size === 0) return s.antecedent;
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * The denial narrows what it is about by a word the other side lacks: "Long-haul flights were
 * not cancelled" denies nothing of "1,046 flights were cancelled".
 */
function deniedOfSomeOnly(sn: Sentence, verbN: number, so: Sentence): boolean {
  const other = featuresOf(so);
  if (patientModifiers(sn, verbN).some((k) => !other.has(k.startsWith('E:') ? k : wordFeature(k)))) return true;
  // "was not convicted of false accounting" / "The jury convicted him": denied of one charge,
  // which the other side does not name.
  const of = ofComplement(sn, verbN);
  return of.length > 0 && of.every((w) => !other.has(wordFeature(w)));
}

/** Content words of an "of" phrase right after a verb ("convicted of false accounting"), up to its clause's next break. */
function ofComplement(s: Sentence, verb: number): string[] {
  const toks = s.tokens;
  if (toks[verb + 1]?.lower !== 'of') return [];
  const out: string[] = [];
  for (let k = verb + 2; k < toks.length && k <= verb + 1 + OF_COMPLEMENT_REACH; k++) {
    if (/[,;:.!?]/.test(s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start))) break;
    if (!toks[k].stop && !toks[k].isNumber) out.push(toks[k].norm);
  }
  return out;
}
/** Words of an "of" phrase read after a verb. */
const OF_COMPLEMENT_REACH = 3;

/**
 * Same predicate, opposite polarity: one side negates a verb ("would not appeal") that the other
 * affirms ("would appeal"), outside any hedge, about the same thing (what the verb acts on) or
 * in sentences that share something besides that verb (a name, a role, a rare word), so two
 * different people's decisions do not clash.
 */
export function predicateNegation(passageScore: number, sentenceScore: number, sa: Sentence, sb: Sentence, ta: string, tb: string, ctx: ConflictContext): Conflict | null {
  const sides: Array<[Sentence, Sentence, string, string, boolean]> = [[sa, sb, ta, tb, true], [sb, sa, tb, ta, false]];
  for (const [sn, so, tn, to, negIsA] of sides) {
    for (const { neg: i, verb: g } of negatedVerbs(sn)) {
      const neg = sn.tokens[i];
      if (demandedAt(sn, g)) continue;
      const gov = sn.tokens[g];
      const rn = clauseAt(sn, neg);
      // "may never return" is as firm a forecast as hedges make: it denies "will return" (only that).
      const hedges = tokensIn(sn, rn).filter((t) => HEDGES.has(t.lower) && t.lower !== 'would');
      const forecastNever = neg.lower === 'never' && hedges.length > 0 && hedges.every((t) => t.lower === 'may' || t.lower === 'might');
      if (hedges.length > 0 && !forecastNever) continue;
      // The same verb affirmed on the other side: outside a negated or hedged clause, and not
      // after a refusal ("declined to concede" is no affirmation of "concede").
      // The same verb, or one that does the same to what it acts on ("did not cause this fire" /
      // "started this fire"), when it acts on the same thing.
      const oi = so.tokens.findIndex((t, k) => (t.norm === gov.norm || (sameAct(t, gov) && sameThingActedOn(sn, g, so, k))) && !so.entityAt.has(k) && !refusedAt(so.tokens, k) && !demandedAt(so, k) && assertsVerb(so, k));
      if (oi < 0 || deniedOfSomeOnly(sn, g, so)) continue;
      if (forecastNever && so.tokens[oi - 1]?.lower !== 'will') continue;
      // "I promised the lads they'd be paid": a promise of the deed, not the deed.
      if (promisedAt(so, oi)) continue;
      // "Three people are now known to have died" tells a death, not what "is not yet known".
      if (raisesAnother(so, oi)) continue;
      const aff = so.tokens[oi];
      const ro = clauseAt(so, aff);
      // A hedge well after the verb qualifies something else: "was detained on Tuesday by
      // police investigating possible negligent navigation" affirms the detention.
      if (tokensIn(so, ro).some((t) => HEDGES.has(t.lower) && t.start < so.tokens[Math.min(oi + 3, so.tokens.length - 1)].start) || negatedInClause(so, ro, aff, to)) continue;
      // The verb must act on the same thing on both sides ("the tour has not been cancelled" /
      // "axed her tour"), or the clauses share something besides the verb: a person or body,
      // or a word rare in the story; then the sentences must be close enough as a whole.
      // Passages that share little must name the same thing acted on: a doer alone ("the
      // delegations failed to agree on an agenda" / "the delegations agreed to an exchange")
      // may do the verb to two things.
      const [pn, po] = [patientKeys(sn, g), patientKeys(so, oi)];
      const sameThing = pn.size > 0 && samePatient(pn, po);
      // "a club that fails to pay wages faces a deduction": a rule for any club, no one's deed.
      if (genericDoer(sn, i)) continue;
      if (!sameThing && passageScore < NEGATION_MATCH) continue;
      // Nor what the sides name apart: "refused to shake Fauchard's hand" / "shook Haldorsen's hand".
      if (!sameThing && distinctPatients(pn, po)) continue;
      // "without taking sides" says how something else was done: only the same act on the same
      // thing answers it ("shook hands with Haldorsen" / "without shaking Haldorsen's hand").
      if (!sameThing && neg.lower === 'without') continue;
      if (!sameThing && !sameDoerOfIntransitive(sn, i, g, so, oi, ctx.entityKind)) {
        // (A forecast tied to "will" is narrow enough to need only the shared word.)
        if (sentenceScore < NEGATION_MATCH && !forecastNever) continue;
        const fn = clauseFeatures(sn, rn);
        const fo = clauseFeatures(so, withInclusion(so, ro));
        const others = [...fn].filter((f) => f !== wordFeature(gov.norm) && fo.has(f) && (f.startsWith('E:') ? ctx.entityKind(f.slice(2)) !== 'place' : ctx.weights.relative(f) >= 0.5));
        if (others.length < 1) continue;
      }
      // "will close the Stenvik plant" / "the factory in Lindmark will not close": two sites.
      if (twoSites(sn, rn, so, ro, ctx)) continue;
      // "Henrik Daehlberg did not give evidence" / "Bridget Kelloway gave evidence": two people.
      const doerN = personBefore(sn, rn, i, ctx.entityKind);
      const doerO = personBefore(so, ro, oi, ctx.entityKind);
      if (doerN !== undefined && doerO !== undefined && doerN !== doerO) continue;
      // "he had never called the marchers that" / "his spokesman was calling us that": someone of his.
      if (someoneOfTheirs(sn, i, so, oi, ctx.entityKind) || someoneOfTheirs(so, oi, sn, i, ctx.entityKind)) continue;
      // "X has not spoken publicly" / "he had spoken to X": X acts on one side, is acted on on the other.
      if (swappedRoles(sn, i, g, so, oi)) continue;
      const negText = tn.slice(neg.start, gov.end);
      // "Kovalenko, who had declined to concede on election night, said on Thursday he accepted
      // the outcome": the affirming side tells the denial too, so it reports a change of mind.
      const tellsChange = negatedVerbs(so).some((v) => so.tokens[v.verb].norm === gov.norm);
      // "has not been detained" denies it so far: a later report that he was detained answers it.
      const answered = tellsChange || deniedSoFar(sn, i);
      return {
        detail: negIsA ? explanation('negation', negText, aff.text) : explanation('negation', aff.text, negText),
        a: negIsA ? rn : ro,
        b: negIsA ? ro : rn,
        strength: 0.55,
        ...(answered ? { answeredBy: negIsA ? ('b' as const) : ('a' as const) } : {}),
      };
    }
  }
  return null;
}

/** A verb of knowing or telling that raises the claim after it: "known to have died", "said to be". */
function raisesAnother(s: Sentence, k: number): boolean {
  return RAISING_VERBS.has(s.tokens[k].lower) && s.tokens[k + 1]?.lower === 'to' && /^(?:have|be)$/.test(s.tokens[k + 2]?.lower ?? '');
}

/** Verbs that promise a deed to come: "promised", "pledged", "vowed", "swore", "guaranteed". */
const PROMISE = /^(?:promis|pledg|vow|swor|swear|guarante)/;
/** Tokens before a verb within which a promise governs it. */
const PROMISE_REACH = 6;

/**
 * The verb at k is promised or put as what would happen ("promised the lads they'd be paid"):
 * a promise verb within a few words before it, or a contracted "would" ("they'd") right before.
 */
function promisedAt(s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - PROMISE_REACH; j--) {
    if (PROMISE.test(s.tokens[j].lower)) return true;
    if (/['’]d$/.test(s.tokens[j].lower) && j >= k - 2) return true;
  }
  return false;
}

/** Determiners that make a noun any one of its kind: "a club that fails to pay". */
const ANY_OF_KIND = new Set(['a', 'an', 'any', 'every', 'each']);
/** Relative words that open a clause on the noun before them. */
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * The negated verb is said of any one of a kind: its subject is a relative word on a noun after
 * "a", "any" or "every" ("a club that fails to pay", "any player who does not attend").
 */
function genericDoer(s: Sentence, neg: number): boolean {
  let k = neg - 1;
  while (k > 0 && betweenSubjectAndVerb(s.tokens[k]) && !RELATIVES.has(s.tokens[k].lower)) k--;
  if (k < 2 || !RELATIVES.has(s.tokens[k].lower)) return false;
  return ANY_OF_KIND.has(s.tokens[k - 2].lower) && !s.tokens[k - 1].stop;
}

/**
 * A clause with the "including ..." clause that follows it: what an act took in is part of it
 * ("had checked the provenance of the work, including searches of wartime loss registers" /
 * "did not check wartime loss records").
 */
function withInclusion(s: Sentence, r: Range): Range {
  const k = s.clauses.findIndex((c) => c.start === r.start && c.end === r.end);
  const next = k >= 0 ? s.clauses[k + 1] : undefined;
  if (!next || s.tokens.find((t) => t.start >= next.start)?.lower !== 'including') return r;
  return { start: r.start, end: next.end };
}

/**
 * The person named last before a verb in its clause, with no verb of saying between ("Bridget
 * Kelloway, the restaurant's former manager, gave evidence"): who does it. Not past "said" or
 * "told": "Zalenkov told the court she kept the tips" is about her.
 */
function personBefore(s: Sentence, clause: Range, verb: number, kindOf: (id: string) => string | undefined): string | undefined {
  for (let k = verb - 1; k >= 0 && s.tokens[k].start >= clause.start; k--) {
    if (REPORTING.has(s.tokens[k].lower)) return undefined;
    const e = s.entityAt.get(k);
    if (e !== undefined && kindOf(e) === 'person') return e;
  }
  return undefined;
}

/** The possessive of a personal pronoun: "he" owns "his spokesman". */
const POSSESSIVE_OF: Record<string, string> = { he: 'his', she: 'her' };

/**
 * One side's doer is "he" (or "she"), one person, and the other's a common noun that the same
 * pronoun owns ("he had never called them that" / "his spokesman was calling us that"): two
 * doers, whatever each says. ("her client" after "Penhale would not appeal" may be Penhale.)
 */
function someoneOfTheirs(sx: Sentence, verbX: number, sy: Sentence, verbY: number, kindOf: (id: string) => string | undefined): boolean {
  const pronoun = sx.tokens[subjectHead(sx, verbX)]?.lower ?? '';
  const doer = agentOf(sx, verbX, kindOf);
  if (!Object.hasOwn(POSSESSIVE_OF, pronoun) || doer === undefined || kindOf(doer) !== 'person') return false;
  const k = subjectHead(sy, verbY);
  const head = sy.tokens[k];
  return head !== undefined && !head.stop && !head.cap && !sy.entityAt.has(k) && sy.tokens[k - 1]?.lower === POSSESSIVE_OF[pronoun];
}

/** A denial in the present perfect ("has not been detained", "have not yet resigned", "hasn't paid"): none so far. */
function deniedSoFar(s: Sentence, neg: number): boolean {
  const t = s.tokens;
  return /^(?:has|have)(?:n['’]t)?$/.test(t[neg - 1]?.lower ?? '') || /^(?:hasn|haven)['’]?t?$/.test(t[neg].lower);
}

/**
 * A negator in the clause that reaches the affirmed verb: after it, or before it with no comma
 * between ("Kovalenko, who had declined to concede on election night, said on Thursday he
 * accepted the outcome": the refusal is over by the comma, and the acceptance stands).
 */
function negatedInClause(s: Sentence, clause: Range, verb: Token, text: string): boolean {
  for (const t of tokensIn(s, clause)) {
    if (!t.negator) continue;
    if (t.start > verb.start || !text.slice(t.end, verb.start).includes(',')) return true;
  }
  return false;
}

/** Words between a verb and the name it acts on: "spoken to X", "met with the X". */
const OBJECT_GAP = new Set(['to', 'with', 'the', 'a', 'an', 'about', 'for']);

/**
 * The name right before a verb, past auxiliaries, negators and relative words ("X has not", "X,
 * who was"). Not an owner: in "Trump's plans" the word after the name is a noun of his.
 */
function subjectBefore(s: Sentence, from: number): string | undefined {
  let k = from - 1;
  while (k >= 0 && k >= from - 5 && !s.entityAt.has(k) && betweenSubjectAndVerb(s.tokens[k])) k--;
  return k >= 0 && !s.tokens[k].possessive ? s.entityAt.get(k) : undefined;
}

/** The name a verb acts on, right after it past a preposition, an article or a title ("spoken to Mayor X"). */
function objectAfter(s: Sentence, verb: number): string | undefined {
  let k = verb + 1;
  while (k < s.tokens.length && k <= verb + 4 && !s.entityAt.has(k) && (OBJECT_GAP.has(s.tokens[k].lower) || TITLES.has(s.tokens[k].lower))) k++;
  return s.entityAt.get(k);
}

/**
 * True when one name is the subject of the verb on one side and what it acts on on the other:
 * "X has not spoken publicly" does not deny "he had spoken to X".
 */
function swappedRoles(sn: Sentence, neg: number, verbN: number, so: Sentence, verbO: number): boolean {
  const subjectN = subjectBefore(sn, neg);
  const subjectO = subjectBefore(so, verbO);
  const objectN = objectAfter(sn, verbN);
  const objectO = objectAfter(so, verbO);
  return (subjectN !== undefined && subjectN === objectO && subjectO !== subjectN) || (subjectO !== undefined && subjectO === objectN && subjectN !== subjectO);
}

const inquiryFindings = perSentence(findings);

/**
 * One side found none of what the other found: "have found no link" / "has confirmed a link".
 * The noun is what both inquiries looked for, so sharing it (on a candidate pair) is enough.
 */
export function findingDenied(sa: Sentence, sb: Sentence, ta: string, tb: string): Conflict | null {
  const fa = inquiryFindings(sa);
  if (fa.length === 0) return null;
  const fb = inquiryFindings(sb);
  if (fb.length === 0) return null;
  for (const x of fa) {
    for (const y of fb) {
      if (x.none === y.none || sa.tokens[x.noun].norm !== sb.tokens[y.noun].norm) continue;
      const [sn, n, so, o, tn, to] = x.none ? [sa, x, sb, y, ta, tb] : [sb, y, sa, x, tb, ta];
      // What was found must be found outright: not "may have found", not "did not confirm".
      const ro = clauseAt(so, so.tokens[o.verb]);
      if (doubtedIn(so, ro) || demandedAt(so, o.verb)) continue;
      const rn = clauseAt(sn, sn.tokens[n.verb]);
      if (tokensIn(sn, rn).some((t) => HEDGES.has(t.lower))) continue;
      const noneText = tn.slice(sn.tokens[n.verb].start, sn.tokens[n.noun].end);
      const foundText = to.slice(so.tokens[o.verb].start, so.tokens[o.noun].end);
      return {
        detail: x.none ? explanation('negation', noneText, foundText) : explanation('negation', foundText, noneText),
        a: x.none ? rn : ro,
        b: x.none ? ro : rn,
        strength: 0.55,
      };
    }
  }
  return null;
}
