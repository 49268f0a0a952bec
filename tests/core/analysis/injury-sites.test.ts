import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { injurySites } from '../../../src/core/analysis/injury-sites.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { article } from './helpers.ts';

/** The injury sites of a one-sentence text, as "part" or "left part" / "right part". */
function sites(text: string): string[] {
  const doc = prepareDoc(article('t.md', text));
  return doc.sentences.flatMap((s) => injurySites(s).map((x) => (x.side < 0 ? 'left ' : x.side > 0 ? 'right ' : '') + x.part));
}

test('injury sites: a part of the body with a word of injury near it, and the side it is on', () => {
  const cases: Array<[string, string[]]> = [
    ['A security guard was shot in the leg during the robbery.', ['leg']],
    ['He was shot in the left thigh when he tried to tackle one of the gunmen.', ['left thigh']],
    ['The striker limped off with a hamstring injury during the final.', ['hamstring']],
    ['A scan showed he has a tear in his right knee.', ['right knee']],
    ['A scan confirmed a strain to the back of his left thigh.', ['left thigh']],
    ['His team said he had broken his collarbone and his wrist.', ['collarbone', 'wrist']],
    ['His team said he had broken his collarbone and would not start the next stage.', ['collarbone']],
    ['She was in a critical condition with head injuries and a broken leg.', ['head', 'leg']],
    // No injury, or a word that names something else.
    ['The head coach was injured in the crash.', []],
    ['He raised his right hand to take the oath.', []],
    ['On the other hand, the injured driver was lucky.', []],
    // Denied, doubted, or told of another report or another year.
    ['He was not shot in the leg, police said.', []],
    ['He may have broken his wrist.', []],
    ['Early reports that he had broken his wrist were wrong.', []],
    ['He missed the 2023-24 season through a knee injury.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(sites(text), want, text);
});

/** Two made-up reports of one event; returns the conflict links between them. */
async function conflicts(a: string, b: string): Promise<string[]> {
  const result = await analyzeLibrary([article('first.md', a, { outlet: 'Outlet One' }), article('second.md', b, { outlet: 'Outlet Two' })]);
  return result.links.filter((l) => l.kind !== 'shared').map((l) => l.explanation);
}

const CONTEXT = 'Two masked men robbed the Orvesk Mutual branch on Tellan Square on Thursday morning.';

test('injury sites: one person hurt on two parts of the body, or on two sides, is a conflict; a part and a part within it are one site', async () => {
  assert.deepEqual(await conflicts(
    `${CONTEXT} A security guard, Tibor Salvany, 58, was shot in the leg during the robbery.`,
    `${CONTEXT} Hero guard Tibor Salvany, 58, was shot in the stomach as he tried to stop them.`,
  ), ['place: "leg" vs "stomach"']);
  assert.deepEqual(await conflicts(
    `${CONTEXT} The guard, Tibor Salvany, has a tear in his right knee, the bank said.`,
    `${CONTEXT} A scan confirmed that Tibor Salvany has a strain to the back of his left knee.`,
  ), ['place: "right knee" vs "left knee"']);
  // "The leg" told more exactly.
  assert.deepEqual(await conflicts(
    `${CONTEXT} A security guard, Tibor Salvany, 58, was shot in the leg during the robbery.`,
    `${CONTEXT} The guard, Tibor Salvany, was shot in the left thigh when he tried to tackle a gunman.`,
  ), []);
  // Two people, two wounds.
  assert.deepEqual(await conflicts(
    `${CONTEXT} A security guard, Tibor Salvany, 58, was shot in the leg during the robbery.`,
    `${CONTEXT} A cashier, Mira Dolen, was shot in the stomach as she ran for the door.`,
  ), []);
  // One side tells two injuries, one of which the other tells.
  assert.deepEqual(await conflicts(
    `${CONTEXT} The guard, Tibor Salvany, broke his wrist and his collarbone in the struggle.`,
    `${CONTEXT} The guard, Tibor Salvany, broke his collarbone in the struggle with the gunmen.`,
  ), []);
  // A spokesman who tells of injuries is not the injured.
  assert.deepEqual(await conflicts(
    `${CONTEXT} Police spokesman Arno Vell said the injuries included a broken wrist and a dislocated shoulder.`,
    `${CONTEXT} Police spokesman Arno Vell said several customers suffered crush injuries to the chest.`,
  ), []);
});
