/**
 * Measure 1: cross-source analysis of the library (analyzeLibrary, in Node, on the main thread)
 * at 1x, 4x and 16x the bundled text, each against one plain tokenising pass over the same text.
 */
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { analyzeLibrary as AnalyzeLibrary } from '../../core/analysis/index.ts';
import type { Article } from '../../core/types.ts';
import { ROOT, shippedBundle } from '../build.ts';
import { CORPUS_METHOD, scaledCorpus } from './corpus.ts';
import { type RunPlan, type Summary, ratio, summarize, timeRuns } from './stats.ts';

export interface AnalysisSize {
  factor: number;
  articles: number;
  words: number;
  analysis: Summary;
  tokenize: Summary;
  ratioToTokenize: number;
  links: number;
  stories: number;
}

export interface AnalysisResult {
  corpus: string;
  /** What code was timed: the engine as the app's worker ships it. */
  code: string;
  sizes: AnalysisSize[];
  /** 1x ratio of analysis to the tokenising pass. */
  ratioToTokenize: number;
  /**
   * Median analysis time at 16x over the median at 1x. When the largest corpus measured is
   * smaller (--quick), projected from it as a power law: (t_f / t_1) ^ (log 16 / log f).
   */
  growth16x: number;
  growth16xProjected: boolean;
  largestFactor: number;
}

/** The baseline: the cheapest pass any text analysis must make, one regex tokenisation. */
function tokenize(articles: Article[]): number {
  let n = 0;
  for (const a of articles) n += (a.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return n;
}

export const SHIPPED_CODE = 'the engine bundled by esbuild as the worker bundle is (es2022, minified), run in Node';

/**
 * The engine as the app runs it: bundled and minified like the worker bundle (build.ts). Run
 * through tsx instead, every closure the engine creates also pays for a name-keeping helper
 * (tsx transforms with keepNames, an Object.defineProperty per closure), which the shipped code
 * never does: timing that would measure the development loader, not the engine.
 */
export async function loadShippedAnalyzer(): Promise<typeof AnalyzeLibrary> {
  const result = await build({ ...shippedBundle(true), entryPoints: [join(ROOT, 'src/core/analysis/index.ts')], format: 'esm' });
  const dir = await mkdtemp(join(tmpdir(), 'crosslight-bench-engine-'));
  try {
    const file = join(dir, 'analysis.mjs');
    await writeFile(file, result.outputFiles[0].contents);
    const mod = (await import(pathToFileURL(file).href)) as { analyzeLibrary: typeof AnalyzeLibrary };
    return mod.analyzeLibrary;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureAnalysis(library: Article[], factors: number[], plan: RunPlan, log: (s: string) => void): Promise<AnalysisResult> {
  const analyzeLibrary = await loadShippedAnalyzer();
  const sizes: AnalysisSize[] = [];
  for (const factor of factors) {
    const corpus = scaledCorpus(library, factor);
    log(`analysis: ${factor}x (${corpus.length} articles)`);
    let last = await analyzeLibrary(corpus);
    // Smaller corpora get proportionally more runs (the same time as the 16x corpus): a 1x
    // analysis takes ~20 ms, and 11 of them leave the median at the mercy of one GC pause.
    const scaled = { warmup: plan.warmup * Math.max(1, 16 / factor), runs: Math.max(plan.runs, Math.round((plan.runs * 16) / factor)) };
    const analysis = await timeRuns(scaled, async () => (last = await analyzeLibrary(corpus)));
    // The tokenising pass takes about a millisecond: more runs for a stable median.
    const tokenizeRuns = await timeRuns({ warmup: 3, runs: plan.runs * 5 }, () => tokenize(corpus));
    const a = summarize(analysis);
    const t = summarize(tokenizeRuns);
    sizes.push({
      factor,
      articles: corpus.length,
      words: tokenize(corpus),
      analysis: a,
      tokenize: t,
      ratioToTokenize: ratio(a, t),
      links: last.links.length,
      stories: last.stories.length,
    });
  }
  const base = sizes[0];
  const largest = sizes[sizes.length - 1];
  return {
    corpus: CORPUS_METHOD,
    code: SHIPPED_CODE,
    sizes,
    ratioToTokenize: base.ratioToTokenize,
    growth16x: (largest.analysis.median / base.analysis.median) ** (Math.log(16) / Math.log(largest.factor)),
    growth16xProjected: largest.factor !== 16,
    largestFactor: largest.factor,
  };
}
