/**
 * Property: after a random edit of a real article, highlights land on the right text or are
 * orphaned, never on other text.
 *
 * "Right text", for an edit replacing old[a, b) with r (delta = r.length - (b - a)):
 *  - a highlight [s, e) SURVIVED when the edit lies wholly outside it (e <= a or s >= b; an
 *    insertion exactly at a boundary leaves it intact). Its right text is exactly the same
 *    characters, now at [s', e') = each offset shifted by delta when it lies at or after b.
 *    It must be placed exactly there (or orphaned: counted, must stay under 5%).
 *  - a highlight the edit touched is DAMAGED; its image is [s', e') with offsets inside the
 *    edit mapped to the edit's start (for s) or the end of its replacement (for e). It must be
 *    orphaned or placed mostly (at least half of the placed characters) inside its image.
 * Anything else is a MISPLACEMENT, and one misplacement fails the property.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { caseArbitrary, type Outcome, runCase } from './edit-harness.ts';

function runProperty(seed: number | undefined, numRuns: number) {
  const counts: Record<Outcome, number> = { right: 0, 'orphaned-survivor': 0, 'orphaned-damaged': 0, 'placed-damaged': 0, misplaced: 0 };
  fc.assert(
    fc.property(caseArbitrary, (testCase) => {
      for (const outcome of runCase(testCase)) {
        counts[outcome.outcome]++;
        if (outcome.outcome === 'misplaced') return false;
      }
      return true;
    }),
    { seed, numRuns },
  );
  return counts;
}

function report(counts: Record<string, number>) {
  const survivors = counts.right + counts['orphaned-survivor'];
  const total = Object.values(counts).reduce((x, y) => x + y, 0);
  const rate = counts.right / survivors;
  console.log(
    `re-anchored ${(100 * rate).toFixed(2)}% of ${survivors} surviving highlights; ` +
      `orphaned ${(100 * (counts['orphaned-survivor'] + counts['orphaned-damaged']) / total).toFixed(2)}% of all ${total} ` +
      `(${counts['orphaned-survivor']} survivors, ${counts['orphaned-damaged']} damaged); damaged but placed on their image: ${counts['placed-damaged']}; misplaced: ${counts.misplaced}`,
  );
  return rate;
}

describe('re-anchoring after random edits of real articles', () => {
  it('fixed seed: ≥ 95% of surviving highlights re-anchored exactly, none misplaced', () => {
    const counts = runProperty(20250213, 400);
    assert.ok(report(counts) >= 0.95);
  });

  it('random seed: never misplaces a highlight', () => {
    report(runProperty(undefined, 200));
  });
});
