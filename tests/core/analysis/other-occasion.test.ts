import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherOccasion } from '../../../src/core/analysis/other-occasion.ts';
import { codeName, nestedName } from '../../../src/core/analysis/place-conflicts.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { tokenize } from '../../../src/core/analysis/tokens.ts';
import { article } from './helpers.ts';

const doc = (text: string, published: string | null = '2025-06-04') => prepareDoc(article('t.md', text, { published }));

test('another occasion: a sentence opening with an earlier year than its report is background, unless the other names that year too', () => {
  const current = doc('The jet made an emergency landing at Tellan Airport on Monday.');
  const background = doc('In March 2019, an Orvesk Air jet made an emergency landing at Brisvale Airport.');
  const sameYear = doc('Back in 2019 the airline said the landing at Brisvale Airport went well.');
  const detail = doc('The airline, which has flown the route since it bought the jet in 2019, said the landing went well.');
  const undated = doc('In March 2019, an Orvesk Air jet made an emergency landing at Brisvale Airport.', null);
  const cases: Array<[string, ReturnType<typeof doc>, ReturnType<typeof doc>, boolean]> = [
    ['earlier year against none', current, background, true],
    ['the other way round', background, current, true],
    ['both name 2019', background, sameYear, false],
    ['a year further in dates a detail', current, detail, false],
    ['an undated report has no earlier year', current, undated, false],
    ['neither names a year', current, current, false],
  ];
  for (const [why, a, b, want] of cases) assert.equal(otherOccasion(a, a.sentences[0], b, b.sentences[0]), want, why);
});

test('another occasion: a sentence pointing back to the earlier year\'s occasion ("in that incident") tells of it too', () => {
  const current = doc('Two people were hurt when the rocket crashed on Monday.');
  const story = doc('In 2021 a test rocket plunged into the sea. No one was hurt in that incident. No one was hurt in the crash on Monday either.');
  const [, pointsBack, own] = story.sentences;
  assert.equal(otherOccasion(story, pointsBack, current, current.sentences[0]), true, '"in that incident" is 2021\'s');
  assert.equal(otherOccasion(story, own, current, current.sentences[0]), false, '"in the crash" is the story\'s own');
});

test('place names: a site named after its place is that place; a name with a figure is a code', () => {
  assert.equal(nestedName('orlava', 'orlava airport'), true);
  assert.equal(nestedName('orlava airport', 'orlava'), true);
  assert.equal(nestedName('orlava', 'oradek regional airport'), false);
  assert.equal(nestedName('vale', 'orlava airport'), false, 'whole words only');
  const toks = tokenize('level at FL370 over Tellan');
  assert.equal(codeName(toks, 2, 2), true);
  assert.equal(codeName(toks, 4, 4), false);
});
