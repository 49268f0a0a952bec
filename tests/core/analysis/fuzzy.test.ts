import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sameNameSpelling, translitDistance } from '../../../src/core/analysis/fuzzy.ts';

const pairs: Array<[string, string]> = [
  ['kharkiv', 'kharkov'], ['zelensky', 'zelenskyy'], ['andrey', 'andriy'], ['grigoryev', 'grigorev'],
  ['kiev', 'kyiv'], ['smith', 'smyth'], ['mariupol', 'marseille'], ['o', 'onomatopoeia'], ['', 'abc'],
];

test('a distance limit never changes a result within the limit, and reports "over" beyond it', () => {
  for (const [a, b] of pairs) {
    const exact = translitDistance(a, b);
    for (const limit of [0, 0.3, 0.6, 1, 2, 5]) {
      const capped = translitDistance(a, b, limit);
      if (exact <= limit) assert.equal(capped, exact, `${a}/${b} limit ${limit}`);
      else assert.ok(capped > limit, `${a}/${b} limit ${limit}: ${capped}`);
    }
  }
});

test('spelling variants of one name match; different names and lengths do not', () => {
  const cases: Array<[string, string, boolean]> = [
    ['zelensky', 'zelenskyy', true], ['kharkiv', 'kharkov', true], ['grigoryev', 'grigorev', true],
    ['mariupol', 'marseille', false], ['smith', 'smithsonian', false], ['kyiv', 'kiev', true],
    // Transliterations of a first sound: "Zh" / "J", "Ye" / "Je" / "E", "Kh" / "H".
    ['zharenko', 'jarenko', true], ['yershov', 'ershov', true], ['jelisejev', 'yeliseyev', true], ['khodorov', 'hodorov', true],
    ['tchorbadzhiev', 'chorbadjiev', true], ['dzhurov', 'djurov', true], ['yavorek', 'javorek', true], ['yurkovic', 'jurkovic', true],
    ['zharenko', 'jarvis', false], ['yershov', 'eriksen', false], ['jarenko', 'zarenko', false], ['yavorek', 'jarosek', false],
  ];
  for (const [a, b, same] of cases) assert.equal(sameNameSpelling(a, b), same, `${a}/${b}`);
});
