/**
 * Provider ("who") conflicts: two different parties named as the one who gives, backs, leads or
 * set going the same thing ("the rescue was led by X" / "Y, who led the rescue"). Narrow: only a
 * few verb patterns name a provider, the passages must share a rare word for the thing
 * provided, a leader compares only with a leader of the same thing, people only with people,
 * and parties listed side by side are partners, not rivals.
 */
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import { TITLES } from './lexicon.ts';
import type { Sentence } from './model.ts';
import { perSentence } from './memo.ts';
import { normalizeWord } from './tokens.ts';
import { AGENT_GAP, clauseContaining, MODALS, type Conflict, type ConflictContext } from './conflict-helpers.ts';

interface Provider {
  entity: string;
  start: number;
  end: number;
  topic: number;
  /** For the one who leads or runs something ("led by X"), that verb's key: only the same verb compares. */
  role?: string;
  /**
   * What is led, for a role: the content words on the verb's object side ("the rescue" in "The
   * rescue was led by X", "the investigation" in "X is leading the investigation").
   */
  led?: Set<string>;
}

/** Verbs of giving and phrases of responsibility: the entity next to them is the provider. */
const GIVE = normalizeWord('give');

/** Verbs whose agent is the one in charge: "led since February by X", "chaired by Y". */
const IN_CHARGE = new Set(['led', 'chaired', 'headed', 'run', 'brokered', 'mediated', 'hosted', 'organised', 'organized', 'directed', 'coached', 'managed', 'overseen', 'supervised', 'commanded']);
/** The same in the active voice, after its agent: "X, who is heading the probe", "X leads the inquiry". */
const IN_CHARGE_ACTIVE = /^(?:lead(?:s|ing)|head(?:s|ing)|chair(?:s|ing)|run(?:s|ning)|direct(?:s|ing)|manag(?:es|ing)|overs(?:ees|eeing)|supervis(?:es|ing)|command(?:s|ing)|coach(?:es|ing))$/;
/** The bare form, in charge only after "will" or "would" ("will run the combined company"): alone it is often a noun ("the lead"). */
const IN_CHARGE_BARE = /^(?:lead|head|chair|run|direct|manage|oversee|supervise|command|coach)$/;
const FUTURE = /^(?:will|would|shall)$/;
/** "leads with 48%", "leading by three points", "heads into the final": ahead in a count, or going somewhere. */
const LEAD_IN_COUNT = new Set(['with', 'by', 'in', 'into', 'to', 'for', 'towards', 'toward', 'home', 'back', 'off', 'out']);

/**
 * Verbs whose agent is the one who set something going, one party however many took part after:
 * "The test was ordered by X" / "requested by Y", "the case was filed by X" / "lodged by Y".
 * Each maps to its role; near-synonyms share one.
 */
const ORIGINATED: Record<string, string> = {
  ordered: 'request', requested: 'request',
  filed: 'file', lodged: 'file',
  initiated: 'begin', launched: 'begin',
};

/** Words from a passive verb to its "by": "was ordered at 23:30 on Monday by X". */
const PASSIVE_AGENT_REACH = 7;

/** Being in charge is one role however it is worded (leading, heading, chairing, running). */
const CHARGE = /^(?:le[ad]|head|chair|run|direct|manag|overs|supervis|command)/;

function roleOf(verb: string): string {
  return CHARGE.test(verb) ? 'charge' : verb.replace(/(?:ed|es|s|ing)$/, '');
}

/**
 * Providers of something: the entity before a giving verb ("X could provide"), after "rest(s)
 * with" or after "backed by"; and who is in charge of something ("led by X"). Demonyms count
 * ("the Nordics" -> a place named "Nordic...").
 */
const providers = perSentence(findProviders);

