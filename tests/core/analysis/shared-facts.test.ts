import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Candidate } from '../../../src/core/analysis/candidates.ts';
import { Weights, type Unit } from '../../../src/core/analysis/features.ts';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import type { Doc } from '../../../src/core/analysis/model.ts';
import { hasOwnEvidence, isSharedFact } from '../../../src/core/analysis/shared-facts.ts';
import type { Link } from '../../../src/core/types.ts';
import { article } from './helpers.ts';

/** Background both made-up reports give, so the story holds together and words get weights. */
const CONTEXT = [
  'The Tellan harbour strike entered its third week in Orvesk on Monday.',
  'Dockworkers blocked the northern gates and cargo ships waited offshore.',
  'Shop owners in the old town said deliveries of fresh food had stopped.',
  'The port authority warned that fuel stocks would run low within days.',
];

async function sharedLinks(a: string[], b: string[]): Promise<Link[]> {
  const result = await analyzeLibrary([
    article('first.md', [CONTEXT[0], ...a, CONTEXT[1], CONTEXT[2]].join(' '), { outlet: 'Outlet One' }),
    article('second.md', [CONTEXT[0], CONTEXT[3], ...b, CONTEXT[1]].join(' '), { outlet: 'Outlet Two' }),
  ]);
  return result.links.filter((l) => l.kind === 'shared');
}

const links = (ls: Link[], needleA: string, needleB: string): Link[] =>
  ls.filter((l) => (l.a.quote.includes(needleA) && l.b.quote.includes(needleB)) || (l.a.quote.includes(needleB) && l.b.quote.includes(needleA)));

const CASES: Array<{ name: string; a: string; b: string; shared: boolean }> = [
  {
    name: 'who did what to whom: three rare people in both passages are one fact, however the deed is worded',
    a: 'The visitors went ahead when captain Luca Brennagh converted a penalty after goalkeeper Stefan Orlik brought down winger Jonas Threlkeld.',
    b: 'They were behind at half-time after Luca Brennagh rolled in a spot-kick, awarded when Stefan Orlik clipped Jonas Threlkeld inside the area.',
    shared: true,
  },
  {
    name: 'two of the same people in different deeds are not one fact',
    a: 'The visitors went ahead when captain Luca Brennagh converted a penalty after goalkeeper Stefan Orlik brought down a winger.',
    b: 'Stefan Orlik later saved a header from Luca Brennagh in the second half.',
    shared: false,
  },
  {
    name: 'who met whom: two rare names and one shared word are one fact',
    a: 'Union leader Mirela Oskarsdottir met the mediator Tomas Vandergriff late on Sunday.',
    b: 'Vandergriff and Oskarsdottir met behind closed doors at a hotel near the station.',
    shared: true,
  },
  {
    name: 'an open compound matches the closed one another report writes ("front line" / "frontline")',
    a: 'Negotiators want to freeze the front line.',
    b: 'The frontline should be frozen, negotiators said.',
    shared: true,
  },
  {
    name: 'the same quotation word for word, however few content words it has',
    a: '“We have to put the town first,” the mayor wrote.',
    b: '“We have to put the town first,” she told the council in a letter.',
    shared: true,
  },
  {
    name: 'news paraphrase: "apologised to" / "said sorry to", "workers" / "staff"',
    a: 'Harbour master Tomas Vandergriff apologised to the port workers on Tuesday.',
    b: 'Vandergriff has said sorry to port staff, the union said.',
    shared: true,
  },
  {
    name: 'a short clause wholly inside a long sentence, though the sentences score low on Dice',
    a: 'The night ferry from Orvesk to the island of Kelby ran aground on a sandbank near the old lighthouse in heavy fog shortly after midnight on Sunday with two hundred passengers and a crew of eighteen aboard and three of its nine lifeboats lowered into the icy water.',
    b: 'Three lifeboats were lowered, and the captain radioed the coastguard through the fog to ask for tugs and a helicopter.',
    shared: true,
  },
  {
    name: 'an age says who, like a name: the same age and one word are not a fact',
    a: 'The 31-year-old docker was injured at the northern gates on Friday.',
    b: 'Police said the 31-year-old docker had been arrested in March.',
    shared: false,
  },
  {
    name: '"a woman" / "one woman" brings someone in: it is no figure the reports share',
    a: 'A woman who had been pulled from the harbour died in hospital on Wednesday.',
    b: 'One woman screamed at the harbour master outside the gates.',
    shared: false,
  },
  {
    name: 'the same time to the minute, however written ("at 23:10" / "at 11.10pm"), and what happened then are one fact',
    a: 'Footage shows the sealed crate reaching the warehouse at 23:10 on Friday.',
    b: 'The crate was delivered to the warehouse at 11.10pm, unnoticed.',
    shared: true,
  },
  {
    name: 'two times to the minute are two moments: the same few words at 23:10 and at 9.40pm are not one fact',
    a: 'Footage shows the sealed crate reaching the warehouse at 23:10 on Friday.',
    b: 'The crate was delivered to the warehouse at 9.40pm, unnoticed.',
    shared: false,
  },
  {
    name: 'figures that agree without being written alike ("more than 200 sailings" / "212 sailings") are evidence like one figure both write',
    a: 'The port authority said more than 200 sailings had been cancelled since the walkout began.',
    b: 'Operators have cancelled 212 sailings, the union said.',
    shared: true,
  },
  {
    name: 'a floor far below the other figure allows it but tells little of it ("more than 200 sailings" / "450 sailings")',
    a: 'The port authority said more than 200 sailings had been cancelled since the walkout began.',
    b: 'Operators have cancelled 450 sailings, the union said.',
    shared: false,
  },
  {
    name: 'the same day of a month, however written ("on 13 March" / "on March 13"), and what happened then are one fact',
    a: 'The sit-in at the container terminal began on 13 March.',
    b: 'Dockers have occupied the container terminal since March 13.',
    shared: true,
  },
  {
    name: 'two days of a month are two moments: the same few words on 13 March and on 19 March are not one fact',
    a: 'The sit-in at the container terminal began on 13 March.',
    b: 'Dockers have occupied the container terminal since March 19.',
    shared: false,
  },
  {
    name: 'the same result ("lost 2-0" / "lose 2-0") is evidence like a figure both give',
    a: 'Orvesk Harbour lost 2-0 at home.',
    b: "The dockers' club went on to lose 2-0 at home.",
    shared: true,
  },
  {
    name: 'names alone are not a fact',
    a: 'Union leader Mirela Oskarsdottir arrived by train late on Sunday.',
    b: 'Vandergriff later thanked Oskarsdottir for her patience.',
    shared: false,
  },
];

