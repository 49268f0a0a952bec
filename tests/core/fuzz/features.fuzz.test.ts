/**
 * Passages are compared as sorted arrays of feature numbers (Weights numbers them). Property:
 * for any library of passages, comparing two of them gives exactly what comparing their
 * feature sets as strings gives: the shared features are the set intersection, the mass of a
 * passage is the sum of its feature weights, and the fast score (diceScore) equals the full
 * comparison's (compareUnits).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareUnits, diceScore, type Unit, Weights } from '../../../src/core/analysis/features.ts';
import type { Doc } from '../../../src/core/analysis/model.ts';
import { fuzzOptions } from './fuzz-options.ts';

const feature = fc.tuple(fc.constantFrom('W:', 'E:', 'Q:'), fc.integer({ min: 0, max: 30 })).map(([kind, n]) => `${kind}f${n}`);
const passage = fc.uniqueArray(feature, { maxLength: 14 });

function unitsOf(passages: string[][]): Unit[] {
  return passages.map((features, i) => ({ doc: i % 3, sentence: i, range: { start: 0, end: 0 }, from: 0, to: 0, features: new Set(features), quotes: new Set(), mass: 0 }) as unknown as Unit);
}

test('numbered comparison equals comparing the feature sets', () => {
  fc.assert(
    fc.property(fc.array(passage, { minLength: 2, maxLength: 12 }), fc.nat(), fc.nat(), (passages, i, j) => {
      const units = unitsOf(passages);
      const w = new Weights([{} as Doc], [units.map((u) => [u])]);
      const a = units[i % units.length];
      const b = units[j % units.length];
      const expected = [...a.features].filter((f) => b.features.has(f)).sort();
      const sum = (fs: Iterable<string>) => [...fs].reduce((m, f) => m + w.weight(f), 0);
      const m = compareUnits(a, b, w);
      assert.deepEqual(m.shared, expected);
      assert.ok(Math.abs(a.mass - sum(a.features)) < 1e-9, 'mass is the sum of feature weights');
      assert.ok(Math.abs(m.sharedMass - sum(expected)) < 1e-9);
      const total = sum(a.features) + sum(b.features);
      assert.ok(Math.abs(m.score - (total > 0 ? (2 * sum(expected)) / total : 0)) < 1e-9);
      assert.ok(Math.abs(diceScore(a, b, w) - m.score) < 1e-12);
    }),
    fuzzOptions('feature comparison', 7301, 300),
  );
});
