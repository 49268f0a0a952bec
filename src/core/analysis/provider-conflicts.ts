/**
 * Provider ("who") conflicts: two different parties named as the one who gives, backs, leads or
 * set going the same thing ("the rescue was led by X" / "Y, who led the rescue"). Narrow: only a
 * few verb patterns name a provider, the passages must share a rare word for the thing
 * provided, a leader compares only with a leader of the same thing, people only with people,
 * and parties listed side by side are partners, not rivals.
 */
import type { Candidate } from './candidates.ts';
import { explanation } from './explain.ts';
import { isPastForm, TITLES } from './lexicon.ts';
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
  /** Said of the future ("X will run the combined company"): not who leads it now ("Y has led the company since 2019"). */
  future?: boolean;
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
  proposed: 'propose', floated: 'propose',
  appointed: 'appoint',
};

/** Adverbs between a thing and the verb that set it going: "The prisoner swap, first put forward by X". */
const ORIGIN_ADVERBS = /^(?:first|originally|initially|reportedly|formally|personally)$/;

/** Words before an ordered thing after the verb: "ordered the evacuation", "ordered all flights grounded". */
const ORDERED_OPENERS = /^(?:the|a|an|all|both)$/;
/** Verbs that make a decision or an order one's own: "took the decision to evacuate", "gave the order". */
const DECISION_TAKEN = /^(?:took|taken|made|gave|given)$/;
/** Nouns of a decision whose act follows "to": "the decision to evacuate", "the order to get everyone out". */
const DECISION_NOUNS = /^(?:decision|order)$/;

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
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let e = -1;
    if (t.norm === GIVE && !t.cap && toks[i + 1]?.lower !== 'up') {
      // Subject right before the verb, allowing only modals between ("the United States could provide").
      let k = i - 1;
      while (k >= 0 && MODALS.has(toks[k].lower)) k--;
      e = k >= 0 && s.entityAt.has(k) && !toks[k].possessive ? k : -1;
    } else if ((t.lower === 'rest' || t.lower === 'rests' || t.lower === 'lie' || t.lower === 'lies') && toks[i + 1]?.lower === 'with') {
      e = nameNear(s, i + 2, i + 4, 1);
    } else if (t.lower === 'backed' && toks[i + 1]?.lower === 'by') {
      e = nameNear(s, i + 2, i + 5, 1);
    } else if ((Object.hasOwn(ORIGINATED, t.lower) || (t.lower === 'forward' && toks[i - 1]?.lower === 'put')) && i > 1) {
      // (A two-word verb, "put forward", is a proposal; its first word stands where the verb would.)
      const role = ORIGINATED[t.lower] ?? 'propose';
      const head = t.lower === 'forward' ? i - 1 : i;
      // The passive ("was ordered by X", "was ordered at 23:30 on Monday by X"), where what was
      // set going stands before the verb ("The test was"); or a participle right before its "by"
      // ("a plan first put forward by X", "the buffer zone, proposed by Y").
      let by = i + 1;
      while (by < toks.length && by <= i + PASSIVE_AGENT_REACH && toks[by].lower !== 'by' && !/[,;]|:\s/.test(s.text.slice(toks[by - 1].end - s.range.start, toks[by].start - s.range.start))) by++;
      const aux = /^(?:was|were|been|is|are|be)$/.test(toks[head - 1].lower);
      const passive = aux || (by === i + 1 && toks[by]?.lower === 'by');
      let agent = passive && toks[by]?.lower === 'by' ? agentAfterBy(s, by) : -1;
      if (agent >= 0) {
        // (What was set going stands before the verb's adverb too: "The prisoner swap, first put forward".)
        let from = aux ? head - 1 : head;
        while (from > 1 && ORIGIN_ADVERBS.test(toks[from - 1].lower)) from--;
        // (Quoted from the verb, or from "by" when other words stand between: "by TMR's technical director, Ottmar Holzl".)
        out.push({ ...providerAt(s, agent, by > i + 1 ? by : head, role), led: ledWords(s, from, -1) });
        continue;
      }
      // The active voice with a thing after it ("X ordered the evacuation"); not "ordered
      // residents to leave", whose object may be anyone.
      // Or a name ordered to do something ("ordered Drevny to be evacuated"), the deed then
      // being what was ordered.
      agent = !passive && (ORDERED_OPENERS.test(toks[i + 1]?.lower ?? '') || s.entityAt.has(i + 1)) ? activeAgent(s, head) : -1;
      if (agent >= 0) {
        out.push({ ...providerAt(s, agent, head, role), led: new Set([...ledWords(s, i, 1), ...deedOrdered(s, i)]) });
        continue;
      }
    } else if (t.lower === 'signed' && toks[i + 1]?.lower === 'the' && toks.slice(i + 2, i + 5).some((x) => x.lower === 'order')) {
      // "X, who signed the evacuation order": the one who ordered the evacuation.
      const agent = activeAgent(s, i);
      if (agent >= 0) {
        const order = toks.findIndex((x, k) => k > i + 1 && x.lower === 'order');
        const led = new Set(toks.slice(i + 2, order).filter((x) => !x.stop && !x.isNumber).map((x) => x.norm));
        out.push({ ...providerAt(s, agent, i, 'request'), led });
        continue;
      }
    } else if (DECISION_NOUNS.test(t.lower) && toks[i - 1]?.lower === 'the' && toks[i + 1]?.lower === 'to' && toks[i + 2] && !toks[i + 2].stop) {
      // "X took the decision to ground the fleet" / "the decision to evacuate was taken at 19:10
      // by Y": who set going what the decision was to do, as one who ordered it.
      // (What it was to do, up to a verb of its own: "to evacuate was taken" led "evacuate".)
      const led = new Set<string>();
      for (let k = i + 2; k < toks.length && k <= i + 4 && !/^(?:was|were|is|be|been|had|has)$/.test(toks[k].lower); k++) if (!toks[k].stop && !toks[k].isNumber && !s.entityAt.has(k)) led.add(toks[k].norm);
      const taken = toks[i - 2] && DECISION_TAKEN.test(toks[i - 2].lower) ? activeAgent(s, i - 2) : -1;
      const by = taken >= 0 ? -1 : decisionTakenBy(s, i);
      const agent = taken >= 0 ? taken : by >= 0 ? agentAfterBy(s, by) : -1;
      if (agent >= 0) {
        // (Quoted from "took", or from the passive's "by".)
        out.push({ ...providerAt(s, agent, taken >= 0 ? i - 2 : by, 'request'), led });
        continue;
      }
    } else if (IN_CHARGE.has(t.lower)) {
      // "led since it began last month by Labour Minister X": the agent within a few words.
      let by = i + 1;
      while (by < toks.length && by <= i + 7 && toks[by].lower !== 'by') by++;
      let agent = toks[by]?.lower === 'by' ? agentAfterBy(s, by) : -1;
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
  // (Not `relative ||= ...(k--)`: once true, the right side, and its step, would be skipped.)
  for (; k > 0 && k >= verb - 5 && AGENT_GAP.has(toks[k].lower); k--) if (RELATIVE.has(toks[k].lower)) relative = true;
  // "X, Tessaro's chief executive, will run" / "X, who grew up in Y, will lead": an appositive
  // closed by a comma right before the verb stands between it and its agent, named before the
  // appositive's opening comma. (After "who" or "which" the name before is the agent itself.)
  if (!relative && commaBetween(s, k, k + 1)) {
    for (let j = k - 1; j >= 0 && j >= k - APPOSITIVE_REACH; j--) {
      if (commaBetween(s, j, j + 1)) return s.entityAt.has(j) && !toks[j].possessive ? j : -1;
    }
    return -1;
  }
  return s.entityAt.has(k) && !toks[k].possessive ? k : -1;
}