function findProviders(s: Sentence): Provider[] {
  const out: Provider[] = [];
  const toks = s.tokens;
  const entityNear = (from: number, to: number, step: number): number => {
    // The first name within reach, skipping articles and adjectives.
    for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
      if (i < 0 || i >= toks.length) break;
      if (s.entityAt.has(i)) return i;
      if (/[.;]/.test(toks[i].text)) break;
    }
    return -1;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let e = -1;
    if (t.norm === GIVE && !t.cap && toks[i + 1]?.lower !== 'up') {
      // Subject right before the verb, allowing only modals between ("the United States could provide").
      let k = i - 1;
      while (k >= 0 && MODALS.has(toks[k].lower)) k--;
      e = k >= 0 && s.entityAt.has(k) && !toks[k].possessive ? k : -1;
    } else if ((t.lower === 'rest' || t.lower === 'rests' || t.lower === 'lie' || t.lower === 'lies') && toks[i + 1]?.lower === 'with') {
      e = entityNear(i + 2, i + 4, 1);
    } else if (t.lower === 'backed' && toks[i + 1]?.lower === 'by') {
      e = entityNear(i + 2, i + 5, 1);
    } else if (Object.hasOwn(ORIGINATED, t.lower) && i > 0) {
      // The passive ("was ordered by X", "was ordered at 23:30 on Monday by X"), where what was
      // set going stands before the verb ("The test was").
      let by = i + 1;
      while (by < toks.length && by <= i + PASSIVE_AGENT_REACH && toks[by].lower !== 'by' && !/[,;]|:\s/.test(s.text.slice(toks[by - 1].end - s.range.start, toks[by].start - s.range.start))) by++;
      const passive = /^(?:was|were|been|is|are|be)$/.test(toks[i - 1].lower);
      let agent = passive && toks[by]?.lower === 'by' ? entityNear(by + 1, by + 4, 1) : -1;
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, ORIGINATED[t.lower]), led: ledWords(s, i - 1, -1) });
        continue;
      }
      // The active voice with a thing after it ("X ordered the evacuation"); not "ordered
      // residents to leave", whose object may be anyone.
      agent = !passive && /^(?:the|a|an)$/.test(toks[i + 1]?.lower ?? '') ? activeAgent(s, i) : -1;
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, ORIGINATED[t.lower]), led: ledWords(s, i, 1) });
        continue;
      }
    } else if (IN_CHARGE.has(t.lower)) {
      // "led since it began last month by Labour Minister X": the agent within a few words.
      let by = i + 1;
      while (by < toks.length && by <= i + 7 && toks[by].lower !== 'by') by++;
      let agent = toks[by]?.lower === 'by' ? entityNear(by + 1, by + 4, 1) : -1;
      // "by Labour Minister X": the remit before a title is not the agent, the titled name is.
      // (Not past a clause mark: "led by officer Petra Ilic; Commissioner Velcev arrived later".)
      if (agent >= 0) {
        let k = agent;
        while (s.entityAt.get(k + 1) === s.entityAt.get(agent)) k++;
        let t2 = k + 1;
        while (t2 < toks.length && t2 <= k + 3 && TITLES.has(toks[t2].lower)) t2++;
        if (t2 > k + 1 && s.entityAt.has(t2) && !/[,;:.]/.test(s.text.slice(toks[k].end - s.range.start, toks[t2].start - s.range.start))) agent = t2;
      }
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, roleOf(t.lower)), led: ledWords(s, i, -1) });
        continue;
      }
      // No "by": the past tense in the active voice, after its agent ("Dunn, who led the rescue").
      // ("run" is past only as a participle: "X will run the company" is the future.)
      const future = FUTURE.test(toks[i - 1]?.lower ?? '');
      if (toks[by]?.lower !== 'by' && (t.lower !== 'run' || future)) agent = activeAgent(s, i);
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, i, roleOf(t.lower)), led: ledWords(s, i, 1) });
        continue;
      }
    } else if (t.lower === 'charge' && toks[i - 1]?.lower === 'in' && toks[i + 1]?.lower === 'of') {
      // "X is in charge of the operation": the role of leading it, its agent before "in".
      const k = activeAgent(s, i - 1);
      if (k >= 0) {
        out.push({ ...providerAt(s, k, i, 'charge'), led: ledWords(s, i + 1, 1) });
        continue;
      }
    } else if (IN_CHARGE_ACTIVE.test(t.lower) || (IN_CHARGE_BARE.test(t.lower) && FUTURE.test(toks[i - 1]?.lower ?? ''))) {
      const k = activeAgent(s, i);
      if (k >= 0) {
        out.push({ ...providerAt(s, k, i, roleOf(t.lower)), led: ledWords(s, i, 1) });
        continue;
      }
    }
    if (e >= 0) out.push(providerAt(s, e, i));
  }
  return out;
}

/**
 * The name an in-charge verb at `verb` follows as its agent ("X leads the inquiry", "X, which is
 * leading the investigation", "X, who led the rescue"), or -1. Not "leads with 48%" or "led to
 * clashes": ahead in a count, or a cause.
 */
function activeAgent(s: Sentence, verb: number): number {
  const toks = s.tokens;
  if (verb === 0 || LEAD_IN_COUNT.has(toks[verb + 1]?.lower ?? '')) return -1;
  let k = verb - 1;
  let relative = false;
  while (k > 0 && k >= verb - 5 && AGENT_GAP.has(toks[k].lower)) relative ||= RELATIVE.has(toks[k--].lower);
  // "X, Tessaro's chief executive, will run" / "X, who grew up in Y, will lead": an appositive
  // closed by a comma right before the verb stands between it and its agent, named before the
  // appositive's opening comma. (After "who" or "which" the name before is the agent itself.)
  if (!relative && k + 1 < verb && commaBetween(s, k, k + 1)) {
    for (let j = k - 1; j >= 0 && j >= k - APPOSITIVE_REACH; j--) {
      if (commaBetween(s, j, j + 1)) return s.entityAt.has(j) && !toks[j].possessive ? j : -1;
    }
    return -1;
  }
  return s.entityAt.has(k) && !toks[k].possessive ? k : -1;
}

