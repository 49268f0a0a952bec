/**
 * The pure parts of `npm run bench`: its statistics and the larger corpora it analyses.
 * No timing is asserted here, ever: the bench itself asserts nothing.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT } from '../../src/cli/build.ts';
import { loadShippedAnalyzer } from '../../src/cli/bench/analysis.ts';
import { generatedName, MAX_COPIES, properNouns, scaledCorpus } from '../../src/cli/bench/corpus.ts';
import { median, p95, quantile, ratio, summarize } from '../../src/cli/bench/stats.ts';
import { loadLibraryFolder } from '../../src/cli/library-files.ts';
import { analyzeLibrary } from '../../src/core/analysis/index.ts';
import type { Article } from '../../src/core/types.ts';

describe('bench statistics', () => {
  const quantiles: Array<[samples: number[], q: number, expected: number]> = [
    [[5], 0.5, 5],
    [[1, 2], 0.5, 1.5],
    [[3, 1, 2], 0.5, 2],
    [[4, 1, 3, 2], 0.25, 1.75],
    [[4, 1, 3, 2], 0.75, 3.25],
    [[10, 20, 30], 0, 10],
    [[10, 20, 30], 1, 30],
    [Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 19.05],
  ];
  for (const [samples, q, expected] of quantiles) {
    it(`quantile ${q} of [${samples.join(', ')}] is ${expected}`, () => {
      assert.ok(Math.abs(quantile(samples, q) - expected) < 1e-9);
    });
  }

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    median(samples);
    assert.deepEqual(samples, [3, 1, 2]);
  });

  it('gives NaN, not a number it made up, for no samples', () => {
    assert.ok(Number.isNaN(median([])));
    assert.ok(Number.isNaN(p95([])));
    assert.ok(Number.isNaN(summarize([]).min));
    assert.equal(summarize([]).n, 0);
  });

  it('summarises a skewed sample by its median and spread', () => {
    const s = summarize([12, 10, 11, 10, 95]);
    assert.deepEqual(s, { median: 11, min: 10, max: 95, p25: 10, p75: 12, p95: quantile([10, 10, 11, 12, 95], 0.95), n: 5 });
    assert.equal(ratio(s, summarize([5.5])), 2);
  });
});

describe('bench corpora', () => {
  let library: Article[];
  let fourfold: Article[];
  const copy = (k: number) => fourfold.slice(k * library.length, (k + 1) * library.length);
  const capitalised = (a: Article) => new Set(`${a.title} ${a.text}`.match(/\p{Lu}[\p{Ll}\p{Lu}]*/gu) ?? []);
  const numbers = (text: string) => (text.match(/\d{1,3}(?:,\d{3})+|\d{2,}/g) ?? []).map((d) => Number(d.replaceAll(',', '')));

  before(async () => {
    library = (await loadLibraryFolder(join(ROOT, 'articles'))).articles;
    fourfold = scaledCorpus(library, 4);
  });

  it('the 4x corpus holds the library and three copies: 4x the articles, about 4x the words', () => {
    assert.equal(fourfold.length, 4 * library.length);
    assert.deepEqual(copy(0), library);
    const words = (as: Article[]) => as.reduce((n, a) => n + a.words, 0);
    const growth = words(fourfold) / words(library);
    assert.ok(growth > 3.8 && growth < 4.2, `words grew ${growth}x`);
  });

  it('every article of every copy parses, with an id of its own', () => {
    assert.equal(new Set(fourfold.map((a) => a.id)).size, fourfold.length);
    for (const a of fourfold) {
      assert.ok(a.title.length > 0 && a.text.length > 0 && a.words > 0, a.id);
      if (a.published) assert.ok(!Number.isNaN(Date.parse(a.published)), `${a.id}: ${a.published}`);
    }
  });

  it('renames every proper noun, and no two copies share a name', () => {
    const nouns = properNouns(library.flatMap((a) => [a.text, a.title]));
    assert.ok(nouns.size > 10, 'the library has names to rename');
    const original = new Set(library.flatMap((a) => [...capitalised(a)]));
    const names = [1, 2, 3].map((k) => new Set(copy(k).flatMap((a) => [...capitalised(a)].filter((w) => !original.has(w)))));
    for (const [k, own] of names.entries()) {
      assert.ok(own.size > 10, `copy ${k + 1} has names of its own`);
      for (const a of copy(k + 1)) for (const w of capitalised(a)) assert.ok(!nouns.has(w), `copy ${k + 1} still says ${w}`);
    }
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const shared = [...names[i]].filter((w) => names[j].has(w));
        assert.deepEqual(shared, [], `copies ${i + 1} and ${j + 1} share names`);
      }
    }
  });

  it('keeps a name consistent within a copy and apart across copies, even a two-letter one', () => {
    assert.equal(generatedName('Smith', 2), generatedName('Smith', 2));
    const acronyms = Array.from({ length: MAX_COPIES }, (_, k) => generatedName('US', k + 1));
    assert.equal(new Set(acronyms).size, MAX_COPIES);
    assert.ok(acronyms.every((n) => n === n.toUpperCase()));
    assert.throws(() => generatedName('Smith', 0), RangeError);
    assert.throws(() => generatedName('Smith', MAX_COPIES + 1), RangeError);
  });

  it('moves years and figures k on in copy k, and its publication dates k years', () => {
    for (const k of [1, 2, 3]) {
      for (const [i, a] of copy(k).entries()) {
        const source = library[i];
        assert.deepEqual(numbers(a.text), numbers(source.text).map((n) => n + k), a.id);
        if (source.published) assert.equal(Number(a.published!.slice(0, 4)), Number(source.published.slice(0, 4)) + k);
      }
    }
  });
});

describe('bench engine', () => {
  it('times the engine the app ships: its bundle gives the same analysis as the source', async () => {
    const library = (await loadLibraryFolder(join(ROOT, 'articles'))).articles;
    const shipped = await loadShippedAnalyzer();
    assert.notEqual(shipped, analyzeLibrary);
    const [fromBundle, fromSource] = [await shipped(library), await analyzeLibrary(library)];
    assert.ok(fromSource.links.length > 0);
    assert.deepEqual(fromBundle, fromSource);
  });
});