/** The first name from token `from` to `to` (stepping by `step`), skipping articles and adjectives, up to a sentence mark; or -1. */
function nameNear(s: Sentence, from: number, to: number, step: number): number {
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) {
    if (i < 0 || i >= s.tokens.length) break;
    if (s.entityAt.has(i)) return i;
    if (/[.;]/.test(s.tokens[i].text)) break;
  }
  return -1;
}

/**
 * The name a passive verb's "by" at `by` brings in, within four tokens. "by Labour Minister X":
 * the remit before a title is not the agent, the titled name is; nor is the body whose officer
 * the agent is ("by TMR's technical director, Ottmar Holzl"). (Not past a clause mark: "led by
 * officer Petra Ilic; Commissioner Velcev arrived later".)
 */
function agentAfterBy(s: Sentence, by: number): number {
  const toks = s.tokens;
  const agent = nameNear(s, by + 1, by + 4, 1);
  if (agent < 0) return -1;
  let k = agent;
  while (s.entityAt.get(k + 1) === s.entityAt.get(agent)) k++;
  const clauseMark = (to: number): boolean => /[;:.]/.test(s.text.slice(toks[k].end - s.range.start, toks[to].start - s.range.start));
  let t2 = k + 1;
  while (t2 < toks.length && t2 <= k + 3 && TITLES.has(toks[t2].lower)) t2++;
  if (t2 > k + 1 && s.entityAt.has(t2) && !clauseMark(t2) && !/,/.test(s.text.slice(toks[k].end - s.range.start, toks[t2].start - s.range.start))) return t2;
  if (toks[k].possessive) {
    for (let j = k + 1; j < toks.length && j <= k + 4; j++) if (s.entityAt.has(j)) return clauseMark(j) ? agent : j;
  }
  return agent;
}