const RELATIVE = new Set(['who', 'which', 'that']);
/** Tokens an appositive between a name and its verb may run to. */
const APPOSITIVE_REACH = 10;

function commaBetween(s: Sentence, i: number, j: number): boolean {
  return s.text.slice(s.tokens[i].end - s.range.start, s.tokens[j].start - s.range.start).includes(',');
}

/**
 * The content words within four tokens of an in-charge verb on its object's side (`step` -1:
 * before a passive verb, 1: after an active one), up to a clause mark or a name, which is then
 * what is led ("runs the Supporters' Trust": "E:" and its id). Before a passive verb the first
 * comma is crossed: "The opposition, led on the council by X" leads the opposition.
 */
function ledWords(s: Sentence, verb: number, step: 1 | -1): Set<string> {
  const toks = s.tokens;
  const out = new Set<string>();
  for (let k = verb + step; k >= 0 && k < toks.length && Math.abs(k - verb) <= 4; k += step) {
    const gap = step > 0 ? s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start) : s.text.slice(toks[k].end - s.range.start, toks[k + 1].start - s.range.start);
    if (/[;:()]/.test(gap) || (gap.includes(',') && !(step < 0 && k === verb - 1))) break;
    const e = s.entityAt.get(k);
    if (e !== undefined) {
      if (out.size === 0) out.add('E:' + e);
      break;
    }
    if (!toks[k].stop && !toks[k].isNumber) out.add(toks[k].norm);
  }
  return out;
}

/** The provider named at token `e` for the verb at token `verb`, spanning both. */
function providerAt(s: Sentence, e: number, verb: number, role?: string): Provider {
  const toks = s.tokens;
  const id = s.entityAt.get(e)!;
  let first = e;
  let last = e;
  while (first > 0 && s.entityAt.get(first - 1) === id) first--;
  while (last + 1 < toks.length && s.entityAt.get(last + 1) === id) last++;
  return { entity: id, start: toks[Math.min(first, verb)].start, end: toks[Math.max(last, verb)].end, topic: verb, role };
}

export function providerConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  // Few sentences name a provider (cached per sentence): ask that first.
  const pa = providers(sa);
  if (pa.length === 0) return null;
  const pb = providers(sb);
  if (pb.length === 0) return null;
  // The passages must share the thing provided: at least one rare content word.
  if (c.sentenceMatch.score < 0.08 || !c.sentenceMatch.shared.some((f) => f.startsWith('W:') && ctx.weights.relative(f) >= 0.42)) return null;
  // Who leads something compares only with who leads it, not with who gives something, and
  // only when it is the same thing: the rescue's leader is not the investigation's.
  if (pa[0].role !== pb[0].role) return null;
  const la = pa[0].led;
  const lb = pb[0].led;
  if (la && lb && la.size > 0 && lb.size > 0 && ![...la].some((w) => lb.has(w))) return null;
  // Compare like with like: countries/organisations with each other, people with people.
  const group = (id: string): string => (ctx.entityKind(id) === 'person' ? 'person' : 'body');
  if (group(pa[0].entity) !== group(pb[0].entity)) return null;
  const ea = new Set(pa.map((p) => p.entity));
  const eb = new Set(pb.map((p) => p.entity));
  if ([...ea].some((e) => eb.has(e))) return null;
  // When each side names the other's provider beside its own ("led by X and Y"), they list the
  // same parties: no conflict. Named elsewhere in the sentence ("X will run the company, while
  // Y will step down"), the other is given another part.
  if (listedBeside(sa, pa[0], eb) && listedBeside(sb, pb[0], ea)) return null;
  const ta = ctx.docs[c.a.doc].article.text;
  const tb = ctx.docs[c.b.doc].article.text;
  const x = pa[0];
  const y = pb[0];
  return {
    detail: explanation('who', ta.slice(x.start, x.end), tb.slice(y.start, y.end)),
    a: clauseContaining(sa, x),
    b: clauseContaining(sb, y),
    strength: 0.6,
  };
}

/** Tokens between a provider and another name listed with it ("X and Y", "X, with Y's help"). */
const LISTED_REACH = 4;

/** True when one of `others` is named within a few tokens of the provider's own name. */
function listedBeside(s: Sentence, p: Provider, others: Set<string>): boolean {
  const own: number[] = [];
  const theirs: number[] = [];
  s.entityAt.forEach((e, i) => {
    if (e === p.entity) own.push(i);
    else if (others.has(e)) theirs.push(i);
  });
  return theirs.some((i) => own.some((j) => Math.abs(i - j) <= LISTED_REACH));
}
