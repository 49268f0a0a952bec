import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildUnits, sentenceFeatures } from '../../../src/core/analysis/features.ts';
import { resolveEntities } from '../../../src/core/analysis/entities.ts';
import { prepareDoc } from '../../../src/core/analysis/prepare.ts';
import { normalizeWord } from '../../../src/core/analysis/tokens.ts';
import { article } from './helpers.ts';

/** Words two reports use for one thing must get one comparison key, and only those. */
const SAME_KEY: Array<[string, string, boolean]> = [
  ['underwent', 'undergo', true],
  ['withdrew', 'withdraw', true],
  ['caught', 'catch', true],
  ['surgery', 'operation', true],
  ['forces', 'troops', true],
  ['forced', 'forces', false],
  ['forced', 'troops', false],
  ['representatives', 'envoy', false],
  // A labour strike is not an attack, and a deal struck is neither; an airstrike is an attack.
  ['strike', 'attack', false],
  ['struck', 'attack', false],
  ['airstrikes', 'attacks', true],
  ['babies', 'infants', true],
  ['factory', 'plant', true],
  ['sickened', 'ill', true],
  // Lives lost are deaths; a couple living or having lived apart is not.
  ['lives', 'deaths', true],
  ['living', 'killed', false],
  ['lived', 'died', false],
  ['suspension', 'ban', true],
  ['couple', 'pair', true],
  ['separately', 'apart', true],
  // Labour disputes: what a union asks for and what it asks ("seeking a 9% increase" /
  // "demanding a 9% pay rise" / "wants a 9% pay hike", "wages raised" / "pay rise").
  ['seeking', 'demanding', true],
  ['wants', 'demands', true],
  ['wages', 'pay', true],
  ['salaries', 'wage', true],
  ['hike', 'rise', true],
  ['demand', 'pay', false],
  // "blast" the noun is an explosion, "blasted" the verb is criticism.
  ['blast', 'explosion', true],
  ['blasts', 'exploded', true],
  ['blasting', 'explosion', true],
  ['blasted', 'criticised', true],
  ['blasted', 'explosion', false],
  ['blast', 'criticised', false],
];

for (const [a, b, same] of SAME_KEY) {
  test(`comparison keys: "${a}" and "${b}" ${same ? 'match' : 'differ'}`, () => {
    assert.equal(normalizeWord(a) === normalizeWord(b), same, `${normalizeWord(a)} / ${normalizeWord(b)}`);
  });
}

const featuresOf = (text: string): Set<string> => {
  const s = prepareDoc(article('a.md', text)).sentences[0];
  return sentenceFeatures(s, () => undefined);
};

test('a two-word verb counts as its plain verb, not as its first word', () => {
  const called = featuresOf('Organisers called off the regatta.');
  assert.ok(called.has('W:' + normalizeWord('cancel')), [...called].join(' '));
  assert.ok(!called.has('W:' + normalizeWord('call')), [...called].join(' '));
  const ruled = featuresOf('The minister ruled out new taxes.');
  assert.ok(ruled.has('W:' + normalizeWord('reject')), [...ruled].join(' '));
  const fell = featuresOf('The sale had fallen through on Thursday.');
  assert.ok(fell.has('W:' + normalizeWord('collapse')), [...fell].join(' '));
  const blew = featuresOf('A gas main blew up under the square.');
  assert.ok(blew.has('W:' + normalizeWord('explosion')), [...blew].join(' '));
});

test('a verb followed by an unrelated particle keeps its own key', () => {
  const f = featuresOf('Neighbours called out to the driver.');
  assert.ok(f.has('W:' + normalizeWord('call')), [...f].join(' '));
});

test('a named thing also counts as its last word when the library writes that word plainly', () => {
  const docs = [
    article('a.md', 'The Glasswing Festival was cancelled on Friday. Senator Hal Baker said so.'),
    article('b.md', 'Organisers have cancelled the festival. The local baker agreed.'),
  ].map(prepareDoc);
  const { byId } = resolveEntities(docs);
  const units = buildUnits(docs, (id) => byId.get(id)?.kind);
  const named = units[0][0][0].features;
  assert.ok(named.has('W:' + normalizeWord('festival')), [...named].join(' '));
  assert.ok([...named].some((f) => f.startsWith('E:')), 'the name itself stays');
  // A person's surname is not the ordinary word it looks like ("Hal Baker" / "the baker").
  const person = units[0][1][0].features;
  assert.ok(!person.has('W:' + normalizeWord('baker')), [...person].join(' '));
});