for (const c of CASES) {
  test(`shared facts: ${c.name}`, async () => {
    const found = links(await sharedLinks([c.a], [c.b]), c.a.slice(0, 20), c.b.slice(0, 20));
    assert.equal(found.length > 0, c.shared, JSON.stringify(found.map((l) => [l.a.quote, l.b.quote, l.explanation])));
  });
}

/**
 * The decision itself, table-driven over a library of 40 sentences where `W:r*`/`E:r*` occur in
 * one sentence each (rare) and `W:c*`/`E:c*` in half of them (common). Mass is in units of a
 * once-seen word, as the thresholds are.
 */
function weightsFor(): Weights {
  const sentences: Set<string>[] = [];
  for (let i = 0; i < 40; i++) {
    const f = new Set<string>([`W:r${i}`, `E:r${i}`]);
    if (i % 2 === 0) for (const c of ['W:c0', 'W:c1', 'E:c0']) f.add(c);
    sentences.push(f);
  }
  const units = [sentences.map((features, i) => [{ doc: 0, sentence: i, range: { start: 0, end: 0 }, from: 0, to: 0, features, mass: 0 } as Unit])];
  return new Weights([{} as Doc], units);
}

/** A passage without quotations, for decisions made on the match alone. */
const UNQUOTED = { quotes: new Set<string>() };

const DECISIONS: Array<{ name: string; score: number; shared: string[]; containment?: number; expect: boolean }> = [
  { name: 'similar passages sharing two rare words', score: 0.3, shared: ['W:r1', 'W:r2'], expect: true },
  { name: 'similar but only common words shared', score: 0.3, shared: ['W:c0', 'W:c1', 'E:r1'], expect: false },
  { name: 'below the score, little shared weight', score: 0.25, shared: ['W:r1', 'W:r2'], expect: false },
  { name: 'below the score but much rare weight shared (long sentences)', score: 0.24, shared: ['W:r1', 'W:r2', 'W:r3'], expect: true },
  { name: 'under the lowest score even with much shared weight', score: 0.2, shared: ['W:r1', 'W:r2', 'W:r3'], expect: false },
  { name: 'two rare names and one word (who met whom)', score: 0.35, shared: ['E:r1', 'E:r2', 'W:c0'], expect: true },
  { name: 'one rare name, one common name and one word', score: 0.35, shared: ['E:r1', 'E:c0', 'W:r2'], expect: false },
  { name: 'names alone', score: 0.5, shared: ['E:r1', 'E:r2', 'E:r3'], expect: false },
  { name: 'a short passage wholly inside a long one', score: 0.15, containment: 0.8, shared: ['W:r1', 'W:r2'], expect: true },
];