/** The "by" of a decision or order taken in the passive after it ("the decision to evacuate was taken at 19:10 by X"), or -1. */
function decisionTakenBy(s: Sentence, noun: number): number {
  const toks = s.tokens;
  const taken = toks.findIndex((t, k) => k > noun + 2 && k <= noun + 2 + PASSIVE_AGENT_REACH && DECISION_TAKEN.test(t.lower) && /^(?:was|were|been)$/.test(toks[k - 1].lower));
  if (taken < 0) return -1;
  for (let by = taken + 1; by < toks.length && by <= taken + PASSIVE_AGENT_REACH; by++) {
    if (/[,;]/.test(s.text.slice(toks[by - 1].end - s.range.start, toks[by].start - s.range.start))) return -1;
    if (toks[by].lower === 'by') return by;
  }
  return -1;
}

/** Reach after an order's verb to the deed ordered: "ordered Drevny to be evacuated". */
const DEED_REACH = 5;

/** The past participle an order's object is followed by ("ordered the village evacuated", "ordered X to be evacuated"), as its feature word. */
function deedOrdered(s: Sentence, verb: number): string[] {
  const toks = s.tokens;
  for (let k = verb + 2; k < toks.length && k <= verb + DEED_REACH; k++) {
    const gap = s.text.slice(toks[k - 1].end - s.range.start, toks[k].start - s.range.start);
    if (/[,;:()]/.test(gap)) break;
    if (!toks[k].stop && !s.entityAt.has(k) && isPastForm(toks[k].lower)) return [toks[k].norm];
  }
  return [];
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
  const future = [1, 2].some((k) => FUTURE.test(toks[verb - k]?.lower ?? ''));
  return { entity: id, start: toks[Math.min(first, verb)].start, end: toks[Math.max(last, verb)].end, topic: verb, role, future };
}

export function providerConflict(c: Candidate, sa: Sentence, sb: Sentence, ctx: ConflictContext): Conflict | null {
  // Few sentences name a provider (cached per sentence): ask that first.
  const pa = providers(sa);
  if (pa.length === 0) return null;
  const pb = providers(sb);
  if (pb.length === 0) return null;
  // The passages must share the thing provided: at least one rare content word.
  if (c.sentenceMatch.score < 0.08 || !c.sentenceMatch.shared.some((f) => f.startsWith('W:') && ctx.weights.relative(f) >= 0.42)) return null;
  return rivalProviders(pa, sa, ctx.docs[c.a.doc].article.text, pb, sb, ctx.docs[c.b.doc].article.text, ctx);
}

/**
 * Two parties each named as the one who set the same thing going or is in charge of it, in
 * sentences that may share no other word ("The evacuation was ordered by X, the head of the
 * rescue service, who said ..." / "the evacuation was ordered at 7.10pm by Y"): the story's
 * sentences naming such a party are few, so they are paired through the role and the thing,
 * and the thing named on both sides ties them.
 */
export function rivalProvidersInStory(storyDocs: number[], ctx: ConflictContext): Array<{ a: { doc: number; sentence: number }; b: { doc: number; sentence: number }; conflict: Conflict }> {
  const byKey = new Map<string, Array<{ doc: number; sentence: number }>>();
  for (const d of storyDocs) {
    for (const s of ctx.docs[d].sentences) {
      const p = providers(s)[0];
      if (!p?.role || !p.led) continue;
      for (const w of p.led) {
        const key = `${p.role}|${w}`;
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push({ doc: d, sentence: s.index });
      }
    }
  }
  const out: Array<{ a: { doc: number; sentence: number }; b: { doc: number; sentence: number }; conflict: Conflict }> = [];
  const seen = new Set<string>();
  for (const list of byKey.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = list[i].doc < list[j].doc ? [list[i], list[j]] : [list[j], list[i]];
        const key = `${x.doc}:${x.sentence}|${y.doc}:${y.sentence}`;
        if (x.doc === y.doc || seen.has(key)) continue;
        seen.add(key);
        const [sx, sy] = [ctx.docs[x.doc].sentences[x.sentence], ctx.docs[y.doc].sentences[y.sentence]];
        const conflict = rivalProviders(providers(sx), sx, ctx.docs[x.doc].article.text, providers(sy), sy, ctx.docs[y.doc].article.text, ctx);
        if (conflict) out.push({ a: x, b: y, conflict });
      }
    }
  }
  return out;
}

function rivalProviders(pa: Provider[], sa: Sentence, ta: string, pb: Provider[], sb: Sentence, tb: string, ctx: ConflictContext): Conflict | null {
  // Who leads something compares only with who leads it, not with who gives something, and
  // only when it is the same thing: the rescue's leader is not the investigation's.
  if (pa[0].role !== pb[0].role) return null;
  // A role to be taken up is not the role held now; a gift is a gift whenever it comes.
  if (pa[0].role !== undefined && Boolean(pa[0].future) !== Boolean(pb[0].future)) return null;
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
