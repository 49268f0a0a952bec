/**
 * `npm run bench [-- --quick] [-- --json]`: measures what makes the reader wait, each beside a
 * baseline taken in the same run (see src/cli/bench/ for each measure and its baseline).
 * Prints a table, or with --json one JSON object and nothing else on stdout; progress goes to
 * stderr. It asserts nothing and exits 0 even when a measure fails: that measure reports its
 * error and the others still run. --quick (fewer runs, corpora up to 4x) is for development.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, ROOT } from './build.ts';
import type { Article } from '../core/types.ts';
import { loadLibraryFolder } from './library-files.ts';
import { measureAnalysis } from './bench/analysis.ts';
import { measureAnchoring } from './bench/anchoring.ts';
import { measureApp } from './bench/app.ts';
import { type BenchBrowser, launchBenchBrowser } from './bench/browser.ts';
import { longArticle, markdownOfSize } from './bench/corpus.ts';
import { measureIdb } from './bench/idb.ts';
import { describeMachine } from './bench/machine.ts';
import { measureMarkdown } from './bench/markdown.ts';
import { measureRender } from './bench/render.ts';
import { type Measured, type Outcome, toJson, toTable } from './bench/report.ts';
import { measureSize } from './bench/size.ts';
import type { RunPlan } from './bench/stats.ts';

const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

/** Runs one measure; a failure becomes its outcome instead of ending the run. */
async function attempt<T>(name: string, measure: () => Promise<T>): Promise<Outcome<T>> {
  const t0 = performance.now();
  try {
    const value = await measure();
    log(`${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return { ok: true, value };
  } catch (err) {
    const error = err instanceof Error ? err.message.split('\n')[0] : String(err);
    log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return { ok: false, error };
  }
}

/** Resolves the browser once for the measures that need it, or rethrows its launch failure to each. */
function withBrowser(browser: Outcome<BenchBrowser>): <T>(fn: (b: BenchBrowser) => Promise<T>) => Promise<T> {
  return async (fn) => {
    if (!browser.ok) throw new Error(`Chromium did not start: ${browser.error}`);
    return fn(browser.value);
  };
}

/** The made-up stories `npm run eval` scores the engine on: more real-looking, distinct text. */
async function evaluationStories(): Promise<Article[]> {
  const dir = join(ROOT, 'tests/fixtures/stories');
  const stories = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const loaded = await Promise.all(stories.map((s) => loadLibraryFolder(join(dir, s))));
  return loaded.flatMap((l) => l.articles);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const json = args.includes('--json');
  const plan: RunPlan = quick ? { warmup: 1, runs: 3 } : { warmup: 3, runs: 11 };
  const factors = quick ? [1, 4] : [1, 4, 16];

  const { articles } = await loadLibraryFolder(join(ROOT, 'articles'));
  // One ~5,000-word article for rendering and anchoring (the bundled library alone is shorter:
  // the made-up stories of the engine's evaluation top it up), and ~40 KB of Markdown.
  const long = longArticle([...articles, ...(await evaluationStories())], 5000);
  const markdown = markdownOfSize(articles, 40_000);
  // The reader view opens the longest bundled article: the one a reader waits longest for.
  const longest = articles.reduce((a, b) => (b.words > a.words ? b : a));

  // Node-only measures first, before Chromium takes a core.
  const analysis = await attempt('analysis', () => measureAnalysis(articles, factors, plan, log));
  const anchoring = await attempt('anchoring', () => measureAnchoring(long, plan));

  const dist = await mkdtemp(join(tmpdir(), 'crosslight-bench-dist-'));
  const built = await attempt('build', () => buildApp({ outDir: dist, log: () => {} }));
  const size = built.ok ? await attempt('size', () => measureSize(dist)) : built;

  const browser = await attempt('chromium', launchBenchBrowser);
  const use = withBrowser(browser);
  const render = await attempt('render', () => use((b) => measureRender(b, long, plan)));
  const md = await attempt('markdown', () => use((b) => measureMarkdown(b, markdown, plan)));
  const idb = await attempt('indexeddb', () => use((b) => measureIdb(b, articles, plan)));
  const app = built.ok
    ? await attempt('app (offline cold start, reader view, notes view)', () =>
        use((b) => measureApp(b.browser, dist, longest, { articles, count: 10_000 }, plan, log)))
    : { ok: false as const, error: `the app did not build: ${built.error}` };

  const chromium = browser.ok ? await browser.value.browser.version().catch(() => null) : null;
  if (browser.ok) await browser.value.close();
  await rm(dist, { recursive: true, force: true });

  const measured: Measured = { analysis, render, markdown: md, idb, anchoring, size, app };
  const run = { machine: describeMachine(chromium), date: new Date().toISOString().slice(0, 10), quick, plan };
  process.stdout.write(json ? `${JSON.stringify(toJson(run, measured), null, 2)}\n` : toTable(run, measured));
}

main().then(
  () => process.exit(0),
  (err) => {
    // Even a failure before any measure ran (no articles folder) must not fail CI, and --json
    // still owes its reader one object.
    log(`stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ machine: describeMachine(null), error: String(err) })}\n`);
    process.exit(0);
  },
);
