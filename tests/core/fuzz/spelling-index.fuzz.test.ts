/**
 * The spelling index must never hide a match: entity resolution compares only the names it
 * proposes, so any pair that sameNameSpelling accepts (or that is one plain edit apart, the
 * "one-letter slip" rule) has to be among the candidates. Names are random words over a
 * transliteration-heavy alphabet, and variants are made with exactly the edits transliterations
 * make (vowel swaps, doubled letters, k/c, v/w, h, j/y) plus one or two arbitrary edits.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { derivedWithA, foldSounds, oneEditApart, sameNameSpelling, SpellingIndex, withinSpellingLimit } from '../../../src/core/analysis/fuzzy.ts';
import { editDistance } from '../../../src/core/anchoring/similarity.ts';
import { fuzzOptions } from './fuzz-options.ts';

const LETTERS = 'aeiouybcdfghjklmnprstvwzkhc'.split('');
const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 3, maxLength: 19 }).map((l) => l.join(''));
/** With an "x", which sameNameSpelling reads as "ks" when only one name has it (the shortcut tests below do not). */
const wordWithX = fc.array(fc.constantFrom(...LETTERS, 'x', 'x'), { minLength: 3, maxLength: 19 }).map((l) => l.join(''));
const editWithX = fc.record({ at: fc.nat(), kind: fc.constantFrom<Edit['kind']>('sub', 'ins', 'del', 'double'), ch: fc.constantFrom(...LETTERS, 'x', 's') });

type Edit = { at: number; kind: 'sub' | 'ins' | 'del' | 'double'; ch: string };
const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom<Edit['kind']>('sub', 'ins', 'del', 'double'), ch: fc.constantFrom(...LETTERS) });

function apply(w: string, e: Edit): string {
  const i = e.at % (w.length + 1);
  if (e.kind === 'ins') return w.slice(0, i) + e.ch + w.slice(i);
  const j = Math.min(i, w.length - 1);
  if (e.kind === 'del') return w.slice(0, j) + w.slice(j + 1);
  if (e.kind === 'double') return w.slice(0, j + 1) + w[j] + w.slice(j + 1);
  return w.slice(0, j) + e.ch + w.slice(j + 1);
}

it('every pair that sameNameSpelling accepts is a candidate of the index, and with slips every one-letter slip too', () => {
  fc.assert(
    fc.property(wordWithX, fc.array(fc.array(editWithX, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (base, variants) => {
      const names = [base, ...variants.map((edits) => edits.reduce(apply, base))].filter((n) => n.length > 0);
      const spelling = new SpellingIndex<string>();
      const withSlips = new SpellingIndex<string>({ slips: true });
      for (const n of names) {
        spelling.add(n, n);
        withSlips.add(n, n);
      }
      for (const a of names) {
        const found = spelling.candidates(a);
        const foundWithSlips = withSlips.candidates(a);
        for (const b of names) {
          const alike = sameNameSpelling(a, b);
          const slip = a[0] === b[0] && editDistance(a, b) === 1;
          if (alike) assert.ok(found.has(b), `${a} / ${b} are spelled alike but the index does not propose ${b}`);
          if (alike || slip) assert.ok(foundWithSlips.has(b), `${a} / ${b} match but the index with slips does not propose ${b}`);
        }
      }
    }),
    fuzzOptions('spelling index', 20261122, 3000),
  );
});

it('proposes no short name for sharing a letter or two with another: only names of its skeleton', () => {
  // The cost of the index: short names (most of a library's) whose skeletons differ are never
  // candidates of each other, however many letters they share. "patton" has putin's skeleton
  // (p-t-n): proposed, and then rejected by sameNameSpelling.
  const index = new SpellingIndex<string>();
  const names = ['putin', 'patton', 'paxton', 'pitt', 'pratt', 'punta', 'pettin', 'pootin'];
  for (const n of names) index.add(n, n);
  assert.deepEqual([...index.candidates('putin')].sort(), ['patton', 'pettin', 'pootin', 'putin']);
  assert.equal(sameNameSpelling('putin', 'patton'), false);
});

it('the shortcuts of sameNameSpelling (length gap, skeleton) never change its answer', () => {
  // The reference decides by the weighted distance alone.
  // Names that differ as written are also compared with their sounds folded (foldSounds).
  const plain = (a: string, b: string): boolean => a === b || (a.length >= 3 && b.length >= 3 && a[0] === b[0] && withinSpellingLimit(a, b));
  // A final "a" added to a consonant makes another name (derivedWithA), whatever the distance.
  const reference = (a: string, b: string): boolean => a === b || (!derivedWithA(a, b) && (plain(a, b) || plain(foldSounds(a), foldSounds(b))));
  fc.assert(
    fc.property(word, fc.array(edit, { minLength: 1, maxLength: 4 }), (base, edits) => {
      // Every prefix of the edit list: variants from one cheap edit up to several arbitrary ones.
      for (let n = 1; n <= edits.length; n++) {
        const other = edits.slice(0, n).reduce(apply, base);
        assert.equal(sameNameSpelling(base, other), reference(base, other), `${base} / ${other}`);
      }
    }),
    fuzzOptions('spelling shortcuts', 20261123, 3000),
  );
});

it('oneEditApart agrees with the Levenshtein distance being exactly 1, but for a final "a" added to a consonant', () => {
  fc.assert(
    fc.property(word, fc.array(edit, { minLength: 0, maxLength: 2 }), (base, edits) => {
      const other = edits.reduce(apply, base);
      assert.equal(oneEditApart(base, other), editDistance(base, other) === 1 && !derivedWithA(base, other), `${base} / ${other}`);
    }),
    fuzzOptions('one edit apart', 20261124, 3000),
  );
});