for (const d of DECISIONS) {
  test(`shared-fact decision: ${d.name}`, () => {
    const w = weightsFor();
    const sharedMass = d.shared.reduce((m, f) => m + w.weight(f), 0);
    const match = { score: d.score, containment: d.containment ?? 0, shared: d.shared, sharedMass };
    assert.equal(isSharedFact({ a: UNQUOTED, b: UNQUOTED, match, sentenceMatch: match } as unknown as Candidate, w), d.expect, `mass ${(sharedMass / w.rareUnit).toFixed(2)}`);
  });
}

test('shared facts: a weak pair is one fact when a third report links strongly to both', async () => {
  const first = "The strike became the longest stoppage in the port's history, surpassing the walkout of 1987.";
  const second = "The stoppage is now the longest in the port's history, union officials said.";
  const third = 'Union officials said it is already the longest the port has seen.';
  const library = (withSecond: boolean) => [
    article('first.md', [CONTEXT[0], first, CONTEXT[1], CONTEXT[2]].join(' '), { outlet: 'Outlet One' }),
    article('third.md', [CONTEXT[0], CONTEXT[2], third, CONTEXT[3]].join(' '), { outlet: 'Outlet Three' }),
    ...(withSecond ? [article('second.md', [CONTEXT[0], CONTEXT[3], second, CONTEXT[1]].join(' '), { outlet: 'Outlet Two' })] : []),
  ];
  const shared = async (withSecond: boolean) => (await analyzeLibrary(library(withSecond))).links.filter((l) => l.kind === 'shared');
  const corroborated = await shared(true);
  assert.equal(links(corroborated, 'The strike became', 'Union officials said it').length, 1, 'first and third share "the longest" and the port, and both match the second report');
  assert.equal(links(corroborated, 'The strike became', 'The stoppage is now').length, 1);
  assert.equal(links(corroborated, 'The stoppage is now', 'Union officials said it').length, 1);
  // Alone, the two share too little to be called one fact.
  assert.equal(links(await shared(false), 'The strike became', 'Union officials said it').length, 0);
});

test('shared facts: who told the reporter is not a fact ("according to ... sources familiar with the matter")', async () => {
  const a = 'The harbour master has held talks with the mayor, who appointed him last spring, according to a senior port official and other sources familiar with the matter.';
  const b = 'A senior port official familiar with the matter described the mood among the pilots as tense.';
  const found = (await sharedLinks([a], [b])).filter((l) => l.a.quote.includes('official') || l.b.quote.includes('described the mood'));
  assert.deepEqual(found.map((l) => [l.a.quote, l.b.quote]), []);
});

test('shared facts: a sentence reporting two facts links to both sentences that report them apart', async () => {
  const both = 'The blockade has cost shippers 40 million dollars and forced the closure of the grain terminal.';
  const cost = 'Shippers have lost 40 million dollars since the blockade began, an industry group estimated.';
  const closure = 'The grain terminal was forced to close last week as silos filled up.';
  const found = await sharedLinks([both], [cost, closure]);
  assert.equal(links(found, 'The blockade has cost', 'Shippers have lost').length, 1, 'the cost');
  assert.equal(links(found, 'The blockade has cost', 'The grain terminal was').length, 1, 'the closure');
});

test('shared facts: a second link from one sentence needs evidence the first did not use', async () => {
  const w = weightsFor();
  const match = (shared: string[]) => ({ score: 0.4, containment: 0, shared, sharedMass: shared.reduce((m, f) => m + w.weight(f), 0) });
  const candidate = (shared: string[]) => ({ a: UNQUOTED, b: UNQUOTED, match: match(shared), sentenceMatch: match(shared) }) as unknown as Candidate;
  const used = new Set(['W:r1', 'W:r2', 'W:c0']);
  assert.equal(hasOwnEvidence(candidate(['W:r1', 'W:r2', 'W:c0', 'W:c1']), used, w), false, 'the same words again, plus a common one');
  assert.equal(hasOwnEvidence(candidate(['W:r1', 'W:r3', 'W:r4']), used, w), true, 'two rare words of its own');
  assert.equal(hasOwnEvidence(candidate(['W:r2', 'E:r5', 'E:r6']), used, w), false, 'only names of its own');
});
