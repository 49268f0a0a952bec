import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeLibrary } from '../../../src/core/analysis/index.ts';
import { loadLibraryFolder } from '../../../src/cli/library-files.ts';
import { defaultLibraryDir, evaluate, type Gold } from '../../../src/cli/eval.ts';

const root = new URL('../../..', import.meta.url).pathname;

test('the bundled library meets the targets against the hand-written gold', async () => {
  const { articles, problems } = await loadLibraryFolder(defaultLibraryDir(root));
  assert.deepEqual(problems, []);
  const gold = JSON.parse(readFileSync(`${root}/tests/fixtures/gold/bundled.json`, 'utf8')) as Gold;
  const r = evaluate(await analyzeLibrary(articles), articles, gold);
  assert.deepEqual(r.goldErrors, [], 'every gold snippet is found in its article');
  assert.ok(r.sharedPairs.precision >= 0.85, `shared precision ${r.sharedPairs.precision}`);
  assert.ok(r.sharedPairs.recall >= 0.8, `shared recall ${r.sharedPairs.recall}`);
  assert.ok(r.conflictPairs.precision >= 0.6, `contradiction precision ${r.conflictPairs.precision}`);
  assert.ok(r.conflictPairs.recall >= 0.6, `contradiction recall ${r.conflictPairs.recall}`);
  assert.deepEqual(r.mustNotViolations, []);
  assert.deepEqual(r.aliasFailures, []);
});

test('every made-up story: gold snippets exist, no must-not pair is flagged, names merge and stay apart as labelled', async () => {
  const stories = readdirSync(`${root}/tests/fixtures/stories`).filter((d) => existsSync(`${root}/tests/fixtures/gold/${d}.json`));
  assert.ok(stories.length >= 4, stories.join(', '));
  for (const story of stories) {
    const { articles } = await loadLibraryFolder(`${root}/tests/fixtures/stories/${story}`);
    const gold = JSON.parse(readFileSync(`${root}/tests/fixtures/gold/${story}.json`, 'utf8')) as Gold;
    const r = evaluate(await analyzeLibrary(articles), articles, gold);
    assert.deepEqual(r.goldErrors, [], story);
    assert.deepEqual(r.mustNotViolations, [], story);
    assert.deepEqual(r.aliasFailures, [], story);
    assert.ok(r.sharedPairs.precision >= 0.85, `${story}: shared precision ${r.sharedPairs.precision}`);
  }
});
