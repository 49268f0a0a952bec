import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { fnv1a } from '../../../src/core/analysis/ids.ts';
import { loadLibraryFolder } from '../../../src/cli/library-files.ts';
import { defaultLibraryDir } from '../../../src/cli/eval.ts';

const root = new URL('../../..', import.meta.url).pathname;
const { articles } = await loadLibraryFolder(defaultLibraryDir(root));

test('every span quotes the reading text exactly at its offsets', async () => {
  const result = await analyzeLibrary(articles);
  const text = new Map(articles.map((a) => [a.id, a.text]));
  assert.ok(result.links.length > 0);
  for (const l of result.links) {
    for (const s of [l.a, l.b]) {
      assert.equal(text.get(s.article)!.slice(s.start, s.end), s.quote);
      assert.ok(s.end > s.start);
    }
    assert.notEqual(l.a.article, l.b.article, 'links join different articles');
    if (l.kind !== 'shared') {
      assert.ok(l.detail && l.explanation.startsWith(l.detail.type + ':'), l.explanation);
    }
  }
  for (const f of result.facts) for (const i of f.links) assert.equal(result.links[i].kind, 'shared');
});

test('same input gives the same JSON, in any article order; ids are stable', async () => {
  const one = JSON.stringify(await analyzeLibrary(articles));
  const two = JSON.stringify(await analyzeLibrary([...articles].reverse()));
  assert.equal(one, two);
  assert.equal(fnv1a('hello'), '4f9f2cab');
});

test('updates only come from dated articles, oriented earlier -> later', async () => {
  const undated = articles.map((a) => ({ ...a, published: null }));
  const result = await analyzeLibrary(undated);
  assert.equal(result.links.filter((l) => l.kind === 'update').length, 0);
  const dated = await analyzeLibrary(articles);
  const date = new Map(articles.map((a) => [a.id, a.published!]));
  for (const l of dated.links.filter((x) => x.kind === 'update')) assert.ok(date.get(l.a.article)! < date.get(l.b.article)!);
});

test('abort: rejects with an AbortError; progress is reported', async () => {
  const ctrl = new AbortController();
  ctrl.abort();
  await assert.rejects(analyzeLibrary(articles, { signal: ctrl.signal }), (e: Error) => e.name === 'AbortError');
  const stages = new Set<string>();
  let last = 0;
  await analyzeLibrary(articles, { onProgress: (done, total, stage) => { stages.add(stage); assert.ok(done <= total); last = done / total; } });
  assert.equal(last, 1);
  assert.ok(stages.has('entities') && stages.has('done'));
});


test('an abort requested while the analysis runs stops it: the engine yields to the event loop', async () => {
  const { scaledCorpus } = await import('../../../src/cli/bench/corpus.ts');
  const corpus = scaledCorpus(articles, 4);
  const ctrl = new AbortController();
  let progressBeforeAbort = 0;
  let progressAfterAbort = 0;
  // A timer can only fire if the analysis gives the event loop a turn.
  setTimeout(() => ctrl.abort(), 0);
  await assert.rejects(
    analyzeLibrary(corpus, { signal: ctrl.signal, onProgress: () => (ctrl.signal.aborted ? progressAfterAbort++ : progressBeforeAbort++) }),
    (e: Error) => e.name === 'AbortError',
  );
  assert.ok(progressBeforeAbort > 0, 'the run had started');
  assert.ok(progressAfterAbort <= 1, 'the run stopped at the next check');
});
