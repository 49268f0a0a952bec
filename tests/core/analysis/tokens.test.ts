import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeWord, tokenize } from '../../../src/core/analysis/tokens.ts';

const CASES: Array<{ name: string; text: string; word: string; possessive: boolean; range: [number, number] }> = [
  { name: "a singular possessive drops its 's", text: "Smith's car", word: 'Smith', possessive: true, range: [0, 5] },
  { name: 'a plural possessive drops its apostrophe', text: "the Dockers' Union", word: 'Dockers', possessive: true, range: [4, 11] },
  { name: 'a curly plural possessive too', text: 'the nurses’ pay', word: 'nurses', possessive: true, range: [4, 10] },
  { name: 'a plain plural is no possessive', text: 'the nurses said', word: 'nurses', possessive: false, range: [4, 10] },
  { name: 'a contraction stays one word', text: "they don't know", word: "don't", possessive: false, range: [5, 10] },
];

for (const c of CASES) {
  test(`tokens: ${c.name}`, () => {
    const t = tokenize(c.text).find((k) => k.text === c.word);
    assert.ok(t, JSON.stringify(tokenize(c.text).map((k) => k.text)));
    assert.equal(t.possessive, c.possessive);
    assert.deepEqual([t.start, t.end], c.range);
    assert.equal(c.text.slice(t.start, t.end), c.word);
  });
}

test('a light verb after a determiner is its noun: "the show" is the concert, "the figures show" says nothing', () => {
  const [the, show] = tokenize('The show will not be rescheduled.');
  assert.equal(the.lower, 'the');
  assert.deepEqual([show.stop, show.norm], [false, normalizeWord('concert')]);
  assert.equal(tokenize('The figures show a rise.')[2].stop, true);
  assert.equal(tokenize('It was a show of force.')[3].stop, true, 'a show of force is no performance');
});

test('an agent noun in "-eer" keeps its own key: an engineer is no engine', () => {
  const cases: Array<[string, string, boolean]> = [
    ['engineer', 'engines', false],
    ['engineers', 'engineer', true],
    ['volunteers', 'volunteered', true],
    ['engine', 'engines', true],
  ];
  for (const [x, y, same] of cases) assert.equal(normalizeWord(x) === normalizeWord(y), same, `${x} / ${y}`);
});
